#include "findings_view.h"

#include "remedy_text.h"
#include "setup/change_sentences.h"
#include "status_icons.h"
#include "widget_helpers.h"

#include <QAction>
#include <QApplication>
#include <QPainter>
#include <QResizeEvent>
#include <QStyledItemDelegate>

namespace stitch::wizard {

namespace {

constexpr int kFixRole = Qt::UserRole + 1;
constexpr int kCodeRole = Qt::UserRole + 2;
constexpr int kPadding = 6;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * amountOfB),
                            static_cast<float>(a.greenF() * keep + b.greenF() * amountOfB),
                            static_cast<float>(a.blueF() * keep + b.blueF() * amountOfB));
}

// One finding: icon, the message, and the fix on a second line in a quieter colour. Both wrap
// to the list's width, so nothing is ever cut off.
class FindingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // Background and selection only; the text is drawn below.
        opt.text.clear();
        opt.icon = QIcon();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const Parts parts = layout(option, index, option.rect.width());
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text =
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor base =
            option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);

        painter->save();
        const QIcon decoration = index.data(Qt::DecorationRole).value<QIcon>();
        decoration.paint(painter, parts.icon.translated(option.rect.topLeft()));
        painter->setFont(option.font);
        painter->setPen(text);
        painter->drawText(parts.message.translated(option.rect.topLeft()), kTextFlags,
                          index.data(Qt::DisplayRole).toString());
        if (!parts.fix.isEmpty()) {
            painter->setPen(mix(text, base, 0.28));
            painter->drawText(parts.fix.translated(option.rect.topLeft()), kTextFlags,
                              fixLine(index));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int width = option.rect.width();
        if (const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget))
            width = view->viewport()->width();
        const Parts parts = layout(option, index, width);
        return {width, parts.height};
    }

private:
    static constexpr int kTextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

    struct Parts
    {
        QRect icon;
        QRect message;
        QRect fix;
        int height = 0;
    };

    static QString fixLine(const QModelIndex &index)
    {
        const QString fix = index.data(kFixRole).toString();
        return fix.isEmpty() ? QString() : FindingsView::tr("Fix: %1").arg(fix);
    }

    static Parts layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width)
    {
        Parts parts;
        const QFontMetrics fm(option.font);
        const int left = kPadding + kStatusIconSize + kPadding;
        const int textWidth = qMax(80, width - left - kPadding);
        parts.icon = QRect(kPadding, kPadding + qMax(0, (fm.height() - kStatusIconSize) / 2),
                           kStatusIconSize, kStatusIconSize);
        const QRect bounds(0, 0, textWidth, 1 << 20);
        QRect message = fm.boundingRect(bounds, kTextFlags, index.data(Qt::DisplayRole).toString());
        parts.message = QRect(left, kPadding, textWidth, message.height());
        int bottom = parts.message.bottom();
        const QString fix = fixLine(index);
        if (!fix.isEmpty()) {
            const QRect fixBounds = fm.boundingRect(bounds, kTextFlags, fix);
            parts.fix = QRect(left, bottom + 1 + 2, textWidth, fixBounds.height());
            bottom = parts.fix.bottom();
        }
        parts.height = qMax(bottom + 1, parts.icon.bottom() + 1) + kPadding;
        return parts;
    }
};

QString severityWord(const Finding &finding)
{
    if (isNote(finding))
        return FindingsView::tr("Note");
    switch (finding.severity) {
    case Severity::Pass:
        return FindingsView::tr("Passed");
    case Severity::Warn:
        return FindingsView::tr("Warning");
    case Severity::Fail:
        return FindingsView::tr("Problem");
    }
    return {};
}

} // namespace

FindingsView::FindingsView(QWidget *parent, FixWording fixWording)
    : QListWidget(parent), m_fixWording(std::move(fixWording))
{
    if (!m_fixWording)
        m_fixWording = [](const Finding &f) {
            return wizard::fixText(f);
        };
    setObjectName(QStringLiteral("findingsList"));
    setAccessibleName(tr("Findings"));
    setItemDelegate(new FindingDelegate(this));
    setWordWrap(true);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As high as its findings: the page scrolls, never a box inside it.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        if (const QListWidgetItem *item = currentItem())
            copyToClipboard(item->data(Qt::AccessibleTextRole).toString());
    });
    addAction(copy);
}

void FindingsView::showResult(const StepResult &result)
{
    clear();
    for (const Finding &f : result.findings) {
        const QString fix = m_fixWording(f);
        // What the server's script changed, said as a sentence in the user's language.
        const QString message = setup::findingSentence(f);
        auto *item = new QListWidgetItem(findingIcon(f), message, this);
        item->setData(kFixRole, fix);
        item->setData(kCodeRole, f.code);
        const QString spoken = fix.isEmpty()
                                   ? tr("%1: %2").arg(severityWord(f), message)
                                   : tr("%1: %2 Fix: %3").arg(severityWord(f), message, fix);
        item->setData(Qt::AccessibleTextRole, spoken);
        item->setToolTip(spoken);
    }
    updateGeometry();
}

int FindingsView::contentHeight() const
{
    int content = 0;
    for (int row = 0; row < count(); ++row)
        content += sizeHintForRow(row);
    // A little slack, so that rounding never brings up a scroll bar.
    return qMax(fontMetrics().lineSpacing() * 2, content + 2 * frameWidth() + 2);
}

QSize FindingsView::sizeHint() const
{
    return {QListWidget::sizeHint().width(), contentHeight()};
}

QSize FindingsView::minimumSizeHint() const
{
    return {QListWidget::minimumSizeHint().width(), contentHeight()};
}

void FindingsView::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    // The findings wrap to the width: at another width they need another height.
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}

} // namespace stitch::wizard
