#include "cli_suggest.h"

#include <QVector>

#include <algorithm>

namespace stitch::cli {

namespace {

// Levenshtein distance, case-insensitive (one row at a time).
qsizetype editDistance(const QString &a, const QString &b)
{
    const QString x = a.toLower();
    const QString y = b.toLower();
    QVector<qsizetype> row(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= x.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (x.at(i - 1) == y.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[y.size()];
}

} // namespace

QString nearestName(const QString &given, const QStringList &names)
{
    const qsizetype allowed = std::max<qsizetype>(2, given.size() / 3);
    QString best;
    qsizetype bestDistance = allowed + 1;
    for (const QString &name : names) {
        const qsizetype d = editDistance(given, name);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace stitch::cli
