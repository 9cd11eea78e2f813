#include "transcript_dock.h"

#include "model/setup_session.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextDocument>
#include <QVBoxLayout>

namespace stitch::wizard {

namespace {

QString withNewline(const QString &text)
{
    return text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n');
}

QString indented(const QString &text)
{
    QString out;
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    for (const QString &line : lines)
        out += QStringLiteral("    ") + line + QLatin1Char('\n');
    return out;
}

} // namespace

TranscriptDock::TranscriptDock(SetupSession &session, QWidget *parent)
    : QDockWidget(tr("Commands run on the server"), parent), m_session(session)
{
    qRegisterMetaType<stitch::remote::TranscriptEntry>();
    setObjectName(QStringLiteral("transcriptDock"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    m_view = new QPlainTextEdit(content);
    m_view->setObjectName(QStringLiteral("transcriptView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlaceholderText(tr("Every command this tool runs on the server appears here, with "
                                  "its output and exit status. Passwords never do."));
    layout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    m_showScripts = new QCheckBox(tr("Show &scripts"), content);
    m_showScripts->setObjectName(QStringLiteral("showScriptsCheck"));
    m_showScripts->setChecked(true);
    m_showScripts->setToolTip(tr("Show the full shell script of each command, or only its "
                                 "name, output and exit status."));
    m_save = new QPushButton(tr("Sa&ve…"), content);
    m_save->setObjectName(QStringLiteral("saveTranscriptButton"));
    m_clear = new QPushButton(tr("C&lear"), content);
    m_clear->setObjectName(QStringLiteral("clearTranscriptButton"));
    buttons->addWidget(m_showScripts);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_showScripts, &QCheckBox::toggled, this, &TranscriptDock::rebuild);
    connect(m_save, &QPushButton::clicked, this, &TranscriptDock::save);
    connect(m_clear, &QPushButton::clicked, this, &TranscriptDock::clear);
    connect(&m_session, &SetupSession::transcriptAppended, this, &TranscriptDock::append);
    connect(&m_session, &SetupSession::transcriptCleared, this, [this] {
        m_view->clear();
        updateButtons();
    });
    rebuild();
}

QString TranscriptDock::formatEntry(const remote::TranscriptEntry &e, bool withScript)
{
    QString text = QStringLiteral("### %1  %2%3\n")
                       .arg(e.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), e.label,
                            e.privileged ? tr(" (as root)") : QString());
    if (withScript)
        text += indented(e.script);
    if (!e.stdOut.isEmpty())
        text += tr("--- output ---\n") + withNewline(e.stdOut);
    if (!e.stdErr.isEmpty())
        text += tr("--- errors ---\n") + withNewline(e.stdErr);
    if (!e.error.isEmpty())
        text += tr("--- did not finish: %1\n").arg(e.error);
    text += tr("=== exit status %1, %2 ms\n").arg(e.exitStatus).arg(e.elapsedMs);
    return text;
}

bool TranscriptDock::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = m_session.transcript().toText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void TranscriptDock::append(const remote::TranscriptEntry &entry)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_view->appendPlainText(formatEntry(entry, m_showScripts->isChecked()));
    if (atEnd)
        bar->setValue(bar->maximum());
    updateButtons();
}

void TranscriptDock::rebuild()
{
    m_view->clear();
    const QVector<remote::TranscriptEntry> entries = m_session.transcript().entries();
    for (const remote::TranscriptEntry &e : entries)
        m_view->appendPlainText(formatEntry(e, m_showScripts->isChecked()));
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    updateButtons();
}

void TranscriptDock::save()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the commands and their output"),
                                     inDocuments(QStringLiteral("stitch-tunnel-transcript.txt")),
                                     tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The transcript could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), error));
}

void TranscriptDock::clear()
{
    m_session.clearTranscript(); // the view follows transcriptCleared()
}

void TranscriptDock::updateButtons()
{
    const bool any = !m_view->document()->isEmpty();
    m_save->setEnabled(any);
    m_clear->setEnabled(any);
}

} // namespace stitch::wizard
