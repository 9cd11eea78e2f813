// lib_record.sh, the server's record of what the tool did, run with this machine's /bin/sh on a
// record file in a temporary folder: lines added once, dropped exactly, read per user.
#include "setup/script_builder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stitch::setup;

namespace {

class LibRecord : public ::testing::Test
{
protected:
    // lib_record.sh with its record in the temporary folder; `body` runs after it.
    QByteArray run(const QString &body) const
    {
        const QString script = QStringLiteral("finding() { echo \"finding $*\"; }\n") +
                               scriptFile(QStringLiteral("lib_record.sh")) +
                               QStringLiteral("RECORD=%1/state/record\n").arg(dir.path()) + body;
        QProcess p;
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        EXPECT_TRUE(p.waitForFinished(20000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return p.readAllStandardOutput();
    }
    QByteArray record() const
    {
        QFile f(dir.filePath(QStringLiteral("state/record")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(LibRecord, AddsEachLineOnceInItsOwnFolder)
{
    EXPECT_EQ(run(QStringLiteral("record_add 'account stitch'; record_add 'account stitch'\n"
                                 "record_add 'key stitch AAAA SHA256:a'\n")),
              QByteArray());
    EXPECT_EQ(record(), QByteArray("account stitch\nkey stitch AAAA SHA256:a\n"));
    EXPECT_EQ(QFile(dir.filePath(QStringLiteral("state"))).permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions())
        << "the record's folder is root's alone";
}

TEST_F(LibRecord, DropsExactlyTheLineAndKeepsTheRest)
{
    run(QStringLiteral("record_add 'key stitch AAAA SHA256:a'; record_add 'key stitch2 AAAA "
                       "SHA256:a'; record_add 'key stitch BBBB SHA256:b'\n"
                       "record_drop 'key stitch AAAA SHA256:a'; record_drop 'key nobody X Y'\n"));
    EXPECT_EQ(record(), QByteArray("key stitch2 AAAA SHA256:a\nkey stitch BBBB SHA256:b\n"));
    run(QStringLiteral("record_drop 'key stitch2 AAAA SHA256:a'; record_drop 'key stitch BBBB "
                       "SHA256:b'\n"));
    EXPECT_EQ(record(), QByteArray()) << "the last line dropped leaves an empty record";
}

TEST_F(LibRecord, KeysAreReadPerUser)
{
    EXPECT_EQ(run(QStringLiteral("record_keys stitch\n")), QByteArray()) << "no record yet";
    run(QStringLiteral("record_add 'account stitch'; record_add 'key stitch AAAA SHA256:a'; "
                       "record_add 'key stitchx CCCC SHA256:c'; record_add 'key stitch BBBB "
                       "SHA256:b'; record_add 'key stitch broken'\n"));
    EXPECT_EQ(run(QStringLiteral("record_keys stitch\n")),
              QByteArray("AAAA SHA256:a\nBBBB SHA256:b\n"));
}

TEST_F(LibRecord, FirewallRulesAreReadPerBackendAndDroppedTogether)
{
    run(QStringLiteral("record_add 'account stitch'; record_add 'rule ufw 52.1.2.3/32 22'; "
                       "record_add 'rule nftables 52.1.2.4/32 22'; record_add 'rule ufw "
                       "52.1.2.5/32 2222'; record_add 'admin-rule ufw 10.0.0.9 22'; record_add "
                       "ufw-enabled\n"));
    EXPECT_EQ(run(QStringLiteral("record_rules ufw\n")),
              QByteArray("52.1.2.3/32 22\n52.1.2.5/32 2222\n"));
    EXPECT_EQ(run(QStringLiteral("record_rules firewalld\n")), QByteArray());
    run(QStringLiteral("record_drop_all 'rule ufw '\n"));
    EXPECT_EQ(record(), QByteArray("account stitch\nrule nftables 52.1.2.4/32 22\nadmin-rule ufw "
                                   "10.0.0.9 22\nufw-enabled\n"))
        << "only the ufw rules went; the admin's rule and ufw-enabled are not rules of ours";
}

TEST_F(LibRecord, TheOldFirewalldFileMovesIntoTheRecordOnce)
{
    const QString legacy = dir.filePath(QStringLiteral("state/firewalld-rules"));
    QDir().mkpath(dir.filePath(QStringLiteral("state")));
    QFile f(legacy);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("52.1.2.3/32 22\n52.1.2.4/32 22\n");
    f.close();
    const QString take =
        QStringLiteral("LEGACY_FIREWALLD_RECORD=%1\nrecord_take_legacy_firewalld\n").arg(legacy);
    run(take);
    run(take);
    EXPECT_EQ(record(),
              QByteArray("rule firewalld 52.1.2.3/32 22\nrule firewalld 52.1.2.4/32 22\n"));
    EXPECT_FALSE(QFile::exists(legacy));
}
