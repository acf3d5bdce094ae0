#include "richtext.h"

#include <QRegularExpression>

namespace Juesuan {

namespace {

const QString marker = QStringLiteral("**");

} // namespace

QStringList RichText::paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QList<RichText::Run> RichText::runs(const QString &paragraph)
{
    QList<Run> out;
    auto add = [&out](const QString &text, bool bold) {
        if (text.isEmpty())
            return;
        if (!out.isEmpty() && out.last().bold == bold)
            out.last().text += text;
        else
            out.append(Run{text, bold});
    };
    int pos = 0;
    while (pos < paragraph.size()) {
        const int open = paragraph.indexOf(marker, pos);
        const int close = open < 0 ? -1 : paragraph.indexOf(marker, open + 2);
        if (open < 0 || close < 0) {
            add(paragraph.mid(pos), false);
            break;
        }
        add(paragraph.mid(pos, open - pos), false);
        add(paragraph.mid(open + 2, close - open - 2), true);
        pos = close + 2;
    }
    return out;
}

QString RichText::plainText(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        QString plain;
        for (const Run &r : runs(line))
            plain += r.text;
        line = plain;
    }
    return lines.join(QLatin1Char('\n'));
}

QString RichText::toHtml(const QString &paragraph)
{
    QString out;
    for (const Run &r : runs(paragraph))
        out += r.bold ? QStringLiteral("<b>") + r.text.toHtmlEscaped() + QStringLiteral("</b>") : r.text.toHtmlEscaped();
    return out;
}

bool RichText::isHeading(const QString &paragraph)
{
    static const QRegularExpression re(QStringLiteral("^[一二三四五六七八九十]+、[^。；;，,]{1,30}$"));
    return re.match(plainText(paragraph)).hasMatch();
}

QString RichText::numberPrefix(const QString &paragraph)
{
    // 1、 1. 1． (一) （一） 一、 — with optional spaces after.
    static const QRegularExpression re(QStringLiteral(
            "^(?:\\d{1,3}[、.．](?!\\d)|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\\s*"));
    return re.match(paragraph).captured(0);
}

QString RichText::withoutNumber(const QString &paragraph)
{
    return paragraph.mid(numberPrefix(paragraph).size());
}

QString RichText::chineseNumber(int n, Zero zero)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n == 0) {
        switch (zero) {
        case Zero::Digit:
            return QStringLiteral("0");
        case Zero::Ling:
            return QStringLiteral("零");
        case Zero::Circle:
            return QStringLiteral("〇");
        }
    }
    if (n < 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    QString s = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    s += QStringLiteral("十");
    if (n % 10)
        s += digits.at(n % 10);
    return s;
}

QStringList RichText::numbered(const QStringList &lines, Numbering style)
{
    QStringList out;
    int n = 0;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            out << line;
            continue;
        }
        const QString body = withoutNumber(line.trimmed());
        ++n;
        switch (style) {
        case Numbering::None:
            out << body;
            break;
        case Numbering::Arabic:
            out << QString::number(n) + QStringLiteral("、") + body;
            break;
        case Numbering::Chinese:
            out << QStringLiteral("(") + chineseNumber(n, Zero::Digit) + QStringLiteral(")") + body;
            break;
        }
    }
    return out;
}

QString RichText::toggleBold(const QString &text, int *start, int *end)
{
    int s = qBound(0, qMin(*start, *end), int(text.size()));
    int e = qBound(0, qMax(*start, *end), int(text.size()));
    // Selected with its markers, or inside them: unbold.
    if (text.mid(s, 2) == marker && e - s >= 4 && text.mid(e - 2, 2) == marker) {
        *start = s;
        *end = e - 4;
        return text.left(s) + text.mid(s + 2, e - s - 4) + text.mid(e);
    }
    if (s >= 2 && text.mid(s - 2, 2) == marker && text.mid(e, 2) == marker) {
        *start = s - 2;
        *end = e - 2;
        return text.left(s - 2) + text.mid(s, e - s) + text.mid(e + 2);
    }
    if (s == e)
        return text;
    *start = s + 2;
    *end = e + 2;
    return text.left(s) + marker + text.mid(s, e - s) + marker + text.mid(e);
}

} // namespace Juesuan
