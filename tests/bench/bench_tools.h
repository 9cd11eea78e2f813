#pragma once

#include "bench_util.h"

#include <QString>
#include <QTemporaryDir>
#include <QVector>

namespace bench {

// Everything the tools being compared need, made once per benchmark run inside the sandbox.
struct Fixture
{
    QTemporaryDir scratch;
    QString stitchKeyFile; // the "Stitch" public key (made with ssh-keygen)
    QString stitchKeyLine;
    QString knownHostsAlias; // the sandbox host key under the alias below, for ssh and Ansible
    QString askpass;         // prints stitchadmin's password, for the stock ssh client
    QString ansibleVars;     // become password; deleted when the benchmark ends
    QString fingerprint;
    QString password;

    static constexpr const char *kHostAlias = "stitch-bench-sandbox";
    bool prepare(QString *why);
    ~Fixture();
};

// The server's state between runs. "Fresh": no tunnel user, ufw active allowing only the SSH
// port (2222). "Scale": the tunnel user exists with `keys` unrelated lines in authorized_keys
// and ufw has `rules` extra rules; saved once, restored before each run.
class ServerState
{
public:
    explicit ServerState(Fixture &fixture) : m_fixture(fixture) {}
    bool makeFreshBaseline(QString *why);
    void restoreFresh();
    bool makeScaleState(const QString &name, int keys, int rules, QString *why);
    void restoreScale(const QString &name);
    // Did the tool do the job: user, group, key in ~/.ssh/authorized_keys (700/600, owned by the
    // user), and ufw allowing each of Stitch's four addresses on port 2222?
    bool jobDone(QString *why) const;

private:
    Fixture &m_fixture;
};

// One run of each tool; `port` is 2222 (loopback) or a TcpProxy in front of it.
Sample stitchCli(const Fixture &f, const QString &action, quint16 port);
Sample floorSsh(const Fixture &f, quint16 port);
Sample ansiblePlaybook(const Fixture &f, quint16 port, bool favourable, int serial);

// SetupRunner::run() in this process: connects (TCP, SSH, login, sudo check), then checks or
// applies.
struct Phase
{
    QString label;
    double ms = 0;
};
struct InProcessRun
{
    bool ok = false;
    QString error;
    double connectMs = 0; // run()'s connecting: handshake, login, sudo check
    double operationMs = 0;
    double totalMs = 0;
    int remoteCommands = 0; // SetupRunner::remoteCommands(): channels of the admin connection
    QVector<Phase> phases;  // remote commands from the transcript, plus what is not in it
};
InProcessRun stitchInProcess(const Fixture &f, bool apply, quint16 port);

// The wizard's Apply click, in this process: after the connect and the page's check, Apply
// checks again (the confirmation shows that plan) and then applies the confirmed plan.
struct ApplyClickRun
{
    bool ok = false;
    QString error;
    double checkMs = 0; // the re-check behind the confirmation
    double applyMs = 0; // the confirmed apply, self-test included
    // Privileged round trips the click waits for (transcript entries of check and apply); before
    // apply reused the check's facts it probed again: one more, of probeMs.
    int privilegedRoundTrips = 0;
    double probeMs = 0; // the check's probe: the round trip apply no longer makes
};
ApplyClickRun applyClickInProcess(const Fixture &f, quint16 port);

} // namespace bench
