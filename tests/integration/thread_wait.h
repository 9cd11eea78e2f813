// For the cancel tests: a cancel from another thread must end a call while it waits on its
// socket, so the canceller waits until it sees the call waiting there (the kernel says so),
// not for a guessed pause that a loaded machine can outlast.
#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <sys/syscall.h>
#include <unistd.h>

namespace test {

// This thread's id, as /proc/self/task/ names it.
inline pid_t currentThreadId()
{
    return ::gettid();
}

// Whether thread `tid` of this process sleeps in a wait on sockets now: its state is S
// (/proc/self/task/<tid>/stat) inside select or poll (…/syscall, the call's number first).
inline bool threadWaitsOnSockets(pid_t tid)
{
    const QString task = QStringLiteral("/proc/self/task/%1/").arg(tid);
    QFile statFile(task + QStringLiteral("stat"));
    QFile syscallFile(task + QStringLiteral("syscall"));
    if (!statFile.open(QIODevice::ReadOnly) || !syscallFile.open(QIODevice::ReadOnly))
        return false;
    // "tid (name) S …": the name may hold spaces and parentheses; the state follows the last ')'.
    const QByteArray stat = statFile.readAll();
    const qsizetype nameEnd = stat.lastIndexOf(')');
    if (nameEnd < 0 || stat.mid(nameEnd + 2, 1) != "S")
        return false;
    bool ok = false;
    const long call = syscallFile.readAll().split(' ').value(0).toLong(&ok);
    if (!ok)
        return false; // "running"
    for (const long wait : {
#ifdef SYS_select
             long(SYS_select),
#endif
#ifdef SYS_poll
             long(SYS_poll),
#endif
             long(SYS_pselect6), long(SYS_ppoll)}) {
        if (call == wait)
            return true;
    }
    return false;
}

// Polls until thread `tid` waits on its sockets; false when it did not within `timeoutMs`.
inline bool waitUntilThreadWaitsOnSockets(pid_t tid, int timeoutMs = 30000)
{
    for (QDeadlineTimer deadline(timeoutMs); !deadline.hasExpired(); QThread::msleep(5)) {
        if (threadWaitsOnSockets(tid))
            return true;
    }
    return false;
}

} // namespace test
