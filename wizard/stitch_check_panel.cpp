#include "stitch_check_panel.h"

#include "model/setup_session.h"
#include "remedy_text.h"
#include "session/credential_store.h"
#include "stitch_api/form_values.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stitch::wizard {

namespace {

// The keychain entry of the Connect API token (one per user account on this computer).
QString tokenKey()
{
    return QStringLiteral("https://api.stitchdata.com/connect-api-token");
}

} // namespace

StitchCheckPanel::StitchCheckPanel(SetupSession &session, CredentialStore &store, QWidget *parent)
    : QWidget(parent), m_session(session), m_store(store)
{
    setObjectName(QStringLiteral("stitchCheckPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Off unless asked for: folded, the page stays as it was.
    m_open = new QCheckBox(tr("Optional: Stitch's own connection check (Connect API token)"), this);
    m_open->setObjectName(QStringLiteral("stitchCheckBox"));
    outer->addWidget(m_open);
    m_body = new QGroupBox(this);
    outer->addWidget(m_body);
    auto *layout = new QVBoxLayout(m_body);
    auto *form = new QFormLayout;
    auto *tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(m_body);
    m_token->setObjectName(QStringLiteral("stitchTokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("ac_… (Advanced and Premium plans, and the trial)"));
    m_token->setAccessibleName(tr("Stitch Connect API token"));
    m_load = new QPushButton(tr("&Load sources"), m_body);
    m_load->setObjectName(QStringLiteral("stitchLoadSourcesButton"));
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_load);
    auto *tokenLabel = new QLabel(tr("API &token:"), m_body);
    tokenLabel->setBuddy(m_token); // the row is a layout: QFormLayout would not set the buddy
    form->addRow(tokenLabel, tokenRow);
    m_sourceBox = new QComboBox(m_body);
    m_sourceBox->setObjectName(QStringLiteral("stitchSourceCombo"));
    m_sourceBox->setAccessibleName(tr("Stitch source"));
    form->addRow(tr("S&ource:"), m_sourceBox);
    layout->addLayout(form);
    m_send = new QPushButton(tr("S&end the values to Stitch and wait for its check"), m_body);
    m_send->setObjectName(QStringLiteral("stitchSendButton"));
    layout->addWidget(m_send, 0, Qt::AlignLeft);
    m_status = new QLabel(m_body);
    m_status->setObjectName(QStringLiteral("stitchCheckStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_verdict = new QLabel(m_body);
    m_verdict->setObjectName(QStringLiteral("stitchVerdictLabel"));
    m_verdict->setAccessibleName(tr("Stitch's verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);
    m_status->setText(tr("Stitch's token stays in this computer's keychain; the token is used "
                         "only for Stitch's own Connect API."));
    m_verdict->hide();
    m_send->setEnabled(false);
    m_body->setVisible(false);
    connect(m_open, &QCheckBox::toggled, this, [this](bool open) {
        m_body->setVisible(open);
        // The keychain is asked only now: it may ask the user to unlock it.
        if (open)
            loadToken();
    });
    connect(m_load, &QPushButton::clicked, this, &StitchCheckPanel::loadSources);
    connect(m_send, &QPushButton::clicked, this, &StitchCheckPanel::sendValues);
}

StitchCheckPanel::~StitchCheckPanel()
{
    stop();
}

void StitchCheckPanel::setApiOptions(const stitch_api::ConnectApiOptions &options,
                                     const stitch_api::CheckWaitOptions &wait)
{
    m_apiOptions = options;
    m_waitOptions = wait;
}

bool StitchCheckPanel::isOpen() const
{
    return m_open->isChecked();
}

void StitchCheckPanel::setOpen(bool open)
{
    m_open->setChecked(open);
}

void StitchCheckPanel::loadToken()
{
    m_store.load(tokenKey(), [this](CredentialReply reply) {
        if (reply.ok() && m_token->text().isEmpty())
            m_token->setText(QString::fromUtf8(reply.secret.bytes()));
    });
}

void StitchCheckPanel::stop()
{
    m_run.reset();
    if (m_api)
        m_api->cancel();
    setBusy(false);
}

bool StitchCheckPanel::makeApi()
{
    stop();
    m_run.reset();
    m_api.reset();
    auto api =
        stitch_api::ConnectApi::create(Secret(m_token->text().trimmed().toUtf8()), m_apiOptions);
    if (!api) {
        showError(api.error());
        return false;
    }
    m_api = std::move(api.value());
    return true;
}

void StitchCheckPanel::loadSources()
{
    if (!makeApi())
        return;
    setBusy(true);
    m_status->setText(tr("Asking Stitch for the account's sources…"));
    m_api->listSources([this](Result<QList<stitch_api::StitchSource>> sources) {
        if (!sources) {
            setBusy(false);
            return showError(sources.error());
        }
        // A token the API took is worth keeping (the keychain only; its answer changes nothing).
        m_store.save(tokenKey(), Secret(m_token->text().trimmed().toUtf8()),
                     [](CredentialReply) {});
        m_sources.clear();
        m_sourceBox->clear();
        for (const stitch_api::StitchSource &s : sources.value()) {
            if (!stitch_api::isDatabaseSource(s.type))
                continue;
            m_sources << s;
            m_sourceBox->addItem(QStringLiteral("%1 (%2, %3)")
                                     .arg(s.displayName.isEmpty() ? s.name : s.displayName, s.type,
                                          QString::number(s.id)));
        }
        m_status->setText(m_sources.isEmpty()
                              ? tr("The account has no database source yet: add the "
                                   "integration in Stitch first.")
                              : tr("Choose the source, then send it the values."));
        setBusy(false); // again: the Send button needs the sources
    });
}

void StitchCheckPanel::sendValues()
{
    const int index = m_sourceBox->currentIndex();
    if (!m_api || index < 0 || index >= m_sources.size())
        return;
    const stitch_api::StitchSource source = m_sources.at(index);
    m_run = std::make_unique<stitch_api::SourceCheckRun>(*m_api, m_waitOptions);
    m_verdict->hide();
    setBusy(true);
    m_run->start(
        source.id,
        stitch_api::sourceProperties(
            stitch_api::sourceValues(m_session.choices(), m_session.connection(), source.type)),
        [this](Result<stitch_api::SourceCheckOutcome> outcome) {
            setBusy(false);
            if (!outcome)
                return showError(outcome.error());
            showVerdict(outcome.value());
        },
        [this](const QString &line) { m_status->setText(line); });
}

void StitchCheckPanel::showVerdict(const stitch_api::SourceCheckOutcome &outcome)
{
    const stitch_api::CheckVerdict &v = outcome.verdict;
    QStringList lines{tr("Stitch's check: %1").arg(v.sentence)};
    if (!v.stitchText.isEmpty())
        lines << tr("Stitch said: %1").arg(v.stitchText);
    if (!v.fix.isEmpty())
        lines << tr("Fix: %1").arg(v.fix);
    m_status->clear();
    m_verdict->setText(lines.join(QLatin1Char('\n')));
    m_verdict->show();
}

void StitchCheckPanel::showError(const Error &error)
{
    m_verdict->setText(error.oneLineWith(fixText(error)));
    m_verdict->show();
    m_status->clear();
}

void StitchCheckPanel::setBusy(bool busy)
{
    m_load->setEnabled(!busy);
    m_token->setEnabled(!busy);
    m_sourceBox->setEnabled(!busy);
    m_send->setEnabled(!busy && m_api && !m_sources.isEmpty());
}

} // namespace stitch::wizard
