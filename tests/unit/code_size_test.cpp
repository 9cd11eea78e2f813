// Small files with one job (docs/ARCHITECTURE.md, "Code shape"): no file over 500 lines and no
// function over 80 lines in core/, cli/ and wizard/. The function lengths come from a brace
// matcher that ignores comments, strings and preprocessor lines; it knows namespaces and classes
// as containers, so a member function defined inside a class is measured like any other.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

namespace {

constexpr int kMaxFileLines = 500;
constexpr int kMaxFunctionLines = 80;

// The text with comments, string and character literals and preprocessor lines blanked out
// (newlines kept, so line numbers stay right): braces in them are not code.
QString codeOnly(const QString &text)
{
    QString out = text;
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool lineStart = true;
    const auto blank = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to && k < n; ++k)
            if (out[k] != QLatin1Char('\n'))
                out[k] = QLatin1Char(' ');
    };
    while (i < n) {
        const QChar c = text[i];
        const QChar next = i + 1 < n ? text[i + 1] : QChar();
        if (lineStart && c == QLatin1Char('#')) {
            qsizetype end = i;
            while (end < n &&
                   (text[end] != QLatin1Char('\n') || text[end - 1] == QLatin1Char('\\')))
                ++end;
            blank(i, end);
            i = end;
            continue;
        }
        if (!c.isSpace())
            lineStart = false;
        if (c == QLatin1Char('\n'))
            lineStart = true;
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            const qsizetype end = text.indexOf(QLatin1Char('\n'), i);
            blank(i, end < 0 ? n : end);
            i = end < 0 ? n : end;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = text.indexOf(QStringLiteral("*/"), i + 2);
            blank(i, end < 0 ? n : end + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('R') && next == QLatin1Char('"') &&
                   (i == 0 ||
                    !(text[i - 1].isLetterOrNumber() || text[i - 1] == QLatin1Char('_')))) {
            const qsizetype open = text.indexOf(QLatin1Char('('), i);
            const QString close =
                QLatin1Char(')') + text.mid(i + 2, open - i - 2) + QLatin1Char('"');
            const qsizetype end = text.indexOf(close, open);
            blank(i, end < 0 ? n : end + close.size());
            i = end < 0 ? n : end + close.size();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            // A digit separator (1'000) is not a character literal.
            if (c == QLatin1Char('\'') && i > 0 && text[i - 1].isDigit() && next.isDigit()) {
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < n && text[end] != c && text[end] != QLatin1Char('\n'))
                end += text[end] == QLatin1Char('\\') ? 2 : 1;
            blank(i, end + 1);
            i = end + 1;
        } else {
            ++i;
        }
    }
    return out;
}

struct LongFunction
{
    QString name;
    int line = 0;
    int lines = 0;
};

// Functions (and top-level lambdas) of `text` whose body spans more than `limit` lines, counted
// from the line of the opening brace to that of the closing one. A constructor's braced member
// initializers (`: a{x}, b{y} {`) belong to the constructor and count from the first brace.
QList<LongFunction> longFunctions(const QString &text, int limit)
{
    enum class Kind
    {
        Container,
        Function,
        Other
    };
    struct Block
    {
        Kind kind;
        int line;
        QString name;
    };
    static const QRegularExpression container(
        QStringLiteral(R"(\b(namespace|class|struct|union|enum|extern)\b)"));
    static const QRegularExpression callName(QStringLiteral(R"(([~\w:]+(?:operator\S*)?)\s*\()"));
    const QString code = codeOnly(text);
    QList<Block> stack;
    QList<LongFunction> found;
    int line = 1;
    qsizetype headStart = 0;
    std::optional<Block> pending; // a constructor whose initializer list goes on
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == QLatin1Char('\n'))
            ++line;
        if (c == QLatin1Char(';')) {
            headStart = i + 1;
            pending.reset();
        }
        if (c != QLatin1Char('{') && c != QLatin1Char('}'))
            continue;
        const bool inFunction = std::any_of(
            stack.begin(), stack.end(), [](const Block &b) { return b.kind != Kind::Container; });
        if (c == QLatin1Char('{')) {
            const QString head = code.mid(headStart, i - headStart).simplified();
            headStart = i + 1;
            if (inFunction) {
                stack.append({Kind::Other, line, {}});
            } else if (pending) {
                stack.append(*pending);
                pending.reset();
            } else if (head.endsWith(QLatin1Char('=')) || head.endsWith(QLatin1Char(','))) {
                stack.append({Kind::Other, line, {}}); // a data initializer
            } else if (head.contains(QLatin1Char(')'))) {
                const auto m = callName.match(head);
                stack.append({Kind::Function, line, m.hasMatch() ? m.captured(1) : head});
            } else if (container.match(head).hasMatch()) {
                stack.append({Kind::Container, line, {}});
            } else {
                stack.append({Kind::Other, line, {}});
            }
            continue;
        }
        headStart = i + 1;
        if (stack.isEmpty())
            continue;
        const Block block = stack.takeLast();
        if (block.kind != Kind::Function)
            continue;
        if (std::any_of(stack.begin(), stack.end(),
                        [](const Block &b) { return b.kind != Kind::Container; }))
            continue;
        qsizetype k = i + 1;
        while (k < code.size() && code[k].isSpace())
            ++k;
        if (k < code.size() && (code[k] == QLatin1Char(',') || code[k] == QLatin1Char('{'))) {
            pending = block; // `b{y}, c{z} {` or `b{y} {`: the constructor goes on
            headStart = k + (code[k] == QLatin1Char(',') ? 1 : 0);
            continue;
        }
        if (line - block.line + 1 > limit)
            found.append({block.name, block.line, line - block.line + 1});
    }
    return found;
}

QStringList sources()
{
    QStringList files;
    for (const char *folder : {"core", "cli", "wizard"}) {
        QDirIterator it(QStringLiteral(STITCH_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QString readSource(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

QString relative(const QString &path)
{
    return path.mid(QStringLiteral(STITCH_SOURCE_DIR "/").size());
}

TEST(CodeSize, NoFileOver500Lines)
{
    const QStringList files = sources();
    ASSERT_GT(files.size(), 100) << "the source folders were not found under " STITCH_SOURCE_DIR;
    for (const QString &path : files) {
        const int lines = int(readSource(path).count(QLatin1Char('\n')));
        EXPECT_LE(lines, kMaxFileLines)
            << relative(path).toStdString() << " has " << lines
            << " lines: split it by job (docs/ARCHITECTURE.md, \"Code shape\")";
    }
}

TEST(CodeSize, NoFunctionOver80Lines)
{
    const QStringList files = sources();
    ASSERT_GT(files.size(), 100);
    for (const QString &path : files) {
        for (const LongFunction &f : longFunctions(readSource(path), kMaxFunctionLines)) {
            ADD_FAILURE() << relative(path).toStdString() << ":" << f.line << ": "
                          << f.name.toStdString() << " has " << f.lines
                          << " lines: split it into steps with names";
        }
    }
}

QString body(int lines)
{
    QString text;
    for (int i = 0; i < lines - 2; ++i)
        text += QStringLiteral("    call(%1);\n").arg(i);
    return text;
}

// The counter itself: it must see a long function through the things that hide one.
TEST(CodeSize, TheCounterFindsLongFunctionsOnly)
{
    const QString text =
        QStringLiteral("namespace a {\nclass C {\n  void inlineLong() const\n  {\n") + body(81) +
        QStringLiteral("  }\n};\n// } a comment brace\nconst char *s = \"}}\";\n"
                       "Widget::Widget(int x)\n    : m_a{x}, m_b{1}\n{\n") +
        body(81) +
        QStringLiteral("}\nvoid shortOne()\n{\n  auto f = [] { return '}'; };\n"
                       "  auto r = R\"x(}})x\";\n}\nconst int table[] = {\n") +
        body(90) + QStringLiteral("};\nint exactly80()\n{\n") + body(80) + QStringLiteral("}\n}\n");
    const QList<LongFunction> found = longFunctions(text, kMaxFunctionLines);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].name, QStringLiteral("inlineLong"));
    EXPECT_EQ(found[0].lines, 81);
    EXPECT_EQ(found[1].name, QStringLiteral("Widget::Widget"));
    EXPECT_EQ(found[1].lines, 82); // from the initializer list's first brace
}

} // namespace
