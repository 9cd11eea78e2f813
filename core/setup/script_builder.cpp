#include "script_builder.h"

#include "common/core_resources.h"
#include "common/shell_quote.h"

#include <QFile>
#include <QRandomGenerator>

namespace stitch::setup {

namespace {

struct EmbeddedProgram
{
    const char *helper;   // the helper file that runs it
    const char *variable; // the value it travels in
    const char *file;
};

// Programs a helper hands to another interpreter or runs as another user: they travel as one
// quoted value, not as a here-document inside the helper, so each stays a file of its own.
constexpr EmbeddedProgram kEmbedded[] = {
    {"lib_ufw.sh", "UFW_BATCH_PY", "ufw_batch.py"},
    {"lib_tunnel_account.sh", "AK_EDIT_SH", "authorized_keys_edit.sh"},
};

QString assignment(const char *name, const QString &value)
{
    // Values reaching here are validated; NUL, the one thing shellQuote refuses, cannot occur.
    return QStringLiteral("%1=%2\n").arg(QLatin1String(name), shellQuote(value).value());
}

QString helperTexts(const QStringList &helpers)
{
    QString s;
    for (const QString &helper : helpers)
        s += scriptFile(helper);
    return s;
}

} // namespace

QString scriptFile(const QString &name)
{
    initCoreResources();
    QFile file(QStringLiteral(":/stitch/scripts/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

ScriptBuilder::ScriptBuilder(QString body) : m_body(std::move(body)) {}

ScriptBuilder &ScriptBuilder::set(const char *name, const QString &value)
{
    m_values += assignment(name, value);
    return *this;
}

ScriptBuilder &ScriptBuilder::set(const char *name, const QStringList &values)
{
    return set(name, values.join(QLatin1Char(' ')));
}

ScriptBuilder &ScriptBuilder::set(const char *name, bool value)
{
    return set(name, value ? QStringLiteral("1") : QStringLiteral("0"));
}

ScriptBuilder &ScriptBuilder::use(const QString &helper)
{
    if (m_helpers.contains(helper))
        return *this;
    m_helpers << helper;
    for (const EmbeddedProgram &p : kEmbedded) {
        if (helper == QLatin1String(p.helper))
            m_programs += assignment(p.variable, scriptFile(QString::fromLatin1(p.file)));
    }
    return *this;
}

QString ScriptBuilder::build() const
{
    return scriptFile(QStringLiteral("prelude.sh")) + m_programs + m_values +
           helperTexts(m_helpers) + scriptFile(m_body);
}

ScriptSequence &ScriptSequence::locked()
{
    m_locked = true;
    return *this;
}

ScriptSequence &ScriptSequence::then(const ScriptBuilder &script)
{
    m_steps.append(Step{script, QString(), OnFailure::Stop, std::nullopt});
    return *this;
}

ScriptSequence &ScriptSequence::thenElseUndo(const ScriptBuilder &script, const ScriptBuilder &undo)
{
    m_steps.append(Step{script, QString(), OnFailure::Stop, undo});
    return *this;
}

ScriptSequence &ScriptSequence::thenEvenAfterFailure(const ScriptBuilder &script)
{
    m_steps.append(Step{script, QString(), OnFailure::GoOn, std::nullopt});
    return *this;
}

ScriptSequence &ScriptSequence::thenVerify(const ScriptBuilder &script)
{
    m_verifyMarker = QByteArrayLiteral("@@stitch-verify-") +
                     QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_steps.append(
        Step{script, QString::fromLatin1(m_verifyMarker), OnFailure::Stop, std::nullopt});
    return *this;
}

std::optional<ScriptSequence::VerifiedOutput>
ScriptSequence::splitVerified(const QByteArray &stdOut) const
{
    // On a line of its own (it is printed so): every local account can read the running
    // script's text, so the marker too, but what one of them controls is printed only inside
    // the tool's own lines, never at the start of one.
    const QByteArray line = '\n' + m_verifyMarker + '\n';
    const qsizetype at = m_verifyMarker.isEmpty() ? -1 : stdOut.indexOf(line);
    if (at < 0)
        return std::nullopt;
    return VerifiedOutput{stdOut.left(at + 1), stdOut.mid(at + line.size())};
}

QString ScriptSequence::build() const
{
    // Each helper once, in the order first used; each embedded program once.
    ScriptBuilder shared{QString()};
    for (const Step &step : m_steps) {
        for (const QString &helper : step.script.m_helpers)
            shared.use(helper);
        if (step.undo) {
            for (const QString &helper : step.undo->m_helpers)
                shared.use(helper);
        }
    }
    QString s = scriptFile(QStringLiteral("prelude.sh")) + shared.m_programs +
                helperTexts(shared.m_helpers);
    if (m_locked)
        s += scriptFile(QStringLiteral("server_lock.sh"));
    bool goesOn = false;
    for (const Step &step : m_steps) {
        const QString part = step.script.m_values + scriptFile(step.script.m_body);
        if (!step.marker.isEmpty()) {
            // On a line of its own, whatever the step before it printed last.
            s += QStringLiteral("printf '\\n%s\\n' %1\n(\n%2)\n")
                     .arg(shellQuote(step.marker).value(), part);
        } else if (step.onFailure == OnFailure::GoOn) {
            s += QStringLiteral("(\n%1) || STITCH_STEP_FAILED=1\n").arg(part);
            goesOn = true;
        } else if (step.undo) {
            const QString undo = step.undo->m_values + scriptFile(step.undo->m_body);
            s += QStringLiteral("(\n%1) || {\n(\n%2)\nexit 1\n}\n").arg(part, undo);
        } else {
            s += QStringLiteral("(\n%1) || exit 1\n").arg(part);
        }
    }
    if (goesOn)
        s += QStringLiteral("[ -z \"${STITCH_STEP_FAILED:-}\" ] || exit 1\n");
    return s;
}

} // namespace stitch::setup
