#pragma once

#include "common/error.h"

#include <QNetworkReply>
#include <QString>
#include <QStringList>

#include <optional>

// What went wrong between here and Stitch's Connect API, in words that name the fix. No text
// here may hold the token: callers pass server text through ConnectApi's scrubbing first.
namespace stitch::stitch_api {

// A transport failure (no HTTP status): name lookup, refused, timeout, proxy, TLS.
// `tlsErrors` are the certificate problems Qt reported, in its words; `proxy` ("host:port") the
// proxy the system's settings chose for the request, empty for none.
Error networkError(QNetworkReply::NetworkError code, const QString &host,
                   const QStringList &tlsErrors, const QString &qtText, const QString &proxy);

// An HTTP status other than 2xx (429 after our retries included). `serverText` is a short,
// scrubbed excerpt of the body.
Error httpError(int status, const QString &what, const QString &serverText,
                std::optional<int> retryAfterSeconds = std::nullopt);

// Retry-After as seconds (a number or an HTTP date); nullopt when absent or unreadable.
std::optional<int> retryAfterSeconds(const QByteArray &header);

} // namespace stitch::stitch_api
