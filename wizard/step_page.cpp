#include "step_page.h"

#include "remedy_text.h"

#include "session/setup_session.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

// Resources of a static library must be registered by hand, outside any namespace.
static void initWizardResources()
{
    Q_INIT_RESOURCE(wizard_resources);
}

namespace stitch::wizard {

namespace {

constexpr int kFixRole = Qt::UserRole + 1;
constexpr int kCodeRole = Qt::UserRole + 2;
constexpr int kIconSize = 16;
constexpr int kPadding = 6;

enum class IconKind
{
    Pass,
    Warn,
    Fail,
    Info
};

// Drawn stand-ins for when Qt's SVG plugin is not installed.
QIcon paintedIcon(IconKind kind)
{
    QPixmap pixmap(kIconSize * 2, kIconSize * 2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(2, 2);
    QColor color;
    switch (kind) {
    case IconKind::Pass:
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case IconKind::Warn:
        color = QColor(0xe6, 0x9b, 0x00);
        break;
    case IconKind::Fail:
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case IconKind::Info:
        color = QColor(0x15, 0x65, 0xc0);
        break;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(color);
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
    QString name;
    switch (kind) {
    case IconKind::Pass:
        name = QStringLiteral("pass");
        break;
    case IconKind::Warn:
        name = QStringLiteral("warn");
        break;
    case IconKind::Fail:
        name = QStringLiteral("fail");
        break;
    case IconKind::Info:
        name = QStringLiteral("info");
        break;
    }
    QIcon svg(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!svg.pixmap(kIconSize, kIconSize).isNull())
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

QIcon icon(IconKind kind)
{
    static QPointer<IconCache> cache;
    if (!cache) {
        cache = new IconCache(qApp); // owned by the application object
        for (IconKind k : {IconKind::Pass, IconKind::Warn, IconKind::Fail, IconKind::Info})
            cache->icons[static_cast<std::size_t>(k)] = loadIcon(k);
    }
    return cache->icons[static_cast<std::size_t>(kind)];
}

IconKind iconFor(const Finding &finding)
{
    if (finding.code.endsWith(QLatin1String(".hint")))
        return IconKind::Info;
    switch (finding.severity) {
    case Severity::Pass:
        return IconKind::Pass;
    case Severity::Warn:
        return IconKind::Warn;
    case Severity::Fail:
        return IconKind::Fail;
    }
    return IconKind::Info;
}

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
        return fix.isEmpty() ? QString() : StepPage::tr("Fix: %1").arg(fix);
    }

    static Parts layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width)
    {
        Parts parts;
        const QFontMetrics fm(option.font);
        const int left = kPadding + kIconSize + kPadding;
        const int textWidth = qMax(80, width - left - kPadding);
        parts.icon = QRect(kPadding, kPadding + qMax(0, (fm.height() - kIconSize) / 2), kIconSize,
                           kIconSize);
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

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return StepPage::tr("Passed");
    case Severity::Warn:
        return StepPage::tr("Warning");
    case Severity::Fail:
        return StepPage::tr("Problem");
    }
    return {};
}

} // namespace

StepPage::StepPage(StepId step, SetupSession &session, setup::SetupWorker &worker, QWidget *parent)
    : QWizardPage(parent), m_step(step), m_session(session), m_worker(worker)
{
    static const bool resourcesLoaded = (initWizardResources(), true);
    Q_UNUSED(resourcesLoaded)

    auto *layout = new QVBoxLayout(this);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAccessibleName(tr("What this step does"));
    layout->addWidget(m_explanation);
    layout->addSpacing(4);

    m_topLayout = new QVBoxLayout;
    m_topLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_topLayout);

    // The server parts: status, findings, commands.
    m_serverParts = new QWidget(this);
    m_serverParts->setObjectName(QStringLiteral("serverParts"));
    auto *serverLayout = new QVBoxLayout(m_serverParts);
    serverLayout->setContentsMargins(0, 0, 0, 0);

    auto *statusRow = new QHBoxLayout;
    m_statusIcon = new QLabel(m_serverParts);
    m_statusIcon->setObjectName(QStringLiteral("statusIcon"));
    m_statusIcon->setFixedSize(kIconSize, kIconSize);
    m_statusLabel = new QLabel(m_serverParts);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Step status"));
    m_statusLabel->setWordWrap(true);
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_statusLabel, 1);
    serverLayout->addLayout(statusRow);

    m_findings = new QListWidget(m_serverParts);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setItemDelegate(new FindingDelegate(m_findings));
    m_findings->setWordWrap(true);
    m_findings->setUniformItemSizes(false);
    m_findings->setResizeMode(QListView::Adjust);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setMinimumHeight(90);
    m_findings->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyFinding = new QAction(tr("Copy"), m_findings);
    copyFinding->setShortcut(QKeySequence::Copy);
    copyFinding->setShortcutContext(Qt::WidgetShortcut);
    connect(copyFinding, &QAction::triggered, this, [this] {
        if (const QListWidgetItem *item = m_findings->currentItem())
            copyToClipboard(item->data(Qt::AccessibleTextRole).toString());
    });
    m_findings->addAction(copyFinding);
    serverLayout->addWidget(m_findings, 1);

    m_showCommands = new QToolButton(m_serverParts);
    m_showCommands->setObjectName(QStringLiteral("showCommandsButton"));
    m_showCommands->setText(tr("Show the exact commands"));
    m_showCommands->setAccessibleName(tr("Show the exact commands"));
    m_showCommands->setCheckable(true);
    m_showCommands->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showCommands->setArrowType(Qt::RightArrow);
    m_showCommands->setAutoRaise(true);
    serverLayout->addWidget(m_showCommands, 0, Qt::AlignLeft);

    m_commandsPanel = new QWidget(m_serverParts);
    m_commandsPanel->setObjectName(QStringLiteral("commandsPanel"));
    auto *commandsLayout = new QVBoxLayout(m_commandsPanel);
    commandsLayout->setContentsMargins(0, 0, 0, 0);
    m_commandsView = makeCodeView(QStringLiteral("commandsView"), tr("Commands"), m_commandsPanel);
    m_commandsView->setMinimumHeight(m_commandsView->fontMetrics().lineSpacing() * 6);
    commandsLayout->addWidget(m_commandsView, 1);
    m_copyCommands = new QPushButton(tr("Copy"), m_commandsPanel);
    m_copyCommands->setObjectName(QStringLiteral("copyCommandsButton"));
    m_copyCommands->setAccessibleName(tr("Copy the commands"));
    commandsLayout->addWidget(m_copyCommands, 0, Qt::AlignRight);
    m_commandsPanel->setVisible(false);
    serverLayout->addWidget(m_commandsPanel, 1);
    connect(m_showCommands, &QToolButton::toggled, this, [this](bool on) {
        m_showCommands->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_commandsPanel->setVisible(on);
    });
    connect(m_copyCommands, &QPushButton::clicked, this,
            [this] { copyToClipboard(m_commandsView->toPlainText()); });
    layout->addWidget(m_serverParts, 1);

    m_bottomLayout = new QVBoxLayout;
    m_bottomLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_bottomLayout);

    m_acknowledge = new QCheckBox(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeCheckBox"));
    m_acknowledge->setAccessibleName(tr("Continue despite the warnings"));
    m_acknowledge->setVisible(false);
    connect(m_acknowledge, &QCheckBox::toggled, this, [this](bool on) {
        m_acknowledgedCodes = on ? openCodes() : QSet<QString>();
        emit completeChanged();
    });
    layout->addWidget(m_acknowledge);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setVisible(false);
    layout->addWidget(m_errorLabel);

    m_busyRow = new QWidget(this);
    m_busyRow->setObjectName(QStringLiteral("busyRow"));
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    m_busyIndicator = new QProgressBar(m_busyRow);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(160);
    m_busyLabel = new QLabel(m_busyRow);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setAccessibleName(tr("Progress"));
    m_busyLabel->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), m_busyRow);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the running operation"));
    busyLayout->addWidget(m_busyIndicator);
    busyLayout->addWidget(m_busyLabel, 1);
    busyLayout->addWidget(m_cancel);
    m_busyRow->setVisible(false);
    // The first Cancel lets a change that is under way finish (the server never ends half
    // done) and removes the self-test key; a second one stops at once.
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_confirmAfterCheck = false;
        if (m_cancelAsked) {
            m_cancel->setEnabled(false);
            m_busyLabel->setText(tr("Cancelling…"));
        } else {
            m_cancelAsked = true;
            m_busyLabel->setText(tr("Stopping safely… (Cancel again to stop at once)"));
        }
        m_worker.cancel();
    });
    layout->addWidget(m_busyRow);

    auto *buttons = new QHBoxLayout;
    m_buttonLayout = buttons;
    buttons->addStretch(1);
    m_check = new QPushButton(tr("Check again"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setAccessibleName(tr("Check again"));
    m_apply = new QPushButton(tr("Apply changes…"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setAccessibleName(tr("Apply changes"));
    m_apply->setVisible(false);
    buttons->addWidget(m_check);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    connect(m_check, &QPushButton::clicked, this, [this] { startCheck(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { requestApply(); });

    connect(&m_session, &SetupSession::stepResultChanged, this, &StepPage::onStepResultChanged);
    connect(&m_worker, &setup::SetupWorker::busyChanged, this, &StepPage::onBusyChanged);
    connect(&m_worker, &setup::SetupWorker::progress, this,
            [this](const QString &message) { m_busyLabel->setText(message); });
    connect(&m_worker, &setup::SetupWorker::finished, this, &StepPage::onFinished);

    showResult();
    StepPage::refresh();
}

const StepResult &StepPage::result() const
{
    return m_session.stepResult(m_step);
}

void StepPage::setExplanation(const QString &text)
{
    m_explanation->setText(text);
}

void StepPage::setApplyAvailable(bool available)
{
    m_applyAvailable = available;
    m_apply->setVisible(available && m_serverPartsVisible);
}

void StepPage::setCheckAvailable(bool available)
{
    m_checkAvailable = available;
    m_check->setVisible(available && m_serverPartsVisible);
}

void StepPage::setServerPartsVisible(bool visible)
{
    m_serverPartsVisible = visible;
    m_serverParts->setVisible(visible);
    m_check->setVisible(visible && m_checkAvailable);
    m_apply->setVisible(visible && m_applyAvailable);
}

void StepPage::initializePage()
{
    reload();
    if (m_autoCheck && m_serverPartsVisible && result().status == StepStatus::NotChecked &&
        !isBusy())
        startCheck();
}

void StepPage::cleanupPage()
{
    // Deliberately empty: Back keeps what the user chose on this page.
}

bool StepPage::isComplete() const
{
    if (isBusy())
        return false;
    switch (result().status) {
    case StepStatus::Pass:
    case StepStatus::Changed:
        return true;
    default:
        break;
    }
    return acknowledgeable() && m_acknowledge->isChecked();
}

setup::RunOptions StepPage::runOptions() const
{
    setup::RunOptions options;
    if (wizard()) {
        options.enableFirewall = field(QStringLiteral("enableFirewall")).toBool();
        options.keyFromStitchOnly = field(QStringLiteral("keyFromStitchOnly")).toBool();
        options.adoptExistingUser = field(QStringLiteral("adoptExistingUser")).toBool();
    }
    return options;
}

bool StepPage::canApply(QString *why) const
{
    if (m_session.choices().publicKey.trimmed().isEmpty()) {
        if (why)
            *why = tr("Applying needs the Stitch public key (step 3).");
        return false;
    }
    return true;
}

bool StepPage::acknowledgeable() const
{
    const StepStatus status = result().status;
    return status == StepStatus::Warn || status == StepStatus::Skipped;
}

QString StepPage::acknowledgeText() const
{
    return tr("I understand the warnings above; continue anyway");
}

void StepPage::reload()
{
    showResult();
    refresh();
}

void StepPage::refresh()
{
    const bool busy = isBusy();
    const StepStatus status = result().status;
    QString text;
    IconKind kind = IconKind::Info;
    switch (status) {
    case StepStatus::NotChecked:
        text = busy ? tr("Checking…") : tr("Not checked yet.");
        break;
    case StepStatus::Pass:
        text = tr("Done: everything in this step is in place.");
        kind = IconKind::Pass;
        break;
    case StepStatus::Changed:
        text = tr("Changed and verified.");
        kind = IconKind::Pass;
        break;
    case StepStatus::Warn:
        text = tr("Works, with warnings. Read them before you continue.");
        kind = IconKind::Warn;
        break;
    case StepStatus::Fail:
        text = m_applyAvailable ? tr("Needs attention: apply the changes, or fix the items "
                                     "marked in red and check again.")
                                : tr("Needs attention: fix the items marked in red, then check "
                                     "again.");
        kind = IconKind::Fail;
        break;
    case StepStatus::Skipped:
        text = tr("Skipped.");
        break;
    }
    m_statusLabel->setText(text);
    m_statusIcon->setPixmap(icon(kind).pixmap(kIconSize, kIconSize));

    // The acknowledgement stays only while no new problem has appeared since it was given.
    const bool showAcknowledge = m_serverPartsVisible && acknowledgeable();
    const QSet<QString> open = openCodes();
    const bool stillAcknowledged = m_acknowledge->isChecked() && showAcknowledge &&
                                   !open.isEmpty() && m_acknowledgedCodes.contains(open);
    {
        const QSignalBlocker blocker(m_acknowledge);
        m_acknowledge->setChecked(stillAcknowledged);
        if (!stillAcknowledged)
            m_acknowledgedCodes.clear();
    }
    m_acknowledge->setText(acknowledgeText());
    m_acknowledge->setVisible(showAcknowledge);

    m_busyRow->setVisible(busy);
    if (busy && m_busyLabel->text().isEmpty())
        m_busyLabel->setText(tr("Working…"));
    m_check->setEnabled(!busy && canStart());
    QString why;
    const bool applicable = canApply(&why);
    m_apply->setEnabled(!busy && canStart() && applicable);
    m_apply->setToolTip(applicable ? tr("Shows what will change and asks before changing "
                                        "anything.")
                                   : why);
    emit completeChanged();
}

void StepPage::showResult()
{
    const StepResult &r = result();
    m_findings->clear();
    for (const Finding &f : r.findings) {
        const QString fix = wizard::fixText(f);
        auto *item = new QListWidgetItem(icon(iconFor(f)), f.message, m_findings);
        item->setData(kFixRole, fix);
        item->setData(kCodeRole, f.code);
        const QString spoken =
            fix.isEmpty() ? tr("%1: %2").arg(severityWord(f.severity), f.message)
                          : tr("%1: %2 Fix: %3").arg(severityWord(f.severity), f.message, fix);
        item->setData(Qt::AccessibleTextRole, spoken);
        item->setToolTip(spoken);
    }
    updateCommands();
}

void StepPage::updateCommands()
{
    const QString commands = result().commands.join(QLatin1Char('\n')).trimmed();
    m_commandsView->setPlainText(commands);
    m_showCommands->setVisible(!commands.isEmpty());
    if (commands.isEmpty())
        m_showCommands->setChecked(false);
}

QSet<QString> StepPage::openCodes() const
{
    QSet<QString> codes;
    for (const Finding &f : result().findings) {
        if (f.severity != Severity::Pass)
            codes.insert(f.code);
    }
    if (codes.isEmpty() && result().status != StepStatus::Pass)
        codes.insert(stepStatusName(result().status));
    return codes;
}

void StepPage::onStepResultChanged(StepId id)
{
    if (id != m_step)
        return;
    showResult();
    refresh();
}

void StepPage::onBusyChanged(bool busy)
{
    if (busy) {
        m_cancel->setEnabled(true);
        m_cancelAsked = false;
        switch (m_worker.currentOperation()) {
        case setup::Operation::Connect:
            m_busyLabel->setText(tr("Connecting…"));
            break;
        case setup::Operation::Check:
            m_busyLabel->setText(tr("Checking the server…"));
            break;
        case setup::Operation::Apply:
            m_busyLabel->setText(tr("Applying the changes and verifying them…"));
            break;
        case setup::Operation::Remove:
            m_busyLabel->setText(tr("Removing…"));
            break;
        }
    }
    refresh();
}

void StepPage::onFinished(setup::Operation operation, bool ok, const Error &error)
{
    // `finished` comes after the worker went idle; while it is busy again, a newer operation
    // was started from an earlier receiver of this signal, and this one is not ours.
    if (!m_ownsOperation || m_worker.isBusy())
        return;
    m_ownsOperation = false;
    if (!ok) {
        m_confirmAfterCheck = false;
        if (error.code == ErrorCode::Cancelled)
            showError(tr("Cancelled. %1").arg(error.message).trimmed());
        else if (const QString fix = wizard::fixText(error); fix.isEmpty())
            showError(error.message);
        else
            showError(tr("%1\n%2").arg(error.message, fix));
    } else if (m_confirmAfterCheck && operation == setup::Operation::Check) {
        m_confirmAfterCheck = false;
        // After the signal has reached every page.
        QMetaObject::invokeMethod(this, &StepPage::showApplyConfirmation, Qt::QueuedConnection);
    }
    refresh();
}

void StepPage::startOperation(setup::Operation operation)
{
    if (isBusy() || !canStart() || !prepareOperation())
        return;
    showError({});
    m_ownsOperation = true;
    m_worker.start(operation, runOptions());
}

void StepPage::requestApply()
{
    if (isBusy() || !canApply(nullptr))
        return;
    // A fresh read-only check first, so that the preview shows what will really run.
    startOperation(setup::Operation::Check);
    m_confirmAfterCheck = m_ownsOperation;
}

void StepPage::showApplyConfirmation()
{
    QString why;
    if (isBusy() || !canApply(&why)) {
        showError(why);
        return;
    }
    const setup::RunOptions options = runOptions();
    QStringList changes;
    for (const StepId id : {StepId::Firewall, StepId::TunnelUser}) {
        for (const Finding &f : m_session.stepResult(id).findings) {
            if (f.severity == Severity::Fail)
                changes << QStringLiteral("• %1").arg(f.message);
        }
    }
    if (options.enableFirewall)
        changes << tr("• Turn on ufw, allowing your own address first (if no host firewall is "
                      "active).");
    if (options.keyFromStitchOnly)
        changes << tr("• Accept the Stitch key only from Stitch's addresses.");
    if (options.adoptExistingUser)
        changes << tr("• Use the existing account %1 for Stitch's tunnel.")
                       .arg(m_session.choices().tunnelUser);

    QString info = tr("The wizard runs the commands shown under \"Show Details\" with root "
                      "rights. They add only what is missing, then verify everything and run the "
                      "end-to-end self-test with a temporary key that is removed afterwards.");
    if (changes.isEmpty())
        info += tr("\n\nEverything already looks in place: applying verifies it again.");
    else
        info += tr("\n\nWhat will change:\n%1").arg(changes.join(QLatin1Char('\n')));

    QString details;
    const auto section = [&details](const QString &title, const QStringList &commands) {
        const QString text = commands.join(QLatin1Char('\n')).trimmed();
        details += QStringLiteral("# %1\n%2\n\n")
                       .arg(title, text.isEmpty() ? tr("# (nothing to change)") : text);
    };
    section(tr("Step 1: firewall"), m_session.stepResult(StepId::Firewall).commands);
    section(tr("Step 4: Stitch user and key"), m_session.stepResult(StepId::TunnelUser).commands);

    auto *box = new QMessageBox(QMessageBox::Question, tr("Apply changes"),
                                tr("Apply the changes on %1?").arg(m_session.connection().host),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("applyConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(info);
    box->setDetailedText(details.trimmed());
    // Scripts read best unwrapped in a fixed font, in a box wide enough for them.
    if (auto *detailsView = box->findChild<QTextEdit *>()) {
        detailsView->setObjectName(QStringLiteral("applyCommandsView"));
        detailsView->setAccessibleName(tr("Commands that will run"));
        detailsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        detailsView->setLineWrapMode(QTextEdit::NoWrap);
    }
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout())) {
        grid->addItem(new QSpacerItem(560, 0, QSizePolicy::Minimum, QSizePolicy::Expanding),
                      grid->rowCount(), 0, 1, grid->columnCount());
    }
    QPushButton *apply = box->addButton(tr("Apply changes"), QMessageBox::AcceptRole);
    apply->setObjectName(QStringLiteral("confirmApplyButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelApplyButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, apply] {
        if (box->clickedButton() == apply)
            startOperation(setup::Operation::Apply);
    });
    box->open();
}

void StepPage::showError(const QString &text)
{
    styleAsAlert(m_errorLabel);
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

QIcon StepPage::severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return icon(IconKind::Pass);
    case Severity::Warn:
        return icon(IconKind::Warn);
    case Severity::Fail:
        return icon(IconKind::Fail);
    }
    return icon(IconKind::Info);
}

void StepPage::styleAsAlert(QLabel *label)
{
    const QPalette inherited =
        label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette();
    const bool dark = inherited.color(QPalette::Window).lightness() < 128;
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(pal);
}

QPlainTextEdit *StepPage::makeCodeView(const QString &objectName, const QString &accessibleName,
                                       QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setTabChangesFocus(true);
    return view;
}

void StepPage::copyToClipboard(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

} // namespace stitch::wizard
