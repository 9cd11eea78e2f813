#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace stitch {

// Quotes one value for POSIX sh so that it arrives as exactly one argument, byte for byte.
// Rejects what no shell argument can carry (NUL).
Result<QString> shellQuote(const QString &value);

// Turns a POSIX sh script into a command line that every login shell (bash, dash, zsh, fish,
// tcsh) passes unchanged to /bin/sh: the script travels base64-encoded, so the login shell only
// ever sees letters, digits and a fixed set of quotes.
QString shCommandLine(const QString &script);

} // namespace stitch
