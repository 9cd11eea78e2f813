#pragma once

#include "ssh/host_key.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stitch::wizard {

// First contact with a server: shows its host key fingerprint and lets the user compare it
// with one the server's administrator gave them. Accept and save / Connect once / Cancel;
// Cancel is the default until a pasted fingerprint matches, then Accept and save is.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum Answer
    {
        Cancelled = 0,
        AcceptAndSave = 1,
        ConnectOnce = 2
    };

    explicit HostKeyDialog(const ssh::HostKeyInfo &info, QWidget *parent = nullptr);

private:
    void compare();

    ssh::HostKeyInfo m_info;
    QLineEdit *m_expected = nullptr;
    QLabel *m_comparison = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_once = nullptr;
    QPushButton *m_cancel = nullptr;
};

// Shows that the key changed: old and new fingerprints, what to do (`fix`, shown, not under
// Show Details), and no way to continue.
void showChangedHostKey(QWidget *parent, const ssh::HostKeyInfo &info, const QString &fix);

} // namespace stitch::wizard
