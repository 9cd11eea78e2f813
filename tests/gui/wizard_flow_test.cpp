// The whole wizard, driven like a user would: by object names, clicks and typing, against the
// real sandbox server (sshd, PostgreSQL). Screenshots of every page land in the build tree.
#include "wizard_flow_fixture.h"

using namespace stitch;
using namespace stitch::wizard;
using stitch::guitest::child;
using stitch::guitest::topLevel;
using stitch::guitest::waitFor;

namespace {

class WizardFlow : public stitch::guitest::WizardFlowFixture
{
};

using stitch::guitest::answerNextFileDialog;
using stitch::guitest::screenshot;
using stitch::guitest::stitchPublicKey;

} // namespace

TEST_F(WizardFlow, WelcomeToFinishAgainstTheRealServer)
{
    ASSERT_EQ(wizard->currentId(), TunnelWizard::WelcomePageId);
    fillWelcome();
    screenshot(&window, QStringLiteral("01-welcome"));
    clickNext();
    ASSERT_EQ(wizard->currentId(), TunnelWizard::ConnectPageId);

    fillConnect(sandbox::sshPort());
    screenshot(&window, QStringLiteral("02-connect"));
    clickNext();
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("hostKeyDialog") != nullptr; }))
        << "the unknown host key is shown to the user";
    QDialog *hostKey = topLevel<QDialog>("hostKeyDialog");
    EXPECT_EQ(child<QLineEdit>(hostKey, "fingerprintView")->text(), sandbox::hostKeyFingerprint());
    QTest::keyClicks(child<QLineEdit>(hostKey, "expectedFingerprintEdit"),
                     sandbox::hostKeyFingerprint());
    screenshot(hostKey, QStringLiteral("03-host-key"));
    QTest::mouseClick(child<QPushButton>(hostKey, "acceptSaveButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == TunnelWizard::FirewallPageId; }))
        << "connected, host key saved, sudo verified";
    EXPECT_TRUE(QFile(session.connection().knownHostsFile).size() > 0);

    // Step 1: no host firewall in the sandbox → a warning that must be acknowledged.
    ASSERT_TRUE(waitFor([&] { return settled(StepId::Firewall); }));
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Warn);
    EXPECT_FALSE(nextEnabled()) << "a warning needs an explicit acknowledgement";
    screenshot(&window, QStringLiteral("04-firewall"));
    auto *acknowledge = child<QCheckBox>(page(), "acknowledgeCheckBox");
    ASSERT_NE(acknowledge, nullptr);
    acknowledge->setFocus();
    QTest::keyClick(acknowledge, Qt::Key_Space);
    ASSERT_TRUE(nextEnabled());
    clickNext();

    // Step 2: PostgreSQL answers through the SSH server; its access rules wait for Stitch's
    // database user, and typing it checks them again (no password).
    ASSERT_EQ(wizard->currentId(), TunnelWizard::DatabasePageId);
    ASSERT_TRUE(waitFor([&] { return settled(StepId::Database); }));
    const auto hasFinding = [&](const char *code) {
        for (const Finding &f : session.stepResult(StepId::Database).findings) {
            if (f.code == QLatin1String(code))
                return true;
        }
        return false;
    };
    EXPECT_EQ(session.stepResult(StepId::Database).status, StepStatus::Warn);
    EXPECT_TRUE(hasFinding("db.access_rules_not_checked"));
    screenshot(&window, QStringLiteral("05-database-rules-not-checked"));
    auto *dbUser = child<QLineEdit>(page(), "databaseUserEdit");
    ASSERT_NE(dbUser, nullptr);
    dbUser->setFocus();
    QTest::keyClicks(dbUser, QStringLiteral("stitch_demo"));
    QTest::keyClick(dbUser, Qt::Key_Return);
    EXPECT_EQ(session.choices().databaseUser, QStringLiteral("stitch_demo"));
    ASSERT_TRUE(
        waitFor([&] { return settled(StepId::Database) && hasFinding("db.access_rules"); }));
    EXPECT_EQ(session.stepResult(StepId::Database).status, StepStatus::Pass);
    screenshot(&window, QStringLiteral("05-database"));
    clickNext();

    // Step 3: the Stitch public key, pasted.
    ASSERT_EQ(wizard->currentId(), TunnelWizard::PublicKeyPageId);
    EXPECT_FALSE(nextEnabled());
    QTemporaryDir keyDir;
    auto *keyEdit = child<QPlainTextEdit>(page(), "publicKeyEdit");
    ASSERT_NE(keyEdit, nullptr);
    keyEdit->setFocus();
    keyEdit->insertPlainText(stitchPublicKey(keyDir));
    ASSERT_TRUE(waitFor([&] { return nextEnabled(); }, 2000));
    EXPECT_TRUE(child<QLabel>(page(), "keyInfoLabel")->text().contains(QStringLiteral("SHA256:")));
    screenshot(&window, QStringLiteral("06-public-key"));
    clickNext();

    // Step 4: the user does not exist yet → Next is disabled until Apply verified it.
    ASSERT_EQ(wizard->currentId(), TunnelWizard::TunnelUserPageId);
    ASSERT_TRUE(waitFor([&] { return settled(StepId::TunnelUser); }));
    EXPECT_EQ(session.stepResult(StepId::TunnelUser).status, StepStatus::Fail);
    EXPECT_FALSE(nextEnabled()) << "Next stays disabled while the step fails";
    screenshot(&window, QStringLiteral("07-tunnel-user-failing"));
    ASSERT_NO_FATAL_FAILURE(
        applyAndWaitUntilChanged(StepId::TunnelUser, [](ApplyConfirmation *confirm) {
            screenshot(confirm, QStringLiteral("08-apply-confirmation"));
        }));
    EXPECT_TRUE(nextEnabled());
    screenshot(&window, QStringLiteral("09-tunnel-user"));
    clickNext();

    // Step 5: the values for Stitch and the self-test.
    ASSERT_EQ(wizard->currentId(), TunnelWizard::FinishPageId);
    ASSERT_TRUE(waitFor([&] { return settled(StepId::Finish); }, 60000));
    EXPECT_NE(session.stepResult(StepId::Finish).status, StepStatus::Fail);
    EXPECT_EQ(child<QLineEdit>(page(), "sshHostValue")->text(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(child<QLineEdit>(page(), "sshPortValue")->text(), QStringLiteral("2222"));
    EXPECT_EQ(child<QLineEdit>(page(), "sshUserValue")->text(), QStringLiteral("stitch"));
    EXPECT_EQ(child<QLineEdit>(page(), "dbHostValue")->text(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(child<QLineEdit>(page(), "dbPortValue")->text(), QStringLiteral("5432"));
    screenshot(&window, QStringLiteral("10-finish"));

    // The report, in every format, without a secret.
    const QByteArray password = sandbox::password(QStringLiteral("stitchadmin")).bytes();
    for (const char *suffix : {".html", ".pdf", ".md", ".json"}) {
        const QString path = scratch.filePath(QStringLiteral("report") + QLatin1String(suffix));
        Status s = exportReport(session, path);
        ASSERT_TRUE(s.ok()) << suffix << ": " << s.error().oneLine().toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        EXPECT_GT(content.size(), 500) << suffix;
        EXPECT_FALSE(content.contains(password)) << suffix;
        if (QLatin1String(suffix) == QLatin1String(".pdf"))
            EXPECT_TRUE(content.startsWith("%PDF")) << suffix;
        else
            EXPECT_TRUE(content.contains("SSH Host") || content.contains("ssh_host")) << suffix;
        if (QLatin1String(suffix) == QLatin1String(".html")) {
            // Everything the Markdown holds, also after the steps' commands: the last step's
            // findings and the table of values for Stitch's form.
            EXPECT_TRUE(content.contains("Logged in as stitch with a key"))
                << content.toStdString();
            EXPECT_TRUE(content.contains("Values for Stitch"));
            EXPECT_TRUE(content.contains("SSH User"));
        }
    }
    // The transcript has every remote command, and no password.
    const QString transcript = session.transcript().toText();
    EXPECT_TRUE(transcript.contains(QStringLiteral("Apply steps 1 and 4")));
    EXPECT_FALSE(transcript.toUtf8().contains(password));

    // The SSH Host for Stitch: 127.0.0.1 is private, so step 5 warns until a public name is
    // typed; a bad entry is refused where it was typed and changes nothing.
    auto *sshHost = child<QLineEdit>(page(), "sshHostValue");
    auto *sshHostMessage = child<QLabel>(page(), "sshHostMessage");
    ASSERT_NE(sshHostMessage, nullptr);
    EXPECT_FALSE(sshHost->isReadOnly());
    const auto finishCodes = [&] {
        QStringList codes;
        for (const Finding &f : session.stepResult(StepId::Finish).findings)
            codes << f.code;
        return codes;
    };
    const auto retype = [&](const QString &text) {
        sshHost->setFocus();
        QTest::keyClick(sshHost, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(sshHost, Qt::Key_Backspace);
        QTest::keyClicks(sshHost, text);
    };
    // Said once: the self-test's finding (with its fix) and no second line under the field.
    const auto privateWarnings = [&](const QString &address) {
        int shown = sshHostMessage->isVisible() && sshHostMessage->text().contains(address);
        auto *list = child<QListWidget>(page(), "findingsList");
        for (int i = 0; i < list->count(); ++i)
            shown += list->item(i)->text().contains(address) &&
                     list->item(i)->text().contains(QStringLiteral("private"));
        return shown;
    };
    EXPECT_TRUE(finishCodes().contains(QStringLiteral("finish.private_ssh_host")));
    EXPECT_FALSE(sshHostMessage->isVisible()) << sshHostMessage->text().toStdString();
    EXPECT_EQ(privateWarnings(QStringLiteral("127.0.0.1")), 1);

    retype(QStringLiteral("10.9.9.9")); // a "public host" that is private: still a warning
    EXPECT_EQ(session.choices().publicHost, QStringLiteral("10.9.9.9"));
    EXPECT_TRUE(finishCodes().contains(QStringLiteral("finish.private_ssh_host")));
    EXPECT_EQ(privateWarnings(QStringLiteral("10.9.9.9")), 1);

    // Typed on: "10.9.9.9:22" is refused, and Stitch keeps the last good entry.
    sshHost->end(false);
    QTest::keyClicks(sshHost, QStringLiteral(":22"));
    EXPECT_TRUE(sshHostMessage->isVisible());
    EXPECT_TRUE(sshHostMessage->text().contains(QStringLiteral("port")))
        << sshHostMessage->text().toStdString();
    EXPECT_EQ(session.choices().publicHost, QStringLiteral("10.9.9.9")) << "refused: unchanged";
    screenshot(&window, QStringLiteral("11-finish-ssh-host-refused"));

    retype(QStringLiteral("Bastion.Example.com"));
    EXPECT_EQ(session.choices().publicHost, QStringLiteral("bastion.example.com"));
    EXPECT_EQ(sshHost->text(), QStringLiteral("Bastion.Example.com")) << "what was typed stays";
    EXPECT_FALSE(sshHostMessage->isVisible()) << sshHostMessage->text().toStdString();
    EXPECT_FALSE(finishCodes().contains(QStringLiteral("finish.private_ssh_host")));
    // Looked up from this computer (the sandbox has no DNS): a warning, not a green.
    auto *sshHostCheck = child<QLabel>(page(), "sshHostCheckLabel");
    EXPECT_TRUE(waitFor(
        [&] {
            return sshHostCheck->isVisible() &&
                   sshHostCheck->text().contains(QStringLiteral("bastion.example.com"));
        },
        15000))
        << sshHostCheck->text().toStdString();
    EXPECT_TRUE(finishCodes().contains(QStringLiteral("selftest.login")))
        << "the self-test result stands";
    QTest::mouseClick(child<QPushButton>(page(), "copyAllButton"), Qt::LeftButton);
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(
        QStringLiteral("SSH Host: bastion.example.com\n")))
        << QGuiApplication::clipboard()->text().toStdString();
    QTest::mouseClick(child<QToolButton>(page(), "copySshHostButton"), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("bastion.example.com"));
    screenshot(&window, QStringLiteral("12-finish-public-host"));
    {
        const QString md = scratch.filePath(QStringLiteral("public-host.md"));
        ASSERT_TRUE(exportReport(session, md).ok());
        QFile f(md);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        EXPECT_TRUE(content.contains("| SSH Host | bastion.example.com |"))
            << content.toStdString();
        EXPECT_FALSE(content.contains("finish.private_ssh_host")) << content.toStdString();
        const QString saved = scratch.filePath(QStringLiteral("public-host-setup.json"));
        answerNextFileDialog(saved);
        window.findChild<QAction *>(QStringLiteral("saveSetupAction"))->trigger();
        QFile setup(saved);
        ASSERT_TRUE(setup.open(QIODevice::ReadOnly)) << "File → Save setup wrote nothing";
        EXPECT_EQ(QJsonDocument::fromJson(setup.readAll())
                      .object()
                      .value(QStringLiteral("stitch"))
                      .toObject()
                      .value(QStringLiteral("sshHost")),
                  QJsonValue(QStringLiteral("bastion.example.com")));

        // File → Export as Ansible playbook: the same choices, for a fleet.
        const QString fleet = scratch.filePath(QStringLiteral("fleet.yml"));
        answerNextFileDialog(fleet);
        window.findChild<QAction *>(QStringLiteral("exportPlaybookAction"))->trigger();
        QFile playbook(fleet);
        ASSERT_TRUE(playbook.open(QIODevice::ReadOnly)) << "the playbook export wrote nothing";
        const QByteArray yaml = playbook.readAll();
        const QByteArray keyBlob =
            session.choices().publicKey.trimmed().section(QLatin1Char(' '), 1, 1).toUtf8();
        EXPECT_FALSE(keyBlob.isEmpty());
        EXPECT_TRUE(yaml.contains("\n    stitch_key: !unsafe \"ssh-") && yaml.contains(keyBlob))
            << yaml.left(2000).toStdString();
        EXPECT_TRUE(yaml.contains("\n    stitch_tunnel_user: !unsafe \"" +
                                  session.choices().tunnelUser.toUtf8() + "\"\n"));
        EXPECT_TRUE(yaml.contains("ansible.posix.authorized_key:"));
    }
}

TEST_F(WizardFlow, AnExistingAccountIsUsedOnlyAfterTheAdminConfirmsIt)
{
    // A person's account, made by hand: the wizard must not take it over silently.
    sandbox::shell(QStringLiteral("useradd -m -s /bin/bash stitchperson"));
    SetupChoices choices = session.choices();
    choices.tunnelUser = QStringLiteral("stitchperson");
    session.setChoices(choices);
    QTemporaryDir keyDir;
    const QString key = stitchPublicKey(keyDir);
    reachTunnelUserPage(key);
    ASSERT_TRUE(waitFor([&] { return settled(StepId::TunnelUser); }));
    bool notOurs = false;
    for (const Finding &f : session.stepResult(StepId::TunnelUser).findings)
        notOurs = notOurs || f.code == QLatin1String("user.not_ours");
    EXPECT_TRUE(notOurs);
    auto *adopt = child<QCheckBox>(page(), "adoptExistingUserCheckBox");
    ASSERT_NE(adopt, nullptr);
    ASSERT_TRUE(waitFor([&] { return adopt->isVisible(); }, 2000))
        << "offered once the server showed the account is not ours";
    EXPECT_FALSE(nextEnabled());
    screenshot(&window, QStringLiteral("15-tunnel-user-not-ours"));

    adopt->setFocus();
    QTest::keyClick(adopt, Qt::Key_Space);
    ASSERT_TRUE(adopt->isChecked());
    ASSERT_NO_FATAL_FAILURE(
        applyAndWaitUntilChanged(StepId::TunnelUser, [](ApplyConfirmation *confirm) {
            EXPECT_TRUE(confirm->text().contains(QStringLiteral("stitchperson")) ||
                        confirm->informativeText().contains(QStringLiteral("stitchperson")));
        }));
    EXPECT_TRUE(nextEnabled());
    EXPECT_TRUE(sandbox::shell(QStringLiteral("cat /home/stitchperson/.ssh/authorized_keys"))
                    .contains(key.section(QLatin1Char(' '), 1, 1).toUtf8()));
    EXPECT_EQ(sandbox::shell(QStringLiteral("getent passwd stitchperson | cut -d: -f7")),
              QByteArray("/usr/sbin/nologin\n"))
        << "an adopted account holds the tunnel only: a shell that runs nothing";
    sandbox::shell(QStringLiteral("userdel -r stitchperson 2>/dev/null"));
}

TEST_F(WizardFlow, SshdIsFixedForTheTunnelUserOnlyAfterTheAdminTicksIt)
{
    // sshd admits only the admin: the checkbox is offered, and applying with it lets the tunnel
    // user in (the self-test passes) while sshd_config keeps every byte it had.
    const QByteArray original = sandbox::shell(QStringLiteral("cat /etc/ssh/sshd_config"));
    const auto restore = qScopeGuard([original] {
        QFile config(QStringLiteral("/etc/ssh/sshd_config"));
        if (config.open(QIODevice::WriteOnly | QIODevice::Truncate))
            config.write(original);
        config.close();
        sandbox::reloadSshd();
    });
    sandbox::shell(QStringLiteral("echo 'AllowUsers stitchadmin' >>/etc/ssh/sshd_config"));
    sandbox::reloadSshd();
    SetupChoices choices = session.choices();
    choices.tunnelUser = QStringLiteral("stitchgui");
    session.setChoices(choices);
    QTemporaryDir keyDir;
    reachTunnelUserPage(stitchPublicKey(keyDir));
    ASSERT_TRUE(waitFor([&] { return settled(StepId::TunnelUser); }));
    auto *fix = child<QCheckBox>(page(), "fixSshdCheckBox");
    ASSERT_NE(fix, nullptr);
    ASSERT_TRUE(waitFor([&] { return fix->isVisible(); }, 2000))
        << "offered once the check found sshd keeping the tunnel user out";
    EXPECT_FALSE(fix->isChecked());
    screenshot(&window, QStringLiteral("16-tunnel-user-sshd-blocks"));

    fix->setFocus();
    QTest::keyClick(fix, Qt::Key_Space);
    ASSERT_TRUE(fix->isChecked());
    ASSERT_NO_FATAL_FAILURE(
        applyAndWaitUntilChanged(StepId::TunnelUser, [](ApplyConfirmation *confirm) {
            EXPECT_TRUE(confirm->informativeText().contains(QStringLiteral("Match User stitchgui")))
                << confirm->informativeText().toStdString();
        }));
    EXPECT_TRUE(waitFor([&] { return nextEnabled(); }, 5000));
    EXPECT_NE(session.stepResult(StepId::Finish).status, StepStatus::Fail);
    const QByteArray fixed = sandbox::shell(QStringLiteral("cat /etc/ssh/sshd_config"));
    EXPECT_TRUE(fixed.startsWith(original + "AllowUsers stitchadmin\n"));
    EXPECT_TRUE(fixed.contains("Match User stitchgui\n    AllowUsers stitchgui\n"));
}

TEST_F(WizardFlow, PrivateKeyPastedIsRefusedAndCleared)
{
    wizard->setStartId(TunnelWizard::PublicKeyPageId);
    wizard->restart();
    ASSERT_EQ(wizard->currentId(), TunnelWizard::PublicKeyPageId);
    auto *keyEdit = child<QPlainTextEdit>(page(), "publicKeyEdit");
    ASSERT_NE(keyEdit, nullptr);
    keyEdit->setFocus();
    // First a valid public key: the session stores it.
    QTemporaryDir keyDir;
    const QString publicKey = stitchPublicKey(keyDir);
    keyEdit->insertPlainText(publicKey);
    ASSERT_TRUE(waitFor([&] { return nextEnabled(); }, 2000));
    ASSERT_EQ(session.choices().publicKey, publicKey);

    // Then the private key, pasted after it (so the box is never empty in between).
    const QString privateKey = QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\n"
                                              "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
                                              "-----END OPENSSH PRIVATE KEY-----\n");
    keyEdit->moveCursor(QTextCursor::End);
    keyEdit->insertPlainText(QLatin1Char('\n') + privateKey);
    ASSERT_TRUE(waitFor([&] { return keyEdit->toPlainText().isEmpty(); }, 2000))
        << "the private key is removed from the box at once";
    auto *warning = child<QWidget>(page(), "privateKeyWarning");
    ASSERT_NE(warning, nullptr);
    EXPECT_TRUE(warning->isVisible());
    EXPECT_FALSE(nextEnabled());
    EXPECT_EQ(session.choices().publicKey, QString())
        << "the earlier public key is not kept behind the refused paste";
    // Nothing to undo back into the box: neither the private key nor the key before it.
    EXPECT_FALSE(keyEdit->document()->isUndoAvailable());
    keyEdit->undo();
    EXPECT_EQ(keyEdit->toPlainText(), QString());
    screenshot(&window, QStringLiteral("11-private-key-refused"));
}

// File → Save setup after passwords were typed on the Connect page (and handed to the session
// by Next): the file has only the reviewed keys, and none of the typed secrets.
TEST_F(WizardFlow, SavedSetupHoldsNoTypedSecret)
{
    fillWelcome();
    clickNext();
    const QByteArray passphrase = "typed-passphrase-5e1d";
    const QByteArray sudo = "typed-sudo-9a7c";
    auto *method = child<QComboBox>(page(), "authMethodCombo");
    method->setCurrentIndex(1); // key file: the passphrase box
    QTest::keyClicks(child<QLineEdit>(page(), "passphraseEdit"), QString::fromUtf8(passphrase));
    method->setCurrentIndex(0);
    fillConnect(sandbox::sshPort());
    child<QComboBox>(page(), "sudoModeCombo")->setCurrentIndex(1); // a different password
    QTest::keyClicks(child<QLineEdit>(page(), "sudoPasswordEdit"), QString::fromUtf8(sudo));
    clickNext(); // hands the secrets to the session and connects
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("hostKeyDialog") != nullptr; }));
    const QByteArray password = sandbox::password(QStringLiteral("stitchadmin")).bytes();
    ASSERT_EQ(session.credentials().password.bytes(), password);
    ASSERT_EQ(session.credentials().keyPassphrase.bytes(), passphrase);
    ASSERT_EQ(session.credentials().sudoPassword.bytes(), sudo);

    const QString path = scratch.filePath(QStringLiteral("saved-setup.json"));
    answerNextFileDialog(path);
    auto *save = window.findChild<QAction *>(QStringLiteral("saveSetupAction"));
    ASSERT_NE(save, nullptr);
    // A refusal would be a modal warning: take its text and close it rather than hang.
    QStringList warnings;
    QTimer closeWarnings;
    QObject::connect(&closeWarnings, &QTimer::timeout, &closeWarnings, [&warnings] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                warnings << box->text();
                box->done(0);
            }
        }
    });
    closeWarnings.start(50);
    save->trigger();
    closeWarnings.stop();
    EXPECT_EQ(warnings, QStringList());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "File → Save setup wrote nothing";
    const QByteArray written = file.readAll();
    EXPECT_TRUE(test::holdsNoSecretAndOnlyReviewedKeys(written, {password, passphrase, sudo}));
    const QJsonDocument document = QJsonDocument::fromJson(written);
    EXPECT_EQ(
        document.object().value(QStringLiteral("ssh")).toObject().value(QStringLiteral("user")),
        QStringLiteral("stitchadmin"))
        << "what was typed on the Connect page is what was saved";
    topLevel<QDialog>("hostKeyDialog")->reject();
}

// The Connect page keeps passwords in the store the application hands it (the system keychain
// in the app, a fake here), and only when asked to.
TEST_F(WizardFlow, RememberedPasswordsGoToTheStoreTheWindowWasGiven)
{
    fillWelcome();
    clickNext();
    fillConnect(sandbox::sshPort());
    auto *remember = child<QCheckBox>(page(), "rememberCheckBox");
    ASSERT_NE(remember, nullptr);
    remember->setFocus();
    QTest::keyClick(remember, Qt::Key_Space);
    ASSERT_TRUE(remember->isChecked());
    clickNext();
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("hostKeyDialog") != nullptr; }));
    QTest::mouseClick(child<QPushButton>(topLevel<QDialog>("hostKeyDialog"), "connectOnceButton"),
                      Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == TunnelWizard::FirewallPageId; }));

    const auto key = [](CredentialKind kind) {
        return credentialKey(QStringLiteral("stitchadmin"), QStringLiteral("127.0.0.1"),
                             sandbox::sshPort(), kind);
    };
    const QByteArray password = sandbox::password(QStringLiteral("stitchadmin")).bytes();
    QByteArray loaded;
    store.load(key(CredentialKind::LoginPassword),
               [&](CredentialReply r) { loaded = r.secret.bytes(); });
    EXPECT_EQ(loaded, password);
    loaded.clear();
    store.load(key(CredentialKind::SudoPassword),
               [&](CredentialReply r) { loaded = r.secret.bytes(); });
    EXPECT_EQ(loaded, password) << "sudo: same as the login password";
    EXPECT_FALSE(store.contains(key(CredentialKind::KeyPassphrase)))
        << "nothing typed, nothing kept";
    EXPECT_EQ(store.size(), 2);
}

TEST_F(WizardFlow, ChangedHostKeyStopsTheFlow)
{
    ASSERT_TRUE(reachChangedHostKeyBox());
    QMessageBox *box = topLevel<QMessageBox>("changedHostKeyBox");
    EXPECT_TRUE(box->informativeText().contains(sandbox::hostKeyFingerprint()));
    screenshot(box, QStringLiteral("12-host-key-changed"));
    EXPECT_EQ(box->standardButtons(), QMessageBox::Close) << "Close is the only way out";
    for (QAbstractButton *b : box->buttons()) {
        const auto role = box->buttonRole(b);
        EXPECT_TRUE(role == QMessageBox::RejectRole || role == QMessageBox::ActionRole)
            << b->text().toStdString(); // Close, and "Show Details…"
    }
    QTest::mouseClick(box->button(QMessageBox::Close), Qt::LeftButton);
    EXPECT_EQ(wizard->currentId(), TunnelWizard::ConnectPageId);
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::NotChecked);
    clickNext(); // trying again still stops
    ASSERT_TRUE(waitFor([] { return topLevel<QMessageBox>("changedHostKeyBox") != nullptr; }));
    EXPECT_EQ(wizard->currentId(), TunnelWizard::ConnectPageId);
}

TEST_F(WizardFlow, CancelDuringASlowServerLeavesThePageUsable)
{
    // A port that accepts TCP but never speaks SSH: the handshake hangs until cancelled.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    fillWelcome();
    clickNext();
    fillConnect(silent.serverPort());
    clickNext();
    ASSERT_TRUE(waitFor([&] { return worker.isBusy(); }, 2000));
    auto *cancel = child<QPushButton>(page(), "cancelButton");
    ASSERT_TRUE(waitFor([&] { return cancel->isVisible(); }, 2000));
    // The window keeps repainting while the worker waits.
    screenshot(&window, QStringLiteral("13-connect-busy"));
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !worker.isBusy(); }, 5000));
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_EQ(wizard->currentId(), TunnelWizard::ConnectPageId);
    EXPECT_TRUE(child<QLineEdit>(page(), "hostEdit")->isEnabled());
    screenshot(&window, QStringLiteral("14-connect-cancelled"));
    // And it works afterwards.
    child<QSpinBox>(page(), "portSpin")->setValue(sandbox::sshPort());
    clickNext();
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("hostKeyDialog") != nullptr; }));
    QTest::mouseClick(child<QPushButton>(topLevel<QDialog>("hostKeyDialog"), "connectOnceButton"),
                      Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == TunnelWizard::FirewallPageId; }));
}

// A wrong sudo password is refused; corrected, Next logs in again and sudo is asked again, so
// step 1 is checked with administrator rights. An edit after a good connect is checked too.
TEST_F(WizardFlow, WrongSudoPasswordThenCorrectedIsCheckedAgain)
{
    fillWelcome();
    clickNext();
    fillConnect(sandbox::sshPort());
    auto *sudoMode = child<QComboBox>(page(), "sudoModeCombo");
    auto *sudoPassword = child<QLineEdit>(page(), "sudoPasswordEdit");
    auto *status = child<QLabel>(page(), "statusLabel");
    ASSERT_NE(status, nullptr);
    sudoMode->setCurrentIndex(1); // a different password…
    QTest::keyClicks(sudoPassword, QStringLiteral("not-the-sudo-password"));
    clickNext();
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("hostKeyDialog") != nullptr; }));
    QTest::mouseClick(child<QPushButton>(topLevel<QDialog>("hostKeyDialog"), "connectOnceButton"),
                      Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !worker.isBusy(); }, 60000));
    EXPECT_EQ(wizard->currentId(), TunnelWizard::ConnectPageId) << "…is refused";
    EXPECT_FALSE(status->text().startsWith(QStringLiteral("Connected")))
        << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("sudo"))) << status->text().toStdString();

    // Corrected: the same as the login password.
    sudoMode->setCurrentIndex(0);
    clickNext();
    ASSERT_TRUE(waitFor([&] { return !worker.isBusy(); }, 60000));
    ASSERT_EQ(wizard->currentId(), TunnelWizard::FirewallPageId) << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("stitchadmin")))
        << "the rights were confirmed: " << status->text().toStdString();
    ASSERT_TRUE(waitFor([&] { return settled(StepId::Firewall); }, 60000));
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Warn);
    EXPECT_FALSE(shownFindings(TunnelWizard::FirewallPageId)
                     .contains(QStringLiteral("Administrator rights were not confirmed")))
        << shownFindings(TunnelWizard::FirewallPageId).toStdString();

    // After a good connect, a wrong sudo password typed on the Connect page is checked too.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), TunnelWizard::ConnectPageId);
    sudoMode->setCurrentIndex(1); // the wrong one typed above
    ASSERT_EQ(sudoPassword->text(), QStringLiteral("not-the-sudo-password"));
    clickNext();
    ASSERT_TRUE(waitFor([&] { return !worker.isBusy() && nextEnabled(); }, 60000));
    EXPECT_EQ(wizard->currentId(), TunnelWizard::ConnectPageId)
        << "a changed sudo password is verified, not skipped: " << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("sudo"))) << status->text().toStdString();
    sudoMode->setCurrentIndex(0);
    clickNext();
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == TunnelWizard::FirewallPageId; }, 60000))
        << status->text().toStdString();
}

// Apply, then Tools → Remove Stitch access: every page shows what the removal left, checked
// again on the server or "not checked"; nothing green for what is gone, Next and Done off.
TEST_F(WizardFlow, RemovedAccessLeavesNoPageGreen)
{
    const QString user = QStringLiteral("stitchremoved");
    useTunnelUser(user);
    QTemporaryDir keyDir;
    reachTunnelUserPage(stitchPublicKey(keyDir));
    ASSERT_TRUE(waitFor([&] { return settled(StepId::TunnelUser); }));
    ASSERT_NO_FATAL_FAILURE(
        applyAndWaitUntilChanged(StepId::TunnelUser, [](ApplyConfirmation *) {}));
    clickNext();
    ASSERT_EQ(wizard->currentId(), TunnelWizard::FinishPageId);
    ASSERT_TRUE(waitFor([&] { return settled(StepId::Finish); }, 60000));
    ASSERT_TRUE(codes(StepId::Finish).contains(QStringLiteral("selftest.login")));

    window.findChild<QAction *>(QStringLiteral("removeAccessAction"))->trigger();
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("removeAccessDialog") != nullptr; }));
    QDialog *remove = topLevel<QDialog>("removeAccessDialog");
    auto *removeUser = child<QCheckBox>(remove, "removeUserCheck");
    removeUser->setFocus();
    QTest::keyClick(removeUser, Qt::Key_Space);
    ASSERT_TRUE(removeUser->isChecked());
    QTest::mouseClick(child<QPushButton>(remove, "removeAccessButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor(
        [&] {
            return !worker.isBusy() && topLevel<QMessageBox>("removeAccessResultBox") != nullptr &&
                   session.stepResult(StepId::TunnelUser).status != StepStatus::NotChecked;
        },
        90000));
    QMessageBox *box = topLevel<QMessageBox>("removeAccessResultBox");
    EXPECT_TRUE(box->text().contains(QStringLiteral("removed"))) << box->text().toStdString();
    EXPECT_TRUE(box->informativeText().contains(user)) << box->informativeText().toStdString();
    screenshot(box, QStringLiteral("17-removed"));
    box->accept();
    EXPECT_EQ(sandbox::shell(QStringLiteral("getent passwd %1 || echo none").arg(user)),
              QByteArray("none\n"));

    // Checked again: the user is gone, and step 4 says so.
    EXPECT_EQ(session.stepResult(StepId::TunnelUser).status, StepStatus::Fail);
    EXPECT_TRUE(codes(StepId::TunnelUser).contains(QStringLiteral("user.missing")))
        << codes(StepId::TunnelUser).join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(codes(StepId::TunnelUser).contains(QStringLiteral("remove.changed")));
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Warn)
        << "step 1 checked again: no host firewall";
    // Step 5's self-test proved a tunnel that is gone: not checked any more.
    EXPECT_EQ(session.stepResult(StepId::Finish).status, StepStatus::NotChecked);
    EXPECT_FALSE(codes(StepId::Finish).contains(QStringLiteral("selftest.login")));

    // What the pages show.
    const QString done = QStringLiteral("Done: everything in this step is in place.");
    const QString changed = QStringLiteral("Changed and verified.");
    for (const auto id : {TunnelWizard::FirewallPageId, TunnelWizard::TunnelUserPageId,
                          TunnelWizard::FinishPageId}) {
        const QString shown = child<QLabel>(wizard->page(id), "statusLabel")->text();
        EXPECT_NE(shown, done) << "page " << id;
        EXPECT_NE(shown, changed) << "page " << id;
    }
    EXPECT_FALSE(wizard->page(TunnelWizard::TunnelUserPageId)->isComplete())
        << "Next on step 4 is off";
    EXPECT_EQ(child<QLabel>(page(), "statusLabel")->text(), QStringLiteral("Not checked yet."));
    EXPECT_FALSE(doneEnabled());
    EXPECT_FALSE(child<QCheckBox>(page(), "handOverUnverifiedCheckBox")->isVisible());
    EXPECT_EQ(child<QPushButton>(page(), "runSelfTestButton")->text(),
              QStringLiteral("Run self-test"));
    screenshot(&window, QStringLiteral("18-finish-after-removal"));
}

// Cancel while the apply runs (it waits for the server lock here): steps 1 and 4 are applied
// and verified, the self-test did not run, and Done stays off, whatever warning box is ticked,
// until the admin explicitly hands the setup over unverified, which the report then says.
TEST_F(WizardFlow, CancelDuringTheSelfTestKeepsDoneDisabled)
{
    const QString user = QStringLiteral("stitchcancel");
    useTunnelUser(user);
    QTemporaryDir keyDir;
    reachTunnelUserPage(stitchPublicKey(keyDir));
    ASSERT_TRUE(waitFor([&] { return settled(StepId::TunnelUser); }));

    ASSERT_TRUE(holdServerLock());
    ASSERT_TRUE(applyUntilItWaitsForTheLock()) << "the apply script never waited for the lock";
    ASSERT_TRUE(worker.isBusy());
    QTest::mouseClick(child<QPushButton>(page(), "cancelButton"), Qt::LeftButton);
    releaseServerLock();
    ASSERT_TRUE(waitFor([&] { return !worker.isBusy(); }, 90000));
    EXPECT_EQ(session.stepResult(StepId::TunnelUser).status, StepStatus::Changed)
        << "the running script finished: applied and verified";
    ASSERT_TRUE(codes(StepId::Finish).contains(QStringLiteral("selftest.interrupted")))
        << codes(StepId::Finish).join(QLatin1Char(' ')).toStdString();
    clickNext();
    ASSERT_EQ(wizard->currentId(), TunnelWizard::FinishPageId);
    screenshot(&window, QStringLiteral("19-finish-self-test-cancelled"));

    // The fix names the button as it reads.
    auto *runSelfTest = child<QPushButton>(page(), "runSelfTestButton");
    EXPECT_EQ(runSelfTest->text(), QStringLiteral("Run self-test again"));
    const QString shown = shownFindings(TunnelWizard::FinishPageId);
    EXPECT_TRUE(shown.contains(QStringLiteral("\"Run self-test again\""))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("Apply again"))) << shown.toStdString();

    // No self-test passed: no warning box to tick, and ticking it anyway enables nothing.
    EXPECT_FALSE(doneEnabled());
    auto *acknowledge = child<QCheckBox>(page(), "acknowledgeCheckBox");
    EXPECT_FALSE(acknowledge->isVisible());
    acknowledge->setChecked(true);
    EXPECT_FALSE(doneEnabled()) << "\"I understand the warnings\" is no self-test";

    // The explicit hand-over names what was not verified and goes into the report.
    auto *handOver = child<QCheckBox>(page(), "handOverUnverifiedCheckBox");
    ASSERT_TRUE(handOver->isVisible());
    const QString note = child<QLabel>(page(), "handOverUnverifiedNote")->text();
    EXPECT_TRUE(note.contains(user) && note.contains(QStringLiteral("127.0.0.1:5432")))
        << note.toStdString();
    handOver->setFocus();
    QTest::keyClick(handOver, Qt::Key_Space);
    ASSERT_TRUE(handOver->isChecked());
    EXPECT_TRUE(doneEnabled());
    EXPECT_TRUE(codes(StepId::Finish).contains(QStringLiteral("finish.handed_over_unverified")));
    const QString md = scratch.filePath(QStringLiteral("handed-over.md"));
    ASSERT_TRUE(exportReport(session, md).ok());
    QFile report(md);
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    const QByteArray content = report.readAll();
    EXPECT_TRUE(content.contains("Handed over unverified") && content.contains(user.toUtf8()))
        << content.toStdString();
    QTest::keyClick(handOver, Qt::Key_Space);
    EXPECT_FALSE(doneEnabled());
    EXPECT_FALSE(codes(StepId::Finish).contains(QStringLiteral("finish.handed_over_unverified")));
}

// An account that must not carry Stitch's key (here the admin's own login): step 4 says so and
// only so, Apply is off on every page with the reason on the page, and nothing offers to add it.
TEST_F(WizardFlow, RefusedTunnelAccountCannotBeApplied)
{
    SetupChoices choices = session.choices();
    choices.tunnelUser = QStringLiteral("stitchadmin");
    session.setChoices(choices);
    const QByteArray before = sandbox::serverState();
    QTemporaryDir keyDir;
    reachTunnelUserPage(stitchPublicKey(keyDir));
    ASSERT_TRUE(waitFor([&] { return settled(StepId::TunnelUser); }));
    const StepResult &result = session.stepResult(StepId::TunnelUser);
    EXPECT_EQ(result.status, StepStatus::Fail);
    EXPECT_FALSE(result.refusals.isEmpty())
        << codes(StepId::TunnelUser).join(QLatin1Char(' ')).toStdString();
    screenshot(&window, QStringLiteral("20-tunnel-user-refused"));

    const QString shown = shownFindings(TunnelWizard::TunnelUserPageId);
    EXPECT_TRUE(shown.contains(QStringLiteral("stitchadmin"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("dedicated tunnel user"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("Apply the changes"))) << shown.toStdString();
    EXPECT_FALSE(child<QLabel>(page(), "statusLabel")->text().contains(QStringLiteral("apply")));
    EXPECT_FALSE(nextEnabled());
    EXPECT_FALSE(child<QCheckBox>(page(), "fixSshdCheckBox")->isVisible())
        << "nothing is offered for an account that is never used";
    EXPECT_FALSE(child<QCheckBox>(page(), "adoptExistingUserCheckBox")->isVisible());

    EXPECT_FALSE(child<QPushButton>(page(), "applyButton")->isEnabled());
    auto *why = child<QLabel>(page(), "applyBlockedLabel");
    ASSERT_NE(why, nullptr);
    EXPECT_TRUE(why->isVisible());
    EXPECT_TRUE(why->text().contains(QStringLiteral("stitchadmin"))) << why->text().toStdString();
    EXPECT_TRUE(
        child<QPushButton>(wizard->page(TunnelWizard::FirewallPageId), "applyButton")->isEnabled())
        << "step 1's Apply changes only the firewall, which the refused account does not stop";
    EXPECT_FALSE(child<QPushButton>(wizard->page(TunnelWizard::FinishPageId), "runSelfTestButton")
                     ->isEnabled());
    EXPECT_EQ(sandbox::serverState(), before) << "checking changed nothing";
}

TEST_F(WizardFlow, AServerChangedWhileConfirmingIsShownAgainUnchanged)
{
    useTunnelUser(QStringLiteral("stitchrace"));
    QTemporaryDir keyDir;
    reachTunnelUserPage(stitchPublicKey(keyDir));
    ASSERT_TRUE(waitFor([&] { return settled(StepId::TunnelUser); }));
    QTest::mouseClick(child<QPushButton>(page(), "applyButton"), Qt::LeftButton);
    ASSERT_TRUE(
        waitFor([] { return topLevel<ApplyConfirmation>("applyConfirmation") != nullptr; }));
    ApplyConfirmation *first = topLevel<ApplyConfirmation>("applyConfirmation");
    EXPECT_TRUE(first->informativeText().contains(QStringLiteral("Create the user stitchrace")));
    // Another admin creates the account while this one reads the confirmation.
    sandbox::shell(QStringLiteral("useradd -m -s /bin/sh stitchrace"));
    const QByteArray changed = sandbox::serverState();
    QTest::mouseClick(child<QPushButton>(first, "confirmApplyButton"), Qt::LeftButton);

    // Nothing ran; the wizard checked again: the account is not ours now, so there is nothing
    // to confirm, and the page says why, with the server as it is now.
    ASSERT_TRUE(waitFor(
        [&] {
            const auto *error = child<QLabel>(page(), "errorLabel");
            return !worker.isBusy() &&
                   codes(StepId::TunnelUser).contains(QStringLiteral("user.not_ours")) && error &&
                   error->isVisible() &&
                   error->text().contains(QStringLiteral("changed since the check"));
        },
        60000))
        << child<QLabel>(page(), "errorLabel")->text().toStdString();
    EXPECT_TRUE(child<QLabel>(page(), "errorLabel")->text().contains(QStringLiteral("stitchrace")));
    EXPECT_EQ(topLevel<ApplyConfirmation>("applyConfirmation"), nullptr)
        << "no confirmation of changes that would not happen";
    screenshot(&window, QStringLiteral("21-tunnel-user-server-changed"));
    EXPECT_EQ(sandbox::serverState(), changed) << "the changed server was not touched";
}

TEST_F(WizardFlow, StepOnesApplyChangesOnlyTheFirewallBeforeAnyKey)
{
    useTunnelUser(QStringLiteral("stitchstep1"));
    const auto firewallOff = qScopeGuard([] { sandbox::resetFirewall(); });
    ASSERT_NO_FATAL_FAILURE(reachFirewallPage());
    ASSERT_TRUE(session.choices().publicKey.isEmpty()) << "the normal order: no key yet";

    auto *enable = child<QCheckBox>(page(), "enableFirewallCheckBox");
    ASSERT_TRUE(enable->isVisible());
    EXPECT_TRUE(enable->text().contains(QStringLiteral("closes every other incoming port")));
    enable->setFocus();
    QTest::keyClick(enable, Qt::Key_Space);
    ASSERT_TRUE(waitFor([&] { return child<QPushButton>(page(), "applyButton")->isEnabled(); }))
        << "step 1's Apply needs no key: "
        << child<QLabel>(page(), "applyBlockedLabel")->text().toStdString();
    ASSERT_NO_FATAL_FAILURE(applyAndWaitUntilChanged(StepId::Firewall, [](ApplyConfirmation *c) {
        const QString info = c->informativeText();
        EXPECT_TRUE(info.contains(QStringLiteral("Turn on ufw"))) << info.toStdString();
        EXPECT_TRUE(info.contains(QStringLiteral("closed to other machines")) ||
                    info.contains(QStringLiteral("blocks every incoming connection")))
            << info.toStdString();
        EXPECT_FALSE(info.contains(QStringLiteral("Create the user"))) << info.toStdString();
        screenshot(c, QStringLiteral("22-apply-confirmation-step-1"));
    }));
    EXPECT_TRUE(sandbox::shell(QStringLiteral("ufw status")).contains("Status: active"));
    EXPECT_EQ(sandbox::shell(QStringLiteral("getent passwd stitchstep1")), QByteArray())
        << "step 1's Apply did not touch step 4";
    EXPECT_EQ(session.stepResult(StepId::Firewall).status, StepStatus::Changed);
}
