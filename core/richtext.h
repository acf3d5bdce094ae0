#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Juesuan {

// The light markup of the report's text parts (职责, 机构设置, 重点工作, 名词解释, the forms'
// analyses). A text is plain UTF-8, one paragraph per line; "**…**" marks bold. Numbered
// paragraphs (1、2、…, (一)(二)…) are typed numbers, as the published report has them, so
// any plain text is already a valid rich text and reads the same without a renderer.
class RichText
{
public:
    struct Run {
        QString text;
        bool bold = false;
        friend bool operator==(const Run &a, const Run &b) { return a.text == b.text && a.bold == b.bold; }
    };
    enum class Numbering { None, Arabic, Chinese }; // 1、2、… / (一)(二)…

    // The paragraphs of a text: its non-blank lines, trimmed.
    static QStringList paragraphs(const QString &text);
    // A paragraph's runs: "**…**" is bold; an unmatched "**" is literal text.
    static QList<Run> runs(const QString &paragraph);
    // A paragraph or text without the markers.
    static QString plainText(const QString &text);
    // A paragraph as HTML: escaped, bold runs in <b>.
    static QString toHtml(const QString &paragraph);
    // "一、网格化案件办理" alone on its line heads the paragraphs under it.
    static bool isHeading(const QString &paragraph);

    // Numbered paragraphs: the typed number a paragraph starts with ("1、", "(三)", "（三）",
    // "1." …) and the paragraph without it.
    static QString numberPrefix(const QString &paragraph);
    static QString withoutNumber(const QString &paragraph);
    // Renumbers `lines` from 1 in `style` (None removes the numbers); blank lines keep no number.
    static QStringList numbered(const QStringList &lines, Numbering style);

    // The one Chinese numeral of the program: 1 → 一, 12 → 十二, 20 → 二十, 99 → 九十九.
    // Zero is written differently by different uses, so each caller says which it wants:
    // "0" where a zero means "no number" (list numbering), 零 in running text, 〇 in the
    // editor's outline. Numbers below 0 or above 99 stay in Arabic digits.
    enum class Zero { Digit, Ling, Circle };
    static QString chineseNumber(int n, Zero zero);

    // Adds "**" around [start, end) of `text`, or removes them when the range is bold
    // already; returns the new text and, through the pointers, the new range.
    static QString toggleBold(const QString &text, int *start, int *end);
};

} // namespace Juesuan
