#pragma once

#include "on_screen_values.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace stitch {
class SetupSession;
}

namespace stitch::wizard {

// Says in plain words what will happen and what to have at hand; takes the choices that do not
// need the server: Stitch region (or a custom address list), integration or destination, and
// the database as the SSH server sees it.
class WelcomePage : public QWizardPage, public OnScreenValues
{
    Q_OBJECT
public:
    explicit WelcomePage(SetupSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    void addOnScreenValues(ssh::ConnectionSettings &connection,
                           SetupChoices &choices) const override;

private:
    // The constructor's parts: the fields, the form holding them, their signals.
    void buildRegionFields();
    QLayout *buildKindChoice();
    QLayout *buildDatabaseFields();
    QFormLayout *buildForm();
    void connectFields();
    void onDatabaseTypeChanged();
    void showError(const QString &text);

    SetupSession &m_session;
    QComboBox *m_region = nullptr;
    QPlainTextEdit *m_customCidrs = nullptr;
    QRadioButton *m_integration = nullptr;
    QRadioButton *m_destination = nullptr;
    QComboBox *m_databaseType = nullptr;
    QLineEdit *m_databaseHost = nullptr;
    QSpinBox *m_databasePort = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace stitch::wizard
