#pragma once

#include <QByteArray>
#include <QString>

namespace stitch::ssh {

// What a remote command produced. exitStatus is -1 when it was killed by a signal.
struct ExecResult
{
    QByteArray stdOut;
    QByteArray stdErr;
    int exitStatus = -1;
    QString exitSignal; // "TERM", "KILL", … when killed by a signal

    bool succeeded() const { return exitStatus == 0 && exitSignal.isEmpty(); }
};

} // namespace stitch::ssh
