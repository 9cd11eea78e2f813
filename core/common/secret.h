#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace stitch {

// Overwrites memory in a way the optimiser may not drop.
void secureWipe(void *data, std::size_t size);

// A password or passphrase. Move-only so there is exactly one copy to wipe, and no implicit way
// to turn it into a QString that could end up in a log.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray bytes);
    ~Secret();
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    // Reads a secret file: one line, the trailing line break removed.
    static Result<Secret> fromFile(const QString &path);
    // The same from an open device (standard input); `name` says where it came from in errors.
    static Result<Secret> fromDevice(QIODevice &device, const QString &name);
    // Reads an environment variable and removes it from the environment so that no child
    // process inherits it.
    static Secret takeFromEnvironment(const char *name);

    bool isEmpty() const { return m_bytes.isEmpty(); }
    // For handing to libssh or stdin only. The pointer stays valid while this object lives.
    const char *data() const { return m_bytes.constData(); }
    const QByteArray &bytes() const { return m_bytes; }
    Secret clone() const;
    // Overwrites the bytes with zeros and empties the secret. The zeroed buffer stays allocated
    // (data() keeps pointing at it) until the Secret is destroyed.
    void clear();

private:
    QByteArray m_bytes;
};

} // namespace stitch
