#include "server_text.h"

namespace stitch {

QString textFromServer(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        // Format characters: bidi overrides and isolates, zero-width joiners, the BOM.
        const bool invisible = c.category() == QChar::Other_Format;
        if (control)
            shown += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else if (invisible)
            shown += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

} // namespace stitch
