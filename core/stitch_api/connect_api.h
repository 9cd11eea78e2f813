#pragma once

#include "common/result.h"
#include "common/secret.h"
#include "stitch_source.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Stitch's Connect API (https://www.stitchdata.com/docs/developers/stitch-connect/api) over
// HTTPS with Qt Network: asynchronous, callbacks on the calling thread's event loop, so a GUI
// thread never waits. Optional: nothing here runs unless the user gave a token.
namespace stitch::stitch_api {

struct ConnectApiOptions
{
    // Tests point this at a local fake server; nobody else needs to.
    QUrl baseUrl = QUrl(QStringLiteral("https://api.stitchdata.com"));
    // PEM file of CA certificates trusted besides the system's: a company proxy that inspects
    // TLS, or a test's throwaway certificate. TLS errors are never ignored either way.
    QString caFile;
    int transferTimeoutMs = 30'000; // per request, without progress
    int rateLimitRetries = 3;       // HTTP 429: how many times we wait and ask again
    int longestRetryAfterMs = 120'000;
};

// "ac_…": whether `token` looks like a Connect API access token; an error says what is wrong
// with it without quoting it.
Status checkTokenShape(const Secret &token);

class ConnectApi : public QObject
{
    Q_OBJECT
public:
    // Fails on an unreadable --ca-file or one without a certificate, or a token of the wrong
    // shape: nothing is sent then.
    static Result<std::unique_ptr<ConnectApi>> create(Secret token, ConnectApiOptions options);
    ~ConnectApi() override;

    template <typename T> using Done = std::function<void(Result<T>)>;
    // GET /v4/sources.
    void listSources(Done<QList<StitchSource>> done);
    // PUT /v4/sources/{id} with {"properties": …}.
    void updateSource(qint64 sourceId, const QJsonObject &properties,
                      std::function<void(Status)> done);
    // GET /v4/sources/{id}/last-connection-check; nullopt when the source has had none yet.
    void lastConnectionCheck(qint64 sourceId, Done<std::optional<ConnectionCheck>> done);

    // Replies still open are dropped: their callbacks never run.
    void cancel();

private:
    ConnectApi(Secret token, ConnectApiOptions options, QList<QSslCertificate> extraCas);

    struct Answer
    {
        int httpStatus = 0;
        QByteArray body;
    };
    using AnswerDone = std::function<void(Result<Answer>)>;
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, AnswerDone done,
              int attempt = 0);
    QNetworkRequest request(const QString &path) const;
    void finished(QNetworkReply *reply, const QByteArray &verb, const QString &path,
                  const QByteArray &body, const AnswerDone &done, int attempt);
    // Removes the token from text an answer brought back, before it goes anywhere.
    QString scrubbed(const QString &text) const;

    Secret m_token;
    ConnectApiOptions m_options;
    QList<QSslCertificate> m_extraCas;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_generation = 0; // cancel() counts up: a retry planned before it does not run
};

} // namespace stitch::stitch_api
