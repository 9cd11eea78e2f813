#include "fingerprint.h"

#include "ssh_handles.h"

#include <QCryptographicHash>

#include <libssh/libssh.h>

namespace stitch::ssh {

QString sha256Fingerprint(const QByteArray &keyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString sha256Fingerprint(ssh_key key)
{
    // Through the exported blob, so that host keys and pasted keys share one hash function.
    char *base64 = nullptr;
    if (key == nullptr || ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK)
        return {};
    const CStringHandle owned(base64);
    return sha256Fingerprint(QByteArray::fromBase64(QByteArray(base64)));
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
