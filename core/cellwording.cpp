#include "cellwording.h"

#include "document.h"
#include "reporttemplate.h"
#include "subjectcatalogue.h"
#include "tabletemplate.h"

#include <QCoreApplication>

namespace Juesuan {

namespace {

// The messages of this file, under the context lupdate files them in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::CellWording)
};

// Terms beyond this many are shortened to the first two, "…" and the last, as the
// published notes write "(32+33+...+57) 行".
constexpr int maxListedTerms = 6;

bool hasCellsOf(const TableTemplate &t, GridCell::Kind kind)
{
    for (const QList<GridCell> &r : t.body())
        for (const GridCell &g : r)
            if (g.kind == kind)
                return true;
    return false;
}

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

QString withoutSpaces(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out;
}

// Templates space some labels out for the page ("合 计", "总 计"); in a sentence they read
// as one word. Spaces between two Chinese characters go; others stay.
QString compact(const QString &label)
{
    QString out;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == QLatin1Char(' ') && i > 0 && i + 1 < label.size() && label.at(i - 1).unicode() > 0x2e7f
            && label.at(i + 1).unicode() > 0x2e7f)
            continue;
        out.append(label.at(i));
    }
    return out;
}

// A row as a formula term names it: "201", "合计", "27行", "30101", or the line's name.
QString shortRow(const Document &document, const TableTemplate &t, const QString &row)
{
    if (t.isCodeList())
        return row == TableTemplate::totalRow() ? withoutSpaces(t.totalLabel()) : row;
    if (hasCellsOf(t, GridCell::Kind::LineNo))
        return Tr::tr("%1行").arg(row);
    // A key the table prints as a code (06: 30101); otherwise the line is known by its name.
    if (isDigits(row) && hasCellsOf(t, GridCell::Kind::Code))
        return row;
    return document.reportTemplate().rowName(t.id(), row);
}

// What the rows of a code-list level are called: the children of 合计 are 类 rows, and so on.
QString childLevelName(const QString &row)
{
    if (row == TableTemplate::totalRow())
        return QStringLiteral("类");
    switch (SubjectCatalogue::level(row)) {
    case 1:
        return QStringLiteral("款");
    default:
        return QStringLiteral("项");
    }
}

QString joinTerms(const QList<QPair<QString, int>> &terms)
{
    bool allPlus = true;
    for (const auto &t : terms)
        allPlus = allPlus && t.second > 0;
    QString out;
    const auto append = [&out](const QString &text, int sign, bool first) {
        if (first)
            out += sign < 0 ? QStringLiteral("−") + text : text;
        else
            out += (sign < 0 ? QStringLiteral(" − ") : QStringLiteral(" + ")) + text;
    };
    if (allPlus && terms.size() > maxListedTerms) {
        append(terms.at(0).first, 1, true);
        append(terms.at(1).first, 1, false);
        out += QStringLiteral(" + …");
        append(terms.last().first, 1, false);
        return out;
    }
    for (int i = 0; i < terms.size(); ++i)
        append(terms.at(i).first, terms.at(i).second, i == 0);
    return out;
}

} // namespace

QString CellWording::row(const Document &document, const QString &table, const QString &rowKey)
{
    const TableTemplate *t = document.reportTemplate().table(table);
    if (!t)
        return rowKey;
    const QString name = compact(document.rowName(table, rowKey).trimmed());
    if (t->isCodeList()) {
        if (rowKey == TableTemplate::totalRow())
            return withoutSpaces(name.isEmpty() ? t->totalLabel() : name);
        return name.isEmpty() ? rowKey : rowKey + QLatin1Char(' ') + name;
    }
    const QString shortName = shortRow(document, *t, rowKey);
    if (name.isEmpty() || shortName == name)
        return shortName;
    return shortName + QLatin1Char(' ') + name;
}

QString CellWording::column(const TableTemplate &t, const CellKey &key)
{
    int gridColumn = -1;
    if (t.isCodeList()) {
        gridColumn = t.amountGridColumn(key.col);
    } else {
        for (const QList<GridCell> &r : t.body())
            for (const GridCell &g : r)
                if (g.kind == GridCell::Kind::Amount && g.cell == key)
                    gridColumn = g.col;
    }
    const QString caption = gridColumn >= 0 ? withoutSpaces(t.columnCaption(gridColumn)) : QString();
    return caption.isEmpty() ? Tr::tr("%1栏").arg(key.col) : caption;
}

QString CellWording::place(const Document &document, const CellKey &key)
{
    const TableTemplate *t = document.reportTemplate().table(key.table);
    if (!t)
        return key.toString();
    return t->code() + QLatin1Char(' ') + row(document, key.table, key.row) + QLatin1Char(' ') + column(*t, key);
}

QString CellWording::formula(const Document &document, const CellKey &key)
{
    if (!document.isComputed(key))
        return QString();
    const ReportTemplate &edition = document.reportTemplate();
    const TableTemplate *t = edition.table(key.table);
    if (!t)
        return QString();
    Formula f;
    if (t->isCodeList()) {
        const auto rule = t->columnFormulas().constFind(key.col);
        if (rule == t->columnFormulas().cend()) {
            // A 合计, 类 or 款 row: the sum of the rows one level down that the table holds.
            const QString level = childLevelName(key.row);
            QList<QPair<QString, int>> terms;
            for (const CellKey &op : document.operands(key))
                terms.append({op.row, 1});
            if (terms.isEmpty())
                return Tr::tr("= the sum of its %1 rows (there are none yet)").arg(level);
            return Tr::tr("= %1 (%2 rows)").arg(joinTerms(terms), level);
        }
        f = rule->boundToRow(key.row);
    } else {
        f = t->formulas().value(key);
    }
    if (f.isEmpty())
        return QString();
    // Say only what differs from the cell itself: "2栏 + 3栏" in the same row, "1行 + … + 8行"
    // in the same column; another table's cell is named in full.
    bool sameTable = true, sameRow = true, sameColumn = true;
    for (const Formula::Term &term : f.terms()) {
        sameTable = sameTable && term.cell.table == key.table;
        sameRow = sameRow && term.cell.row == key.row;
        sameColumn = sameColumn && term.cell.col == key.col;
    }
    const bool one = f.terms().size() == 1;
    QList<QPair<QString, int>> terms;
    for (const Formula::Term &term : f.terms()) {
        const TableTemplate *tt = edition.table(term.cell.table);
        if (!tt)
            continue;
        QStringList parts;
        if (!sameTable)
            parts.append(tt->code());
        if (!sameRow || !sameTable)
            parts.append(one ? row(document, term.cell.table, term.cell.row)
                             : shortRow(document, *tt, term.cell.row));
        if (!sameColumn || !sameTable)
            parts.append(Tr::tr("%1栏").arg(term.cell.col));
        terms.append({parts.join(QLatin1Char(' ')), term.sign});
    }
    return QStringLiteral("= ") + joinTerms(terms);
}

} // namespace Juesuan
