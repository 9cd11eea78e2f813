#pragma once

#include "common/result.h"
#include "ssh_handles.h"

#include <QString>

namespace stitch::ssh {

// An ed25519 key pair that lives only in memory, for the end-to-end self-test.
struct ThrowawayKey
{
    KeyHandle privateKey;
    QString publicLine; // "ssh-ed25519 AAAA…" without comment
};

Result<ThrowawayKey> generateThrowawayKey();

} // namespace stitch::ssh
