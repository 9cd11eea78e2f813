#include "public_key_page.h"

#include "keys/public_key.h"
#include "model/setup_session.h"
#include "remedy_text.h"
#include "status_icons.h"
#include "widget_helpers.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace stitch::wizard {

namespace {
constexpr qint64 kMaxKeyFileSize = 64 * 1024;
} // namespace

PublicKeyPage::PublicKeyPage(SetupSession &session, SetupController &controller, QWidget *parent)
    : StepPage(StepId::PublicKey, session, controller, parent)
{
    setObjectName(QStringLiteral("publicKeyPage"));
    setTitle(tr("Step 3 of 5: The Stitch public key"));
    StepPolicy policy;
    policy.serverParts = false;
    policy.autoCheck = false;
    setPolicy(policy);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("publicKeyEdit"));
    m_edit->setAccessibleName(tr("Stitch public key"));
    m_edit->setPlaceholderText(tr("ssh-rsa AAAAB3NzaC1yc2E… stitch"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setWordWrapMode(QTextOption::WrapAnywhere);
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 5 + 2 * m_edit->frameWidth() + 8);
    topLayout()->addWidget(m_edit);

    auto *row = new QHBoxLayout;
    m_keyIcon = new QLabel(this);
    m_keyIcon->setObjectName(QStringLiteral("keyStatusIcon"));
    m_keyIcon->setFixedSize(16, 16);
    m_keyInfo = new QLabel(this);
    m_keyInfo->setObjectName(QStringLiteral("keyInfoLabel"));
    m_keyInfo->setAccessibleName(tr("About the key"));
    m_keyInfo->setWordWrap(true);
    m_keyInfo->setTextFormat(Qt::PlainText);
    m_keyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_load = new QPushButton(tr("Load from file…"), this);
    m_load->setObjectName(QStringLiteral("loadKeyButton"));
    m_load->setAccessibleName(tr("Load the public key from a file"));
    row->addWidget(m_keyIcon, 0, Qt::AlignTop);
    row->addWidget(m_keyInfo, 1);
    row->addWidget(m_load, 0, Qt::AlignTop);
    topLayout()->addLayout(row);

    m_privateWarning = new QLabel(
        tr("That was a PRIVATE key. It has been removed from this window and was not stored. A "
           "private key must never be shared or pasted anywhere; if it left your hands, treat it "
           "as exposed and replace it. Stitch gives you a PUBLIC key: one line that starts with "
           "\"ssh-\" or \"ecdsa-\"."),
        this);
    m_privateWarning->setObjectName(QStringLiteral("privateKeyWarning"));
    m_privateWarning->setAccessibleName(tr("Private key warning"));
    m_privateWarning->setWordWrap(true);
    m_privateWarning->setTextFormat(Qt::PlainText);
    QFont bold = m_privateWarning->font();
    bold.setBold(true);
    m_privateWarning->setFont(bold);
    styleAsAlert(m_privateWarning);
    m_privateWarning->setVisible(false);
    topLayout()->addWidget(m_privateWarning);
    topLayout()->addStretch(1);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &PublicKeyPage::onTextChanged);
    connect(m_load, &QPushButton::clicked, this, &PublicKeyPage::loadFromFile);

    const QString stored = session.choices().publicKey;
    if (!stored.isEmpty())
        m_edit->setPlainText(stored);
    else
        onTextChanged();
    reload();
}

void PublicKeyPage::initializePage()
{
    // Where Stitch shows the key depends on what the database is to Stitch (Welcome page).
    setExplanation(session().choices().isDestination
                       ? tr("Stitch logs in to your SSH server with a key of its own. Copy "
                            "Stitch's public key from the Stitch web app (the destination's "
                            "settings → Encryption Type → SSH Tunnel) and paste it below. The key "
                            "belongs to your Stitch account. Line breaks picked up while copying "
                            "are removed for you.")
                       : tr("Stitch logs in to your SSH server with a key of its own. Copy "
                            "Stitch's public key from the Stitch web app (the integration's "
                            "settings → SSH Tunnel) and paste it below. The key belongs to your "
                            "Stitch account. Line breaks picked up while copying are removed for "
                            "you."));
    // Another page (or a loaded setup) may have set the key.
    const QString stored = session().choices().publicKey;
    auto current = keys::parsePublicKey(m_edit->toPlainText());
    if (!stored.isEmpty() && (!current || current->authorizedKeysLine() != stored))
        m_edit->setPlainText(stored);
    else
        onTextChanged(); // the session follows what the box shows
    StepPage::initializePage();
}

bool PublicKeyPage::isComplete() const
{
    return m_valid && !isBusy();
}

void PublicKeyPage::refresh()
{
    // Results of a running operation belong to the key it started with.
    m_edit->setReadOnly(isBusy());
    m_load->setEnabled(!isBusy());
    StepPage::refresh();
}

void PublicKeyPage::onTextChanged()
{
    if (m_settingText)
        return;
    const QString text = m_edit->toPlainText();
    if (keys::looksLikePrivateKey(text)) {
        rejectPrivateKey();
        return;
    }
    if (!text.trimmed().isEmpty())
        m_privateWarning->setVisible(false);

    QString line;
    if (text.trimmed().isEmpty()) {
        m_valid = false;
        m_keyIcon->clear();
        m_keyInfo->setText(tr("Paste the key here, or load it from a file."));
    } else if (auto key = keys::parsePublicKey(text)) {
        m_valid = true;
        line = key->authorizedKeysLine();
        QString info = tr("Type: %1, %2 bits\nFingerprint: %3")
                           .arg(key->type)
                           .arg(key->bits)
                           .arg(key->fingerprint);
        if (!key->comment.isEmpty())
            info += tr("\nComment: %1").arg(key->comment);
        setKeyInfo(Severity::Pass, info);
        // A wrapped or multi-line paste becomes the one line authorized_keys needs. Typing on
        // one line is left alone so spaces inside a comment can still be typed.
        if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
            m_settingText = true;
            m_edit->setPlainText(line);
            m_edit->moveCursor(QTextCursor::End);
            m_settingText = false;
        }
    } else {
        m_valid = false;
        const Error &error = key.error();
        const QString fix = wizard::fixText(error);
        setKeyInfo(Severity::Fail,
                   fix.isEmpty() ? error.message : tr("%1\n%2").arg(error.message, fix));
    }

    SetupChoices choices = session().choices();
    if (choices.publicKey != line) {
        choices.publicKey = line;
        session().setChoices(choices);
    }
    emit completeChanged();
}

void PublicKeyPage::rejectPrivateKey()
{
    m_settingText = true;
    m_edit->setPlainText(QString()); // also drops the undo history that held the key
    m_edit->document()->clearUndoRedoStacks();
    m_settingText = false;
    m_valid = false;
    m_keyIcon->clear();
    m_keyInfo->setText(tr("Paste the Stitch public key here, or load it from a file."));
    m_privateWarning->setVisible(true);
    SetupChoices choices = session().choices();
    if (!choices.publicKey.isEmpty()) {
        choices.publicKey.clear();
        session().setChoices(choices);
    }
    emit completeChanged();
}

void PublicKeyPage::setKeyInfo(Severity severity, const QString &text)
{
    m_keyIcon->setPixmap(severityIcon(severity).pixmap(kStatusIconSize, kStatusIconSize));
    m_keyInfo->setText(text);
}

void PublicKeyPage::loadFromFile()
{
    auto *dialog = new QFileDialog(this, tr("Load the Stitch public key"));
    dialog->setObjectName(QStringLiteral("loadKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({tr("Public keys (*.pub *.txt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &PublicKeyPage::loadFile);
    dialog->open();
}

void PublicKeyPage::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setKeyInfo(
            Severity::Fail,
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    if (file.size() > kMaxKeyFileSize) {
        setKeyInfo(Severity::Fail,
                   tr("%1 is too large to be a public key.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    if (keys::looksLikePrivateKey(text)) {
        rejectPrivateKey();
        return;
    }
    m_edit->setPlainText(text);
}

} // namespace stitch::wizard
