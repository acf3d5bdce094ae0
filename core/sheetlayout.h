#pragma once

#include "cellkey.h"
#include "tabletemplate.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Juesuan {

class Document;

// The body grid of one table as published, for whatever draws it (the editor's model,
// the printed report, HTML, XLSX): fixed tables straight from the template, code-list
// tables from the document's 项 rows (合计, then each 类, 款 and 项). A snapshot: take a
// new one after Document::rowsChanged.
class SheetLayout
{
public:
    struct Row {
        QString key;   // line key, subject code, or TableTemplate::totalRow()
        int level = 0; // code-list: 0 合计, 1 类, 2 款, 3 项; fixed: 0
        bool bold = false;
    };

    SheetLayout(const Document &document, const QString &tableId);

    const TableTemplate &tableTemplate() const { return *m_template; }
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return m_template->columnCount(); }
    const Row &row(int r) const { return m_rows.at(r); }
    // The cells that start in body row r, left to right.
    const QList<GridCell> &rowCells(int r) const { return m_cells.at(r); }
    // The cell covering (r, c), or nullptr; its row/col give its top-left place.
    const GridCell *cellAt(int r, int c) const;
    // Where an amount cell sits; false when it is not in this table's body.
    bool find(const CellKey &key, int *r, int *c) const;
    // The text of a non-amount cell: a caption, a line or subject name, a 行次 or a code.
    QString text(const GridCell &cell) const;

private:
    const Document &m_document;
    const TableTemplate *m_template;
    QList<Row> m_rows;
    QList<QList<GridCell>> m_cells;
    QList<QList<int>> m_cover; // per row, per column: index into m_cells[originRow] or -1
    QList<QList<int>> m_coverRow;
    QHash<CellKey, QPair<int, int>> m_positions;
};

} // namespace Juesuan
