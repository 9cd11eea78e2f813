#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// A TLS client that moves no bytes itself: the caller carries what it produces to the peer
// (over an SSH direct-tcpip channel) and feeds back what the peer sends. Used where a database
// protocol switches to TLS in the middle (PostgreSQL after 'S'), so that what follows reaches
// the server exactly as Stitch's encrypted connection would. It never verifies the server's
// certificate: it carries no secret, only a user and a database name, to read the server's
// access-rule verdict.
namespace stitch::database {

class TlsClient
{
public:
    TlsClient();
    ~TlsClient();
    TlsClient(const TlsClient &) = delete;
    TlsClient &operator=(const TlsClient &) = delete;

    enum class State
    {
        Handshaking, // send outgoing(), feed the peer's reply, advance() again
        Ready,       // write()/read() carry application data
        Failed       // error() says why
    };

    // Drives the handshake as far as the bytes fed so far allow.
    State advance();
    State state() const { return m_state; }
    QString error() const { return m_error; }

    // Bytes the peer sent.
    void feed(const QByteArray &fromPeer);
    // Bytes to send to the peer now (handshake records, encrypted data).
    QByteArray outgoing();

    // Encrypts application data (Ready only); it then waits in outgoing().
    bool write(const QByteArray &plain);
    // Application data decrypted from what was fed so far.
    QByteArray read();

private:
    struct Handles;
    std::unique_ptr<Handles> m_handles;
    State m_state = State::Handshaking;
    QString m_error;
    void fail(const QString &what);
};

} // namespace stitch::database
