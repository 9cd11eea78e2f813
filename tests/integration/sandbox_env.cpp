#include "sandbox_env.h"

#include "model/setup_session.h"
#include "setup/report.h"

#include <QFile>
#include <QTcpSocket>
#include <QThread>

namespace sandbox {

stitch::Status recordIn(stitch::SetupSession &session, const stitch::setup::OperationReport &report)
{
    session.takeReport(report);
    return report.outcome;
}

bool available()
{
    return qEnvironmentVariable("STITCH_SANDBOX") == QLatin1String("1") && !dir().isEmpty();
}

QString dir()
{
    return qEnvironmentVariable("STITCH_SANDBOX_DIR");
}

QString host()
{
    return qEnvironmentVariable("STITCH_SANDBOX_HOST", QStringLiteral("127.0.0.1"));
}

static quint16 portVar(const char *name, quint16 fallback)
{
    bool ok = false;
    const uint v = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? static_cast<quint16>(v) : fallback;
}

quint16 sshPort()
{
    return portVar("STITCH_SANDBOX_SSH_PORT", 2222);
}
quint16 postgresPort()
{
    return portVar("STITCH_SANDBOX_PG_PORT", 5432);
}
quint16 mysqlPort()
{
    return portVar("STITCH_SANDBOX_MYSQL_PORT", 3306);
}

QString file(const QString &relative)
{
    return dir() + QLatin1Char('/') + relative;
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().trimmed();
}

QString hostKeyFingerprint()
{
    return QString::fromLatin1(readAll(file(QStringLiteral("host_key.sha256"))));
}

stitch::Secret password(const QString &user)
{
    return stitch::Secret(readAll(file(user + QStringLiteral(".password"))));
}

stitch::ssh::ConnectionSettings settingsFor(const QString &user, const QTemporaryDir &scratch,
                                            quint16 port)
{
    stitch::ssh::ConnectionSettings s;
    s.host = host();
    s.port = port ? port : sshPort();
    s.user = user;
    s.authMethod = stitch::ssh::AuthMethod::Password;
    s.knownHostsFile = scratch.filePath(QStringLiteral("known_hosts"));
    s.useOpenSshKnownHosts = false;
    s.hostKeyTrust.expectedFingerprint = hostKeyFingerprint();
    s.hostKeyTrust.unknownAction = stitch::ssh::UnknownHostKeyAction::AcceptOnce;
    s.connectTimeout = std::chrono::milliseconds(5000);
    s.commandTimeout = std::chrono::milliseconds(30000);
    return s;
}

stitch::ssh::Credentials passwordCredentials(const QString &user)
{
    stitch::ssh::Credentials c;
    c.password = password(user);
    c.sudoPassword = password(user);
    return c;
}

QByteArray shell(const QString &script, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

void resetFirewall()
{
    shell(QStringLiteral("ufw --force reset >/dev/null 2>&1; ufw disable >/dev/null 2>&1; "
                         "nft flush ruleset; rm -f /etc/ufw/*.rules.*_* 2>/dev/null; true"));
}

bool startFirewalld()
{
    int rc = -1;
    shell(QStringLiteral("\"$STITCH_SANDBOX_FIREWALLD_CTL\" start"), &rc);
    return rc == 0;
}

void stopFirewalld()
{
    shell(QStringLiteral("\"$STITCH_SANDBOX_FIREWALLD_CTL\" stop"));
}

ExtraSshd::ExtraSshd(quint16 port, const QStringList &options, const QString &hostKeyFile,
                     const QString &logFile, const QString &configFile)
    : m_process(std::make_unique<QProcess>())
{
    QStringList args{QStringLiteral("-D"),
                     QStringLiteral("-f"),
                     configFile.isEmpty() ? file(QStringLiteral("sshd_config")) : configFile,
                     QStringLiteral("-p"),
                     QString::number(port),
                     QStringLiteral("-o"),
                     QStringLiteral("PidFile=none")};
    if (logFile.isEmpty())
        args << QStringLiteral("-e");
    else
        args << QStringLiteral("-E") << logFile;
    if (!hostKeyFile.isEmpty())
        args << QStringLiteral("-h") << hostKeyFile;
    for (const QString &o : options)
        args << QStringLiteral("-o") << o;
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral("/usr/sbin/sshd"), args);
    if (!m_process->waitForStarted(5000))
        return;
    for (int i = 0; i < 100 && !m_started; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_started = probe.waitForConnected(100);
        if (!m_started)
            QThread::msleep(50);
    }
}

ExtraSshd::~ExtraSshd()
{
    m_process->terminate();
    if (!m_process->waitForFinished(3000))
        m_process->kill();
    m_process->waitForFinished(3000);
}

void reloadSshd()
{
    // sshd writes its PidFile anew once it listens again.
    shell(QStringLiteral(
        "pf=$STITCH_SANDBOX_DIR/sshd.pid; m=$(mktemp); kill -HUP \"$(cat \"$pf\")\"; i=0; "
        "until [ -f \"$pf\" ] && [ -n \"$(find \"$pf\" -newer \"$m\")\" ] || [ $i -ge 50 ]; do "
        "sleep 0.1; i=$((i+1)); done; rm -f \"$m\""));
}

bool overlayOver(const QString &dir, const QTemporaryDir &layers, const QString &then)
{
    int rc = -1;
    shell(QStringLiteral("mkdir %1/u %1/w && mount -t overlay overlay -o "
                         "lowerdir=%2,upperdir=%1/u,workdir=%1/w %2 && %3")
              .arg(layers.path(), dir, then),
          &rc);
    return layers.isValid() && rc == 0;
}

QByteArray serverState()
{
    return shell(QStringLiteral(
        "{ cat /etc/passwd /etc/group /etc/shadow /etc/sudoers.d/* 2>/dev/null; "
        "find /home -path /home/stitchadmin -prune -o -printf '%p %m %u %s\\n' | sort; "
        "find /home -name authorized_keys -exec sha256sum {} +; "
        "find /etc/ssh/authorized_keys -printf '%p %m %u %s\\n' 2>/dev/null | sort; "
        "ufw status verbose 2>&1; iptables-save 2>/dev/null | grep -v '^#'; "
        "nft list ruleset 2>&1; } | sha256sum"));
}

stitch::SetupChoices postgresChoices(const QString &tunnelUser, const QString &publicKey)
{
    stitch::SetupChoices c;
    c.tunnelUser = tunnelUser;
    c.publicKey = publicKey;
    c.databaseType = stitch::DatabaseType::PostgreSql;
    c.databaseHost = QStringLiteral("127.0.0.1");
    c.databasePort = postgresPort();
    c.databaseUser = QStringLiteral("stitch_demo"); // so step 2 checks pg_hba.conf too
    return c;
}

bool StitchKey::opensTunnelAs(const QString &user) const
{
    int rc = -1;
    shell(QStringLiteral("printf '\\000\\000\\000\\010\\004\\322\\026\\057' | timeout 10 ssh -F "
                         "none -o BatchMode=yes -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes "
                         "-o UserKnownHostsFile=$STITCH_SANDBOX_DIR/known_hosts -i %1 -p %2 "
                         "-W 127.0.0.1:%3 %4@127.0.0.1 | head -c1 | grep -q '[NS]'")
              .arg(privatePath())
              .arg(sshPort())
              .arg(postgresPort())
              .arg(user),
          &rc);
    return rc == 0;
}

StitchKey::StitchKey()
{
    shell(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -C stitch-account -f ") + privatePath());
    QFile f(privatePath() + QStringLiteral(".pub"));
    if (f.open(QIODevice::ReadOnly))
        publicLine = QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace sandbox
