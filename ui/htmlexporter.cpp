#include "htmlexporter.h"

#include "document.h"
#include "filewriter.h"
#include "progress.h"
#include "reportchart.h"
#include "reportgrid.h"
#include "reportoutline.h"
#include "richtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QFileInfo>
#include <QSize>

namespace Juesuan {

namespace {

const char *const css = R"(
body { font-family: "SimSun", "Songti SC", "AR PL UMing CN", serif; color: #000; background: #fff;
       max-width: 60em; margin: 0 auto; padding: 1em 2em; line-height: 1.6; }
h1, h2, h3, h4, .cover .title { font-family: "SimHei", "Heiti SC", "WenQuanYi Micro Hei", sans-serif; }
.cover { text-align: center; padding: 6em 0 4em; }
.cover .title { font-size: 2em; font-weight: bold; line-height: 1.5; margin: 0; }
.cover .date { font-size: 1.2em; margin-top: 4em; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 2em; }
nav.toc a { color: #000; text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
h2.part { text-align: center; font-size: 1.4em; margin-top: 3em; }
h3 { font-size: 1.15em; }
p.text { text-indent: 2em; text-align: justify; margin: 0.3em 0; }
.sheet { margin: 2em 0; overflow-x: auto; }
.sheet h3.table-title { text-align: center; margin-bottom: 0.2em; }
.sheet .code { text-align: right; margin: 0; font-size: 0.9em; }
.sheet .meta { display: flex; justify-content: space-between; margin: 0.2em 0; font-size: 0.9em; }
table.grid { border-collapse: collapse; width: 100%; font-size: 0.85em; }
table.grid th, table.grid td { border: 1px solid #000; padding: 0.15em 0.35em; vertical-align: middle; }
table.grid th { background: #eee; font-weight: normal; text-align: center; }
table.grid td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.grid td.center { text-align: center; }
table.grid tr.bold td { font-weight: bold; }
table.grid thead { display: table-header-group; }
.note { font-size: 0.85em; margin: 0.2em 0; }
figure { margin: 1.5em 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.95em; }
@media print { .sheet, figure { page-break-inside: auto; } h2.part { page-break-before: always; } }
)";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Escaped text with its line breaks kept.
QString escLines(const QString &s)
{
    return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// The HTML of a paragraph's runs: escaped, bold runs in <b>.
QString runsHtml(const QList<RichText::Run> &runs)
{
    QString out;
    for (const RichText::Run &r : runs)
        out += r.bold ? QStringLiteral("<b>") + esc(r.text) + QStringLiteral("</b>") : esc(r.text);
    return out;
}

// Renders the report's outline; every word it writes comes from the outline.
class Writer
{
public:
    explicit Writer(const Document &d, Progress *progress = nullptr)
        : m_doc(d), m_outline(ReportOutline::build(d)), m_progress(progress)
    {
    }

    // The steps run() reports, one per part; exportHtml adds one for the write.
    static constexpr int steps = 6;

    QString run()
    {
        // Anchors of the 目录 entries, by block.
        const QList<ReportOutline::ContentsEntry> contents = m_outline.contents();
        for (int i = 0; i < contents.size(); ++i)
            m_anchors.insert(contents.at(i).block, QStringLiteral("h") + QString::number(i + 1));

        QString body;
        int part = 0;
        for (int i = 0; i < m_outline.blocks.size(); ++i) {
            const ReportOutline::Block &b = m_outline.blocks.at(i);
            if (b.part != part) {
                // One step per part; a cancel stops before the next part and yields nothing.
                if (part > 0) {
                    body += QStringLiteral("</section>\n");
                    if (!Progress::report(m_progress, part, steps + 1))
                        return QString();
                }
                part = b.part;
                body += QStringLiteral("<section id=\"part%1\">\n").arg(part);
            }
            body += block(i, b);
        }
        if (part > 0) {
            body += QStringLiteral("</section>\n");
            if (!Progress::report(m_progress, steps, steps + 1))
                return QString();
        }

        const ReportOutline::Cover &cover = m_outline.cover;
        QString out;
        out += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n"
                              "<meta charset=\"utf-8\"/>\n"
                              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out += QStringLiteral("<meta name=\"generator\" content=\"Juesuan\"/>\n");
        out += QStringLiteral("<title>") + esc(m_outline.documentTitle) + QStringLiteral("</title>\n<style>")
                + QString::fromUtf8(css) + QStringLiteral("</style>\n</head>\n<body>\n");
        QStringList title;
        for (const QString &line : cover.title)
            title.append(esc(line));
        out += QStringLiteral("<header class=\"cover\">\n<p class=\"title\">") + title.join(QStringLiteral("<br/>"))
                + QStringLiteral("</p>\n");
        if (!cover.date.isEmpty())
            out += QStringLiteral("<p class=\"date\">") + esc(cover.date) + QStringLiteral("</p>\n");
        out += QStringLiteral("</header>\n");
        out += contentsHtml(contents);
        out += QStringLiteral("<main>\n") + body + QStringLiteral("</main>\n</body>\n</html>\n");
        return out;
    }

private:
    QString contentsHtml(const QList<ReportOutline::ContentsEntry> &contents) const
    {
        QString out = QStringLiteral("<nav class=\"toc\">\n<h2 class=\"part\">目  录</h2>\n<ol>\n");
        bool open = false;
        for (const ReportOutline::ContentsEntry &e : contents) {
            const QString link = QStringLiteral("<a href=\"#") + m_anchors.value(e.block) + QStringLiteral("\">")
                    + esc(e.text) + QStringLiteral("</a>");
            if (e.level == 0) {
                if (open)
                    out += QStringLiteral("</ol></li>\n");
                out += QStringLiteral("<li>") + link + QStringLiteral("<ol>\n");
                open = true;
            } else {
                out += QStringLiteral("<li>") + link + QStringLiteral("</li>\n");
            }
        }
        if (open)
            out += QStringLiteral("</ol></li>\n");
        out += QStringLiteral("</ol>\n</nav>\n");
        return out;
    }

    // ` id="h3"` for a block the 目录 points at.
    QString idOf(int block) const
    {
        const QString anchor = m_anchors.value(block);
        return anchor.isEmpty() ? QString() : QStringLiteral(" id=\"") + anchor + QLatin1Char('"');
    }

    QString block(int index, const ReportOutline::Block &b) const
    {
        using Kind = ReportOutline::Block::Kind;
        switch (b.kind) {
        case Kind::Heading:
            if (b.level == 0)
                return QStringLiteral("<h2") + idOf(index) + QStringLiteral(" class=\"part\">") + esc(b.headingText())
                        + QStringLiteral("</h2>\n");
            if (b.level == 1)
                return QStringLiteral("<h3") + idOf(index) + QLatin1Char('>') + esc(b.headingText())
                        + QStringLiteral("</h3>\n");
            return QStringLiteral("<h4>") + esc(b.headingText()) + QStringLiteral("</h4>\n");
        case Kind::Paragraph:
            return QStringLiteral("<p class=\"text\">") + runsHtml(b.runs) + QStringLiteral("</p>\n");
        case Kind::Table:
            return table(index, b);
        case Kind::Figure:
            return figure(b);
        }
        return QString();
    }

    QString table(int index, const ReportOutline::Block &b) const
    {
        using TableKind = ReportOutline::Block::TableKind;
        if (b.tableKind == TableKind::KeyWork)
            return grid(b.grid);
        const bool sheet = b.tableKind == TableKind::Sheet;
        QString out = QStringLiteral("<div class=\"sheet\"");
        if (!b.tableId.isEmpty())
            out += QStringLiteral(" id=\"table-") + esc(b.tableId) + QLatin1Char('"');
        out += QStringLiteral(">\n");
        if (sheet)
            out += QStringLiteral("<h3 class=\"table-title\"") + idOf(index) + QLatin1Char('>') + esc(b.title)
                    + QStringLiteral("</h3>\n");
        else
            out += QStringLiteral("<h4 class=\"table-title\" style=\"text-align:center\"") + idOf(index)
                    + QLatin1Char('>') + esc(b.title) + QStringLiteral("</h4>\n");
        if (!b.code.isEmpty())
            out += QStringLiteral("<p class=\"code\">") + esc(b.code) + QStringLiteral("</p>\n");
        for (const ReportOutline::Block::MetaLine &line : b.meta) {
            if (line.right.isEmpty())
                out += QStringLiteral("<p class=\"note\">") + esc(line.left) + QStringLiteral("</p>\n");
            else
                out += QStringLiteral("<p class=\"meta\"><span>") + esc(line.left) + QStringLiteral("</span><span>")
                        + esc(line.right) + QStringLiteral("</span></p>\n");
        }
        out += grid(b.grid);
        for (const QString &note : b.notes)
            out += QStringLiteral("<p class=\"note\">") + esc(note) + QStringLiteral("</p>\n");
        return out + QStringLiteral("</div>\n");
    }

    static QString grid(const ReportGrid &g, const QString &caption = QString())
    {
        // Which cell starts at each place, and which places a span covers.
        QList<QList<int>> start(g.rows, QList<int>(g.columns, -1));
        QList<QList<bool>> covered(g.rows, QList<bool>(g.columns, false));
        for (int i = 0; i < g.cells.size(); ++i) {
            const ReportGrid::Cell &c = g.cells.at(i);
            if (c.row >= g.rows || c.col >= g.columns)
                continue;
            start[c.row][c.col] = i;
            for (int r = c.row; r < qMin(g.rows, c.row + c.rowSpan); ++r)
                for (int k = c.col; k < qMin(g.columns, c.col + c.colSpan); ++k)
                    covered[r][k] = true;
        }
        QString out = QStringLiteral("<table class=\"grid\">\n");
        if (!caption.isEmpty())
            out += QStringLiteral("<caption class=\"note\">") + esc(caption) + QStringLiteral("</caption>\n");
        if (g.widths.size() == g.columns) {
            int sum = 0;
            for (int w : g.widths)
                sum += w;
            out += QStringLiteral("<colgroup>");
            for (int w : g.widths)
                out += QStringLiteral("<col style=\"width:%1%\"/>").arg(100.0 * w / sum, 0, 'f', 1);
            out += QStringLiteral("</colgroup>\n");
        }
        for (int r = 0; r < g.rows; ++r) {
            if (r == 0 && g.headerRows > 0)
                out += QStringLiteral("<thead>\n");
            if (r == g.headerRows)
                out += QStringLiteral("<tbody>\n");
            bool bold = false;
            for (int k = 0; k < g.columns; ++k)
                if (start[r][k] >= 0 && g.cells.at(start[r][k]).bold)
                    bold = true;
            out += bold ? QStringLiteral("<tr class=\"bold\">") : QStringLiteral("<tr>");
            for (int k = 0; k < g.columns; ++k) {
                const int i = start[r][k];
                if (i < 0) {
                    if (!covered[r][k])
                        out += r < g.headerRows ? QStringLiteral("<th></th>") : QStringLiteral("<td></td>");
                    continue;
                }
                const ReportGrid::Cell &c = g.cells.at(i);
                const QString tag = c.header ? QStringLiteral("th") : QStringLiteral("td");
                out += QLatin1Char('<') + tag;
                if (c.rowSpan > 1)
                    out += QStringLiteral(" rowspan=\"%1\"").arg(c.rowSpan);
                if (c.colSpan > 1)
                    out += QStringLiteral(" colspan=\"%1\"").arg(c.colSpan);
                if (c.header && r < g.headerRows)
                    out += c.colSpan > 1 ? QStringLiteral(" scope=\"colgroup\"") : QStringLiteral(" scope=\"col\"");
                if (!c.header) {
                    if (c.align & Qt::AlignRight)
                        out += QStringLiteral(" class=\"num\"");
                    else if (c.align & Qt::AlignHCenter)
                        out += QStringLiteral(" class=\"center\"");
                }
                out += QLatin1Char('>') + escLines(c.text) + QStringLiteral("</") + tag + QLatin1Char('>');
            }
            out += QStringLiteral("</tr>\n");
            if (r == g.headerRows - 1)
                out += QStringLiteral("</thead>\n");
        }
        if (g.rows > g.headerRows)
            out += QStringLiteral("</tbody>\n");
        out += QStringLiteral("</table>\n");
        return out;
    }

    // The figure as inline SVG: its text stays text, and it scales with the page.
    QString figure(const ReportOutline::Block &b) const
    {
        QString svg = QString::fromUtf8(ReportChart::toSvg(m_doc, b.figure, QSize(640, 360)));
        const qsizetype start = svg.indexOf(QStringLiteral("<svg"));
        svg = start < 0 ? QString() : svg.mid(start).trimmed();
        return QStringLiteral("<figure id=\"figure-%1\">\n").arg(b.figure) + svg + QStringLiteral("\n<figcaption>")
                + esc(b.caption) + QStringLiteral("</figcaption>\n</figure>\n");
    }

    const Document &m_doc;
    const ReportOutline m_outline;
    Progress *m_progress;
    QHash<int, QString> m_anchors;
};

} // namespace

QString HtmlExporter::toHtml(const Document &document)
{
    return Writer(document).run();
}

bool HtmlExporter::writeHtml(const Document &document, QIODevice *device)
{
    return FileWriter::writeAll(device, toHtml(document).toUtf8());
}

bool HtmlExporter::exportHtml(const Document &document, const QString &path, QString *error, Progress *progress)
{
    const QString html = Writer(document, progress).run();
    // A cancel, during the parts or at the last step before writing, writes nothing: the
    // previous file stays as it was.
    if ((progress && progress->isCancelled()) || !Progress::report(progress, Writer::steps + 1, Writer::steps + 1))
        return false;
    return FileWriter::save(path, html.toUtf8(), error);
}

} // namespace Juesuan
