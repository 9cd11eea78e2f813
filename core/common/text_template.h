#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// A message with numbered places (%1, %2 … as QString::arg() and Qt Linguist know them), read
// back from a line that has values in those places, and written again with the same values:
// how an English line a server script printed becomes a sentence in the user's language.
namespace stitch {

// The value in each place of `pattern` (values[N-1] for %N), when `text` is `pattern` with a
// value of at least one character in every place; a place used twice needs the same value.
// std::nullopt when `text` is not such a line.
std::optional<QStringList> valuesInText(const QString &pattern, const QString &text);

// `pattern` with %N replaced by values[N-1] in one pass: a value that holds "%2" stays as it is.
// A place without a value stays as written.
QString withValues(const QString &pattern, const QStringList &values);

} // namespace stitch
