#include "setup_dialogs.h"

#include "setup/script_for_choices.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace stitch::wizard {

ScriptDialog::ScriptDialog(const SetupChoices &choices, quint16 sshPort, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("scriptDialog"));
    setWindowTitle(tr("Do it myself"));
    auto *layout = new QVBoxLayout(this);

    auto script = setup::standaloneScriptFor(choices, sshPort);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("scriptIntro"));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (script) {
        m_script = script.value();
        intro->setText(tr("This script does steps 1 and 4 of Stitch's guide: it allows Stitch's "
                          "addresses on SSH port %1 in the server's firewall and sets up the "
                          "user %2 with Stitch's public key. It changes nothing that is already "
                          "right, so it is safe to run again.\n\n"
                          "Review it, copy it to the SSH server and run it as root, for example "
                          "with: sudo sh stitch-tunnel-setup.sh\n"
                          "Then come back and let this wizard check the result.")
                           .arg(sshPort)
                           .arg(choices.tunnelUser));
    } else {
        intro->setText(tr("The script cannot be made yet: %1\n%2")
                           .arg(script.error().message, script.error().fix));
    }
    layout->addWidget(intro);

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("scriptView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlainText(m_script);
    m_view->setVisible(hasScript());
    layout->addWidget(m_view, 1);

    auto *row = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyScriptButton"));
    m_save = new QPushButton(tr("&Save…"), this);
    m_save->setObjectName(QStringLiteral("saveScriptButton"));
    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("copiedLabel"));
    m_copy->setEnabled(hasScript());
    m_save->setEnabled(hasScript());
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    row->addWidget(m_copy);
    row->addWidget(m_save);
    row->addWidget(m_copied);
    row->addStretch();
    row->addWidget(close);
    layout->addLayout(row);

    if (hasScript())
        resize(760, 560);
    else
        intro->setMinimumWidth(480);

    connect(m_copy, &QPushButton::clicked, this, &ScriptDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &ScriptDialog::save);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ScriptDialog::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = m_script.toUtf8();
    if (!hasScript() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        if (error)
            *error = hasScript() ? file.errorString() : tr("there is no script yet");
        return false;
    }
    return true;
}

void ScriptDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_script);
    m_copied->setText(tr("Copied."));
}

void ScriptDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the setup script"), inDocuments(QStringLiteral("stitch-tunnel-setup.sh")),
        tr("Shell scripts (*.sh);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The script could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), error));
}

RemoveAccessDialog::RemoveAccessDialog(const SetupChoices &choices, const QString &serverName,
                                       bool ufwTurnedOnByUs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("removeAccessDialog"));
    setWindowTitle(tr("Remove Stitch access"));
    auto *layout = new QVBoxLayout(this);

    auto *explanation = new QLabel(
        tr("This takes Stitch's public key out of the authorized_keys file of the user %1 on "
           "%2, so Stitch can no longer open a tunnel through this server. Your database, its "
           "settings "
           "and your own login are not touched.\n\n"
           "Connections in Stitch that use this SSH server stop working.")
            .arg(choices.tunnelUser, serverName),
        this);
    explanation->setObjectName(QStringLiteral("removeExplanation"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_removeUser =
        new QCheckBox(tr("Also delete the user %1 and its group").arg(choices.tunnelUser), this);
    m_removeUser->setObjectName(QStringLiteral("removeUserCheck"));
    auto *userNote = new QLabel(tr("Deletes the user's home folder with everything in it. Leave "
                                   "this off if anything else uses this user."),
                                this);
    userNote->setWordWrap(true);
    userNote->setIndent(20);
    layout->addWidget(m_removeUser);
    layout->addWidget(userNote);

    m_removeFirewall = new QCheckBox(tr("Also delete the firewall rules this tool added"), this);
    m_removeFirewall->setObjectName(QStringLiteral("removeFirewallCheck"));
    // Beside the box that turns ufw off, "stays on" would contradict it.
    auto *firewallNote = new QLabel(
        ufwTurnedOnByUs
            ? tr("Removes the rules that let Stitch's addresses reach the SSH port. The "
                 "firewall stays on unless you also tick the last box. A rule you added "
                 "yourself for exactly the same address and port is removed too.")
            : tr("Removes the rules that let Stitch's addresses reach the SSH port. The "
                 "firewall itself stays on. A rule you added yourself for exactly the same "
                 "address and port is removed too."),
        this);
    firewallNote->setObjectName(QStringLiteral("removeFirewallNote"));
    firewallNote->setWordWrap(true);
    firewallNote->setIndent(20);
    layout->addWidget(m_removeFirewall);
    layout->addWidget(firewallNote);

    if (ufwTurnedOnByUs) {
        m_turnOffUfw = new QCheckBox(tr("Also turn &ufw off again (this tool turned it on)"), this);
        m_turnOffUfw->setObjectName(QStringLiteral("turnOffUfwCheck"));
        auto *ufwNote =
            new QLabel(tr("ufw was off before this tool turned it on. Turned off, it no longer "
                          "blocks any port of this server, for anyone: leave this off if ufw "
                          "protects more than SSH now. The rule that admitted your address goes "
                          "too."),
                       this);
        ufwNote->setObjectName(QStringLiteral("turnOffUfwNote"));
        ufwNote->setWordWrap(true);
        ufwNote->setIndent(20);
        layout->addWidget(m_turnOffUfw);
        layout->addWidget(ufwNote);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("&Remove access"), QDialogButtonBox::AcceptRole);
    remove->setObjectName(QStringLiteral("removeAccessButton"));
    remove->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // a stray Enter must not remove anything
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

setup::RunOptions RemoveAccessDialog::runOptions() const
{
    setup::RunOptions options;
    options.selfTest = false;
    options.removeUser = m_removeUser->isChecked();
    options.removeFirewallRules = m_removeFirewall->isChecked();
    options.turnOffUfw = m_turnOffUfw && m_turnOffUfw->isChecked();
    return options;
}

} // namespace stitch::wizard
