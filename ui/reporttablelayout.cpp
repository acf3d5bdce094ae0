#include "reporttablelayout.h"

#include "fonts.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace Juesuan {

namespace {

constexpr qreal tableSize = 9;
constexpr qreal noteSize = 9;
constexpr qreal titleSize = 15;
constexpr qreal partSize = 16;
constexpr qreal padH = 2.5;      // left and right of a cell's text
constexpr qreal padV = 1.2;      // above and below it
constexpr qreal tightestPadV = 0.4; // the least a tightened row keeps
constexpr qreal maxShare = 0.4;  // of the width, for one column
constexpr int fewRows = 3;       // a last page of this many rows or fewer is avoided

const QString continued = QStringLiteral("（续表）");

// Lines `text` takes in `width`, broken anywhere as the cells draw it.
int wrappedLines(const QString &text, const QFont &font, QPaintDevice *device, qreal width)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(t, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAnywhere); // as drawText(Qt::TextWrapAnywhere) breaks
    layout.setTextOption(option);
    int n = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax<qreal>(1, width));
        ++n;
    }
    layout.endLayout();
    return qMax(1, n);
}

} // namespace

ReportTableLayout::ReportTableLayout(const ReportOutline::Block &table, const ReportOutline::Block *heading,
                                     QPaintDevice *device, const QSizeF &area)
    : m_table(table), m_heading(heading), m_device(device), m_area(area)
{
    m_dpi = device ? device->logicalDpiY() : 96;
    measure();
    paginate();
    // A last page of a few rows: try tighter rows until the table takes a page less.
    const QList<int> rows = rowsPerPage();
    int rowPages = 0;
    for (int n : rows)
        rowPages += n > 0 ? 1 : 0;
    if (rowPages > 1 && rows.value(rowPages - 1) <= fewRows) {
        const qreal normal = m_padV;
        const int before = pageCount();
        bool fitted = false;
        for (qreal p = padV - 0.1; p >= tightestPadV - 1e-9 && !fitted; p -= 0.1) {
            m_padV = pt(p);
            paginate();
            fitted = pageCount() < before;
        }
        if (!fitted) {
            m_padV = normal;
            paginate();
        }
    }
}

void ReportTableLayout::measure()
{
    const QString family = Fonts::bodyFamily();
    m_plain = QFont(family);
    m_plain.setPointSizeF(tableSize);
    m_bold = m_plain;
    m_bold.setBold(true);
    m_small = QFont(family);
    m_small.setPointSizeF(noteSize);
    m_title = Fonts::heading(titleSize);
    m_title.setBold(true);
    m_partFont = Fonts::heading(partSize);
    m_partFont.setBold(true);
    const QFontMetricsF fm(m_plain, m_device);
    const QFontMetricsF bm(m_bold, m_device);
    // One line height for plain and bold rows, so single-line rows are all alike.
    m_lineHeight = qMax(fm.height(), bm.height());
    m_padH = pt(padH);
    m_padV = pt(padV);

    const ReportGrid &g = m_table.grid;
    const int columns = qMax(1, g.columns);
    // Column widths from what the columns hold: single cells first, then spanning cells
    // widen their columns if they need more; no column takes more than `maxShare` of the
    // width, and the rest is shared out in proportion.
    QList<qreal> w(columns, 0);
    if (g.widths.size() == columns) {
        for (int c = 0; c < columns; ++c)
            w[c] = g.widths.at(c);
    } else {
        const qreal pad = 2 * m_padH + pt(innerRulePoints);
        const qreal headerCap = fm.horizontalAdvance(QStringLiteral("功能分类科目编码")); // headers wrap
        w.fill(fm.horizontalAdvance(QStringLiteral("00")) + pad);
        const auto need = [&](const ReportGrid::Cell &cell) {
            qreal width = (cell.bold ? bm : fm).horizontalAdvance(cell.text);
            if (cell.header)
                width = qMin(width, headerCap);
            return width + pad;
        };
        for (const ReportGrid::Cell &cell : g.cells)
            if (cell.colSpan == 1 && cell.col < columns)
                w[cell.col] = qMax(w[cell.col], need(cell));
        for (const ReportGrid::Cell &cell : g.cells) {
            if (cell.colSpan == 1)
                continue;
            qreal have = 0;
            for (int c = cell.col; c < cell.col + cell.colSpan && c < columns; ++c)
                have += w[c];
            const qreal deficit = need(cell) - have;
            if (deficit > 0)
                for (int c = cell.col; c < cell.col + cell.colSpan && c < columns; ++c)
                    w[c] += deficit / cell.colSpan;
        }
        for (qreal &x : w)
            x = qMin(x, m_area.width() * maxShare);
    }
    qreal sum = 0;
    for (qreal x : w)
        sum += x;
    m_columnX = {0};
    for (qreal x : w)
        m_columnX.append(m_columnX.last() + x * m_area.width() / sum);

    // The cells, with the lines each takes at its width.
    const int bodyRows = qMax(0, g.rows - g.headerRows);
    m_rowCells = QList<QList<int>>(bodyRows);
    m_lines = QList<int>(bodyRows, 1);
    m_headerLines = QList<int>(g.headerRows, 1);
    m_breakAfter = QList<bool>(bodyRows, true);
    m_cells.clear();
    m_headerCells.clear();
    for (const ReportGrid::Cell &gc : g.cells) {
        if (gc.row >= g.rows || gc.col >= columns)
            continue;
        Cell c;
        c.row = gc.row;
        c.col = gc.col;
        c.rowSpan = qMax(1, qMin(gc.rowSpan, g.rows - gc.row));
        c.colSpan = qMax(1, qMin(gc.colSpan, columns - gc.col));
        c.text = gc.text;
        c.align = gc.align;
        c.bold = gc.bold;
        c.header = gc.header;
        const qreal width = m_columnX.at(c.col + c.colSpan) - m_columnX.at(c.col) - 2 * m_padH;
        const QFont &font = c.bold ? m_bold : m_plain;
        if (!c.text.isEmpty()
            && (c.text.contains(QLatin1Char('\n'))
                || (c.bold ? bm : fm).horizontalAdvance(c.text) > width))
            c.lines = wrappedLines(c.text, font, m_device, width);
        const int index = int(m_cells.size());
        m_cells.append(c);
        if (c.row < g.headerRows) {
            m_headerCells.append(index);
        } else {
            const int r = c.row - g.headerRows;
            m_rowCells[r].append(index);
            for (int k = r; k < r + c.rowSpan - 1 && k < bodyRows; ++k)
                m_breakAfter[k] = false; // a merged cell keeps its rows on one page
        }
    }
    // Lines per row: single-row cells first, then spanning cells add what they lack to
    // their last row.
    const auto fit = [](QList<int> &lines, int first, int span, int need) {
        if (span == 1) {
            lines[first] = qMax(lines[first], need);
            return;
        }
        int have = 0;
        for (int k = first; k < first + span; ++k)
            have += lines[k];
        if (need > have)
            lines[first + span - 1] += need - have;
    };
    for (int pass = 0; pass < 2; ++pass)
        for (const Cell &c : m_cells) {
            if ((c.rowSpan == 1) != (pass == 0))
                continue;
            if (c.row < g.headerRows)
                fit(m_headerLines, c.row, qMin(c.rowSpan, g.headerRows - c.row), c.lines);
            else
                fit(m_lines, c.row - g.headerRows, c.rowSpan, c.lines);
        }

    const qreal width = m_area.width();
    m_noteLines.clear();
    for (const QString &note : m_table.notes)
        m_noteLines.append(QFontMetricsF(m_small, m_device).horizontalAdvance(note) > width
                                   ? wrappedLines(note, m_small, m_device, width)
                                   : 1);
}

qreal ReportTableLayout::rowHeight(int row) const
{
    return m_lines.at(row) * m_lineHeight + 2 * m_padV;
}

qreal ReportTableLayout::headerHeight() const
{
    qreal h = 0;
    for (int lines : m_headerLines)
        h += lines * m_lineHeight + 2 * pt(padV); // the header keeps its padding
    return h;
}

qreal ReportTableLayout::leadHeight(bool first) const
{
    qreal h = 0;
    if (first && m_heading)
        h += pt(6) + QFontMetricsF(m_partFont, m_device).height() + pt(18);
    h += QFontMetricsF(m_title, m_device).height() + pt(4);
    const qreal small = QFontMetricsF(m_small, m_device).height();
    if (!m_table.code.isEmpty())
        h += small;
    h += m_table.meta.size() * small + pt(3);
    return h + pt(2);
}

qreal ReportTableLayout::notesHeight() const
{
    const qreal small = QFontMetricsF(m_small, m_device).height();
    qreal h = 0;
    for (int i = 0; i < m_noteLines.size(); ++i)
        h += (i == 0 ? pt(6) : pt(2)) + m_noteLines.at(i) * small;
    return h;
}

void ReportTableLayout::paginate()
{
    m_pages.clear();
    const int rows = int(m_lines.size());
    const qreal bottom = m_area.height();
    int row = 0;
    bool first = true;
    do {
        Page page;
        page.first = first;
        page.firstRow = row;
        qreal y = leadHeight(first) + headerHeight();
        // Rows up to the last place a page may end that still fits; at least one run of
        // rows, so that a row taller than the page still gets printed.
        int end = row;
        qreal at = y;
        int k = row;
        while (k < rows) {
            at += rowHeight(k);
            if (at > bottom && end > row)
                break;
            ++k;
            if (m_breakAfter.at(k - 1) || k == rows) {
                end = k;
                y = at;
            }
        }
        if (end == row && row < rows)
            end = k; // one unbreakable run taller than the page
        page.endRow = end;
        row = end;
        page.notes = row == rows && y + notesHeight() <= bottom;
        m_pages.append(page);
        first = false;
    } while (row < rows);
    if (!m_pages.last().notes && !m_table.notes.isEmpty()) {
        Page notes;
        notes.firstRow = notes.endRow = rows;
        notes.notes = true;
        m_pages.append(notes);
    }
}

QList<int> ReportTableLayout::rowsPerPage() const
{
    QList<int> out;
    for (const Page &p : m_pages)
        out.append(p.endRow - p.firstRow);
    return out;
}

QString ReportTableLayout::bodyFamily() const
{
    const QString plain = QFontInfo(m_plain).family();
    return QFontInfo(m_bold).family() == plain ? plain : QString();
}

void ReportTableLayout::paintLead(QPainter *painter, bool first, qreal *y) const
{
    const qreal width = m_area.width();
    if (first && m_heading) {
        *y += pt(6);
        painter->setFont(m_partFont);
        const qreal h = QFontMetricsF(m_partFont, m_device).height();
        painter->drawText(QRectF(0, *y, width, h), Qt::AlignHCenter | Qt::AlignVCenter, m_heading->headingText());
        *y += h + pt(18);
    }
    painter->setFont(m_title);
    const qreal th = QFontMetricsF(m_title, m_device).height();
    painter->drawText(QRectF(0, *y, width, th), Qt::AlignHCenter | Qt::AlignVCenter,
                      first ? m_table.title : m_table.title + continued);
    *y += th + pt(4);
    painter->setFont(m_small);
    const qreal sh = QFontMetricsF(m_small, m_device).height();
    if (!m_table.code.isEmpty()) {
        painter->drawText(QRectF(0, *y, width, sh), Qt::AlignRight | Qt::AlignVCenter, m_table.code);
        *y += sh;
    }
    for (const ReportOutline::Block::MetaLine &line : m_table.meta) {
        painter->drawText(QRectF(0, *y, width, sh), Qt::AlignLeft | Qt::AlignVCenter, line.left);
        painter->drawText(QRectF(0, *y, width, sh), Qt::AlignRight | Qt::AlignVCenter, line.right);
        *y += sh;
    }
    *y += pt(3) + pt(2);
}

void ReportTableLayout::paintCells(QPainter *painter, const QList<int> &cells, int firstRow, int endRow,
                                   const QList<qreal> &rowTops) const
{
    const QPen rule(Qt::black, pt(innerRulePoints));
    for (int i : cells) {
        const Cell &c = m_cells.at(i);
        const int top = qMax(c.row, firstRow) - firstRow;
        const int bottom = qMin(c.row + c.rowSpan, endRow) - firstRow;
        if (bottom <= top)
            continue;
        const QRectF r(m_columnX.at(c.col), rowTops.at(top), m_columnX.at(c.col + c.colSpan) - m_columnX.at(c.col),
                       rowTops.at(bottom) - rowTops.at(top));
        if (c.header)
            painter->fillRect(r, QColor(0xee, 0xee, 0xee));
        painter->setPen(rule);
        painter->drawRect(r);
        if (c.text.isEmpty())
            continue;
        painter->setPen(Qt::black);
        painter->setFont(c.bold ? m_bold : m_plain);
        const QRectF inner = r.adjusted(m_padH, 0, -m_padH, 0);
        int flags = int(c.align & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter;
        if (c.lines > 1)
            flags |= Qt::TextWrapAnywhere;
        painter->drawText(inner, flags, c.text);
    }
}

void ReportTableLayout::paint(QPainter *painter, int pageIndex) const
{
    const Page &page = m_pages.at(pageIndex);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::black);
    qreal y = 0;
    const bool rows = page.endRow > page.firstRow || m_lines.isEmpty();
    if (rows || page.first)
        paintLead(painter, page.first, &y);
    if (rows) {
        const qreal tableTop = y;
        // The banded header.
        QList<qreal> headerTops{y};
        for (int lines : m_headerLines)
            headerTops.append(headerTops.last() + lines * m_lineHeight + 2 * pt(padV));
        paintCells(painter, m_headerCells, 0, int(m_headerLines.size()), headerTops);
        y = headerTops.last();
        // The rows of this page.
        const int headerRows = int(m_headerLines.size());
        QList<qreal> tops{y};
        QList<int> cells;
        for (int r = page.firstRow; r < page.endRow; ++r) {
            tops.append(tops.last() + rowHeight(r));
            cells += m_rowCells.at(r);
        }
        paintCells(painter, cells, headerRows + page.firstRow, headerRows + page.endRow, tops);
        y = tops.last();
        painter->setPen(QPen(Qt::black, pt(outerRulePoints)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(0, tableTop, m_columnX.last(), y - tableTop));
    }
    if (page.notes) {
        painter->setPen(Qt::black);
        painter->setFont(m_small);
        const qreal small = QFontMetricsF(m_small, m_device).height();
        for (int i = 0; i < m_table.notes.size(); ++i) {
            y += i == 0 ? pt(6) : pt(2);
            const qreal h = m_noteLines.at(i) * small;
            painter->drawText(QRectF(0, y, m_area.width(), h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere,
                              m_table.notes.at(i));
            y += h;
        }
    }
    painter->restore();
}

} // namespace Juesuan
