#pragma once

#include <QList>
#include <QString>

// The findings and errors the server's scripts print (resources/scripts: `finding SEVERITY CODE
// TEXT`, `error CODE TEXT`) in the user's language. Scripts write English with the values in
// it, so that a transcript, an admin running the stand-alone script and every log read the
// same words; core reads the values back from the English wording named by the line's code and
// puts them into that wording's translation.
namespace stitch::setup {

struct ScriptTextWording
{
    QString code;    // the script's code, e.g. "user.home_link"
    QString english; // its English wording, the values as %1, %2 … in the order they appear
};

// `english` (a line's text with `code`) in the user's language; the text as it came when no
// wording of that code fits it.
QString scriptText(const QString &code, const QString &english);

// Every wording, for the test that reads each one back from the scripts' own source.
QList<ScriptTextWording> scriptTextWordings();

} // namespace stitch::setup
