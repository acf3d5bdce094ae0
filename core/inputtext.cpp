#include "inputtext.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Juesuan {

namespace {

QString uEscape(char32_t c)
{
    return QStringLiteral("\\u") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

bool InputText::isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029
            // bidi embeddings, overrides and isolates can reorder what a terminal shows
            || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
            || c == 0xFEFF;
}

QString InputText::escapeControls(const QString &s, bool keepNewlines)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const char32_t u = c.unicode();
        if (keepNewlines && u == U'\n')
            out += c;
        else if (isControl(u))
            out += uEscape(u);
        else
            out += c;
    }
    return out;
}

QString InputText::forMessage(const QString &s, int limit)
{
    if (s.size() <= limit)
        return escapeControls(s);
    int cut = limit;
    if (cut > 0 && s.at(cut - 1).isHighSurrogate())
        --cut; // never split a character
    return escapeControls(s.left(cut))
            + QCoreApplication::translate("Juesuan::InputText", "… (%1 characters)").arg(s.size());
}

QString InputText::tsvField(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (isControl(c.unicode()))
                out += uEscape(c.unicode());
            else
                out += c;
        }
    }
    return out;
}

QString InputText::fileName(const QByteArray &native)
{
    QString out;
    int i = 0;
    const int n = int(native.size());
    while (i < n) {
        const uchar b = uchar(native.at(i));
        int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        bool valid = len > 0 && i + len <= n;
        for (int k = 1; valid && k < len; ++k)
            valid = (uchar(native.at(i + k)) & 0xC0) == 0x80;
        if (valid && len > 1) {
            // Overlong forms and surrogates decode to U+FFFD: treat them as bytes too.
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString ch = utf8(native.mid(i, len));
            valid = !utf8.hasError() && !ch.contains(QChar::ReplacementCharacter);
            if (valid)
                out += ch;
        } else if (valid) {
            out += QLatin1Char(char(b));
        }
        if (!valid) {
            out += QStringLiteral("\\x") + QString::number(b, 16).toUpper().rightJustified(2, QLatin1Char('0'));
            len = 1;
        }
        i += len;
    }
    return escapeControls(out);
}

} // namespace Juesuan
