#pragma once

#include "remote/transcript.h"

#include <QDockWidget>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;

namespace stitch {
class SetupSession;
}

namespace stitch::wizard {

// "What exactly did it run?": every remote command of the session, live, with its script,
// output, exit status and time. Shows only TranscriptEntry fields, which never hold a secret
// (stdin is not part of an entry).
class TranscriptDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TranscriptDock(SetupSession &session, QWidget *parent = nullptr);

    // The text shown for one command.
    static QString formatEntry(const remote::TranscriptEntry &entry, bool withScript);

    // Writes Transcript::toText() atomically; false with a reason in `error`.
    bool saveTo(const QString &path, QString *error) const;

private:
    void append(const remote::TranscriptEntry &entry);
    void rebuild();
    void save();
    void clear();
    void updateButtons();

    SetupSession &m_session;
    QPlainTextEdit *m_view = nullptr;
    QCheckBox *m_showScripts = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace stitch::wizard
