#include "script_output.h"

#include "common/server_text.h"
#include "script_texts.h"

namespace stitch::setup {

namespace {

// "WORD REST": splits off the first space-separated word.
std::pair<QString, QString> firstWord(const QString &text)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {text, QString()};
    return {text.left(space), text.mid(space + 1)};
}

} // namespace

QStringList ScriptOutput::changesFor(StepId step) const
{
    QStringList lines;
    for (const ScriptChange &c : changes) {
        if (c.step == step)
            lines << c.what;
    }
    return lines;
}

bool ScriptOutput::sshdChanged() const
{
    for (const ScriptChange &c : changes) {
        if (c.sshd)
            return true;
    }
    return false;
}

ScriptOutput parseScriptOutput(const ssh::ExecResult &result)
{
    ScriptOutput out;
    for (const QByteArray &raw : result.stdOut.split('\n')) {
        const QString line = textFromServer(QString::fromUtf8(raw));
        if (line.startsWith(QLatin1String("changed "))) {
            const auto [step, what] = firstWord(line.mid(8));
            if (what.isEmpty())
                continue;
            out.changes << ScriptChange{step == QLatin1String("firewall") ? StepId::Firewall
                                                                          : StepId::TunnelUser,
                                        step == QLatin1String("sshd"), what};
        } else if (line.startsWith(QLatin1String("finding "))) {
            const auto [severity, rest] = firstWord(line.mid(8));
            const auto [code, text] = firstWord(rest);
            if (code.isEmpty() || text.isEmpty())
                continue;
            const Severity level = severity == QLatin1String("fail")   ? Severity::Fail
                                   : severity == QLatin1String("warn") ? Severity::Warn
                                                                       : Severity::Pass;
            out.findings << Finding{level, code, scriptText(code, text), QString(), Remedy{}};
        }
    }
    for (const QByteArray &raw : result.stdErr.split('\n')) {
        if (!raw.startsWith("error "))
            continue;
        const auto [code, text] = firstWord(textFromServer(QString::fromUtf8(raw.mid(6))));
        const QString message = scriptText(code, text);
        if (out.errorCode.isEmpty()) {
            out.errorCode = code;
            out.errorMessage = message;
        }
        out.errors << Finding{Severity::Fail, code, message, QString(), Remedy{}};
    }
    return out;
}

} // namespace stitch::setup
