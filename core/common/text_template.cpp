#include "text_template.h"

#include <QRegularExpression>

namespace stitch {

namespace {

const QRegularExpression &placePattern()
{
    static const QRegularExpression place(QStringLiteral("%([1-9])"));
    return place;
}

} // namespace

std::optional<QStringList> valuesInText(const QString &pattern, const QString &text)
{
    // The pattern as an anchored expression: its words literal, each place a lazy group (a
    // value rarely holds the words that follow it), a place seen before a back-reference.
    QString expression;
    QList<int> placeOfGroup;
    qsizetype from = 0;
    QRegularExpressionMatchIterator places = placePattern().globalMatch(pattern);
    while (places.hasNext()) {
        const QRegularExpressionMatch m = places.next();
        expression += QRegularExpression::escape(pattern.mid(from, m.capturedStart() - from));
        const int place = m.captured(1).toInt();
        const qsizetype group = placeOfGroup.indexOf(place);
        if (group >= 0) {
            expression += QStringLiteral("\\%1").arg(group + 1);
        } else {
            expression += QStringLiteral("(.+?)");
            placeOfGroup << place;
        }
        from = m.capturedEnd();
    }
    expression += QRegularExpression::escape(pattern.mid(from));
    const QRegularExpression re(QRegularExpression::anchoredPattern(expression),
                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QStringList values;
    for (qsizetype group = 0; group < placeOfGroup.size(); ++group) {
        const int place = placeOfGroup[group];
        while (values.size() < place)
            values << QString();
        values[place - 1] = match.captured(int(group + 1));
    }
    return values;
}

QString withValues(const QString &pattern, const QStringList &values)
{
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator places = placePattern().globalMatch(pattern);
    while (places.hasNext()) {
        const QRegularExpressionMatch m = places.next();
        out += pattern.mid(from, m.capturedStart() - from);
        const qsizetype index = m.captured(1).toInt() - 1;
        out += index < values.size() ? values[index] : m.captured(0);
        from = m.capturedEnd();
    }
    return out + pattern.mid(from);
}

} // namespace stitch
