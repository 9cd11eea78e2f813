#pragma once

#include <QString>
#include <QStringList>

namespace stitch::cli {

// The name in `names` closest to `given` (a typo away: at most two letters or a third of them
// edited), or empty when none is that close. Used for "did you mean apply?".
QString nearestName(const QString &given, const QStringList &names);

} // namespace stitch::cli
