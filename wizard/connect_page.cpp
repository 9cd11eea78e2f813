#include "connect_page.h"

#include "host_key_dialog.h"
#include "remedy_text.h"
#include "session/credential_store.h"
#include "session/setup_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace stitch::wizard {

namespace {
enum SudoMode
{
    SudoSameAsLogin,
    SudoDifferent,
    SudoNotNeeded
};

QLineEdit *secretEdit(QWidget *parent, const char *name, const QString &accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}
} // namespace

ConnectPage::ConnectPage(SetupSession &session, SetupController &controller, CredentialStore &store,
                         QWidget *parent)
    : QWizardPage(parent), m_session(session), m_controller(controller), m_store(store)
{
    setObjectName(QStringLiteral("connectPage"));
    setTitle(tr("Connect to the SSH server"));
    auto *intro = new QLabel(tr("The wizard logs in with an account that may use sudo. "
                                "Passwords are only sent to this server, and are never written "
                                "to disk unless you ask for the system keychain."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("introLabel"));

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setAccessibleName(tr("SSH server address"));
    m_host->setPlaceholderText(tr("bastion.example.com or 203.0.113.10"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setAccessibleName(tr("SSH port"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setAccessibleName(tr("Login user"));

    m_authMethod = new QComboBox(this);
    m_authMethod->setObjectName(QStringLiteral("authMethodCombo"));
    m_authMethod->setAccessibleName(tr("How to log in"));
    m_authMethod->addItems({tr("Password"), tr("Private key file"), tr("ssh-agent")});

    m_password = secretEdit(this, "passwordEdit", tr("Login password"));
    m_identity = new QLineEdit(this);
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    m_identity->setAccessibleName(tr("Private key file"));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("browseIdentityButton"));
    m_passphrase = secretEdit(this, "passphraseEdit", tr("Key passphrase"));
    m_passphrase->setPlaceholderText(tr("Only if the key has one"));

    auto *passwordPane = new QWidget(this);
    auto *passwordForm = new QFormLayout(passwordPane);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(tr("Pass&word:"), m_password);
    auto *keyPane = new QWidget(this);
    auto *keyForm = new QFormLayout(keyPane);
    keyForm->setContentsMargins(0, 0, 0, 0);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_identity, 1);
    keyRow->addWidget(browse);
    auto *keyLabel = new QLabel(tr("&Key file:"), this);
    keyLabel->setBuddy(m_identity);
    keyForm->addRow(keyLabel, keyRow);
    keyForm->addRow(tr("Passphras&e:"), m_passphrase);
    auto *agentPane = new QLabel(tr("The keys loaded in your ssh-agent are used."), this);
    agentPane->setWordWrap(true);
    m_authStack = new QStackedWidget(this);
    m_authStack->addWidget(passwordPane);
    m_authStack->addWidget(keyPane);
    m_authStack->addWidget(agentPane);
    m_authStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_sudoMode = new QComboBox(this);
    m_sudoMode->setObjectName(QStringLiteral("sudoModeCombo"));
    m_sudoMode->setAccessibleName(tr("sudo password"));
    m_sudoMode->addItems({tr("Same as the login password"), tr("A different password"),
                          tr("Not needed (root login, or sudo without password)")});
    m_sudoPassword = secretEdit(this, "sudoPasswordEdit", tr("sudo password"));

    m_remember = new QCheckBox(tr("&Remember the passwords in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setChecked(false);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *hostLabel = new QLabel(tr("SSH &server:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&Login user:"), m_login);
    form->addRow(tr("Log &in with:"), m_authMethod);
    form->addRow(QString(), m_authStack);
    form->addRow(tr("s&udo password:"), m_sudoMode);
    form->addRow(QString(), m_sudoPassword);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_status, 1);
    busyRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(busyRow);
    setBusy(false);

    for (QLineEdit *edit : {m_host, m_login, m_password, m_identity, m_passphrase, m_sudoPassword})
        connect(edit, &QLineEdit::textChanged, this, &ConnectPage::onInputChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectPage::onInputChanged);
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        onInputChanged();
    });
    connect(m_sudoMode, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        onInputChanged();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose your private key"), QDir::homePath() + QStringLiteral("/.ssh"));
        if (!file.isEmpty())
            m_identity->setText(file);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_controller.cancel(); });
    updateAuthFields();
}

void ConnectPage::initializePage()
{
    const ssh::ConnectionSettings &c = m_session.connection();
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_login->setText(c.user);
    m_authMethod->setCurrentIndex(static_cast<int>(c.authMethod));
    m_identity->setText(c.identityFile);
    updateAuthFields();
    loadRememberedPassword();
}

void ConnectPage::loadRememberedPassword()
{
    const ssh::ConnectionSettings &c = m_session.connection();
    if (c.host.isEmpty() || c.user.isEmpty() || !m_password->text().isEmpty())
        return;
    m_store.load(credentialKey(c.user, c.host, c.port, CredentialKind::LoginPassword),
                 [this](CredentialReply reply) {
                     if (reply.ok() && m_password->text().isEmpty()) {
                         m_password->setText(QString::fromUtf8(reply.secret.bytes()));
                         m_remember->setChecked(true);
                         m_usedRememberedPassword = true;
                     } else if (reply.status == CredentialStatus::Unavailable) {
                         m_keychainNote->setText(reply.message);
                         m_keychainNote->setVisible(true);
                     }
                 });
}

void ConnectPage::rememberPasswords()
{
    const ssh::ConnectionSettings &c = m_session.connection();
    const ssh::Credentials &creds = m_session.credentials();
    const auto report = [this](CredentialReply reply) {
        if (reply.status == CredentialStatus::Unavailable) {
            m_keychainNote->setText(reply.message);
            m_keychainNote->setVisible(true);
        }
    };
    const struct
    {
        CredentialKind kind;
        const Secret *secret;
    } entries[] = {{CredentialKind::LoginPassword, &creds.password},
                   {CredentialKind::KeyPassphrase, &creds.keyPassphrase},
                   {CredentialKind::SudoPassword, &creds.sudoPassword}};
    for (const auto &entry : entries) {
        const QString key = credentialKey(c.user, c.host, c.port, entry.kind);
        // Unticked after a remembered password was used means "do not keep it any more".
        if (m_remember->isChecked() && !entry.secret->isEmpty())
            m_store.save(key, entry.secret->clone(), report);
        else if (m_usedRememberedPassword)
            m_store.remove(key, [](CredentialReply) {});
    }
}

void ConnectPage::updateAuthFields()
{
    const int method = m_authMethod->currentIndex();
    m_authStack->setCurrentIndex(method);
    if (method != 0 && m_sudoMode->currentIndex() == SudoSameAsLogin)
        m_sudoMode->setCurrentIndex(SudoDifferent);
    m_sudoPassword->setVisible(m_sudoMode->currentIndex() == SudoDifferent);
}

void ConnectPage::onInputChanged()
{
    m_verified = false; // anything changed: test the connection again
    emit completeChanged();
}

bool ConnectPage::isComplete() const
{
    if (m_connecting || m_host->text().trimmed().isEmpty() || m_login->text().trimmed().isEmpty())
        return false;
    if (m_authMethod->currentIndex() == 0 && m_password->text().isEmpty())
        return false;
    if (m_authMethod->currentIndex() == 1 && m_identity->text().trimmed().isEmpty())
        return false;
    return m_sudoMode->currentIndex() != SudoDifferent || !m_sudoPassword->text().isEmpty();
}

void ConnectPage::setBusy(bool busy)
{
    m_connecting = busy;
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_login, m_authMethod,
                                                       m_authStack, m_sudoMode, m_sudoPassword})
        w->setEnabled(!busy);
    emit completeChanged();
}

bool ConnectPage::validatePage()
{
    if (m_verified)
        return true;
    startConnect();
    return false;
}

void ConnectPage::startConnect()
{
    ssh::ConnectionSettings settings = m_session.connection();
    settings.host = m_host->text().trimmed();
    settings.port = static_cast<quint16>(m_port->value());
    settings.user = m_login->text().trimmed();
    settings.authMethod = static_cast<ssh::AuthMethod>(m_authMethod->currentIndex());
    settings.identityFile = m_identity->text().trimmed();
    m_session.setConnection(settings);

    ssh::Credentials creds;
    creds.password = Secret(m_password->text().toUtf8());
    creds.keyPassphrase = Secret(m_passphrase->text().toUtf8());
    switch (m_sudoMode->currentIndex()) {
    case SudoSameAsLogin:
        creds.sudoPassword = creds.password.clone();
        break;
    case SudoDifferent:
        creds.sudoPassword = Secret(m_sudoPassword->text().toUtf8());
        break;
    default:
        creds.sudoPassword = Secret();
        break;
    }
    m_session.setCredentials(std::move(creds));
    setBusy(m_controller.start(this, setup::Operation::Connect));
}

void ConnectPage::operationProgress(const QString &message)
{
    m_status->setText(message);
}

void ConnectPage::operationFinished(const setup::OperationReport &report)
{
    setBusy(false);
    if (report.ok()) {
        m_verified = true;
        rememberPasswords();
        m_status->setText(tr("Connected: %1.").arg(report.connection.privilege));
        wizard()->next();
        return;
    }
    const Error &error = report.error();
    if (error.code == ErrorCode::HostKeyUnknown) {
        m_status->clear(); // the dialog says it all
        askAboutHostKey(report.connection.hostKey);
        return;
    }
    if (error.code == ErrorCode::HostKeyChanged) {
        m_status->clear();
        showChangedHostKey(this, report.connection.hostKey,
                           error.oneLineWith(wizard::fixText(error)));
        return;
    }
    m_status->setText(QStringLiteral("<span style='color:#c62828'>%1</span>")
                          .arg(error.oneLineWith(wizard::fixText(error)).toHtmlEscaped()));
}

void ConnectPage::askAboutHostKey(const ssh::HostKeyInfo &info)
{
    auto *dialog = new HostKeyDialog(info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, info](int answer) {
        if (answer == HostKeyDialog::Cancelled)
            return;
        ssh::ConnectionSettings settings = m_session.connection();
        settings.hostKeyTrust.expectedFingerprint = info.fingerprint;
        settings.hostKeyTrust.unknownAction = answer == HostKeyDialog::AcceptAndSave
                                                  ? ssh::UnknownHostKeyAction::AcceptAndSave
                                                  : ssh::UnknownHostKeyAction::AcceptOnce;
        m_session.setConnection(settings);
        setBusy(m_controller.start(this, setup::Operation::Connect));
    });
    dialog->open();
}

} // namespace stitch::wizard
