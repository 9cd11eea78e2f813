#pragma once

#include "common/secret.h"
#include "session/setup_choices.h"
#include "setup/operation_report.h"
#include "ssh/connection_settings.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// What tests/sandbox/run-in-sandbox.sh provides: a real sshd, PostgreSQL and MariaDB inside a
// throwaway namespace, described by STITCH_SANDBOX_* variables and files in its state folder.
namespace stitch {
class SetupSession;
}

namespace sandbox {

// Takes an operation's report into `session` as the wizard does (step results, transcript), so
// the assertions that follow read the session; returns the report's outcome.
stitch::Status recordIn(stitch::SetupSession &session,
                        const stitch::setup::OperationReport &report);

bool available();
QString dir();
QString host();
quint16 sshPort();
quint16 postgresPort();
quint16 mysqlPort();
QString hostKeyFingerprint();
QString file(const QString &relative);
stitch::Secret password(const QString &user);

// Settings for `user` with password login, a fresh private known-hosts file in `scratch`, and
// the sandbox's real host key fingerprint pre-approved.
stitch::ssh::ConnectionSettings settingsFor(const QString &user, const QTemporaryDir &scratch,
                                            quint16 port = 0);
stitch::ssh::Credentials passwordCredentials(const QString &user);

// Runs a command on the sandbox host (we are inside its namespaces), returns stdout.
QByteArray shell(const QString &script, int *exitCode = nullptr);

// The sandbox's sshd reads its configuration again (SIGHUP; waits until it listens anew).
void reloadSshd();

// Changes under `dir` (a folder of the host's /usr, shared with every other sandbox running
// beside this one) go into an overlay in this sandbox's own mount namespace, upper layers in
// `layers`; `then` runs once it is mounted. True when both worked. The caller unmounts it
// (lazily: an sshd session started meanwhile may keep a file of it busy).
bool overlayOver(const QString &dir, const QTemporaryDir &layers, const QString &then);

// Puts the sandbox's host firewall back to "none active, no rules" (ufw off, all tables empty),
// so firewall tests cannot affect each other.
void resetFirewall();

// A checksum of everything a setup could touch on the sandbox host: accounts, sudoers, homes
// (but the admin's own), every authorized_keys, the firewalls. Equal before and after = unchanged.
QByteArray serverState();

// Choices for the sandbox's PostgreSQL (127.0.0.1, its port) with `tunnelUser` and `publicKey`.
stitch::SetupChoices postgresChoices(const QString &tunnelUser, const QString &publicKey);

// A "Stitch" key pair made with the stock ssh-keygen: the private half plays Stitch.
struct StitchKey
{
    StitchKey();
    QString privatePath() const { return dir.filePath(QStringLiteral("stitch")); }
    // Whether this key logs in as `user` and opens the tunnel to PostgreSQL, with the stock
    // client as Stitch would (ssh -W; the server's answer to an SSLRequest proves the tunnel).
    bool opensTunnelAs(const QString &user) const;
    QTemporaryDir dir;
    QString publicLine;
};

// Starts firewalld in the sandbox (tests/sandbox/firewalld.sh; it is off by default), false
// when it did not come up. stopFirewalld() puts the sandbox back as it was: no firewalld, no
// firewalld nftables table, its permanent configuration as before.
bool startFirewalld();
void stopFirewalld();

// A second sshd on another port with extra -o options (forwarding off, a different host key,
// password auth off, …). Stopped when destroyed.
class ExtraSshd
{
public:
    // Logs to stderr, or to `logFile` when one is given. `configFile` replaces the sandbox's
    // sshd_config (for settings that -o cannot override, such as a Subsystem).
    ExtraSshd(quint16 port, const QStringList &options, const QString &hostKeyFile = {},
              const QString &logFile = {}, const QString &configFile = {});
    ~ExtraSshd();
    bool started() const { return m_started; }

private:
    std::unique_ptr<QProcess> m_process;
    bool m_started = false;
};

} // namespace sandbox
