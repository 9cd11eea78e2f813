#include "host_key_dialog.h"

#include "ssh/fingerprint.h"
#include "ssh/known_hosts.h"
#include "widget_helpers.h"

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
        tr("This computer has not connected to <b>%1</b> (port %2) before. To be sure it is "
           "really your server, compare its fingerprint with the one its administrator sees "
           "with <tt>ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub</tt>.")
            .arg(info.host.toHtmlEscaped())
            .arg(info.port)
            .arg(info.keyType.startsWith(QLatin1String("ssh-"))    ? info.keyType.mid(4)
                 : info.keyType.startsWith(QLatin1String("ecdsa")) ? QStringLiteral("ecdsa")
                                                                   : QStringLiteral("*")),
        this);
    intro->setObjectName(QStringLiteral("hostKeyIntro"));
    auto *risk = new QLabel(tr("If this is not your server, whoever answers in its place could "
                               "read the passwords you type in this wizard and would receive "
                               "Stitch's access instead of your server."),
                            this);
    risk->setObjectName(QStringLiteral("hostKeyRisk"));
    risk->setWordWrap(true);
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
    m_expected->setFont(fingerprint->font());
    m_expected->setMinimumWidth(fingerprint->minimumWidth()); // a pasted one shows whole
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
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelHostKeyButton"));
    m_cancel->setDefault(true); // the safe answer is the default
    m_save->setAutoDefault(false);
    m_once->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] { done(AcceptAndSave); });
    connect(m_once, &QPushButton::clicked, this, [this] { done(ConnectOnce); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { done(Cancelled); });
    connect(m_expected, &QLineEdit::textChanged, this, &HostKeyDialog::compare);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(risk);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void HostKeyDialog::compare()
{
    const QString text = m_expected->text().trimmed();
    const QString expected = ssh::normalizeFingerprint(text);
    const bool match = !expected.isEmpty() && expected == m_info.fingerprint;
    // A matching fingerprint makes Accept the answer Enter gives; otherwise Cancel.
    m_save->setDefault(match);
    m_cancel->setDefault(!match);
    if (text.isEmpty()) {
        m_comparison->clear();
        m_save->setEnabled(true);
        m_once->setEnabled(true);
        return;
    }
    m_comparison->setText(match ? tr("✔ The fingerprints match: this is your server.")
                          : expected.isEmpty()
                              ? tr("✖ That is not a SHA256 fingerprint (SHA256:…).")
                              : tr("✖ The fingerprints DO NOT match. Do not connect: "
                                   "this may not be your server."));
    QFont font = m_comparison->font();
    font.setBold(!match);
    m_comparison->setFont(font);
    if (match)
        styleAsSuccess(m_comparison);
    else
        styleAsAlert(m_comparison);
    m_save->setEnabled(match);
    m_once->setEnabled(match);
}

void showChangedHostKey(QWidget *parent, const ssh::HostKeyInfo &info, const QString &fix)
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
    // Each fingerprint whole on a line of its own (no break after a "/" inside it); what to do
    // in sight.
    const auto unbroken = [](const QString &text) {
        return QStringLiteral("<p style=\"white-space:pre\">%1</p>").arg(text.toHtmlEscaped());
    };
    QString details = QStringLiteral("<p>%1</p>").arg(QObject::tr("Expected:").toHtmlEscaped());
    if (saved.isEmpty())
        details += QStringLiteral("<p>%1</p>").arg(QObject::tr("(another key)").toHtmlEscaped());
    for (const QString &key : std::as_const(saved))
        details += unbroken(key);
    details += QStringLiteral("<p>%1</p>").arg(QObject::tr("Now:").toHtmlEscaped()) +
               unbroken(QStringLiteral("%1 %2").arg(info.keyType, info.fingerprint));
    if (!fix.isEmpty())
        details +=
            QStringLiteral("<p>%1</p>").arg(QObject::tr("What to do: %1").arg(fix).toHtmlEscaped());
    box->setInformativeText(details);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace stitch::wizard
