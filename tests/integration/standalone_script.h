#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// `stitch-tunnel script ARGS…` written to DIR/NAME, as an admin would save it to run by hand.
// Fails the calling test (and returns an empty path) when the CLI does not produce it.
inline QString writeStandaloneScript(const QStringList &args, const QTemporaryDir &dir,
                                     const QString &name = QStringLiteral("setup.sh"))
{
    QProcess cli;
    cli.start(QStringLiteral(STITCH_CLI_PATH), QStringList{QStringLiteral("script")} + args);
    if (!cli.waitForFinished(10000) || cli.exitCode() != 0) {
        ADD_FAILURE() << "stitch-tunnel script failed: "
                      << cli.readAllStandardError().toStdString();
        return {};
    }
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(cli.readAllStandardOutput()) < 0) {
        ADD_FAILURE() << "cannot write " << path.toStdString();
        return {};
    }
    return path;
}
