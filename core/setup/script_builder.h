#pragma once

#include <QString>
#include <QStringList>

// Every script the tool runs on the server is a shell file in resources/scripts/, compiled in as
// a Qt resource. A ScriptBuilder puts one together: the prelude, the values it is given (one
// NAME='value' line each, quoted with shellQuote, so a value is always exactly one word), the
// helper files it uses, then the script itself.
namespace stitch::setup {

// The text of resources/scripts/<name>; empty when there is no such file (a programming error,
// caught by the tests that run every script).
QString scriptFile(const QString &name);

class ScriptBuilder
{
public:
    explicit ScriptBuilder(QString body); // e.g. "probe.sh"

    // Values must be validated already; they are quoted here. A list becomes one
    // space-separated word.
    ScriptBuilder &set(const char *name, const QString &value);
    ScriptBuilder &set(const char *name, const QStringList &values);
    ScriptBuilder &set(const char *name, bool value); // "1" / "0"

    // A helper file ("lib_tunnel_account.sh"); the programs it runs as values of their own
    // (UFW_BATCH_PY, AK_EDIT_SH) come along.
    ScriptBuilder &use(const QString &helper);

    // Takes the server lock before the script runs (server_lock.sh): for every script that
    // changes something.
    ScriptBuilder &locked();

    QString build() const;

private:
    QString m_body;
    QString m_values;
    QStringList m_helpers;
    bool m_locked = false;
};

} // namespace stitch::setup
