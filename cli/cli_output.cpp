#include "cli_output.h"

#include "cli_exit_codes.h"
#include "cli_remedies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

#include <algorithm>

namespace stitch::cli {

QJsonObject errorToJson(const Error &error)
{
    QJsonObject o{{QStringLiteral("code"), errorCodeName(error.code)},
                  {QStringLiteral("message"), error.message},
                  {QStringLiteral("fix"), fixText(error)}};
    if (!error.remedy.isNone())
        o.insert(QStringLiteral("remedy"), remedyKindName(error.remedy.kind));
    if (!error.detail.isEmpty())
        o.insert(QStringLiteral("detail"), error.detail);
    return o;
}

QString hostKeyStatusText(const ssh::HostKeyInfo &info)
{
    switch (info.status) {
    case ssh::HostKeyStatus::Known:
        return QObject::tr("known", "host key");
    case ssh::HostKeyStatus::Changed:
        return QObject::tr("changed", "host key");
    case ssh::HostKeyStatus::Unknown:
        return info.savedNow ? QObject::tr("new, saved", "host key")
                             : QObject::tr("new", "host key");
    }
    return {};
}

QJsonObject hostKeyToJson(const ssh::HostKeyInfo &info)
{
    QJsonArray saved;
    for (const auto &k : info.savedKeys)
        saved.append(QJsonObject{{QStringLiteral("type"), k.keyType},
                                 {QStringLiteral("fingerprint"), k.fingerprint}});
    QJsonObject o{{QStringLiteral("type"), info.keyType},
                  {QStringLiteral("fingerprint"), info.fingerprint},
                  {QStringLiteral("status"),
                   info.status == ssh::HostKeyStatus::Known     ? QStringLiteral("known")
                   : info.status == ssh::HostKeyStatus::Changed ? QStringLiteral("changed")
                                                                : QStringLiteral("unknown")},
                  {QStringLiteral("saved_now"), info.savedNow}};
    if (!saved.isEmpty())
        o.insert(QStringLiteral("expected"), saved);
    return o;
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

void printError(QTextStream &err, const Error &error)
{
    const QString fix = fixText(error);
    err << QStringLiteral("stitch-tunnel: ") << QObject::tr("error: ") << error.message;
    if (!fix.isEmpty())
        err << QObject::tr(" Fix: ") << fix;
    err << '\n';
    err.flush();
}

int printFailure(QTextStream &out, QTextStream &err, bool json, QJsonObject report,
                 const Error &error)
{
    if (json) {
        report.insert(QStringLiteral("ok"), false);
        report.insert(QStringLiteral("error"), errorToJson(error));
        printJson(out, report);
    } else {
        printError(err, error);
    }
    return exitCodeFor(error.code);
}

QJsonObject connectionJson(const ssh::ConnectionSettings &settings)
{
    return QJsonObject{{QStringLiteral("host"), settings.host},
                       {QStringLiteral("port"), settings.port},
                       {QStringLiteral("login"), settings.user}};
}

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return QObject::tr("ok", "finding");
    case Severity::Warn:
        return QObject::tr("WARN", "finding");
    case Severity::Fail:
        return QObject::tr("FAIL", "finding");
    }
    return {};
}

namespace {

qsizetype severityWidth()
{
    qsizetype width = 0;
    for (Severity s : {Severity::Pass, Severity::Warn, Severity::Fail})
        width = std::max(width, severityWord(s).size());
    return width;
}

} // namespace

int findingIndent()
{
    return int(2 + severityWidth() + 2);
}

void printFinding(QTextStream &out, const Finding &finding)
{
    out << QStringLiteral("  ") << severityWord(finding.severity).leftJustified(severityWidth())
        << QStringLiteral("  ") << finding.message << '\n';
    if (const QString fix = fixText(finding); !fix.isEmpty())
        out << QString(findingIndent(), QLatin1Char(' ')) << QObject::tr("fix:") << ' ' << fix
            << '\n';
}

} // namespace stitch::cli
