#include "connect_page.h"

#include "busy_row.h"
#include "host_key_dialog.h"
#include "model/setup_session.h"
#include "remedy_text.h"
#include "session/credential_store.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace stitch::wizard {

namespace {
enum SudoMode
{
    SudoSameAsLogin,
    SudoDifferent,
    SudoNotNeeded
};

template <typename Enum> QVariant enumData(Enum value)
{
    return static_cast<int>(value);
}

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

    QLayout *hostRow = buildHostRow();
    buildAuthFields();
    buildSudoFieldsAndNotes();
    QFormLayout *form = buildForm(hostRow);

    // Qt's mandatory fields: Next stays disabled until these hold more than spaces.
    const auto *notBlank =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral(".*\\S.*")), this);
    for (QLineEdit *required : {m_host, m_login, m_identity})
        required->setValidator(notBlank);
    registerField(QStringLiteral("sshHost*"), m_host);
    registerField(QStringLiteral("sshLogin*"), m_login);

    // Progress while connecting, then the outcome.
    m_busyRow = new BusyRow(this);
    m_status = m_busyRow->label();
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_busyRow);
    setBusy(false);

    connectFields();
    updateAuthFields();
}

// The server's address and port, in one row.
QLayout *ConnectPage::buildHostRow()
{
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
    return hostRow;
}

// The login and how: a password, a key file with its passphrase, or the agent, one pane each.
void ConnectPage::buildAuthFields()
{
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setAccessibleName(tr("Login user"));

    m_authMethod = new QComboBox(this);
    m_authMethod->setObjectName(QStringLiteral("authMethodCombo"));
    m_authMethod->setAccessibleName(tr("How to log in"));
    m_authMethod->addItem(tr("Password"), enumData(ssh::AuthMethod::Password));
    m_authMethod->addItem(tr("Private key file"), enumData(ssh::AuthMethod::KeyFile));
    if (ssh::agentLoginAvailable())
        m_authMethod->addItem(tr("ssh-agent"), enumData(ssh::AuthMethod::Agent));

    m_password = secretEdit(this, "passwordEdit", tr("Login password"));
    m_identity = new QLineEdit(this);
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    m_identity->setAccessibleName(tr("Private key file"));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("browseIdentityButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose your private key"), QDir::homePath() + QStringLiteral("/.ssh"));
        if (!file.isEmpty())
            m_identity->setText(file);
    });
    m_passphrase = secretEdit(this, "passphraseEdit", tr("Key passphrase"));
    m_passphrase->setPlaceholderText(tr("Only if the key has one"));

    m_passwordPane = new QWidget(this);
    auto *passwordForm = new QFormLayout(m_passwordPane);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(tr("Pass&word:"), m_password);
    m_keyPane = new QWidget(this);
    auto *keyForm = new QFormLayout(m_keyPane);
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
    m_agentPane = agentPane;
    m_authStack = new QStackedWidget(this);
    m_authStack->addWidget(m_passwordPane);
    m_authStack->addWidget(m_keyPane);
    m_authStack->addWidget(m_agentPane);
    m_authStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

// sudo's password, the keychain box and the notes under the fields.
void ConnectPage::buildSudoFieldsAndNotes()
{
    m_sudoMode = new QComboBox(this);
    m_sudoMode->setObjectName(QStringLiteral("sudoModeCombo"));
    m_sudoMode->setAccessibleName(tr("sudo password"));
    m_sudoMode->addItem(tr("Same as the login password"), SudoSameAsLogin);
    m_sudoMode->addItem(tr("A different password"), SudoDifferent);
    m_sudoMode->addItem(tr("Not needed (root login, or sudo without password)"), SudoNotNeeded);
    m_sudoPassword = secretEdit(this, "sudoPasswordEdit", tr("sudo password"));

    m_remember = new QCheckBox(tr("&Remember the passwords in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setChecked(false);
    m_hostNote = new QLabel(this);
    m_hostNote->setObjectName(QStringLiteral("hostNote"));
    m_hostNote->setWordWrap(true);
    m_hostNote->setTextFormat(Qt::PlainText);
    m_hostNote->setVisible(false);

    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(false);
}

QFormLayout *ConnectPage::buildForm(QLayout *hostRow)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *hostLabel = new QLabel(tr("SSH &server:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(m_hostNote); // the whole width: a wrapped label in the field column is too high
    form->addRow(tr("&Login user:"), m_login);
    form->addRow(tr("Log &in with:"), m_authMethod);
    form->addRow(QString(), m_authStack);
    form->addRow(tr("s&udo password:"), m_sudoMode);
    // Its own label: a second unlabelled password field is a riddle (and a screen reader names
    // it by this label).
    m_sudoPasswordLabel = new QLabel(tr("&Different password:"), this);
    m_sudoPasswordLabel->setObjectName(QStringLiteral("sudoPasswordLabel"));
    m_sudoPasswordLabel->setBuddy(m_sudoPassword);
    form->addRow(m_sudoPasswordLabel, m_sudoPassword);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);
    return form;
}

void ConnectPage::connectFields()
{
    for (QLineEdit *edit : {m_host, m_login, m_password, m_identity, m_passphrase, m_sudoPassword})
        connect(edit, &QLineEdit::textChanged, this, &ConnectPage::onInputChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectPage::onInputChanged);
    connect(m_host, &QLineEdit::editingFinished, this, &ConnectPage::splitHostField);
    connect(m_host, &QLineEdit::textEdited, m_hostNote, &QWidget::hide);
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        onInputChanged();
    });
    connect(m_sudoMode, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        onInputChanged();
    });
    connect(m_busyRow, &BusyRow::cancelRequested, this, [this] { m_controller.cancel(); });
}

void ConnectPage::initializePage()
{
    const ssh::ConnectionSettings &c = m_session.connection();
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_login->setText(c.user);
    // A setup saved on another system may name a method this one lacks (ssh-agent on Windows).
    m_authMethod->setCurrentIndex(qMax(0, m_authMethod->findData(enumData(c.authMethod))));
    m_identity->setText(c.identityFile);
    // A password the session already holds (the demo server's) is shown, not asked again;
    // the keychain is only asked when there is none.
    if (const Secret &password = m_session.credentials().password;
        m_password->text().isEmpty() && !password.isEmpty())
        m_password->setText(QString::fromUtf8(password.bytes()));
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

ssh::AuthMethod ConnectPage::authMethod() const
{
    return static_cast<ssh::AuthMethod>(m_authMethod->currentData().toInt());
}

int ConnectPage::sudoMode() const
{
    return m_sudoMode->currentData().toInt();
}

void ConnectPage::updateAuthFields()
{
    const ssh::AuthMethod method = authMethod();
    switch (method) {
    case ssh::AuthMethod::Password:
        m_authStack->setCurrentWidget(m_passwordPane);
        break;
    case ssh::AuthMethod::KeyFile:
        m_authStack->setCurrentWidget(m_keyPane);
        break;
    case ssh::AuthMethod::Agent:
        m_authStack->setCurrentWidget(m_agentPane);
        break;
    }
    // The stack is as high as the pane shown, not the highest pane: no gap below one field.
    for (int i = 0; i < m_authStack->count(); ++i) {
        QWidget *pane = m_authStack->widget(i);
        pane->setSizePolicy(QSizePolicy::Preferred, pane == m_authStack->currentWidget()
                                                        ? QSizePolicy::Preferred
                                                        : QSizePolicy::Ignored);
    }
    if (method != ssh::AuthMethod::Password && sudoMode() == SudoSameAsLogin)
        m_sudoMode->setCurrentIndex(m_sudoMode->findData(SudoDifferent));
    m_sudoPassword->setVisible(sudoMode() == SudoDifferent);
    m_sudoPasswordLabel->setVisible(sudoMode() == SudoDifferent);
}

void ConnectPage::onInputChanged()
{
    m_verified = false; // anything changed: test the connection again
    emit completeChanged();
}

bool ConnectPage::isComplete() const
{
    // Host and login are mandatory fields; the rest depends on how the user logs in.
    if (m_connecting || !QWizardPage::isComplete())
        return false;
    if (authMethod() == ssh::AuthMethod::Password && m_password->text().isEmpty())
        return false;
    if (authMethod() == ssh::AuthMethod::KeyFile && !m_identity->hasAcceptableInput())
        return false;
    return sudoMode() != SudoDifferent || !m_sudoPassword->text().isEmpty();
}

void ConnectPage::setBusy(bool busy)
{
    m_connecting = busy;
    m_busyRow->setBusy(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_login, m_authMethod,
                                                       m_authStack, m_sudoMode, m_sudoPassword})
        w->setEnabled(!busy);
    emit completeChanged();
}

bool ConnectPage::splitHostField()
{
    const QString text = m_host->text().trimmed();
    // Plain IPv6 addresses ("::1") have more than one colon and no brackets: left alone.
    const bool url = text.contains(QLatin1String("://"));
    if (!url && !text.contains(QLatin1Char('@')) && !text.startsWith(QLatin1Char('[')) &&
        text.count(QLatin1Char(':')) != 1)
        return true;
    const QUrl parsed(url ? text : QStringLiteral("ssh://") + text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (url && parsed.scheme() != QLatin1String("ssh"))) {
        m_hostNote->setText(tr("Type the server's name or address alone, such as "
                               "bastion.example.com: the port and the login user have their own "
                               "fields."));
        styleAsAlert(m_hostNote);
        m_hostNote->setVisible(true);
        return false;
    }
    QStringList parts{tr("server %1").arg(parsed.host())};
    m_host->setText(parsed.host());
    if (parsed.port() > 0) {
        m_port->setValue(parsed.port());
        parts << tr("port %1").arg(parsed.port());
    }
    if (!parsed.userName().isEmpty()) {
        m_login->setText(parsed.userName());
        parts << tr("login user %1").arg(parsed.userName());
    }
    m_hostNote->setPalette(palette());
    m_hostNote->setText(
        tr("“%1” was split into its fields: %2.").arg(text, parts.join(QStringLiteral(", "))));
    m_hostNote->setVisible(true);
    return true;
}

bool ConnectPage::validatePage()
{
    if (m_verified)
        return true;
    if (!splitHostField())
        return false;
    startConnect();
    return false;
}

void ConnectPage::addOnScreenValues(ssh::ConnectionSettings &settings, SetupChoices &) const
{
    settings.host = m_host->text().trimmed();
    settings.port = static_cast<quint16>(m_port->value());
    settings.user = m_login->text().trimmed();
    settings.authMethod = authMethod();
    settings.identityFile = m_identity->text().trimmed();
}

void ConnectPage::startConnect()
{
    ssh::ConnectionSettings settings = m_session.connection();
    SetupChoices unused;
    addOnScreenValues(settings, unused);
    m_session.setConnection(settings);

    ssh::Credentials creds;
    creds.password = Secret(m_password->text().toUtf8());
    creds.keyPassphrase = Secret(m_passphrase->text().toUtf8());
    switch (sudoMode()) {
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
    // Not verified: never connected, the last try failed, or a field changed since (the login,
    // a password, sudo). A fresh login then proves every one of them again, sudo included,
    // rather than reusing a connection made with other answers.
    m_controller.disconnectFromServer();
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
        showChangedHostKey(this, report.connection.hostKey, wizard::fixText(error));
        return;
    }
    m_status->setText(alertHtml(error.oneLineWith(wizard::fixText(error)), m_status->palette()));
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
