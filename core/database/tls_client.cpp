#include "tls_client.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

namespace stitch::database {

namespace {

struct SslCtxFree
{
    void operator()(SSL_CTX *ctx) const { SSL_CTX_free(ctx); }
};
struct SslFree
{
    void operator()(SSL *ssl) const { SSL_free(ssl); }
};

QString lastOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("TLS handshake failed");
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace

struct TlsClient::Handles
{
    std::unique_ptr<SSL_CTX, SslCtxFree> ctx;
    std::unique_ptr<SSL, SslFree> ssl;
    BIO *in = nullptr;  // owned by ssl: what the peer sent, read by OpenSSL
    BIO *out = nullptr; // owned by ssl: what OpenSSL wrote, for the peer
};

TlsClient::TlsClient() : m_handles(std::make_unique<Handles>())
{
    m_handles->ctx.reset(SSL_CTX_new(TLS_client_method()));
    if (!m_handles->ctx) {
        fail(lastOpenSslError());
        return;
    }
    SSL_CTX_set_min_proto_version(m_handles->ctx.get(), TLS1_2_VERSION);
    // Only the server's access-rule verdict is read through this connection; nothing secret
    // is sent, so the certificate is not what is being checked here.
    SSL_CTX_set_verify(m_handles->ctx.get(), SSL_VERIFY_NONE, nullptr);
    m_handles->ssl.reset(SSL_new(m_handles->ctx.get()));
    if (!m_handles->ssl) {
        fail(lastOpenSslError());
        return;
    }
    m_handles->in = BIO_new(BIO_s_mem());
    m_handles->out = BIO_new(BIO_s_mem());
    if (!m_handles->in || !m_handles->out) {
        BIO_free(m_handles->in);
        BIO_free(m_handles->out);
        m_handles->in = m_handles->out = nullptr;
        fail(lastOpenSslError());
        return;
    }
    SSL_set_bio(m_handles->ssl.get(), m_handles->in, m_handles->out); // ssl owns both now
    SSL_set_connect_state(m_handles->ssl.get());
}

TlsClient::~TlsClient() = default;

void TlsClient::fail(const QString &what)
{
    m_state = State::Failed;
    m_error = what;
}

TlsClient::State TlsClient::advance()
{
    if (m_state != State::Handshaking)
        return m_state;
    ERR_clear_error();
    const int rc = SSL_do_handshake(m_handles->ssl.get());
    if (rc == 1) {
        m_state = State::Ready;
        return m_state;
    }
    const int reason = SSL_get_error(m_handles->ssl.get(), rc);
    if (reason != SSL_ERROR_WANT_READ && reason != SSL_ERROR_WANT_WRITE)
        fail(lastOpenSslError());
    return m_state;
}

void TlsClient::feed(const QByteArray &fromPeer)
{
    if (m_handles->in && !fromPeer.isEmpty())
        BIO_write(m_handles->in, fromPeer.constData(), static_cast<int>(fromPeer.size()));
}

QByteArray TlsClient::outgoing()
{
    QByteArray bytes;
    if (!m_handles->out)
        return bytes;
    char buffer[4096];
    int n = 0;
    while ((n = BIO_read(m_handles->out, buffer, sizeof buffer)) > 0)
        bytes.append(buffer, n);
    return bytes;
}

bool TlsClient::write(const QByteArray &plain)
{
    if (m_state != State::Ready)
        return false;
    ERR_clear_error();
    const int n =
        SSL_write(m_handles->ssl.get(), plain.constData(), static_cast<int>(plain.size()));
    if (n != plain.size()) {
        fail(lastOpenSslError());
        return false;
    }
    return true;
}

QByteArray TlsClient::read()
{
    QByteArray plain;
    if (m_state != State::Ready)
        return plain;
    char buffer[4096];
    for (;;) {
        ERR_clear_error();
        const int n = SSL_read(m_handles->ssl.get(), buffer, sizeof buffer);
        if (n > 0) {
            plain.append(buffer, n);
            continue;
        }
        const int reason = SSL_get_error(m_handles->ssl.get(), n);
        if (reason != SSL_ERROR_WANT_READ && reason != SSL_ERROR_ZERO_RETURN)
            fail(lastOpenSslError());
        break;
    }
    return plain;
}

} // namespace stitch::database
