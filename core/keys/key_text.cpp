#include "key_text.h"

#include "key_types.h"

namespace stitch::keys::detail {
namespace {

int base64Value(char16_t u)
{
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 26;
    if (u >= u'0' && u <= u'9')
        return u - u'0' + 52;
    if (u == u'+')
        return 62;
    if (u == u'/')
        return 63;
    return -1;
}

int base64Value(char c)
{
    return base64Value(static_cast<char16_t>(static_cast<unsigned char>(c)));
}

bool isQuote(QChar c)
{
    static const QString kQuotes = QStringLiteral("\"'`“”‘’");
    return kQuotes.contains(c);
}

bool isMatchingQuotePair(QChar open, QChar close)
{
    if (open == close)
        return open == QLatin1Char('"') || open == QLatin1Char('\'') || open == QLatin1Char('`');
    return (open == QChar(u'“') && close == QChar(u'”')) ||
           (open == QChar(u'‘') && close == QChar(u'’'));
}

} // namespace

bool isBase64Char(QChar c)
{
    return base64Value(c.unicode()) >= 0;
}

bool isBase64Token(const QString &token)
{
    for (QChar c : token) {
        if (!isBase64Char(c) && c != QLatin1Char('='))
            return false;
    }
    return !token.isEmpty();
}

bool looksLikeKeyData(const QString &token, qsizetype minLength)
{
    return token.size() >= minLength && token.startsWith(QLatin1String("AAAA")) &&
           isBase64Token(token);
}

bool looksLikeTypeName(const QString &token)
{
    if (token.isEmpty() || token.size() > kMaxTypeNameChars || !token.contains(QLatin1Char('-')))
        return false;
    for (QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' ||
                        u == u'@' || u == u'.' || u == u'_';
        if (!ok)
            return false;
    }
    return token.front().isLetter();
}

bool looksLikeOptions(const QString &token)
{
    static const QStringList kOptions = {
        QStringLiteral("agent-forwarding"),
        QStringLiteral("cert-authority"),
        QStringLiteral("command"),
        QStringLiteral("environment"),
        QStringLiteral("expiry-time"),
        QStringLiteral("from"),
        QStringLiteral("no-agent-forwarding"),
        QStringLiteral("no-port-forwarding"),
        QStringLiteral("no-pty"),
        QStringLiteral("no-touch-required"),
        QStringLiteral("no-user-rc"),
        QStringLiteral("no-x11-forwarding"),
        QStringLiteral("permitlisten"),
        QStringLiteral("permitopen"),
        QStringLiteral("port-forwarding"),
        QStringLiteral("principals"),
        QStringLiteral("pty"),
        QStringLiteral("restrict"),
        QStringLiteral("tunnel"),
        QStringLiteral("user-rc"),
        QStringLiteral("verify-required"),
        QStringLiteral("x11-forwarding"),
    };
    qsizetype end = 0;
    while (end < token.size() && token.at(end) != QLatin1Char(',') &&
           token.at(end) != QLatin1Char('='))
        ++end;
    return kOptions.contains(token.left(end).toLower());
}

QString normalizeText(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    t.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF ||
               u == 0x00AD;
    });
    // Other control characters (terminal escapes, NULs) separate words like blanks do.
    for (QChar &c : t) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n'))
            c = QLatin1Char(' ');
    }
    t = t.trimmed();
    while (t.size() >= 2 && isMatchingQuotePair(t.front(), t.back()))
        t = t.mid(1, t.size() - 2).trimmed();
    // A selection that caught only one quote.
    if (!t.isEmpty() && isQuote(t.front()))
        t = t.mid(1).trimmed();
    if (!t.isEmpty() && isQuote(t.back()) && t.count(t.back()) == 1)
        t = t.left(t.size() - 1).trimmed();
    return t;
}

QStringList splitWhitespace(const QString &text)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text.at(i).isSpace())
            ++i;
        if (i > start)
            tokens.append(text.mid(start, i - start));
    }
    return tokens;
}

QString cleanComment(const QString &comment)
{
    QString c = comment;
    c.removeIf([](QChar ch) { return ch.category() == QChar::Other_Control && !ch.isSpace(); });
    c = c.simplified();
    // A trailing quote that is the only one of its kind would be taken for a stray quote of the
    // selection (normalizeText) when authorizedKeysLine() is read again; drop it now, so that
    // the line always reads back to the same key (found by tests/fuzz/public_key_fuzzer).
    while (!c.isEmpty() && isQuote(c.back()) && c.count(c.back()) == 1)
        c = c.left(c.size() - 1).trimmed();
    return c;
}

std::optional<QByteArray> decodeBase64Strict(const QByteArray &in)
{
    qsizetype body = in.size();
    while (body > 0 && in.at(body - 1) == '=')
        --body;
    const qsizetype padding = in.size() - body;
    const qsizetype rem = body % 4;
    if (body == 0 || rem == 1 || (padding != 0 && padding != 4 - rem))
        return std::nullopt;
    for (qsizetype i = 0; i < body; ++i) {
        if (base64Value(in.at(i)) < 0)
            return std::nullopt;
    }
    const int last = base64Value(in.at(body - 1));
    if ((rem == 2 && (last & 0x0F) != 0) || (rem == 3 && (last & 0x03) != 0))
        return std::nullopt;
    return QByteArray::fromBase64(in.left(body));
}

bool holdsAnotherKey(const QStringList &tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (looksLikeKeyData(token, 32) || (i + 1 < tokens.size() && looksLikeTypeName(token) &&
                                            looksLikeKeyData(tokens.at(i + 1), 4)))
            return true;
    }
    return false;
}

bool commentHoldsAnotherKey(const QString &comment)
{
    return holdsAnotherKey(splitWhitespace(comment)) ||
           holdsAnotherKey(splitWhitespace(cleanComment(comment)));
}

} // namespace stitch::keys::detail
