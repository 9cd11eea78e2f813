#include "shell_quote.h"

#include <QObject>

namespace stitch {

Result<QString> shellQuote(const QString &value)
{
    if (value.contains(QChar(0))) {
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("The value contains a NUL character, which no command "
                                     "argument can carry."),
                         QObject::tr("Remove the NUL character from the value."));
    }
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : value) {
        if (c == QLatin1Char('\''))
            quoted += QStringLiteral("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString shCommandLine(const QString &script)
{
    const QByteArray encoded = script.toUtf8().toBase64();
    return QStringLiteral("/bin/sh -c 'eval \"$(printf %s %1 | base64 -d)\"'")
        .arg(QString::fromLatin1(encoded));
}

} // namespace stitch
