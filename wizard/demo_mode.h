#pragma once

#include "common/result.h"

#include <QStringList>

class QWidget;

namespace stitch {
class SetupSession;
}

namespace stitch::wizard {

// `stitch-tunnel-wizard --demo` (Linux, root): runs the wizard inside the throwaway sandbox
// server (tests/sandbox/run-in-sandbox.sh) with a demo PostgreSQL and a generated demo key.
bool isDemoRequested(const QStringList &arguments);
// The demo's namespaces need root: true when --demo cannot start the sandbox as this user.
bool demoNeedsRoot();
// Shows, over `window`, why the demo did not start and how to start it (the wizard stays open
// for the user's own server). The box is "demoNeedsRootBox".
void explainDemoNeedsRoot(QWidget *window);
bool isInsideSandbox();
// Re-executes this program inside the sandbox; returns its exit code.
int runInsideSandbox(const QStringList &arguments);
// Inside the sandbox: fills the session with the demo server's values, its password included
// (ConnectPage shows the password the session holds).
Status prefillDemoSession(SetupSession &session);

} // namespace stitch::wizard
