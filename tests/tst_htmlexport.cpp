// The HTML export: one well-formed file with the same parts and grids as the printed report,
// every user text escaped, and real <thead> bands.
#include "document.h"
#include "documentio.h"
#include "fonts.h"
#include "htmlexporter.h"
#include "disklimit.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Juesuan;
using namespace TestSupport;

namespace {
const QString tablesFixture = QStringLiteral(JUESUAN_TEST_DATA "/reference-part2-tables.txt");
const QString script = QStringLiteral("<script>alert(1)</script>");
} // namespace

class TestHtmlExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wellFormed();
    void userTextEscaped_data();
    void userTextEscaped();
    void everyTable();
    void bandedHeaders();
    void amounts();
    void figuresInline();
    void writesFile();
    void fullDeviceIsAFailure();
    void fullDiskKeepsThePreviousFile();

private:
    std::unique_ptr<Document> m_doc;
    QString m_html;
};

void TestHtmlExport::initTestCase()
{
    Fonts::applyToApplication();
    QString error;
    m_doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_doc, qPrintable(error));
    // User texts that would be markup if written raw.
    m_doc->setText(QStringLiteral("duties"), script + QStringLiteral("\n1、职责 & <b>加粗</b>"));
    Metadata m = m_doc->metadata();
    m.department = QStringLiteral("武汉市<江汉区>大数据中心 & \"测试\"");
    m.contactPhone = QStringLiteral("027-1 <img src=x onerror=alert(2)>");
    m_doc->setMetadata(m);
    QList<KeyWorkItem> work = m_doc->keyWork();
    work.append({QStringLiteral("<i>事项</i>"), script, QStringLiteral("a < b")});
    m_doc->setKeyWork(work, QStringLiteral("test"));
    QList<EvaluationForm> forms = m_doc->evaluations();
    QVERIFY(forms.size() > 1);
    forms[1].name = QStringLiteral("项目</td></tr></table>");
    forms[1].deviation = script;
    if (!forms[1].indicators.isEmpty())
        forms[1].indicators[0].level3 = QStringLiteral("<u>指标</u>");
    m_doc->setEvaluations(forms, QStringLiteral("test"));
    m_html = HtmlExporter::toHtml(*m_doc);
    QVERIFY(m_html.size() > 10000);
}

void TestHtmlExport::wellFormed()
{
    QXmlStreamReader xml(m_html);
    int elements = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            ++elements;
    }
    QVERIFY2(!xml.hasError(), qPrintable(QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())));
    QVERIFY(elements > 1000);
    QVERIFY(m_html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(m_html.contains(QStringLiteral("<meta charset=\"utf-8\"/>")));
    QVERIFY(m_html.contains(QStringLiteral("<style>")));
    // Self-contained: nothing loaded from elsewhere.
    QVERIFY(!m_html.contains(QStringLiteral("<link")));
    QVERIFY(!m_html.contains(QStringLiteral("src=\"http")));
}

void TestHtmlExport::userTextEscaped_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("duties") << script << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("duties bold") << QStringLiteral("<b>加粗</b>") << QStringLiteral("&lt;b&gt;加粗&lt;/b&gt;");
    QTest::newRow("department") << QStringLiteral("武汉市<江汉区>大数据中心")
                                << QStringLiteral("武汉市&lt;江汉区&gt;大数据中心 &amp; &quot;测试&quot;");
    QTest::newRow("phone") << QStringLiteral("<img src=x") << QStringLiteral("&lt;img src=x onerror=alert(2)&gt;");
    QTest::newRow("key work") << QStringLiteral("<i>事项</i>") << QStringLiteral("&lt;i&gt;事项&lt;/i&gt;");
    QTest::newRow("form name") << QStringLiteral("项目</td>") << QStringLiteral("项目&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;");
    QTest::newRow("indicator") << QStringLiteral("<u>指标</u>") << QStringLiteral("&lt;u&gt;指标&lt;/u&gt;");
}

void TestHtmlExport::userTextEscaped()
{
    QFETCH(QString, raw);
    QFETCH(QString, escaped);
    QVERIFY2(!m_html.contains(raw), qPrintable(raw));
    QVERIFY2(m_html.contains(escaped), qPrintable(escaped));
    QVERIFY(!m_html.contains(QStringLiteral("<script")));
}

void TestHtmlExport::everyTable()
{
    const int forms = int(m_doc->evaluations().size());
    QCOMPARE(int(m_html.count(QStringLiteral("<table class=\"grid\">"))), 9 + 1 + forms);
    for (const TableTemplate &t : m_doc->reportTemplate().tables()) {
        QVERIFY2(m_html.contains(QStringLiteral("id=\"table-%1\"").arg(t.id())), qPrintable(t.id()));
        QVERIFY(m_html.contains(t.code().toHtmlEscaped()));
        QVERIFY(m_html.contains(QStringLiteral("2023年度") + t.title().toHtmlEscaped()));
        // The notes as printed: the sample balances, so without the 尾数误差 sentence.
        for (const QString &note : m_doc->printed().notes(t))
            QVERIFY2(m_html.contains(note.toHtmlEscaped()), qPrintable(note));
    }
    QVERIFY(m_html.contains(QStringLiteral("注明：本单位无政府性基金预算财政拨款收支。")));
    QVERIFY(!m_html.contains(QStringLiteral("尾数误差")));
    for (const QString &part : {QStringLiteral("第一部分"), QStringLiteral("第二部分"), QStringLiteral("第三部分"),
                                QStringLiteral("第四部分"), QStringLiteral("第五部分"), QStringLiteral("第六部分")})
        QVERIFY(m_html.count(part) >= 2); // in the 目录 and as the part's heading
    QVERIFY(m_html.contains(QStringLiteral("2023年度项目支出绩效自评表")));
    QVERIFY(m_html.contains(QStringLiteral("\u2611")));
}

void TestHtmlExport::bandedHeaders()
{
    // Each disclosure table has a <thead> band of its template's header rows, with spans.
    QCOMPARE(int(m_html.count(QStringLiteral("<thead>"))), 9 + 1);
    for (const TableTemplate &t : m_doc->reportTemplate().tables()) {
        const qsizetype at = m_html.indexOf(QStringLiteral("id=\"table-%1\"").arg(t.id()));
        const qsizetype head = m_html.indexOf(QStringLiteral("<thead>"), at);
        const qsizetype body = m_html.indexOf(QStringLiteral("</thead>"), head);
        QVERIFY(head > at && body > head);
        const QString band = m_html.mid(head, body - head);
        QCOMPARE(int(band.count(QStringLiteral("<tr"))), t.headerRowCount());
        QVERIFY2(band.contains(QStringLiteral("colspan=")) || band.contains(QStringLiteral("rowspan=")), qPrintable(t.id()));
        for (const GridCell &g : t.header())
            QVERIFY2(band.contains(QLatin1Char('>') + g.text.toHtmlEscaped() + QStringLiteral("</th>")),
                     qPrintable(t.id() + QLatin1Char(' ') + g.text));
    }
}

void TestHtmlExport::amounts()
{
    QFile f(tablesFixture);
    QVERIFY(f.open(QIODevice::ReadOnly));
    static const QRegularExpression amount(QStringLiteral("(?<![\\d,.])\\d{1,3}(?:,\\d{3})*\\.\\d{2}(?![\\d])"));
    auto it = amount.globalMatch(QString::fromUtf8(f.readAll()));
    int n = 0;
    while (it.hasNext()) {
        const QString a = it.next().captured();
        QVERIFY2(m_html.contains(QLatin1Char('>') + a + QLatin1Char('<')), qPrintable(a));
        ++n;
    }
    QVERIFY(n > 150);
}

void TestHtmlExport::figuresInline()
{
    QCOMPARE(int(m_html.count(QStringLiteral("<svg"))), 4);
    for (int n = 1; n <= 4; ++n)
        QVERIFY(m_html.contains(QStringLiteral("<figcaption>图%1：").arg(n)));
    QVERIFY(!m_html.contains(QStringLiteral("<?xml")));
}

void TestHtmlExport::writesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QString error;
    QVERIFY2(HtmlExporter::exportHtml(*m_doc, path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // QtCharts may place pie labels a little differently from one rendering to the next, so
    // compare everything but the figures.
    static const QRegularExpression svg(QStringLiteral("<svg.*?</svg>"), QRegularExpression::DotMatchesEverythingOption);
    QString written = QString::fromUtf8(f.readAll());
    QString expected = m_html;
    QCOMPARE(written.remove(svg), expected.remove(svg));
    QVERIFY(!HtmlExporter::exportHtml(*m_doc, dir.filePath(QStringLiteral("missing/dir/x.html")), &error));
    QVERIFY(error.contains(QStringLiteral("missing/dir/x.html")));
}

// A device that takes `capacity` bytes, then refuses (the call that crosses it writes short).
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        const qint64 n = qMin(m_capacity - written, len);
        if (n <= 0)
            return -1;
        written += n;
        return n;
    }

private:
    qint64 m_capacity;
};

void TestHtmlExport::fullDeviceIsAFailure()
{
    // The writer ignored QIODevice::write's result, so a full disk looked like success.
    const qint64 size = m_html.toUtf8().size();
    FullDevice full(98304); // what the 100 KiB tmpfs took of the 260,035 bytes
    QVERIFY(!HtmlExporter::writeHtml(*m_doc, &full));
    FullDevice roomy(size);
    QVERIFY(HtmlExporter::writeHtml(*m_doc, &roomy));
    QCOMPARE(roomy.written, size);
}

void TestHtmlExport::fullDiskKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QString error;
    QVERIFY2(HtmlExporter::exportHtml(*m_doc, path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    m_doc->setText(QStringLiteral("organization"), QStringLiteral("新的机构设置"));
    {
        DiskLimit limit(96 * 1024);
        QVERIFY(limit.ok());
        QVERIFY(!HtmlExporter::exportHtml(*m_doc, path, &error));
    }
    QVERIFY2(error.contains(QStringLiteral("report.html: writing failed")), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.html")});
}

QTEST_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
