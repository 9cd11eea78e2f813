// stitch_bench: the performance harness behind docs/PERFORMANCE.md. Run it with
// tests/bench/run-benchmarks.sh, which builds it, installs Ansible (Debian's package) if missing,
// and runs it inside the sandbox server (tests/sandbox) under Xvfb.
//
//   stitch_bench [--runs N] [--proxy-runs N] [--ansible-runs N] [--skip-ansible] [--skip-gui]
//                [--skip-scale] [--only counts,loopback,proxy,scale,wizard]
//                [--json FILE] [--markdown FILE]
//   stitch_bench --gui-stall DELAY_MS KEYFILE     (internal, see gui_bench.h)
//
// Every tool does the same job against the same server, one after the other, in one run: the
// server is put back to the same state before each run (not timed). Times are wall clock from
// starting the tool's process to its exit; the figures are medians.
#include "bench_tools.h"
#include "bench_util.h"
#include "gui_bench.h"
#include "integration/sandbox_env.h"
#include "sshd_debug_log.h"
#include "support/tcp_proxy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <libssh/libssh.h>

#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>

namespace bench {

namespace {

struct Options
{
    int runs = 7;
    int proxyRuns = 3;
    int ansibleRuns = 3;
    bool ansible = true;
    bool gui = true;
    bool scale = true;
    QStringList only; // sections to run (empty: all): counts, loopback, proxy, scale, wizard
    QString jsonFile;
    QString markdownFile;
};

void say(const QString &line)
{
    std::fprintf(stderr, "[bench] %s\n", qPrintable(line));
    std::fflush(stderr);
}

QString fmtMs(double ms)
{
    if (ms >= 10000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 1);
    if (ms >= 1000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
}

QString fmtRatio(double r)
{
    return r >= 10 ? QStringLiteral("%1×").arg(r, 0, 'f', 0)
                   : QStringLiteral("%1×").arg(r, 0, 'f', 2);
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text.trimmed().split('\n').value(0)).trimmed();
}

// 1, 5 and 15 minute load averages: the benchmark shares the machine with whatever else runs.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QString();
}

QString commandOutput(const QString &script)
{
    const ProcessRun r = sh(script);
    return firstLine(r.out.isEmpty() ? r.err : r.out);
}

class Benchmark
{
public:
    explicit Benchmark(Options options) : m_options(std::move(options)), m_server(m_fixture) {}
    int run();

private:
    using Tool = std::function<Sample()>;
    // Resets the server, runs the tool, checks that it did the job (neither part timed).
    Sample timedApply(const Tool &tool);
    void machine();
    void counts();
    void loopback();
    void throughProxies();
    void scale();
    void wizard();
    QString markdown() const;
    void series(const QString &key, const Sample &s) { m_series[key].append(s); }
    Stats stats(const QString &key) const { return statsOf(m_series.value(key)); }
    double median(const QString &key) const { return stats(key).median; }

    Options m_options;
    Fixture m_fixture;
    ServerState m_server;
    QMap<QString, QVector<Sample>> m_series;
    QMap<QString, ServerCounts> m_counts;
    QMap<QString, int> m_adminChannels; // SetupRunner::remoteCommands()
    QMap<QString, InProcessRun> m_breakdown;
    QMap<QString, ApplyClickRun> m_applyClicks; // "loopback", "p50"
    QJsonObject m_machine;
    QJsonObject m_gui;
    QStringList m_notes;
};

Sample Benchmark::timedApply(const Tool &tool)
{
    m_server.restoreFresh();
    Sample s = tool();
    QString why;
    if (s.ok && !m_server.jobDone(&why)) {
        s.ok = false;
        s.note = why;
    }
    if (!s.ok)
        say(QStringLiteral("  FAILED: ") + s.note);
    return s;
}

void Benchmark::machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    m_machine = QJsonObject{
        {QStringLiteral("cpu"), cpu},
        {QStringLiteral("nproc"), QThread::idealThreadCount()},
        {QStringLiteral("memory"),
         commandOutput(QStringLiteral("awk '/MemTotal/{printf \"%.1f GiB\", $2/1048576}' "
                                      "/proc/meminfo"))},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("os"), QStringLiteral("%1 (Debian %2)")
                                   .arg(QSysInfo::prettyProductName(),
                                        commandOutput(QStringLiteral("cat /etc/debian_version")))},
        {QStringLiteral("openssh"), commandOutput(QStringLiteral("ssh -V 2>&1"))},
        {QStringLiteral("libssh"), QString::fromLatin1(ssh_version(0))},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("ansible"),
         commandOutput(QStringLiteral("ansible-playbook --version 2>/dev/null | head -n1"))},
        {QStringLiteral("ansible_package"),
         commandOutput(QStringLiteral("dpkg-query -W -f '${Version}' ansible 2>/dev/null"))},
        {QStringLiteral("ufw"), commandOutput(QStringLiteral("ufw version | head -n1"))},
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("loadavg_start"), loadAverage()},
        {QStringLiteral("code"),
         commandOutput(
             QStringLiteral("cd %1/../.. && c=$(git rev-parse --short HEAD 2>/dev/null) "
                            "&& { git diff --quiet HEAD 2>/dev/null && echo \"commit $c\" "
                            "|| echo \"commit $c + uncommitted changes\"; }")
                 .arg(QStringLiteral(STITCH_BENCH_SOURCE_DIR)))},
    };
}

// Round trips, counted by the server: a second sshd logging at DEBUG1 sees every connection
// and channel of every client, whatever library it uses.
void Benchmark::counts()
{
    const quint16 port = 2223;
    DebugSshd sshd(port);
    if (!sshd.started()) {
        m_notes << QStringLiteral("The DEBUG1 sshd did not start; no channel counts.");
        return;
    }
    const auto count = [&](const QString &key, const Tool &tool, bool apply) {
        m_server.restoreFresh();
        sshd.resetLog();
        const Sample s = tool();
        const ServerCounts c = sshd.counts();
        m_counts[key] = c;
        say(QStringLiteral("  %1: %2 connection(s), %3 session + %4 forward channels%5")
                .arg(key)
                .arg(c.connections)
                .arg(c.sessionChannels)
                .arg(c.forwardChannels)
                .arg(s.ok ? QString() : QStringLiteral(" (FAILED: %1)").arg(s.note)));
        QString why;
        if (apply && s.ok && !m_server.jobDone(&why))
            say(QStringLiteral("  %1 did not do the job: %2").arg(key, why));
    };
    say(QStringLiteral("Counting connections and channels (sshd DEBUG1 log, port %1)").arg(port));
    count(
        QStringLiteral("stitch_apply"),
        [&] { return stitchCli(m_fixture, QStringLiteral("apply"), port); }, false);
    count(
        QStringLiteral("stitch_check"),
        [&] { return stitchCli(m_fixture, QStringLiteral("check"), port); }, false);
    count(
        QStringLiteral("floor"), [&] { return floorSsh(m_fixture, port); }, false);
    if (m_options.ansible) {
        count(
            QStringLiteral("ansible_favourable"),
            [&] { return ansiblePlaybook(m_fixture, port, true, 900); }, false);
        count(
            QStringLiteral("ansible_stock"),
            [&] { return ansiblePlaybook(m_fixture, port, false, 901); }, false);
    }
    // What SetupRunner::remoteCommands() reports (the admin connection only).
    for (const bool apply : {false, true}) {
        m_server.restoreFresh();
        const InProcessRun r = stitchInProcess(m_fixture, apply, port);
        m_adminChannels[apply ? QStringLiteral("apply") : QStringLiteral("check")] =
            r.remoteCommands;
    }
}

void Benchmark::loopback()
{
    const quint16 port = sandbox::sshPort();
    say(QStringLiteral("Full apply on loopback, %1 runs (Ansible: %2)")
            .arg(m_options.runs)
            .arg(m_options.ansible ? m_options.ansibleRuns : 0));
    for (int i = 0; i < m_options.runs; ++i) {
        series(QStringLiteral("apply/stitch"),
               timedApply([&] { return stitchCli(m_fixture, QStringLiteral("apply"), port); }));
        series(QStringLiteral("apply/floor"),
               timedApply([&] { return floorSsh(m_fixture, port); }));
        if (m_options.ansible && i < m_options.ansibleRuns) {
            series(QStringLiteral("apply/ansible_favourable"),
                   timedApply([&] { return ansiblePlaybook(m_fixture, port, true, 100 + i); }));
            series(QStringLiteral("apply/ansible_stock"),
                   timedApply([&] { return ansiblePlaybook(m_fixture, port, false, 200 + i); }));
        }
        m_server.restoreFresh();
        series(QStringLiteral("check/stitch"), stitchCli(m_fixture, QStringLiteral("check"), port));
        say(QStringLiteral("  run %1: stitch %2, floor %3, check %4%5")
                .arg(i + 1)
                .arg(
                    fmtMs(m_series[QStringLiteral("apply/stitch")].last().ms),
                    fmtMs(m_series[QStringLiteral("apply/floor")].last().ms),
                    fmtMs(m_series[QStringLiteral("check/stitch")].last().ms),
                    m_options.ansible && i < m_options.ansibleRuns
                        ? QStringLiteral(", ansible %1 / %2")
                              .arg(fmtMs(m_series[QStringLiteral("apply/ansible_favourable")]
                                             .last()
                                             .ms),
                                   fmtMs(m_series[QStringLiteral("apply/ansible_stock")].last().ms))
                        : QString()));
    }
    // Where the time goes, from SetupRunner in this process (one run each).
    m_server.restoreFresh();
    m_breakdown[QStringLiteral("apply/loopback")] = stitchInProcess(m_fixture, true, port);
    m_server.restoreFresh();
    m_breakdown[QStringLiteral("check/loopback")] = stitchInProcess(m_fixture, false, port);
    m_server.restoreFresh();
    m_applyClicks[QStringLiteral("loopback")] = applyClickInProcess(m_fixture, port);
}

void Benchmark::throughProxies()
{
    // Three proxies in front of the same sshd: 0 ms (the same path, no delay: the baseline, since
    // stitch-tunnel also allows the port it connected to), 50 ms each way (the figure),
    // and 250 ms each way, where latency dwarfs the noise of server-side work, for the count of
    // round trips: (t250 − t0) ÷ 500 ms.
    std::map<QString, std::unique_ptr<testsupport::TcpProxy>> proxies;
    for (const auto &[tag, delay] : {std::pair<QString, int>{QStringLiteral("p0"), 0},
                                     std::pair<QString, int>{QStringLiteral("p50"), 50},
                                     std::pair<QString, int>{QStringLiteral("p250"), 250}}) {
        testsupport::TcpProxyOptions o;
        o.delayMs = delay;
        proxies[tag] = std::make_unique<testsupport::TcpProxy>(sandbox::sshPort(), o);
        if (!proxies[tag]->listening()) {
            m_notes << QStringLiteral("The TCP proxies did not start; no RTT figures.");
            return;
        }
    }
    say(QStringLiteral("Through the proxy: 0, 50 and 250 ms each way, %1 runs")
            .arg(m_options.proxyRuns));
    for (int i = 0; i < m_options.proxyRuns; ++i) {
        for (const QString &tag :
             {QStringLiteral("p0"), QStringLiteral("p50"), QStringLiteral("p250")}) {
            const quint16 port = proxies[tag]->port();
            series(QStringLiteral("apply/stitch/") + tag,
                   timedApply([&] { return stitchCli(m_fixture, QStringLiteral("apply"), port); }));
            series(QStringLiteral("apply/floor/") + tag,
                   timedApply([&] { return floorSsh(m_fixture, port); }));
            m_server.restoreFresh();
            series(QStringLiteral("check/stitch/") + tag,
                   stitchCli(m_fixture, QStringLiteral("check"), port));
            if (m_options.ansible && i < std::min(m_options.ansibleRuns, 2)) {
                series(QStringLiteral("apply/ansible_favourable/") + tag,
                       timedApply([&] { return ansiblePlaybook(m_fixture, port, true, 300 + i); }));
            }
        }
        const auto last = [&](const char *key) {
            return fmtMs(m_series[QLatin1String(key)].last().ms);
        };
        say(QStringLiteral("  run %1: stitch %2 / %3 / %4, floor %5 / %6 / %7, check %8 / %9 / "
                           "%10")
                .arg(i + 1)
                .arg(last("apply/stitch/p0"), last("apply/stitch/p50"), last("apply/stitch/p250"),
                     last("apply/floor/p0"), last("apply/floor/p50"), last("apply/floor/p250"),
                     last("check/stitch/p0"), last("check/stitch/p50"), last("check/stitch/p250")));
    }
    for (const QString &tag : {QStringLiteral("p0"), QStringLiteral("p50")}) {
        m_server.restoreFresh();
        m_breakdown[QStringLiteral("apply/") + tag] =
            stitchInProcess(m_fixture, true, proxies[tag]->port());
        m_server.restoreFresh();
        m_breakdown[QStringLiteral("check/") + tag] =
            stitchInProcess(m_fixture, false, proxies[tag]->port());
    }
    m_server.restoreFresh();
    m_applyClicks[QStringLiteral("p50")] =
        applyClickInProcess(m_fixture, proxies[QStringLiteral("p50")]->port());
}

void Benchmark::scale()
{
    const struct
    {
        const char *name;
        int keys;
        int rules;
    } cases[] = {{"small", 1, 0}, {"large", 10000, 1000}};
    for (const auto &c : cases) {
        QString why;
        const QString name = QLatin1String(c.name);
        if (!m_server.makeScaleState(name, c.keys, c.rules, &why)) {
            m_notes << QStringLiteral("Scale case %1 not prepared: %2").arg(name, why);
            say(m_notes.last());
            continue;
        }
        say(QStringLiteral("Scale, %1: user exists with %2 authorized_keys line(s), %3 extra "
                           "ufw rules, %4 runs")
                .arg(name)
                .arg(c.keys)
                .arg(c.rules)
                .arg(m_options.runs));
        for (int i = 0; i < m_options.runs; ++i) {
            m_server.restoreScale(name);
            Sample s = stitchCli(m_fixture, QStringLiteral("apply"), sandbox::sshPort());
            if (s.ok && !m_server.jobDone(&why)) {
                s.ok = false;
                s.note = why;
            }
            series(QStringLiteral("scale/") + name, s);
            m_server.restoreScale(name);
            series(QStringLiteral("scale/check/") + name,
                   stitchCli(m_fixture, QStringLiteral("check"), sandbox::sshPort()));
            say(QStringLiteral("  run %1: apply %2, check %3%4")
                    .arg(i + 1)
                    .arg(fmtMs(s.ms),
                         fmtMs(m_series[QStringLiteral("scale/check/") + name].last().ms),
                         s.ok ? QString() : QStringLiteral(" FAILED: ") + s.note));
        }
        m_server.restoreScale(name);
        m_breakdown[QStringLiteral("scale/") + name] =
            stitchInProcess(m_fixture, true, sandbox::sshPort());
        // The firewall tool alone, for reference: one `ufw allow` of a new rule.
        m_server.restoreScale(name);
        QVector<Sample> ufw;
        for (int i = 0; i < 3; ++i) {
            const ProcessRun r = sh(
                QStringLiteral("ufw allow proto tcp from 198.51.100.%1 to any port 2222 >/dev/null")
                    .arg(i + 1));
            ufw << Sample{r.ms, r.exitCode == 0, {}};
        }
        m_series[QStringLiteral("scale/ufw_allow/") + name] = ufw;
    }
    m_server.restoreFresh();
}

void Benchmark::wizard()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        m_notes << QStringLiteral("No DISPLAY: wizard figures skipped (run-benchmarks.sh starts "
                                  "Xvfb).");
        return;
    }
    say(QStringLiteral("Wizard: cold start to first paint, %1 runs").arg(m_options.runs));
    QVector<Sample> paint;
    QVector<double> idleRss;
    for (int i = 0; i < m_options.runs; ++i) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("QT_PLUGIN_PATH"), QStringLiteral(STITCH_BENCH_PROBE_DIR));
        env.insert(QStringLiteral("QT_STYLE_OVERRIDE"), QStringLiteral("stitchbenchprobe"));
        env.insert(QStringLiteral("STITCH_BENCH_EXIT_AFTER_PAINT_MS"), QStringLiteral("1000"));
        env.insert(QStringLiteral("STITCH_BENCH_T0_NS"), QString::number(monotonicNs()));
        const ProcessRun r = runProcess(QStringLiteral(STITCH_WIZARD_PATH), {}, {}, env, 30000);
        Sample s;
        const auto valueOf = [](const QByteArray &line, const QByteArray &key) {
            const qsizetype at = line.indexOf(key + '=');
            return at < 0 ? QByteArray() : line.mid(at + key.size() + 1).split(' ').value(0);
        };
        for (const QByteArray &line : r.err.split('\n')) {
            if (line.startsWith("stitch-bench-probe: first_paint_ms="))
                s.ms = valueOf(line, "first_paint_ms").toDouble(&s.ok);
            else if (line.startsWith("stitch-bench-probe: exit "))
                idleRss << valueOf(line, "vmhwm_kb").toDouble();
        }
        if (!s.ok)
            s.note = QString::fromUtf8(r.err.right(400));
        paint << s;
        say(QStringLiteral("  run %1: first paint %2%3")
                .arg(i + 1)
                .arg(fmtMs(s.ms), s.ok ? QString() : QStringLiteral(" FAILED: ") + s.note));
    }
    m_series[QStringLiteral("wizard/first_paint")] = paint;
    m_gui.insert(QStringLiteral("idle_vmhwm_kb"), idleRss.isEmpty() ? -1 : medianOf(idleRss));

    say(QStringLiteral("Wizard: event-loop gaps while check + apply run through the 50 ms proxy, "
                       "%1 runs")
            .arg(m_options.runs));
    QJsonArray stalls;
    for (int i = 0; i < m_options.runs; ++i) {
        m_server.restoreFresh();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        const ProcessRun r = runProcess(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--gui-stall"), QStringLiteral("50"), m_fixture.stitchKeyFile}, {}, env,
            300000);
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
        stalls.append(o);
        m_series[QStringLiteral("wizard/gui_stall_runs")].append(Sample{
            o.value(QStringLiteral("apply_ms")).toDouble(), o.value(QStringLiteral("ok")).toBool(),
            o.value(QStringLiteral("error")).toString()});
        say(QStringLiteral("  run %1: max gap while busy %2 ms (%3), peak RSS %4 MiB%5")
                .arg(i + 1)
                .arg(o.value(QStringLiteral("max_gap_busy_ms")).toDouble(), 0, 'f', 1)
                .arg(o.value(QStringLiteral("max_gap_busy_phase")).toString())
                .arg(o.value(QStringLiteral("vmhwm_kb")).toDouble() / 1024, 0, 'f', 1)
                .arg(o.value(QStringLiteral("ok")).toBool()
                         ? QString()
                         : QStringLiteral(" FAILED: ") +
                               o.value(QStringLiteral("error")).toString() +
                               QString::fromUtf8(r.err.right(300))));
    }
    m_gui.insert(QStringLiteral("stall_runs"), stalls);
}

int Benchmark::run()
{
    QString why;
    if (!m_fixture.prepare(&why) || !m_server.makeFreshBaseline(&why)) {
        say(QStringLiteral("setup failed: ") + why);
        return 1;
    }
    const auto wanted = [&](const char *section) {
        return m_options.only.isEmpty() || m_options.only.contains(QLatin1String(section));
    };
    machine();
    if (wanted("counts"))
        counts();
    if (wanted("loopback"))
        loopback();
    if (wanted("proxy"))
        throughProxies();
    if (m_options.scale && wanted("scale"))
        scale();
    if (m_options.gui && wanted("wizard"))
        wizard();

    m_machine.insert(QStringLiteral("loadavg_end"), loadAverage());
    QJsonObject series;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        series.insert(it.key(), toJson(it.value()));
    QJsonObject counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        counts.insert(it.key(),
                      QJsonObject{{QStringLiteral("connections"), it->connections},
                                  {QStringLiteral("session_channels"), it->sessionChannels},
                                  {QStringLiteral("forward_channels"), it->forwardChannels},
                                  {QStringLiteral("exec_requests"), it->execRequests}});
    QJsonObject breakdown;
    for (auto it = m_breakdown.cbegin(); it != m_breakdown.cend(); ++it) {
        QJsonArray phases;
        for (const Phase &p : it->phases)
            phases.append(
                QJsonObject{{QStringLiteral("label"), p.label}, {QStringLiteral("ms"), p.ms}});
        breakdown.insert(it.key(),
                         QJsonObject{{QStringLiteral("ok"), it->ok},
                                     {QStringLiteral("error"), it->error},
                                     {QStringLiteral("total_ms"), it->totalMs},
                                     {QStringLiteral("remote_commands"), it->remoteCommands},
                                     {QStringLiteral("phases"), phases}});
    }
    const QJsonObject all{{QStringLiteral("machine"), m_machine},
                          {QStringLiteral("series"), series},
                          {QStringLiteral("server_counts"), counts},
                          {QStringLiteral("breakdown"), breakdown},
                          {QStringLiteral("wizard"), m_gui},
                          {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)}};
    const QString md = markdown();
    if (!m_options.jsonFile.isEmpty()) {
        QFile f(m_options.jsonFile);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(all).toJson());
    }
    if (!m_options.markdownFile.isEmpty()) {
        QFile f(m_options.markdownFile);
        if (f.open(QIODevice::WriteOnly))
            f.write(md.toUtf8());
    }
    std::fputs(md.toUtf8().constData(), stdout);
    int failures = 0;
    for (const QVector<Sample> &s : m_series)
        failures += statsOf(s).failures;
    return failures == 0 ? 0 : 2;
}

QString Benchmark::markdown() const
{
    QString md;
    QTextStream t(&md);
    const auto cell = [&](const QString &key) {
        const Stats s = stats(key);
        if (s.runs == 0)
            return QStringLiteral("—");
        QString text = fmtMs(s.median);
        if (s.failures)
            text += QStringLiteral(" (%1 of %2 failed)").arg(s.failures).arg(s.runs);
        return text;
    };
    const auto range = [&](const QString &key) {
        const Stats s = stats(key);
        return s.runs - s.failures > 1 ? QStringLiteral("%1–%2").arg(fmtMs(s.min), fmtMs(s.max))
                                       : QStringLiteral("—");
    };
    const auto channels = [&](const QString &key) {
        if (!m_counts.contains(key))
            return QStringLiteral("—");
        const ServerCounts &c = m_counts[key];
        QString text = QString::number(c.channels());
        if (c.forwardChannels)
            text += QStringLiteral(" (%1 command%2 + %3 tunnel%4)")
                        .arg(c.sessionChannels)
                        .arg(c.sessionChannels == 1 ? QString() : QStringLiteral("s"))
                        .arg(c.forwardChannels)
                        .arg(c.forwardChannels == 1 ? QString() : QStringLiteral("s"));
        return text;
    };
    const auto connections = [&](const QString &key) {
        return m_counts.contains(key) ? QString::number(m_counts[key].connections)
                                      : QStringLiteral("—");
    };
    const double floorMs = median(QStringLiteral("apply/floor"));
    const double stitchMs = median(QStringLiteral("apply/stitch"));
    const auto vsFloor = [&](const QString &key) {
        return floorMs > 0 && median(key) > 0 ? fmtRatio(median(key) / floorMs)
                                              : QStringLiteral("—");
    };

    const QJsonObject &m = m_machine;
    t << "Machine: " << m.value(QStringLiteral("cpu")).toString() << ", "
      << m.value(QStringLiteral("nproc")).toInt() << " cores (nproc), "
      << m.value(QStringLiteral("memory")).toString() << " RAM; "
      << m.value(QStringLiteral("os")).toString() << ", kernel "
      << m.value(QStringLiteral("kernel")).toString() << ".  \n"
      << "Software: " << m.value(QStringLiteral("openssh")).toString() << "; libssh "
      << m.value(QStringLiteral("libssh")).toString() << "; Qt "
      << m.value(QStringLiteral("qt")).toString() << "; "
      << m.value(QStringLiteral("ansible")).toString() << " (Debian package ansible "
      << m.value(QStringLiteral("ansible_package")).toString() << "); "
      << m.value(QStringLiteral("ufw")).toString() << ".  \n"
      << "Code: " << m.value(QStringLiteral("code")).toString() << ", Release build.  \n"
      << "Run: " << m.value(QStringLiteral("date")).toString() << "; medians of " << m_options.runs
      << " runs (Ansible " << m_options.ansibleRuns << ", proxy " << m_options.proxyRuns
      << "); load average (1/5/15 min) " << m.value(QStringLiteral("loadavg_start")).toString()
      << " at the start, " << m.value(QStringLiteral("loadavg_end")).toString()
      << " at the end.\n\n";

    t << "### 1. Full apply + verify on loopback\n\n"
      << "| Tool | Does | Median | Range | vs floor | Stitch is faster by | SSH connections | "
         "Channels (server-side) |\n"
      << "|---|---|---:|---:|---:|---:|---:|---:|\n";
    const auto row = [&](const QString &name, const QString &does, const QString &key,
                         const QString &countKey) {
        const double ms = median(key);
        t << "| " << name << " | " << does << " | " << cell(key) << " | " << range(key) << " | "
          << vsFloor(key) << " | "
          << (key == QLatin1String("apply/stitch") || stitchMs <= 0 || ms <= 0
                  ? QStringLiteral("—")
                  : fmtRatio(ms / stitchMs))
          << " | " << connections(countKey) << " | " << channels(countKey) << " |\n";
    };
    row(QStringLiteral("`stitch-tunnel apply`"),
        QStringLiteral("steps 1+4, verify all five steps, DB handshake, end-to-end self-test"),
        QStringLiteral("apply/stitch"), QStringLiteral("stitch_apply"));
    row(QStringLiteral("Floor: guide's commands, one `ssh`"),
        QStringLiteral("steps 1+4, no checks"), QStringLiteral("apply/floor"),
        QStringLiteral("floor"));
    if (m_options.ansible) {
        row(QStringLiteral("Ansible, favourable (no facts, pipelining)"),
            QStringLiteral("steps 1+4"), QStringLiteral("apply/ansible_favourable"),
            QStringLiteral("ansible_favourable"));
        row(QStringLiteral("Ansible, stock defaults (facts, no pipelining)"),
            QStringLiteral("steps 1+4"), QStringLiteral("apply/ansible_stock"),
            QStringLiteral("ansible_stock"));
    }
    t << "\n";

    t << "### 2. Round trips through a TCP proxy adding latency\n\n"
      << "The 50 ms proxy adds 50 ms each way (RTT 100 ms). *Wall in RTTs* = wall time through "
         "it ÷ 100 ms; it includes the server's own work. *Same work* = (loopback time + "
         "time through 50 ms − time through 0 ms) ÷ 100 ms: the loopback run plus what the "
         "latency adds, taking out what the proxy itself costs. *Round trips waited* = (time "
         "through a 250 ms-each-way proxy − time "
         "through a 0 ms proxy) ÷ 500 ms: only the waits on the network.\n\n"
      << "| Tool | 0 ms proxy | 50 ms proxy | Wall in RTTs (50 ms) | … same work as on loopback "
         "| 250 ms proxy | Round trips waited |\n"
      << "|---|---:|---:|---:|---:|---:|---:|\n";
    const auto rttRow = [&](const QString &name, const QString &key) {
        const double loop = median(key);
        const double a0 = median(key + QStringLiteral("/p0"));
        const double b50 = median(key + QStringLiteral("/p50"));
        const double c250 = median(key + QStringLiteral("/p250"));
        if (a0 <= 0 || b50 <= 0)
            return;
        t << "| " << name << " | " << cell(key + QStringLiteral("/p0")) << " | "
          << cell(key + QStringLiteral("/p50")) << " | " << QString::number(b50 / 100, 'f', 1)
          << " | "
          << (loop > 0 ? QString::number((loop + b50 - a0) / 100, 'f', 1) : QStringLiteral("—"))
          << " | " << cell(key + QStringLiteral("/p250")) << " | "
          << (c250 > 0 ? QString::number((c250 - a0) / 500, 'f', 1) : QStringLiteral("—"))
          << " |\n";
    };
    rttRow(QStringLiteral("`stitch-tunnel apply`"), QStringLiteral("apply/stitch"));
    rttRow(QStringLiteral("`stitch-tunnel check`"), QStringLiteral("check/stitch"));
    rttRow(QStringLiteral("Floor (one `ssh`)"), QStringLiteral("apply/floor"));
    rttRow(QStringLiteral("Ansible, favourable"), QStringLiteral("apply/ansible_favourable"));
    t << "\n";

    t << "### 3. check alone (read-only)\n\n"
      << "| | Loopback | Through 50 ms proxy | SSH connections | Channels (server-side) | "
         "`remoteCommands()` |\n"
      << "|---|---:|---:|---:|---:|---:|\n"
      << "| `stitch-tunnel check` | " << cell(QStringLiteral("check/stitch")) << " | "
      << cell(QStringLiteral("check/stitch/p50")) << " | "
      << connections(QStringLiteral("stitch_check")) << " | "
      << channels(QStringLiteral("stitch_check")) << " | "
      << m_adminChannels.value(QStringLiteral("check"), -1) << " |\n"
      << "| `stitch-tunnel apply` (for comparison) | " << cell(QStringLiteral("apply/stitch"))
      << " | " << cell(QStringLiteral("apply/stitch/p50")) << " | "
      << connections(QStringLiteral("stitch_apply")) << " | "
      << channels(QStringLiteral("stitch_apply")) << " | "
      << m_adminChannels.value(QStringLiteral("apply"), -1) << " |\n\n";

    t << "### The wizard's Apply click: re-check, confirm, apply the confirmed plan\n\n"
      << "Apply reuses the check's facts (its locked script proves them on the server first), "
         "so the click waits for one privileged round trip fewer than when apply probed "
         "again: the probe's, shown here.\n\n"
      << "| | Re-check | Confirmed apply | Privileged round trips (before: +1) | Probe round "
         "trip saved |\n|---|---:|---:|---:|---:|\n";
    for (const QString &k : {QStringLiteral("loopback"), QStringLiteral("p50")}) {
        const ApplyClickRun r = m_applyClicks.value(k);
        t << "| " << (k == QLatin1String("p50") ? "Through 50 ms proxy" : "Loopback") << " | "
          << (r.ok ? fmtMs(r.checkMs) : QStringLiteral("failed: ") + r.error) << " | "
          << fmtMs(r.applyMs) << " | " << r.privilegedRoundTrips << " | " << fmtMs(r.probeMs)
          << " |\n";
    }
    t << "\n";

    t << "### Where Stitch's time goes (SetupRunner in-process, one run each)\n\n";
    const QStringList keys{QStringLiteral("apply/loopback"), QStringLiteral("apply/p0"),
                           QStringLiteral("apply/p50"),      QStringLiteral("check/loopback"),
                           QStringLiteral("check/p0"),       QStringLiteral("check/p50")};
    t << "| Phase |";
    for (const QString &k : keys)
        t << " " << k << " |";
    t << "\n|---|";
    for (int i = 0; i < keys.size(); ++i)
        t << "---:|";
    t << "\n";
    QStringList labels;
    for (const QString &k : keys)
        for (const Phase &p : m_breakdown.value(k).phases)
            if (!labels.contains(p.label))
                labels << p.label;
    for (const QString &label : labels) {
        t << "| " << label << " |";
        for (const QString &k : keys) {
            QString v = QStringLiteral("—");
            for (const Phase &p : m_breakdown.value(k).phases)
                if (p.label == label)
                    v = fmtMs(p.ms);
            t << " " << v << " |";
        }
        t << "\n";
    }
    t << "| **Total** |";
    for (const QString &k : keys)
        t << " **" << fmtMs(m_breakdown.value(k).totalMs) << "** |";
    t << "\n\n";

    double stallMax = -1, stallMedian = -1, rssMax = -1;
    QJsonObject stallWorst; // the longest gap of all runs, with its GUI CPU time
    double p99Max = -1;
    double cpuMax = -1; // the longest the GUI thread itself worked without a break
    QMap<QString, QJsonObject> phaseWorst;
    QJsonObject longestDelivery; // the longest single event handled on the GUI thread
    int stallRuns = 0;
    if (m_options.gui && m_gui.contains(QStringLiteral("stall_runs"))) {
        QVector<double> maxima;
        for (const QJsonValue &v : m_gui.value(QStringLiteral("stall_runs")).toArray()) {
            const QJsonObject o = v.toObject();
            if (!o.value(QStringLiteral("ok")).toBool())
                continue;
            ++stallRuns;
            const double g = o.value(QStringLiteral("max_gap_busy_ms")).toDouble();
            maxima << g;
            p99Max = std::max(p99Max, o.value(QStringLiteral("p99_gap_busy_ms")).toDouble());
            for (const QJsonValue &gap : o.value(QStringLiteral("longest_gaps")).toArray()) {
                if (gap.toObject().value(QStringLiteral("busy")).toBool() &&
                    gap.toObject().value(QStringLiteral("ms")).toDouble() > stallMax) {
                    stallMax = gap.toObject().value(QStringLiteral("ms")).toDouble();
                    stallWorst = gap.toObject();
                }
            }
            stallMax = std::max(stallMax, g);
            rssMax = std::max(rssMax, o.value(QStringLiteral("vmhwm_kb")).toDouble() / 1024);
            cpuMax =
                std::max(cpuMax, o.value(QStringLiteral("max_gui_cpu_in_a_gap_ms")).toDouble());
            for (const QJsonValue &d :
                 o.value(QStringLiteral("longest_event_deliveries")).toArray()) {
                const QString phase = d.toObject().value(QStringLiteral("phase")).toString();
                if ((phase == QLatin1String("connect") || phase == QLatin1String("check") ||
                     phase == QLatin1String("apply")) &&
                    d.toObject().value(QStringLiteral("ms")).toDouble() >
                        longestDelivery.value(QStringLiteral("ms")).toDouble())
                    longestDelivery = d.toObject();
            }
            const QJsonObject phases = o.value(QStringLiteral("max_gap_busy_by_phase")).toObject();
            for (auto it = phases.begin(); it != phases.end(); ++it) {
                const QJsonObject gap = it.value().toObject();
                if (gap.value(QStringLiteral("ms")).toDouble() >
                    phaseWorst.value(it.key()).value(QStringLiteral("ms")).toDouble())
                    phaseWorst[it.key()] = gap;
            }
        }
        stallMedian = maxima.isEmpty() ? -1 : medianOf(maxima);
        t << "### 4. Wizard (Xvfb)\n\n"
          << "| Figure | Value |\n|---|---:|\n"
          << "| Cold start to first painted page (median; process start → main window painted) | "
          << cell(QStringLiteral("wizard/first_paint")) << " |\n"
          << "| … range | " << range(QStringLiteral("wizard/first_paint")) << " |\n"
          << "| Peak RSS, first page shown (VmHWM) | "
          << QString::number(m_gui.value(QStringLiteral("idle_vmhwm_kb")).toDouble() / 1024, 'f', 1)
          << " MiB |\n"
          << "| Peak RSS after connect + check + apply + self-test through the 50 ms proxy "
             "(VmHWM, max of "
          << stallRuns << " runs) | " << QString::number(rssMax, 'f', 1) << " MiB |\n"
          << "| Longest event-loop gap while remote work runs (max of " << stallRuns
          << " runs; 5 ms timer) | " << QString::number(stallMax, 'f', 1) << " ms |\n"
          << "| … in that gap: GUI-thread CPU time, time runnable but waiting for a core; phase; "
             "last worker signal before it; what the thread was doing (1 ms samples: running, "
             "or the system call it slept in) | "
          << QString::number(stallWorst.value(QStringLiteral("gui_cpu_ms")).toDouble(), 'f', 1)
          << " ms, "
          << QString::number(stallWorst.value(QStringLiteral("wait_for_cpu_ms")).toDouble(), 'f', 1)
          << " ms; " << stallWorst.value(QStringLiteral("phase")).toString() << "; "
          << stallWorst.value(QStringLiteral("after")).toString() << "; GUI thread sampled as "
          << stallWorst.value(QStringLiteral("gui_thread_state")).toString() << " |\n"
          << "| … median of the runs' longest gaps; worst 99th percentile | "
          << QString::number(stallMedian, 'f', 1) << " ms; " << QString::number(p99Max, 'f', 1)
          << " ms |\n";
        const auto phaseRow = [&](const char *phase, const char *what) {
            const QJsonObject gap = phaseWorst.value(QLatin1String(phase));
            if (gap.isEmpty())
                return;
            t << "| … " << what << " | "
              << QString::number(gap.value(QStringLiteral("ms")).toDouble(), 'f', 1)
              << " ms (GUI CPU "
              << QString::number(gap.value(QStringLiteral("gui_cpu_ms")).toDouble(), 'f', 1)
              << " ms, waiting for a core "
              << QString::number(gap.value(QStringLiteral("wait_for_cpu_ms")).toDouble(), 'f', 1)
              << " ms; " << gap.value(QStringLiteral("gui_thread_state")).toString() << ") |\n";
        };
        phaseRow("connect", "longest gap while connecting (includes the page change to step 1 "
                            "and its first check)");
        phaseRow("check", "longest gap during a check (remote work only)");
        phaseRow("apply", "longest gap during apply + self-test (remote work only)");
        t << "| Longest stretch of GUI-thread CPU inside one gap (our own code, not waiting for a "
             "core) | "
          << QString::number(cpuMax, 'f', 1) << " ms |\n"
          << "| Longest single event handled on the GUI thread during remote work; what | "
          << QString::number(longestDelivery.value(QStringLiteral("ms")).toDouble(), 'f', 1)
          << " ms; " << longestDelivery.value(QStringLiteral("what")).toString() << " ("
          << longestDelivery.value(QStringLiteral("phase")).toString() << ") |\n\n";
    }

    if (m_options.scale) {
        t << "### 5. Scale: authorized_keys with 10 000 lines, ufw with 1 000 rules\n\n"
          << "| Server state | `apply` median | Range | `check` median | one `ufw allow` "
             "(reference) |\n"
          << "|---|---:|---:|---:|---:|\n"
          << "| user exists, 1 key, ufw with 1 rule | " << cell(QStringLiteral("scale/small"))
          << " | " << range(QStringLiteral("scale/small")) << " | "
          << cell(QStringLiteral("scale/check/small")) << " | "
          << cell(QStringLiteral("scale/ufw_allow/small")) << " |\n"
          << "| user exists, 10 000 keys, ufw with 1 001 rules | "
          << cell(QStringLiteral("scale/large")) << " | " << range(QStringLiteral("scale/large"))
          << " | " << cell(QStringLiteral("scale/check/large")) << " | "
          << cell(QStringLiteral("scale/ufw_allow/large")) << " |\n";
        const double s = median(QStringLiteral("scale/small"));
        const double l = median(QStringLiteral("scale/large"));
        if (s > 0 && l > 0)
            t << "| **large ÷ small** | **" << fmtRatio(l / s) << "** | | "
              << fmtRatio(median(QStringLiteral("scale/check/large")) /
                          median(QStringLiteral("scale/check/small")))
              << " | "
              << fmtRatio(median(QStringLiteral("scale/ufw_allow/large")) /
                          median(QStringLiteral("scale/ufw_allow/small")))
              << " |\n";
        t << "\n";
    }

    // Targets.
    const auto mark = [](bool met) {
        return met ? QStringLiteral("met") : QStringLiteral("**missed**");
    };
    t << "### Targets\n\n| Target | Measured | |\n|---|---:|---|\n";
    if (floorMs > 0 && stitchMs > 0)
        t << "| Full apply+verify ≤ 2× the floor (loopback) | " << fmtRatio(stitchMs / floorMs)
          << " | " << mark(stitchMs / floorMs <= 2) << " |\n";
    for (const auto &[key, name] :
         {std::pair<QString, QString>{QStringLiteral("apply/ansible_favourable"),
                                      QStringLiteral("favourable")},
          std::pair<QString, QString>{QStringLiteral("apply/ansible_stock"),
                                      QStringLiteral("stock")}}) {
        const double a = median(key);
        if (a > 0 && stitchMs > 0)
            t << "| ≥ 20× faster than the Ansible playbook (" << name << ") | "
              << fmtRatio(a / stitchMs) << " | " << mark(a / stitchMs >= 20) << " |\n";
    }
    if (m_counts.contains(QStringLiteral("stitch_check")))
        t << "| check ≤ 4 remote commands (channels, server-side) | "
          << m_counts[QStringLiteral("stitch_check")].channels() << " | "
          << mark(m_counts[QStringLiteral("stitch_check")].channels() <= 4) << " |\n";
    if (m_counts.contains(QStringLiteral("stitch_apply")))
        t << "| apply + verify + self-test ≤ 8 (channels, both connections, server-side) | "
          << m_counts[QStringLiteral("stitch_apply")].channels() << " | "
          << mark(m_counts[QStringLiteral("stitch_apply")].channels() <= 8) << " |\n";
    const double p50 = median(QStringLiteral("apply/stitch/p50"));
    const double p0 = median(QStringLiteral("apply/stitch/p0"));
    const double p250 = median(QStringLiteral("apply/stitch/p250"));
    if (p50 > 0)
        t << "| Full apply through the 50 ms proxy within 20 RTTs (wall ÷ 100 ms) | "
          << QString::number(p50 / 100, 'f', 1) << " | " << mark(p50 / 100 <= 20) << " |\n";
    if (p50 > 0 && p0 > 0 && stitchMs > 0)
        t << "| … the same work as on loopback (4 ufw rules), (loopback + 50 ms − 0 ms) ÷ 100 ms "
             "| "
          << QString::number((stitchMs + p50 - p0) / 100, 'f', 1) << " | "
          << mark((stitchMs + p50 - p0) / 100 <= 20) << " |\n";
    if (p250 > 0 && p0 > 0)
        t << "| … round trips waited, (250 ms proxy − 0 ms proxy) ÷ 500 ms | "
          << QString::number((p250 - p0) / 500, 'f', 1) << " | " << mark((p250 - p0) / 500 <= 20)
          << " |\n";
    const double paintMs = median(QStringLiteral("wizard/first_paint"));
    if (paintMs > 0)
        t << "| Wizard first page painted ≤ 0.5 s from process start | " << fmtMs(paintMs) << " | "
          << mark(paintMs <= 500) << " |\n";
    if (rssMax > 0)
        t << "| Peak RSS ≤ 120 MB | " << QString::number(rssMax * 1.048576, 'f', 1) << " MB | "
          << mark(rssMax * 1.048576 <= 120) << " |\n";
    if (stallMax >= 0)
        t << "| No event-loop stall over 50 ms during remote work | "
          << QString::number(stallMax, 'f', 1) << " ms | " << mark(stallMax <= 50) << " |\n";
    if (m_options.scale) {
        const double s = median(QStringLiteral("scale/small"));
        const double l = median(QStringLiteral("scale/large"));
        if (s > 0 && l > 0)
            t << "| 10 000 keys / 1 000 rules ≤ 2× slower than small | " << fmtRatio(l / s) << " | "
              << mark(l / s <= 2) << " |\n";
    }
    t << "\n";
    for (const QString &n : m_notes)
        t << "Note: " << n << "\n";
    return md;
}

int runBenchmarks(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto value = [&] {
            return args.value(++i);
        };
        if (a == QLatin1String("--runs"))
            o.runs = std::max(1, value().toInt());
        else if (a == QLatin1String("--proxy-runs"))
            o.proxyRuns = std::max(1, value().toInt());
        else if (a == QLatin1String("--ansible-runs"))
            o.ansibleRuns = std::max(1, value().toInt());
        else if (a == QLatin1String("--skip-ansible"))
            o.ansible = false;
        else if (a == QLatin1String("--skip-gui"))
            o.gui = false;
        else if (a == QLatin1String("--skip-scale"))
            o.scale = false;
        else if (a == QLatin1String("--only"))
            o.only = value().split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("--json"))
            o.jsonFile = value();
        else if (a == QLatin1String("--markdown"))
            o.markdownFile = value();
        else {
            std::fprintf(stderr,
                         "stitch_bench: unknown argument %s (see the top of "
                         "tests/bench/stitch_bench.cpp)\n",
                         qPrintable(a));
            return 2;
        }
    }
    if (!sandbox::available()) {
        std::fprintf(stderr, "stitch_bench: run it inside the sandbox: "
                             "tests/bench/run-benchmarks.sh\n");
        return 2;
    }
    Benchmark benchmark(o);
    return benchmark.run();
}

} // namespace

} // namespace bench

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--gui-stall") == 0)
            return bench::runGuiStall(argc, argv);
    }
    return bench::runBenchmarks(argc, argv);
}
