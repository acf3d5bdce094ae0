#pragma once

#include "reportoutline.h"

#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace Juesuan {

// The page model of one ruled table — a disclosure table (公开01表 …) or a self-evaluation
// form: its own paginator instead of a QTextTable. Every cell is measured once (QFontMetricsF, one per font), rows are put on
// pages by their accumulated height, and pages are drawn with QPainter — so the cost is
// linear in the rows and characters. The first page carries the headings that open it (if
// any), the title, 公开NN表 and the 部门/金额单位 line (a form's 盖章 and 填报日期 lines);
// every page the table continues on repeats the title with "（续表）" and the banded header.
// A row taller than the room left continues on the next page, line by line, and merged
// cells (a form's captions) are drawn again on each page they reach. A table that would leave three rows or fewer on its last
// page is first tried with tighter rows (down to a readable minimum padding).
//
// Type and rules, the same for every table: body text in one serif face (AR PL UMing) at
// 9 pt in black (forms 10 pt with looser rows), 类/款/合计 rows in the bold of the same face;
// every single-line row the same height; inner rules 0.5 pt, the outer frame 1 pt.
class ReportTableLayout
{
public:
    // `headings` are printed above the table on its first page (a part heading centred,
    // an item heading at the left); `area` is the page's text area in the device's pixels.
    ReportTableLayout(const ReportOutline::Block &table, const QList<const ReportOutline::Block *> &headings,
                      QPaintDevice *device, const QSizeF &area);

    int pageCount() const { return int(m_pages.size()); }
    // Draws page `page` with the painter's origin at the top-left corner of the text area.
    void paint(QPainter *painter, int page) const;

    // For the tests: the body rows on each page, the face the body rows are set in, and
    // the vertical padding the rows were given (tightened or not).
    QList<int> rowsPerPage() const;
    QString bodyFamily() const;
    qreal rowPaddingPoints() const { return m_padV * 72.0 / m_dpi; }

    static constexpr qreal innerRulePoints = 0.5;
    static constexpr qreal outerRulePoints = 1.0;

private:
    struct Cell {
        int row = 0, col = 0, rowSpan = 1, colSpan = 1;
        QString text;
        Qt::Alignment align;
        bool bold = false;
        bool header = false;
        int lines = 1;          // lines at the column width
        QList<int> lineStarts;  // where each line starts in `text`, when it has several
    };
    // Lines [from, to) of a body row on a page.
    struct Slice {
        int row = 0;
        int from = 0;
        int to = 0;
    };
    struct Page {
        QList<Slice> slices;
        bool first = false;
        bool notes = false; // the notes follow the rows on this page
    };

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    void measure();
    void paginate();
    qreal sliceHeight(const Slice &s) const;
    qreal headerHeight() const;
    qreal leadHeight(bool first) const;
    int leadLines(const QString &text, const QFont &font, qreal width) const;
    qreal metaLeftWidth(const ReportOutline::Block::MetaLine &line) const;
    qreal notesHeight() const;
    void paintLead(QPainter *painter, bool first, qreal *y) const;
    void paintCell(QPainter *painter, const Cell &c, const QRectF &r, int fromLine, int toLine) const;

    const ReportOutline::Block &m_table;
    QList<const ReportOutline::Block *> m_headings;
    QPaintDevice *m_device;
    QSizeF m_area;
    qreal m_dpi = 96;

    QFont m_plain, m_bold, m_title, m_partFont, m_itemFont, m_small;
    bool m_roomy = false; // a form: larger type, looser rows
    qreal m_lineHeight = 0; // one line of table text
    qreal m_padH = 0;
    qreal m_padV = 0;

    QList<qreal> m_columnX; // left edge of each column, and the right edge last
    QList<Cell> m_cells;
    QList<int> m_headerCells;       // indexes into m_cells
    QList<QList<int>> m_rowCells;   // body cells by the body row they start on
    QList<int> m_lines;             // lines needed by each body row (spans: on their last row)
    QList<int> m_headerLines;       // the same for the header rows
    QList<int> m_coverFrom;         // the first row of the merged cells reaching each body row
    QList<int> m_noteLines;
    QList<Page> m_pages;
};

} // namespace Juesuan
