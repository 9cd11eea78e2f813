#include "forward_error.h"

#include <QObject>

#include <QRegularExpression>

namespace stitch::ssh {

Error classifyForwardFailure(const QString &libsshError, const QString &host, quint16 port)
{
    const QString target = QStringLiteral("%1 port %2").arg(host).arg(port);
    static const QRegularExpression reasonPattern(QStringLiteral("error \\((\\d+)\\)\\s*(.*)$"));
    const QRegularExpressionMatch m = reasonPattern.match(libsshError);
    const int reason = m.hasMatch() ? m.captured(1).toInt() : 0;
    const QString text = m.hasMatch() ? m.captured(2).trimmed() : libsshError;
    const QString lower = text.toLower();

    // RFC 4254 §5.1 reason 1: SSH_OPEN_ADMINISTRATIVELY_PROHIBITED.
    if (reason == 1 || lower.contains(QLatin1String("prohibited"))) {
        return makeError(ErrorCode::ForwardProhibited,
                         QObject::tr("The SSH server does not allow forwarding to %1 "
                                     "(administratively prohibited).")
                             .arg(target),
                         QObject::tr("Allow TCP forwarding in sshd_config "
                                     "(AllowTcpForwarding yes, no DisableForwarding, no "
                                     "PermitOpen that excludes %1), then reload sshd.")
                             .arg(target),
                         libsshError);
    }
    if (lower.contains(QLatin1String("refused"))) {
        return makeError(ErrorCode::ForwardRefused,
                         QObject::tr("The SSH server reached %1, but nothing accepts "
                                     "connections there (connection refused).")
                             .arg(target),
                         QObject::tr("Check that the database is running and listens on "
                                     "that address and port (\"localhost\" may mean ::1 "
                                     "rather than 127.0.0.1)."),
                         libsshError);
    }
    if (lower.contains(QLatin1String("timed out")) || lower.contains(QLatin1String("timeout"))) {
        return makeError(
            ErrorCode::ForwardTimedOut,
            QObject::tr("The SSH server got no answer from %1 (timed out).").arg(target),
            QObject::tr("A firewall between the SSH server and the database "
                        "probably drops the traffic: allow the SSH server's "
                        "private address on port %1.")
                .arg(port),
            libsshError);
    }
    if (lower.contains(QLatin1String("name or service not known")) ||
        lower.contains(QLatin1String("name resolution")) ||
        lower.contains(QLatin1String("nodename nor servname")) ||
        lower.contains(QLatin1String("no address associated")) ||
        lower.contains(QLatin1String("unknown host"))) {
        return makeError(ErrorCode::ForwardNameNotResolved,
                         QObject::tr("The SSH server cannot resolve the database host name "
                                     "\"%1\".")
                             .arg(host),
                         QObject::tr("Use the name or address under which the SSH server "
                                     "(not your computer) reaches the database."),
                         libsshError);
    }
    if (lower.contains(QLatin1String("unreachable"))) {
        return makeError(ErrorCode::ForwardTimedOut,
                         QObject::tr("The SSH server has no network route to %1.").arg(target),
                         QObject::tr("Check the database address as the SSH server sees it, "
                                     "and the SSH server's routing."),
                         libsshError);
    }
    return makeError(
        ErrorCode::ForwardFailed,
        QObject::tr("The SSH server could not open a connection to %1: %2").arg(target, text),
        QObject::tr("Check the database address and port as the SSH server "
                    "sees them."),
        libsshError);
}

} // namespace stitch::ssh
