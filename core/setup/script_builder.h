#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// Every script the tool runs on the server is a shell file in resources/scripts/, compiled in as
// a Qt resource. A ScriptBuilder puts one together: the prelude, the values it is given (one
// NAME='value' line each, quoted with shellQuote, so a value is always exactly one word), the
// helper files it uses, then the script itself. A ScriptSequence runs several in one shell.
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

    // The whole script, to run on its own.
    QString build() const;

private:
    friend class ScriptSequence;
    QString m_body;
    QString m_values;
    QStringList m_helpers;
    QString m_programs; // the helpers' embedded programs, as values
};

// Several scripts in one shell: the prelude, each helper and embedded program once (a script
// of ~15 KB of helpers need not travel three times), then each script in a subshell of its
// own with its own values. Subshells inherit the functions, not each other's values.
class ScriptSequence
{
public:
    // Takes the server lock (server_lock.sh) first: for every sequence that changes something,
    // so two runs against one server never interleave.
    ScriptSequence &locked();
    // Runs `script`; when it fails, the sequence stops there (exit 1).
    ScriptSequence &then(const ScriptBuilder &script);
    // Like then(), but when `script` fails, `undo` runs before the sequence stops: it takes
    // back what an earlier part did for this one (the firewall rule for an account that could
    // not be set up).
    ScriptSequence &thenElseUndo(const ScriptBuilder &script, const ScriptBuilder &undo);
    // Runs `script` even when one before it failed, and whatever it exits with; the sequence
    // exits 1 at its end if any of these failed. For steps that must each be tried, such as
    // the parts of a removal: one that fails must not keep the others from undoing their part.
    ScriptSequence &thenEvenAfterFailure(const ScriptBuilder &script);
    // Runs `script` (a read-only check of what the steps before it did) whatever it exits
    // with, after a marker random to this sequence on a line of its own, so that
    // splitVerified() can tell its output from what came before: nothing the server prints (a
    // file name, a link target another account chose, always inside the tool's own lines) can
    // pass for it.
    ScriptSequence &thenVerify(const ScriptBuilder &script);
    struct VerifiedOutput
    {
        QByteArray steps;  // what the steps before the check printed
        QByteArray verify; // what the check printed
    };
    // The sequence's stdout split at its marker; nothing when the marker never came (the
    // sequence stopped before its check).
    std::optional<VerifiedOutput> splitVerified(const QByteArray &stdOut) const;

    QString build() const;

private:
    enum class OnFailure
    {
        Stop,
        GoOn,
    };
    struct Step
    {
        ScriptBuilder script;
        QString marker; // printed before the script (it then runs whatever came before)
        OnFailure onFailure = OnFailure::Stop;
        std::optional<ScriptBuilder> undo; // runs when the script fails (OnFailure::Stop only)
    };
    QVector<Step> m_steps;
    bool m_locked = false;
    QByteArray m_verifyMarker;
};

} // namespace stitch::setup
