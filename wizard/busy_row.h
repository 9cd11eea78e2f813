#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace stitch::wizard {

// While an operation runs: an indeterminate progress bar, what is happening, and Cancel. The
// first Cancel asks to stop safely (a change under way finishes, the self-test key is removed),
// a second one to stop at once; each emits cancelRequested().
class BusyRow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(BusyRow)
public:
    explicit BusyRow(QWidget *parent = nullptr);

    // Shows or hides the progress bar and Cancel; starting resets Cancel and shows `text`.
    // The label stays (pages that show a status after the operation keep it).
    void setBusy(bool busy, const QString &text = {});
    bool isBusy() const { return m_busy; }
    void setText(const QString &text);
    QString text() const;
    QLabel *label() const { return m_label; }

signals:
    void cancelRequested();

private:
    void onCancel();

    QProgressBar *m_indicator = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
    bool m_cancelAsked = false; // a second Cancel stops at once
};

} // namespace stitch::wizard
