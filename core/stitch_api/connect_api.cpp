#include "connect_api.h"

#include "api_errors.h"
#include "common/server_text.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace stitch::stitch_api {

namespace {

constexpr qsizetype kServerTextShown = 300; // of an error body: enough to read, never a page

QString sourcePath(qint64 id)
{
    return QStringLiteral("/v4/sources/%1").arg(id);
}

// The proxy the system's settings give for `url` ("host:port"), empty for none.
QString proxyFor(const QUrl &url)
{
    // Qt never proxies a loopback address (a test's fake server), whatever the settings say.
    if (url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback())
        return {};
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    if (proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy)
        return {};
    return QStringLiteral("%1:%2").arg(proxies.first().hostName()).arg(proxies.first().port());
}

Result<QList<QSslCertificate>> readCaFile(const QString &path)
{
    if (path.isEmpty())
        return QList<QSslCertificate>{};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::LocalIoError, QObject::tr("Cannot read the CA file %1.").arg(path),
            QObject::tr("Give a readable PEM file with the CA certificate."), file.errorString());
    const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (cas.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("The CA file %1 holds no PEM certificate.").arg(path),
                         QObject::tr("Give the CA certificate in PEM form (-----BEGIN "
                                     "CERTIFICATE-----)."));
    return cas;
}

} // namespace

Status checkTokenShape(const Secret &token)
{
    const QByteArray &t = token.bytes();
    if (t.isEmpty())
        return makeError(ErrorCode::InvalidInput, QObject::tr("The Stitch API token is empty."),
                         QObject::tr("Put the token (it starts with ac_) on the first line."));
    bool printable = true;
    for (char c : t)
        printable = printable && c > ' ' && c < 127;
    if (!t.startsWith("ac_") || !printable || t.size() < 8)
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("This does not look like a Stitch Connect API token: "
                                     "those start with ac_ and have no spaces."),
                         QObject::tr("Copy the access token from Stitch's account settings "
                                     "again (not the import API token or a password)."));
    return {};
}

Result<std::unique_ptr<ConnectApi>> ConnectApi::create(Secret token, ConnectApiOptions options)
{
    if (Status shape = checkTokenShape(token); !shape)
        return shape.error();
    if (options.baseUrl.scheme() != QLatin1String("https") || options.baseUrl.host().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("The Stitch API address %1 is not an https:// address.")
                             .arg(options.baseUrl.toString()),
                         QObject::tr("Give an https:// address: the token is never sent "
                                     "unencrypted."));
    auto cas = readCaFile(options.caFile);
    if (!cas)
        return cas.error();
    // Behind a company proxy, the system's settings say where it is (Qt ignores them
    // otherwise).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    return std::unique_ptr<ConnectApi>(
        new ConnectApi(std::move(token), std::move(options), std::move(cas.value())));
}

ConnectApi::ConnectApi(Secret token, ConnectApiOptions options, QList<QSslCertificate> extraCas)
    : m_token(std::move(token)), m_options(std::move(options)), m_extraCas(std::move(extraCas)),
      m_network(std::make_unique<QNetworkAccessManager>())
{
}

ConnectApi::~ConnectApi()
{
    cancel();
}

void ConnectApi::cancel()
{
    ++m_generation;
    for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QNetworkRequest ConnectApi::request(const QString &path) const
{
    QUrl url = m_options.baseUrl;
    QString base = url.path(); // a test server's address may have a path of its own
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", QByteArray("Bearer ") + m_token.bytes());
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    r.setRawHeader("Accept", "application/json");
    r.setTransferTimeout(m_options.transferTimeoutMs);
    // A redirect could carry the token elsewhere: the API has none, so one is an error.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        tls.addCaCertificates(m_extraCas);
    r.setSslConfiguration(tls);
    return r;
}

void ConnectApi::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                      AnswerDone done, int attempt)
{
    QNetworkReply *reply = m_network->sendCustomRequest(request(path), verb, body);
    // Qt reports certificate problems here; they are kept for the message, never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        reply->setProperty("tlsErrors", texts);
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, verb, path, body, done = std::move(done), attempt] {
                reply->deleteLater();
                finished(reply, verb, path, body, done, attempt);
            });
}

void ConnectApi::finished(QNetworkReply *reply, const QByteArray &verb, const QString &path,
                          const QByteArray &body, const AnswerDone &done, int attempt)
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString host = m_options.baseUrl.host();
    if (!statusAttribute.isValid())
        return done(networkError(reply->error(), host, reply->property("tlsErrors").toStringList(),
                                 scrubbed(reply->errorString()), proxyFor(reply->url())));
    const int status = statusAttribute.toInt();
    const QByteArray answer = reply->readAll();
    if (status >= 200 && status < 300)
        return done(Answer{status, answer});
    const std::optional<int> wait = retryAfterSeconds(reply->rawHeader("Retry-After"));
    if (status == 429 && attempt < m_options.rateLimitRetries &&
        qint64(wait.value_or(1)) * 1000 <= m_options.longestRetryAfterMs) {
        // Stitch asks us to slow down and says for how long: wait that, then ask again.
        const int generation = m_generation;
        QTimer::singleShot(wait.value_or(1) * 1000, this,
                           [this, verb, path, body, done, attempt, generation] {
                               if (generation == m_generation)
                                   send(verb, path, body, done, attempt + 1);
                           });
        return;
    }
    const QString what = path.endsWith(QLatin1String("last-connection-check"))
                             ? QObject::tr("connection check for this source")
                             : QObject::tr("source %1").arg(path.section(QLatin1Char('/'), 3, 3));
    QString serverText = scrubbed(QString::fromUtf8(answer.left(kServerTextShown))).simplified();
    done(httpError(status,
                   path == QLatin1String("/v4/sources") ? QObject::tr("list of sources") : what,
                   serverText, wait));
}

QString ConnectApi::scrubbed(const QString &text) const
{
    QString t = textFromServer(text);
    if (!m_token.isEmpty())
        t.replace(QString::fromUtf8(m_token.bytes()), QStringLiteral("[token]"));
    return t;
}

void ConnectApi::listSources(Done<QList<StitchSource>> done)
{
    send("GET", QStringLiteral("/v4/sources"), {}, [done](Result<Answer> a) {
        if (!a)
            return done(a.error());
        done(parseSources(a->body));
    });
}

void ConnectApi::updateSource(qint64 sourceId, const QJsonObject &properties,
                              std::function<void(Status)> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("properties"), properties}})
                                .toJson(QJsonDocument::Compact);
    send("PUT", sourcePath(sourceId), body, [done](Result<Answer> a) {
        if (!a)
            return done(a.error());
        done({});
    });
}

void ConnectApi::lastConnectionCheck(qint64 sourceId, Done<std::optional<ConnectionCheck>> done)
{
    send("GET", sourcePath(sourceId) + QStringLiteral("/last-connection-check"), {},
         [done](Result<Answer> a) {
             if (!a && a.error().code == ErrorCode::ApiNotFound)
                 return done(std::optional<ConnectionCheck>()); // none yet: not an error
             if (!a)
                 return done(a.error());
             auto check = parseConnectionCheck(a->body);
             if (!check)
                 return done(check.error());
             return done(std::optional<ConnectionCheck>(check.value()));
         });
}

} // namespace stitch::stitch_api
