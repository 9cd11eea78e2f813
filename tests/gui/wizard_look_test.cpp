// How the wizard looks and is reached without a mouse: every page in a normal and a failing
// state (screenshots, light and dark), accessible names, mnemonics, and the 1024×700 budget.
#include "../support/fake_credential_store.h"
#include "main_window.h"
#include "session/setup_session.h"
#include "setup/setup_worker.h"
#include "setup_controller.h"
#include "tunnel_wizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>
#include <iterator>

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

void applyDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 38));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(50, 50, 52));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(38, 79, 120));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    QApplication::setPalette(p);
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
        const QString dir = QStringLiteral(STITCH_SCREENSHOT_DIR);
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
        const QPalette original = QApplication::palette();
        if (dark)
            applyDarkPalette();
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
        if (dark)
            QApplication::setPalette(original);
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
