#pragma once

#include "server_facts.h"
#include "setup_plan.h"

#include <QString>
#include <QStringList>

// Which sshd settings the tool writes for the tunnel user when the admin asks it to fix sshd
// (resources/scripts/sshd_fix.sh puts them in a "Match User <tunnel user>" block). Pure: the
// same facts always give the same block, so a second run finds it in place and changes nothing.
namespace stitch::setup {

struct SshdFix
{
    // The block's settings after its Match line, e.g. "AllowTcpForwarding local": only those
    // that keep the tunnel user out or its tunnel closed, plus those our block already holds.
    QStringList settings;
    // What `sshd -T -C user=<tunnel user>,…` must print afterwards (lower-case keyword, value).
    QStringList expected;

    bool isEmpty() const { return settings.isEmpty(); }
};

// From `sshd -T` for the tunnel user (facts.sshd) and the block of ours already on the server
// (facts.sshdFixLines). Empty when nothing blocks and no block of ours is there.
SshdFix sshdFixFor(const ServerFacts &facts, const SetupPlan &plan);

// Whether sshd lets the tunnel user forward Unix-domain sockets from the server (`sshd -T`'s
// allowstreamlocalforwarding yes/all/remote): key options cannot forbid that.
bool streamLocalForwardingAllowed(const ServerFacts &facts);

// Whether an AllowUsers/DenyUsers/AllowGroups/DenyGroups list (`sshd -T` lines, each one or
// more "pattern[@host]" words) names `name` (sshd's `*` and `?` patterns).
bool sshdListNames(const QStringList &entries, const QString &name);

} // namespace stitch::setup
