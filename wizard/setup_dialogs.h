#pragma once

#include "session/setup_choices.h"
#include "setup/run_options.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace stitch::wizard {

// "Do it myself…": the stand-alone script for steps 1 and 4, built from the choices without a
// connection, read-only and monospace, with Copy and Save…. When the choices are not complete
// (e.g. no public key yet) it says what is missing instead.
class ScriptDialog : public QDialog
{
    Q_OBJECT
public:
    ScriptDialog(const SetupChoices &choices, quint16 sshPort, QWidget *parent = nullptr);

    bool hasScript() const { return !m_script.isEmpty(); }
    QString script() const { return m_script; }
    // Writes the script atomically; false with a reason in `error`.
    bool saveTo(const QString &path, QString *error) const;

private:
    void copy();
    void save();

    QString m_script;
    QPlainTextEdit *m_view = nullptr;
    QLabel *m_copied = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
};

// "Remove Stitch access…": explains what removal does and asks whether to also delete the
// tunnel user and the firewall rules, and, when the server's record says this tool turned ufw
// on (`ufwTurnedOnByUs`), whether to turn it off again. The caller runs the removal with
// runOptions() after accept().
class RemoveAccessDialog : public QDialog
{
    Q_OBJECT
public:
    RemoveAccessDialog(const SetupChoices &choices, const QString &serverName, bool ufwTurnedOnByUs,
                       QWidget *parent = nullptr);

    setup::RunOptions runOptions() const;

private:
    QCheckBox *m_removeUser = nullptr;
    QCheckBox *m_removeFirewall = nullptr;
    QCheckBox *m_turnOffUfw = nullptr; // only when this tool turned ufw on
};

} // namespace stitch::wizard
