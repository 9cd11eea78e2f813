#include "fake_database.h"

#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace {
constexpr qsizetype kMaxRecordedRequest = 64 * 1024;
} // namespace

// The QTcpServer and its sockets are created, used and destroyed inside run(), so they all live
// in this thread; the FakeDatabaseServer only touches the mutex-guarded state.
class FakeDatabaseServer::Thread : public QThread
{
public:
    Thread(QByteArray reply, Speaks speaks, quint16 port, bool closeAfterReply)
        : m_reply(std::move(reply)), m_speaks(speaks), m_requestedPort(port),
          m_closeAfterReply(closeAfterReply)
    {
    }

    // Starts the thread and waits until it listens (or failed to).
    void startAndWait()
    {
        start();
        m_ready.acquire();
    }

    bool listening() const
    {
        QMutexLocker lock(&m_mutex);
        return m_listening;
    }
    QString errorString() const
    {
        QMutexLocker lock(&m_mutex);
        return m_errorString;
    }
    quint16 port() const
    {
        QMutexLocker lock(&m_mutex);
        return m_port;
    }
    int connectionCount() const
    {
        QMutexLocker lock(&m_mutex);
        return m_connectionCount;
    }
    QByteArray lastRequest() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastRequest;
    }

protected:
    void run() override
    {
        QTcpServer server;
        const bool ok = server.listen(QHostAddress::LocalHost, m_requestedPort);
        {
            QMutexLocker lock(&m_mutex);
            m_listening = ok;
            m_port = ok ? server.serverPort() : 0;
            m_errorString = ok ? QString() : server.errorString();
        }
        m_ready.release();
        if (!ok)
            return;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                accept(socket);
        });
        exec();
        server.close();
        // The sockets are children of the server and go with it, in this thread.
    }

private:
    void accept(QTcpSocket *socket)
    {
        {
            QMutexLocker lock(&m_mutex);
            ++m_connectionCount;
            m_lastRequest.clear();
        }
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto replied = std::make_shared<bool>(false);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, replied] {
            const QByteArray data = socket->readAll();
            {
                QMutexLocker lock(&m_mutex);
                m_lastRequest += data.left(kMaxRecordedRequest - m_lastRequest.size());
            }
            if (!*replied && m_speaks == Speaks::ClientFirst) {
                *replied = true;
                reply(socket);
            }
        });
        if (m_speaks == Speaks::ServerFirst) {
            *replied = true;
            reply(socket);
        }
    }

    void reply(QTcpSocket *socket)
    {
        if (m_reply.isEmpty())
            return; // a port that accepts and never answers
        socket->write(m_reply);
        if (m_closeAfterReply)
            socket->disconnectFromHost(); // after the pending bytes are written
    }

    const QByteArray m_reply;
    const Speaks m_speaks;
    const quint16 m_requestedPort;
    const bool m_closeAfterReply;
    QSemaphore m_ready;

    mutable QMutex m_mutex;
    bool m_listening = false;
    quint16 m_port = 0;
    QString m_errorString;
    int m_connectionCount = 0;
    QByteArray m_lastRequest;
};

FakeDatabaseServer::FakeDatabaseServer(QByteArray reply, Speaks speaks, quint16 port,
                                       bool closeAfterReply)
    : m_thread(std::make_unique<Thread>(std::move(reply), speaks, port, closeAfterReply))
{
    m_thread->startAndWait();
}

FakeDatabaseServer::~FakeDatabaseServer()
{
    m_thread->quit();
    m_thread->wait();
}

bool FakeDatabaseServer::listening() const
{
    return m_thread->listening();
}
QString FakeDatabaseServer::errorString() const
{
    return m_thread->errorString();
}
quint16 FakeDatabaseServer::port() const
{
    return m_thread->port();
}
int FakeDatabaseServer::connectionCount() const
{
    return m_thread->connectionCount();
}
QByteArray FakeDatabaseServer::lastRequest() const
{
    return m_thread->lastRequest();
}
