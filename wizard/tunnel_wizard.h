#pragma once

#include "session/setup_choices.h"
#include "ssh/connection_settings.h"

#include <QWizard>

namespace stitch {
class CredentialStore;
class SetupSession;
} // namespace stitch

namespace stitch::wizard {

class SetupController;
class StepList;
// The five steps of Stitch's guide as wizard pages, after Welcome and Connect, with the list of
// steps beside them. Every page gets the one shared SetupSession and the SetupController that
// runs operations off the GUI thread.
class TunnelWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        WelcomePageId,
        ConnectPageId,
        FirewallPageId,
        DatabasePageId,
        PublicKeyPageId,
        TunnelUserPageId,
        FinishPageId,
        WatchPageId, // "Did Stitch get in?", after step 5
    };

    // `store` remembers passwords for the Connect page; it must outlive the wizard.
    TunnelWizard(SetupSession &session, SetupController &controller, CredentialStore &store,
                 QWidget *parent = nullptr);

    // Restarts at Welcome with the session's (possibly reloaded) values.
    void reloadFromSession();

    // What the pages show now: the session's values with the fields of every page shown since
    // the start on top (Save setup, Do it myself and the diagnostics use these).
    void onScreenSetup(ssh::ConnectionSettings &connection, SetupChoices &choices) const;

    // Whether the user typed or chose something since the start (or the last save or reload),
    // which closing would discard.
    bool hasTypedValues() const { return m_typed; }
    void forgetTypedValues() { m_typed = false; }

    // Close and Esc do not close by themselves: they ask the window (closeRequested()), which
    // asks the user first when closing would lose something.
    void reject() override;

signals:
    void closeRequested();

private:
    void watchForTyping();
    // Back is off while an operation changes the server (Apply, Remove).
    void guardBackButton();

    SetupSession &m_session;
    SetupController &m_controller;
    StepList *m_steps = nullptr;
    bool m_typed = false;
};

} // namespace stitch::wizard
