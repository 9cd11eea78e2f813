// The optional Stitch check on "Did Stitch get in?" (wizard/stitch_check_panel.cpp) driven as a
// user would, against the local fake of Stitch's Connect API (tests/support/fake_stitch_api.h):
// off until ticked, the token goes to the keychain only once the API took it, the database
// sources are offered, Send writes step 5's values and the verdict says Stitch's words. Needs
// no SSH server.
#include "../support/fake_credential_store.h"
#include "../support/fake_stitch_api.h"
#include "gui_test_support.h"
#include "model/setup_session.h"
#include "stitch_check_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace stitch;
using fakeapi::Request;
using fakeapi::Response;
using stitch::guitest::child;
using stitch::guitest::waitFor;

namespace {

const QByteArray kToken = "ac_0123456789abcdefSECRETTOKEN";

} // namespace

TEST(StitchCheckPanel, SendsTheValuesAndShowsStitchsVerdict)
{
    fakeapi::FakeStitchApi fake;
    ASSERT_TRUE(fake.error().isEmpty()) << fake.error().toStdString();
    fake.serveSources({}, {fakeapi::checkJson(QStringLiteral("failed"),
                                              QStringLiteral("FATAL: password authentication "
                                                             "failed for user \"stitch_ro\""))});
    SetupSession session;
    ssh::ConnectionSettings c = session.connection();
    c.host = QStringLiteral("bastion.example.com");
    c.port = 2222;
    session.setConnection(c);
    SetupChoices choices = session.choices();
    choices.databaseHost = QStringLiteral("10.0.1.5");
    session.setChoices(choices);
    test::FakeCredentialStore store;

    wizard::StitchCheckPanel panel(session, store);
    panel.setApiOptions(fake.clientOptions(), {50, 10'000});
    panel.resize(700, 300);
    panel.show();
    auto *token = child<QLineEdit>(&panel, "stitchTokenEdit");
    ASSERT_NE(token, nullptr);
    EXPECT_FALSE(panel.isOpen());
    EXPECT_FALSE(token->isVisible()); // off unless asked for

    QTest::mouseClick(child<QCheckBox>(&panel, "stitchCheckBox"), Qt::LeftButton);
    ASSERT_TRUE(panel.isOpen());
    EXPECT_TRUE(token->isVisible());
    token->setText(QString::fromLatin1(kToken));
    QTest::mouseClick(child<QPushButton>(&panel, "stitchLoadSourcesButton"), Qt::LeftButton);
    auto *sources = child<QComboBox>(&panel, "stitchSourceCombo");
    ASSERT_TRUE(waitFor([&] { return sources->count() > 0; }, 20000));
    EXPECT_EQ(sources->count(), 2); // the two databases; the SaaS source has no SSH tunnel
    EXPECT_TRUE(sources->itemText(0).contains(QStringLiteral("100")));
    EXPECT_EQ(store.size(), 1); // the token the API took, in the keychain
    auto *send = child<QPushButton>(&panel, "stitchSendButton");
    ASSERT_TRUE(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    auto *verdict = child<QLabel>(&panel, "stitchVerdictLabel");
    ASSERT_TRUE(waitFor([&] { return verdict->isVisible(); }, 20000));
    const QString v = verdict->text();
    EXPECT_TRUE(v.contains(QStringLiteral("database refused its user or password")))
        << v.toStdString();
    EXPECT_TRUE(v.contains(QStringLiteral("stitch_ro"))) << v.toStdString();
    EXPECT_FALSE(v.contains(QStringLiteral("SECRETTOKEN")));
    EXPECT_EQ(fake.written().value(QStringLiteral("ssh_host")).toString().toStdString(),
              "bastion.example.com");
    EXPECT_EQ(fake.written().value(QStringLiteral("ssh_port")).toString().toStdString(), "2222");
    EXPECT_EQ(fake.written().value(QStringLiteral("host")).toString().toStdString(), "10.0.1.5");
    // Another visit: the token is read back from the keychain only once the box is ticked.
    wizard::StitchCheckPanel again(session, store);
    again.show();
    const int calls = store.calls();
    EXPECT_TRUE(child<QLineEdit>(&again, "stitchTokenEdit")->text().isEmpty());
    QTest::mouseClick(child<QCheckBox>(&again, "stitchCheckBox"), Qt::LeftButton);
    EXPECT_EQ(store.calls(), calls + 1);
    EXPECT_EQ(child<QLineEdit>(&again, "stitchTokenEdit")->text(), QString::fromLatin1(kToken));
    const QString dir = stitch::guitest::screenshotDir();
    QDir().mkpath(dir);
    panel.grab().save(dir + QStringLiteral("/stitch-check-panel.png"));
}

TEST(StitchCheckPanel, ABadTokenSaysSoAndIsNotKept)
{
    fakeapi::FakeStitchApi fake;
    ASSERT_TRUE(fake.error().isEmpty()) << fake.error().toStdString();
    fake.setHandler([](const Request &) { return Response{401, "{}", {}, false}; });
    SetupSession session;
    test::FakeCredentialStore store;
    wizard::StitchCheckPanel panel(session, store);
    panel.setApiOptions(fake.clientOptions(), {50, 10'000});
    panel.show();
    QTest::mouseClick(child<QCheckBox>(&panel, "stitchCheckBox"), Qt::LeftButton);
    ASSERT_TRUE(panel.isOpen());
    auto *verdict = child<QLabel>(&panel, "stitchVerdictLabel");
    child<QLineEdit>(&panel, "stitchTokenEdit")->setText(QStringLiteral("not-a-token"));
    QTest::mouseClick(child<QPushButton>(&panel, "stitchLoadSourcesButton"), Qt::LeftButton);
    ASSERT_TRUE(verdict->isVisible()); // said at once: nothing was sent
    EXPECT_TRUE(verdict->text().contains(QStringLiteral("start with ac_")))
        << verdict->text().toStdString();
    EXPECT_TRUE(fake.requests().isEmpty());
    child<QLineEdit>(&panel, "stitchTokenEdit")->setText(QString::fromLatin1(kToken));
    QTest::mouseClick(child<QPushButton>(&panel, "stitchLoadSourcesButton"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return verdict->text().contains(QStringLiteral("401")); }, 20000))
        << verdict->text().toStdString();
    EXPECT_TRUE(verdict->text().contains(QStringLiteral("refused the token")));
    EXPECT_EQ(store.size(), 0); // a refused token is not kept
    EXPECT_FALSE(child<QPushButton>(&panel, "stitchSendButton")->isEnabled());
}
