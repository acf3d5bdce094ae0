#include "richtexthighlighter.h"

#include "richtext.h"

namespace Juesuan {

RichTextHighlighter::RichTextHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) { }

void RichTextHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat marker;
    marker.setForeground(QColor(0xa0, 0xa0, 0xa0));
    if (RichText::isHeading(text.trimmed()))
        setFormat(0, int(text.size()), bold);
    // The same pairing as RichText::runs: markers pair left to right; a lone one is text.
    int pos = 0;
    while (true) {
        const int open = int(text.indexOf(QLatin1String("**"), pos));
        const int close = open < 0 ? -1 : int(text.indexOf(QLatin1String("**"), open + 2));
        if (close < 0)
            break;
        setFormat(open, 2, marker);
        setFormat(open + 2, close - open - 2, bold);
        setFormat(close, 2, marker);
        pos = close + 2;
    }
}

} // namespace Juesuan
