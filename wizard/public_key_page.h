#pragma once

#include "step_page.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace stitch::wizard {

// Step 3: the Stitch public key. Validated locally as it is pasted; a private key is removed at
// once and never stored. Needs no server round trip.
class PublicKeyPage : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY(PublicKeyPage)
public:
    PublicKeyPage(SetupSession &session, SetupController &controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void refresh() override;

private:
    void onTextChanged();
    void loadFromFile();
    void loadFile(const QString &path);
    void rejectPrivateKey();
    void setKeyInfo(Severity severity, const QString &text);

    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_load = nullptr;
    QLabel *m_keyIcon = nullptr;
    QLabel *m_keyInfo = nullptr;
    QLabel *m_privateWarning = nullptr;
    bool m_valid = false;
    bool m_settingText = false;
};

} // namespace stitch::wizard
