// WorkbookImporter: amounts to 分 exactly (元/万元, text cells, the float-noise rule), a
// whole report through a workbook grid and back to the same document, every planted
// difference reported at its sheet cell and nothing else, unknown 项 named, refused
// workbooks leave the document byte-identical, and the import is one undo step.
#include "document.h"
#include "documentio.h"
#include "sheetlayout.h"
#include "workbookimporter.h"
#include "workbookreader.h"
#include "workbooktestutil.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;
using namespace ImportTest;

namespace {

const QString dataDir = QStringLiteral(JUESUAN_TEST_DATA "/import/");

QJsonObject expected()
{
    QFile f(dataDir + QStringLiteral("expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read expected.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The input cells of a document as expected.json lists them: "TT!row@col" -> 分.
QJsonObject inputsOf(const Document &doc)
{
    QJsonObject out;
    const QHash<CellKey, Money> inputs = doc.inputValues();
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
        out.insert(it.key().toString(), QJsonValue(it.value().fen()));
    return out;
}

// Runs the real program; returns its exit code and fills stderr.
int runJuesuan(const QStringList &args, QString *err)
{
    QProcess p;
    p.start(QStringLiteral(JUESUAN_BINARY), args);
    if (!p.waitForFinished(120000))
        return -1;
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

std::unique_ptr<Document> sample()
{
    QString error;
    auto doc = DocumentIO::load(samplePath(), &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    return doc;
}

std::unique_ptr<Document> emptyDocument()
{
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试单位"), 2024, &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    return doc;
}

QJsonObject tablesOf(const Document &doc)
{
    return DocumentIO::toJsonObject(doc).value(QLatin1String("tables")).toObject();
}

WorkbookCell numberCell(const QString &text)
{
    WorkbookCell c;
    c.type = WorkbookCell::Type::Number;
    c.text = text;
    return c;
}

WorkbookCell textCell(const QString &text)
{
    WorkbookCell c;
    c.text = text;
    return c;
}

// The sheet cell a layout put `key` in, as the summary names it.
QString placeOf(const Workbook &wb, const QHash<CellKey, Place> &places, const CellKey &key, const QString &code)
{
    const Place p = places.value(key);
    return QStringLiteral("%1 (sheet \"%2\" %3)").arg(code, wb.sheets.at(p.sheet).name, TableLocator::cellName(p.row, p.col));
}

} // namespace

class TestWorkbookImport : public QObject
{
    Q_OBJECT
private slots:
    void toMoney_data();
    void toMoney();
    void roundTrip_data();
    void roundTrip();
    void plantedDifferences();
    void unknownItemIsNamed();
    void refusedChangesNothing_data();
    void refusedChangesNothing();
    void oneUndoStep();
    void replacesOnlyImportedTables();
    void fixtures_data();
    void fixtures();
    void unknownItemFixture();
    void refusedFiles_data();
    void refusedFiles();
    void verb_data();
    void verb();
    void verbInto();
    void verbEdition();
};

void TestWorkbookImport::toMoney_data()
{
    QTest::addColumn<WorkbookCell>("cell");
    QTest::addColumn<bool>("yuan");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<bool>("blank");

    QTest::newRow("元 with 分") << numberCell(QStringLiteral("1234567.89")) << true << true << qint64(123456789) << false;
    QTest::newRow("元 whole") << numberCell(QStringLiteral("25")) << true << true << qint64(2500) << false;
    QTest::newRow("元 trailing zeros") << numberCell(QStringLiteral("1.500")) << true << true << qint64(150) << false;
    QTest::newRow("元 negative") << numberCell(QStringLiteral("-0.05")) << true << true << qint64(-5) << false;
    QTest::newRow("元 exponent") << numberCell(QStringLiteral("1.2345678E+7")) << true << true << qint64(1234567800) << false;
    QTest::newRow("万元 6 decimals") << numberCell(QStringLiteral("3087.790001")) << false << true << qint64(3087790001) << false;
    QTest::newRow("万元 2 decimals") << numberCell(QStringLiteral("3087.79")) << false << true << qint64(3087790000) << false;
    QTest::newRow("noise up") << numberCell(QStringLiteral("313.94000000000005")) << true << true << qint64(31394) << false;
    QTest::newRow("noise down") << numberCell(QStringLiteral("313.93999999999994")) << true << true << qint64(31394) << false;
    QTest::newRow("noise 万元") << numberCell(QStringLiteral("0.30000000000000004")) << false << true << qint64(300000) << false;
    QTest::newRow("noise on a large value") << numberCell(QStringLiteral("1234567890.1200002")) << true << true
                                           << qint64(123456789012) << false;
    QTest::newRow("a fraction of a 分") << numberCell(QStringLiteral("313.945")) << true << false << qint64(0) << false;
    QTest::newRow("just outside noise") << numberCell(QStringLiteral("313.940002")) << true << false << qint64(0) << false;
    QTest::newRow("万元 7 decimals") << numberCell(QStringLiteral("1.0000005")) << false << false << qint64(0) << false;
    QTest::newRow("text grouped") << textCell(QStringLiteral("1,234.50")) << true << true << qint64(123450) << false;
    QTest::newRow("text full-width") << textCell(QStringLiteral("１２３．４")) << true << true << qint64(12340) << false;
    QTest::newRow("text parentheses") << textCell(QStringLiteral("(1.5)")) << true << true << qint64(-150) << false;
    QTest::newRow("text dash") << textCell(QStringLiteral("-")) << true << true << qint64(0) << true;
    QTest::newRow("text em dash") << textCell(QStringLiteral("—")) << true << true << qint64(0) << true;
    QTest::newRow("empty") << textCell(QString()) << true << true << qint64(0) << true;
    QTest::newRow("text noise is not noise") << textCell(QStringLiteral("313.94000000000005")) << true << false << qint64(0) << false;
    QTest::newRow("text words") << textCell(QStringLiteral("约100")) << true << false << qint64(0) << false;
    QTest::newRow("too large") << numberCell(QStringLiteral("1E+20")) << true << false << qint64(0) << false;
}

void TestWorkbookImport::toMoney()
{
    QFETCH(WorkbookCell, cell);
    QFETCH(bool, yuan);
    QFETCH(bool, ok);
    QFETCH(qint64, fen);
    QFETCH(bool, blank);
    Money m;
    QString why;
    QCOMPARE(WorkbookImporter::toMoney(cell, yuan ? Money::Unit::Yuan : Money::Unit::Wanyuan, &m, &why), ok);
    if (!ok) {
        QVERIFY(why.contains(cell.text));
        return;
    }
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(m.isBlank(), blank);
    QCOMPARE(m.fen(), fen);
}

void TestWorkbookImport::roundTrip_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<bool>("split");
    QTest::addColumn<bool>("reverse");
    QTest::addColumn<bool>("oneSheet");
    QTest::addColumn<int>("title");
    QTest::newRow("元, split codes, a sheet per table") << int(Money::Unit::Yuan) << true << false << false << int(Layout::Title::Full);
    QTest::newRow("万元, joined codes") << int(Money::Unit::Wanyuan) << false << false << false << int(Layout::Title::Plain);
    QTest::newRow("columns reversed") << int(Money::Unit::Yuan) << true << true << false << int(Layout::Title::Full);
    QTest::newRow("stacked on one sheet") << int(Money::Unit::Yuan) << true << false << true << int(Layout::Title::Plain);
    QTest::newRow("codes only, no titles") << int(Money::Unit::Yuan) << false << false << true << int(Layout::Title::CodeOnly);
    QTest::newRow("ASCII quotes") << int(Money::Unit::Wanyuan) << true << true << false << int(Layout::Title::AsciiQuotes);
}

void TestWorkbookImport::roundTrip()
{
    QFETCH(int, unit);
    QFETCH(bool, split);
    QFETCH(bool, reverse);
    QFETCH(bool, oneSheet);
    QFETCH(int, title);
    const auto original = sample();
    Layout o;
    o.unit = Money::Unit(unit);
    o.splitCodes = split;
    o.reverseAmounts = reverse;
    o.oneSheet = oneSheet;
    o.title = Layout::Title(title);
    const Workbook wb = layOut(*original, o);

    auto doc = emptyDocument();
    ImportSummary summary;
    QVERIFY2(WorkbookImporter::import(doc.get(), wb, &summary), qPrintable(summary.text()));
    QCOMPARE(summary.tables.size(), 9);
    QVERIFY2(summary.differences.isEmpty(), qPrintable(summary.text()));
    QVERIFY2(summary.skipped.isEmpty(), qPrintable(summary.text()));
    QCOMPARE(QJsonDocument(tablesOf(*doc)).toJson(), QJsonDocument(tablesOf(*original)).toJson());
    if (o.title == Layout::Title::Full) {
        QCOMPARE(summary.department, original->metadata().department);
        QCOMPARE(summary.year, original->metadata().year);
    }
    for (const ImportSummary::Table &t : summary.tables)
        QCOMPARE(t.unit, o.unit == Money::Unit::Yuan ? QStringLiteral("元") : QStringLiteral("万元"));
}

void TestWorkbookImport::plantedDifferences()
{
    const auto original = sample();
    QHash<CellKey, Place> places;
    Layout o;
    Workbook wb = layOut(*original, o, &places);
    // A wrong 类 total in 05 (the 类 row is not the sum of its 款) and a wrong row total in
    // 03 (column 1 is not 2 + … + 6).
    const CellKey classTotal{QStringLiteral("05"), QStringLiteral("201"), QStringLiteral("1")};
    const CellKey rowTotal{QStringLiteral("03"), QStringLiteral("2080505"), QStringLiteral("1")};
    const qint64 classFen = original->value(classTotal).fen();
    const qint64 rowFen = original->value(rowTotal).fen();
    for (const auto &[key, delta] : {std::pair{classTotal, qint64(500000)}, std::pair{rowTotal, qint64(-1)}}) {
        const Place p = places.value(key);
        WorkbookCell &cell = wb.sheets[p.sheet].cells[qMakePair(p.row, p.col)];
        cell.text = amountText(Money::fromFen(original->value(key).fen() + delta), Money::Unit::Yuan);
    }
    auto doc = emptyDocument();
    ImportSummary summary;
    QVERIFY2(WorkbookImporter::import(doc.get(), wb, &summary), qPrintable(summary.error));
    QCOMPARE(QJsonDocument(tablesOf(*doc)).toJson(), QJsonDocument(tablesOf(*original)).toJson());
    QCOMPARE(summary.differences.size(), 2);
    const ImportDifference &a = summary.differences.at(0).key == classTotal ? summary.differences.at(0)
                                                                            : summary.differences.at(1);
    const ImportDifference &b = summary.differences.at(0).key == classTotal ? summary.differences.at(1)
                                                                            : summary.differences.at(0);
    QCOMPARE(a.key, classTotal);
    QCOMPARE(a.place, placeOf(wb, places, classTotal, QStringLiteral("公开05表")));
    QCOMPARE(a.workbook.fen(), classFen + 500000);
    QCOMPARE(a.computed.fen(), classFen);
    QCOMPARE(a.message, a.place + QStringLiteral(" 类201 1栏: workbook %1, computed %2")
                                          .arg(Money::fromFen(classFen + 500000).toYuan(), Money::fromFen(classFen).toYuan()));
    QCOMPARE(b.key, rowTotal);
    QCOMPARE(b.place, placeOf(wb, places, rowTotal, QStringLiteral("公开03表")));
    QCOMPARE(b.workbook.fen(), rowFen - 1);
    QVERIFY(b.message.contains(QStringLiteral(" 项2080505 1栏: ")));
    QVERIFY(summary.text().contains(a.message));
}

void TestWorkbookImport::unknownItemIsNamed()
{
    const auto original = sample();
    QHash<CellKey, Place> places;
    Layout o;
    o.tables = QStringList{QStringLiteral("05")};
    Workbook wb = layOut(*original, o, &places);
    // Row 2010399 becomes 2010398, a 项 the catalogue does not have (its 款 20103 it has).
    const Place p = places.value(CellKey{QStringLiteral("05"), QStringLiteral("2010399"), QStringLiteral("2")});
    WorkbookSheet &s = wb.sheets[p.sheet];
    QCOMPARE(s.text(p.row, 2), QStringLiteral("99"));
    s.cells[qMakePair(p.row, 2)].text = QStringLiteral("98");
    s.cells[qMakePair(p.row, 3)].text = QStringLiteral("数据资源专项事务");
    QVERIFY(!original->reportTemplate().catalogue().contains(SubjectCatalogue::Scheme::Functional, QStringLiteral("2010398")));

    auto doc = emptyDocument();
    ImportSummary summary;
    QVERIFY2(WorkbookImporter::import(doc.get(), wb, &summary), qPrintable(summary.error));
    QVERIFY(doc->itemRows(QStringLiteral("05")).contains(QStringLiteral("2010398")));
    QCOMPARE(doc->rowName(QStringLiteral("05"), QStringLiteral("2010398")), QStringLiteral("数据资源专项事务"));
    QCOMPARE(doc->itemName(QStringLiteral("2010398")), QStringLiteral("数据资源专项事务"));
    QVERIFY(summary.text().contains(QStringLiteral("数据资源专项事务")));
    QVERIFY2(summary.differences.isEmpty(), qPrintable(summary.text()));
    // The editor, the table verb and the exports name rows through SheetLayout.
    const SheetLayout layout(*doc, QStringLiteral("05"));
    bool shown = false;
    for (int r = 0; r < layout.rowCount(); ++r)
        for (const GridCell &g : layout.rowCells(r))
            shown = shown || (g.kind == GridCell::Kind::Name && layout.text(g) == QStringLiteral("数据资源专项事务"));
    QVERIFY(shown);
    // The name is saved and read back.
    const QByteArray json = DocumentIO::toJson(*doc);
    QVERIFY(json.contains("\"itemNames\""));
    QString error;
    const auto reread = DocumentIO::fromJson(json, QStringLiteral("reread"), &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->rowName(QStringLiteral("05"), QStringLiteral("2010398")), QStringLiteral("数据资源专项事务"));
    QCOMPARE(DocumentIO::toJson(*reread), json);
}

void TestWorkbookImport::refusedChangesNothing_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("expected"); // in the error
    QTest::newRow("no sheets") << QStringLiteral("nosheets") << QStringLiteral("no sheets");
    QTest::newRow("foreign workbook") << QStringLiteral("foreign") << QStringLiteral("no table of the 2023 edition");
    QTest::newRow("fraction of a 分") << QStringLiteral("fraction") << QStringLiteral("finer than one 分");
    QTest::newRow("unknown 类") << QStringLiteral("class") << QStringLiteral("类 299");
    QTest::newRow("unknown 项 without name") << QStringLiteral("noname") << QStringLiteral("gives it no name");
}

void TestWorkbookImport::refusedChangesNothing()
{
    QFETCH(QString, variant);
    QFETCH(QString, expected);
    const auto original = sample();
    QHash<CellKey, Place> places;
    Workbook wb = layOut(*original, Layout(), &places);
    QString where;
    const auto cellAt = [&](const CellKey &k, int dc) -> WorkbookCell & {
        const Place p = places.value(k);
        where = QStringLiteral("sheet \"%1\" %2").arg(wb.sheets.at(p.sheet).name, TableLocator::cellName(p.row, p.col + dc));
        return wb.sheets[p.sheet].cells[qMakePair(p.row, p.col + dc)];
    };
    const CellKey item{QStringLiteral("05"), QStringLiteral("2010399"), QStringLiteral("2")};
    if (variant == QLatin1String("nosheets")) {
        wb.sheets.clear();
    } else if (variant == QLatin1String("foreign")) {
        wb.sheets.clear();
        WorkbookSheet s;
        s.name = QStringLiteral("工资表");
        put(&s, 0, 0, QStringLiteral("姓名"));
        put(&s, 0, 1, QStringLiteral("工资"));
        put(&s, 1, 0, QStringLiteral("张三"));
        put(&s, 1, 1, QStringLiteral("5000"), true);
        wb.sheets.append(s);
    } else if (variant == QLatin1String("fraction")) {
        WorkbookCell &c = cellAt(item, 0);
        c.text = QStringLiteral("313.945");
    } else if (variant == QLatin1String("class")) {
        // The 类 row "201" of 05 becomes "299", which the catalogue does not have.
        const Place p = places.value(CellKey{QStringLiteral("05"), QStringLiteral("201"), QStringLiteral("1")});
        wb.sheets[p.sheet].cells[qMakePair(p.row, 0)].text = QStringLiteral("299");
    } else if (variant == QLatin1String("noname")) {
        const Place p = places.value(item);
        wb.sheets[p.sheet].cells[qMakePair(p.row, 2)].text = QStringLiteral("98");
        wb.sheets[p.sheet].cells.remove(qMakePair(p.row, 3));
    }
    auto doc = sample();
    const QByteArray before = DocumentIO::toJson(*doc);
    const int steps = doc->undoStack()->count();
    ImportSummary summary;
    QVERIFY(!WorkbookImporter::import(doc.get(), wb, &summary));
    QVERIFY2(summary.error.contains(expected), qPrintable(summary.error));
    if (variant == QLatin1String("fraction"))
        QVERIFY2(summary.error.contains(QStringLiteral("公开05表 (") + where + QLatin1Char(')')), qPrintable(summary.error));
    QVERIFY(!summary.imported);
    QVERIFY(summary.text().contains(summary.error));
    QCOMPARE(DocumentIO::toJson(*doc), before);
    QCOMPARE(doc->undoStack()->count(), steps);
    QVERIFY(!doc->isModified());
}

void TestWorkbookImport::oneUndoStep()
{
    const auto original = sample();
    Layout o;
    o.unit = Money::Unit::Wanyuan;
    const Workbook wb = layOut(*original, o);
    auto doc = emptyDocument();
    const QByteArray before = DocumentIO::toJson(*doc);
    ImportSummary summary;
    QVERIFY(WorkbookImporter::import(doc.get(), wb, &summary));
    const QByteArray after = DocumentIO::toJson(*doc);
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(doc->isModified());
    doc->undoStack()->undo();
    QCOMPARE(DocumentIO::toJson(*doc), before);
    QVERIFY(!doc->isModified());
    doc->undoStack()->redo();
    QCOMPARE(DocumentIO::toJson(*doc), after);
    QCOMPARE(doc->value(CellKey{QStringLiteral("01"), QStringLiteral("31"), QStringLiteral("1")}),
             original->value(CellKey{QStringLiteral("01"), QStringLiteral("31"), QStringLiteral("1")}));
}

void TestWorkbookImport::replacesOnlyImportedTables()
{
    // Importing 05 alone into the sample replaces 05's rows and inputs, keeps the rest, and
    // says so in the summary.
    const auto original = sample();
    auto other = emptyDocument();
    QVERIFY(other->addItemRow(QStringLiteral("05"), QStringLiteral("2010101")));
    QVERIFY(other->setCell(CellKey{QStringLiteral("05"), QStringLiteral("2010101"), QStringLiteral("2")},
                           Money::fromFen(1234567)));
    Layout o;
    o.tables = QStringList{QStringLiteral("05")};
    const Workbook wb = layOut(*other, o);
    auto doc = sample();
    ImportSummary summary;
    QVERIFY2(WorkbookImporter::import(doc.get(), wb, &summary), qPrintable(summary.error));
    QCOMPARE(doc->itemRows(QStringLiteral("05")), QStringList{QStringLiteral("2010101")});
    QCOMPARE(doc->value(CellKey{QStringLiteral("05"), QStringLiteral("total"), QStringLiteral("1")}).fen(), 1234567);
    QCOMPARE(doc->itemRows(QStringLiteral("03")), original->itemRows(QStringLiteral("03")));
    QCOMPARE(tablesOf(*doc).value(QLatin1String("02")), tablesOf(*original).value(QLatin1String("02")));
    QVERIFY2(summary.text().contains(QStringLiteral("公开05表: replaces the document's")), qPrintable(summary.text()));
}

void TestWorkbookImport::fixtures_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"published.xlsx", "published.xls", "published-gb18030.csv", "reordered.xlsx"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestWorkbookImport::fixtures()
{
    // The hand-made department of make-fixtures.py: every input arrives exactly, the two
    // planted totals are reported at their sheet cells, and nothing else is.
    QFETCH(QString, file);
    Workbook wb;
    QString error;
    QVERIFY2(WorkbookReader::read(dataDir + file, &wb, &error), qPrintable(error));
    auto doc = emptyDocument();
    ImportSummary summary;
    QVERIFY2(WorkbookImporter::import(doc.get(), wb, &summary), qPrintable(summary.text()));
    const QJsonObject want = expected();
    QCOMPARE(summary.tables.size(), 9);
    QCOMPARE(summary.department, want.value(QLatin1String("department")).toString());
    QCOMPARE(summary.year, want.value(QLatin1String("year")).toInt());
    QCOMPARE(QJsonDocument(inputsOf(*doc)).toJson(), QJsonDocument(want.value(QLatin1String("inputs")).toObject()).toJson());
    QStringList places;
    for (const ImportDifference &d : summary.differences)
        places.append(d.place);
    places.sort();
    QStringList wantPlaces;
    for (const QJsonValue &v : want.value(QLatin1String("differences")).toObject().value(file).toArray())
        wantPlaces.append(v.toString());
    wantPlaces.sort();
    QCOMPARE(places, wantPlaces);
    for (const ImportDifference &d : summary.differences) {
        if (d.key.table == QLatin1String("05")) {
            QCOMPARE(d.key, (CellKey{QStringLiteral("05"), QStringLiteral("212"), QStringLiteral("1")}));
            QCOMPARE(d.workbook.fen() - d.computed.fen(), 500000);
            QVERIFY2(d.message.contains(QStringLiteral(" 类212 1栏: workbook ")), qPrintable(d.message));
        } else {
            QCOMPARE(d.key, (CellKey{QStringLiteral("03"), QStringLiteral("2080505"), QStringLiteral("1")}));
            QCOMPARE(d.workbook.fen() - d.computed.fen(), -1);
        }
    }
    for (const ImportSummary::Table &t : summary.tables) {
        QCOMPARE(t.unit, QStringLiteral("元"));
        QVERIFY(t.unitFound);
    }
}

void TestWorkbookImport::unknownItemFixture()
{
    Workbook wb;
    QString error;
    QVERIFY2(WorkbookReader::read(dataDir + QStringLiteral("unknown-item.xlsx"), &wb, &error), qPrintable(error));
    auto doc = emptyDocument();
    ImportSummary summary;
    QVERIFY2(WorkbookImporter::import(doc.get(), wb, &summary), qPrintable(summary.text()));
    QVERIFY2(summary.differences.isEmpty(), qPrintable(summary.text()));
    for (const char *t : {"02", "03", "07"})
        QVERIFY(doc->itemRows(QString::fromLatin1(t)).contains(QStringLiteral("2120803")));
    QCOMPARE(doc->rowName(QStringLiteral("07"), QStringLiteral("2120803")), QStringLiteral("城市建设支出"));
    // 2120803 has since joined the bundled catalogue (unverified), with the workbook's very
    // name: nothing is left for the document to name.
    QCOMPARE(doc->itemNames().size(), 0);
}

void TestWorkbookImport::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("foreign") << QStringLiteral("foreign.xlsx") << QStringLiteral("foreign.xlsx: no table of the 2023 edition found (sheet \"工资表\": no table");
}

void TestWorkbookImport::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    Workbook wb;
    QString error;
    QVERIFY2(WorkbookReader::read(dataDir + file, &wb, &error), qPrintable(error));
    auto doc = sample();
    const QByteArray before = DocumentIO::toJson(*doc);
    ImportSummary summary;
    QVERIFY(!WorkbookImporter::import(doc.get(), wb, &summary));
    QVERIFY2(summary.error.startsWith(expected), qPrintable(summary.error));
    QCOMPARE(DocumentIO::toJson(*doc), before);
}

void TestWorkbookImport::verb_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on stderr
    QTest::newRow("differences: 1") << QStringLiteral("published.xlsx") << 1
                                    << QStringLiteral("公开05表 (sheet \"Sheet5\" E15) 类212 1栏: workbook ");
    QTest::newRow("clean: 0") << QStringLiteral("unknown-item.xlsx") << 0
                              << QStringLiteral("Every total in the workbook equals what Juesuan computes.");
    QTest::newRow("foreign: 2") << QStringLiteral("foreign.xlsx") << 2 << QStringLiteral("Nothing imported: foreign.xlsx: no table");
    QTest::newRow("damaged: 2") << QStringLiteral("damaged.xlsx") << 2 << QStringLiteral("damaged.xlsx");
    QTest::newRow("missing: 2") << QStringLiteral("no-such.xlsx") << 2 << QStringLiteral("no-such.xlsx");
}

void TestWorkbookImport::verb()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.juesuan"));
    QString err;
    QCOMPARE(runJuesuan({QStringLiteral("import"), dataDir + file, QStringLiteral("-o"), out}, &err), exitCode);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(QFile::exists(out), exitCode < 2);
    if (exitCode == 2)
        return;
    QString error;
    const auto doc = DocumentIO::load(out, &error);
    QVERIFY2(doc, qPrintable(error));
    const QJsonObject want = expected();
    QCOMPARE(doc->metadata().department, want.value(QLatin1String("department")).toString());
    QCOMPARE(doc->metadata().year, want.value(QLatin1String("year")).toInt());
    if (file == QLatin1String("published.xlsx"))
        QCOMPARE(inputsOf(*doc), want.value(QLatin1String("inputs")).toObject());
}

void TestWorkbookImport::verbInto()
{
    // --into: the sample's other parts stay, the imported tables are replaced; the input
    // file itself is not written.
    QTemporaryDir dir;
    const QString into = dir.filePath(QStringLiteral("into.juesuan"));
    QVERIFY(QFile::copy(samplePath(), into));
    const QByteArray before = [&] { QFile f(into); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    const QString out = dir.filePath(QStringLiteral("out.juesuan"));
    QString err;
    QCOMPARE(runJuesuan({QStringLiteral("import"), dataDir + QStringLiteral("unknown-item.xlsx"), QStringLiteral("-o"), out,
                         QStringLiteral("--into"), into}, &err), 0);
    QVERIFY2(err.contains(QStringLiteral("replaces the document's")), qPrintable(err));
    QFile f(into);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QString error;
    const auto doc = DocumentIO::load(out, &error);
    QVERIFY2(doc, qPrintable(error));
    const auto original = sample();
    QCOMPARE(doc->metadata(), original->metadata());
    QCOMPARE(doc->texts(), original->texts());
    QVERIFY(doc->itemRows(QStringLiteral("07")).contains(QStringLiteral("2120803")));
    // usage errors
    QCOMPARE(runJuesuan({QStringLiteral("import"), dataDir + QStringLiteral("published.xlsx")}, &err), 2);
    QVERIFY(err.contains(QStringLiteral("usage: juesuan import")));
}

void TestWorkbookImport::verbEdition()
{
    // The fixtures are a 2024 report: a new document is made in the 2024 edition (not the
    // oldest, not the newest), --edition overrides, an unknown edition or --edition with
    // --into is refused before anything is written.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.juesuan"));
    const auto editionOf = [&out]() {
        QString error;
        const auto doc = DocumentIO::load(out, &error);
        return doc ? doc->reportTemplate().edition() : error;
    };
    QString err;
    QCOMPARE(runJuesuan({QStringLiteral("import"), dataDir + QStringLiteral("unknown-item.xlsx"), QStringLiteral("-o"), out}, &err), 0);
    QCOMPARE(editionOf(), QStringLiteral("2024"));
    QVERIFY2(err.contains(QStringLiteral("made in the 2024 edition")), qPrintable(err));
    QVERIFY(QFile::remove(out));
    QCOMPARE(runJuesuan({QStringLiteral("import"), dataDir + QStringLiteral("published-gb18030.csv"), QStringLiteral("-o"), out,
                         QStringLiteral("--edition"), QStringLiteral("2025")}, &err), 1);
    QCOMPARE(editionOf(), QStringLiteral("2025"));
    QVERIFY(QFile::remove(out));
    QCOMPARE(runJuesuan({QStringLiteral("import"), dataDir + QStringLiteral("unknown-item.xlsx"), QStringLiteral("-o"), out,
                         QStringLiteral("--edition"), QStringLiteral("1999")}, &err), 2);
    QVERIFY2(err.contains(QStringLiteral("no template edition “1999”")), qPrintable(err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(runJuesuan({QStringLiteral("import"), dataDir + QStringLiteral("unknown-item.xlsx"), QStringLiteral("-o"), out,
                         QStringLiteral("--edition"), QStringLiteral("2024"), QStringLiteral("--into"), samplePath()}, &err), 2);
    QVERIFY(err.contains(QStringLiteral("usage: juesuan import")));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestWorkbookImport)
#include "tst_workbookimport.moc"
