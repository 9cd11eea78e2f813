#include "gui_bench.h"

#include "bench_util.h"
#include "common/app_identity.h"
#include "integration/sandbox_env.h"
#include "main_window.h"
#include "model/setup_session.h"
#include "setup/setup_worker.h"
#include "setup_controller.h"
#include "support/fake_credential_store.h"
#include "support/tcp_proxy.h"
#include "tunnel_wizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace bench {

namespace {

using namespace stitch;

// Waits in a plain event loop (QTest::qWait sleeps 10 ms between passes, which the probe
// would see as gaps).
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return condition();
}

QWidget *topLevel(const char *name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String(name) && w->isVisible())
            return w;
    }
    return nullptr;
}

// Times every top-level event delivery on the GUI thread, to name what a long gap was spent on.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Delivery
    {
        double ms = 0;
        QString what;
        QString phase;
    };
    QString phase;
    QVector<Delivery> longest; // the five longest, longest first

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs on every thread that receives events (the worker's too): only the GUI
        // thread is timed.
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (longest.size() < 5 || ms > longest.last().ms) {
            Delivery d{
                ms,
                QStringLiteral("%1 \"%2\", event %3")
                    .arg(QLatin1String(receiver->metaObject()->className()), receiver->objectName())
                    .arg(type),
                phase};
            longest.append(d);
            std::sort(longest.begin(), longest.end(),
                      [](const Delivery &a, const Delivery &b) { return a.ms > b.ms; });
            if (longest.size() > 5)
                longest.removeLast();
        }
        return result;
    }

private:
    int m_depth = 0;
};

// A 5 ms precise timer on the GUI thread: a gap between two ticks is time the event loop could
// not run (painting, a slot that blocks, a busy-wait).
class StallProbe : public QObject
{
public:
    StallProbe(SetupSession &session, setup::SetupWorker &worker,
               wizard::SetupController &controller)
        : m_controller(controller)
    {
        // What the GUI thread was last told, to explain a gap.
        connect(&session, &SetupSession::resultsChanged, this, [this](const QList<StepId> &ids) {
            QStringList names;
            for (StepId id : ids)
                names << stepIdName(id);
            m_lastEvent = QStringLiteral("results ") + names.join(QLatin1Char(','));
        });
        connect(&session, &SetupSession::transcriptAppended, this,
                [this](const remote::TranscriptEntry &e) {
                    m_lastEvent = QStringLiteral("transcriptEntry ") + e.label;
                });
        connect(&worker, &setup::SetupWorker::progress, this,
                [this](const QString &m) { m_lastEvent = QStringLiteral("progress ") + m; });
        connect(&controller, &wizard::SetupController::busyChanged, this, [this](bool busy) {
            m_lastEvent = busy ? QStringLiteral("busy") : QStringLiteral("idle");
        });
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
        m_clock.start();
        m_last = 0;
        m_timer.start();
        // Every millisecond, what the GUI thread is doing according to the kernel: "running",
        // or the system call it sleeps in (poll: the event loop waiting; futex: a lock).
        const QString path =
            QStringLiteral("/proc/self/task/%1/syscall").arg(static_cast<qint64>(::gettid()));
        m_sampler = std::thread([this, path] {
            while (!m_stop.load()) {
                QFile f(path);
                QByteArray what =
                    f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0) : QByteArray("?");
                {
                    std::lock_guard<std::mutex> lock(m_samplesMutex);
                    m_samples.push_back({m_clock.nsecsElapsed(), what.trimmed()});
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
    }
    ~StallProbe() override
    {
        m_stop = true;
        m_sampler.join();
    }

    // "poll×20 running×3": the GUI thread's state during [fromNs, toNs].
    QString stateDuring(qint64 fromNs, qint64 toNs) const
    {
        static const QMap<QByteArray, QString> names{
            {"7", QStringLiteral("poll")},         {"271", QStringLiteral("ppoll")},
            {"202", QStringLiteral("futex")},      {"0", QStringLiteral("read")},
            {"1", QStringLiteral("write")},        {"20", QStringLiteral("writev")},
            {"47", QStringLiteral("recvmsg")},     {"46", QStringLiteral("sendmsg")},
            {"232", QStringLiteral("epoll_wait")}, {"230", QStringLiteral("clock_nanosleep")},
            {"running", QStringLiteral("running")}};
        QMap<QString, int> counts;
        std::lock_guard<std::mutex> lock(m_samplesMutex);
        for (const auto &[at, what] : m_samples) {
            if (at >= fromNs && at <= toNs)
                ++counts[names.value(what, QStringLiteral("syscall ") + QString::fromLatin1(what))];
        }
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1×%2").arg(it.key()).arg(it.value());
        return parts.join(QLatin1Char(' '));
    }
    void setPhase(const QString &phase)
    {
        m_phase = phase;
        static_cast<TimingApplication *>(QCoreApplication::instance())->phase = phase;
    }

    struct Gap
    {
        double ms;
        double cpuMs;  // CPU time the GUI thread used during the gap
        double waitMs; // time it was ready to run but waited for a core (schedstat)
        qint64 endNs;  // when the gap ended (m_clock)
        bool busy;
        QString phase;
        QString lastEvent;
    };
    const QVector<Gap> &gaps() const { return m_gaps; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const qint64 wait = runQueueWaitNs();
        const bool busy = m_controller.isBusy();
        m_gaps.append(Gap{static_cast<double>(now - m_last) / 1e6,
                          static_cast<double>(cpu - m_lastCpu) / 1e6,
                          static_cast<double>(wait - m_lastWait) / 1e6, now, busy || m_wasBusy,
                          m_phase, m_lastEvent});
        m_last = now;
        m_lastCpu = cpu;
        m_lastWait = wait;
        m_wasBusy = busy;
    }

    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<qint64>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
    }

    // Second field of /proc/thread-self/schedstat: nanoseconds spent runnable on a run queue.
    static qint64 runQueueWaitNs()
    {
        QFile f(QStringLiteral("/proc/thread-self/schedstat"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return f.readAll().split(' ').value(1).toLongLong();
    }

    const wizard::SetupController &m_controller;
    std::thread m_sampler;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_samplesMutex;
    std::vector<std::pair<qint64, QByteArray>> m_samples;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = threadCpuNs();
    qint64 m_lastWait = runQueueWaitNs();
    QString m_lastEvent;
    bool m_wasBusy = false;
    QString m_phase = QStringLiteral("start");
    QVector<Gap> m_gaps;
};

int fail(const QString &why)
{
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                  {QStringLiteral("error"), why}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return 1;
}

} // namespace

int runGuiStall(int argc, char **argv)
{
    TimingApplication app(argc, argv);
    setApplicationIdentity();
    const QStringList args = QCoreApplication::arguments();
    const int at = static_cast<int>(args.indexOf(QStringLiteral("--gui-stall")));
    const int delayMs = args.value(at + 1).toInt();
    QFile keyFile(args.value(at + 2));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no key file"));
    const QString key = QString::fromUtf8(keyFile.readAll()).trimmed();

    SetupSession session;
    setup::SetupWorker worker;
    wizard::SetupController controller(session, worker);
    test::FakeCredentialStore store; // the bench measures the GUI thread, not the system keychain
    wizard::MainWindow window(session, controller, store);
    QTemporaryDir scratch;
    ssh::ConnectionSettings c = session.connection();
    c.knownHostsFile = scratch.filePath(QStringLiteral("known_hosts"));
    c.useOpenSshKnownHosts = false;
    session.setConnection(c);
    testsupport::TcpProxyOptions proxyOptions;
    proxyOptions.delayMs = delayMs;
    testsupport::TcpProxy proxy(sandbox::sshPort(), proxyOptions);
    if (!proxy.listening())
        return fail(QStringLiteral("proxy not listening"));

    QElapsedTimer clock;
    clock.start();
    window.resize(1024, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("window not exposed"));
    StallProbe probe(session, worker, controller);
    wizard::TunnelWizard *wiz = window.tunnelWizard();
    const auto next = [&] {
        // click(), not a synthesized mouse click: the bench measures the event loop, not hit
        // areas, and a mouse click can miss a widget that is not laid out yet on a busy machine.
        wiz->button(QWizard::NextButton)->click();
    };
    const auto page = [&] {
        return wiz->currentPage();
    };

    probe.setPhase(QStringLiteral("welcome"));
    auto *dbHost = page()->findChild<QLineEdit *>(QStringLiteral("databaseHostEdit"));
    auto *dbPort = page()->findChild<QSpinBox *>(QStringLiteral("databasePortSpin"));
    if (!dbHost || !dbPort)
        return fail(QStringLiteral("welcome page: databaseHostEdit/databasePortSpin not found"));
    dbHost->clear();
    QTest::keyClicks(dbHost, QStringLiteral("127.0.0.1"));
    dbPort->setValue(sandbox::postgresPort());
    next();

    probe.setPhase(QStringLiteral("connect"));
    auto *host = page()->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    auto *port = page()->findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *login = page()->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *password = page()->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    if (!host || !port || !login || !password)
        return fail(QStringLiteral("connect page: fields not found"));
    host->clear();
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    port->setValue(proxy.port());
    login->clear();
    QTest::keyClicks(login, QStringLiteral("stitchadmin"));
    QTest::keyClicks(password,
                     QString::fromUtf8(sandbox::password(QStringLiteral("stitchadmin")).bytes()));
    QElapsedTimer connectClock;
    connectClock.start();
    next();
    if (!waitFor([] { return topLevel("hostKeyDialog") != nullptr; }, 60000))
        return fail(QStringLiteral("no host key dialog"));
    auto *once = topLevel("hostKeyDialog")
                     ->findChild<QAbstractButton *>(QStringLiteral("connectOnceButton"));
    if (!once)
        return fail(QStringLiteral("host key dialog: connectOnceButton not found"));
    once->click();
    if (!waitFor([&] { return wiz->currentId() == wizard::TunnelWizard::FirewallPageId; }, 60000)) {
        // Say what the window shows instead.
        QStringList shown;
        if (auto *status = page()->findChild<QLabel *>(QStringLiteral("statusLabel")))
            shown << QStringLiteral("status: ") + status->text();
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                shown << QStringLiteral("message box %1: %2 %3")
                             .arg(box->objectName(), box->text(), box->informativeText());
            else if (w->isVisible() && w != &window)
                shown << QStringLiteral("window %1 (%2)")
                             .arg(w->objectName(), QLatin1String(w->metaObject()->className()));
        }
        const QVector<remote::TranscriptEntry> entries = session.transcript().entries();
        if (!entries.isEmpty())
            shown << QStringLiteral("last remote command: %1 (exit %2) %3 %4")
                         .arg(entries.last().label)
                         .arg(entries.last().exitStatus)
                         .arg(entries.last().error, entries.last().stdErr.right(200));
        return fail(QStringLiteral("did not reach the firewall page (page %1, worker %2): %3")
                        .arg(wiz->currentId())
                        .arg(worker.isBusy() ? QStringLiteral("busy") : QStringLiteral("idle"))
                        .arg(shown.join(QStringLiteral("; "))));
    }
    // The firewall page checks the server on its own; let it finish.
    waitFor([&] { return false; }, 300);
    if (!waitFor([&] { return !worker.isBusy(); }, 60000))
        return fail(QStringLiteral("first check did not finish"));
    const double connectMs = static_cast<double>(connectClock.nsecsElapsed()) / 1e6;

    SetupChoices choices = session.choices();
    choices.publicKey = key;
    choices.tunnelUser = QStringLiteral("stitch");
    session.setChoices(choices);

    bool done = false;
    bool ok = true;
    QString error;
    QObject::connect(&controller, &wizard::SetupController::reportApplied, &app,
                     [&](const setup::OperationReport &report) {
                         done = true;
                         ok = ok && report.ok();
                         if (!report.ok())
                             error = report.error().oneLine();
                     });
    const auto runOperation = [&](setup::Operation op, const QString &phase) {
        waitFor([&] { return !controller.isBusy(); }, 60000);
        probe.setPhase(phase);
        done = false;
        QElapsedTimer opClock;
        opClock.start();
        controller.start(nullptr, op);
        waitFor([&] { return done; }, 120000);
        return static_cast<double>(opClock.nsecsElapsed()) / 1e6;
    };
    const double checkMs = runOperation(setup::Operation::Check, QStringLiteral("check"));
    const double applyMs = runOperation(setup::Operation::Apply, QStringLiteral("apply"));
    probe.setPhase(QStringLiteral("end"));
    waitFor([&] { return false; }, 200);

    double maxBusy = 0, maxAll = 0, maxCpu = 0, maxCpuWall = 0;
    QString maxBusyPhase, maxAllPhase;
    int over50 = 0, busyTicks = 0;
    QVector<double> busyGaps;
    QJsonObject byPhase;
    for (const StallProbe::Gap &g : probe.gaps()) {
        if (g.ms > maxAll) {
            maxAll = g.ms;
            maxAllPhase = g.phase;
        }
        if (g.busy) {
            if (g.cpuMs > maxCpu) {
                maxCpu = g.cpuMs;
                maxCpuWall = g.ms;
            }
            ++busyTicks;
            busyGaps << g.ms;
            if (g.ms > maxBusy) {
                maxBusy = g.ms;
                maxBusyPhase = g.phase;
            }
            if (g.ms > 50)
                ++over50;
            // Per phase: "connect" includes the page change to step 1 and its first check;
            // "check" and "apply" are remote work only, the window just shows the results.
            QJsonObject worst = byPhase.value(g.phase).toObject();
            if (g.ms > worst.value(QStringLiteral("ms")).toDouble())
                byPhase.insert(
                    g.phase, QJsonObject{{QStringLiteral("ms"), g.ms},
                                         {QStringLiteral("gui_cpu_ms"), g.cpuMs},
                                         {QStringLiteral("wait_for_cpu_ms"), g.waitMs},
                                         {QStringLiteral("gui_thread_state"),
                                          probe.stateDuring(
                                              g.endNs - static_cast<qint64>(g.ms * 1e6), g.endNs)},
                                         {QStringLiteral("after"), g.lastEvent}});
        }
    }
    std::sort(busyGaps.begin(), busyGaps.end());
    // The five longest gaps, with what the GUI thread did in them (CPU time) and the last
    // worker signal before: a gap with little CPU time is the thread waiting to be scheduled.
    QVector<StallProbe::Gap> longest = probe.gaps();
    std::sort(longest.begin(), longest.end(),
              [](const StallProbe::Gap &a, const StallProbe::Gap &b) { return a.ms > b.ms; });
    QJsonArray top;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, longest.size()); ++i)
        top.append(QJsonObject{
            {QStringLiteral("ms"), longest[i].ms},
            {QStringLiteral("gui_cpu_ms"), longest[i].cpuMs},
            {QStringLiteral("wait_for_cpu_ms"), longest[i].waitMs},
            {QStringLiteral("gui_thread_state"),
             probe.stateDuring(longest[i].endNs - static_cast<qint64>(longest[i].ms * 1e6),
                               longest[i].endNs)},
            {QStringLiteral("busy"), longest[i].busy},
            {QStringLiteral("phase"), longest[i].phase},
            {QStringLiteral("after"), longest[i].lastEvent}});
    QJsonArray deliveries;
    for (const TimingApplication::Delivery &d : app.longest)
        deliveries.append(QJsonObject{{QStringLiteral("ms"), d.ms},
                                      {QStringLiteral("what"), d.what},
                                      {QStringLiteral("phase"), d.phase}});
    const double p99 =
        busyGaps.isEmpty()
            ? 0
            : busyGaps[std::min<qsizetype>(busyGaps.size() - 1, busyGaps.size() * 99 / 100)];
    const QJsonObject out{
        {QStringLiteral("ok"), ok && session.stepResult(StepId::Finish).status != StepStatus::Fail},
        {QStringLiteral("error"), error},
        {QStringLiteral("delay_ms"), delayMs},
        {QStringLiteral("connect_and_first_check_ms"), connectMs},
        {QStringLiteral("check_ms"), checkMs},
        {QStringLiteral("apply_ms"), applyMs},
        {QStringLiteral("max_gap_busy_ms"), maxBusy},
        {QStringLiteral("max_gap_busy_phase"), maxBusyPhase},
        {QStringLiteral("p99_gap_busy_ms"), p99},
        {QStringLiteral("gaps_over_50ms_busy"), over50},
        {QStringLiteral("ticks_busy"), busyTicks},
        {QStringLiteral("max_gap_all_ms"), maxAll},
        {QStringLiteral("max_gap_all_phase"), maxAllPhase},
        {QStringLiteral("longest_gaps"), top},
        {QStringLiteral("longest_event_deliveries"), deliveries},
        {QStringLiteral("max_gap_busy_by_phase"), byPhase},
        {QStringLiteral("max_gui_cpu_in_a_gap_ms"), maxCpu},
        {QStringLiteral("max_gui_cpu_gap_wall_ms"), maxCpuWall},
        {QStringLiteral("vmhwm_kb"), peakRssKb()},
        {QStringLiteral("style"), QApplication::style()->name()},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("finish_status"),
         stepStatusName(session.stepResult(StepId::Finish).status)}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return ok ? 0 : 1;
}

} // namespace bench
