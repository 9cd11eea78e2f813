#include "yaml_text.h"

namespace stitch::setup {

namespace {

// YAML 1.1 and 1.2 printable characters (c-printable) that a double-quoted scalar may hold as
// they are; everything else is escaped. U+0085, U+2028 and U+2029 are printable in YAML but
// are line breaks to its parser, so they are escaped too.
bool isPlainPrintable(char32_t c)
{
    if (c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
        return false;
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

QString escaped(char32_t c)
{
    switch (c) {
    case 0x00:
        return QStringLiteral("\\0");
    case 0x07:
        return QStringLiteral("\\a");
    case 0x08:
        return QStringLiteral("\\b");
    case 0x09:
        return QStringLiteral("\\t");
    case 0x0A:
        return QStringLiteral("\\n");
    case 0x0B:
        return QStringLiteral("\\v");
    case 0x0C:
        return QStringLiteral("\\f");
    case 0x0D:
        return QStringLiteral("\\r");
    case 0x1B:
        return QStringLiteral("\\e");
    case 0x85:
        return QStringLiteral("\\N");
    case 0x2028:
        return QStringLiteral("\\L");
    case 0x2029:
        return QStringLiteral("\\P");
    default:
        break;
    }
    if (c <= 0xFF)
        return QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
    if (c <= 0xFFFF)
        return QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
    return QStringLiteral("\\U%1").arg(static_cast<uint>(c), 8, 16, QLatin1Char('0'));
}

bool blockCanHold(const QString &text)
{
    // A block cannot start with a blank (it would set the indentation) and keeps at most one
    // final line break here ("|" or "|-").
    if (text.isEmpty() || text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\n')) ||
        text.endsWith(QLatin1String("\n\n")))
        return false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char(' ')))
            return false;
        for (char32_t c : line.toUcs4()) {
            if (!isPlainPrintable(c))
                return false;
        }
    }
    return true;
}

} // namespace

QString yamlDoubleQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    // By code point, so that a character outside the BMP is kept whole; toUcs4() turns a lone
    // surrogate, which no YAML parser takes, into U+FFFD.
    for (char32_t c : value.toUcs4()) {
        if (c == U'\\')
            out += QStringLiteral("\\\\");
        else if (c == U'"')
            out += QStringLiteral("\\\"");
        else if (isPlainPrintable(c))
            out += QString::fromUcs4(&c, 1);
        else
            out += escaped(c);
    }
    out += QLatin1Char('"');
    return out;
}

QString ansibleLiteral(const QString &value)
{
    return QStringLiteral("!unsafe ") + yamlDoubleQuoted(value);
}

QString ansibleLiteralList(const QStringList &values)
{
    QStringList items;
    for (const QString &v : values)
        items << ansibleLiteral(v);
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString ansibleLiteralBlock(const QString &text, int indent)
{
    if (!blockCanHold(text))
        return ansibleLiteral(text);
    // Chomping: "|-" keeps no final line break, "|" exactly one.
    QString body = text;
    QString out = QStringLiteral("!unsafe |");
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    else
        out += QLatin1Char('-');
    const QString pad(indent, QLatin1Char(' '));
    for (const QString &line : body.split(QLatin1Char('\n')))
        out += QLatin1Char('\n') + (line.isEmpty() ? QString() : pad + line);
    return out;
}

} // namespace stitch::setup
