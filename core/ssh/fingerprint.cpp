#include "fingerprint.h"

#include <QCryptographicHash>

namespace stitch::ssh {

QString sha256Fingerprint(const QByteArray &keyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString normalizeFingerprint(const QString &text)
{
    QString t = text.trimmed();
    if (!t.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        return {};
    QString body = t.mid(7);
    while (body.endsWith(QLatin1Char('=')))
        body.chop(1);
    const QByteArray decoded = QByteArray::fromBase64(body.toLatin1());
    if (decoded.size() != 32)
        return {};
    return QStringLiteral("SHA256:") + body;
}

} // namespace stitch::ssh
