// Support staff and a customer, as issue 26 describes them: a setup prepared without connecting
// (File → New setup for a customer…), opened as `stitch-tunnel-wizard FILE` would, connected and
// checked, then Help → Save support bundle, whose content is read back; a failed connect leaves
// a copyable error and a report that says it; Remove offers to turn ufw off only when this tool
// turned it on.
#include "customer_setup_dialog.h"
#include "fit_check.h"
#include "setup_dialogs.h"
#include "version.h"
#include "wizard_flow_fixture.h"
#include "wizard_main.h"

#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QSysInfo>

using namespace stitch;
using namespace stitch::wizard;
using stitch::guitest::answerNextFileDialog;
using stitch::guitest::child;
using stitch::guitest::screenshot;
using stitch::guitest::stitchPublicKey;
using stitch::guitest::topLevel;
using stitch::guitest::waitFor;

namespace {

class SupportFlow : public stitch::guitest::WizardFlowFixture
{
protected:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void setText(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static void tick(QCheckBox *box)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
};

// The customer's file, made on the support side: every field typed, nothing connected.
TEST_F(SupportFlow, PreparedOfflineOpenedByArgumentCheckedAndBundledWithoutASecret)
{
    const QString user = QStringLiteral("stitchsupport");
    QTemporaryDir keyDir;
    const QString key = stitchPublicKey(keyDir);
    const QByteArray password = sandbox::password(QStringLiteral("stitchadmin")).bytes();

    window.findChild<QAction *>(QStringLiteral("newCustomerSetupAction"))->trigger();
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("customerSetupDialog") != nullptr; }));
    auto *prepare = topLevel<CustomerSetupDialog>("customerSetupDialog");
    setText(child<QLineEdit>(prepare, "customerHostEdit"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(prepare, "customerPortSpin")->setValue(sandbox::sshPort());
    setText(child<QLineEdit>(prepare, "customerLoginEdit"), QStringLiteral("stitchadmin"));
    setText(child<QLineEdit>(prepare, "customerDatabaseHostEdit"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(prepare, "customerDatabasePortSpin")->setValue(sandbox::postgresPort());
    setText(child<QLineEdit>(prepare, "customerTunnelUserEdit"), user);
    auto *keyEdit = child<QPlainTextEdit>(prepare, "customerPublicKeyEdit");
    keyEdit->setFocus();
    keyEdit->insertPlainText(key);
    tick(child<QCheckBox>(prepare, "customerEnableFirewallCheck"));
    tick(child<QCheckBox>(prepare, "customerKeyFromStitchOnlyCheck"));
    screenshot(prepare, QStringLiteral("30-new-setup-for-a-customer"));
    const QString file = scratch.filePath(QStringLiteral("customer.stitch-tunnel"));
    answerNextFileDialog(file);
    QTest::mouseClick(child<QPushButton>(prepare, "customerSaveButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("customerSetupDialog") == nullptr; }, 5000))
        << "the dialog closes once saved";
    EXPECT_FALSE(worker.isBusy());
    EXPECT_TRUE(session.transcript().entries().isEmpty()) << "nothing connected";

    const QByteArray written = readAll(file);
    ASSERT_FALSE(written.isEmpty()) << "New setup for a customer wrote nothing";
    EXPECT_TRUE(test::holdsNoSecretAndOnlyReviewedKeys(written, {password}));
    const QJsonObject saved = QJsonDocument::fromJson(written).object();
    EXPECT_EQ(saved.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("host")),
              QJsonValue(QStringLiteral("127.0.0.1")));
    EXPECT_EQ(saved.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("port")),
              QJsonValue(sandbox::sshPort()));
    EXPECT_EQ(saved.value(QStringLiteral("tunnelUser")), QJsonValue(user));
    EXPECT_EQ(saved.value(QStringLiteral("publicKey")), QJsonValue(key));
    EXPECT_EQ(saved.value(QStringLiteral("optIns")).toObject(),
              QJsonObject({{QStringLiteral("enableFirewall"), true},
                           {QStringLiteral("keyFromStitchOnly"), true},
                           {QStringLiteral("adoptExistingUser"), false},
                           {QStringLiteral("fixSshd"), false}}));

    // The customer's side: `stitch-tunnel-wizard FILE` (Qt's own options around it).
    EXPECT_EQ(setupFileArgument({QStringLiteral("stitch-tunnel-wizard"),
                                 QStringLiteral("-platform"), QStringLiteral("xcb"), file}),
              file);
    EXPECT_EQ(setupFileArgument({QStringLiteral("stitch-tunnel-wizard")}), QString());
    ASSERT_TRUE(window.openSetupFile(setupFileArgument({QStringLiteral("x"), file})));
    EXPECT_EQ(wizard->currentId(), TunnelWizard::WelcomePageId);
    EXPECT_EQ(child<QLineEdit>(page(), "databaseHostEdit")->text(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(child<QSpinBox>(page(), "databasePortSpin")->value(), sandbox::postgresPort());
    EXPECT_TRUE(
        child<QCheckBox>(wizard->page(TunnelWizard::FirewallPageId), "enableFirewallCheckBox")
            ->isChecked());
    EXPECT_TRUE(
        child<QCheckBox>(wizard->page(TunnelWizard::TunnelUserPageId), "keyFromStitchOnlyCheckBox")
            ->isChecked());
    EXPECT_EQ(session.choices().publicKey, key);
    // Unticked before connecting: the check need not say what turning ufw on would close.
    controller.setOptIn(&setup::RunOptions::enableFirewall, false);

    clickNext();
    ASSERT_EQ(wizard->currentId(), TunnelWizard::ConnectPageId);
    EXPECT_EQ(child<QLineEdit>(page(), "hostEdit")->text(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(child<QSpinBox>(page(), "portSpin")->value(), sandbox::sshPort());
    EXPECT_EQ(child<QLineEdit>(page(), "loginEdit")->text(), QStringLiteral("stitchadmin"));
    QTest::keyClicks(child<QLineEdit>(page(), "passwordEdit"), QString::fromUtf8(password));
    clickNext();
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("hostKeyDialog") != nullptr; }));
    QTest::mouseClick(child<QPushButton>(topLevel<QDialog>("hostKeyDialog"), "connectOnceButton"),
                      Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == TunnelWizard::FirewallPageId; }));
    ASSERT_TRUE(waitFor([&] { return settled(StepId::Firewall); }, 60000));
    const QStringList firewallCodes = codes(StepId::Firewall);
    ASSERT_FALSE(firewallCodes.isEmpty());

    // Help on this page: the menu, then Copy diagnostics and Save support bundle.
    auto *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    ASSERT_NE(help, nullptr);
    help->popup(window.mapToGlobal(QPoint(200, 30)));
    ASSERT_TRUE(waitFor([help] { return help->isVisible(); }, 5000));
    screenshot(help, QStringLiteral("31-help-menu"));
    help->close();
    window.findChild<QAction *>(QStringLiteral("copyDiagnosticsAction"))->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(QLatin1String(STITCH_VERSION))) << copied.left(400).toStdString();
    EXPECT_FALSE(copied.toUtf8().contains(password));

    const QString bundle = scratch.filePath(QStringLiteral("support.txt"));
    answerNextFileDialog(bundle);
    window.findChild<QAction *>(QStringLiteral("saveSupportBundleAction"))->trigger();
    const QByteArray content = readAll(bundle);
    ASSERT_FALSE(content.isEmpty()) << "Save support bundle wrote nothing";
    const QString text = QString::fromUtf8(content);
    EXPECT_TRUE(text.contains(
        QStringLiteral("Stitch SSH Tunnel Wizard %1").arg(QLatin1String(STITCH_VERSION))))
        << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QSysInfo::prettyProductName())) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QLatin1String(" UTC"))) << "the time";
    EXPECT_TRUE(
        text.contains(QStringLiteral("1. Allow Stitch's IP addresses on the SSH port: %1")
                          .arg(stepStatusName(session.stepResult(StepId::Firewall).status))))
        << text.toStdString();
    for (const QString &code : firewallCodes)
        EXPECT_TRUE(text.contains(code)) << code.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("\"keyFromStitchOnly\": true"))) << "the opt-ins";
    EXPECT_TRUE(text.contains(key)) << "the key";
    const auto entries = session.transcript().entries();
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_TRUE(text.contains(entries.last().label)) << "the transcript";
    EXPECT_TRUE(text.contains(QLatin1String("Last error"))) << text.left(800).toStdString();
    EXPECT_FALSE(content.contains(password)) << "the bundle holds no password";

    // The report leads with the results; the scripts come after, in an appendix.
    const QString html = scratch.filePath(QStringLiteral("report.md"));
    ASSERT_TRUE(exportReport(session, html).ok());
    const QByteArray md = readAll(html);
    const qsizetype values = md.indexOf("Values for Stitch");
    const qsizetype appendix = md.indexOf("Appendix");
    EXPECT_GT(values, 0) << md.left(2000).toStdString();
    EXPECT_GT(appendix, values) << md.left(2000).toStdString();
    EXPECT_GT(md.indexOf("```"), appendix) << "no script before the appendix";
}

// Before connecting, Save setup and Do it myself use what the Connect page shows (the port
// typed, not 22). Then a failed connect: the error can be selected, and the report and the
// diagnostics carry it, with the version, the system and the time.
TEST_F(SupportFlow, AFailedConnectLeavesACopyableErrorThatReportsCarry)
{
    fillWelcome();
    clickNext();
    QTcpServer closed; // a port nobody listens on once closed
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    fillConnect(port);

    SetupChoices choices = session.choices();
    QTemporaryDir keyDir;
    choices.publicKey = stitchPublicKey(keyDir);
    session.setChoices(choices);
    window.findChild<QAction *>(QStringLiteral("doItMyselfAction"))->trigger();
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("scriptDialog") != nullptr; }));
    QDialog *script = topLevel<QDialog>("scriptDialog");
    const QString shown = child<QPlainTextEdit>(script, "scriptView")->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("PORTS='%1'").arg(port)))
        << "the port typed, before any connect: " << shown.left(3000).toStdString();
    EXPECT_FALSE(shown.contains(QLatin1String(".cpp"))) << "no developer comment";
    script->reject();

    // Save setup writes what is on screen: the Connect page's fields before any connect.
    const QString file = scratch.filePath(QStringLiteral("on-screen.stitch-tunnel"));
    answerNextFileDialog(file);
    window.findChild<QAction *>(QStringLiteral("saveSetupAction"))->trigger();
    const QJsonObject ssh =
        QJsonDocument::fromJson(readAll(file)).object().value(QStringLiteral("ssh")).toObject();
    EXPECT_EQ(ssh.value(QStringLiteral("host")), QJsonValue(QStringLiteral("127.0.0.1")));
    EXPECT_EQ(ssh.value(QStringLiteral("user")), QJsonValue(QStringLiteral("stitchadmin")));
    EXPECT_EQ(ssh.value(QStringLiteral("port")), QJsonValue(port));

    clickNext();
    auto *status = child<QLabel>(page(), "statusLabel");
    ASSERT_TRUE(waitFor(
        [&] {
            return !worker.isBusy() && !status->text().isEmpty() && !session.lastOutcome().ok();
        },
        60000));
    EXPECT_TRUE(status->textInteractionFlags() & Qt::TextSelectableByMouse)
        << "the connect error can be selected and copied";
    screenshot(&window, QStringLiteral("32-connect-error"));

    const QString path = scratch.filePath(QStringLiteral("failed.md"));
    ASSERT_TRUE(exportReport(session, path).ok());
    const QString md = QString::fromUtf8(readAll(path));
    EXPECT_TRUE(md.contains(QLatin1String("## Last error"))) << md.toStdString();
    EXPECT_TRUE(md.contains(session.lastOutcome().error().message)) << md.toStdString();
    EXPECT_TRUE(md.contains(QLatin1String(STITCH_VERSION))) << md.toStdString();
    EXPECT_TRUE(md.contains(QSysInfo::prettyProductName())) << md.toStdString();
    EXPECT_TRUE(md.contains(QLatin1String(" UTC"))) << md.toStdString();
    const QString json = scratch.filePath(QStringLiteral("failed.json"));
    ASSERT_TRUE(exportReport(session, json).ok());
    const QJsonObject o = QJsonDocument::fromJson(readAll(json)).object();
    EXPECT_EQ(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")),
              QJsonValue(session.lastOutcome().error().message));
    EXPECT_TRUE(
        o.value(QStringLiteral("made_by")).toString().contains(QSysInfo::prettyProductName()));
}

// The server's record says this tool turned ufw on: step 1 says so, Remove offers to turn it off
// again, and ticked, ufw is off afterwards and the record no longer says it.
TEST_F(SupportFlow, RemoveTurnsUfwOffAgainWhenThisToolTurnedItOn)
{
    const auto restore = qScopeGuard([] {
        sandbox::shell(QStringLiteral("rm -rf /var/lib/stitch-tunnel"));
        sandbox::resetFirewall();
    });
    sandbox::resetFirewall();
    sandbox::shell(
        QStringLiteral(
            "ufw allow proto tcp from 127.0.0.1 to any port %1 comment 'stitch-tunnel admin' "
            ">/dev/null && ufw --force enable >/dev/null && mkdir -p -m 700 /var/lib/stitch-tunnel "
            "&& printf 'admin-rule ufw 127.0.0.1 %1\\nufw-enabled\\n' "
            ">/var/lib/stitch-tunnel/record")
            .arg(sandbox::sshPort()));
    ASSERT_TRUE(sandbox::shell(QStringLiteral("ufw status")).contains("Status: active"));
    fillWelcome();
    clickNext();
    fillConnect(sandbox::sshPort());
    clickNext();
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("hostKeyDialog") != nullptr; }));
    QTest::mouseClick(child<QPushButton>(topLevel<QDialog>("hostKeyDialog"), "connectOnceButton"),
                      Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return settled(StepId::Firewall); }, 60000));
    ASSERT_TRUE(codes(StepId::Firewall).contains(QStringLiteral("firewall.recorded_ufw_enabled")))
        << codes(StepId::Firewall).join(QLatin1Char(' ')).toStdString();

    window.findChild<QAction *>(QStringLiteral("removeAccessAction"))->trigger();
    ASSERT_TRUE(waitFor([] { return topLevel<QDialog>("removeAccessDialog") != nullptr; }));
    QDialog *remove = topLevel<QDialog>("removeAccessDialog");
    auto *turnOff = child<QCheckBox>(remove, "turnOffUfwCheck");
    ASSERT_NE(turnOff, nullptr) << "offered: the record says this tool turned ufw on";
    tick(turnOff);
    QTest::mouseClick(child<QPushButton>(remove, "removeAccessButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor(
        [&] {
            return !worker.isBusy() && topLevel<QMessageBox>("removeAccessResultBox") != nullptr;
        },
        90000));
    QMessageBox *box = topLevel<QMessageBox>("removeAccessResultBox");
    EXPECT_TRUE(box->informativeText().contains(QLatin1String("Turned off ufw.")))
        << box->informativeText().toStdString();
    box->accept();
    EXPECT_TRUE(sandbox::shell(QStringLiteral("ufw status")).contains("Status: inactive"));
    const QByteArray record =
        sandbox::shell(QStringLiteral("cat /var/lib/stitch-tunnel/record 2>/dev/null"));
    EXPECT_FALSE(record.contains("ufw-enabled")) << record.toStdString();
    EXPECT_FALSE(record.contains("admin-rule")) << record.toStdString();
    // Checked again after the removal: the record no longer says so, and Remove no longer offers.
    ASSERT_TRUE(waitFor([&] { return settled(StepId::Firewall); }, 60000));
    EXPECT_FALSE(codes(StepId::Firewall).contains(QStringLiteral("firewall.recorded_ufw_enabled")));
}

} // namespace

// The Remove dialog offers to turn ufw off only when the server's record says this tool turned
// it on, and the choice reaches the removal's options.
TEST(RemoveAccessDialogUfw, OfferedOnlyWhenThisToolTurnedUfwOn)
{
    SetupChoices choices;
    RemoveAccessDialog notOurs(choices, QStringLiteral("bastion"), false);
    EXPECT_EQ(notOurs.findChild<QCheckBox *>(QStringLiteral("turnOffUfwCheck")), nullptr);
    EXPECT_FALSE(notOurs.runOptions().turnOffUfw);

    RemoveAccessDialog ours(choices, QStringLiteral("bastion"), true);
    ours.show();
    auto *box = ours.findChild<QCheckBox *>(QStringLiteral("turnOffUfwCheck"));
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(box->isChecked()) << "opt-in: off until ticked";
    EXPECT_FALSE(ours.runOptions().turnOffUfw);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    EXPECT_TRUE(ours.runOptions().turnOffUfw);
    stitch::guitest::screenshot(&ours, QStringLiteral("33-remove-turn-off-ufw"));
}

// The letters after '&' in a dialog's labels and buttons: each once, so Alt+letter is never
// ambiguous.
static QStringList repeatedMnemonics(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        texts << button->text();
    return stitch::guitest::repeatedMnemonics(texts);
}

// The support dialogs in English and in German, the longer language: every text fits, each
// dialog fits a 1093×614 laptop screen (1366×768 at 125 %), and no Alt+letter is used twice.
TEST(SupportDialogs, FitALaptopScreenWithEveryTextShownInEnglishAndGerman)
{
    for (const bool german : {false, true}) {
        SCOPED_TRACE(german ? "de" : "en");
        const stitch::guitest::GermanText language(german);
        ASSERT_TRUE(language.ok());
        SetupFileContents start;
        start.choices.publicKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA+Z62KpsKJHK"
                                                 "yDZy3SLcCdhZKkJ7mxnErve7GA3TKid stitch");
        CustomerSetupDialog prepare(start);
        RemoveAccessDialog remove(start.choices, QStringLiteral("bastion.example.com"), true);
        for (QDialog *dialog : std::initializer_list<QDialog *>{&prepare, &remove}) {
            SCOPED_TRACE(dialog->objectName().toStdString());
            dialog->show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
            EXPECT_LE(dialog->frameGeometry().width(), 1093);
            EXPECT_LE(dialog->frameGeometry().height(), 614);
            EXPECT_EQ(stitch::test::cutOffTexts(dialog), QStringList());
            EXPECT_EQ(repeatedMnemonics(dialog), QStringList());
            for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
                EXPECT_FALSE(button->text().contains(QLatin1String("amp;")))
                    << "an escaped & shows: " << button->text().toStdString();
            stitch::guitest::screenshot(
                dialog,
                dialog->objectName() + (german ? QStringLiteral("-de") : QStringLiteral("-en")));
        }
        if (german) {
            EXPECT_EQ(prepare.windowTitle(), QStringLiteral("Neue Einrichtung für einen Kunden"));
        }
    }
}
