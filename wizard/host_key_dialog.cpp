#include "host_key_dialog.h"

#include "ssh/fingerprint.h"
#include "ssh/known_hosts.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace stitch::wizard {

HostKeyDialog::HostKeyDialog(const ssh::HostKeyInfo &info, QWidget *parent)
    : QDialog(parent), m_info(info)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("New SSH server"));
    auto *intro = new QLabel(
        tr("This computer has not connected to <b>%1</b> before. To be sure it is really your "
           "server, compare its fingerprint with the one its administrator sees with "
           "<tt>ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub</tt>.")
            .arg(ssh::knownHostsName(info.host, info.port).toHtmlEscaped(),
                 info.keyType.startsWith(QLatin1String("ssh-"))    ? info.keyType.mid(4)
                 : info.keyType.startsWith(QLatin1String("ecdsa")) ? QStringLiteral("ecdsa")
                                                                   : QStringLiteral("*")),
        this);
    intro->setWordWrap(true);

    auto *fingerprint = new QLineEdit(info.fingerprint, this);
    fingerprint->setObjectName(QStringLiteral("fingerprintView"));
    fingerprint->setAccessibleName(tr("Server's host key fingerprint"));
    fingerprint->setReadOnly(true);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setMinimumWidth(fingerprint->fontMetrics().horizontalAdvance(info.fingerprint) +
                                 24);

    m_expected = new QLineEdit(this);
    m_expected->setObjectName(QStringLiteral("expectedFingerprintEdit"));
    m_expected->setAccessibleName(tr("Expected fingerprint to compare"));
    m_expected->setPlaceholderText(tr("Optional: paste the fingerprint you were given"));
    m_comparison = new QLabel(this);
    m_comparison->setObjectName(QStringLiteral("comparisonLabel"));
    m_comparison->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Key type:"), new QLabel(info.keyType, this));
    form->addRow(tr("Fingerprint:"), fingerprint);
    form->addRow(tr("&Compare with:"), m_expected);
    form->addRow(QString(), m_comparison);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Accept and save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("acceptSaveButton"));
    m_once = buttons->addButton(tr("Connect &once"), QDialogButtonBox::AcceptRole);
    m_once->setObjectName(QStringLiteral("connectOnceButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelHostKeyButton"));
    cancel->setDefault(true); // the safe answer is the default
    connect(m_save, &QPushButton::clicked, this, [this] { done(AcceptAndSave); });
    connect(m_once, &QPushButton::clicked, this, [this] { done(ConnectOnce); });
    connect(cancel, &QPushButton::clicked, this, [this] { done(Cancelled); });
    connect(m_expected, &QLineEdit::textChanged, this, &HostKeyDialog::compare);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void HostKeyDialog::compare()
{
    const QString text = m_expected->text().trimmed();
    if (text.isEmpty()) {
        m_comparison->clear();
        m_save->setEnabled(true);
        m_once->setEnabled(true);
        return;
    }
    const QString expected = ssh::normalizeFingerprint(text);
    const bool match = !expected.isEmpty() && expected == m_info.fingerprint;
    m_comparison->setText(match ? tr("✔ The fingerprints match.")
                          : expected.isEmpty()
                              ? tr("✖ That is not a SHA256 fingerprint (SHA256:…).")
                              : tr("✖ The fingerprints DO NOT match. Do not connect: "
                                   "this may not be your server."));
    m_comparison->setStyleSheet(match ? QStringLiteral("color: #2e7d32;")
                                      : QStringLiteral("color: #c62828; font-weight: bold;"));
    m_save->setEnabled(match);
    m_once->setEnabled(match);
}

void showChangedHostKey(QWidget *parent, const ssh::HostKeyInfo &info, const QString &message)
{
    QStringList saved;
    for (const ssh::KnownHostKey &k : info.savedKeys)
        saved << QStringLiteral("%1 %2").arg(k.keyType, k.fingerprint);
    auto *box = new QMessageBox(QMessageBox::Critical, QObject::tr("Host key has CHANGED"),
                                QObject::tr("The server's identity is not what it was. Either "
                                            "the server was rebuilt, or someone is intercepting "
                                            "the connection. The wizard will not connect."),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("changedHostKeyBox"));
    box->setInformativeText(
        QObject::tr("Expected: %1\nNow: %2 %3")
            .arg(saved.isEmpty() ? QObject::tr("(another key)") : saved.join(QLatin1Char('\n')),
                 info.keyType, info.fingerprint));
    box->setDetailedText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace stitch::wizard
