#pragma once

#include "stitch_api/connect_api.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// A local HTTPS server that answers as Stitch's Connect API is documented to, for contract
// tests of core/stitch_api and `stitch-tunnel stitch-source`. Its certificate is made at test
// time by the openssl command line (a throwaway key in a temporary folder) and trusted by the
// client only through the CA-file option, as a company's TLS-inspecting proxy would be.
namespace fakeapi {

struct Request
{
    QByteArray method;
    QString path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct Response
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool silent = false; // never answer: the client's timeout must end it
};

class FakeStitchApi : public QObject
{
public:
    using Handler = std::function<Response(const Request &)>;

    FakeStitchApi();
    // Empty when the certificate or the listening socket failed (say why in the test).
    QString error() const { return m_error; }
    QString baseUrl() const;     // https://127.0.0.1:PORT
    QString caFile() const;      // the server's certificate, PEM, to trust
    QString otherCaFile() const; // a certificate that did not sign the server's
    // What a client needs to reach this server: its address, its certificate as the CA.
    stitch::stitch_api::ConnectApiOptions clientOptions() const;

    // Answers every request; later calls replace the handler.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }

    // The usual account: GET /v4/sources answers sourcesJson(); a PUT is taken (its
    // "properties": written()); last-connection-check answers `before` until a PUT came (empty:
    // 404, no check yet), then the answers of `after` one by one, the last one repeated.
    void serveSources(QByteArray before, QList<QByteArray> after);
    QJsonObject written() const { return m_written; }

private:
    void serve(QSslSocket *socket);
    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<QSslServer> m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QJsonObject m_written;
};

// Helpers for the documented JSON.
QByteArray sourcesJson(); // one PostgreSQL source 100, one MySQL 200, one SaaS source 300
QByteArray checkJson(const QString &status, const QString &tapError = {},
                     const QString &start = QStringLiteral("2026-12-06T10:00:00Z"));

} // namespace fakeapi
