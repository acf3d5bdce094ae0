// The report outline and its renderers: every heading, paragraph, table title line, note,
// figure caption and 目录 entry of the outline must be found in the PDF's text (pdftotext)
// and in the HTML's text, and neither may show the light markup ("**") that the outline has
// turned into bold runs. Every disclosure table of the outline is a sheet of the XLSX
// export, in the outline's order, with the node's title lines, every row label and notes.
#include "document.h"
#include "documentio.h"
#include "fonts.h"
#include "htmlexporter.h"
#include "reportoutline.h"
#include "reportprinter.h"
#include "reporttemplate.h"
#include "richtext.h"
#include "testsupport.h"
#include "workbookexport.h"
#include "workbookreader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Juesuan;
using namespace TestSupport;

namespace {


const QString boldWords = QStringLiteral("项目支出较上年减少");

QString squeeze(QString s)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return s.remove(ws);
}

// The PDF's text in reading order, without the page-number footers ("- 5 -") that would
// interrupt a paragraph running over a page break, and without spaces. Every line is read
// as drawn: a paragraph found whole across a page break shows that the page before's last
// line is not drawn again, out of sight, at the top of the next (QTextLayout::draw did so).
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(120000))
        return QString();
    static const QRegularExpression footer(QStringLiteral("^\\s*-\\s*\\d+\\s*-\\s*$"));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty() && !footer.match(line).hasMatch())
            lines.append(line);
    return squeeze(lines.join(QString()));
}

// The HTML's text as a reader sees it (markup gone, entities decoded), figures left out.
QString htmlText(const QString &html, QString *error)
{
    QXmlStreamReader xml(html);
    QString out;
    int skip = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (xml.name() == QLatin1String("svg") || xml.name() == QLatin1String("style")))
            ++skip;
        else if (xml.isEndElement() && (xml.name() == QLatin1String("svg") || xml.name() == QLatin1String("style")))
            --skip;
        else if (xml.isCharacters() && skip == 0)
            out += xml.text();
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return squeeze(out);
}

} // namespace

class TestReportOutline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shape();
    void boldRuns();
    void everythingInPdf();
    void everythingInHtml();
    void noMarkupShown();
    void everyTableInXlsx();

private:
    // Every text of the outline a reader must find, with where it comes from.
    QList<QPair<QString, QString>> expected() const;
    void findAll(const QString &text, const char *where) const;

    std::unique_ptr<Document> m_doc;
    ReportOutline m_outline;
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_html;
};

void TestReportOutline::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed");
    Fonts::applyToApplication();
    QString error;
    m_doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_doc, qPrintable(error));
    // Bold in a generated explanation (part 3 quotes the reason) and in a text part (part 1).
    const QString reason = m_doc->text(QStringLiteral("reason.total"));
    QVERIFY(reason.contains(boldWords));
    m_doc->setText(QStringLiteral("reason.total"),
                   QString(reason).replace(boldWords, QStringLiteral("**") + boldWords + QStringLiteral("**")));
    m_doc->setText(QStringLiteral("organization"), m_doc->text(QStringLiteral("organization"))
                           + QStringLiteral("\n本单位**无下属单位**，无其他事项。"));
    m_outline = ReportOutline::build(*m_doc);

    m_pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(ReportPrinter::exportPdf(*m_doc, m_pdf, &error), qPrintable(error));
    m_html = HtmlExporter::toHtml(*m_doc);
}

void TestReportOutline::shape()
{
    int parts = 0, sheets = 0, forms = 0, paragraphs = 0, figures = 0, lastPart = 0;
    for (const ReportOutline::Block &b : m_outline.blocks) {
        QVERIFY(b.part >= lastPart); // in the published order
        lastPart = b.part;
        using Kind = ReportOutline::Block::Kind;
        if (b.kind == Kind::Heading && b.level == 0) {
            ++parts;
            QCOMPARE(b.number, QStringLiteral("第%1部分 ").arg(RichText::chineseNumber(parts, RichText::Zero::Ling)));
            QVERIFY(b.breakBefore != ReportOutline::Block::Break::None);
        }
        if (b.kind == Kind::Paragraph)
            ++paragraphs;
        if (b.kind == Kind::Figure)
            ++figures;
        if (b.kind == Kind::Table && b.tableKind == ReportOutline::Block::TableKind::Sheet) {
            ++sheets;
            QVERIFY(b.grid.rows > b.grid.headerRows);
            QCOMPARE(b.contentsEntry.section(QStringLiteral("、"), 0, 0),
                     RichText::chineseNumber(sheets, RichText::Zero::Ling));
            QVERIFY(b.title.startsWith(QStringLiteral("2023年度")));
        }
        if (b.kind == Kind::Table && b.tableKind == ReportOutline::Block::TableKind::Form) {
            ++forms;
            QCOMPARE(b.meta.size(), 2);
            QVERIFY(b.meta.first().left.startsWith(QStringLiteral("单位名称（盖章）：")));
        }
    }
    QCOMPARE(lastPart, 6);
    QCOMPARE(parts, 6);
    QCOMPARE(sheets, 9);
    QCOMPARE(forms, int(m_doc->evaluations().size()));
    QCOMPARE(figures, 4);
    QVERIFY(paragraphs > 30);
    QVERIFY(m_outline.contents().size() >= 30);
    QCOMPARE(m_outline.cover.title.join(QString()), QStringLiteral("2023年度武汉市江汉区大数据中心部门决算公开"));
}

void TestReportOutline::boldRuns()
{
    int bold = 0;
    for (const ReportOutline::Block &b : m_outline.blocks)
        for (const RichText::Run &r : b.runs) {
            QVERIFY2(!r.text.contains(QStringLiteral("**")), qPrintable(r.text));
            if (r.bold && (r.text == boldWords || r.text == QStringLiteral("无下属单位")))
                ++bold;
        }
    QVERIFY(bold >= 2); // part 1 and part 3 (the reason may be quoted more than once)
}

QList<QPair<QString, QString>> TestReportOutline::expected() const
{
    QList<QPair<QString, QString>> out;
    for (const QString &line : m_outline.cover.title)
        out.append({line, QStringLiteral("cover")});
    out.append({m_outline.cover.date, QStringLiteral("cover")});
    for (const ReportOutline::ContentsEntry &e : m_outline.contents())
        out.append({e.text, QStringLiteral("目录")});
    for (int i = 0; i < m_outline.blocks.size(); ++i) {
        const ReportOutline::Block &b = m_outline.blocks.at(i);
        const QString where = QStringLiteral("block %1 (part %2)").arg(i).arg(b.part);
        switch (b.kind) {
        case ReportOutline::Block::Kind::Heading:
            out.append({b.headingText(), where});
            break;
        case ReportOutline::Block::Kind::Paragraph:
            out.append({b.plainText(), where});
            break;
        case ReportOutline::Block::Kind::Table:
            out.append({b.title, where});
            out.append({b.code, where});
            for (const ReportOutline::Block::MetaLine &m : b.meta) {
                out.append({m.left, where});
                out.append({m.right, where});
            }
            for (const QString &note : b.notes)
                out.append({note, where});
            break;
        case ReportOutline::Block::Kind::Figure:
            out.append({b.caption, where});
            break;
        }
    }
    return out;
}

void TestReportOutline::everythingInPdf()
{
    const QString text = pdfText(m_pdf);
    QVERIFY(text.size() > 10000);
    int checked = 0;
    for (const auto &[want, where] : expected()) {
        if (want.isEmpty())
            continue;
        QVERIFY2(text.contains(squeeze(want)), qPrintable(QStringLiteral("the PDF lacks %1: %2").arg(where, want)));
        ++checked;
    }
    QVERIFY(checked > 200);
}

void TestReportOutline::everythingInHtml()
{
    QString error;
    const QString text = htmlText(m_html, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int checked = 0;
    for (const auto &[want, where] : expected()) {
        if (want.isEmpty())
            continue;
        QVERIFY2(text.contains(squeeze(want)), qPrintable(QStringLiteral("the HTML lacks %1: %2").arg(where, want)));
        ++checked;
    }
    QVERIFY(checked > 200);
}

// The two disagreements the outline ended: the HTML printed part 3's "**" and wrote its own
// seal label. Both outputs now show bold words as bold and the forms' labels from one place.
void TestReportOutline::noMarkupShown()
{
    QVERIFY(!pdfText(m_pdf).contains(QStringLiteral("**")));
    QString error;
    QVERIFY(!htmlText(m_html, &error).contains(QStringLiteral("**")));
    QVERIFY(m_html.contains(QStringLiteral("<b>") + boldWords + QStringLiteral("</b>")));
    QVERIFY(m_html.contains(QStringLiteral("<b>无下属单位</b>")));
}

// The XLSX export renders the outline's table nodes: a sheet per node, in order, named by its
// code, with its title, code, meta lines, header captions, every row label of the grid (codes,
// names, 行次) and its notes. The workbook may hold more rows than the report prints (an
// added 项 row left empty stays editable there), so the rows are looked for, in order.
void TestReportOutline::everyTableInXlsx()
{
    QString error;
    // An empty table prints its 注明: the workbook must say it too.
    std::unique_ptr<Document> doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    QString empty; // the sample leaves 07 and 08 empty
    for (const TableTemplate &t : doc->reportTemplate().tables())
        if (empty.isEmpty() && t.isCodeList() && doc->itemRows(t.id()).isEmpty() && !t.emptyNote().isEmpty())
            empty = t.id();
    QVERIFY(!empty.isEmpty());
    const ReportOutline outline = ReportOutline::build(*doc);
    const QString path = m_dir.filePath(QStringLiteral("tables.xlsx"));
    QVERIFY2(WorkbookExport::exportXlsx(*doc, path, &error), qPrintable(error));
    Workbook book;
    QVERIFY2(WorkbookReader::read(path, &book, &error), qPrintable(error));

    // Every text of a sheet, row by row, spaces squeezed out.
    const auto rowsOf = [](const WorkbookSheet &sheet) {
        QStringList rows;
        for (int r = 0; r < sheet.rowCount; ++r) {
            QString line;
            for (int c = 0; c < sheet.columnCount; ++c)
                line += sheet.text(r, c) + QLatin1Char('\t');
            rows.append(line);
        }
        return rows;
    };
    const auto hasCell = [](const QString &row, const QString &text) {
        return row.startsWith(text + QLatin1Char('\t')) || row.contains(QLatin1Char('\t') + text + QLatin1Char('\t'));
    };
    int sheet = 0, labels = 0;
    bool emptyNoteSeen = false;
    for (const ReportOutline::Block &b : outline.blocks) {
        if (b.kind != ReportOutline::Block::Kind::Table || b.tableKind != ReportOutline::Block::TableKind::Sheet)
            continue;
        QVERIFY2(sheet < book.sheets.size(), qPrintable(b.code));
        const WorkbookSheet &s = book.sheets.at(sheet++);
        QCOMPARE(s.name, b.code);
        const QStringList rows = rowsOf(s);
        const QString all = rows.join(QLatin1Char('\n'));
        QVERIFY2(hasCell(rows.value(0), b.title), qPrintable(b.code + QStringLiteral(": title ") + b.title));
        QVERIFY2(hasCell(rows.value(1), b.code), qPrintable(b.code));
        for (const ReportOutline::Block::MetaLine &m : b.meta) {
            QVERIFY2(all.contains(m.left), qPrintable(b.code + QStringLiteral(": ") + m.left));
            QVERIFY2(all.contains(m.right), qPrintable(b.code + QStringLiteral(": ") + m.right));
        }
        // The grid's rows, header and body, each found in a later row of the sheet than the last.
        int at = 2;
        for (int r = 0; r < b.grid.rows; ++r) {
            QStringList texts;
            for (const ReportGrid::Cell &c : b.grid.cells)
                if (c.row == r && !c.text.isEmpty() && (c.header || c.align != Qt::AlignRight))
                    texts.append(c.text);
            if (texts.isEmpty())
                continue;
            const auto rowHasAll = [&](const QString &row) {
                for (const QString &t : std::as_const(texts))
                    if (!hasCell(row, t))
                        return false;
                return true;
            };
            while (at < rows.size() && !rowHasAll(rows.at(at)))
                ++at;
            QVERIFY2(at < rows.size(), qPrintable(QStringLiteral("%1: grid row %2 (%3) not in the sheet, in order")
                                                           .arg(b.code).arg(r).arg(texts.join(QLatin1Char('|')))));
            labels += int(texts.size());
            ++at;
        }
        for (const QString &note : b.notes) {
            while (at < rows.size() && !hasCell(rows.at(at), note))
                ++at;
            QVERIFY2(at < rows.size(), qPrintable(b.code + QStringLiteral(": note ") + note));
            emptyNoteSeen = emptyNoteSeen || (b.tableId == empty && note == doc->reportTemplate().table(empty)->emptyNote());
        }
    }
    QCOMPARE(sheet, 9);
    QCOMPARE(book.sheets.size(), sheet);
    QVERIFY(labels > 300);
    QVERIFY(emptyNoteSeen);
}

QTEST_MAIN(TestReportOutline)
#include "tst_reportoutline.moc"
