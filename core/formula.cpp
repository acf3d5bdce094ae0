#include "formula.h"

#include <QCoreApplication>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::Formula)
};

// Expands "a..b" into the decimal numbers a, a+1, …, b; a plain key stays as it is.
bool expandRange(const QString &part, QStringList *out, QString *error)
{
    const qsizetype dots = part.indexOf(QLatin1String(".."));
    if (dots < 0) {
        out->append(part);
        return true;
    }
    bool okA = false, okB = false;
    const int a = part.left(dots).toInt(&okA);
    const int b = part.mid(dots + 2).toInt(&okB);
    if (!okA || !okB || a > b || b - a > 10000) {
        *error = Tr::tr("bad range “%1”").arg(part);
        return false;
    }
    for (int i = a; i <= b; ++i)
        out->append(QString::number(i));
    return true;
}

} // namespace

bool Formula::parse(const QString &text, const QString &table, Formula *out, QString *error)
{
    Formula f;
    QString s = text;
    s.remove(QLatin1Char(' '));
    s.replace(QChar(0x2212), QLatin1Char('-'));
    if (s.isEmpty()) {
        *error = Tr::tr("empty formula");
        return false;
    }
    int i = 0;
    while (i < s.size()) {
        int sign = 1;
        if (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-')) {
            sign = s.at(i) == QLatin1Char('-') ? -1 : 1;
            ++i;
        } else if (i != 0) {
            *error = Tr::tr("expected + or − at position %1 of “%2”").arg(i + 1).arg(text);
            return false;
        }
        int j = i;
        while (j < s.size() && s.at(j) != QLatin1Char('+') && s.at(j) != QLatin1Char('-'))
            ++j;
        const QString term = s.mid(i, j - i);
        i = j;
        const qsizetype bang = term.indexOf(QLatin1Char('!'));
        const qsizetype at = term.indexOf(QLatin1Char('@'));
        if (at < 0 || (bang >= 0 && bang > at) || at == term.size() - 1) {
            *error = Tr::tr("“%1” in “%2” is not a cell reference (row@column)").arg(term, text);
            return false;
        }
        const QString refTable = bang >= 0 ? term.left(bang) : table;
        QStringList rows, cols;
        const QString rowPart = term.mid(bang + 1, at - bang - 1);
        if (rowPart.isEmpty())
            rows.append(QString());
        else if (!expandRange(rowPart, &rows, error))
            return false;
        if (!expandRange(term.mid(at + 1), &cols, error))
            return false;
        for (const QString &r : std::as_const(rows))
            for (const QString &c : std::as_const(cols))
                f.m_terms.append({sign, CellKey{refTable, r, c}});
    }
    *out = f;
    return true;
}

Formula Formula::boundToRow(const QString &row) const
{
    Formula f = *this;
    for (Term &t : f.m_terms)
        if (t.cell.row.isEmpty())
            t.cell.row = row;
    return f;
}

} // namespace Juesuan
