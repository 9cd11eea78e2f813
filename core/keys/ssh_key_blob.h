#pragma once

// Private to core/keys: the key data itself, in the SSH wire format (RFC 4253 6.6): the key
// type and its fields, each a uint32-length-prefixed string.

#include "key_types.h"
#include "keys/public_key.h"

#include <QByteArray>
#include <QString>

namespace stitch::keys::detail {

enum class BlobProblem
{
    None,
    Truncated,
    UnknownType,
    Damaged
};

struct BlobParse
{
    BlobProblem problem = BlobProblem::None;
    bool typeRead = false;
    QByteArray type;
    const KeySpec *spec = nullptr;
    int bits = 0;
    qsizetype length = 0; // bytes the key structure occupies (when problem == None)
    QString detail;       // technical, for the transcript; never key material
};

// Parses the key structure at the start of blob (bytes after it are the caller's business).
BlobParse parseBlob(const QByteArray &blob);
// Turns a parse result (for a blob whose data is known to end at its end) into an Error.
// prefix is the type written in front of the key, empty for RFC 4716.
Error blobError(const BlobParse &parse, const QString &prefix);
// Validates a complete blob (exactly the key, nothing after it) and builds the result.
Result<PublicKeyInfo> finishKey(const QByteArray &blob, const QString &prefix,
                                const QString &comment);

} // namespace stitch::keys::detail
