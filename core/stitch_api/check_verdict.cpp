#include "check_verdict.h"

#include <QObject>
#include <QRegularExpression>

namespace stitch::stitch_api {

namespace {

// Stitch's messages of a check, each once, in the order they happened.
QString stitchWords(const ConnectionCheck &c)
{
    QStringList parts;
    for (const QString &t : {c.discoveryErrorMessage, c.tapErrorMessage, c.error}) {
        const QString trimmed = t.trimmed();
        if (!trimmed.isEmpty() && !parts.contains(trimmed))
            parts << trimmed;
    }
    return parts.join(QStringLiteral(" / "));
}

bool has(const QString &text, const char *pattern)
{
    return text.contains(
        QRegularExpression(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption));
}

struct Words
{
    QString sentence;
    QString fix;
};

Words wordsFor(CheckCause cause)
{
    switch (cause) {
    case CheckCause::DatabasePassword:
        return {QObject::tr("Stitch got through the SSH tunnel, but the database refused its "
                            "user or password."),
                QObject::tr("Check the database user and password in Stitch's form, and that "
                            "this user may log in from the SSH server's address.")};
    case CheckCause::NoPgHbaEntry:
        return {QObject::tr("Stitch got through the SSH tunnel, but PostgreSQL's access rules "
                            "(pg_hba.conf) have no line for a login from the SSH server."),
                QObject::tr("Add a pg_hba.conf line for the database user from the SSH "
                            "server's address (step 2 checks it when given the database user), "
                            "then reload PostgreSQL.")};
    case CheckCause::DatabaseMissing:
        return {QObject::tr("Stitch got through the SSH tunnel, but the database named in its "
                            "form does not exist."),
                QObject::tr("Correct the database name in Stitch's form.")};
    case CheckCause::DatabaseRefused:
        return {QObject::tr("Stitch got through the SSH tunnel, but nothing accepted the "
                            "connection at the database host and port as the SSH server sees "
                            "them."),
                QObject::tr("Check Host and Port in Stitch's form (as seen from the SSH "
                            "server) and that the database listens there.")};
    case CheckCause::DatabaseTimeout:
        return {QObject::tr("The database did not answer Stitch in time."),
                QObject::tr("Check that the SSH server can reach the database host and port "
                            "(a firewall between them), and Host and Port in Stitch's form.")};
    case CheckCause::SshTimeout:
        return {QObject::tr("Stitch could not reach the SSH server in time: most likely a "
                            "firewall drops Stitch's addresses, or SSH Host or Port is wrong."),
                QObject::tr("Allow Stitch's addresses on the SSH port in the cloud or network "
                            "firewall (step 1 shows the rules), and check SSH Host and Port "
                            "in Stitch's form. Watching sshd's log while Stitch tries shows "
                            "whether anything arrived.")};
    case CheckCause::SshAuthentication:
        return {QObject::tr("The SSH server refused Stitch's key."),
                QObject::tr("Check that the key installed for the SSH user is the one Stitch "
                            "shows for this source, and the SSH User in Stitch's form. "
                            "Watching sshd's log while Stitch tries tells why it was refused.")};
    case CheckCause::SshForwardRefused:
        return {QObject::tr("Stitch logged in to the SSH server, but the tunnel to the "
                            "database was refused."),
                QObject::tr("Check Host and Port in Stitch's form: the key only allows the "
                            "tunnel to the database host and port this tool set up.")};
    case CheckCause::SshTunnel:
        return {QObject::tr("Stitch could not open its SSH tunnel."),
                QObject::tr("Check SSH Host, Port and User in Stitch's form; watching sshd's "
                            "log while Stitch tries shows what the SSH server saw.")};
    case CheckCause::HostNotFound:
        return {QObject::tr("A host name in Stitch's form could not be found."),
                QObject::tr("Check SSH Host (a public name or address) and Host (as the SSH "
                            "server sees it) in Stitch's form.")};
    case CheckCause::Unknown:
        return {QObject::tr("Stitch's connection check failed for a reason this tool does "
                            "not recognise."),
                QObject::tr("Read Stitch's message; watching sshd's log while Stitch tries "
                            "shows what the SSH server saw.")};
    case CheckCause::None:
        break;
    }
    return {};
}

} // namespace

CheckCause causeOf(const ConnectionCheck &check)
{
    const QString t = stitchWords(check);
    if (t.isEmpty())
        return CheckCause::Unknown;
    // Most specific first: a tunnel error's text may also say "timeout" or "refused".
    if (has(t, "no pg_hba\\.conf entry"))
        return CheckCause::NoPgHbaEntry;
    if (has(t, "password authentication failed|access denied for user|login failed for user|"
               "invalid username/password"))
        return CheckCause::DatabasePassword;
    if (has(t, "database \"?[^\"]*\"? does not exist|unknown database"))
        return CheckCause::DatabaseMissing;
    if (has(t, "administratively prohibited|open failed|channel \\d+: open failed|"
               "forwarding.*(refused|denied)"))
        return CheckCause::SshForwardRefused;
    const bool ssh = has(t, "ssh|tunnel");
    if (ssh && has(t, "permission denied|publickey|authentication fail|auth fail"))
        return CheckCause::SshAuthentication;
    if (has(t, "could not translate host name|name or service not known|nodename nor servname|"
               "unknown host|could not resolve|getaddrinfo"))
        return CheckCause::HostNotFound;
    if (has(t, "timed? ?out|timeout"))
        return ssh ? CheckCause::SshTimeout : CheckCause::DatabaseTimeout;
    if (has(t, "connection refused"))
        return ssh && !has(t, "database|server at|is the server running")
                   ? CheckCause::SshTunnel
                   : CheckCause::DatabaseRefused;
    if (ssh)
        return CheckCause::SshTunnel;
    return CheckCause::Unknown;
}

CheckVerdict explainCheck(const ConnectionCheck &check, bool finished)
{
    CheckVerdict v;
    if (check.running() || !finished) {
        v.kind = VerdictKind::NotFinished;
        v.sentence = QObject::tr("Stitch's connection check had not finished; not checked.");
        v.fix = QObject::tr("Run it again later, or look at the source in Stitch.");
        return v;
    }
    if (check.succeeded()) {
        v.kind = VerdictKind::Succeeded;
        v.sentence = QObject::tr("Stitch's connection check succeeded: Stitch got in through "
                                 "the SSH tunnel and reached the database.");
        return v;
    }
    v.kind = VerdictKind::Failed;
    v.cause = causeOf(check);
    const Words w = wordsFor(v.cause);
    v.sentence = w.sentence;
    v.fix = w.fix;
    v.stitchText = stitchWords(check);
    if (v.stitchText.isEmpty())
        v.stitchText = QObject::tr("(Stitch gave no message; status \"%1\")").arg(check.status);
    return v;
}

} // namespace stitch::stitch_api
