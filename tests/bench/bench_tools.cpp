#include "bench_tools.h"

#include "integration/sandbox_env.h"
#include "model/setup_session.h"
#include "setup/setup_runner.h"
#include "support/test_files.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <optional>

namespace bench {

namespace {

const char *const kCidrs[] = {"52.23.137.21", "52.204.223.208", "52.204.228.32", "52.204.230.227"};

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions perms)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return f.setPermissions(perms);
}

using test::readFile;

bool failWith(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

// A syntactically valid ed25519 public key line with a random key: what sshd parses.
QByteArray randomKeyLine(int i)
{
    QByteArray blob = QByteArray::fromHex("0000000b7373682d6564323535313900000020");
    for (int b = 0; b < 32; ++b)
        blob.append(static_cast<char>(QRandomGenerator::global()->bounded(256)));
    return "ssh-ed25519 " + blob.toBase64() + " bench-key-" + QByteArray::number(i) +
           "@example.org\n";
}

QString ufwRulesFile(const QString &name)
{
    return QStringLiteral("/etc/ufw/") + name;
}

} // namespace

bool Fixture::prepare(QString *why)
{
    if (!scratch.isValid())
        return failWith(why, QStringLiteral("no temporary folder"));
    const QString keyBase = scratch.filePath(QStringLiteral("stitch"));
    ProcessRun k =
        sh(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -C stitch-account -f ") + quote(keyBase));
    stitchKeyFile = keyBase + QStringLiteral(".pub");
    stitchKeyLine = QString::fromUtf8(readFile(stitchKeyFile)).trimmed();
    if (k.exitCode != 0 || stitchKeyLine.isEmpty())
        return failWith(why, QStringLiteral("ssh-keygen failed: ") + QString::fromUtf8(k.err));

    fingerprint = sandbox::hostKeyFingerprint();
    const QByteArray hostKey =
        readFile(sandbox::file(QStringLiteral("ssh_host_ed25519_key.pub"))).trimmed();
    const QList<QByteArray> parts = hostKey.split(' ');
    knownHostsAlias = scratch.filePath(QStringLiteral("known_hosts_alias"));
    if (parts.size() < 2 ||
        !writeFile(knownHostsAlias, QByteArray(kHostAlias) + ' ' + parts[0] + ' ' + parts[1] + '\n',
                   QFile::ReadOwner | QFile::WriteOwner))
        return failWith(why, QStringLiteral("cannot read the sandbox host key"));

    password = QString::fromUtf8(sandbox::password(QStringLiteral("stitchadmin")).bytes());
    askpass = scratch.filePath(QStringLiteral("askpass"));
    if (!writeFile(askpass,
                   "#!/bin/sh\nexec cat " +
                       quote(sandbox::file(QStringLiteral("stitchadmin.password"))).toUtf8() + '\n',
                   QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return failWith(why, QStringLiteral("cannot write the askpass helper"));

    // Ansible's become password: a throwaway vars file (mode 600, in the sandbox's private
    // /tmp), removed again in the destructor. Never part of the repository.
    ansibleVars = scratch.filePath(QStringLiteral("ansible-become.json"));
    const QJsonObject vars{{QStringLiteral("ansible_become_password"), password}};
    if (!writeFile(ansibleVars, QJsonDocument(vars).toJson(QJsonDocument::Compact),
                   QFile::ReadOwner | QFile::WriteOwner))
        return failWith(why, QStringLiteral("cannot write the Ansible vars file"));
    return true;
}

Fixture::~Fixture()
{
    if (!ansibleVars.isEmpty())
        QFile::remove(ansibleVars);
}

bool ServerState::makeFreshBaseline(QString *why)
{
    const QString saved = m_fixture.scratch.filePath(QStringLiteral("fresh"));
    QDir().mkpath(saved);
    const ProcessRun r =
        sh(QStringLiteral(
               "pkill -u stitch 2>/dev/null; userdel -r stitch 2>/dev/null; groupdel stitch "
               "2>/dev/null; "
               "ufw --force reset >/dev/null 2>&1; nft flush ruleset; rm -f /etc/ufw/*.rules.*_*; "
               "ufw allow 2222/tcp >/dev/null && ufw --force enable >/dev/null && "
               "cp /etc/ufw/user.rules /etc/ufw/user6.rules %1/")
               .arg(quote(saved)));
    if (r.exitCode != 0)
        return failWith(why, QStringLiteral("could not set up ufw: ") + QString::fromUtf8(r.err));
    return true;
}

void ServerState::restoreFresh()
{
    const QString saved = m_fixture.scratch.filePath(QStringLiteral("fresh"));
    sh(QStringLiteral("pkill -u stitch 2>/dev/null; userdel -r stitch 2>/dev/null; "
                      "groupdel stitch 2>/dev/null; cp %1/user.rules %1/user6.rules /etc/ufw/ && "
                      "ufw reload >/dev/null")
           .arg(quote(saved)));
}

bool ServerState::makeScaleState(const QString &name, int keys, int rules, QString *why)
{
    restoreFresh();
    const QString saved = m_fixture.scratch.filePath(name);
    QDir().mkpath(saved);
    QByteArray ak;
    ak.reserve(keys * 110);
    for (int i = 0; i < keys; ++i)
        ak += randomKeyLine(i);
    if (!writeFile(saved + QStringLiteral("/authorized_keys"), ak,
                   QFile::ReadOwner | QFile::WriteOwner))
        return failWith(why, QStringLiteral("cannot write authorized_keys"));

    // Extra ufw rules, written the way ufw itself stores them, then loaded with one reload
    // (adding 1 000 rules with `ufw allow` would take minutes).
    QByteArray userRules = readFile(ufwRulesFile(QStringLiteral("user.rules")));
    QByteArray extra;
    for (int i = 0; i < rules; ++i) {
        const QByteArray ip = "10." + QByteArray::number(1 + i / 65536) + '.' +
                              QByteArray::number((i / 256) % 256) + '.' +
                              QByteArray::number(i % 256);
        extra += "\n### tuple ### allow tcp 2222 0.0.0.0/0 any " + ip + " in\n" +
                 "-A ufw-user-input -p tcp --dport 2222 -s " + ip + " -j ACCEPT\n";
    }
    const qsizetype end = userRules.indexOf("### END RULES ###");
    if (end < 0)
        return failWith(why, QStringLiteral("unexpected /etc/ufw/user.rules"));
    userRules.insert(end, extra + '\n');
    if (!writeFile(saved + QStringLiteral("/user.rules"), userRules,
                   QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther))
        return failWith(why, QStringLiteral("cannot write user.rules"));
    const ProcessRun r =
        sh(QStringLiteral(
               "cp /etc/ufw/user6.rules %1/ && groupadd stitch && useradd -m -g stitch stitch && "
               "install -d -m 700 -o stitch -g stitch /home/stitch/.ssh")
               .arg(quote(saved)));
    if (r.exitCode != 0)
        return failWith(why, QStringLiteral("cannot create the user: ") + QString::fromUtf8(r.err));
    restoreScale(name);
    const ProcessRun check = sh(QStringLiteral(
        "wc -l </home/stitch/.ssh/authorized_keys; ufw status | grep -c '^2222/tcp'"));
    const QList<QByteArray> counts = check.out.split('\n');
    if (counts.value(0).trimmed().toInt() != keys || counts.value(1).trimmed().toInt() < rules)
        return failWith(why, QStringLiteral("scale state not in place: ") +
                                 QString::fromUtf8(check.out.simplified()));
    return true;
}

void ServerState::restoreScale(const QString &name)
{
    const QString saved = m_fixture.scratch.filePath(name);
    sh(QStringLiteral("install -m 600 -o stitch -g stitch %1/authorized_keys "
                      "/home/stitch/.ssh/authorized_keys && "
                      "cp %1/user.rules %1/user6.rules /etc/ufw/ && ufw reload >/dev/null")
           .arg(quote(saved)));
}

bool ServerState::jobDone(QString *why) const
{
    const QString blob = m_fixture.stitchKeyLine.section(QLatin1Char(' '), 1, 1);
    QString script =
        QStringLiteral("getent group stitch >/dev/null || { echo 'no group'; exit 1; }\n"
                       "id stitch >/dev/null 2>&1 || { echo 'no user'; exit 1; }\n"
                       "F=/home/stitch/.ssh/authorized_keys\n"
                       "grep -qF %1 \"$F\" || { echo 'key missing'; exit 1; }\n"
                       "[ \"$(stat -c '%a %U' /home/stitch/.ssh \"$F\" | tr '\\n' ' ')\" = "
                       "'700 stitch 600 stitch ' ] || { echo 'modes'; exit 1; }\n"
                       "S=$(ufw status)\n")
            .arg(quote(blob));
    for (const char *ip : kCidrs)
        script +=
            QStringLiteral("printf '%s\\n' \"$S\" | grep '^2222/tcp ' | grep -q ' %1\\( \\|$\\)' "
                           "|| { echo 'no ufw rule for %1'; exit 1; }\n")
                .arg(QLatin1String(ip));
    const ProcessRun r = sh(script);
    if (r.exitCode != 0)
        return failWith(why, QStringLiteral("job not done: ") +
                                 QString::fromUtf8((r.out + r.err).simplified()));
    return true;
}

Sample stitchCli(const Fixture &f, const QString &action, quint16 port)
{
    QStringList args{action,
                     QStringLiteral("--host"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"),
                     QString::number(port),
                     QStringLiteral("--login"),
                     QStringLiteral("stitchadmin"),
                     QStringLiteral("--password-file"),
                     sandbox::file(QStringLiteral("stitchadmin.password")),
                     QStringLiteral("--public-key-file"),
                     f.stitchKeyFile,
                     QStringLiteral("--db-host"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--json")};
    if (port == sandbox::sshPort()) {
        args << QStringLiteral("--known-hosts") << sandbox::file(QStringLiteral("known_hosts"));
    } else {
        // Through a proxy the server has another address:port; trust its key by fingerprint.
        args << QStringLiteral("--known-hosts")
             << f.scratch.filePath(QStringLiteral("known_hosts_cli_%1").arg(port))
             << QStringLiteral("--host-key-fingerprint") << f.fingerprint;
    }
    const ProcessRun r = runProcess(QStringLiteral(STITCH_CLI_PATH), args);
    Sample s;
    s.ms = r.ms;
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    if (action == QLatin1String("check"))
        s.ok = r.finished && (r.exitCode == 0 || r.exitCode == 1) && !json.isEmpty() &&
               !json.contains(QStringLiteral("error"));
    else
        s.ok = r.finished && r.exitCode == 0 && json.value(QStringLiteral("ok")).toBool();
    if (!s.ok)
        s.note =
            QStringLiteral("stitch-tunnel %1 exit %2: %3 %4")
                .arg(action)
                .arg(r.exitCode)
                .arg(QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("error")).toObject())
                                           .toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(r.err.right(300)));
    return s;
}

Sample floorSsh(const Fixture &f, quint16 port)
{
    QString commands = QString::fromUtf8(
        readFile(QStringLiteral(STITCH_BENCH_SOURCE_DIR "/floor-guide-steps.sh")));
    commands.replace(QStringLiteral("@KEY@"), f.stitchKeyLine)
        .replace(QStringLiteral("@PORT@"), QString::number(sandbox::sshPort()));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_ASKPASS"), f.askpass);
    env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    const QStringList args{QStringLiteral("-F"),
                           QStringLiteral("/dev/null"),
                           QStringLiteral("-p"),
                           QString::number(port),
                           QStringLiteral("-o"),
                           QStringLiteral("UserKnownHostsFile=") + f.knownHostsAlias,
                           QStringLiteral("-o"),
                           QStringLiteral("HostKeyAlias=") + QLatin1String(Fixture::kHostAlias),
                           QStringLiteral("-o"),
                           QStringLiteral("StrictHostKeyChecking=yes"),
                           QStringLiteral("-o"),
                           QStringLiteral("PubkeyAuthentication=no"),
                           QStringLiteral("-o"),
                           QStringLiteral("PreferredAuthentications=password"),
                           QStringLiteral("-o"),
                           QStringLiteral("NumberOfPasswordPrompts=1"),
                           QStringLiteral("stitchadmin@127.0.0.1"),
                           QStringLiteral("sudo -S -p '' sh -c ") + quote(commands)};
    const ProcessRun r = runProcess(QStringLiteral("ssh"), args, f.password.toUtf8() + '\n', env);
    Sample s;
    s.ms = r.ms;
    s.ok = r.finished && r.exitCode == 0;
    if (!s.ok)
        s.note = QStringLiteral("ssh exit %1: %2")
                     .arg(r.exitCode)
                     .arg(QString::fromUtf8(r.err.right(300)));
    return s;
}

Sample ansiblePlaybook(const Fixture &f, quint16 port, bool favourable, int serial)
{
    const QString dir = QStringLiteral(STITCH_BENCH_SOURCE_DIR "/ansible");
    // A fresh ControlMaster per run (Ansible keeps one connection open for all the tasks of a
    // run, and for 60 s after it): every run starts cold, like the other tools.
    const QString controlDir = f.scratch.filePath(QStringLiteral("ansible-cp-%1").arg(serial));
    QDir().mkpath(controlDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANSIBLE_CONFIG"), dir + QStringLiteral("/ansible.cfg"));
    env.insert(QStringLiteral("ANSIBLE_PIPELINING"),
               favourable ? QStringLiteral("True") : QStringLiteral("False"));
    env.insert(QStringLiteral("ANSIBLE_SSH_CONTROL_PATH_DIR"), controlDir);
    env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"),
               f.scratch.filePath(QStringLiteral("ansible-tmp")));
    const QJsonObject vars{
        {QStringLiteral("ansible_port"), port},
        {QStringLiteral("ansible_ssh_common_args"),
         QStringLiteral("-o UserKnownHostsFile=%1 -o HostKeyAlias=%2 -o StrictHostKeyChecking=yes")
             .arg(f.knownHostsAlias, QLatin1String(Fixture::kHostAlias))},
        {QStringLiteral("stitch_key_file"), f.stitchKeyFile},
        {QStringLiteral("stitch_ssh_port"), sandbox::sshPort()},
        {QStringLiteral("bench_gather_facts"), !favourable}};
    const QStringList args{QStringLiteral("-i"),
                           dir + QStringLiteral("/inventory.ini"),
                           dir + QStringLiteral("/playbook.yml"),
                           QStringLiteral("-e"),
                           QLatin1Char('@') + f.ansibleVars,
                           QStringLiteral("-e"),
                           QString::fromUtf8(QJsonDocument(vars).toJson(QJsonDocument::Compact))};
    const ProcessRun r = runProcess(QStringLiteral("ansible-playbook"), args, {}, env);
    // End the ControlMaster the run left behind.
    sh(QStringLiteral("for s in %1/*; do [ -S \"$s\" ] && ssh -o ControlPath=\"$s\" -O exit x "
                      ">/dev/null 2>&1; done; true")
           .arg(quote(controlDir)));
    Sample s;
    s.ms = r.ms;
    s.ok = r.finished && r.exitCode == 0;
    if (!s.ok)
        s.note = QStringLiteral("ansible-playbook exit %1: %2")
                     .arg(r.exitCode)
                     .arg(QString::fromUtf8((r.out.right(600) + r.err.right(300))));
    return s;
}

ApplyClickRun applyClickInProcess(const Fixture &f, quint16 port)
{
    using namespace stitch;
    ApplyClickRun run;
    QTemporaryDir scratch;
    setup::SetupRequest request;
    request.connection = sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch, port);
    request.credentials = sandbox::passwordCredentials(QStringLiteral("stitchadmin"));
    request.choices = sandbox::postgresChoices(QStringLiteral("stitch"), f.stitchKeyLine);
    setup::SetupRunner runner(std::move(request));
    setup::OperationReport page = runner.run(setup::Operation::Check); // connect + the page's
    if (!page.ok()) {
        run.error = page.error().oneLine();
        return run;
    }
    QElapsedTimer clock;
    clock.start();
    const setup::OperationReport checked = runner.run(setup::Operation::Check);
    run.checkMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    setup::RunOptions confirmed;
    confirmed.confirmedPlan = checked.applyPlan.digest;
    runner.setOptions(confirmed);
    clock.restart();
    const setup::OperationReport applied = runner.run(setup::Operation::Apply);
    run.applyMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    run.ok = checked.ok() && applied.ok();
    if (!run.ok)
        run.error = (checked.ok() ? applied : checked).error().oneLine();
    for (const setup::OperationReport *r : {&checked, &applied}) {
        for (const remote::TranscriptEntry &e : r->transcript) {
            ++run.privilegedRoundTrips;
            if (e.label == QObject::tr("Inspect the server (read-only)"))
                run.probeMs = static_cast<double>(e.elapsedMs);
        }
    }
    return run;
}

InProcessRun stitchInProcess(const Fixture &f, bool apply, quint16 port)
{
    using namespace stitch;
    InProcessRun run;
    QTemporaryDir scratch;
    SetupSession session;
    session.setConnection(sandbox::settingsFor(QStringLiteral("stitchadmin"), scratch, port));
    session.setCredentials(sandbox::passwordCredentials(QStringLiteral("stitchadmin")));
    SetupChoices c;
    c.tunnelUser = QStringLiteral("stitch");
    c.publicKey = f.stitchKeyLine;
    c.databaseHost = QStringLiteral("127.0.0.1");
    c.databasePort = 5432;
    session.setChoices(c);
    setup::SetupRunner runner(session.request());
    const setup::Operation operation = apply ? setup::Operation::Apply : setup::Operation::Check;
    // run() connects first and, once connected (logged in, sudo confirmed), says what it does
    // next: that message ends the connect phase.
    const QString busy = setup::operationBusyText(operation);
    QElapsedTimer clock;
    clock.start();
    std::optional<double> connectMs;
    const Status s = sandbox::recordIn(session, runner.run(operation, [&](const QString &message) {
        if (message == busy && !connectMs)
            connectMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    }));
    run.totalMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    run.connectMs = connectMs.value_or(run.totalMs); // a failed connect is the whole run
    run.operationMs = run.totalMs - run.connectMs;
    run.remoteCommands = runner.remoteCommands();
    run.ok = s.ok();
    if (!s)
        run.error = s.error().oneLine();
    double inTranscript = 0;
    double privilegeMs = 0;
    for (const remote::TranscriptEntry &e : session.transcript().entries()) {
        run.phases << Phase{e.label, static_cast<double>(e.elapsedMs)};
        // connecting checks the rights, with the read-only probe riding along when it can
        if (e.label.startsWith(QLatin1String("Check administrator rights")))
            privilegeMs = static_cast<double>(e.elapsedMs);
        else
            inTranscript += static_cast<double>(e.elapsedMs);
    }
    run.phases.prepend(
        Phase{QStringLiteral("TCP + SSH handshake + password login"), run.connectMs - privilegeMs});
    run.phases << Phase{apply ? QStringLiteral("Database handshake (admin tunnel), self-test "
                                               "login and tunnel, as far as they do not overlap "
                                               "the commands above; local work")
                              : QStringLiteral("Database handshake through the SSH server + "
                                               "local work"),
                        run.operationMs - inTranscript};
    return run;
}

} // namespace bench
