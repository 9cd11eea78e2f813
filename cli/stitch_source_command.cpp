#include "stitch_source_command.h"

#include "cli_exit_codes.h"
#include "cli_output.h"
#include "interrupt.h"
#include "stitch_api/connect_api.h"
#include "stitch_api/form_values.h"
#include "stitch_api/source_check.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace stitch::cli {

namespace {

using namespace stitch::stitch_api;

QJsonObject sourceJson(const StitchSource &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("display_name"), s.displayName},
                  {QStringLiteral("type"), s.type},
                  {QStringLiteral("database"), isDatabaseSource(s.type)}};
    for (const char *key : {"ssh", "ssh_host", "ssh_port", "ssh_user", "host", "port"}) {
        const QString k = QLatin1String(key);
        if (s.properties.contains(k))
            o.insert(k, s.properties.value(k));
    }
    return o;
}

QString verdictName(VerdictKind kind)
{
    switch (kind) {
    case VerdictKind::Succeeded:
        return QStringLiteral("succeeded");
    case VerdictKind::Failed:
        return QStringLiteral("failed");
    case VerdictKind::NotFinished:
        break;
    }
    return QStringLiteral("not_finished");
}

QJsonObject checkJson(const SourceCheckOutcome &o)
{
    const ConnectionCheck &c = o.check;
    const auto exit = [](const std::optional<int> &v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("status"), c.status},
                       {QStringLiteral("error"),
                        c.error.isEmpty() ? QJsonValue(c.errorFlag) : QJsonValue(c.error)},
                       {QStringLiteral("check_exit_status"), exit(c.checkExitStatus)},
                       {QStringLiteral("discovery_exit_status"), exit(c.discoveryExitStatus)},
                       {QStringLiteral("discovery_error_message"), c.discoveryErrorMessage},
                       {QStringLiteral("tap_exit_status"), exit(c.tapExitStatus)},
                       {QStringLiteral("tap_error_message"), c.tapErrorMessage},
                       {QStringLiteral("start_time"), c.startTime},
                       {QStringLiteral("completion_time"), c.completionTime}};
}

// Runs `work` (which calls its argument once with the exit code) in an event loop; Ctrl-C
// ends the loop with 130.
int runLoop(const std::function<void(std::function<void(int)>)> &work, ConnectApi &api)
{
    QEventLoop loop;
    const InterruptGuard interrupts;
    const InterruptWatcher watcher([&loop] {
        QMetaObject::invokeMethod(
            &loop, [&loop] { loop.exit(ExitInterrupted); }, Qt::QueuedConnection);
    });
    work([&loop](int code) { loop.exit(code); });
    const int code = loop.exec();
    api.cancel();
    return code;
}

struct Printer
{
    const CliOptions &options;
    QTextStream &out;
    QTextStream &err;

    int failure(const Error &e, QJsonObject report = {}) const
    {
        return printFailure(out, err, options.json, std::move(report), e);
    }
    void progress(const QString &line) const
    {
        // With --json, stdout holds the JSON alone.
        QTextStream &to = options.json ? err : out;
        to << line << '\n';
        to.flush();
    }
};

int listSources(ConnectApi &api, const Printer &p)
{
    return runLoop(
        [&](const std::function<void(int)> &exit) {
            api.listSources([&, exit](Result<QList<StitchSource>> sources) {
                if (!sources)
                    return exit(p.failure(sources.error()));
                QJsonArray list;
                for (const StitchSource &s : sources.value()) {
                    list.append(sourceJson(s));
                    if (!p.options.json)
                        p.out << QStringLiteral("%1  %2  %3")
                                     .arg(s.id)
                                     .arg(s.type, -20)
                                     .arg(s.displayName.isEmpty() ? s.name : s.displayName)
                              << (isDatabaseSource(s.type)
                                      ? QString()
                                      : QObject::tr("  (not a database: no SSH tunnel)"))
                              << '\n';
                }
                if (p.options.json)
                    printJson(p.out, QJsonObject{{QStringLiteral("ok"), true},
                                                 {QStringLiteral("sources"), list}});
                else if (list.isEmpty())
                    p.out << QObject::tr("The account has no sources yet.") << '\n';
                p.out.flush();
                exit(ExitOk);
            });
        },
        api);
}

int printOutcome(const Printer &p, QJsonObject report, const SourceCheckOutcome &o)
{
    const CheckVerdict &v = o.verdict;
    const bool ok = v.kind == VerdictKind::Succeeded;
    if (p.options.json) {
        report.insert(QStringLiteral("ok"), ok);
        report.insert(QStringLiteral("check"), checkJson(o));
        report.insert(QStringLiteral("verdict"),
                      QJsonObject{{QStringLiteral("result"), verdictName(v.kind)},
                                  {QStringLiteral("message"), v.sentence},
                                  {QStringLiteral("fix"), v.fix},
                                  {QStringLiteral("stitch_said"), v.stitchText}});
        printJson(p.out, report);
        return ok ? ExitOk : ExitCheckFailed;
    }
    p.out << v.sentence << '\n';
    if (!v.stitchText.isEmpty())
        p.out << QObject::tr("Stitch said: %1").arg(v.stitchText) << '\n';
    if (!v.fix.isEmpty())
        p.out << QObject::tr("Fix: %1").arg(v.fix) << '\n';
    p.out.flush();
    return ok ? ExitOk : ExitCheckFailed;
}

int writeAndWait(ConnectApi &api, const Printer &p)
{
    const CliOptions &options = p.options;
    const qint64 id = options.stitchApi.sourceId;
    // Every 5 s, or more often in a short wait, so that it is read about 20 times at least.
    const int interval = int(qBound(qint64(100), options.watchMs / 20, qint64(5'000)));
    SourceCheckRun run(api, CheckWaitOptions{interval, options.watchMs});
    return runLoop(
        [&](const std::function<void(int)> &exit) {
            api.listSources([&, exit](Result<QList<StitchSource>> sources) {
                if (!sources)
                    return exit(p.failure(sources.error()));
                const StitchSource *source = nullptr;
                for (const StitchSource &s : sources.value())
                    source = s.id == id ? &s : source;
                if (!source)
                    return exit(p.failure(makeError(
                        ErrorCode::ApiNotFound,
                        QObject::tr("The Stitch account has no source %1.").arg(id),
                        QObject::tr("Check --source-id: stitch-tunnel stitch-source --list "
                                    "shows the account's sources."))));
                if (!isDatabaseSource(source->type))
                    return exit(p.failure(makeError(
                        ErrorCode::InvalidInput,
                        QObject::tr("Source %1 (%2) is not a database: it has no SSH tunnel.")
                            .arg(id)
                            .arg(source->type),
                        QObject::tr("Give the ID of the database source (see --list)."))));
                const QJsonObject properties = sourceProperties(
                    sourceValues(options.choices, options.connection, source->type));
                QJsonObject report{{QStringLiteral("source"), sourceJson(*source)},
                                   {QStringLiteral("written"), properties}};
                run.start(
                    id, properties,
                    [&, exit, report](Result<SourceCheckOutcome> outcome) {
                        exit(outcome ? printOutcome(p, report, outcome.value())
                                     : p.failure(outcome.error(), report));
                    },
                    [&p](const QString &line) { p.progress(line); });
            });
        },
        api);
}

} // namespace

Result<Secret> readTokenFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::LocalIoError,
                         QObject::tr("The token file %1 does not exist.").arg(path),
                         QObject::tr("Save the Stitch API token in a file and give its path "
                                     "with --token-file."));
#ifndef Q_OS_WIN
    // As ssh does with a private key: a token others can read is no longer a secret.
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
    if (info.permissions() & others)
        return makeError(
            ErrorCode::LocalIoError,
            QObject::tr("The token file %1 can be read or changed by other users.").arg(path),
            QObject::tr("Run chmod 600 %1 (and consider making a new token in "
                        "Stitch if others may have read it).")
                .arg(path));
#endif
    auto token = Secret::fromFile(path);
    if (!token)
        return token.error();
    if (Status shape = checkTokenShape(token.value()); !shape) {
        Error e = shape.error();
        e.message = QObject::tr("%1 (token file %2)").arg(e.message, path);
        return e;
    }
    return token;
}

int runStitchSourceCommand(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    const Printer p{options, out, err};
    auto token = readTokenFile(options.stitchApi.tokenFile);
    if (!token)
        return p.failure(token.error());
    ConnectApiOptions apiOptions;
    if (!options.stitchApi.baseUrl.isEmpty())
        apiOptions.baseUrl = QUrl(options.stitchApi.baseUrl);
    apiOptions.caFile = options.stitchApi.caFile;
    auto api = ConnectApi::create(std::move(token.value()), apiOptions);
    if (!api)
        return p.failure(api.error());
    const int code =
        options.stitchApi.list ? listSources(*api.value(), p) : writeAndWait(*api.value(), p);
    if (code == ExitInterrupted && !options.json)
        out << QObject::tr("Stopped. Stitch may still run its check; see the source in Stitch.")
            << '\n';
    return code;
}

} // namespace stitch::cli
