#include "api_errors.h"

#include <QDateTime>
#include <QLocale>
#include <QObject>

namespace stitch::stitch_api {

namespace {

QString caFileFix()
{
    return QObject::tr("Check this computer's date and time. If your company's proxy inspects "
                       "HTTPS, trust its CA certificate (PEM) as an extra CA file.");
}

} // namespace

Error networkError(QNetworkReply::NetworkError code, const QString &host,
                   const QStringList &tlsErrors, const QString &qtText, const QString &proxy)
{
    // Through a proxy, what failed is mostly the proxy (Qt reports a refused one for HTTPS as
    // an unknown error): name it, since the user did not choose it here.
    const bool viaProxy = !proxy.isEmpty() && code != QNetworkReply::SslHandshakeFailedError &&
                          code != QNetworkReply::TimeoutError &&
                          code != QNetworkReply::OperationCanceledError;
    if (viaProxy)
        return makeError(ErrorCode::ConnectionFailed,
                         QObject::tr("The request to %1 through the proxy %2 (from this "
                                     "computer's system settings) failed: %3.")
                             .arg(host, proxy, qtText),
                         QObject::tr("Check the system's proxy settings (or the http_proxy and "
                                     "https_proxy variables)."));
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return makeError(ErrorCode::HostNotFound,
                         QObject::tr("The name %1 could not be looked up.").arg(host),
                         QObject::tr("Check this computer's internet connection and DNS."), qtText);
    case QNetworkReply::ConnectionRefusedError:
        return makeError(ErrorCode::ConnectionRefused,
                         QObject::tr("%1 refused the connection.").arg(host),
                         QObject::tr("Check the internet connection, or whether a firewall "
                                     "here blocks HTTPS to %1.")
                             .arg(host),
                         qtText);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // how Qt ends a request past its transfer timeout
        return makeError(ErrorCode::Timeout, QObject::tr("%1 did not answer in time.").arg(host),
                         QObject::tr("Check the internet connection and try again; behind a "
                                     "proxy, check the system's proxy settings."),
                         qtText);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return makeError(ErrorCode::ConnectionFailed,
                         QObject::tr("The proxy of this computer's system settings could not "
                                     "take the request to %1.")
                             .arg(host),
                         QObject::tr("Check the system's proxy settings (or the http_proxy and "
                                     "https_proxy variables)."),
                         qtText);
    case QNetworkReply::SslHandshakeFailedError:
        // The fix is an option of the front end (RemedyKind::TrustExtraCa), worded by each.
        return withRemedy(
            makeError(ErrorCode::TlsFailed,
                      tlsErrors.isEmpty()
                          ? QObject::tr("The secure (TLS) connection to %1 failed.").arg(host)
                          : QObject::tr("The TLS certificate of %1 was not accepted: %2.")
                                .arg(host, tlsErrors.join(QStringLiteral("; "))),
                      caFileFix(), qtText),
            RemedyKind::TrustExtraCa);
    default:
        break;
    }
    return makeError(ErrorCode::ConnectionFailed,
                     QObject::tr("The connection to %1 failed: %2").arg(host, qtText),
                     QObject::tr("Check the internet connection and try again."));
}

Error httpError(int status, const QString &what, const QString &serverText,
                std::optional<int> retryAfter)
{
    const QString said =
        serverText.isEmpty() ? QString() : QObject::tr(" Stitch said: \"%1\"").arg(serverText);
    if (status == 401 || status == 403)
        return makeError(
            ErrorCode::ApiTokenRefused,
            QObject::tr("Stitch's Connect API refused the token (HTTP %1).").arg(status) + said,
            QObject::tr("Check the token (made in Stitch's account settings; it "
                        "starts with ac_); the Connect API needs an Advanced or "
                        "Premium plan, or the trial."));
    if (status == 404)
        return makeError(ErrorCode::ApiNotFound,
                         QObject::tr("Stitch has no %1 (HTTP 404).").arg(what) + said,
                         QObject::tr("Check the source ID against the account's list of "
                                     "sources."));
    if (status == 429)
        return makeError(ErrorCode::ApiRateLimited,
                         retryAfter ? QObject::tr("Stitch's Connect API still asks us to wait "
                                                  "(HTTP 429, retry after %1 s).")
                                          .arg(*retryAfter)
                                    : QObject::tr("Stitch's Connect API still asks us to wait "
                                                  "(HTTP 429)."),
                         QObject::tr("Wait a few minutes, then run it again."));
    if (status >= 500)
        return makeError(
            ErrorCode::ApiBadAnswer,
            QObject::tr("Stitch's Connect API had an error of its own (HTTP %1).").arg(status) +
                said,
            QObject::tr("Try again later; https://status.stitchdata.com shows "
                        "Stitch's outages."));
    return makeError(ErrorCode::ApiBadAnswer,
                     QObject::tr("Stitch's Connect API did not accept the request for %1 "
                                 "(HTTP %2).")
                             .arg(what)
                             .arg(status) +
                         said,
                     QObject::tr("Check the values; if they are right, report it with "
                                 "Stitch's answer above."));
}

std::optional<int> retryAfterSeconds(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool number = false;
    const int seconds = value.toInt(&number);
    if (number)
        return seconds < 0 ? 0 : seconds;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

} // namespace stitch::stitch_api
