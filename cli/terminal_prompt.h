#pragma once

#include "common/result.h"
#include "common/secret.h"

#include <QString>

// A password typed at the terminal, never shown: what an admin expects from ssh or sudo, so
// nobody has to write a password into a file to use the CLI. Used only when standard input is
// a terminal and no other source (file, environment, agent) was given.
namespace stitch::cli {

// Whether the CLI's standard input is a terminal a person types at.
bool standardInputIsTerminal();

// Prints `prompt` to the terminal's output, reads one line from it with echo off (restored
// afterwards, also when reading fails), and prints the line break the user typed but did not
// see. On POSIX `inFd`/`outFd` are the terminal's descriptors (the tests hand in a
// pseudo-terminal); on Windows the console is used and they are ignored.
Result<Secret> readHiddenLine(const QString &prompt, int inFd = 0, int outFd = 2);

} // namespace stitch::cli
