#include "sheetlayout.h"

#include "document.h"

namespace Juesuan {

SheetLayout::SheetLayout(const Document &document, const QString &tableId)
    : m_document(document), m_template(document.reportTemplate().table(tableId))
{
    Q_ASSERT(m_template);
    const TableTemplate &t = *m_template;
    if (t.isCodeList()) {
        for (const auto &r : document.bodyRows(tableId)) {
            m_rows.append({r.first, r.second, r.second < 3});
            QList<GridCell> cells;
            const int row = int(m_rows.size()) - 1;
            if (r.second == 0) {
                GridCell label;
                label.kind = GridCell::Kind::Text;
                label.text = t.totalLabel();
                label.row = row;
                label.colSpan = t.codeColumns() + t.nameColumns();
                cells.append(label);
            } else {
                GridCell code;
                code.kind = GridCell::Kind::Code;
                code.text = r.first;
                code.row = row;
                code.colSpan = t.codeColumns();
                cells.append(code);
                if (t.nameColumns() > 0) {
                    GridCell name;
                    name.kind = GridCell::Kind::Name;
                    name.text = r.first;
                    name.row = row;
                    name.col = t.codeColumns();
                    name.colSpan = t.nameColumns();
                    cells.append(name);
                }
            }
            int col = t.codeColumns() + t.nameColumns();
            for (const QString &c : t.amountColumns()) {
                GridCell a;
                a.kind = GridCell::Kind::Amount;
                a.cell = CellKey{tableId, r.first, c};
                a.row = row;
                a.col = col++;
                cells.append(a);
            }
            m_cells.append(cells);
        }
    } else {
        for (int r = 0; r < t.body().size(); ++r) {
            // A fixed row is as bold as the lines it shows (本年收入合计, 总计…).
            bool bold = false;
            QString key;
            for (const GridCell &g : t.body().at(r)) {
                const QString line = g.kind == GridCell::Kind::Amount ? g.cell.row
                        : (g.kind == GridCell::Kind::Name || g.kind == GridCell::Kind::LineNo) ? g.text
                                                                                               : QString();
                const int li = t.lineIndex(line);
                if (li >= 0) {
                    bold = bold || t.lines().at(li).bold;
                    if (key.isEmpty())
                        key = line;
                }
            }
            m_rows.append({key, 0, bold});
            m_cells.append(t.body().at(r));
        }
    }
    const int columns = t.columnCount();
    m_cover = QList<QList<int>>(m_rows.size(), QList<int>(columns, -1));
    m_coverRow = QList<QList<int>>(m_rows.size(), QList<int>(columns, -1));
    for (int r = 0; r < m_cells.size(); ++r)
        for (int i = 0; i < m_cells.at(r).size(); ++i) {
            const GridCell &g = m_cells.at(r).at(i);
            for (int rr = g.row; rr < g.row + g.rowSpan && rr < m_rows.size(); ++rr)
                for (int cc = g.col; cc < g.col + g.colSpan && cc < columns; ++cc) {
                    m_cover[rr][cc] = i;
                    m_coverRow[rr][cc] = r;
                }
            if (g.kind == GridCell::Kind::Amount)
                m_positions.insert(g.cell, {g.row, g.col});
        }
}

const GridCell *SheetLayout::cellAt(int r, int c) const
{
    if (r < 0 || r >= m_rows.size() || c < 0 || c >= columnCount())
        return nullptr;
    const int i = m_cover.at(r).at(c);
    return i < 0 ? nullptr : &m_cells.at(m_coverRow.at(r).at(c)).at(i);
}

bool SheetLayout::find(const CellKey &key, int *r, int *c) const
{
    const auto it = m_positions.constFind(key);
    if (it == m_positions.cend())
        return false;
    *r = it->first;
    *c = it->second;
    return true;
}

QString SheetLayout::text(const GridCell &cell) const
{
    switch (cell.kind) {
    case GridCell::Kind::Text:
        return cell.text;
    case GridCell::Kind::Name:
        return m_document.rowName(m_template->id(), cell.text);
    case GridCell::Kind::LineNo:
    case GridCell::Kind::Code:
        return cell.text;
    case GridCell::Kind::Amount:
    case GridCell::Kind::Empty:
        break;
    }
    return QString();
}

} // namespace Juesuan
