#pragma once

// Files as the tests read them back (known-hosts files, logs, configuration the tool wrote).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace test {

// A file's bytes; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A file's bytes, or "<missing>" when it cannot be read: tells an empty file from none.
inline QByteArray readFileOrMissing(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace test
