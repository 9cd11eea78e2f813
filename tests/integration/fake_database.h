#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// A stand-in for a database server: listens on 127.0.0.1 in its own thread and answers every
// connection with fixed bytes, normally a reply recorded from a real server
// (tests/unit/recorded_handshakes.h). For the database types the sandbox cannot run (SQL Server,
// Oracle, MongoDB), and for wrong-protocol and silent-port cases.
class FakeDatabaseServer
{
public:
    enum class Speaks
    {
        ClientFirst, // waits for the client's first bytes, then sends the reply (PostgreSQL, SQL
                     // Server, Oracle, MongoDB)
        ServerFirst, // sends the reply as soon as a client connects (MySQL/MariaDB)
    };

    // `port` 0 picks a free port (see port()). An empty `reply` makes a port that accepts and
    // never answers. With `closeAfterReply` the server hangs up after sending, as a server that
    // refuses the client does; otherwise it keeps the connection open until the client closes.
    FakeDatabaseServer(QByteArray reply, Speaks speaks, quint16 port = 0,
                       bool closeAfterReply = false);
    // Stops listening, closes all connections and joins the thread.
    ~FakeDatabaseServer();

    FakeDatabaseServer(const FakeDatabaseServer &) = delete;
    FakeDatabaseServer &operator=(const FakeDatabaseServer &) = delete;

    bool listening() const;      // false when the port could not be bound
    QString errorString() const; // why not
    quint16 port() const;

    // Thread-safe observations, for assertions.
    int connectionCount() const;
    QByteArray lastRequest() const; // everything the most recent client sent (first 64 KiB)

private:
    class Thread;
    std::unique_ptr<Thread> m_thread;
};
