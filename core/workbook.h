#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace Juesuan {

// One cell of a workbook sheet as a reader found it. Numbers keep the text of their value
// as the file stores it (xlsx: the <v> text; xls: the shortest decimal that reads back to
// the same double; csv: the field), so that turning them into 分 stays exact.
struct WorkbookCell
{
    enum class Type { Text, Number };
    Type type = Type::Text;
    QString text;       // shown text (Text) or the stored value's decimal text (Number)
    QString format;     // number format code when the file gives one ("#,##0.00"), else empty
    bool formula = false; // the file holds a formula here; `text` is its cached value
};

// A rectangle of merged cells, 0-based, inclusive.
struct WorkbookMerge
{
    int firstRow = 0, firstCol = 0, lastRow = 0, lastCol = 0;
};

// One sheet: its cells by 0-based (row, column), the merges, and the extent.
struct WorkbookSheet
{
    QString name;
    QHash<QPair<int, int>, WorkbookCell> cells;
    QList<WorkbookMerge> merges;
    int rowCount = 0;    // one past the last row that holds a cell
    int columnCount = 0; // one past the last column that holds a cell

    const WorkbookCell *cell(int row, int col) const
    {
        const auto it = cells.constFind(qMakePair(row, col));
        return it == cells.cend() ? nullptr : &*it;
    }
    QString text(int row, int col) const
    {
        const WorkbookCell *c = cell(row, col);
        return c ? c->text : QString();
    }
};

// A whole workbook as read from .xlsx, .xls or .csv/.tsv (one sheet). What the locator and
// mapper work on: they never see the file format.
struct Workbook
{
    QString source; // the file it came from, for messages
    QList<WorkbookSheet> sheets;
};

} // namespace Juesuan
