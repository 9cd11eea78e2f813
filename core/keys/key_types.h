#pragma once

// Private to core/keys: the public key types Stitch accepts, and the size limits that bound the
// work done on a pasted key.

#include <QByteArrayView>
#include <QtGlobal>

namespace stitch::keys::detail {

constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 16384; // OpenSSH's limit
constexpr qsizetype kMaxTypeNameChars = 64;

enum class Family
{
    Ed25519,
    Ecdsa,
    Rsa
};

struct KeySpec
{
    const char *name;
    Family family;
    bool securityKey; // sk-*: a FIDO application string follows the key
    const char *curve;
    int bits;
};

// The spec of a supported type name, or nullptr.
const KeySpec *findSpec(QByteArrayView name);

} // namespace stitch::keys::detail
