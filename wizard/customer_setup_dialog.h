#pragma once

#include "common/result.h"
#include "session/setup_file.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace stitch::wizard {

// File → New setup for a customer…: every value of a setup file on one form, filled in without
// connecting (no password is asked for, the key is pasted here), then saved for the customer,
// who opens it prefilled. Starts from what the wizard shows.
class CustomerSetupDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerSetupDialog(const SetupFileContents &start, QWidget *parent = nullptr);

    // What the form holds now, as typed (saveTo() checks it).
    SetupFileContents contents() const;
    // Saves the form to `path`; on failure the dialog shows why and nothing is written.
    Status saveTo(const QString &path);

signals:
    void saved(const QString &path);

private:
    QLayout *connectionRows();
    QLayout *stitchRows();
    void askWhereAndSave();

    SetupFileContents m_start; // what the form does not show (the custom list, the key file…)
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_databaseType = nullptr;
    QLineEdit *m_databaseHost = nullptr;
    QSpinBox *m_databasePort = nullptr;
    QLineEdit *m_tunnelUser = nullptr;
    QPlainTextEdit *m_publicKey = nullptr;
    QCheckBox *m_enableFirewall = nullptr;
    QCheckBox *m_keyFromStitchOnly = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace stitch::wizard
