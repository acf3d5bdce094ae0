#include "reportdocument.h"

#include "document.h"
#include "evaluationforms.h"
#include "chartobject.h"
#include "chartseries.h"
#include "fonts.h"
#include "narrative.h"
#include "reportgrid.h"
#include "richtext.h"
#include "sheetlayout.h"

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

QString year(const Document &d)
{
    return QString::number(d.metadata().year) + QStringLiteral("年度");
}

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
        addCover();
        m_r->m_contentsSection = int(m_r->m_sections.size());
        newSection(false, true); // filled by setContentsPages
        addPart1();
        addPart2();
        QTextCursor c = newSection(false, true);
        // One edit block per section: without it every insertion re-indexes the tables.
        c.beginEditBlock();
        addPart3(c);
        addPart4(c);
        addPart5(c);
        addPart6(c);
        c.endEditBlock();
        finish();
    }

    void finish()
    {
        for (const Section &s : m_r->m_sections)
            finishSection(s);
    }

    void finishSection(const Section &s)
    {
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
        m_r->m_sections.append({text, landscape, numbered});
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

    void addHeading(QTextCursor &c, const QString &text, int level, bool newPage)
    {
        QTextBlockFormat bf;
        if (level == 0) {
            bf.setAlignment(Qt::AlignHCenter);
            bf.setTopMargin(pt(6));
            bf.setBottomMargin(pt(18));
        } else {
            bf.setTopMargin(pt(12));
            bf.setBottomMargin(pt(6));
        }
        if (newPage && !atStart(c))
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        bf.setHeadingLevel(level + 1);
        const QTextCharFormat cf = heading(level == 0 ? partSize : itemSize);
        block(c, bf, cf);
        m_r->m_headings.append({text, level, sectionIndex(), c.block().position()});
        c.insertText(text, cf);
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

    // A paragraph of the report's light markup ("**…**" bold, see RichText).
    void addParagraph(QTextCursor &c, const QString &text)
    {
        QTextBlockFormat bf;
        bf.setTextIndent(pt(2 * bodySize) * m_dpi / 96.0); // the one length the layout does not scale
        bf.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        bf.setAlignment(Qt::AlignJustify);
        bf.setBottomMargin(pt(3));
        block(c, bf, body());
        for (const RichText::Run &run : RichText::runs(text))
            c.insertText(run.text, body(bodySize, run.bold));
    }

    void addProse(QTextCursor &c, const QString &text)
    {
        for (const QString &p : RichText::paragraphs(text)) {
            if (RichText::isHeading(p))
                addSubHeading(c, RichText::plainText(p));
            else
                addParagraph(c, p);
        }
    }

    void addNote(QTextCursor &c, const QString &text, qreal topMargin = 2)
    {
        QTextBlockFormat bf;
        bf.setTopMargin(pt(topMargin));
        block(c, bf, body(noteSize));
        c.insertText(text, body(noteSize));
    }

    // --- cover
    void addCover()
    {
        QTextCursor c = newSection(false, false);
        const Metadata &m = m_doc.metadata();
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignHCenter);
        bf.setTopMargin(fromDevice(m_r->m_portraitArea.height() * 0.28));
        bf.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
        block(c, bf, heading(coverTitleSize));
        c.insertText(year(m_doc) + m.department, heading(coverTitleSize));
        bf.setTopMargin(pt(12));
        c.insertBlock(bf, heading(coverTitleSize));
        c.insertText(QStringLiteral("部门决算公开"), heading(coverTitleSize));
        if (m.publishDate.isValid()) {
            bf.setTopMargin(fromDevice(m_r->m_portraitArea.height() * 0.3));
            c.insertBlock(bf, body(16));
            c.insertText(QStringLiteral("%1年%2月%3日")
                                 .arg(m.publishDate.year())
                                 .arg(m.publishDate.month())
                                 .arg(m.publishDate.day()),
                         body(16));
        }
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

    // --- 第一部分
    void addPart1()
    {
        QTextCursor c = newSection(false, true);
        const QString dept = m_doc.metadata().department;
        addHeading(c, QStringLiteral("第一部分 ") + dept + QStringLiteral("概况"), 0, false);
        addHeading(c, QStringLiteral("一、部门主要职责"), 1, false);
        addProse(c, m_doc.text(QStringLiteral("duties")));
        addHeading(c, QStringLiteral("二、机构设置情况"), 1, false);
        addProse(c, m_doc.text(QStringLiteral("organization")));
    }

    // --- 第二部分: one section per table, so each can take its own orientation.
    void addPart2()
    {
        const Metadata &m = m_doc.metadata();
        int n = 0;
        for (const TableTemplate &t : m_doc.reportTemplate().tables()) {
            QTextCursor c = newSection(t.landscape(), true);
            c.beginEditBlock();
            if (n == 0) {
                addHeading(c, QStringLiteral("第二部分 ") + m.department + year(m_doc) + QStringLiteral("部门决算表"),
                           0, false);
            }
            ++n;
            addSheet(c, t, chineseNumber(n) + QStringLiteral("、") + t.title());
            c.endEditBlock();
        }
    }

    void addSheet(QTextCursor &c, const TableTemplate &t, const QString &contentsEntry)
    {
        const Metadata &m = m_doc.metadata();
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignHCenter);
        bf.setBottomMargin(pt(4));
        const QTextCharFormat titleFormat = heading(tableTitleSize);
        block(c, bf, titleFormat);
        // The 目录 names the table without the year; the page shows the full title.
        m_r->m_headings.append({contentsEntry, 1, sectionIndex(), c.block().position()});
        c.insertText(year(m_doc) + t.title(), titleFormat);

        QTextBlockFormat code;
        code.setAlignment(Qt::AlignRight);
        c.insertBlock(code, body(noteSize));
        c.insertText(t.code(), body(noteSize));

        QTextBlockFormat meta;
        meta.setTabPositions({QTextOption::Tab(fromDevice(areaWidth()), QTextOption::RightTab)});
        meta.setBottomMargin(pt(3));
        c.insertBlock(meta, body(noteSize));
        c.insertText(QStringLiteral("部门：") + m.department + QLatin1Char('\t') + QStringLiteral("金额单位：")
                             + m.amountUnit,
                     body(noteSize));

        insertGrid(c, ReportGrid::sheet(m_doc, t));

        const QStringList notes = m_doc.printed().notes(t); // without 尾数误差 when balanced
        for (int i = 0; i < notes.size(); ++i)
            addNote(c, notes.at(i), i == 0 ? 6 : 2);
        if (t.isCodeList() && m_doc.itemRows(t.id()).isEmpty() && !t.emptyNote().isEmpty())
            addNote(c, t.emptyNote(), 6);
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

    // Column widths from what the columns hold: single cells first, then spanning cells
    // widen their columns if they need more; no column takes more than `maxShare` of the
    // width, and the rest is shared out in proportion.
    QList<QTextLength> columnWidths(const ReportGrid &grid, qreal maxShare) const
    {
        QList<QTextLength> out;
        if (!grid.widths.isEmpty()) {
            int sum = 0;
            for (int w : grid.widths)
                sum += w;
            for (int w : grid.widths)
                out.append(QTextLength(QTextLength::PercentageLength, 100.0 * w / sum));
            return out;
        }
        const int columns = grid.columns;
        const QFontMetricsF fm(font(body(tableSize)), m_r->m_device);
        const QFontMetricsF bm(font(body(tableSize, true)), m_r->m_device);
        const qreal pad = (2 * pt(cellPadding) + pt(ruleWidth)) * m_dpi / 96.0;
        const qreal headerCap = fm.horizontalAdvance(QStringLiteral("功能分类科目编码")); // headers wrap
        QList<qreal> w(columns, fm.horizontalAdvance(QStringLiteral("00")) + pad);
        const auto need = [&](const ReportGrid::Cell &cell) {
            qreal width = (cell.bold ? bm : fm).horizontalAdvance(cell.text);
            if (cell.header)
                width = qMin(width, headerCap);
            return width + pad;
        };
        for (const ReportGrid::Cell &cell : grid.cells)
            if (cell.colSpan == 1 && cell.col < columns)
                w[cell.col] = qMax(w[cell.col], need(cell));
        for (const ReportGrid::Cell &cell : grid.cells) {
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
        const qreal total = areaWidth();
        qreal sum = 0;
        for (qreal &x : w) {
            x = qMin(x, total * maxShare);
            sum += x;
        }
        for (qreal x : w)
            out.append(QTextLength(QTextLength::PercentageLength, 100.0 * x / sum));
        return out;
    }

    // `roomy` for forms and the 重点工作 table: few rows of long text, set larger and looser.
    QTextTable *insertGrid(QTextCursor &c, const ReportGrid &grid, bool roomy = false, qreal maxShare = 0.4)
    {
        QTextTableFormat tf = gridFormat(grid.headerRows);
        tf.setColumnWidthConstraints(columnWidths(grid, maxShare));
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

    // --- 第三部分: the generated explanations, 图1–4 after the paragraphs they illustrate.
    void addPart3(QTextCursor &c)
    {
        addHeading(c, Narrative::title(m_doc), 0, true);
        for (const NarrativeSection &s : Narrative::generate(m_doc)) {
            if (s.level <= 1)
                addHeading(c, s.heading, 1, false);
            else
                addSubHeading(c, s.heading);
            for (const QString &p : s.paragraphs)
                addParagraph(c, p);
            if (s.figure > 0)
                addFigure(c, s.figure);
        }
    }

    void addFigure(QTextCursor &c, int figure)
    {
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignHCenter);
        bf.setTopMargin(pt(6));
        bf.setBottomMargin(pt(6));
        block(c, bf, body());
        // The chart draws its own caption (图N：…) as text.
        ChartObject::insert(c, m_doc, figure, 150, 80);
        m_r->m_figureCaptions.append(ChartSeries::titleOf(figure));
    }

    // --- 第四部分
    void addPart4(QTextCursor &c)
    {
        addHeading(c, QStringLiteral("第四部分 ") + QString::number(m_doc.metadata().year)
                           + QStringLiteral("年度重点工作完成情况"),
                   0, true);
        addProse(c, m_doc.text(QStringLiteral("keyWork")));
        if (m_doc.keyWork().isEmpty())
            return;
        QTextBlockFormat gap;
        gap.setTopMargin(pt(6));
        c.insertBlock(gap);
        insertGrid(c, ReportGrid::keyWork(m_doc), true);
    }

    // --- 第五部分
    void addPart5(QTextCursor &c)
    {
        addHeading(c, QStringLiteral("第五部分 名词解释"), 0, true);
        addProse(c, m_doc.text(QStringLiteral("glossary")));
        const QString phone = m_doc.metadata().contactPhone;
        if (!phone.isEmpty())
            addParagraph(c, QStringLiteral("本单位咨询电话: ") + phone);
    }

    // --- 第六部分: the self-evaluation forms, each on a page of its own.
    void addPart6(QTextCursor &c)
    {
        addHeading(c, QStringLiteral("第六部分 附件"), 0, true);
        const Metadata &m = m_doc.metadata();
        bool first = true;
        bool overallDone = false, projectsDone = false;
        int item = 0;
        for (const EvaluationForm &f : m_doc.evaluations()) {
            const bool overall = f.kind == EvaluationForm::Kind::Overall;
            const bool startsGroup = overall ? !overallDone : !projectsDone;
            if (startsGroup) {
                ++item;
                addHeading(c,
                           chineseNumber(item) + QStringLiteral("、") + year(m_doc) + m.department
                                   + (overall ? QStringLiteral("整体绩效自评表") : QStringLiteral("项目绩效自评表")),
                           1, !first);
                (overall ? overallDone : projectsDone) = true;
            }
            addForm(c, f, !first && !startsGroup);
            first = false;
        }
    }

    void addForm(QTextCursor &c, const EvaluationForm &f, bool newPage)
    {
        const bool overall = f.kind == EvaluationForm::Kind::Overall;
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignHCenter);
        bf.setTopMargin(pt(6));
        bf.setBottomMargin(pt(6));
        if (newPage)
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        block(c, bf, heading(tableTitleSize));
        c.insertText(EvaluationForms::title(f.kind, m_doc.metadata().year),
                     heading(tableTitleSize));
        const QTextCharFormat metaFormat = body(noteSize + 1);
        c.insertBlock(QTextBlockFormat(), metaFormat);
        c.insertText(EvaluationForms::label(EvaluationForms::Label::Seal) + (overall ? f.name : f.department), metaFormat);
        c.insertBlock(QTextBlockFormat(), metaFormat);
        c.insertText(EvaluationForms::label(EvaluationForms::Label::FillDate), metaFormat);
        insertGrid(c, ReportGrid::form(EvaluationForms::asPrinted(m_doc, f)), true); // table figures as printed
    }

private:
    ReportDocument *m_r;
    const Document &m_doc;
    qreal m_dpi = 96;
};

ReportDocument::ReportDocument(const Document &document, QPaintDevice *device, const QSizeF &portraitArea,
                               const QSizeF &landscapeArea)
    : m_document(document), m_device(device), m_portraitArea(portraitArea), m_landscapeArea(landscapeArea)
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

QString ReportDocument::chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return QString(digits.at(n));
    const QString tens = n < 20 ? QString() : QString(digits.at(n / 10));
    return tens + QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

} // namespace Juesuan
