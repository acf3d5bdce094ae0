#include "workbookexport.h"

#include "document.h"
#include "printedvalues.h"
#include "progress.h"
#include "reportoutline.h"
#include "sheetlayout.h"
#include "workbookreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <locale.h>
#include <memory>
#include <vector>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::WorkbookExport)
};

// "C7" for row 6, column 2: the one A1 naming the readers use too.
QString cellName(int row, int col)
{
    return WorkbookReader::cellReference(row, col);
}

// Width in Excel's column units (one digit): CJK and full-width characters take two.
int textWidth(const QString &s)
{
    int w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x2E80 ? 2 : 1;
    return w;
}

// The width of an amount as #,##0.00 prints it ("-1,234,567.89": 13), without formatting it:
// this runs for every amount cell.
int amountWidth(const Money &value)
{
    if (value.isBlank())
        return 0;
    qint64 units = value.fen() / Money::fenPerWanyuan;
    int digits = 1;
    for (units = units < 0 ? -units : units; units >= 10; units /= 10)
        ++digits;
    return digits + (digits - 1) / 3 + 3 + (value.isNegative() ? 1 : 0);
}

// libxlsxwriter prints numbers with printf, which follows LC_NUMERIC: under a locale with a
// decimal comma the sheet XML would say "3087,79". The C locale is pinned for this thread
// (uselocale, not setlocale, so other threads keep theirs) while the workbook is written.
class CNumericLocale
{
public:
    CNumericLocale() : m_c(newlocale(LC_NUMERIC_MASK, "C", locale_t(nullptr)))
    {
        if (m_c)
            m_old = uselocale(m_c);
    }
    ~CNumericLocale()
    {
        if (m_c) {
            uselocale(m_old);
            freelocale(m_c);
        }
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    locale_t m_c;
    locale_t m_old = nullptr;
};

// Writes the disclosure tables of the report outline into a libxlsxwriter workbook, a sheet
// per table node in the outline's order. Rows of a sheet: 0 the node's title, 1 its 公开NN表
// code, then its meta lines (部门 and 金额单位), the header bands, the body and the node's
// notes. The body is the template's rows, every one of them (an added 项 row left empty
// stays editable here though the report leaves it out), so that the formulas can name them.
class Writer
{
public:
    Writer(const Document &document, Progress *progress, WorkbookExport::Amounts amounts)
        : m_doc(document),
          m_progress(progress),
          m_printed(amounts == WorkbookExport::Amounts::Printed),
          m_outline(outlineOf(document, m_printed))
    {
    }

    // Writes the workbook to `file`; false with *reason (place and libxlsxwriter's reason).
    bool write(const QByteArray &file, QString *reason)
    {
        const CNumericLocale cLocale;
        QString bookTitle;
        for (const ReportOutline::Block &b : m_outline.blocks) {
            using Kind = ReportOutline::Block::Kind;
            if (b.kind == Kind::Heading && b.level == 0 && b.part == 2)
                bookTitle = b.text; // "<部门>2023年度部门决算表"
            if (b.kind != Kind::Table || b.tableKind != ReportOutline::Block::TableKind::Sheet)
                continue;
            const TableTemplate *t = m_doc.reportTemplate().table(b.tableId);
            if (!t)
                continue; // the outline is built from the same template: cannot happen
            Sheet s;
            s.table = t;
            s.node = &b;
            s.layout = std::make_unique<SheetLayout>(m_doc, t->id());
            s.name = b.code;
            s.bodyTop = 2 + int(qMax(qsizetype(1), b.meta.size())) + t->headerRowCount();
            if (t->isCodeList())
                s.children = childRows(*s.layout);
            m_sheetOf.insert(t->id(), int(m_sheets.size()));
            m_sheets.push_back(std::move(s));
        }
        lxw_workbook_options options = {};
        lxw_workbook *wb = workbook_new_opt(file.constData(), &options);
        if (!wb) {
            *reason = Tr::tr("libxlsxwriter cannot start a workbook (out of memory?)");
            return false;
        }
        QByteArray title = bookTitle.toUtf8();
        lxw_doc_properties properties = {};
        properties.title = title.data();
        check(workbook_set_properties(wb, &properties), QString());
        makeFormats(wb);
        for (Sheet &s : m_sheets) {
            s.ws = workbook_add_worksheet(wb, s.name.toUtf8().constData());
            if (!s.ws && m_error == LXW_NO_ERROR) {
                m_error = LXW_ERROR_SHEETNAME_ALREADY_USED; // the likely cause; libxlsxwriter says no more
                m_place = s.name;
            }
        }
        // One step per sheet, and the last for the compressing close.
        const int steps = int(m_sheets.size()) + 1;
        bool goOn = Progress::report(m_progress, 0, steps);
        for (int i = 0; goOn && i < int(m_sheets.size()) && m_error == LXW_NO_ERROR; ++i) {
            writeSheet(i);
            goOn = Progress::report(m_progress, i + 1, steps);
        }
        if (!goOn) {
            lxw_workbook_free(wb); // cancelled: nothing was written to the file yet
            return false;
        }
        if (m_error != LXW_NO_ERROR) {
            lxw_workbook_free(wb); // nothing was written to the file yet
            *reason = m_place.isEmpty() ? QString::fromUtf8(lxw_strerror(m_error))
                                        : Tr::tr("%1: %2").arg(m_place, QString::fromUtf8(lxw_strerror(m_error)));
            return false;
        }
        const lxw_error closed = workbook_close(wb);
        if (closed != LXW_NO_ERROR) {
            *reason = QString::fromUtf8(lxw_strerror(closed));
            return false;
        }
        return Progress::report(m_progress, steps, steps);
    }

private:
    struct Sheet {
        const TableTemplate *table = nullptr;
        const ReportOutline::Block *node = nullptr; // the outline's table: title, code, meta lines, notes
        std::unique_ptr<SheetLayout> layout;
        QString name; // "公开01表": the sheet name and what other sheets' formulas quote
        int bodyTop = 0;
        QList<QList<int>> children; // code-list: per body row, the rows a 合计, 类 or 款 row sums
        lxw_worksheet *ws = nullptr;
        QList<int> widths;
    };
    // A run of referenced cells with one sign: one cell, or a range down a column or along a row.
    // A referenced cell: its sheet, row and column in the workbook, and its sign.
    struct Ref {
        int sheet, row, col, sign;
    };
    struct Span {
        int sheet, row0, col0, row1, col1, sign;
        bool single() const { return row0 == row1 && col0 == col1; }
    };
    struct Formats {
        lxw_format *title = nullptr, *code = nullptr, *metaLeft = nullptr, *metaRight = nullptr;
        lxw_format *header = nullptr, *note = nullptr;
        lxw_format *text[2] = {}, *centered[2] = {}, *amount[2] = {}; // [bold]
    };

    // The outline without grids (the sheets lay their cells out from the template rows), its
    // notes as the amounts are written: printed notes with printed values, else the template's.
    static ReportOutline outlineOf(const Document &document, bool printed)
    {
        ReportOutline::Options options;
        options.grids = false;
        options.exactNotes = !printed;
        return ReportOutline::build(document, options);
    }

    static QList<QList<int>> childRows(const SheetLayout &layout)
    {
        QList<QList<int>> out(layout.rowCount());
        int open[3] = {0, 0, 0}; // the current 合计, 类 and 款 rows
        for (int r = 0; r < layout.rowCount(); ++r) {
            const int level = layout.row(r).level;
            if (level > 0)
                out[open[level - 1]].append(r);
            if (level < 3)
                open[level] = r;
        }
        return out;
    }

    void makeFormats(lxw_workbook *wb)
    {
        const auto bordered = [wb](bool bold) {
            lxw_format *f = workbook_add_format(wb);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            if (bold)
                format_set_bold(f);
            return f;
        };
        m_fmt.title = workbook_add_format(wb);
        format_set_bold(m_fmt.title);
        format_set_font_size(m_fmt.title, 16);
        format_set_align(m_fmt.title, LXW_ALIGN_CENTER);
        format_set_align(m_fmt.title, LXW_ALIGN_VERTICAL_CENTER);
        m_fmt.code = workbook_add_format(wb);
        format_set_align(m_fmt.code, LXW_ALIGN_RIGHT);
        m_fmt.metaLeft = workbook_add_format(wb);
        format_set_align(m_fmt.metaLeft, LXW_ALIGN_LEFT);
        m_fmt.metaRight = workbook_add_format(wb);
        format_set_align(m_fmt.metaRight, LXW_ALIGN_RIGHT);
        m_fmt.header = bordered(false);
        format_set_align(m_fmt.header, LXW_ALIGN_CENTER);
        format_set_text_wrap(m_fmt.header);
        format_set_bg_color(m_fmt.header, 0xEEEEEE);
        m_fmt.note = workbook_add_format(wb);
        format_set_text_wrap(m_fmt.note);
        format_set_align(m_fmt.note, LXW_ALIGN_LEFT);
        format_set_align(m_fmt.note, LXW_ALIGN_VERTICAL_TOP);
        for (int bold = 0; bold < 2; ++bold) {
            m_fmt.text[bold] = bordered(bold);
            m_fmt.centered[bold] = bordered(bold);
            format_set_align(m_fmt.centered[bold], LXW_ALIGN_CENTER);
            m_fmt.amount[bold] = bordered(bold);
            format_set_num_format(m_fmt.amount[bold], "#,##0.00");
        }
    }

    // Keeps the first failure and where it happened; later calls are then no-ops for the caller.
    void check(lxw_error e, const QString &place)
    {
        if (e != LXW_NO_ERROR && m_error == LXW_NO_ERROR) {
            m_error = e;
            m_place = place;
        }
    }
    void check(lxw_error e, const Sheet &s, int row, int col)
    {
        if (e != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            check(e, s.name + QLatin1Char('!') + cellName(row, col));
    }

    void widen(Sheet &s, int col, int width)
    {
        if (col >= 0 && col < s.widths.size() && width > s.widths.at(col))
            s.widths[col] = width;
    }

    // A text in a box that may span several columns and rows.
    void put(Sheet &s, int row, int col, int rowSpan, int colSpan, const QString &text, lxw_format *format)
    {
        const QByteArray utf8 = text.toUtf8();
        if (rowSpan > 1 || colSpan > 1) {
            // merge_range ignores what writing its text returns (a text too long for a cell
            // passes silently), so the text is written again where its result is checked.
            check(worksheet_merge_range(s.ws, lxw_row_t(row), lxw_col_t(col), lxw_row_t(row + rowSpan - 1),
                                        lxw_col_t(col + colSpan - 1), "", format),
                  s, row, col);
            if (text.isEmpty())
                return;
        }
        if (text.isEmpty())
            check(worksheet_write_blank(s.ws, lxw_row_t(row), lxw_col_t(col), format), s, row, col);
        else
            check(worksheet_write_string(s.ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), format), s, row, col);
    }

    // The operands of a computed cell, in order, where the workbook holds them: the template's
    // formula (fixed tables, column rules of code-list tables) or, for the 合计, 类 and 款 rows
    // of code-list tables, the child rows (`aggregate`), taken from the layout directly since
    // there are thousands of them. References to cells this workbook does not hold are left
    // out: Juesuan counts them as blank.
    QList<Ref> operands(int si, int layoutRow, int col, const CellKey &key, bool *aggregate) const
    {
        const Sheet &s = m_sheets[size_t(si)];
        const TableTemplate &t = *s.table;
        QList<Ref> out;
        *aggregate = false;
        Formula f;
        if (!t.isCodeList()) {
            f = t.formulas().value(key);
        } else {
            const auto rule = t.columnFormulas().constFind(key.col);
            if (rule == t.columnFormulas().cend()) {
                *aggregate = true;
                for (int child : s.children.at(layoutRow))
                    out.append({si, s.bodyTop + child, col, 1});
                return out;
            }
            f = rule->boundToRow(key.row);
        }
        for (const Formula::Term &term : f.terms()) {
            const int ti = m_sheetOf.value(term.cell.table, -1);
            int r = 0, c = 0;
            if (ti >= 0 && m_sheets[size_t(ti)].layout->find(term.cell, &r, &c))
                out.append({ti, m_sheets[size_t(ti)].bodyTop + r, c, term.sign});
        }
        return out;
    }

    QString reference(int from, const Span &span) const
    {
        QString r = cellName(span.row0, span.col0);
        if (!span.single())
            r += QLatin1Char(':') + cellName(span.row1, span.col1);
        if (span.sheet != from)
            r = QLatin1Char('\'') + m_sheets[size_t(span.sheet)].name + QStringLiteral("'!") + r;
        return r;
    }

    // name(args), nested in SUM(…) when there are more arguments than Excel takes in one call.
    static QString call(const QString &name, const QStringList &args)
    {
        constexpr int maxArgs = 255;
        if (args.size() <= maxArgs)
            return name + QLatin1Char('(') + args.join(QLatin1Char(',')) + QLatin1Char(')');
        QStringList parts;
        for (int i = 0; i < args.size(); i += maxArgs)
            parts.append(call(name, args.mid(i, maxArgs)));
        return call(QStringLiteral("SUM"), parts);
    }

    // The Excel text of a formula over `operands` for a cell of sheet `from`, runs of
    // neighbouring cells as ranges. One reference is a plain copy (='公开03表'!C7); anything more is SUM(…), and a signed formula is
    // SUM(plus terms)-SUM(minus terms): SUM skips text, so a blank computed operand (whose
    // formula yields "") never turns a total into #VALUE!. When Juesuan shows the cell blank
    // (none of its operands is entered) the formula says so too — IF(COUNT(…),…,"") — so it
    // prints nothing, as in the report, until an operand is typed.
    QString expression(int from, const QList<Ref> &operands, bool aggregate, bool blank) const
    {
        QList<Span> spans;
        for (const Ref &ref : operands) {
            const int si = ref.sheet, r = ref.row, c = ref.col;
            if (!spans.isEmpty()) {
                Span &last = spans.last();
                if (last.sheet == si && last.sign == ref.sign) {
                    if (last.col0 == c && last.col1 == c && r == last.row1 + 1) {
                        last.row1 = r;
                        continue;
                    }
                    if (last.row0 == r && last.row1 == r && c == last.col1 + 1) {
                        last.col1 = c;
                        continue;
                    }
                }
            }
            spans.append({si, r, c, r, c, ref.sign});
        }
        if (spans.isEmpty())
            return QString();
        QStringList refs;
        bool positive = true, ranges = false;
        for (const Span &s : std::as_const(spans)) {
            refs.append(reference(from, s));
            positive = positive && s.sign > 0;
            ranges = ranges || !s.single();
        }
        QString expr;
        if (positive) {
            expr = refs.size() == 1 && !ranges && !aggregate ? refs.first() : call(QStringLiteral("SUM"), refs);
        } else {
            QStringList plus, minus;
            for (int i = 0; i < spans.size(); ++i)
                (spans.at(i).sign > 0 ? plus : minus).append(refs.at(i));
            if (!plus.isEmpty())
                expr = call(QStringLiteral("SUM"), plus);
            expr += QLatin1Char('-') + call(QStringLiteral("SUM"), minus);
        }
        if (blank)
            expr = QStringLiteral("IF(") + call(QStringLiteral("COUNT"), refs) + QLatin1Char(',') + expr
                    + QStringLiteral(",\"\")");
        return expr;
    }

    void writeAmount(Sheet &s, int si, int layoutRow, int row, int col, const CellKey &key, bool bold)
    {
        lxw_format *format = m_fmt.amount[bold];
        const Money value = amount(key);
        widen(s, col, amountWidth(value));
        if (m_doc.isComputed(key)) {
            bool aggregate = false;
            const QList<Ref> refs = operands(si, layoutRow, col, key, &aggregate);
            const QString expr = expression(si, refs, aggregate, value.isBlank());
            if (!expr.isEmpty()) {
                const QByteArray utf8 = expr.toUtf8();
                // The cached value is what Juesuan shows: libxlsxwriter would otherwise store 0.
                check(value.isBlank()
                              ? worksheet_write_formula_str(s.ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(),
                                                            format, "")
                              : worksheet_write_formula_num(s.ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(),
                                                            format, double(value.fen()) / Money::fenPerWanyuan),
                      s, row, col);
                return;
            }
        }
        check(value.isBlank() ? worksheet_write_blank(s.ws, lxw_row_t(row), lxw_col_t(col), format)
                              : worksheet_write_number(s.ws, lxw_row_t(row), lxw_col_t(col),
                                                       double(value.fen()) / Money::fenPerWanyuan, format),
              s, row, col);
    }

    // Sets the height of a row that holds `text` wrapped over `width` column units.
    void fitRow(Sheet &s, int row, const QString &text, int width, double lineHeight)
    {
        const int lines = std::max(1, (textWidth(text) + std::max(1, width) - 1) / std::max(1, width));
        check(worksheet_set_row(s.ws, lxw_row_t(row), lines * lineHeight, nullptr), s, row, 0);
    }

    void writeSheet(int si)
    {
        Sheet &s = m_sheets[size_t(si)];
        const TableTemplate &t = *s.table;
        const ReportOutline::Block &node = *s.node;
        const SheetLayout &layout = *s.layout;
        const int columns = t.columnCount();
        const int last = columns - 1;
        const int headerTop = s.bodyTop - t.headerRowCount();
        s.widths = QList<int>(columns, 0);

        // Title, code, 部门 and 金额单位, as the published page shows them above the table
        // (the amounts are in 万元, the one unit a document has).
        put(s, 0, 0, 1, columns, node.title, m_fmt.title);
        check(worksheet_set_row(s.ws, 0, 30, nullptr), s, 0, 0);
        put(s, 1, last, 1, 1, node.code, m_fmt.code);
        const int unitColumns = columns >= 4 ? 2 : 1;
        for (int i = 0; i < node.meta.size(); ++i) {
            const ReportOutline::Block::MetaLine &line = node.meta.at(i);
            if (line.right.isEmpty()) {
                put(s, 2 + i, 0, 1, columns, line.left, m_fmt.metaLeft);
                continue;
            }
            put(s, 2 + i, 0, 1, std::max(1, columns - unitColumns), line.left, m_fmt.metaLeft);
            put(s, 2 + i, columns - unitColumns, 1, unitColumns, line.right, m_fmt.metaRight);
        }

        // The banded header, every box ruled, merges as the template spans them.
        QList<QList<bool>> covered(t.headerRowCount(), QList<bool>(columns, false));
        for (const GridCell &h : t.header()) {
            put(s, headerTop + h.row, h.col, h.rowSpan, h.colSpan, h.text, m_fmt.header);
            for (int r = h.row; r < h.row + h.rowSpan && r < covered.size(); ++r)
                for (int c = h.col; c < h.col + h.colSpan && c < columns; ++c)
                    covered[r][c] = true;
            if (h.colSpan == 1)
                widen(s, h.col, std::min(textWidth(h.text), 16)); // longer captions wrap
        }
        for (int r = 0; r < covered.size(); ++r)
            for (int c = 0; c < columns; ++c)
                if (!covered.at(r).at(c))
                    put(s, headerTop + r, c, 1, 1, QString(), m_fmt.header);

        // The body.
        for (int r = 0; r < layout.rowCount() && m_error == LXW_NO_ERROR; ++r) {
            const bool bold = layout.row(r).bold;
            const int row = s.bodyTop + r;
            for (const GridCell &g : layout.rowCells(r)) {
                const int gr = s.bodyTop + g.row;
                if (g.kind == GridCell::Kind::Amount) {
                    if (g.rowSpan > 1 || g.colSpan > 1)
                        put(s, gr, g.col, g.rowSpan, g.colSpan, QString(), m_fmt.amount[bold]);
                    writeAmount(s, si, g.row, gr, g.col, g.cell, bold);
                    continue;
                }
                const bool centred = g.kind == GridCell::Kind::Text || g.kind == GridCell::Kind::LineNo;
                const QString text = layout.text(g);
                put(s, gr, g.col, g.rowSpan, g.colSpan, text, centred ? m_fmt.centered[bold] : m_fmt.text[bold]);
                const int w = textWidth(text);
                for (int c = g.col; c < g.col + g.colSpan; ++c)
                    widen(s, c, (w + g.colSpan - 1) / g.colSpan);
            }
            for (int c = 0; c < columns; ++c)
                if (!layout.cellAt(r, c))
                    put(s, row, c, 1, 1, QString(), m_fmt.text[bold]);
        }

        // Column widths: what the texts and amounts need (bold totals take a little more), a
        // wide name column, amounts at least "9,999,999.99" wide.
        int total = 0;
        for (int c = 0; c < columns; ++c) {
            bool amount = false;
            for (int r = 0; r < layout.rowCount() && !amount; ++r) {
                const GridCell *g = layout.cellAt(r, c);
                amount = g && g->kind == GridCell::Kind::Amount;
            }
            const int width = std::clamp(s.widths.at(c) + (amount ? 3 : 2), amount ? 14 : 4, 60);
            total += width;
            check(worksheet_set_column(s.ws, lxw_col_t(c), lxw_col_t(c), width, nullptr), s, 0, c);
        }
        // Header rows tall enough for their wrapped captions.
        QHash<int, int> headerLines;
        for (const GridCell &h : t.header()) {
            if (h.rowSpan != 1)
                continue;
            int width = 0;
            for (int c = h.col; c < h.col + h.colSpan && c < columns; ++c)
                width += std::clamp(s.widths.at(c) + 2, 4, 60);
            const int lines = std::max(1, (textWidth(h.text) + width - 3) / std::max(1, width - 2));
            headerLines[h.row] = std::max(headerLines.value(h.row, 1), lines);
        }
        for (int r = 0; r < t.headerRowCount(); ++r)
            check(worksheet_set_row(s.ws, lxw_row_t(headerTop + r), 16 * headerLines.value(r, 1), nullptr), s,
                  headerTop + r, 0);

        // The notes under the table, each across the whole width, and 注明 for an empty table.
        int row = s.bodyTop + layout.rowCount();
        for (const QString &note : node.notes) {
            put(s, row, 0, 1, columns, note, m_fmt.note);
            fitRow(s, row, note, total - 2, 16);
            ++row;
        }

        // Print set-up: A4, the template's orientation, one page wide, title and header on
        // every page, frozen under the header, page numbers in the footer.
        worksheet_set_paper(s.ws, 9); // A4
        if (t.landscape())
            worksheet_set_landscape(s.ws);
        else
            worksheet_set_portrait(s.ws);
        worksheet_fit_to_pages(s.ws, 1, 0);
        worksheet_center_horizontally(s.ws);
        check(worksheet_repeat_rows(s.ws, 0, lxw_row_t(s.bodyTop - 1)), s.name);
        worksheet_freeze_panes(s.ws, lxw_row_t(s.bodyTop), 0);
        check(worksheet_set_footer(s.ws, "&C&P / &N"), s.name);
        // Codes and 行次 are text on purpose (2010350 is a name, not a quantity).
        const QByteArray all = (QStringLiteral("A1:") + cellName(std::max(row, 1) - 1, last)).toLatin1();
        check(worksheet_ignore_errors(s.ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, all.constData()), s.name);
    }

    // The amount the workbook holds for a cell: printed (舍位平衡) or exact.
    Money amount(const CellKey &key) const
    {
        return m_printed ? m_doc.printed().printedValue(key) : m_doc.value(key);
    }

    const Document &m_doc;
    Progress *m_progress;
    const bool m_printed;
    const ReportOutline m_outline;
    std::vector<Sheet> m_sheets;
    QHash<QString, int> m_sheetOf; // table id → index in m_sheets
    Formats m_fmt;
    lxw_error m_error = LXW_NO_ERROR;
    QString m_place;
};

} // namespace

bool WorkbookExport::exportXlsx(const Document &document, const QString &path, QString *error, Progress *progress,
                                Amounts amounts)
{
    const QFileInfo given(path);
    const QString shown = given.absoluteFilePath();
    // As QSaveFile does: a symbolic link stays a link, and the file it points to is replaced.
    const QFileInfo target(given.isSymLink() ? given.symLinkTarget() : shown);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = Tr::tr("%1: cannot write the workbook: %2").arg(shown, reason);
        return false;
    };
    if (target.isDir())
        return fail(Tr::tr("it is a folder"));
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        return fail(Tr::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(dir.absolutePath())));

    // libxlsxwriter writes to a file name, so the workbook goes to a new file beside the
    // target, which replaces the target only once complete (a rename within one folder is
    // atomic): a failed export leaves the old file as it was and no temporary file behind.
    QString temp;
    {
        QFile probe;
        for (int attempt = 0; attempt < 8 && temp.isEmpty(); ++attempt) {
            const QString name = QStringLiteral(".%1.%2.part")
                                         .arg(target.fileName())
                                         .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            probe.setFileName(dir.filePath(name));
            if (probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                temp = probe.fileName();
            else if (!probe.exists())
                return fail(probe.errorString());
        }
        if (temp.isEmpty())
            return fail(Tr::tr("cannot create a temporary file in %1").arg(QDir::toNativeSeparators(dir.absolutePath())));
        probe.close();
    }
    struct Remover {
        QString path;
        ~Remover()
        {
            if (!path.isEmpty())
                QFile::remove(path);
        }
    } remover{temp};

    if (target.exists() && !QFile::setPermissions(temp, target.permissions()))
        return fail(Tr::tr("cannot give the new file the permissions of the old one"));
    QString reason;
    if (!Writer(document, progress, amounts).write(QFile::encodeName(temp), &reason))
        return progress && progress->isCancelled() ? false : fail(reason); // a cancel is no error
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return fail(qt_error_string(errno));
    remover.path.clear();
    return true;
}

} // namespace Juesuan
