#include "status_icons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>
#include <QPointer>

#include <array>

// Resources of a static library must be registered by hand, outside any namespace.
static void initWizardResources()
{
    Q_INIT_RESOURCE(wizard_resources);
}

namespace stitch::wizard {

namespace {

QColor colorOf(IconKind kind)
{
    switch (kind) {
    case IconKind::Pass:
        return {0x2e, 0x7d, 0x32};
    case IconKind::Warn:
        return {0xe6, 0x9b, 0x00};
    case IconKind::Fail:
        return {0xc6, 0x28, 0x28};
    case IconKind::Info:
        break;
    }
    return {0x15, 0x65, 0xc0};
}

// Drawn stand-ins for when Qt's SVG plugin is not installed.
QIcon paintedIcon(IconKind kind)
{
    QPixmap pixmap(kStatusIconSize * 2, kStatusIconSize * 2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(2, 2);
    p.setPen(Qt::NoPen);
    p.setBrush(colorOf(kind));
    if (kind == IconKind::Warn) {
        const QPointF triangle[] = {{8, 1}, {15.5, 14.5}, {0.5, 14.5}};
        p.drawPolygon(triangle, 3);
    } else {
        p.drawEllipse(QRectF(1, 1, 14, 14));
    }
    QPen pen(kind == IconKind::Warn ? QColor(0x1f, 0x1f, 0x1f) : QColor(Qt::white), 2);
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    switch (kind) {
    case IconKind::Pass:
        p.drawPolyline(QPolygonF({{4.5, 8.2}, {7, 10.7}, {11.5, 5.5}}));
        break;
    case IconKind::Fail:
        p.drawLine(QPointF(5.3, 5.3), QPointF(10.7, 10.7));
        p.drawLine(QPointF(10.7, 5.3), QPointF(5.3, 10.7));
        break;
    case IconKind::Warn:
        p.drawLine(QPointF(8, 5.5), QPointF(8, 9.5));
        p.drawPoint(QPointF(8, 12.3));
        break;
    case IconKind::Info:
        p.drawLine(QPointF(8, 7.3), QPointF(8, 11.5));
        p.drawPoint(QPointF(8, 4.6));
        break;
    }
    p.end();
    return QIcon(pixmap);
}

QIcon loadIcon(IconKind kind)
{
    static const char *const names[] = {"pass", "warn", "fail", "info"};
    QIcon svg(
        QStringLiteral(":/icons/%1.svg").arg(QLatin1String(names[static_cast<std::size_t>(kind)])));
    if (!svg.pixmap(kStatusIconSize, kStatusIconSize).isNull())
        return svg;
    return paintedIcon(kind);
}

// Loaded once per application (and released with it): parsing the SVG again for every finding
// of every refresh showed up as event-loop stalls while results arrived.
class IconCache : public QObject
{
public:
    using QObject::QObject;
    std::array<QIcon, 4> icons;
};

} // namespace

void loadWizardResources()
{
    static const bool loaded = (initWizardResources(), true);
    Q_UNUSED(loaded)
}

QIcon statusIcon(IconKind kind)
{
    static QPointer<IconCache> cache;
    if (!cache) {
        loadWizardResources();
        cache = new IconCache(qApp); // owned by the application object
        for (IconKind k : {IconKind::Pass, IconKind::Warn, IconKind::Fail, IconKind::Info})
            cache->icons[static_cast<std::size_t>(k)] = loadIcon(k);
    }
    return cache->icons[static_cast<std::size_t>(kind)];
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return statusIcon(IconKind::Pass);
    case Severity::Warn:
        return statusIcon(IconKind::Warn);
    case Severity::Fail:
        return statusIcon(IconKind::Fail);
    }
    return statusIcon(IconKind::Info);
}

bool isNote(const Finding &finding)
{
    return finding.code.endsWith(QLatin1String(".hint")) ||
           (finding.severity == Severity::Pass &&
            (!finding.fix.isEmpty() || !finding.remedy.isNone()));
}

QIcon findingIcon(const Finding &finding)
{
    if (isNote(finding))
        return statusIcon(IconKind::Info);
    return severityIcon(finding.severity);
}

} // namespace stitch::wizard
