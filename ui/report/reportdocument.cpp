#include "reportdocument.h"

#include "document.h"
#include "chartobject.h"
#include "fonts.h"
#include "reportgrid.h"
#include "reportoutline.h"
#include "reporttablelayout.h"
#include "richtext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace Juesuan {

namespace {

// Sizes in points; the builder turns them into device pixels.
constexpr qreal coverTitleSize = 26;
constexpr qreal minCoverTitleSize = 10;
constexpr qreal partSize = 16;
constexpr qreal itemSize = 14;
constexpr qreal subItemSize = 12;
constexpr qreal bodySize = 12;
constexpr qreal tableTitleSize = 15;
constexpr qreal tableSize = 9; // the smallest size the report prints tables at is 8 pt
constexpr qreal noteSize = 9;
constexpr qreal cellPadding = 2.5; // left and right
constexpr qreal cellPaddingV = 1.2;
constexpr qreal ruleWidth = 0.6;

} // namespace

class ReportDocument::Builder
{
public:
    explicit Builder(ReportDocument *r) : m_r(r), m_doc(r->m_document)
    {
        m_dpi = r->m_device ? r->m_device->logicalDpiY() : 96;
    }

    // QTextDocument scales the lengths of its formats (margins, padding, borders, indents,
    // tab stops) from 96 dpi to the paint device itself; only the page size is in device pixels.
    static qreal pt(qreal points) { return points * 96.0 / 72.0; }
    qreal fromDevice(qreal pixels) const { return pixels * 96.0 / m_dpi; }

    void build()
    {
        const ReportOutline &o = m_r->m_outline;
        addCover(o.cover);
        m_r->m_contentsSection = int(m_r->m_sections.size());
        newSection(false, true); // filled by setContentsPages
        QTextCursor c;
        for (int i = 0; i < o.blocks.size(); ++i) {
            const ReportOutline::Block &b = o.blocks.at(i);
            // A disclosure table or a form gets pages of its own from its own page model,
            // with the headings that open its first page.
            QList<const ReportOutline::Block *> heads;
            int k = i;
            if (b.kind == ReportOutline::Block::Kind::Heading && b.breakBefore != ReportOutline::Block::Break::None) {
                while (k < o.blocks.size() && o.blocks.at(k).kind == ReportOutline::Block::Kind::Heading
                       && (k == i || o.blocks.at(k).breakBefore == ReportOutline::Block::Break::None))
                    heads.append(&o.blocks.at(k++));
                if (k >= o.blocks.size() || !isPaged(o.blocks.at(k))
                    || o.blocks.at(k).breakBefore != ReportOutline::Block::Break::None)
                    heads.clear();
            }
            if (!heads.isEmpty() || isPaged(b)) {
                if (!c.isNull())
                    c.endEditBlock();
                c = QTextCursor();
                addTableSection(o.blocks.at(heads.isEmpty() ? i : k), heads);
                if (!heads.isEmpty())
                    i = k;
                continue;
            }
            if (b.breakBefore == ReportOutline::Block::Break::Section || c.isNull()) {
                if (!c.isNull())
                    c.endEditBlock();
                c = newSection(b.landscape, true);
                // One edit block per section: without it every insertion re-indexes the tables.
                c.beginEditBlock();
            }
            addBlock(c, b);
        }
        if (!c.isNull())
            c.endEditBlock();
        finish();
    }

    // The tables laid out by their own page model: disclosure tables and forms.
    static bool isPaged(const ReportOutline::Block &b)
    {
        return b.kind == ReportOutline::Block::Kind::Table && b.tableKind != ReportOutline::Block::TableKind::KeyWork;
    }

    void addTableSection(const ReportOutline::Block &table, const QList<const ReportOutline::Block *> &heads)
    {
        Section s;
        s.landscape = table.landscape;
        s.table = std::make_shared<ReportTableLayout>(table, heads, m_r->m_device,
                                                      table.landscape ? m_r->m_landscapeArea : m_r->m_portraitArea);
        m_r->m_sections.append(s);
        // The headings and the table's title are all on the table's first page.
        for (const ReportOutline::Block *h : heads)
            if (!h->contentsEntry.isEmpty())
                m_r->m_headings.append({h->contentsEntry, h->contentsLevel, sectionIndex(), 0});
        if (!table.contentsEntry.isEmpty())
            m_r->m_headings.append({table.contentsEntry, table.contentsLevel, sectionIndex(), 0});
    }

    void addBlock(QTextCursor &c, const ReportOutline::Block &b)
    {
        using Kind = ReportOutline::Block::Kind;
        const bool newPage = b.breakBefore == ReportOutline::Block::Break::Page;
        switch (b.kind) {
        case Kind::Heading:
            if (b.level >= 2)
                addSubHeading(c, b.headingText());
            else
                addHeading(c, b, newPage);
            break;
        case Kind::Paragraph:
            addParagraph(c, b.runs);
            break;
        case Kind::Table:
            addTable(c, b, newPage);
            break;
        case Kind::Figure:
            addFigure(c, b);
            break;
        }
    }

    void finish()
    {
        for (const Section &s : m_r->m_sections)
            finishSection(s);
    }

    void finishSection(const Section &s)
    {
        if (!s.text)
            return;
        // Setting the page size last lets the whole section lay out once, not per edit.
        s.text->setPageSize(s.landscape ? m_r->m_landscapeArea : m_r->m_portraitArea);
    }

    QTextCursor newSection(bool landscape, bool numbered)
    {
        auto text = std::make_shared<QTextDocument>();
        text->documentLayout()->setPaintDevice(m_r->m_device);
        text->setDocumentMargin(0);
        text->setDefaultFont(Fonts::body(bodySize));
        text->setUndoRedoEnabled(false);
        m_r->m_sections.append({text, nullptr, landscape, numbered});
        return QTextCursor(text.get());
    }

    int sectionIndex() const { return int(m_r->m_sections.size()) - 1; }
    qreal areaWidth() const
    {
        return m_r->m_sections.last().landscape ? m_r->m_landscapeArea.width() : m_r->m_portraitArea.width();
    }

    // --- formats
    QTextCharFormat body(qreal size = bodySize, bool bold = false) const
    {
        QTextCharFormat f;
        f.setFontFamilies({Fonts::bodyFamily()});
        f.setFontPointSize(size);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        return f;
    }
    QTextCharFormat heading(qreal size) const
    {
        QTextCharFormat f;
        f.setFontFamilies({Fonts::headingFamily()});
        f.setFontPointSize(size);
        f.setFontWeight(QFont::Bold);
        return f;
    }
    QFont font(const QTextCharFormat &f) const
    {
        QFont font(f.fontFamilies().toStringList().value(0));
        font.setPointSizeF(f.fontPointSize());
        font.setWeight(f.fontWeight() >= QFont::Bold ? QFont::Bold : QFont::Normal);
        return font;
    }

    // Starts a block, unless the cursor stands in the empty first block of a section.
    void block(QTextCursor &c, const QTextBlockFormat &bf, const QTextCharFormat &cf)
    {
        if (c.position() == 0 && c.block().length() <= 1) {
            c.setBlockFormat(bf);
            c.setBlockCharFormat(cf);
            c.setCharFormat(cf);
        } else {
            c.insertBlock(bf, cf);
        }
    }

    bool atStart(const QTextCursor &c) const { return c.position() == 0 && c.block().length() <= 1; }

    void addHeading(QTextCursor &c, const ReportOutline::Block &b, bool newPage)
    {
        QTextBlockFormat bf;
        if (b.level == 0) {
            bf.setAlignment(Qt::AlignHCenter);
            bf.setTopMargin(pt(6));
            bf.setBottomMargin(pt(18));
        } else {
            bf.setTopMargin(pt(12));
            bf.setBottomMargin(pt(6));
        }
        if (newPage && !atStart(c))
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        bf.setHeadingLevel(b.level + 1);
        const QTextCharFormat cf = heading(b.level == 0 ? partSize : itemSize);
        block(c, bf, cf);
        addContentsEntry(c, b);
        c.insertText(b.headingText(), cf);
    }

    void addContentsEntry(const QTextCursor &c, const ReportOutline::Block &b)
    {
        if (!b.contentsEntry.isEmpty())
            m_r->m_headings.append({b.contentsEntry, b.contentsLevel, sectionIndex(), c.block().position()});
    }

    void addSubHeading(QTextCursor &c, const QString &text)
    {
        QTextBlockFormat bf;
        bf.setTopMargin(pt(8));
        bf.setBottomMargin(pt(4));
        bf.setHeadingLevel(3);
        const QTextCharFormat cf = heading(subItemSize);
        block(c, bf, cf);
        c.insertText(text, cf);
    }

    // A paragraph of the report's light markup, as runs ("**…**" bold, see RichText).
    void addParagraph(QTextCursor &c, const QList<RichText::Run> &runs)
    {
        QTextBlockFormat bf;
        bf.setTextIndent(pt(2 * bodySize) * m_dpi / 96.0); // the one length the layout does not scale
        bf.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        bf.setAlignment(Qt::AlignJustify);
        bf.setBottomMargin(pt(3));
        block(c, bf, body());
        for (const RichText::Run &run : runs)
            c.insertText(run.text, body(bodySize, run.bold));
    }

    void addNote(QTextCursor &c, const QString &text, qreal topMargin = 2)
    {
        QTextBlockFormat bf;
        bf.setTopMargin(pt(topMargin));
        block(c, bf, body(noteSize));
        c.insertText(text, body(noteSize));
    }

    // --- cover
    // One page: the title lines wrap within the page's width, and a title too long for the
    // page at the cover's size (a department name of hundreds of characters) is set smaller,
    // with the gaps above and below it narrowed in proportion, until the cover fits.
    void addCover(const ReportOutline::Cover &cover)
    {
        QTextCursor c = newSection(false, false);
        for (qreal size = coverTitleSize;; size -= 2) {
            const qreal scale = size / coverTitleSize;
            QTextBlockFormat bf;
            bf.setAlignment(Qt::AlignHCenter);
            bf.setTopMargin(fromDevice(m_r->m_portraitArea.height() * 0.28 * scale));
            bf.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
            for (int i = 0; i < cover.title.size(); ++i) {
                if (i == 0)
                    block(c, bf, heading(size));
                else
                    c.insertBlock(bf, heading(size));
                c.insertText(cover.title.at(i), heading(size));
                bf.setTopMargin(pt(12 * scale));
            }
            if (!cover.date.isEmpty()) {
                bf.setTopMargin(fromDevice(m_r->m_portraitArea.height() * 0.3 * scale));
                c.insertBlock(bf, body(16));
                c.insertText(cover.date, body(16));
            }
            if (size <= minCoverTitleSize || !coverOverflows(m_r->m_sections.last()))
                break;
            c.select(QTextCursor::Document);
            c.removeSelectedText();
        }
    }

    // Whether the cover as typeset so far takes more than one page.
    bool coverOverflows(const Section &cover) const
    {
        cover.text->setPageSize(m_r->m_portraitArea);
        return cover.text->pageCount() > 1;
    }

    // --- 目录
    void fillContents(const QList<int> &pages)
    {
        const Section &s = m_r->m_sections.at(m_r->m_contentsSection);
        QTextDocument *text = s.text.get();
        text->clear();
        QTextCursor c(text);
        c.beginEditBlock();
        QTextBlockFormat tf;
        tf.setAlignment(Qt::AlignHCenter);
        tf.setBottomMargin(pt(18));
        block(c, tf, heading(18));
        c.insertText(QStringLiteral("目  录"), heading(18));

        const qreal width = m_r->m_portraitArea.width();
        const QTextCharFormat partFormat = heading(subItemSize);
        const QTextCharFormat itemFormat = body(bodySize);
        for (int i = 0; i < m_r->m_headings.size(); ++i) {
            const Heading &h = m_r->m_headings.at(i);
            const QTextCharFormat cf = h.level == 0 ? partFormat : itemFormat;
            QTextBlockFormat bf;
            const qreal indent = h.level == 0 ? 0 : pt(2 * bodySize);
            bf.setLeftMargin(indent);
            bf.setTopMargin(h.level == 0 ? pt(8) : pt(3));
            bf.setTabPositions({QTextOption::Tab(fromDevice(width) - indent, QTextOption::RightTab)});
            block(c, bf, cf);
            const QString number = QString::number(pages.value(i));
            // Leader dots up to the page number, as many as fit.
            const QFontMetricsF fm(font(cf), m_r->m_device);
            const QFontMetricsF dm(font(itemFormat), m_r->m_device);
            const qreal room = width - indent * m_dpi / 96.0 - fm.horizontalAdvance(h.text) - dm.horizontalAdvance(number)
                    - dm.horizontalAdvance(QStringLiteral("0000"));
            const int dots = qMax(3, int(room / dm.horizontalAdvance(QLatin1Char('.'))));
            c.insertText(h.text, cf);
            c.insertText(QStringLiteral(" ") + QString(dots, QLatin1Char('.')) + QLatin1Char('\t') + number,
                         itemFormat);
        }
        c.endEditBlock();
        finishSection(s);
    }

    // A ruled table: its title lines, the grid, its notes.
    void addTable(QTextCursor &c, const ReportOutline::Block &b, bool newPage)
    {
        using TableKind = ReportOutline::Block::TableKind;
        const bool sheet = b.tableKind == TableKind::Sheet;
        if (!b.title.isEmpty()) {
            QTextBlockFormat bf;
            bf.setAlignment(Qt::AlignHCenter);
            if (!sheet)
                bf.setTopMargin(pt(6));
            bf.setBottomMargin(pt(sheet ? 4 : 6));
            if (newPage && !atStart(c))
                bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            const QTextCharFormat titleFormat = heading(tableTitleSize);
            block(c, bf, titleFormat);
            addContentsEntry(c, b);
            c.insertText(b.title, titleFormat);
        } else {
            QTextBlockFormat gap;
            gap.setTopMargin(pt(6));
            block(c, gap, body());
            addContentsEntry(c, b);
        }
        if (!b.code.isEmpty()) {
            QTextBlockFormat code;
            code.setAlignment(Qt::AlignRight);
            c.insertBlock(code, body(noteSize));
            c.insertText(b.code, body(noteSize));
        }
        const QTextCharFormat metaFormat = body(sheet ? noteSize : noteSize + 1);
        for (const ReportOutline::Block::MetaLine &line : b.meta) {
            QTextBlockFormat meta;
            if (!line.right.isEmpty())
                meta.setTabPositions({QTextOption::Tab(fromDevice(areaWidth()), QTextOption::RightTab)});
            if (sheet)
                meta.setBottomMargin(pt(3));
            c.insertBlock(meta, metaFormat);
            c.insertText(line.right.isEmpty() ? line.left : line.left + QLatin1Char('\t') + line.right, metaFormat);
        }
        insertGrid(c, b.grid, !sheet);
        for (int i = 0; i < b.notes.size(); ++i)
            addNote(c, b.notes.at(i), i == 0 ? 6 : 2);
    }

    QTextTableFormat gridFormat(int headerRows) const
    {
        QTextTableFormat tf;
        tf.setBorder(pt(ruleWidth));
        tf.setBorderBrush(Qt::black);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setBorderCollapse(true);
        tf.setCellSpacing(0);
        tf.setCellPadding(pt(cellPadding));
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setHeaderRowCount(headerRows);
        tf.setTopMargin(pt(2));
        return tf;
    }

    // Column widths of the grids still typeset here (the 重点工作 table and the forms):
    // fixed by the kind of grid, else equal.
    QList<QTextLength> columnWidths(const ReportGrid &grid) const
    {
        QList<QTextLength> out;
        int sum = 0;
        for (int w : grid.widths)
            sum += w;
        for (int c = 0; c < grid.columns; ++c)
            out.append(QTextLength(QTextLength::PercentageLength,
                                   grid.widths.size() == grid.columns && sum > 0 ? 100.0 * grid.widths.at(c) / sum
                                                                                  : 100.0 / grid.columns));
        return out;
    }

    // `roomy` for forms and the 重点工作 table: few rows of long text, set larger and looser.
    QTextTable *insertGrid(QTextCursor &c, const ReportGrid &grid, bool roomy = false)
    {
        QTextTableFormat tf = gridFormat(grid.headerRows);
        tf.setColumnWidthConstraints(columnWidths(grid));
        QTextTable *table = c.insertTable(grid.rows, grid.columns, tf);
        for (const ReportGrid::Cell &cell : grid.cells)
            if (cell.rowSpan > 1 || cell.colSpan > 1)
                table->mergeCells(cell.row, cell.col, cell.rowSpan, cell.colSpan);
        const qreal size = roomy ? tableSize + 1 : tableSize;
        const QTextCharFormat plain = body(size);
        const QTextCharFormat bold = body(size, true);
        for (const ReportGrid::Cell &cell : grid.cells) {
            QTextTableCell tc = table->cellAt(cell.row, cell.col);
            QTextTableCellFormat cf = tc.format().toTableCellFormat();
            cf.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            // With collapsed borders the rules between cells come from the cells.
            cf.setBorder(pt(ruleWidth));
            cf.setBorderBrush(Qt::black);
            cf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cf.setLeftPadding(pt(cellPadding));
            cf.setRightPadding(pt(cellPadding));
            cf.setTopPadding(pt(roomy ? 2.5 * cellPaddingV : cellPaddingV));
            cf.setBottomPadding(pt(roomy ? 2.5 * cellPaddingV : cellPaddingV));
            if (cell.header)
                cf.setBackground(QColor(0xee, 0xee, 0xee));
            tc.setFormat(cf);
            if (cell.text.isEmpty())
                continue;
            QTextCursor cc = tc.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(cell.align);
            cc.setBlockFormat(bf);
            insertCellText(cc, cell.text, cell.bold ? bold : plain);
        }
        c.movePosition(QTextCursor::End);
        return table;
    }

    // Check boxes come from a face that has them; the CJK faces do not.
    void insertCellText(QTextCursor &cc, const QString &text, const QTextCharFormat &format)
    {
        const QChar on = ReportGrid::checkedBox().at(0);
        const QChar off = ReportGrid::uncheckedBox().at(0);
        if (!text.contains(on) && !text.contains(off) && !text.contains(QLatin1Char('\n'))) {
            cc.insertText(text, format);
            return;
        }
        QTextCharFormat box = format;
        box.setFontFamilies({QStringLiteral("DejaVu Sans"), Fonts::bodyFamily()});
        QString run;
        for (const QChar ch : text) {
            if (ch == on || ch == off) {
                cc.insertText(run, format);
                run.clear();
                cc.insertText(QString(ch), box);
            } else if (ch == QLatin1Char('\n')) {
                cc.insertText(run, format);
                run.clear();
                cc.insertBlock();
            } else {
                run += ch;
            }
        }
        cc.insertText(run, format);
    }

    // The chart draws its own caption (图N：…) as text.
    void addFigure(QTextCursor &c, const ReportOutline::Block &b)
    {
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignHCenter);
        bf.setTopMargin(pt(6));
        bf.setBottomMargin(pt(6));
        block(c, bf, body());
        ChartObject::insert(c, m_doc, b.figure, 150, 80);
        m_r->m_figureCaptions.append(b.caption);
    }

private:
    ReportDocument *m_r;
    const Document &m_doc;
    qreal m_dpi = 96;
};

ReportDocument::ReportDocument(const Document &document, QPaintDevice *device, const QSizeF &portraitArea,
                               const QSizeF &landscapeArea)
    : m_document(document),
      m_outline(ReportOutline::build(document)),
      m_device(device),
      m_portraitArea(portraitArea),
      m_landscapeArea(landscapeArea)
{
    Builder b(this);
    b.build();
    setContentsPages(QList<int>(m_headings.size(), 0));
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::setContentsPages(const QList<int> &pages)
{
    Builder(this).fillContents(pages);
}

} // namespace Juesuan
