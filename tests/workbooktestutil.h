#pragma once
// Shared by the import tests and the import benchmark: lays a document's tables out as a
// workbook grid the way the published tables look (title, 公开NN表, 编制单位 and 金额单位
// lines, the banded header with merges, body rows, notes), with knobs for the variations
// real workbooks show. Readers are not involved: this is the grid a reader would yield.

#include "document.h"
#include "sheetlayout.h"
#include "workbook.h"

#include <QHash>
#include <QString>

namespace ImportTest {

using namespace Juesuan;

struct Layout
{
    enum class Title { Full, Plain, CodeOnly, AsciiQuotes };
    Money::Unit unit = Money::Unit::Yuan;
    bool writeUnit = true;
    bool splitCodes = true;     // 类/款/项 columns, 款 and 项 rows carrying only their part
    bool reverseAmounts = false; // code-list amount columns in reverse order
    bool oneSheet = false;      // every table stacked on one sheet (as a CSV holds them)
    Title title = Title::Full;
    QStringList tables;         // ids to lay out; empty: all
    QString sheetPrefix = QStringLiteral("Sheet");
};

struct Place
{
    int sheet = 0;
    int row = 0;
    int col = 0;
};

inline void put(WorkbookSheet *s, int r, int c, const QString &text, bool number = false, bool formula = false)
{
    WorkbookCell cell;
    cell.type = number ? WorkbookCell::Type::Number : WorkbookCell::Type::Text;
    cell.text = text;
    cell.formula = formula;
    s->cells.insert(qMakePair(r, c), cell);
    s->rowCount = std::max(s->rowCount, r + 1);
    s->columnCount = std::max(s->columnCount, c + 1);
}

inline void merge(WorkbookSheet *s, int r0, int c0, int r1, int c1)
{
    if (r1 > r0 || c1 > c0)
        s->merges.append(WorkbookMerge{r0, c0, r1, c1});
}

inline QString amountText(const Money &m, Money::Unit unit)
{
    if (unit == Money::Unit::Yuan) {
        const qint64 f = m.fen();
        const qint64 a = f < 0 ? -f : f;
        QString s = QString::number(a / 100);
        if (a % 100)
            s += QLatin1Char('.') + QString::number(a % 100).rightJustified(2, QLatin1Char('0'));
        return f < 0 ? QLatin1Char('-') + s : s;
    }
    QString s = m.toExactWanyuan();
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s;
}

inline Workbook layOut(const Document &doc, const Layout &o, QHash<CellKey, Place> *places = nullptr)
{
    Workbook wb;
    wb.source = QStringLiteral("laid-out.xlsx");
    const Metadata &meta = doc.metadata();
    int row = 0;
    for (const TableTemplate &t : doc.reportTemplate().tables()) {
        if (!o.tables.isEmpty() && !o.tables.contains(t.id()))
            continue;
        if (!o.oneSheet || wb.sheets.isEmpty()) {
            wb.sheets.append(WorkbookSheet());
            wb.sheets.last().name = o.sheetPrefix + QString::number(wb.sheets.size());
            row = 0;
        }
        WorkbookSheet *s = &wb.sheets.last();
        const int cols = t.columnCount();
        // Grid column -> sheet column.
        QList<int> perm(cols);
        for (int c = 0; c < cols; ++c)
            perm[c] = c;
        if (o.reverseAmounts && t.isCodeList()) {
            const int first = t.codeColumns() + t.nameColumns();
            for (int c = first; c < cols; ++c)
                perm[c] = first + (cols - 1 - c);
        }
        QString title = t.title();
        if (o.title == Layout::Title::Full)
            title = meta.department + QString::number(meta.year) + QStringLiteral("年度") + title;
        if (o.title == Layout::Title::AsciiQuotes)
            title.replace(QChar(0x201C), QLatin1Char('"')).replace(QChar(0x201D), QLatin1Char('"'));
        if (o.title != Layout::Title::CodeOnly) {
            put(s, row, 0, title);
            merge(s, row, 0, row, cols - 1);
        }
        put(s, row + 1, cols - 1, t.code());
        put(s, row + 2, 0, QStringLiteral("编制单位：") + meta.department);
        if (o.writeUnit)
            put(s, row + 2, cols - 1, o.unit == Money::Unit::Yuan ? QStringLiteral("金额单位：元") : QStringLiteral("单位：万元"));
        const int header = row + 3;
        for (const GridCell &g : t.header()) {
            int c0 = cols, c1 = -1;
            for (int c = g.col; c < g.col + g.colSpan; ++c) {
                c0 = std::min(c0, perm[c]);
                c1 = std::max(c1, perm[c]);
            }
            if (!g.text.isEmpty())
                put(s, header + g.row, c0, g.text, false);
            merge(s, header + g.row, c0, header + g.row + g.rowSpan - 1, c1);
        }
        row = header + t.headerRowCount();
        const SheetLayout layout(doc, t.id());
        for (int r = 0; r < layout.rowCount(); ++r) {
            const int level = layout.row(r).level;
            for (const GridCell &g : layout.rowCells(r)) {
                const int c = perm[g.col];
                switch (g.kind) {
                case GridCell::Kind::Amount: {
                    const Money m = doc.value(g.cell);
                    if (!m.isBlank())
                        put(s, row, c, amountText(m, o.unit), true, doc.isComputed(g.cell));
                    if (places)
                        places->insert(g.cell, Place{int(wb.sheets.size()) - 1, row, c});
                    break;
                }
                case GridCell::Kind::Code:
                    if (t.isCodeList() && o.splitCodes) {
                        const QString &code = g.text;
                        if (level == 1)
                            put(s, row, c, code);
                        else if (level == 2)
                            put(s, row, c + 1, code.mid(3, 2));
                        else
                            put(s, row, c + 2, code.mid(5, 2));
                    } else {
                        put(s, row, c, g.text);
                        merge(s, row, c, row, c + g.colSpan - 1);
                    }
                    break;
                case GridCell::Kind::Text:
                case GridCell::Kind::Name:
                case GridCell::Kind::LineNo:
                    if (!layout.text(g).isEmpty())
                        put(s, row, c, layout.text(g));
                    merge(s, row, c, row, c + g.colSpan - 1);
                    break;
                case GridCell::Kind::Empty:
                    break;
                }
            }
            ++row;
        }
        for (const QString &n : t.notes())
            put(s, row++, 0, n);
        row += 2;
    }
    return wb;
}

} // namespace ImportTest
