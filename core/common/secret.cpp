#include "secret.h"

#include <QObject>

#include <cstring>

#include <QFile>
#include <QFileInfo>

#include <cstdlib>

namespace stitch {

void secureWipe(void *data, std::size_t size)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}

Secret::Secret(QByteArray bytes) : m_bytes(std::move(bytes))
{
    m_bytes.detach(); // we must own the only buffer we later wipe
}

Secret::~Secret()
{
    clear();
}

Secret::Secret(Secret &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

Secret Secret::clone() const
{
    return Secret(QByteArray(m_bytes.constData(), m_bytes.size()));
}

void Secret::clear()
{
    if (!m_bytes.isEmpty())
        secureWipe(m_bytes.data(), static_cast<std::size_t>(m_bytes.size()));
    // resize(0), not clear(): the wiped buffer stays ours until the destructor, so data() never
    // dangles and a test can check that it holds zeros.
    m_bytes.resize(0);
}

Result<Secret> Secret::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::LocalIoError,
                         QObject::tr("Cannot read the secret file %1: %2.")
                             .arg(QFileInfo(path).absoluteFilePath(), file.errorString()),
                         QObject::tr("Check the path and that this user may read the file."));
    }
    return fromDevice(file, path);
}

Result<Secret> Secret::fromDevice(QIODevice &device, const QString &name)
{
    Secret secret(device.readAll());
    QByteArray &bytes = secret.m_bytes;
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.contains('\n')) {
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("The secret file %1 has more than one line.").arg(name),
                         QObject::tr("Put only the password on the first line of the file."));
    }
    return secret;
}

Secret Secret::takeFromEnvironment(const char *name)
{
    Secret secret(qgetenv(name));
    // Wipe the value where it really lives: the environment block itself (what
    // /proc/self/environ shows), not a copy made by setting the variable to something else.
    if (char *value = std::getenv(name))
        secureWipe(value, std::strlen(value));
    qunsetenv(name);
    return secret;
}

} // namespace stitch
