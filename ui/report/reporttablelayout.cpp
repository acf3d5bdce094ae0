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
constexpr qreal itemSize = 14;
constexpr qreal padH = 2.5;      // left and right of a cell's text
constexpr qreal padV = 1.2;      // above and below it
constexpr qreal tightestPadV = 0.4; // the least a tightened row keeps
constexpr qreal maxShare = 0.4;  // of the width, for one column
constexpr int fewRows = 3;
constexpr int surelyWraps = 400; // characters no column (nor a page's width) holds on one line       // a last page of this many rows or fewer is avoided

const QString continued = QStringLiteral("（续表）");

// Where each line of `text` starts when it is broken anywhere at `width`, as the cells draw it.
QList<int> wrappedLines(const QString &text, const QFont &font, QPaintDevice *device, qreal width)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(t, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAnywhere);
    layout.setTextOption(option);
    QList<int> starts;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax<qreal>(1, width));
        starts.append(line.textStart());
    }
    layout.endLayout();
    if (starts.isEmpty())
        starts.append(0);
    return starts;
}

} // namespace

ReportTableLayout::ReportTableLayout(const ReportOutline::Block &table,
                                     const QList<const ReportOutline::Block *> &headings, QPaintDevice *device,
                                     const QSizeF &area)
    : m_table(table), m_headings(headings), m_device(device), m_area(area)
{
    m_dpi = device ? device->logicalDpiY() : 96;
    m_roomy = table.tableKind != ReportOutline::Block::TableKind::Sheet;
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
        for (qreal p = normal * 72.0 / m_dpi - 0.1; p >= tightestPadV - 1e-9 && !fitted; p -= 0.1) {
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
    m_plain.setPointSizeF(m_roomy ? tableSize + 1 : tableSize);
    m_bold = m_plain;
    m_bold.setBold(true);
    m_small = QFont(family);
    m_small.setPointSizeF(noteSize);
    m_title = Fonts::heading(titleSize);
    m_title.setBold(true);
    m_partFont = Fonts::heading(partSize);
    m_partFont.setBold(true);
    m_itemFont = Fonts::heading(itemSize);
    m_itemFont.setBold(true);
    const QFontMetricsF fm(m_plain, m_device);
    const QFontMetricsF bm(m_bold, m_device);
    // One line height for plain and bold rows, so single-line rows are all alike.
    m_lineHeight = qMax(fm.height(), bm.height());
    m_padH = pt(padH);
    m_padV = pt(m_roomy ? 2.5 * padV : padV);

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
    m_coverFrom = QList<int>(bodyRows);
    for (int r = 0; r < bodyRows; ++r)
        m_coverFrom[r] = r;
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
        // A text longer than any line of a page wraps: no need to measure it whole first.
        if (!c.text.isEmpty()
            && (c.text.size() > surelyWraps || c.text.contains(QLatin1Char('\n'))
                || (c.bold ? bm : fm).horizontalAdvance(c.text) > width)) {
            c.lineStarts = wrappedLines(c.text, font, m_device, width);
            c.lines = int(c.lineStarts.size());
        }
        const int index = int(m_cells.size());
        m_cells.append(c);
        if (c.row < g.headerRows) {
            m_headerCells.append(index);
        } else {
            const int r = c.row - g.headerRows;
            m_rowCells[r].append(index);
            for (int k = r + 1; k < r + c.rowSpan && k < bodyRows; ++k)
                m_coverFrom[k] = qMin(m_coverFrom[k], r);
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
                                   ? int(wrappedLines(note, m_small, m_device, width).size())
                                   : 1);
}

qreal ReportTableLayout::sliceHeight(const Slice &s) const
{
    return (s.to - s.from) * m_lineHeight + 2 * m_padV;
}

qreal ReportTableLayout::headerHeight() const
{
    qreal h = 0;
    for (int lines : m_headerLines)
        h += lines * m_lineHeight + 2 * pt(padV); // the header keeps its padding
    return h;
}

// The lines `text` takes in `width`: a heading, a title or a 部门 line as long as a department
// name of hundreds of characters wraps within the page instead of running off it.
int ReportTableLayout::leadLines(const QString &text, const QFont &font, qreal width) const
{
    if (QFontMetricsF(font, m_device).horizontalAdvance(text) <= width)
        return 1;
    return int(wrappedLines(text, font, m_device, width).size());
}

// The width of a meta line's left text: the page's width but for the right text and a gap.
qreal ReportTableLayout::metaLeftWidth(const ReportOutline::Block::MetaLine &line) const
{
    if (line.right.isEmpty())
        return m_area.width();
    const QFontMetricsF fm(m_small, m_device);
    return qMax(m_area.width() / 3, m_area.width() - fm.horizontalAdvance(line.right) - fm.horizontalAdvance(QStringLiteral("国国")));
}

qreal ReportTableLayout::leadHeight(bool first) const
{
    const qreal width = m_area.width();
    qreal h = 0;
    if (first)
        for (const ReportOutline::Block *b : m_headings) {
            const bool part = b->level == 0;
            const QFont &font = part ? m_partFont : m_itemFont;
            h += (part ? pt(6) + pt(18) : pt(12) + pt(6))
                    + leadLines(b->headingText(), font, width) * QFontMetricsF(font, m_device).height();
        }
    const QString title = first ? m_table.title : m_table.title + continued;
    h += pt(6) + leadLines(title, m_title, width) * QFontMetricsF(m_title, m_device).height() + pt(4);
    const qreal small = QFontMetricsF(m_small, m_device).height();
    if (!m_table.code.isEmpty())
        h += small;
    for (const ReportOutline::Block::MetaLine &line : m_table.meta)
        h += leadLines(line.left, m_small, metaLeftWidth(line)) * small;
    h += pt(3);
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

// Rows go on a page while they fit. A row that does not fit moves to the next page whole
// if it would fit on a page of its own; one taller than that is cut between its lines.
void ReportTableLayout::paginate()
{
    m_pages.clear();
    const int rows = int(m_lines.size());
    const qreal bottom = m_area.height();
    const qreal fresh = bottom - leadHeight(false) - headerHeight(); // the room of a continuation page
    int row = 0, line = 0;
    bool first = true;
    qreal y = 0;
    do {
        Page page;
        page.first = first;
        y = leadHeight(first) + headerHeight();
        while (row < rows) {
            const int lines = m_lines.at(row);
            const qreal whole = (lines - line) * m_lineHeight + 2 * m_padV;
            if (y + whole <= bottom || (page.slices.isEmpty() && whole <= fresh && !first)) {
                page.slices.append({row, line, lines});
                y += whole;
                ++row;
                line = 0;
                continue;
            }
            if (whole <= fresh && !page.slices.isEmpty())
                break; // fits on the next page whole
            const int fit = int((bottom - y - 2 * m_padV) / m_lineHeight);
            if (fit < 1) {
                if (page.slices.isEmpty() && !first) { // nothing fits even on an empty page
                    page.slices.append({row, line, qMin(lines, line + 1)});
                    line = qMin(lines, line + 1);
                    if (line == lines) {
                        ++row;
                        line = 0;
                    }
                }
                break;
            }
            page.slices.append({row, line, qMin(lines, line + fit)});
            y += qMin(lines - line, fit) * m_lineHeight + 2 * m_padV;
            line += fit;
            if (line >= lines) {
                ++row;
                line = 0;
            }
            break;
        }
        page.notes = row == rows && y + notesHeight() <= bottom;
        m_pages.append(page);
        first = false;
    } while (row < rows);
    if (!m_pages.last().notes && !m_table.notes.isEmpty()) {
        Page notes;
        notes.notes = true;
        m_pages.append(notes);
    }
}

QList<int> ReportTableLayout::rowsPerPage() const
{
    QList<int> out;
    for (const Page &p : m_pages)
        out.append(int(p.slices.size()));
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
    if (first)
        for (const ReportOutline::Block *b : m_headings) {
            const bool part = b->level == 0;
            const QFont &font = part ? m_partFont : m_itemFont;
            *y += part ? pt(6) : pt(12);
            painter->setFont(font);
            const qreal h = leadLines(b->headingText(), font, width) * QFontMetricsF(font, m_device).height();
            painter->drawText(QRectF(0, *y, width, h),
                              (part ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextWrapAnywhere,
                              b->headingText());
            *y += h + (part ? pt(18) : pt(6));
        }
    *y += pt(6);
    painter->setFont(m_title);
    const QString title = first ? m_table.title : m_table.title + continued;
    const qreal th = leadLines(title, m_title, width) * QFontMetricsF(m_title, m_device).height();
    painter->drawText(QRectF(0, *y, width, th), Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWrapAnywhere, title);
    *y += th + pt(4);
    painter->setFont(m_small);
    const qreal sh = QFontMetricsF(m_small, m_device).height();
    if (!m_table.code.isEmpty()) {
        painter->drawText(QRectF(0, *y, width, sh), Qt::AlignRight | Qt::AlignVCenter, m_table.code);
        *y += sh;
    }
    for (const ReportOutline::Block::MetaLine &line : m_table.meta) {
        const qreal left = metaLeftWidth(line);
        const qreal h = leadLines(line.left, m_small, left) * sh;
        painter->drawText(QRectF(0, *y, left, h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, line.left);
        painter->drawText(QRectF(0, *y, width, sh), Qt::AlignRight | Qt::AlignVCenter, line.right);
        *y += h;
    }
    *y += pt(3) + pt(2);
}

// Draws a cell's box and lines [fromLine, toLine) of its text (all of it when toLine < 0).
void ReportTableLayout::paintCell(QPainter *painter, const Cell &c, const QRectF &r, int fromLine, int toLine) const
{
    if (c.header)
        painter->fillRect(r, QColor(0xee, 0xee, 0xee));
    painter->setPen(QPen(Qt::black, pt(innerRulePoints)));
    painter->drawRect(r);
    if (c.text.isEmpty())
        return;
    QString text = c.text;
    if (toLine >= 0 && c.lines > 1) {
        fromLine = qMin(fromLine, c.lines);
        toLine = qMin(toLine, c.lines);
        if (fromLine >= toLine)
            return;
        const int start = c.lineStarts.at(fromLine);
        const int end = toLine < c.lines ? c.lineStarts.at(toLine) : int(c.text.size());
        text = c.text.mid(start, end - start);
    } else if (toLine >= 0 && fromLine > 0) {
        return; // a one-line cell prints on the first slice of its row
    }
    painter->setPen(Qt::black);
    painter->setFont(c.bold ? m_bold : m_plain);
    const QRectF inner = r.adjusted(m_padH, 0, -m_padH, 0);
    int flags = int(c.align & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter;
    if (c.lines > 1)
        flags |= Qt::TextWrapAnywhere;
    painter->drawText(inner, flags, text);
}

void ReportTableLayout::paint(QPainter *painter, int pageIndex) const
{
    const Page &page = m_pages.at(pageIndex);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::black);
    qreal y = 0;
    const bool rows = !page.slices.isEmpty() || m_lines.isEmpty();
    if (rows || page.first)
        paintLead(painter, page.first, &y);
    if (rows) {
        const qreal tableTop = y;
        // The banded header.
        const int headerRows = int(m_headerLines.size());
        QList<qreal> headerTops{y};
        for (int lines : m_headerLines)
            headerTops.append(headerTops.last() + lines * m_lineHeight + 2 * pt(padV));
        for (int i : m_headerCells) {
            const Cell &c = m_cells.at(i);
            const int bottom = qMin(c.row + c.rowSpan, headerRows);
            paintCell(painter, c,
                      QRectF(m_columnX.at(c.col), headerTops.at(c.row),
                             m_columnX.at(c.col + c.colSpan) - m_columnX.at(c.col),
                             headerTops.at(bottom) - headerTops.at(c.row)),
                      0, -1);
        }
        y = headerTops.last();
        // The slices of this page: where each starts, by row.
        if (!page.slices.isEmpty()) {
            const int firstRow = page.slices.first().row;
            const int lastRow = page.slices.last().row;
            QList<qreal> tops{y};
            for (const Slice &s : page.slices)
                tops.append(tops.last() + sliceHeight(s));
            // Cells starting on this page's rows, and merged cells from earlier rows that reach them.
            for (int r = m_coverFrom.at(firstRow); r <= lastRow; ++r)
                for (int i : m_rowCells.at(r)) {
                    const Cell &c = m_cells.at(i);
                    const int top = c.row - headerRows;
                    const int end = top + c.rowSpan; // rows [top, end)
                    if (end <= firstRow)
                        continue;
                    const int a = qMax(top, firstRow) - firstRow;
                    const int b = qMin(end, lastRow + 1) - firstRow;
                    const QRectF rect(m_columnX.at(c.col), tops.at(a), m_columnX.at(c.col + c.colSpan) - m_columnX.at(c.col),
                                      tops.at(b) - tops.at(a));
                    const Slice &s = page.slices.at(a);
                    if (c.rowSpan == 1 && (s.from > 0 || s.to < m_lines.at(s.row))) { // a row cut between lines
                        paintCell(painter, c, rect, s.from, s.to);
                    } else {
                        paintCell(painter, c, rect, 0, -1);
                    }
                }
            y = tops.last();
        }
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
