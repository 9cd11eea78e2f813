#include "script_builder.h"

#include "common/core_resources.h"
#include "common/shell_quote.h"

#include <QFile>

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
            set(p.variable, scriptFile(QString::fromLatin1(p.file)));
    }
    return *this;
}

ScriptBuilder &ScriptBuilder::locked()
{
    m_locked = true;
    return *this;
}

QString ScriptBuilder::build() const
{
    QString s = scriptFile(QStringLiteral("prelude.sh")) + m_values;
    for (const QString &helper : m_helpers)
        s += scriptFile(helper);
    if (m_locked)
        s += scriptFile(QStringLiteral("server_lock.sh"));
    return s + scriptFile(m_body);
}

} // namespace stitch::setup
