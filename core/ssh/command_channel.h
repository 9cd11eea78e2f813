#pragma once

#include "common/result.h"
#include "exec_result.h"
#include "ssh_handles.h"

#include <QByteArray>

#include <chrono>
#include <memory>

namespace stitch::ssh {

class SshConnection;

// "The server did not finish the command within N seconds", with its fix.
Error commandTimedOut(std::chrono::milliseconds timeout);

// A command running on the server, its stdin open for as long as we like. exec() writes the
// input and reads to the end; RemoteRunner's privileged shell sends one script
// after another down the same channel and reads each reply up to its status line.
class CommandChannel
{
public:
    // Takes over an open session channel. Fails when libssh refuses our channel callbacks:
    // without them a command killed by a signal would look like one that exited normally.
    static Result<CommandChannel> attach(SshConnection &connection, ChannelHandle channel);
    ~CommandChannel();
    CommandChannel(CommandChannel &&) noexcept;
    CommandChannel &operator=(CommandChannel &&) noexcept;

    Status write(const QByteArray &data);
    // Tells the command its input is complete; fails when the connection is gone.
    Status sendEof();
    bool hasEnded() const; // the command closed its output

    // With an empty marker: reads both streams until the command ends, with its exit status or
    // signal. With a marker: reads until each stream holds a line "<marker> <number>"; the
    // lines before it are the reply, the number is its exitStatus, and the marker lines are
    // consumed. Fails on timeout (after sending TERM), cancel or a lost connection; a command
    // that ends before its marker gives the output so far with the command's own exit status.
    Result<ExecResult> read(const QByteArray &marker, std::chrono::milliseconds timeout);

private:
    CommandChannel(SshConnection &connection, ChannelHandle channel);
    struct Callbacks; // libssh keeps a pointer to them: pinned on the heap
    // The complete line "<marker> <number>\n" in `buffer`, at its start or after a newline.
    static qsizetype findMarker(const QByteArray &buffer, const QByteArray &marker,
                                qsizetype *lineEnd);

    SshConnection *m_connection;
    std::unique_ptr<Callbacks> m_callbacks;
    ChannelHandle m_channel; // declared last: freed before the callbacks it points to
    QByteArray m_out;        // read but not yet returned (after a marker)
    QByteArray m_err;
};

} // namespace stitch::ssh
