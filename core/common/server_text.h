#pragma once

#include <QString>

// Text that came from the server (a link target an account chose, a tool's error output, a
// user's home or GECOS) is shown as text, never obeyed: control characters (a terminal-title
// escape, a carriage return and a forged line after it, a bell) and invisible format characters
// (right-to-left overrides, zero-width marks) are written as visible escapes such as "\x1b" or
// "\u202e". Applied where such text enters core (script and probe output), so every front end,
// terminal, report and transcript shows the same safe text.
namespace stitch {

QString textFromServer(const QString &text);

} // namespace stitch
