// The Ansible playbook (core/setup/ansible_playbook): its shape, read back by a YAML parser,
// and that it carries exactly the plan's values. Running it is tests/integration/playbook_test.
#include "setup/ansible_playbook.h"
#include "setup/remote_scripts.h"

#include "public_key_test_keys.h"
#include "support/yaml_load.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace stitch;
using namespace stitch::setup;

namespace {

// The playbook as JSON (PyYAML; !unsafe read as a plain string).
QJsonArray load(const QString &playbook)
{
    return test::loadYaml(playbook).array();
}

SetupChoices choices(const QString &key)
{
    SetupChoices c;
    c.publicKey = key;
    c.databaseHost = QStringLiteral("10.0.0.5");
    c.databasePort = 5432;
    c.tunnelUser = QStringLiteral("stitch");
    return c;
}

QString hostileKey()
{
    return QString::fromLatin1(public_key_test::kEd25519).section(QLatin1Char(' '), 0, 1) +
           QStringLiteral(" ops\" {{ lookup('pipe','id') }} # x: y");
}

QJsonObject taskNamed(const QJsonArray &tasks, const QString &module)
{
    for (const QJsonValue &t : tasks) {
        if (t.toObject().contains(module))
            return t.toObject();
    }
    return {};
}

} // namespace

TEST(AnsiblePlaybook, OnePlayWithThePlansValuesAsLiterals)
{
    auto text = ansiblePlaybookFor(choices(hostileKey()), 2222, RunOptions{},
                                   QStringLiteral("db:!staging"));
    ASSERT_TRUE(text.ok()) << text.error().oneLine().toStdString();
    const QJsonArray plays = load(text.value());
    ASSERT_EQ(plays.size(), 1) << text->toStdString();
    const QJsonObject play = plays.at(0).toObject();
    EXPECT_EQ(play.value(QStringLiteral("hosts")), QJsonValue(QStringLiteral("db:!staging")));
    EXPECT_EQ(play.value(QStringLiteral("become")), QJsonValue(true));
    const QJsonObject vars = play.value(QStringLiteral("vars")).toObject();
    const auto plan = makeSetupPlan(choices(hostileKey()), 2222, RunOptions{});
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(vars.value(QStringLiteral("stitch_key")).toString(), plan->keyLine);
    EXPECT_TRUE(plan->keyLine.contains(QLatin1String("{{ lookup"))) << "the comment is kept";
    EXPECT_EQ(vars.value(QStringLiteral("stitch_key_options")).toString(),
              QStringLiteral("restrict,port-forwarding,permitopen=\"10.0.0.5:5432\",permitlisten="
                             "\"127.0.0.1:1\",command=\"/usr/sbin/nologin\""));
    EXPECT_EQ(vars.value(QStringLiteral("stitch_key_options")).toString(), plan->keyOptions);
    // For the server's record, which remove reads.
    EXPECT_EQ(vars.value(QStringLiteral("stitch_key_blob")).toString(), plan->keyBlob);
    EXPECT_EQ(vars.value(QStringLiteral("stitch_key_fingerprint")).toString(),
              plan->keyFingerprint);
    EXPECT_TRUE(plan->keyFingerprint.startsWith(QLatin1String("SHA256:")));
    EXPECT_EQ(vars.value(QStringLiteral("stitch_account_marker")).toString(),
              tunnelAccountMarker());
    EXPECT_EQ(vars.value(QStringLiteral("stitch_cidrs")).toArray(),
              QJsonArray::fromStringList(plan->stitchCidrs));
    EXPECT_EQ(vars.value(QStringLiteral("stitch_ssh_ports")).toArray(),
              QJsonArray({QStringLiteral("2222")}));
    EXPECT_EQ(vars.value(QStringLiteral("stitch_enable_firewall")), QJsonValue(false));
    EXPECT_EQ(vars.value(QStringLiteral("stitch_adopt_existing_user")), QJsonValue(false));
    // Every value from the plan is !unsafe in the text (Ansible must not expand it).
    EXPECT_TRUE(text->contains(QStringLiteral("    stitch_key: !unsafe \"")));
    EXPECT_TRUE(text->contains(QStringLiteral("    stitch_tunnel_user: !unsafe \"stitch\"\n")));

    const QJsonArray tasks = play.value(QStringLiteral("tasks")).toArray();
    const QJsonObject key = taskNamed(tasks, QStringLiteral("ansible.posix.authorized_key"))
                                .value(QStringLiteral("ansible.posix.authorized_key"))
                                .toObject();
    EXPECT_EQ(key.value(QStringLiteral("exclusive")), QJsonValue(false));
    EXPECT_EQ(key.value(QStringLiteral("key")), QJsonValue(QStringLiteral("{{ stitch_key }}")));
    const QJsonObject user = taskNamed(tasks, QStringLiteral("ansible.builtin.user"))
                                 .value(QStringLiteral("ansible.builtin.user"))
                                 .toObject();
    EXPECT_EQ(user.value(QStringLiteral("comment")),
              QJsonValue(QStringLiteral("{{ stitch_account_marker }}")));
    bool taggedUfwRule = false;
    for (const QJsonValue &t : tasks) {
        const QJsonObject ufw = t[QStringLiteral("community.general.ufw")].toObject();
        if (ufw.value(QStringLiteral("from_ip")) == QJsonValue(QStringLiteral("{{ item.0 }}")))
            taggedUfwRule =
                ufw.value(QStringLiteral("comment")) == QJsonValue(QStringLiteral("stitch-tunnel"));
    }
    EXPECT_TRUE(taggedUfwRule);
    const QJsonObject sshd = taskNamed(tasks, QStringLiteral("ansible.builtin.command"));
    EXPECT_EQ(sshd.value(QStringLiteral("changed_when")), QJsonValue(false));
    // No task runs a shell text Ansible would expand: scripts are literal or come from vars.
    for (const QJsonValue &t : tasks) {
        const QJsonObject shell = t[QStringLiteral("ansible.builtin.shell")].toObject();
        const QString cmd = shell.value(QStringLiteral("cmd")).toString();
        if (cmd.contains(QLatin1String("{{"))) {
            EXPECT_TRUE(cmd.startsWith(QLatin1String("{{ stitch_")) &&
                        cmd.endsWith(QLatin1String("_sh }}")))
                << cmd.toStdString();
        }
    }
}

TEST(AnsiblePlaybook, KeyOptionsFollowTheRunOptions)
{
    RunOptions fromStitch;
    fromStitch.keyFromStitchOnly = true;
    fromStitch.enableFirewall = true;
    fromStitch.adoptExistingUser = true;
    auto text =
        ansiblePlaybookFor(choices(QString::fromLatin1(public_key_test::kEd25519)), 22, fromStitch);
    ASSERT_TRUE(text.ok());
    const QJsonObject vars = load(text.value()).at(0)[QStringLiteral("vars")].toObject();
    EXPECT_TRUE(vars.value(QStringLiteral("stitch_key_options"))
                    .toString()
                    .endsWith(QStringLiteral(",from=\"52.23.137.21/32,52.204.223.208/32,"
                                             "52.204.228.32/32,52.204.230.227/32\"")))
        << vars.value(QStringLiteral("stitch_key_options")).toString().toStdString();
    EXPECT_EQ(vars.value(QStringLiteral("stitch_enable_firewall")), QJsonValue(true));
    EXPECT_EQ(vars.value(QStringLiteral("stitch_adopt_existing_user")), QJsonValue(true));

    RunOptions unrestricted;
    unrestricted.unrestrictedKey = true;
    text = ansiblePlaybookFor(choices(QString::fromLatin1(public_key_test::kEd25519)), 22,
                              unrestricted);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(
        load(text.value()).at(0)[QStringLiteral("vars")][QStringLiteral("stitch_key_options")],
        QJsonValue(QString()));
}

TEST(AnsiblePlaybook, RefusesWhatApplyRefuses)
{
    auto noKey = ansiblePlaybookFor(choices(QString()), 22, RunOptions{});
    ASSERT_FALSE(noKey.ok());
    EXPECT_EQ(noKey.error().code, ErrorCode::KeyEmpty);
    SetupChoices root = choices(QString::fromLatin1(public_key_test::kEd25519));
    root.tunnelUser = QStringLiteral("root");
    EXPECT_FALSE(ansiblePlaybookFor(root, 22, RunOptions{}).ok());
    for (const QString &pattern :
         {QString(), QStringLiteral("{{ x }}"), QStringLiteral("a\nb"), QStringLiteral("web}")})
        EXPECT_FALSE(validateHostPattern(pattern).ok()) << pattern.toStdString();
    for (const QString &pattern : {QStringLiteral("all"), QStringLiteral("web:&db:!staging"),
                                   QStringLiteral("~db[0-9]+"), QStringLiteral("db[01:10]")})
        EXPECT_TRUE(validateHostPattern(pattern).ok()) << pattern.toStdString();
}
