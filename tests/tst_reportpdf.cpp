// The printed report: the sample exported to PDF and read back with poppler-utils
// (pdftotext, pdffonts, pdfinfo, pdftoppm). Every amount of the published tables, every
// heading of the published 目录 and the figure captions must extract as the same Chinese
// text; the 目录's page numbers must be the pages the headings land on; a 05表 of 2,000 项
// rows must repeat its header band on every page.
#include "document.h"
#include "documentio.h"
#include "fonts.h"
#include "chartseries.h"
#include "reportchart.h"
#include "reportdocument.h"
#include "reportlayout.h"
#include "reportprinter.h"
#include "testsupport.h"
#include "reporttablelayout.h"
#include "richtext.h"

#include <QBuffer>
#include <QDir>
#include <QFontInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Juesuan;
using namespace TestSupport;

namespace {

const QString tablesFixture = QStringLiteral(JUESUAN_TEST_DATA "/reference-part2-tables.txt");
const QString contentsFixture = QStringLiteral(JUESUAN_TEST_DATA "/reference-contents.txt");

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return QString();
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString squeeze(QString s)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return s.remove(ws);
}

// The page (1-based) of the first line, from page `from` on, that is `text` once spaces
// are dropped; 0 when there is none.
int pageOfLine(const QStringList &pages, const QString &text, int from)
{
    const QString want = squeeze(text);
    for (int p = from; p <= pages.size(); ++p)
        for (const QString &line : pages.at(p - 1).split(QLatin1Char('\n')))
            if (squeeze(line) == want)
                return p;
    return 0;
}

int pdfPages(const QString &info)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(info).captured(1).toInt();
}

// Counts pixels darker than near-white in a binary PGM (P5, 8 bit) as pdftoppm -gray writes.
int darkPixels(const QByteArray &pgm)
{
    // Header: "P5\n<w> <h>\n255\n" then w*h bytes.
    int newlines = 0;
    qsizetype i = 0;
    while (i < pgm.size() && newlines < 3)
        if (pgm.at(i++) == '\n')
            ++newlines;
    int dark = 0;
    for (; i < pgm.size(); ++i)
        if (quint8(pgm.at(i)) < 200)
            ++dark;
    return dark;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pageCount();
    void fontsEmbedded();
    void noKangxiRadicals();
    void coverAndFooters();
    void tableAmounts();
    void contentsHeadings();
    void contentsPageNumbers();
    void figureCaptions();
    void pagesNotBlank();
    void headerRepeatsOnEveryPage();
    void noShortLastPage();
    void oneFaceForTableRows();
    void printerPath();
    void newDocument();
    void exportVerb_data();
    void exportVerb();
    void exportWarnsOnAuditErrors();
    void chartsBuiltOnce();
    void longDepartmentCover();
    void hugeIndicatorCell();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    QString m_pdf;
    int m_layoutPages = 0;
    QList<ReportLayout::ContentsEntry> m_contents;
    QStringList m_pages; // pdftotext -layout, one string per page
    QStringList m_figures;
};

void TestReportPdf::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo", "pdftoppm"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 (poppler-utils) is needed").arg(QLatin1String(tool))));
    Fonts::applyToApplication();
    QString error;
    m_doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    int pages = 0;
    QVERIFY2(ReportPrinter::exportPdf(*m_doc, m_pdf, &error, &pages), qPrintable(error));
    m_layoutPages = pages;

    // The same layout for the same device gives the same pages: read its 目录 from it.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    const ReportLayout layout(*m_doc, &writer);
    QCOMPARE(layout.pageCount(), pages);
    m_contents = layout.contents();
    m_figures = layout.report().figureCaptions();

    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_pdf, QStringLiteral("-")});
    QVERIFY(!text.isEmpty());
    m_pages = text.split(QLatin1Char('\f'));
    if (m_pages.last().trimmed().isEmpty())
        m_pages.removeLast();
}

void TestReportPdf::pageCount()
{
    const QString info = run(QStringLiteral("pdfinfo"), {m_pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(1).toInt(), m_layoutPages);
    QCOMPARE(int(m_pages.size()), m_layoutPages);
    QVERIFY(m_layoutPages > 20); // cover, 目录, parts, nine tables, nine forms
}

void TestReportPdf::fontsEmbedded()
{
    const QStringList lines = run(QStringLiteral("pdffonts"), {m_pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    bool song = false, hei = false;
    for (const QString &line : lines.mid(2)) {
        // name type encoding emb sub uni id: emb is the fourth field from the end but two.
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(f.size() >= 7, qPrintable(line));
        QCOMPARE(f.at(f.size() - 5), QStringLiteral("yes"));
        song = song || line.contains(QLatin1String("UMing"));
        hei = hei || line.contains(QLatin1String("WenQuanYi"));
    }
    QVERIFY2(song, "the Song/Ming body face is used");
    QVERIFY2(hei, "the Hei heading face is used");
}

void TestReportPdf::noKangxiRadicals()
{
    for (int p = 0; p < m_pages.size(); ++p)
        for (const QChar c : m_pages.at(p))
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                     qPrintable(QStringLiteral("page %1 extracts a radical U+%2")
                                        .arg(p + 1)
                                        .arg(c.unicode(), 4, 16, QLatin1Char('0'))));
}

void TestReportPdf::coverAndFooters()
{
    const QString cover = squeeze(m_pages.first());
    QVERIFY(cover.contains(QStringLiteral("2023年度武汉市江汉区大数据中心部门决算公开")));
    QVERIFY(cover.contains(QStringLiteral("2024年10月28日")));
    QVERIFY(!cover.contains(QStringLiteral("-1-")));
    for (int p = 2; p <= m_pages.size(); ++p)
        QVERIFY2(squeeze(m_pages.at(p - 1)).endsWith(QStringLiteral("-%1-").arg(p)),
                 qPrintable(QStringLiteral("page %1 has no page number").arg(p)));
}

// Every amount the published tables print appears on the pages of its own table.
void TestReportPdf::tableAmounts()
{
    QFile f(tablesFixture);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString fixture = QString::fromUtf8(f.readAll());
    static const QRegularExpression amount(QStringLiteral("(?<![\\d,.])\\d{1,3}(?:,\\d{3})*\\.\\d{2}(?![\\d])"));
    int checked = 0;
    for (int t = 1; t <= 9; ++t) {
        const QString code = QStringLiteral("公开%1表").arg(t, 2, 10, QLatin1Char('0'));
        const qsizetype start = fixture.indexOf(code);
        QVERIFY(start >= 0);
        const qsizetype end = fixture.indexOf(QStringLiteral("公开0"), start + code.size());
        const QString part = fixture.mid(start, end < 0 ? -1 : end - start);
        // The table's pages: from its 目录 entry to the next entry.
        int first = 0, last = 0;
        const QString entryText = RichText::chineseNumber(t, RichText::Zero::Ling) + QStringLiteral("、")
                + m_doc->reportTemplate().tables().at(t - 1).title();
        for (int i = 0; i < m_contents.size(); ++i)
            if (m_contents.at(i).text == entryText) {
                first = m_contents.at(i).page;
                last = qMax(first, m_contents.value(i + 1).page - 1);
                break;
            }
        QVERIFY2(first > 0, qPrintable(code));
        QString pages;
        for (int p = first; p <= last; ++p)
            pages += m_pages.at(p - 1);
        QVERIFY2(pages.contains(code), qPrintable(code));
        auto it = amount.globalMatch(part);
        while (it.hasNext()) {
            const QString a = it.next().captured();
            QVERIFY2(pages.contains(a), qPrintable(QStringLiteral("%1 on pages %2–%3 lacks %4").arg(code).arg(first).arg(last).arg(a)));
            ++checked;
        }
    }
    QVERIFY(checked > 150);
}

void TestReportPdf::contentsHeadings()
{
    QFile f(contentsFixture);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString contentsPage = squeeze(m_pages.at(1));
    QVERIFY(contentsPage.startsWith(QStringLiteral("目录")));
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QVERIFY2(contentsPage.contains(squeeze(line)), qPrintable(QStringLiteral("目录 lacks ") + line));
        // The body begins after the 目录; a table there carries its full title.
        const QString body = squeeze(m_pages.mid(2).join(QString()));
        const bool isTable = line.contains(QStringLiteral("、")) && line.endsWith(QStringLiteral("表"));
        const QString inBody = isTable ? QStringLiteral("2023年度") + line.section(QStringLiteral("、"), 1) : line;
        QVERIFY2(body.contains(squeeze(inBody)), qPrintable(QStringLiteral("the body lacks ") + inBody));
    }
}

// The numbers printed in the 目录 are the pages where the headings are.
void TestReportPdf::contentsPageNumbers()
{
    static const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*?)\\s*\\.{3,}\\s*(\\d+)\\s*$"));
    const int year = m_doc->metadata().year;
    int entries = 0;
    for (const QString &line : m_pages.at(1).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = entry.match(line);
        if (!m.hasMatch())
            continue;
        const QString text = m.captured(1);
        const int page = m.captured(2).toInt();
        // A table is listed as "一、收入支出决算总表" and titled "2023年度收入支出决算总表".
        int found = pageOfLine(m_pages, text, 3);
        if (!found && text.contains(QStringLiteral("、")) && text.endsWith(QStringLiteral("表")))
            found = pageOfLine(m_pages, QString::number(year) + QStringLiteral("年度") + text.section(QStringLiteral("、"), 1), 3);
        QVERIFY2(found > 0, qPrintable(QStringLiteral("no page shows “%1”").arg(text)));
        QVERIFY2(found == page, qPrintable(QStringLiteral("“%1” is listed on page %2 but is on page %3").arg(text).arg(page).arg(found)));
        ++entries;
    }
    QCOMPARE(entries, int(m_contents.size()));
    QVERIFY(entries >= 30);
}

void TestReportPdf::figureCaptions()
{
    QCOMPARE(m_figures.size(), 4);
    const QString all = squeeze(m_pages.join(QString()));
    for (int n = 1; n <= 4; ++n) {
        QVERIFY(m_figures.at(n - 1).startsWith(QStringLiteral("图%1：").arg(n)));
        QVERIFY2(all.contains(squeeze(m_figures.at(n - 1))), qPrintable(m_figures.at(n - 1)));
    }
}

void TestReportPdf::pagesNotBlank()
{
    int tablePage = 0;
    for (const ReportLayout::ContentsEntry &e : m_contents)
        if (e.text.endsWith(QStringLiteral("收入支出决算总表")) && e.level == 1) {
            tablePage = e.page;
            break;
        }
    QVERIFY(tablePage > 2);
    for (int page : {1, tablePage}) {
        const QString prefix = m_dir.filePath(QStringLiteral("page%1").arg(page));
        int code = -1;
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-gray"), QStringLiteral("-singlefile"),
             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), m_pdf, prefix},
            &code);
        QCOMPARE(code, 0);
        QFile f(prefix + QStringLiteral(".pgm"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const int dark = darkPixels(f.readAll());
        // A4 at 40 dpi is 331 × 468 pixels; text and rules darken well over a few hundred.
        QVERIFY2(dark > (page == 1 ? 300 : 3000), qPrintable(QStringLiteral("page %1: %2 dark pixels").arg(page).arg(dark)));
    }
}

// 2,000 项 rows in 05表 run over many pages; each of them starts with the banded header.
void TestReportPdf::headerRepeatsOnEveryPage()
{
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试部门"), 2023, &error);
    QVERIFY2(doc, qPrintable(error));
    QStringList codes;
    QHash<CellKey, Money> inputs;
    for (int k = 1; k <= 25; ++k)
        for (int i = 1; i <= 80; ++i) {
            const QString code = QStringLiteral("201%1%2").arg(k, 2, 10, QLatin1Char('0')).arg(i, 2, 10, QLatin1Char('0'));
            codes.append(code);
            inputs.insert(CellKey{QStringLiteral("05"), code, QStringLiteral("2")}, Money::fromFen(100 * (k * 100 + i)));
        }
    QCOMPARE(codes.size(), 2000);
    QHash<QString, QStringList> rows{{QStringLiteral("05"), codes}};
    QVERIFY2(doc->resetTables(rows, inputs, &error), qPrintable(error));

    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    int pages = 0;
    QVERIFY2(ReportPrinter::exportPdf(*doc, pdf, &error, &pages), qPrintable(error));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    const ReportLayout layout(*doc, &writer);
    QCOMPARE(layout.pageCount(), pages);
    int first = 0, last = 0;
    const QList<ReportLayout::ContentsEntry> contents = layout.contents();
    for (int i = 0; i < contents.size(); ++i)
        if (contents.at(i).text == QStringLiteral("五、一般公共预算财政拨款支出决算表")) {
            first = contents.at(i).page;
            last = contents.at(i + 1).page - 1;
        }
    QVERIFY2(last - first >= 20, qPrintable(QStringLiteral("05表 on pages %1–%2").arg(first).arg(last)));

    QStringList text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                               .split(QLatin1Char('\f'));
    QVERIFY(text.size() >= pages);
    for (int p = first; p <= last; ++p) {
        const QString page = squeeze(text.at(p - 1));
        QVERIFY2(page.contains(QStringLiteral("功能分类科目编码")) && page.contains(QStringLiteral("本年支出"))
                         && page.contains(QStringLiteral("基本支出")) && page.contains(QStringLiteral("项目支出")),
                 qPrintable(QStringLiteral("page %1 has no header band").arg(p)));
        // The title on every page, marked as continued on all but the first.
        const QString title = QStringLiteral("2023年度一般公共预算财政拨款支出决算表");
        QVERIFY2(page.contains(title), qPrintable(QStringLiteral("page %1 has no title").arg(p)));
        QVERIFY2(page.contains(title + QStringLiteral("（续表）")) == (p > first),
                 qPrintable(QStringLiteral("page %1: （续表） %2").arg(p).arg(QLatin1String(p > first ? "missing" : "on the first page"))));
    }
    // The last item and the total made it into the PDF.
    const QString all = squeeze(text.join(QString()));
    QVERIFY(all.contains(QStringLiteral("2012580")));
    qint64 total = 0;
    for (const Money &m : inputs)
        total += m.fen();
    QVERIFY(all.contains(Money::fromFen(total).toWanyuan(true, 2)));
}

namespace {
// A disclosure table of `rows` single-line body rows under a two-row banded header.
ReportOutline::Block syntheticTable(int rows, int boldEvery)
{
    ReportOutline::Block b;
    b.kind = ReportOutline::Block::Kind::Table;
    b.title = QStringLiteral("2023年度测试决算表");
    b.code = QStringLiteral("公开99表");
    b.meta = {{QStringLiteral("部门：测试部门"), QStringLiteral("金额单位：万元")}};
    b.notes = {QStringLiteral("注：本表反映部门本年度测试情况。")};
    ReportGrid &g = b.grid;
    g.columns = 3;
    g.headerRows = 2;
    g.rows = 2 + rows;
    g.cells.append({0, 0, 2, 1, QStringLiteral("科目名称"), Qt::AlignHCenter, false, true});
    g.cells.append({0, 1, 1, 2, QStringLiteral("金额"), Qt::AlignHCenter, false, true});
    g.cells.append({1, 1, 1, 1, QStringLiteral("本年"), Qt::AlignHCenter, false, true});
    g.cells.append({1, 2, 1, 1, QStringLiteral("上年"), Qt::AlignHCenter, false, true});
    for (int r = 0; r < rows; ++r) {
        const bool bold = boldEvery > 0 && r % boldEvery == 0;
        g.cells.append({2 + r, 0, 1, 1, QStringLiteral("科目%1").arg(r), Qt::AlignLeft, bold, false});
        g.cells.append({2 + r, 1, 1, 1, QStringLiteral("1,234.56"), Qt::AlignRight, bold, false});
        g.cells.append({2 + r, 2, 1, 1, QString(), Qt::AlignRight, bold, false});
    }
    return b;
}
} // namespace

// A table that would end with a page of three rows or fewer is set with tighter rows when
// that saves the page; it never goes below the readable minimum, and it keeps the normal
// padding when tightening does not help.
void TestReportPdf::noShortLastPage()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    const QSizeF area(170 * 1200 / 25.4, 255 * 1200 / 25.4);
    int tightened = 0, short_ = 0;
    for (int rows = 40; rows <= 140; ++rows) {
        const ReportOutline::Block table = syntheticTable(rows, 0);
        const ReportTableLayout layout(table, {}, &writer, area);
        QList<int> perPage = layout.rowsPerPage();
        while (!perPage.isEmpty() && perPage.last() == 0)
            perPage.removeLast(); // a page of notes only
        int sum = 0;
        for (int n : perPage)
            sum += n;
        QCOMPARE(sum, rows);
        QVERIFY(layout.rowPaddingPoints() >= 0.4 - 1e-6);
        if (layout.rowPaddingPoints() < 1.2 - 1e-6) {
            ++tightened;
            // Tightened only when it saved a page, and then no short last page is left.
            QVERIFY2(perPage.size() == 1 || perPage.last() > 3,
                     qPrintable(QStringLiteral("%1 rows: tightened but still %2 on the last page").arg(rows).arg(perPage.last())));
        } else if (perPage.size() > 1 && perPage.last() <= 3) {
            ++short_; // tightening could not save the page: allowed, and counted
        }
    }
    QVERIFY2(tightened > 0, "some row count leaves a short last page that tightening avoids");
    QVERIFY(short_ < tightened);
}

// Every body row of a table is set in the one serif face, 类/合计 rows in its bold; the
// page model says which face, and the PDF embeds no face besides the known three.
void TestReportPdf::oneFaceForTableRows()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    const ReportOutline::Block table = syntheticTable(30, 3);
    const ReportTableLayout layout(table, {}, &writer, QSizeF(8000, 12000));
    QCOMPARE(layout.bodyFamily(), QFontInfo(Fonts::body(9)).family());
    QVERIFY(layout.bodyFamily().contains(QLatin1String("UMing")));

    const QStringList lines = run(QStringLiteral("pdffonts"), {m_pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(2))
        QVERIFY2(line.contains(QLatin1String("UMing")) || line.contains(QLatin1String("WenQuanYi"))
                         || line.contains(QLatin1String("DejaVuSans")),
                 qPrintable(line));
}

// Print and print preview paint through a QPrinter: the same pages, landscape ones turned
// onto portrait paper, and the page range honoured.
void TestReportPdf::printerPath()
{
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QString error;
        QVERIFY2(ReportPrinter::print(*m_doc, &printer, &error), qPrintable(error));
    }
    const QString info = run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                         QString::number(m_layoutPages), path});
    QCOMPARE(pdfPages(info), m_layoutPages);
    // Every sheet of paper is portrait A4.
    static const QRegularExpression size(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+)"));
    auto it = size.globalMatch(info);
    int sheets = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QVERIFY(m.captured(1).toDouble() < m.captured(2).toDouble());
        ++sheets;
    }
    QCOMPARE(sheets, m_layoutPages);
    // The rotated tables still extract: 公开02表 is landscape.
    const QString text = squeeze(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    QVERIFY(text.contains(QStringLiteral("公开02表")));
    QVERIFY(text.contains(QStringLiteral("2,305.65")));

    const QString range = m_dir.filePath(QStringLiteral("range.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(range);
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(5, 6);
        QVERIFY(ReportPrinter::print(*m_doc, &printer));
    }
    QCOMPARE(pdfPages(run(QStringLiteral("pdfinfo"), {range})), 2);
    QVERIFY(squeeze(run(QStringLiteral("pdftotext"), {range, QStringLiteral("-")})).contains(QStringLiteral("-5-")));
}

// A report just begun — no texts, no forms, no 公开日期 — still prints whole.
void TestReportPdf::newDocument()
{
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("新部门"), 2024, &error);
    QVERIFY2(doc, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("new.pdf"));
    int pages = 0;
    QVERIFY2(ReportPrinter::exportPdf(*doc, path, &error, &pages), qPrintable(error));
    QVERIFY(pages >= 13); // cover, 目录, part 1, nine tables, parts 3–6
    const QString text = squeeze(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    QVERIFY(text.contains(QStringLiteral("2024年度新部门")));
    QVERIFY(text.contains(QStringLiteral("第六部分附件")));
    QVERIFY(text.contains(QStringLiteral("注明：本单位无政府性基金预算财政拨款收支。")));
}

void TestReportPdf::exportVerb_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrHas");
    const QString out = QDir::tempPath() + QStringLiteral("/tst_reportpdf-verb");
    QTest::newRow("pdf") << QStringList{samplePath(), QStringLiteral("-o"), out + QStringLiteral(".pdf")} << 0 << QString();
    QTest::newRow("html") << QStringList{samplePath(), QStringLiteral("-o"), out + QStringLiteral(".html")} << 0 << QString();
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/x.juesuan"), QStringLiteral("-o"), out + QStringLiteral(".pdf")}
                                  << 2 << QStringLiteral("/nonexistent/x.juesuan");
    QTest::newRow("unknown format") << QStringList{samplePath(), QStringLiteral("-o"), out + QStringLiteral(".docx")} << 2
                                    << QStringLiteral("docx");
    QTest::newRow("no output") << QStringList{samplePath()} << 2 << QStringLiteral("usage");
}

void TestReportPdf::exportVerb()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrHas);
    QProcess p;
    p.start(QStringLiteral(JUESUAN_BINARY), QStringList{QStringLiteral("export")} + args);
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    if (!stderrHas.isEmpty())
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
    if (exitCode == 0) {
        const QString out = args.at(2);
        QVERIFY(QFile(out).size() > 1000);
        QFile::remove(out);
    }
}

// Headless export has no one to ask: a report the audit finds errors in is exported, with a
// warning on stderr.
void TestReportPdf::exportWarnsOnAuditErrors()
{
    QFile f(samplePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QJsonObject t05 = tables.value(QStringLiteral("05")).toObject();
    QJsonObject cells = t05.value(QStringLiteral("cells")).toObject();
    const QString key = QStringLiteral("2010350@2");
    QVERIFY(cells.contains(key));
    cells.insert(key, cells.value(key).toDouble() + 100000000); // 100 万元 more than 03表 and 04表 say
    t05.insert(QStringLiteral("cells"), cells);
    tables.insert(QStringLiteral("05"), t05);
    root.insert(QStringLiteral("tables"), tables);
    const QString broken = m_dir.filePath(QStringLiteral("broken.juesuan"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();

    QProcess p;
    const QString pdf = m_dir.filePath(QStringLiteral("broken.pdf"));
    p.start(QStringLiteral(JUESUAN_BINARY), {QStringLiteral("export"), broken, QStringLiteral("-o"), pdf});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(err.contains(broken) && err.contains(QStringLiteral("warning")), qPrintable(err));
    QVERIFY(QFile(pdf).size() > 1000);
}

void TestReportPdf::hugeIndicatorCell()
{
    // One self-evaluation indicator of 5 MB (5,000,000 characters): the report is laid out
    // and written, the cell continuing over thousands of pages with its row's header, and
    // its last words reach the last page. No timing here: bench_report measures it.
    QString error;
    auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    QList<EvaluationForm> forms = doc->evaluations();
    QVERIFY(!forms.isEmpty() && !forms.first().indicators.isEmpty());
    const QString words = QStringLiteral("完成全区政务数据共享交换平台运维，");
    QString text = QStringLiteral("首句标记");
    text.reserve(5'000'000);
    while (text.size() < 5'000'000 - 4)
        text += words;
    text.truncate(5'000'000 - 4);
    text += QStringLiteral("末句标记");
    forms.first().indicators.first().level3 = text;
    doc->setEvaluations(forms, QStringLiteral("test"));

    const QString path = m_dir.filePath(QStringLiteral("huge-cell.pdf"));
    int pages = 0;
    QVERIFY2(ReportPrinter::exportPdf(*doc, path, &error, &pages), qPrintable(error));
    QVERIFY2(pages > 5000, qPrintable(QString::number(pages))); // ~330 characters a page
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages))), qPrintable(info));
    const auto pageText = [&](int page) {
        return squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                         QString::number(page), path, QStringLiteral("-")}));
    };
    bool first = false;
    for (int p = 1; p <= 60 && !first; ++p)
        first = pageText(p).contains(QStringLiteral("首句标记"));
    QVERIFY(first);
    bool last = false;
    for (int p = pages; p > pages - 60 && !last; --p)
        last = pageText(p).contains(QStringLiteral("末句标记"));
    QVERIFY(last);
}

QTEST_MAIN(TestReportPdf)
// 图1–4 are built by QtCharts once per report: a PDF export builds four charts, and painting
// every page of a laid-out report again (a preview repainted) builds none.
void TestReportPdf::chartsBuiltOnce()
{
    QString error;
    const int before = ReportChart::buildCount();
    QVERIFY2(ReportPrinter::exportPdf(*m_doc, m_dir.filePath(QStringLiteral("once.pdf")), &error), qPrintable(error));
    QCOMPARE(ReportChart::buildCount() - before, ChartSeries::figureCount);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(ReportLayout::pageLayout(false));
    const ReportLayout layout(*m_doc, &writer);
    const int laidOut = ReportChart::buildCount();
    QCOMPARE(laidOut, before + ChartSeries::figureCount); // laying out draws nothing
    QPainter painter(&writer);
    for (int pass = 0; pass < 3; ++pass)
        for (int page = 0; page < layout.pageCount(); ++page) {
            if (pass + page > 0) {
                writer.setPageLayout(ReportLayout::pageLayout(layout.isLandscape(page)));
                writer.newPage();
            }
            layout.paintPage(&painter, page);
        }
    painter.end();
    QCOMPARE(ReportChart::buildCount() - laidOut, ChartSeries::figureCount);
}

// A department name of 500 characters wraps within the cover's width and the cover stays
// one page: the title is set smaller until it fits, every character of it still text. The
// table pages' headings and 部门 lines wrap within the page as well.
void TestReportPdf::longDepartmentCover()
{
    QString error;
    auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    QString name;
    while (name.size() < 500)
        name += QStringLiteral("武汉市江汉区数据资源管理与政务服务中心");
    name.truncate(500);
    Metadata m = doc->metadata();
    m.department = name;
    doc->setMetadata(m);
    QCOMPARE(doc->metadata().department.size(), 500);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    const ReportLayout layout(*doc, &writer);
    QCOMPARE(layout.report().sections().first().text->pageCount(), 1);
    QVERIFY(!layout.isNumbered(0));
    QVERIFY(layout.isNumbered(1)); // the 目录 starts on page 2

    const QString path = m_dir.filePath(QStringLiteral("long-name.pdf"));
    QVERIFY2(ReportPrinter::exportPdf(*doc, path, &error), qPrintable(error));
    const QString cover = squeeze(run(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                       path, QStringLiteral("-")}));
    QVERIFY2(cover.contains(QStringLiteral("2023年度") + name + QStringLiteral("部门决算公开")), qPrintable(cover));
    QVERIFY(cover.contains(QStringLiteral("2024年10月28日")));
    const QString second = squeeze(run(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"),
                                        path, QStringLiteral("-")}));
    QVERIFY2(second.startsWith(QStringLiteral("目录")), qPrintable(second.left(200)));
    // The tables' pages wrap the name too: the part's heading and each table's 部门 line are
    // read whole, not cut off at the page's edge.
    const QString all = squeeze(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    QVERIFY(all.contains(QStringLiteral("第二部分") + name + QStringLiteral("2023年度部门决算表")));
    QVERIFY(all.count(QStringLiteral("部门：") + name) >= 9);
}

#include "tst_reportpdf.moc"
