#pragma once

#include <QString>
#include <QStringList>

// Writing values into YAML that Ansible reads. Every value from the admin (a key comment, a
// host name) goes through here, so that no value can end a string early, start a mapping or a
// comment, or change its type ("yes", "0777", "~" are strings here, never a bool, a number or
// null). Ansible also expands {{ … }} in strings it reads: ansibleLiteral() marks a value
// !unsafe so that it stays the text it was.
namespace stitch::setup {

// A YAML double-quoted scalar: `"…"` with \\, \" and every character that is not printable
// (control characters, C1, line and paragraph separators, the byte order mark) escaped.
QString yamlDoubleQuoted(const QString &value);

// The same, tagged `!unsafe`: Ansible takes it as literal text, never as a template.
QString ansibleLiteral(const QString &value);

// A flow sequence of ansibleLiteral() values: [!unsafe "a", !unsafe "b"].
QString ansibleLiteralList(const QStringList &values);

// Multi-line text (a shell script) as an `!unsafe` literal block scalar whose lines are
// indented by `indent` spaces; text a block cannot hold exactly (tabs, control characters,
// a first line starting with a space, trailing blanks) falls back to ansibleLiteral().
QString ansibleLiteralBlock(const QString &text, int indent);

} // namespace stitch::setup
