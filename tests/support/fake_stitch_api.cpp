#include "fake_stitch_api.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>

namespace fakeapi {

namespace {

// A self-signed certificate for 127.0.0.1 from the openssl command line.
bool makeCertificate(const QString &dir, const QString &name, QString &error)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"),
                   dir + QLatin1Char('/') + name + QStringLiteral(".key"), QStringLiteral("-out"),
                   dir + QLatin1Char('/') + name + QStringLiteral(".pem")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        error = QStringLiteral("openssl req failed: ") +
                QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

FakeStitchApi::FakeStitchApi()
{
    const QString dir = m_dir.path();
    if (!makeCertificate(dir, QStringLiteral("server"), m_error) ||
        !makeCertificate(dir, QStringLiteral("other"), m_error))
        return;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(readAll(dir + QStringLiteral("/server.pem"))));
    tls.setPrivateKey(QSslKey(readAll(dir + QStringLiteral("/server.key")), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the client shows no certificate
    m_server = std::make_unique<QSslServer>();
    m_server->setSslConfiguration(tls);
    QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpServer *s = m_server.get()) {
            auto *socket = qobject_cast<QSslSocket *>(s->nextPendingConnection());
            if (!socket)
                break;
            serve(socket);
        }
    });
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        m_error = QStringLiteral("listen: ") + m_server->errorString();
}

QString FakeStitchApi::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_server ? m_server->serverPort() : 0);
}

QString FakeStitchApi::caFile() const
{
    return m_dir.filePath(QStringLiteral("server.pem"));
}

stitch::stitch_api::ConnectApiOptions FakeStitchApi::clientOptions() const
{
    stitch::stitch_api::ConnectApiOptions o;
    o.baseUrl = QUrl(baseUrl());
    o.caFile = caFile();
    return o;
}

QString FakeStitchApi::otherCaFile() const
{
    return m_dir.filePath(QStringLiteral("other.pem"));
}

void FakeStitchApi::serve(QSslSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = QString::fromUtf8(first.value(1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer->size() < end + 4 + length)
            return; // the body is still coming
        request.body = buffer->mid(end + 4, length);
        buffer->clear();
        m_requests << request;
        const Response r = m_handler ? m_handler(request) : Response{404, "{}", {}, false};
        if (r.silent)
            return;
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n" +
                           "Content-Type: application/json\r\nConnection: close\r\n" +
                           "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        for (const auto &[name, value] : r.headers)
            reply += name + ": " + value + "\r\n";
        socket->write(reply + "\r\n" + r.body);
        socket->disconnectFromHost();
    });
}

void FakeStitchApi::serveSources(QByteArray before, QList<QByteArray> after)
{
    m_written = {};
    setHandler([this, before, after](const Request &r) mutable -> Response {
        if (r.path == QLatin1String("/v4/sources"))
            return {200, sourcesJson(), {}, false};
        if (r.method == "PUT") {
            m_written = QJsonDocument::fromJson(r.body)
                            .object()
                            .value(QStringLiteral("properties"))
                            .toObject();
            return {200, "{}", {}, false};
        }
        if (m_written.isEmpty())
            return before.isEmpty() ? Response{404, "{}", {}, false}
                                    : Response{200, before, {}, false};
        return {200, after.size() > 1 ? after.takeFirst() : after.value(0), {}, false};
    });
}

QByteArray sourcesJson()
{
    const auto source = [](int id, const char *name, const char *type, QJsonObject props) {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("display_name"), QLatin1String(name).toString().toUpper()},
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("properties"), props}};
    };
    const QJsonArray list{source(100, "shop_db", "platform.postgres",
                                 {{QStringLiteral("ssh"), QStringLiteral("false")},
                                  {QStringLiteral("host"), QStringLiteral("db.internal")},
                                  {QStringLiteral("port"), QStringLiteral("5432")}}),
                          source(200, "orders", "platform.mysql", {}),
                          source(300, "crm", "platform.salesforce", {})};
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray checkJson(const QString &status, const QString &tapError, const QString &start)
{
    const bool done = status != QLatin1String("running");
    const bool failed = status == QLatin1String("failed");
    QJsonObject o{{QStringLiteral("status"), status},
                  {QStringLiteral("error"), failed},
                  {QStringLiteral("check_exit_status"), done ? (failed ? 1 : 0) : QJsonValue()},
                  {QStringLiteral("discovery_exit_status"), done ? 0 : QJsonValue()},
                  {QStringLiteral("discovery_error_message"), QJsonValue()},
                  {QStringLiteral("tap_exit_status"), done ? (failed ? 1 : 0) : QJsonValue()},
                  {QStringLiteral("tap_error_message"),
                   tapError.isEmpty() ? QJsonValue() : QJsonValue(tapError)},
                  {QStringLiteral("start_time"), start},
                  {QStringLiteral("completion_time"),
                   done ? QJsonValue(QStringLiteral("2026-12-06T10:01:00Z")) : QJsonValue()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace fakeapi
