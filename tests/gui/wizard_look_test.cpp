// How the wizard looks and is reached without a mouse: every page in a normal and a failing
// state (screenshots, light and dark), accessible names, mnemonics, and the 1024×700 budget.
#include "../support/fake_credential_store.h"
#include "findings_view.h"
#include "fit_check.h"
#include "gui_test_support.h"
#include "host_key_dialog.h"
#include "main_window.h"
#include "model/setup_session.h"
#include "setup/setup_worker.h"
#include "setup/step_checks.h"
#include "setup_controller.h"
#include "status_icons.h"
#include "tunnel_wizard.h"
#include "widget_helpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>

using namespace stitch;
using namespace stitch::wizard;

namespace {

StepResult failing(const char *code, const QString &message, const QString &fix)
{
    StepResult r;
    r.status = StepStatus::Fail;
    r.findings << makeFinding(Severity::Fail, code, message, fix);
    r.commands << QStringLiteral("ufw allow proto tcp from 52.23.137.21 to any port 22 comment "
                                 "'stitch-tunnel'");
    return r;
}

// Results as a failing server produces them (texts as core words them), so that every step
// page can be shown in its failing state without depending on the server's mood.
void fillFailingResults(SetupSession &session)
{
    session.setStepResult(
        StepId::Firewall,
        failing("firewall.stitch_blocked",
                QStringLiteral("ufw is active and does not yet allow: 52.23.137.21/32 → port 22, "
                               "52.204.223.208/32 → port 22."),
                QStringLiteral("Apply the changes: the tool adds allow rules tagged "
                               "\"stitch-tunnel\".")));
    session.setStepResult(
        StepId::Database,
        failing("forward_refused",
                QStringLiteral("The SSH server reached 127.0.0.1 port 5432, but nothing accepts "
                               "connections there (connection refused)."),
                QStringLiteral("Check that the database is running and listens on that address "
                               "and port (\"localhost\" may mean ::1 rather than 127.0.0.1).")));
    StepResult user = failing("sshd.forwarding_disabled",
                              QStringLiteral("sshd has AllowTcpForwarding no for stitch, so "
                                             "Stitch's tunnel would be refused."),
                              QStringLiteral("Set \"AllowTcpForwarding yes\" (or in a \"Match "
                                             "User stitch\" block) in /etc/ssh/sshd_config, check "
                                             "with sshd -t, then reload sshd."));
    // sshd keeps the tunnel user out: the page offers its "Fix sshd" checkbox.
    user.findings.first() =
        withRemedy(user.findings.first(), RemedyKind::FixSshd, {user.findings.first().fix});
    user.findings << makeFinding(Severity::Fail, "user.ssh_dir",
                                 QStringLiteral("/home/stitch/.ssh has mode 755 and owner root; "
                                                "sshd needs mode 700 and owner stitch."),
                                 QStringLiteral("Apply the changes to fix owner and mode."));
    session.setStepResult(StepId::TunnelUser, user);
    session.setStepResult(
        StepId::Finish,
        failing("selftest.login",
                QStringLiteral("The self-test could not log in as stitch with a key: The server "
                               "refused the key for stitch."),
                QStringLiteral("Fix the failures of the tunnel user step, then apply again.")));
}

class WizardLook : public ::testing::Test
{
protected:
    void showPage(MainWindow &window, int id)
    {
        TunnelWizard *wizard = window.tunnelWizard();
        wizard->setStartId(id);
        wizard->restart();
        QTest::qWait(50);
    }
    void shoot(MainWindow &window, const QString &name)
    {
        const QString dir = stitch::guitest::screenshotDir();
        QDir().mkpath(dir);
        window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
};

const struct
{
    int id;
    const char *name;
} kPages[] = {
    {TunnelWizard::WelcomePageId, "welcome"},      {TunnelWizard::ConnectPageId, "connect"},
    {TunnelWizard::FirewallPageId, "firewall"},    {TunnelWizard::DatabasePageId, "database"},
    {TunnelWizard::PublicKeyPageId, "public-key"}, {TunnelWizard::TunnelUserPageId, "tunnel-user"},
    {TunnelWizard::FinishPageId, "finish"}};

// Focusable inputs and buttons over all pages in the failing state (48 when written): far
// fewer means the test stopped looking, not that the wizard lost its controls.
constexpr int kMinimumControls = 36;

} // namespace

TEST_F(WizardLook, EveryPageFailingStateLightAndDarkFitsIn1024x700)
{
    for (const bool dark : {false, true}) {
        std::unique_ptr<guitest::DarkLook> look;
        if (dark)
            look = std::make_unique<guitest::DarkLook>();
        SetupSession session;
        fillFailingResults(session);
        setup::SetupWorker worker;
        SetupController controller(session, worker);
        test::FakeCredentialStore store;
        MainWindow window(session, controller, store);
        window.resize(1024, 700);
        window.show();
        for (const auto &page : kPages) {
            showPage(window, page.id);
            const QSize needed = window.minimumSizeHint();
            EXPECT_LE(needed.width(), 1024) << page.name;
            EXPECT_LE(needed.height(), 700) << page.name;
            shoot(window,
                  QStringLiteral("look-%1-%2")
                      .arg(QLatin1String(dark ? "dark" : "light"), QLatin1String(page.name)));
            EXPECT_FALSE(worker.isBusy())
                << page.name << ": failing results are shown, not re-checked";
            if (page.id >= TunnelWizard::FirewallPageId &&
                page.id != TunnelWizard::PublicKeyPageId) {
                // This page's own list shows the failures (not some other page's list).
                QWidget *current = window.tunnelWizard()->currentPage();
                auto *list = current->findChild<QListWidget *>(QStringLiteral("findingsList"));
                ASSERT_NE(list, nullptr) << page.name;
                EXPECT_TRUE(list->isVisible()) << page.name;
                EXPECT_GT(list->count(), 0) << page.name << ": the failures are listed";
            }
            if (page.id >= TunnelWizard::FirewallPageId && page.id < TunnelWizard::FinishPageId &&
                page.id != TunnelWizard::PublicKeyPageId) {
                EXPECT_FALSE(window.tunnelWizard()->button(QWizard::NextButton)->isEnabled())
                    << page.name << ": a failing step does not let the user go on";
            }
        }
    }
}

// A finding that passes but still advises something is a note (information icon, "Note:" for a
// screen reader), never a green "Passed" beside a fix.
TEST_F(WizardLook, APassThatAdvisesSomethingIsANoteNotAGreenCheck)
{
    StepResult result;
    result.status = StepStatus::Pass;
    result.findings << makeFinding(Severity::Pass, "user.ok", QStringLiteral("stitch exists."), {})
                    << makeFinding(Severity::Pass, "sshd.client_alive_off",
                                   QStringLiteral("sshd never checks idle connections."),
                                   QStringLiteral("Set ClientAliveInterval 60."))
                    << makeFinding(Severity::Warn, "firewall.none_active",
                                   QStringLiteral("No host firewall is active."),
                                   QStringLiteral("Use the cloud firewall."));
    FindingsView view;
    view.showResult(result);
    ASSERT_EQ(view.count(), 3);
    const auto spoken = [&](int row) {
        return view.item(row)->data(Qt::AccessibleTextRole).toString();
    };
    EXPECT_TRUE(spoken(0).startsWith(QLatin1String("Passed:"))) << spoken(0).toStdString();
    EXPECT_TRUE(spoken(1).startsWith(QLatin1String("Note:"))) << spoken(1).toStdString();
    EXPECT_TRUE(spoken(2).startsWith(QLatin1String("Warning:"))) << spoken(2).toStdString();
    EXPECT_EQ(view.item(1)->icon().cacheKey(), statusIcon(IconKind::Info).cacheKey());
}

// In the menu bar and in each menu, every Alt+letter opens one thing, in English and German
// (File once had Save setup and Recent servers both on S).
TEST_F(WizardLook, NoMenuUsesAnAltLetterTwice)
{
    for (const bool german : {false, true}) {
        SCOPED_TRACE(german ? "de" : "en");
        const guitest::GermanText language(german);
        ASSERT_TRUE(language.ok());
        SetupSession session;
        setup::SetupWorker worker;
        SetupController controller(session, worker);
        test::FakeCredentialStore store;
        MainWindow window(session, controller, store);
        QStringList menuTitles;
        int menus = 0;
        for (QAction *top : window.menuBar()->actions()) {
            menuTitles << top->text();
            QMenu *menu = top->menu();
            ASSERT_NE(menu, nullptr) << top->text().toStdString();
            QStringList texts;
            for (QAction *action : menu->actions())
                texts << action->text();
            EXPECT_EQ(guitest::repeatedMnemonics(texts), QStringList())
                << menu->title().toStdString();
            ++menus;
        }
        EXPECT_GE(menus, 4) << "File, Tools, View and Help were all looked at";
        EXPECT_EQ(guitest::repeatedMnemonics(menuTitles), QStringList());
    }
}

TEST_F(WizardLook, EveryControlHasAnAccessibleNameOrText)
{
    SetupSession session;
    fillFailingResults(session);
    setup::SetupWorker worker;
    SetupController controller(session, worker);
    test::FakeCredentialStore store;
    MainWindow window(session, controller, store);
    window.show();
    QStringList missing;
    QStringList unvisited; // pages on which no control was looked at: the test saw nothing there
    int visited = 0;
    for (const auto &page : kPages) {
        showPage(window, page.id);
        ASSERT_EQ(window.tunnelWizard()->currentId(), page.id) << page.name;
        QWidget *current = window.tunnelWizard()->currentPage();
        int visitedHere = 0;
        for (QWidget *w : current->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(current) || w->focusPolicy() == Qt::NoFocus)
                continue;
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                               qobject_cast<QAbstractSpinBox *>(w) ||
                               qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QListWidget *>(w);
            auto *button = qobject_cast<QAbstractButton *>(w);
            if (!input && !button)
                continue;
            // A spin box's inner line edit is named through the spin box.
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            ++visitedHere;
            const bool named =
                !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            // A form field is also named by its label's buddy.
            bool labelled = false;
            for (QLabel *label : current->findChildren<QLabel *>())
                labelled = labelled || label->buddy() == w;
            if (!named && !labelled)
                missing << QStringLiteral("%1: %2 %3")
                               .arg(QLatin1String(page.name),
                                    QLatin1String(w->metaObject()->className()), w->objectName());
        }
        if (visitedHere == 0)
            unvisited << QLatin1String(page.name);
        visited += visitedHere;
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
    // Not vacuous: every page has controls to reach, and the wizard has a good many of them.
    EXPECT_TRUE(unvisited.isEmpty()) << unvisited.join(QLatin1String(", ")).toStdString();
    std::printf("[look] %d controls checked on %d pages\n", visited,
                static_cast<int>(std::size(kPages)));
    EXPECT_GE(visited, kMinimumControls) << visited;
}

TEST_F(WizardLook, KeyboardOnlyThroughTheFirstPages)
{
    SetupSession session;
    setup::SetupWorker worker;
    SetupController controller(session, worker);
    test::FakeCredentialStore store;
    MainWindow window(session, controller, store);
    window.show();
    QApplication::setActiveWindow(&window);
    TunnelWizard *wizard = window.tunnelWizard();
    auto *dbHost = wizard->findChild<QLineEdit *>(QStringLiteral("databaseHostEdit"));
    // Alt+H (the label's mnemonic) puts the cursor in the database host field.
    QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
    EXPECT_TRUE(dbHost->hasFocus());
    dbHost->selectAll();
    QTest::keyClicks(dbHost, QStringLiteral("db.internal"));
    // Enter triggers the default button (Next).
    QTest::keyClick(dbHost, Qt::Key_Return);
    EXPECT_EQ(wizard->currentId(), TunnelWizard::ConnectPageId);
    EXPECT_EQ(session.choices().databaseHost, QStringLiteral("db.internal"));
    // Alt+S goes to the SSH server field; Tab walks port, login in order.
    QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);
    auto *host = wizard->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    EXPECT_TRUE(host->hasFocus());
    QTest::keyClick(host, Qt::Key_Tab);
    EXPECT_TRUE(wizard->findChild<QSpinBox *>(QStringLiteral("portSpin"))->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(wizard->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->hasFocus());
    // Back, reached with the keyboard, keeps what was typed.
    QAbstractButton *back = wizard->button(QWizard::BackButton);
    ASSERT_TRUE(back->isVisible() && back->isEnabled());
    EXPECT_TRUE(back->text().contains(QStringLiteral("&B")));
    back->setFocus(Qt::TabFocusReason);
    QTest::keyClick(back, Qt::Key_Space);
    EXPECT_EQ(wizard->currentId(), TunnelWizard::WelcomePageId);
    EXPECT_EQ(dbHost->text(), QStringLiteral("db.internal"));
}

namespace {

// The strongest contrast any pixel of `w` as drawn has against `background`: the stems of
// text (or an outline) are drawn in its colour, anti-aliased edges only come closer.
double strongestContrast(QWidget *w, const QColor &background, const QRect &part = QRect())
{
    const QImage image = w->grab(part.isNull() ? w->rect() : part).toImage();
    double best = 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, contrastRatio(QColor(image.pixel(x, y)), background));
    }
    return best;
}

QColor windowColour()
{
    return QApplication::palette().color(QPalette::Active, QPalette::Window);
}

class WizardColours : public ::testing::TestWithParam<bool>
{
protected:
    void SetUp() override
    {
        if (GetParam())
            look = std::make_unique<guitest::DarkLook>();
        window = std::make_unique<MainWindow>(session, controller, store);
        window->resize(1024, 700);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        look.reset();
    }
    QWidget *page() const { return window->tunnelWizard()->currentPage(); }

    std::unique_ptr<guitest::DarkLook> look;
    SetupSession session;
    setup::SetupWorker worker;
    SetupController controller{session, worker};
    test::FakeCredentialStore store;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST(ContrastRatio, MatchesWcagsEnds)
{
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.02);
}

// Red and green text and the outlines of fields and checkboxes, as drawn on a light and a
// dark desktop: 4.5:1 for text, 3:1 for outlines, against the window.
TEST_P(WizardColours, TextAndOutlinesStandOutFromTheWindow)
{
    const QColor background = windowColour();
    const char *lookName = GetParam() ? "dark" : "light";
    // Welcome: a database host that is no host name.
    auto *dbHost = guitest::child<QLineEdit>(page(), "databaseHostEdit");
    dbHost->clear();
    QTest::keyClicks(dbHost, QStringLiteral("db host!"));
    QTest::mouseClick(window->tunnelWizard()->button(QWizard::NextButton), Qt::LeftButton);
    auto *error = guitest::child<QLabel>(page(), "errorLabel");
    ASSERT_TRUE(error && error->isVisible()) << lookName;
    EXPECT_GE(strongestContrast(error, background), 4.5) << lookName << ": Welcome's error";
    // Outlines: the field (its left edge, away from the focus frame: focus moves off first)
    // and a checkbox's box.
    auto *type = guitest::child<QComboBox>(page(), "databaseTypeCombo");
    ASSERT_NE(type, nullptr);
    type->setFocus();
    QTest::qWait(50);
    EXPECT_GE(strongestContrast(dbHost, background, QRect(0, 0, 3, dbHost->height())), 3.0)
        << lookName << ": the outline of a field";
    dbHost->clear();
    QTest::keyClicks(dbHost, QStringLiteral("localhost"));
    QTest::mouseClick(window->tunnelWizard()->button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(window->tunnelWizard()->currentId(), TunnelWizard::ConnectPageId);
    auto *remember = guitest::child<QCheckBox>(page(), "rememberCheckBox");
    QStyleOptionButton option;
    option.initFrom(remember);
    const QRect box =
        remember->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, remember);
    EXPECT_GE(strongestContrast(remember, background, box), 3.0)
        << lookName << ": the box of a checkbox";
    // A placeholder says what to type: readable (4.5:1) on the field, not a faint hint.
    auto *host = guitest::child<QLineEdit>(page(), "hostEdit");
    ASSERT_TRUE(host && host->text().isEmpty() && !host->placeholderText().isEmpty());
    const QColor base = host->palette().color(QPalette::Active, QPalette::Base);
    const QRect inside = host->rect().adjusted(4, 4, -4, -4);
    EXPECT_GE(strongestContrast(host, base, inside), 4.5) << lookName << ": a placeholder";

    // The host-key dialog: a fingerprint that does not match (red), one that does (green).
    ssh::HostKeyInfo info;
    info.host = QStringLiteral("bastion.example.com");
    info.keyType = QStringLiteral("ssh-ed25519");
    info.fingerprint = QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
    HostKeyDialog dialog(info, window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *expected = guitest::child<QLineEdit>(&dialog, "expectedFingerprintEdit");
    auto *comparison = guitest::child<QLabel>(&dialog, "comparisonLabel");
    QTest::keyClicks(expected, QStringLiteral("SHA256:AAAApj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"));
    EXPECT_GE(strongestContrast(comparison, background), 4.5) << lookName << ": no match (red)";
    expected->clear();
    QTest::keyClicks(expected, info.fingerprint);
    EXPECT_TRUE(guitest::child<QPushButton>(&dialog, "acceptSaveButton")->isDefault());
    EXPECT_GE(strongestContrast(comparison, background), 4.5) << lookName << ": a match (green)";
    // Not the text colour: red and green stay red and green.
    const QColor red = alertColor(QApplication::palette());
    const QColor green = successColor(QApplication::palette());
    EXPECT_GT(red.red(), red.green()) << lookName;
    EXPECT_GT(green.green(), green.red()) << lookName;
    EXPECT_GE(contrastRatio(red, background), 4.5) << lookName;
    EXPECT_GE(contrastRatio(green, background), 4.5) << lookName;
}

INSTANTIATE_TEST_SUITE_P(LightAndDark, WizardColours, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &param) {
                             return std::string(param.param ? "dark" : "light");
                         });

// Without a host firewall, step 1 says what to allow in plain words, then one tab per cloud
// provider whose Copy copies that provider's commands only; nothing scrolls sideways.
TEST(CloudRules, PlainListThenOneTabPerProviderWithItsOwnCopy)
{
    SetupSession session;
    setup::SetupPlan plan;
    plan.sshPorts = {QStringLiteral("2222")};
    plan.stitchCidrs = {QStringLiteral("52.23.137.21/32"), QStringLiteral("52.204.223.208/32"),
                        QStringLiteral("52.204.228.32/32"), QStringLiteral("52.204.230.227/32")};
    StepResult firewall;
    firewall.status = StepStatus::Warn;
    firewall.findings << makeFinding(Severity::Warn, "firewall.none_active",
                                     QStringLiteral("No host firewall is active."),
                                     QStringLiteral("Use your cloud provider's firewall."));
    setup::OperationReport checked; // a check that found no host firewall
    checked.reachedServer = true;
    checked.step(StepId::Firewall) = firewall;
    checked.cloudRules = setup::cloudFirewallRules(plan);
    session.takeReport(checked);
    setup::SetupWorker worker;
    SetupController controller(session, worker);
    test::FakeCredentialStore store;
    MainWindow window(session, controller, store);
    window.resize(1093, 614);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TunnelWizard *wizard = window.tunnelWizard();
    wizard->setStartId(TunnelWizard::FirewallPageId);
    wizard->restart();
    QWidget *page = wizard->currentPage();
    auto *box = guitest::child<QWidget>(page, "cloudRulesBox");
    ASSERT_TRUE(box && box->isVisible());
    const QString summary = guitest::child<QLabel>(box, "cloudRulesSummary")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("TCP port 2222"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("4 addresses"))) << summary.toStdString();
    EXPECT_EQ(guitest::child<QLabel>(box, "cloudAddressesLabel")->text().split(QLatin1Char('\n')),
              plan.stitchCidrs);
    auto *tabs = guitest::child<QTabWidget>(box, "cloudRulesTabs");
    ASSERT_EQ(tabs->count(), 3);
    const struct
    {
        const char *button;
        const char *mine;
        QStringList others;
    } providers[] = {
        {"copyAwsRulesButton", "aws ec2", {QStringLiteral("az "), QStringLiteral("gcloud")}},
        {"copyAzureRulesButton", "az network", {QStringLiteral("aws "), QStringLiteral("gcloud")}},
        {"copyGcpRulesButton", "gcloud compute", {QStringLiteral("aws "), QStringLiteral("az ")}},
    };
    for (int i = 0; i < 3; ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(20);
        auto *copy = guitest::child<QPushButton>(tabs->widget(i), providers[i].button);
        ASSERT_NE(copy, nullptr) << providers[i].button;
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        EXPECT_TRUE(copied.startsWith(QLatin1String(providers[i].mine))) << copied.toStdString();
        for (const QString &other : providers[i].others)
            EXPECT_FALSE(copied.contains(other))
                << providers[i].button << " copied " << other.toStdString();
        EXPECT_FALSE(copied.contains(QLatin1Char('#'))) << "no section headers";
    }
    for (const QAbstractScrollArea *area : box->findChildren<QAbstractScrollArea *>()) {
        EXPECT_EQ(area->horizontalScrollBar()->maximum(), 0) << area->objectName().toStdString();
        EXPECT_EQ(area->verticalScrollBar()->maximum(), 0) << area->objectName().toStdString();
    }
    EXPECT_LE(test::scrollingAreas(page).size(), 1);
    test::saveScreenshot(&window, QStringLiteral("look-cloud-rules"));
}

// The SSH Host typed on step 5 is looked up (off the GUI thread): a name that does not
// resolve, and an address the wizard cannot compare with the server it is connected to, each
// get a warning under the field.
TEST(SshHostCheck, TypedSshHostIsLookedUpAndCompared)
{
    SetupSession session;
    ssh::ConnectionSettings c = session.connection();
    c.host = QStringLiteral("127.0.0.1");
    session.setConnection(c);
    setup::SetupWorker worker;
    SetupController controller(session, worker);
    test::FakeCredentialStore store;
    MainWindow window(session, controller, store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TunnelWizard *wizard = window.tunnelWizard();
    wizard->setStartId(TunnelWizard::FinishPageId);
    wizard->restart();
    QWidget *page = wizard->currentPage();
    auto *sshHost = guitest::child<QLineEdit>(page, "sshHostValue");
    auto *check = guitest::child<QLabel>(page, "sshHostCheckLabel");
    ASSERT_TRUE(sshHost && check);
    sshHost->selectAll();
    QTest::keyClicks(sshHost, QStringLiteral("no-such-bastion.invalid"));
    ASSERT_TRUE(guitest::waitFor(
        [&] {
            return check->isVisible() && check->text().contains(QStringLiteral("not be found"));
        },
        15000))
        << check->text().toStdString();
    EXPECT_TRUE(check->text().contains(QStringLiteral("no-such-bastion.invalid")));
    // A public address: connected by loopback, the wizard cannot tell whether it is this server.
    sshHost->selectAll();
    QTest::keyClicks(sshHost, QStringLiteral("8.8.8.8"));
    ASSERT_TRUE(guitest::waitFor(
        [&] { return check->isVisible() && check->text().contains(QStringLiteral("8.8.8.8")); },
        15000))
        << check->text().toStdString();
    EXPECT_TRUE(check->text().contains(QStringLiteral("cannot tell")))
        << check->text().toStdString();
    // Emptied: Stitch gets the address connected to, nothing to look up.
    sshHost->selectAll();
    QTest::keyClick(sshHost, Qt::Key_Backspace);
    EXPECT_TRUE(guitest::waitFor([&] { return !check->isVisible(); }, 5000));
}

// Step 2 shows where the tunnel leads and takes a corrected host and port right there (no
// "go back to the connection page"); Welcome shows the correction too.
TEST(DatabaseStep, HostAndPortAreCorrectedWhereTheCheckShowsThem)
{
    SetupSession session;
    setup::SetupWorker worker;
    SetupController controller(session, worker);
    test::FakeCredentialStore store;
    MainWindow window(session, controller, store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    TunnelWizard *wizard = window.tunnelWizard();
    wizard->setStartId(TunnelWizard::DatabasePageId);
    wizard->restart();
    QWidget *page = wizard->currentPage();
    auto *host = guitest::child<QLineEdit>(page, "stepDatabaseHostEdit");
    auto *port = guitest::child<QSpinBox>(page, "stepDatabasePortSpin");
    ASSERT_TRUE(host && port && host->isVisible() && !host->isReadOnly());
    // Typed while the page's own check (here without a server) may still run: taken when it
    // ends.
    std::printf("[database step] check running while typing: %d\n", worker.isBusy() ? 1 : 0);
    port->setValue(5433);
    host->setFocus();
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("db.internal"));
    QTest::keyClick(host, Qt::Key_Return); // editing finished
    EXPECT_TRUE(guitest::waitFor(
        [&] { return session.choices().databaseHost == QStringLiteral("db.internal"); }, 15000));
    EXPECT_EQ(session.choices().databasePort, 5433);
    auto *welcomeHost =
        guitest::child<QLineEdit>(wizard->page(TunnelWizard::WelcomePageId), "databaseHostEdit");
    EXPECT_EQ(welcomeHost->text(), QStringLiteral("db.internal"));
    ASSERT_TRUE(guitest::waitFor([&] { return !worker.isBusy(); }, 15000));
    // A host that is no host name is refused with the reason, and the session keeps the last
    // good one.
    host->setFocus();
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("db internal"));
    QTest::keyClick(host, Qt::Key_Return);
    EXPECT_EQ(session.choices().databaseHost, QStringLiteral("db.internal"));
    EXPECT_TRUE(guitest::child<QLabel>(page, "databaseLoginError")->isVisible());
    controller.cancel();
    EXPECT_TRUE(guitest::waitFor([&] { return !worker.isBusy(); }, 10000));
}

// "A different password" for sudo opens a field with a label of its own (also its mnemonic).
TEST(ConnectStep, DifferentSudoPasswordFieldHasALabel)
{
    SetupSession session;
    setup::SetupWorker worker;
    SetupController controller(session, worker);
    test::FakeCredentialStore store;
    MainWindow window(session, controller, store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TunnelWizard *wizard = window.tunnelWizard();
    wizard->setStartId(TunnelWizard::ConnectPageId);
    wizard->restart();
    QWidget *page = wizard->currentPage();
    auto *mode = guitest::child<QComboBox>(page, "sudoModeCombo");
    auto *field = guitest::child<QLineEdit>(page, "sudoPasswordEdit");
    auto *label = guitest::child<QLabel>(page, "sudoPasswordLabel");
    ASSERT_TRUE(mode && field && label);
    mode->setCurrentIndex(0); // same as the login password: no field, no label
    EXPECT_FALSE(field->isVisible());
    EXPECT_FALSE(label->isVisible());
    mode->setCurrentIndex(1);
    EXPECT_TRUE(field->isVisible());
    EXPECT_TRUE(label->isVisible());
    EXPECT_EQ(label->buddy(), field);
    EXPECT_FALSE(label->text().remove(QLatin1Char('&')).isEmpty());
}

// Export opens in the user's documents folder, not in the folder the wizard was started from.
TEST(FinishStep, ExportStartsInTheDocumentsFolder)
{
    SetupSession session;
    setup::SetupWorker worker;
    SetupController controller(session, worker);
    test::FakeCredentialStore store;
    MainWindow window(session, controller, store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TunnelWizard *wizard = window.tunnelWizard();
    wizard->setStartId(TunnelWizard::FinishPageId);
    wizard->restart();
    QTest::mouseClick(guitest::child<QPushButton>(wizard->currentPage(), "exportReportButton"),
                      Qt::LeftButton);
    ASSERT_TRUE(guitest::waitFor(
        [] { return guitest::topLevel<QFileDialog>("exportReportDialog") != nullptr; }, 5000));
    auto *dialog = guitest::topLevel<QFileDialog>("exportReportDialog");
    EXPECT_EQ(QDir(dialog->directory()).absolutePath(), QDir(inDocuments()).absolutePath());
    EXPECT_NE(QDir(dialog->directory()).absolutePath(), QDir::currentPath());
    dialog->reject();
}
