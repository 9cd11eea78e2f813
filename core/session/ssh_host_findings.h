#pragma once

#include "step_result.h"

#include <QString>
#include <QVector>

// The one finding of step 5 that the session judges again by itself: the SSH Host handed to
// Stitch can change after the check (a public host given later), without another operation.
namespace stitch {

// Step 5's word on the SSH Host handed to Stitch: a warning while it is a private address
// (Stitch connects from the internet), with the remedy to give a public one; nothing otherwise.
// `given`: the admin gave it (a public host), rather than it being the address connected to.
QVector<Finding> sshHostFindings(const QString &sshHost, bool given);
// Judges that warning afresh in a step 5 result once the SSH Host changed (a public host given
// after the self-test): replaces it, and the status too when the status followed the findings.
// A result not checked yet stays as it is.
void rejudgeSshHost(StepResult &finish, const QString &sshHost, bool given);

} // namespace stitch
