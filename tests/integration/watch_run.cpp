#include "watch_run.h"

#include "common/shell_quote.h"
#include "sandbox_env.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace watchrun {

namespace {
const QString kConfig = QStringLiteral("/etc/ssh/sshd_config");
}

WatchRun watchWhile(const QStringList &watchArgs, const QString &stitch)
{
    QProcess p;
    p.start(QStringLiteral(STITCH_CLI_PATH), watchArgs);
    QString err;
    for (int i = 0;
         i < 600 && !err.contains(QLatin1String("Watching")) && p.state() != QProcess::NotRunning;
         ++i) {
        p.waitForReadyRead(100);
        err += QString::fromUtf8(p.readAllStandardError());
    }
    QByteArray stitchOut;
    if (!stitch.isEmpty())
        stitchOut = sandbox::shell(stitch);
    if (!p.waitForFinished(120000))
        p.kill();
    err += QString::fromUtf8(p.readAllStandardError());
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QJsonDocument::fromJson(p.readAllStandardOutput()).object(), err, stitchOut};
}

QStringList findingCodes(const QJsonObject &o)
{
    QStringList codes;
    for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray())
        codes << f[QStringLiteral("code")].toString();
    return codes;
}

std::string dump(const QJsonObject &o)
{
    return QJsonDocument(o).toJson().toStdString();
}

SshdConfigKeeper::SshdConfigKeeper()
    : m_config(sandbox::shell(QStringLiteral("base64 -w0 %1").arg(kConfig)))
{
}

SshdConfigKeeper::~SshdConfigKeeper()
{
    if (m_config.isEmpty())
        return;
    sandbox::shell(QStringLiteral("printf '%s' %1 | base64 -d >%2")
                       .arg(QString::fromLatin1(m_config), kConfig));
    sandbox::reloadSshd();
}

QString SshdConfigKeeper::with(const QString &lines)
{
    int rc = -1;
    const QByteArray err = sandbox::shell(
        QStringLiteral("{ printf '%s\\n' %1; printf '%s' %2 | base64 -d; } >%3.new && "
                       "mv %3.new %3 && sshd -t 2>&1")
            .arg(stitch::shellQuote(lines).value(), QString::fromLatin1(m_config), kConfig),
        &rc);
    if (rc != 0)
        return QString::fromUtf8(err) + QStringLiteral(" (sshd -t)");
    sandbox::reloadSshd();
    return {};
}

} // namespace watchrun
