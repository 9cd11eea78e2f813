#pragma once

#include "known_hosts.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace stitch::ssh {

enum class HostKeyStatus
{
    Known,   // matches a saved key
    Unknown, // never seen: the user decides
    Changed, // differs from a saved key: hard stop, no way to continue
};

struct HostKeyInfo
{
    QString host;
    quint16 port = 22;
    QString keyType;     // "ssh-ed25519"
    QString fingerprint; // "SHA256:…"
    HostKeyStatus status = HostKeyStatus::Unknown;
    std::vector<KnownHostKey> savedKeys; // for Changed: what we expected
    bool savedNow = false;               // accepted and written to the app's file
};

} // namespace stitch::ssh

Q_DECLARE_METATYPE(stitch::ssh::HostKeyInfo)
