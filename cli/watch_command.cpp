#include "watch_command.h"

#include "cli_credentials.h"
#include "cli_exit_codes.h"
#include "cli_output.h"
#include "cli_remedies.h"
#include "interrupt.h"
#include "setup/setup_runner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTime>

namespace stitch::cli {

namespace {

QJsonObject attemptJson(const setup::StitchAttempt &a)
{
    return QJsonObject{{QStringLiteral("address"), a.address},
                       {QStringLiteral("port"), a.port},
                       {QStringLiteral("user"), a.user},
                       {QStringLiteral("accepted"), a.accepted},
                       {QStringLiteral("key_type"), a.keyType},
                       {QStringLiteral("key_fingerprint"), a.keyFingerprint},
                       {QStringLiteral("refusal"), a.refusal},
                       {QStringLiteral("refusal_detail"), a.refusalDetail},
                       {QStringLiteral("forward_denied"), a.forwardDenied},
                       {QStringLiteral("ended"), a.ended},
                       {QStringLiteral("idle_timeout"), a.idleTimeout},
                       {QStringLiteral("cut_by_network"), a.cutByNetwork}};
}

QJsonObject findingJson(const Finding &f)
{
    return QJsonObject{{QStringLiteral("severity"), severityName(f.severity)},
                       {QStringLiteral("code"), f.code},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("fix"), fixText(f)}};
}

} // namespace

int runWatchCommand(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    const ssh::ConnectionSettings &settings = options.connection;
    QJsonObject report = connectionJson(settings);
    const auto fail = [&](const Error &error) {
        return printFailure(out, err, options.json, report, error);
    };
    auto request = prepareRequest(options);
    if (!request)
        return fail(request.error());
    setup::SetupRunner runner(std::move(request.value()));
    const auto plan = runner.plan();
    if (!plan)
        return fail(plan.error());
    const setup::OperationReport connected = runner.run(setup::Operation::Connect);
    if (!connected.ok())
        return fail(connected.error());

    const InterruptGuard interrupts;
    const InterruptWatcher watcher([&runner] { runner.stopSoon(); });
    // Progress goes to stderr with --json, so that stdout holds the JSON alone.
    QTextStream &progress = options.json ? err : out;
    const auto watching = [&] {
        progress << QObject::tr("Watching sshd's log on %1 for Stitch (user %2) for %3. Start "
                                "Stitch's connection check now; Ctrl-C stops.")
                        .arg(settings.host, options.choices.tunnelUser,
                             setup::watchDurationText(options.watchMs))
                 << '\n';
        progress.flush();
    };
    setup::WatchFacts facts; // what each attempt is told against
    facts.tunnelUser = plan->tunnelUser;
    facts.keyFingerprint = plan->keyFingerprint;
    auto watched = runner.watch(options.watchMs, watching, [&](const setup::StitchAttempt &a) {
        progress << QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))
                 << QStringLiteral("  ") << setup::attemptSummary(a, facts) << '\n';
        progress.flush();
    });
    if (!watched)
        return fail(watched.error());
    const setup::WatchReport &w = watched.value();
    if (w.stopped && InterruptGuard::requested().load()) {
        if (!options.json)
            out << QObject::tr("Stopped; nothing from Stitch was seen yet.") << '\n';
    }
    if (options.json) {
        QJsonArray attempts;
        for (const setup::StitchAttempt &a : w.attempts)
            attempts.append(attemptJson(a));
        QJsonArray findings;
        for (const Finding &f : w.findings)
            findings.append(findingJson(f));
        report.insert(QStringLiteral("ok"), w.gotIn);
        report.insert(QStringLiteral("got_in"), w.gotIn);
        report.insert(QStringLiteral("log_source"), w.facts.logSource);
        report.insert(QStringLiteral("log_level"), w.facts.logLevel);
        report.insert(QStringLiteral("attempts"), attempts);
        report.insert(QStringLiteral("findings"), findings);
        printJson(out, report);
    } else {
        for (const Finding &f : w.findings)
            printFinding(out, f);
        out.flush();
    }
    if (w.gotIn)
        return ExitOk;
    if (w.stopped && InterruptGuard::requested().load())
        return ExitInterrupted;
    return ExitCheckFailed;
}

} // namespace stitch::cli
