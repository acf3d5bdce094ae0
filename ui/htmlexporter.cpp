#include "htmlexporter.h"

#include "chartseries.h"
#include "document.h"
#include "evaluationforms.h"
#include "filewriter.h"
#include "reportdocument.h"
#include "narrative.h"
#include "progress.h"
#include "reportchart.h"
#include "reportgrid.h"
#include "richtext.h"

#include <QCoreApplication>
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

QString year(const Document &d)
{
    return QString::number(d.metadata().year) + QStringLiteral("年度");
}

class Writer
{
public:
    explicit Writer(const Document &d, Progress *progress = nullptr) : m_doc(d), m_progress(progress) { }

    // The steps run() reports, one per part; exportHtml adds one for the write.
    static constexpr int steps = 6;

    struct Entry {
        QString text;
        QString anchor;
        int level;
    };

    QString run()
    {
        const Metadata &m = m_doc.metadata();
        QString body;
        // One step per part; a cancel stops before the next part and yields nothing.
        QString (Writer::*const parts[])() = {&Writer::part1, &Writer::part2, &Writer::part3,
                                              &Writer::part4, &Writer::part5, &Writer::part6};
        int done = 0;
        for (auto part : parts) {
            body += (this->*part)();
            if (!Progress::report(m_progress, ++done, steps + 1))
                return QString();
        }

        QString out;
        out += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n"
                              "<meta charset=\"utf-8\"/>\n"
                              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out += QStringLiteral("<meta name=\"generator\" content=\"Juesuan\"/>\n");
        out += QStringLiteral("<title>") + esc(year(m_doc) + m.department + QStringLiteral("部门决算公开"))
                + QStringLiteral("</title>\n<style>") + QString::fromUtf8(css) + QStringLiteral("</style>\n</head>\n<body>\n");
        out += QStringLiteral("<header class=\"cover\">\n<p class=\"title\">") + esc(year(m_doc) + m.department)
                + QStringLiteral("<br/>部门决算公开</p>\n");
        if (m.publishDate.isValid())
            out += QStringLiteral("<p class=\"date\">%1年%2月%3日</p>\n")
                           .arg(m.publishDate.year())
                           .arg(m.publishDate.month())
                           .arg(m.publishDate.day());
        out += QStringLiteral("</header>\n");
        out += contents();
        out += QStringLiteral("<main>\n") + body + QStringLiteral("</main>\n</body>\n</html>\n");
        return out;
    }

private:
    QString contents() const
    {
        QString out = QStringLiteral("<nav class=\"toc\">\n<h2 class=\"part\">目  录</h2>\n<ol>\n");
        bool open = false;
        for (const Entry &e : m_entries) {
            const QString link = QStringLiteral("<a href=\"#") + e.anchor + QStringLiteral("\">") + esc(e.text)
                    + QStringLiteral("</a>");
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

    QString heading(const QString &text, int level, const QString &tag = QString())
    {
        const QString anchor = QStringLiteral("h") + QString::number(m_entries.size() + 1);
        m_entries.append({text, anchor, level});
        const QString t = tag.isEmpty() ? (level == 0 ? QStringLiteral("h2") : QStringLiteral("h3")) : tag;
        return QStringLiteral("<") + t + QStringLiteral(" id=\"") + anchor + QLatin1Char('"')
                + (level == 0 ? QStringLiteral(" class=\"part\"") : QString()) + QLatin1Char('>') + esc(text)
                + QStringLiteral("</") + t + QStringLiteral(">\n");
    }

    static QString prose(const QString &text)
    {
        QString out;
        for (const QString &p : RichText::paragraphs(text)) {
            if (RichText::isHeading(p))
                out += QStringLiteral("<h4>") + esc(RichText::plainText(p)) + QStringLiteral("</h4>\n");
            else
                out += QStringLiteral("<p class=\"text\">") + RichText::toHtml(p) + QStringLiteral("</p>\n"); // escaped
        }
        return out;
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

    QString part1()
    {
        const QString dept = m_doc.metadata().department;
        QString out = QStringLiteral("<section id=\"part1\">\n");
        out += heading(QStringLiteral("第一部分 ") + dept + QStringLiteral("概况"), 0);
        out += heading(QStringLiteral("一、部门主要职责"), 1);
        out += prose(m_doc.text(QStringLiteral("duties")));
        out += heading(QStringLiteral("二、机构设置情况"), 1);
        out += prose(m_doc.text(QStringLiteral("organization")));
        return out + QStringLiteral("</section>\n");
    }

    QString part2()
    {
        const Metadata &m = m_doc.metadata();
        QString out = QStringLiteral("<section id=\"part2\">\n");
        out += heading(QStringLiteral("第二部分 ") + m.department + year(m_doc) + QStringLiteral("部门决算表"), 0);
        int n = 0;
        for (const TableTemplate &t : m_doc.reportTemplate().tables()) {
            ++n;
            const QString anchor = QStringLiteral("h") + QString::number(m_entries.size() + 1);
            m_entries.append({ReportDocument::chineseNumber(n) + QStringLiteral("、") + t.title(), anchor, 1});
            out += QStringLiteral("<div class=\"sheet\" id=\"table-") + esc(t.id()) + QStringLiteral("\">\n");
            out += QStringLiteral("<h3 class=\"table-title\" id=\"") + anchor + QStringLiteral("\">")
                    + esc(year(m_doc) + t.title()) + QStringLiteral("</h3>\n");
            out += QStringLiteral("<p class=\"code\">") + esc(t.code()) + QStringLiteral("</p>\n");
            out += QStringLiteral("<p class=\"meta\"><span>部门：") + esc(m.department)
                    + QStringLiteral("</span><span>金额单位：") + esc(m.amountUnit) + QStringLiteral("</span></p>\n");
            out += grid(ReportGrid::sheet(m_doc, t));
            for (const QString &note : m_doc.printed().notes(t))
                out += QStringLiteral("<p class=\"note\">") + esc(note) + QStringLiteral("</p>\n");
            if (t.isCodeList() && m_doc.itemRows(t.id()).isEmpty() && !t.emptyNote().isEmpty())
                out += QStringLiteral("<p class=\"note\">") + esc(t.emptyNote()) + QStringLiteral("</p>\n");
            out += QStringLiteral("</div>\n");
        }
        return out + QStringLiteral("</section>\n");
    }

    QString part3()
    {
        QString out = QStringLiteral("<section id=\"part3\">\n");
        out += heading(Narrative::title(m_doc), 0);
        for (const NarrativeSection &s : Narrative::generate(m_doc)) {
            if (s.level <= 1)
                out += heading(s.heading, 1);
            else
                out += QStringLiteral("<h4>") + esc(s.heading) + QStringLiteral("</h4>\n");
            for (const QString &p : s.paragraphs)
                out += QStringLiteral("<p class=\"text\">") + esc(p) + QStringLiteral("</p>\n");
            if (s.figure > 0)
                out += figure(s.figure);
        }
        return out + QStringLiteral("</section>\n");
    }

    // The figure as inline SVG: its text stays text, and it scales with the page.
    QString figure(int n) const
    {
        QString svg = QString::fromUtf8(ReportChart::toSvg(m_doc, n, QSize(640, 360)));
        const qsizetype start = svg.indexOf(QStringLiteral("<svg"));
        svg = start < 0 ? QString() : svg.mid(start).trimmed();
        return QStringLiteral("<figure id=\"figure-%1\">\n").arg(n) + svg + QStringLiteral("\n<figcaption>")
                + esc(ChartSeries::titleOf(n)) + QStringLiteral("</figcaption>\n</figure>\n");
    }

    QString part4()
    {
        QString out = QStringLiteral("<section id=\"part4\">\n");
        out += heading(QStringLiteral("第四部分 ") + QString::number(m_doc.metadata().year)
                               + QStringLiteral("年度重点工作完成情况"),
                       0);
        out += prose(m_doc.text(QStringLiteral("keyWork")));
        if (!m_doc.keyWork().isEmpty())
            out += grid(ReportGrid::keyWork(m_doc));
        return out + QStringLiteral("</section>\n");
    }

    QString part5()
    {
        QString out = QStringLiteral("<section id=\"part5\">\n");
        out += heading(QStringLiteral("第五部分 名词解释"), 0);
        out += prose(m_doc.text(QStringLiteral("glossary")));
        if (!m_doc.metadata().contactPhone.isEmpty())
            out += QStringLiteral("<p class=\"text\">本单位咨询电话: ") + esc(m_doc.metadata().contactPhone)
                    + QStringLiteral("</p>\n");
        return out + QStringLiteral("</section>\n");
    }

    QString part6()
    {
        const Metadata &m = m_doc.metadata();
        QString out = QStringLiteral("<section id=\"part6\">\n");
        out += heading(QStringLiteral("第六部分 附件"), 0);
        bool overallDone = false, projectsDone = false;
        int item = 0;
        for (const EvaluationForm &f : m_doc.evaluations()) {
            const bool overall = f.kind == EvaluationForm::Kind::Overall;
            if (overall ? !overallDone : !projectsDone) {
                ++item;
                out += heading(ReportDocument::chineseNumber(item) + QStringLiteral("、") + year(m_doc) + m.department
                                       + (overall ? QStringLiteral("整体绩效自评表") : QStringLiteral("项目绩效自评表")),
                               1);
                (overall ? overallDone : projectsDone) = true;
            }
            out += QStringLiteral("<div class=\"sheet\">\n<h4 class=\"table-title\" style=\"text-align:center\">")
                    + esc(EvaluationForms::title(f.kind, m_doc.metadata().year))
                    + QStringLiteral("</h4>\n");
            out += QStringLiteral("<p class=\"note\">单位名称（盖章）：") + esc(overall ? f.name : f.department)
                    + QStringLiteral("</p>\n<p class=\"note\">填报日期：</p>\n");
            out += grid(ReportGrid::form(EvaluationForms::asPrinted(m_doc, f))); // table figures as printed
            out += QStringLiteral("</div>\n");
        }
        return out + QStringLiteral("</section>\n");
    }

    const Document &m_doc;
    Progress *m_progress;
    QList<Entry> m_entries;
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
