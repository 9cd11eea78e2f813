#include "input_validation.h"

#include <QObject>

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace stitch {

Result<QString> normalizeCidr(const QString &text)
{
    const QString t = text.trimmed();
    const auto bad = [&](const QString &why) {
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("\"%1\" is not a usable IP range: %2.").arg(text, why),
                         QObject::tr("Give an address like 52.23.137.21 or a range like "
                                     "52.23.137.0/24."));
    };
    const QStringList parts = t.split(QLatin1Char('/'));
    if (t.isEmpty() || parts.size() > 2)
        return bad(QObject::tr("expected ADDRESS or ADDRESS/PREFIX"));
    // QHostAddress also takes inet_aton shorthands ("1.2.3"); a firewall rule must not.
    static const QRegularExpression dottedQuad(
        QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    QHostAddress address;
    const bool looksV4 = !parts[0].contains(QLatin1Char(':'));
    if ((looksV4 && !dottedQuad.match(parts[0]).hasMatch()) || !address.setAddress(parts[0]) ||
        parts[0].contains(QLatin1Char('%')))
        return bad(QObject::tr("the address is not an IPv4 or IPv6 address"));
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const int maxPrefix = v4 ? 32 : 128;
    int prefix = maxPrefix;
    if (parts.size() == 2) {
        bool ok = false;
        prefix = parts[1].toInt(&ok);
        if (!ok || prefix < 0 || prefix > maxPrefix || parts[1].startsWith(QLatin1Char('+')))
            return bad(QObject::tr("the prefix must be a number from 0 to %1").arg(maxPrefix));
    }
    if (prefix < (v4 ? 8 : 32))
        return bad(
            QObject::tr("/%1 would open the SSH port to a huge part of the internet").arg(prefix));
    const QPair<QHostAddress, int> subnet =
        QHostAddress::parseSubnet(QStringLiteral("%1/%2").arg(address.toString()).arg(prefix));
    if (subnet.first != address)
        return bad(QObject::tr("bits are set after the prefix (did you mean %1/%2?)")
                       .arg(subnet.first.toString())
                       .arg(prefix));
    return QStringLiteral("%1/%2").arg(address.toString()).arg(prefix);
}

namespace {

QString hostFix(HostUse use)
{
    switch (use) {
    case HostUse::Database:
        return QObject::tr("Enter the database's address as the SSH server sees it, e.g. "
                           "localhost, 10.0.1.5 or db.internal.");
    case HostUse::StitchSshHost:
        return QObject::tr("Enter the SSH server's public DNS name or address alone, e.g. "
                           "bastion.example.com or 203.0.113.10.");
    }
    return {};
}

// "ssh://admin@bastion:22/x" → "bastion", when what is left is a valid host; else empty.
QString hostInside(const QString &text, HostUse use)
{
    const bool url = text.contains(QLatin1String("://"));
    const QUrl parsed(url ? text : QStringLiteral("ssh://") + text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || parsed.host() == text)
        return {};
    auto host = validateHost(parsed.host(), use);
    return host ? host.value() : QString();
}

Error hostError(const QString &text, const QString &problem, const QString &fix)
{
    return makeError(ErrorCode::InvalidInput,
                     QObject::tr("\"%1\" is not a host name or IP address: %2.").arg(text, problem),
                     fix);
}

// A problem that hides a good host ("ssh://", "user@", ":22", "/path"): the fix names it.
Error wrappedHostError(const QString &text, const QString &problem, HostUse use)
{
    const QString inside = hostInside(text, use);
    if (inside.isEmpty())
        return hostError(text, problem, hostFix(use));
    const QString rest = use == HostUse::StitchSshHost
                             ? QObject::tr("Stitch asks for the SSH port and user in fields of "
                                           "their own.")
                             : QObject::tr("The database port is set on its own.");
    return hostError(text, problem,
                     QObject::tr("Enter the name or address alone: %1. %2").arg(inside, rest));
}

// Why `name` (no colon, not all digits) is not a host name, or empty when it is one.
QString labelProblem(const QString &name, HostUse use)
{
    if (name.size() > 253)
        return QObject::tr("it is longer than 253 characters");
    QString body = name;
    if (body.endsWith(QLatin1Char('.')))
        body.chop(1);
    const bool underscores = use == HostUse::Database;
    for (const QString &label : body.split(QLatin1Char('.'))) {
        if (label.isEmpty())
            return QObject::tr("it has an empty part between dots");
        if (label.size() > 63)
            return QObject::tr("the part \"%1\" is longer than 63 characters").arg(label);
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return QObject::tr("the part \"%1\" starts or ends with a hyphen").arg(label);
        if (!underscores && label.contains(QLatin1Char('_')))
            return QObject::tr("it contains \"_\", which an internet host name cannot have");
    }
    return {};
}

} // namespace

Result<QString> validateHost(const QString &text, HostUse use)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(ErrorCode::InvalidInput, QObject::tr("No host name or address given."),
                         hostFix(use));
    for (const QChar c : t) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return hostError(t, QObject::tr("it contains a line break"), hostFix(use));
    }
    for (const QChar c : t) {
        if (c.isSpace())
            return hostError(t, QObject::tr("it contains a space"), hostFix(use));
        if (c.category() == QChar::Other_Control)
            return hostError(t, QObject::tr("it contains a control character"), hostFix(use));
    }
    if (t.contains(QLatin1String("://")))
        return wrappedHostError(t,
                                QObject::tr("it starts with a scheme (\"%1://\")")
                                    .arg(t.section(QLatin1Char(':'), 0, 0)),
                                use);
    if (t.contains(QLatin1Char('@')))
        return wrappedHostError(t, QObject::tr("it contains a user name (\"…@\")"), use);
    if (t.contains(QLatin1Char('/')) || t.contains(QLatin1Char('\\')))
        return wrappedHostError(t, QObject::tr("it contains a path (\"/\")"), use);
    static const QRegularExpression allowed(QStringLiteral("[^A-Za-z0-9._:\\[\\]-]"));
    if (const auto bad = allowed.match(t); bad.hasMatch())
        return hostError(t,
                         QObject::tr("it contains \"%1\", which no host name or address has "
                                     "(a shell could read it as a command)")
                             .arg(bad.captured()),
                         hostFix(use));
    const bool bracketed = t.startsWith(QLatin1Char('['));
    if ((bracketed && !t.endsWith(QLatin1Char(']'))) ||
        (!bracketed && t.count(QLatin1Char(':')) == 1))
        return wrappedHostError(
            t, QObject::tr("it ends in a port (\":%1\")").arg(t.section(QLatin1Char(':'), -1)),
            use);
    if (!bracketed && (t.contains(QLatin1Char('[')) || t.contains(QLatin1Char(']')))) {
        // A bracket outside "[address]" ("e[", "db]"): no host name has one.
        return hostError(
            t,
            QObject::tr("it contains \"%1\", which no host name or address has "
                        "(a shell could read it as a command)")
                .arg(t.contains(QLatin1Char('[')) ? QStringLiteral("[") : QStringLiteral("]")),
            hostFix(use));
    }
    if (bracketed) {
        const QString inside = t.mid(1, t.size() - 2);
        auto address = validateHost(inside, use);
        return hostError(t, QObject::tr("an address is written without [ ]"),
                         address ? QObject::tr("Enter it as %1.").arg(address.value())
                                 : hostFix(use));
    }
    QHostAddress address;
    if (t.contains(QLatin1Char(':'))) {
        if (!address.setAddress(t) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return hostError(t, QObject::tr("it is not a valid IPv6 address"), hostFix(use));
        return address.toString();
    }
    // QHostAddress also takes inet_aton shorthands ("1.2.3", "0x7f.1"); a host field must not.
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    static const QRegularExpression dottedQuad(
        QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    if (numeric.match(t).hasMatch()) {
        if (!dottedQuad.match(t).hasMatch() || !address.setAddress(t))
            return hostError(t,
                             QObject::tr("it is not a valid IPv4 address (four numbers from 0 to "
                                         "255, like 203.0.113.10)"),
                             hostFix(use));
        return address.toString();
    }
    if (const QString problem = labelProblem(t, use); !problem.isEmpty())
        return hostError(t, problem, hostFix(use));
    return t.toLower();
}

Result<QString> validateDatabaseHost(const QString &text)
{
    return validateHost(text, HostUse::Database);
}

Result<QString> validatePublicHost(const QString &text)
{
    return validateHost(text, HostUse::StitchSshHost);
}

bool isPrivateHost(const QString &host)
{
    QHostAddress a;
    if (!a.setAddress(host))
        return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    if (a.isLoopback() || a.isLinkLocal())
        return true;
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        return a.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8) ||
               a.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12) ||
               a.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16) ||
               a.isInSubnet(QHostAddress(QStringLiteral("100.64.0.0")), 10);
    }
    return a.isInSubnet(QHostAddress(QStringLiteral("fc00::")), 7);
}

Result<quint16> validatePort(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("\"%1\" is not a port number.").arg(text),
                         QObject::tr("Enter a number from 1 to 65535."));
    }
    return static_cast<quint16>(port);
}

Result<QString> validateDatabaseName(const QString &text, DatabaseNameKind kind)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.@$-]{0,63}\\z"));
    const QString t = text.trimmed();
    if (name.match(t).hasMatch())
        return t;
    const bool user = kind == DatabaseNameKind::User;
    return makeError(
        ErrorCode::InvalidInput,
        user ? QObject::tr("\"%1\" is not a database user name this tool can check.").arg(text)
             : QObject::tr("\"%1\" is not a database name this tool can check.").arg(text),
        QObject::tr("Use at most 63 letters, digits and _ . - @ $ (no spaces or "
                    "quotes), or leave it empty to skip the access-rule check."));
}

Result<QString> validateTunnelUser(const QString &text)
{
    static const QRegularExpression portable(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}\\z"));
    static const QStringList reserved{
        QStringLiteral("root"),     QStringLiteral("daemon"),   QStringLiteral("bin"),
        QStringLiteral("sys"),      QStringLiteral("sync"),     QStringLiteral("nobody"),
        QStringLiteral("sshd"),     QStringLiteral("postgres"), QStringLiteral("mysql"),
        QStringLiteral("www-data"), QStringLiteral("admin"),    QStringLiteral("sudo"),
        QStringLiteral("wheel"),    QStringLiteral("adm"),      QStringLiteral("ubuntu"),
        QStringLiteral("ec2-user")};
    if (!portable.match(text).hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("\"%1\" is not a valid Linux user name.").arg(text),
                         QObject::tr("Use lower-case letters, digits, '_' or '-', start with a "
                                     "letter or '_', at most 32 characters (e.g. stitch)."));
    }
    if (reserved.contains(text)) {
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("\"%1\" is a system or administrator account and must "
                                     "not be used for Stitch's tunnel.")
                             .arg(text),
                         QObject::tr("Use a dedicated user such as stitch."));
    }
    return text;
}

} // namespace stitch
