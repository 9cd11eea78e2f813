// Lockout guard: turning on the firewall through the tool's opt-in never locks the admin out.
// A client network namespace and the sandbox (server) namespace are joined by a veth pair with
// 198.18.0.0/15 test addresses made here; nothing leaves the sandbox.
#include "sandbox_env.h"

#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

int run(const QString &script, QByteArray *out = nullptr)
{
    int rc = -1;
    const QByteArray o = sandbox::shell(script, &rc);
    if (out)
        *out = o;
    return rc;
}

} // namespace

TEST(Lockout, EnablingTheFirewallKeepsTheAdminsSessionAndAddress)
{
    sandbox::resetFirewall();
    const auto restore = qScopeGuard([] {
        sandbox::shell(QStringLiteral("ip link del stitch-srv 2>/dev/null; "
                                      "ip netns del stitch-client 2>/dev/null"));
        sandbox::resetFirewall();
    });
    ASSERT_EQ(
        run(QStringLiteral("set -e; ip netns add stitch-client; "
                           "ip link add stitch-srv type veth peer name stitch-cli; "
                           "ip link set stitch-cli netns stitch-client; "
                           "ip addr add 198.18.0.1/24 dev stitch-srv; ip link set stitch-srv up; "
                           "ip netns exec stitch-client ip addr add 198.18.0.2/24 dev stitch-cli; "
                           "ip netns exec stitch-client ip addr add 198.18.0.3/24 dev stitch-cli; "
                           "ip netns exec stitch-client ip link set stitch-cli up; "
                           "ip netns exec stitch-client ip link set lo up")),
        0);
    // An sshd that also listens on the veth address.
    sandbox::ExtraSshd sshd(2240, {QStringLiteral("ListenAddress=198.18.0.1")});
    ASSERT_TRUE(sshd.started());

    QTemporaryDir scratch;
    const QString ssh = QStringLiteral(
        "ssh -o BatchMode=yes -o ConnectTimeout=3 -o StrictHostKeyChecking=no "
        "-o UserKnownHostsFile=/dev/null -i $STITCH_SANDBOX_DIR/keys/admin_ed25519 -p 2240 ");
    const QString control = scratch.filePath(QStringLiteral("ctl"));
    // The admin's session, open before the firewall goes up (a control master stays open).
    ASSERT_EQ(run(QStringLiteral("ip netns exec stitch-client ") + ssh +
                  QStringLiteral("-M -S %1 -f -N stitchadmin@198.18.0.1").arg(control)),
              0);

    const QString key = scratch.filePath(QStringLiteral("stitch"));
    run(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -f ") + key);
    QByteArray out;
    const int applied =
        run(QStringLiteral("ip netns exec stitch-client " STITCH_CLI_PATH
                           " apply --host 198.18.0.1 --port 2240 --login stitchadmin "
                           "--password-file $STITCH_SANDBOX_DIR/stitchadmin.password "
                           "--host-key-fingerprint $(cat $STITCH_SANDBOX_DIR/host_key.sha256) "
                           "--known-hosts %1/kh --public-key-file %2.pub --tunnel-user stitchlock "
                           "--allow-ip 198.18.0.50 --db-host 127.0.0.1 --no-self-test "
                           "--enable-firewall 2>&1")
                .arg(scratch.path(), key),
            &out);
    EXPECT_TRUE(applied == 0 || applied == 1) << out.toStdString(); // 1: warnings only
    QByteArray status;
    run(QStringLiteral("ufw status"), &status);
    EXPECT_TRUE(status.contains("Status: active")) << status.toStdString();
    EXPECT_TRUE(status.contains("198.18.0.2")) << "the admin's address is allowed";
    EXPECT_TRUE(status.contains("198.18.0.50")) << "the Stitch address is allowed";

    // The admin's open session still works …
    EXPECT_EQ(run(QStringLiteral("ip netns exec stitch-client ") + ssh +
                  QStringLiteral("-S %1 stitchadmin@198.18.0.1 true").arg(control)),
              0);
    // … and so does a new connection from the admin's address …
    EXPECT_EQ(run(QStringLiteral("ip netns exec stitch-client ") + ssh +
                  QStringLiteral("-b 198.18.0.2 stitchadmin@198.18.0.1 true")),
              0);
    // … while an address on neither list is refused: the firewall drops it (a time-out, not a
    // refusal by sshd).
    QByteArray refused;
    EXPECT_NE(run(QStringLiteral("ip netns exec stitch-client ") + ssh +
                      QStringLiteral("-b 198.18.0.3 stitchadmin@198.18.0.1 true 2>&1"),
                  &refused),
              0);
    EXPECT_TRUE(refused.contains("timed out")) << refused.toStdString();

    run(QStringLiteral("ip netns exec stitch-client ") + ssh +
        QStringLiteral("-S %1 -O exit stitchadmin@198.18.0.1").arg(control));
}
