#pragma once

// Helpers shared by the libFuzzer harnesses (tests/fuzz/*_fuzzer.cpp). A harness checks cheap
// invariants with FUZZ_CHECK: a violation prints what failed and aborts, which libFuzzer
// reports as a crash and saves the input (see tests/fuzz/README.md).

#include <QByteArray>
#include <QChar>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Splits off the first line ("header\nrest"); without a '\n' the header is everything.
inline void splitFirstLine(const QByteArray &input, QByteArray *header, QByteArray *rest)
{
    const qsizetype newline = input.indexOf('\n');
    *header = newline < 0 ? input : input.left(newline);
    *rest = newline < 0 ? QByteArray() : input.mid(newline + 1);
}

// True when the text holds a control character (line breaks, escapes, NUL, ...).
inline bool hasControlCharacter(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

[[noreturn]] inline void failed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, condition);
    std::abort();
}

} // namespace fuzz

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::fuzz::failed(#condition, __FILE__, __LINE__);                                        \
    } while (false)
