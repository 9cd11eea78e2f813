#pragma once

#include "session/step_result.h"

#include <QString>
#include <QStringList>

namespace stitch::setup {

// A change as the server's script reports it (`changed STEP WHAT`: "ufw turned on", "deleted
// user stitch") as a sentence in the user's language ("Turned on ufw."). The script's words stay
// what transcripts and the CLI show; this is how the wizard says them. A line it does not know
// keeps its words, with a capital and a full stop.
QString changeSentence(const QString &scriptLine);
// A finding's message as a front end shows it: a change a script made (apply.changed,
// remove.changed) as its sentence, any other finding as it is.
QString findingSentence(const Finding &finding);

// Every script line it knows, with the values as %1, %2 …: for the test that reads each `changed`
// line back from the scripts' own source.
QStringList changeLineWordings();

} // namespace stitch::setup
