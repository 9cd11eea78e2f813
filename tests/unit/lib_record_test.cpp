// lib_record.sh, the server's record of what the tool did, run with this machine's /bin/sh on a
// record file in a temporary folder: lines added once, dropped exactly, read per user.
#include "setup/script_builder.h"

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
