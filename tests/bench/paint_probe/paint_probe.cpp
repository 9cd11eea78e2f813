// A Qt style plugin that measures the real stitch-tunnel-wizard binary without changing it:
// started with QT_PLUGIN_PATH pointing here and QT_STYLE_OVERRIDE=stitchbenchprobe, Qt loads it
// as the application style (a QProxyStyle over Fusion, Qt's default style on Linux, so the
// window looks and lays out the same). It watches the application's events and, once the main
// window has been painted and flushed, prints
//   stitch-bench-probe: first_paint_ms=<since STITCH_BENCH_T0_NS> vmhwm_kb=<peak RSS>
// to stderr; with STITCH_BENCH_EXIT_AFTER_PAINT_MS it then quits the application.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStylePlugin>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

QByteArray procStatusValue(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0);
    }
    return {};
}

class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QObject *parent) : QObject(parent) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (qobject_cast<QMainWindow *>(widget->window()) && widget->window()->isVisible()) {
                m_seen = true;
                // The whole window is painted and flushed to the screen within this event
                // delivery; a zero timer runs right after it.
                QTimer::singleShot(0, this, &PaintWatcher::report);
            }
        }
        return false;
    }

private:
    void report()
    {
        const qint64 now = monotonicNs();
        const qint64 t0 = qEnvironmentVariable("STITCH_BENCH_T0_NS").toLongLong();
        std::fprintf(stderr, "stitch-bench-probe: first_paint_ms=%.1f vmhwm_kb=%s\n",
                     t0 > 0 ? static_cast<double>(now - t0) / 1e6 : -1.0,
                     procStatusValue("VmHWM:").constData());
        std::fflush(stderr);
        bool ok = false;
        const int exitAfter = qEnvironmentVariableIntValue("STITCH_BENCH_EXIT_AFTER_PAINT_MS", &ok);
        if (ok) {
            QTimer::singleShot(exitAfter, qApp, [] {
                std::fprintf(stderr, "stitch-bench-probe: exit vmhwm_kb=%s\n",
                             procStatusValue("VmHWM:").constData());
                std::fflush(stderr);
                QCoreApplication::exit(0);
            });
        }
    }

    bool m_seen = false;
};

class ProbeStyle : public QProxyStyle
{
public:
    ProbeStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void polish(QApplication *app) override
    {
        QProxyStyle::polish(app);
        if (!m_watcher)
            m_watcher = new PaintWatcher(app);
        app->installEventFilter(m_watcher);
    }

private:
    PaintWatcher *m_watcher = nullptr;
};

} // namespace

class StitchBenchProbePlugin : public QStylePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QStyleFactoryInterface_iid FILE "paint_probe.json")
public:
    QStyle *create(const QString &key) override
    {
        return key.compare(QLatin1String("stitchbenchprobe"), Qt::CaseInsensitive) == 0
                   ? new ProbeStyle
                   : nullptr;
    }
};

#include "paint_probe.moc"
