// Tests of the subject catalogue layers in core: the user's imported catalogue (CSV and XLSX,
// stored per edition, used by every document of that year, removable), names a document gives
// to 项 codes no catalogue has (a warning that prints the name; an unknown 类 stays an error),
// unverified bundled names, findings named in words, the fill state of tables, which rows
// print, and what the audit says about a new report with one figure in it.

#include "auditengine.h"
#include "document.h"
#include "documentio.h"
#include "fillprogress.h"
#include "findingplace.h"
#include "reporttemplate.h"
#include "subjectglossary.h"
#include "subjectnames.h"
#include "tableexport.h"
#include "usercatalogue.h"
#include "workbookexport.h"
#include "workbookimporter.h"
#include "workbookreader.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <xlsxwriter.h>

using namespace Juesuan;

namespace {
const QString catalogueData = QStringLiteral(JUESUAN_TEST_DATA "/catalogue");

std::unique_ptr<Document> newDocument()
{
    QString error;
    auto edition = ReportTemplate::builtin(QStringLiteral("2023"), &error);
    if (!edition)
        qFatal("%s", qPrintable(error));
    return std::make_unique<Document>(edition);
}

QList<Finding> ofRule(const QList<Finding> &all, const QString &rule)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.ruleId == rule)
            out.append(f);
    return out;
}
} // namespace

class TestUserCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void bundledCatalogueIsComplete();
    void csvImport();
    void xlsxImportFindsColumnsByContent();
    void refusedImports_data();
    void refusedImports();
    void installedCatalogueNamesEveryDocumentOfItsYear();
    void importAndGlossaryReadTheUserCatalogue();
    void namedItemIsAWarningAndPrintsItsName();
    void unknownClassStaysAnError();
    void unverifiedNamesShowAsSuch();
    void placesInWords();
    void emptyItemRowIsAWarningAndNotPrinted();
    void fillProgress();
    void oneFigureInANewReport();

private:
    QString xlsxFixture();
    QTemporaryDir m_dir;
};

void TestUserCatalogue::initTestCase()
{
    // The user's catalogues go to a test folder, never the real application data.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("juesuan-test-usercatalogue"));
    QVERIFY(m_dir.isValid());
}

void TestUserCatalogue::init()
{
    QString error;
    QVERIFY2(UserCatalogue::remove(QStringLiteral("2023"), &error), qPrintable(error));
    UserCatalogue::clearCache();
}

void TestUserCatalogue::bundledCatalogueIsComplete()
{
    auto edition = ReportTemplate::builtin(QStringLiteral("2023"));
    QVERIFY(edition);
    const SubjectCatalogue &c = edition->catalogue();
    const auto f = SubjectCatalogue::Scheme::Functional;
    // Every 款 has its 项, 政府性基金 ones included, but 21211 (农业土地开发资金安排的支出),
    // whose 项 we could not recall with any confidence.
    QStringList bare;
    for (const QString &lei : c.children(f, QString()))
        for (const QString &kuan : c.children(f, lei))
            if (c.children(f, kuan).isEmpty())
                bare.append(kuan);
    QCOMPARE(bare, QStringList{QStringLiteral("21211")});
    for (const char *code : {"2070701", "2120801", "2121301", "2136901", "2296002", "2082201"})
        QVERIFY2(c.contains(f, QString::fromLatin1(code)), code);
    // What the reference report uses is checked; names added from memory are marked.
    QVERIFY(c.isVerified(f, QStringLiteral("2010350")));
    QVERIFY(c.isVerified(f, QStringLiteral("2080505")));
    QVERIFY(!c.isVerified(f, QStringLiteral("2120801")));
    QCOMPARE(c.name(f, QStringLiteral("2120801")), QStringLiteral("征地和拆迁补偿支出"));
}

void TestUserCatalogue::csvImport()
{
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::read(catalogueData + QStringLiteral("/subjects-2023.csv"), &book, &error),
             qPrintable(error));
    UserCatalogue catalogue;
    UserCatalogue::ImportSummary summary;
    QVERIFY2(UserCatalogue::fromWorkbook(book, &catalogue, &summary, &error), qPrintable(error));
    QCOMPARE(summary.subjects, 6);
    QCOMPARE(summary.codeColumn, 0);
    QCOMPARE(summary.nameColumn, 1);
    QCOMPARE(summary.skipped, 2); // the 收入 code 101 and the note under the table
    QCOMPARE(catalogue.name(QStringLiteral("2010398")), QStringLiteral("数据资源专项事务"));
    QVERIFY(!catalogue.contains(QStringLiteral("101")));

    auto edition = ReportTemplate::builtin(QStringLiteral("2023"));
    catalogue.compare(edition->catalogue(), &summary);
    QCOMPARE(summary.conflicts, QStringList{QStringLiteral("2010301 行政运行 → 行政运行（导入）")});
    // 20110 人力资源事务 is no 款 of the bundled 2023 catalogue: the fixture's own.
    QCOMPARE(summary.added, (QStringList{QStringLiteral("2010398"), QStringLiteral("20110"), QStringLiteral("2011098")}));
}

QString TestUserCatalogue::xlsxFixture()
{
    // No captions; the code cell carries the name ("2010398 数据资源专项事务") and a column of
    // amounts stands beside it: the codes are found by their content.
    const QString path = m_dir.filePath(QStringLiteral("subjects.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "功能分类");
    worksheet_write_string(ws, 0, 0, "2023年支出功能分类科目", nullptr);
    const char *rows[] = {"201 一般公共服务支出", "20103 政府办公厅（室）及相关机构事务", "2010398 数据资源专项事务",
                          "212 城乡社区支出", "21208 国有土地使用权出让收入安排的支出", "2120801 征地和拆迁补偿"};
    for (int i = 0; i < 6; ++i) {
        worksheet_write_number(ws, lxw_row_t(i + 1), 0, i + 1, nullptr);
        worksheet_write_string(ws, lxw_row_t(i + 1), 1, rows[i], nullptr);
    }
    if (workbook_close(wb) != LXW_NO_ERROR)
        return QString();
    return path;
}

void TestUserCatalogue::xlsxImportFindsColumnsByContent()
{
    const QString path = xlsxFixture();
    QVERIFY(!path.isEmpty());
    Workbook book;
    QString error;
    QVERIFY2(WorkbookReader::read(path, &book, &error), qPrintable(error));
    UserCatalogue catalogue;
    UserCatalogue::ImportSummary summary;
    QVERIFY2(UserCatalogue::fromWorkbook(book, &catalogue, &summary, &error), qPrintable(error));
    QCOMPARE(summary.sheet, QStringLiteral("功能分类"));
    QCOMPARE(summary.codeColumn, 1);
    QCOMPARE(catalogue.size(), 6);
    QCOMPARE(catalogue.name(QStringLiteral("2120801")), QStringLiteral("征地和拆迁补偿"));
    QCOMPARE(catalogue.name(QStringLiteral("20103")), QStringLiteral("政府办公厅（室）及相关机构事务"));
    QCOMPARE(catalogue.find(QStringLiteral("数据"), 3), QStringList{QStringLiteral("2010398")});
}

void TestUserCatalogue::refusedImports_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("no codes") << QByteArray("名称,金额\n办公费,12\n") << QStringLiteral("no sheet holds subject codes");
    QTest::newRow("two names") << QByteArray("科目编码,科目名称\n2010301,行政运行\n2010301,机关运行\n")
                               << QStringLiteral("row 3: subject 2010301 is named “机关运行” here and “行政运行” above");
    QTest::newRow("no name") << QByteArray("科目编码,科目名称\n2010301,\n") << QStringLiteral("row 2: subject 2010301 has no name");
}

void TestUserCatalogue::refusedImports()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    Workbook book;
    QString why;
    QVERIFY2(WorkbookReader::readData(csv, QStringLiteral("bad.csv"), &book, &why), qPrintable(why));
    UserCatalogue catalogue;
    QVERIFY(!UserCatalogue::fromWorkbook(book, &catalogue, nullptr, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
    QVERIFY(why.startsWith(QStringLiteral("bad.csv")));
    QVERIFY(catalogue.isEmpty());
}

void TestUserCatalogue::installedCatalogueNamesEveryDocumentOfItsYear()
{
    Workbook book;
    QString error;
    QVERIFY(WorkbookReader::read(catalogueData + QStringLiteral("/subjects-2023.csv"), &book, &error));
    UserCatalogue catalogue;
    QVERIFY(UserCatalogue::fromWorkbook(book, &catalogue, nullptr, &error));

    auto first = newDocument();
    QVERIFY(!first->addItemRow(QStringLiteral("02"), QStringLiteral("2010398"), &error)); // unknown yet
    QVERIFY2(error.contains(QStringLiteral("2010398")), qPrintable(error));

    QVERIFY2(UserCatalogue::install(QStringLiteral("2023"), catalogue, &error), qPrintable(error));
    QVERIFY(QFile::exists(UserCatalogue::filePath(QStringLiteral("2023"))));
    auto second = newDocument();
    for (Document *doc : {first.get(), second.get()}) {
        QVERIFY2(doc->addItemRow(QStringLiteral("02"), QStringLiteral("2010398"), &error), qPrintable(error));
        QCOMPARE(doc->rowName(QStringLiteral("02"), QStringLiteral("2010398")), QStringLiteral("数据资源专项事务"));
        // Imported wins over bundled for display.
        QCOMPARE(doc->rowName(QStringLiteral("02"), QStringLiteral("2010301")), QStringLiteral("行政运行（导入）"));
        const SubjectNames::Entry e = SubjectNames(*doc).entry(QStringLiteral("2010301"));
        QCOMPARE(e.origin, SubjectNames::Origin::Imported);
        QCOMPARE(e.bundledName, QStringLiteral("行政运行"));
        // An imported code is known: no finding about its catalogue.
        QVERIFY(doc->setCell(CellKey{QStringLiteral("02"), QStringLiteral("2010398"), QStringLiteral("2")},
                             Money::fromFen(100)));
        AuditEngine engine(*doc);
        const QList<Finding> all = engine.run();
        QVERIFY(ofRule(all, QStringLiteral("catalogue.code")).isEmpty());
        QVERIFY(ofRule(all, QStringLiteral("catalogue.named")).isEmpty());
    }

    // Read back from the file, as the next start of the program does.
    UserCatalogue::clearCache();
    QCOMPARE(UserCatalogue::forEdition(QStringLiteral("2023"))->size(), 6);
    QVERIFY(UserCatalogue::forEdition(QStringLiteral("2024"))->isEmpty()); // other years untouched

    QVERIFY(UserCatalogue::remove(QStringLiteral("2023"), &error));
    QVERIFY(!QFile::exists(UserCatalogue::filePath(QStringLiteral("2023"))));
    QCOMPARE(first->rowName(QStringLiteral("02"), QStringLiteral("2010301")), QStringLiteral("行政运行"));
    QCOMPARE(first->rowName(QStringLiteral("02"), QStringLiteral("2010398")), QString());
    AuditEngine engine(*first);
    QCOMPARE(ofRule(engine.run(), QStringLiteral("catalogue.code")).size(), 1); // unknown again
}

void TestUserCatalogue::importAndGlossaryReadTheUserCatalogue()
{
    // A 项 the bundled catalogue lacks but the user's imported one has: a workbook import
    // takes the user's name (the document gives it none of its own), and the glossary line
    // names the subject as the table prints it.
    Workbook book;
    QString error;
    QVERIFY(WorkbookReader::read(catalogueData + QStringLiteral("/subjects-2023.csv"), &book, &error));
    UserCatalogue catalogue;
    QVERIFY(UserCatalogue::fromWorkbook(book, &catalogue, nullptr, &error));
    QVERIFY2(UserCatalogue::install(QStringLiteral("2023"), catalogue, &error), qPrintable(error));

    auto source = newDocument();
    QVERIFY2(source->addItemRow(QStringLiteral("02"), QStringLiteral("2010398"), &error), qPrintable(error));
    QVERIFY(source->setCell(CellKey{QStringLiteral("02"), QStringLiteral("2010398"), QStringLiteral("2")},
                            Money::fromFen(1230000))); // 1.23 万元: the export prints 万元
    QVERIFY(!source->itemNames().contains(QStringLiteral("2010398")));
    QCOMPARE(SubjectGlossary::subjectPath(*source, QStringLiteral("2010398")),
             QStringLiteral("一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)数据资源专项事务(项)"));
    const QString path = m_dir.filePath(QStringLiteral("user-catalogue.xlsx"));
    QVERIFY2(WorkbookExport::exportXlsx(*source, path, &error), qPrintable(error));

    Workbook exported;
    QVERIFY2(WorkbookReader::read(path, &exported, &error), qPrintable(error));
    auto target = newDocument();
    ImportSummary summary;
    QVERIFY2(WorkbookImporter::import(target.get(), exported, &summary), qPrintable(summary.text()));
    QVERIFY(target->itemRows(QStringLiteral("02")).contains(QStringLiteral("2010398")));
    QVERIFY2(!target->itemNames().contains(QStringLiteral("2010398")), qPrintable(summary.text())); // the user's name, not a copy
    QVERIFY2(!summary.text().contains(QStringLiteral("is not in the 2023 catalogue")), qPrintable(summary.text()));
    QCOMPARE(target->rowName(QStringLiteral("02"), QStringLiteral("2010398")), QStringLiteral("数据资源专项事务"));
    QCOMPARE(target->value(CellKey{QStringLiteral("02"), QStringLiteral("2010398"), QStringLiteral("2")}).fen(), 1230000);

    // A name the document gives is the one the glossary prints, as the table does.
    QVERIFY2(target->addItemRow(QStringLiteral("02"), QStringLiteral("2010397"), QStringLiteral("数据要素专项事务"), &error),
             qPrintable(error));
    QVERIFY(SubjectGlossary::subjectPath(*target, QStringLiteral("2010397")).endsWith(QStringLiteral("(款)数据要素专项事务(项)")));
}

void TestUserCatalogue::namedItemIsAWarningAndPrintsItsName()
{
    auto doc = newDocument();
    Metadata meta = doc->metadata();
    meta.department = QStringLiteral("测试单位");
    meta.year = 2023;
    doc->setMetadata(meta);
    QString error;
    const QString t02 = QStringLiteral("02");
    const QString code = QStringLiteral("2010398");
    // No name, no row.
    QVERIFY(!doc->addItemRow(t02, code, QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("give its name")), qPrintable(error));
    QVERIFY2(doc->addItemRow(t02, code, QStringLiteral(" 数据资源  专项事务 "), &error), qPrintable(error));
    QCOMPARE(doc->itemName(code), QStringLiteral("数据资源 专项事务"));
    QCOMPARE(SubjectNames(*doc).entry(code).origin, SubjectNames::Origin::Document);
    QVERIFY(doc->setCell(CellKey{t02, code, QStringLiteral("2")}, Money::fromFen(123400)));

    AuditEngine engine(*doc);
    engine.setLanguage(QStringLiteral("zh"));
    const QList<Finding> all = engine.run();
    QVERIFY(ofRule(all, QStringLiteral("catalogue.code")).isEmpty());
    QVERIFY(ofRule(all, QStringLiteral("catalogue.unnamed")).isEmpty());
    const QList<Finding> named = ofRule(all, QStringLiteral("catalogue.named"));
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.first().severity, Finding::Severity::Warning);
    QVERIFY2(named.first().message.contains(QStringLiteral("“数据资源 专项事务”")), qPrintable(named.first().message));
    QVERIFY(named.first().message.contains(code));

    // It prints with that name (the table verb's text is what the report prints).
    const QString table = TableExport::toTsv(*doc, t02, &error);
    QVERIFY2(table.contains(code + QStringLiteral("\t数据资源 专项事务\t")), qPrintable(table));

    // The name is saved and read back.
    QString saveError;
    const QByteArray json = DocumentIO::toJson(*doc);
    auto loaded = DocumentIO::fromJson(json, QStringLiteral("named.juesuan"), &saveError);
    QVERIFY2(loaded, qPrintable(saveError));
    QCOMPARE(loaded->rowName(t02, code), QStringLiteral("数据资源 专项事务"));

    // Undo takes the name away with the row.
    doc->undoStack()->undo(); // the amount
    doc->undoStack()->undo(); // the row
    QVERIFY(doc->itemName(code).isEmpty());
    QVERIFY(!doc->itemRows(t02).contains(code));
    QVERIFY(doc->itemName(code).isEmpty());
    doc->undoStack()->redo();
    QCOMPARE(doc->itemName(code), QStringLiteral("数据资源 专项事务"));
}

void TestUserCatalogue::unknownClassStaysAnError()
{
    auto doc = newDocument();
    QString error;
    // A name cannot make up a 类 or a 款.
    QVERIFY(!doc->addItemRow(QStringLiteral("02"), QStringLiteral("2990101"), QStringLiteral("无此类"), &error));
    QVERIFY2(error.contains(QStringLiteral("类 299")), qPrintable(error));
    QVERIFY(!doc->addItemRow(QStringLiteral("02"), QStringLiteral("2019801"), QStringLiteral("无此款"), &error));
    QVERIFY2(error.contains(QStringLiteral("款 20198")), qPrintable(error));
    QVERIFY(doc->itemRows(QStringLiteral("02")).isEmpty());
    QVERIFY(doc->itemNames().isEmpty());

    // A workbook may still bring one in named (import checks less): the audit calls it an error.
    const QString code = QStringLiteral("2990101");
    QVERIFY2(doc->importTables({QStringLiteral("02")}, {{QStringLiteral("02"), {code}}},
                               {{CellKey{QStringLiteral("02"), code, QStringLiteral("2")}, Money::fromFen(500)}},
                               {{QStringLiteral("299"), QStringLiteral("无此类")},
                                {QStringLiteral("29901"), QStringLiteral("无此款")},
                                {code, QStringLiteral("无此项")}},
                               QString(), &error),
             qPrintable(error));
    AuditEngine engine(*doc);
    const QList<Finding> all = engine.run();
    const QList<Finding> unknown = ofRule(all, QStringLiteral("catalogue.code"));
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.first().severity, Finding::Severity::Error);
    QVERIFY(ofRule(all, QStringLiteral("catalogue.named")).isEmpty());
}

void TestUserCatalogue::unverifiedNamesShowAsSuch()
{
    auto doc = newDocument();
    const SubjectNames names(*doc);
    QCOMPARE(names.entry(QStringLiteral("2120801")).origin, SubjectNames::Origin::Unverified);
    QCOMPARE(names.entry(QStringLiteral("2010350")).origin, SubjectNames::Origin::Bundled);
    QCOMPARE(names.entry(QStringLiteral("2019898")).origin, SubjectNames::Origin::None);
    QVERIFY(SubjectNames::originText(SubjectNames::Origin::Unverified).contains(QStringLiteral("unverified")));
    int unverified = 0;
    for (const SubjectNames::Entry &e : names.entries())
        unverified += e.origin == SubjectNames::Origin::Unverified;
    QVERIFY(unverified > 500);
}

void TestUserCatalogue::placesInWords()
{
    auto doc = newDocument();
    QString error;
    QVERIFY(doc->addItemRow(QStringLiteral("02"), QStringLiteral("2010350"), &error));
    QCOMPARE(FindingPlace::cell(*doc, CellKey{QStringLiteral("02"), QStringLiteral("201"), QStringLiteral("1")}),
             QStringLiteral("公开02表 201 一般公共服务支出 本年收入合计"));
    QCOMPARE(FindingPlace::cell(*doc, CellKey{QStringLiteral("02"), QStringLiteral("total"), QStringLiteral("2")}),
             QStringLiteral("公开02表 合计 财政拨款收入"));
    const QString fixed = FindingPlace::cell(*doc, CellKey{QStringLiteral("01"), QStringLiteral("27"), QStringLiteral("1")});
    QVERIFY2(fixed.startsWith(QStringLiteral("公开01表 27行 本年收入合计")), qPrintable(fixed));
    QVERIFY2(!fixed.contains(QLatin1Char('!')) && !fixed.contains(QLatin1Char('@')), qPrintable(fixed));

    Finding f;
    f.cells = {CellKey{QStringLiteral("02"), QStringLiteral("201"), QStringLiteral("1")},
               CellKey{QStringLiteral("03"), QStringLiteral("201"), QStringLiteral("1")}};
    const QString both = FindingPlace::of(*doc, f);
    QVERIFY2(both.contains(QStringLiteral("公开03表 201 一般公共服务支出")), qPrintable(both));
    QVERIFY(!both.contains(QStringLiteral("02!")));
    f.cells.clear();
    f.textKey = QStringLiteral("duties");
    QVERIFY(FindingPlace::of(*doc, f).contains(QStringLiteral("主要职能")));
}

void TestUserCatalogue::emptyItemRowIsAWarningAndNotPrinted()
{
    auto doc = newDocument();
    QString error;
    const QString t05 = QStringLiteral("05");
    QVERIFY(doc->addItemRow(t05, QStringLiteral("2010350"), &error));
    QVERIFY(doc->addItemRow(t05, QStringLiteral("2080501"), &error)); // left empty
    QVERIFY(doc->setCell(CellKey{t05, QStringLiteral("2010350"), QStringLiteral("2")}, Money::fromFen(500000)));

    QVERIFY(doc->isPrintedRow(t05, QStringLiteral("2010350")));
    QVERIFY(doc->isPrintedRow(t05, QStringLiteral("201")));
    QVERIFY(doc->isPrintedRow(t05, QStringLiteral("total")));
    QVERIFY(!doc->isPrintedRow(t05, QStringLiteral("2080501")));
    QVERIFY(!doc->isPrintedRow(t05, QStringLiteral("20805"))); // its 款 and 类 hold nothing else
    QVERIFY(!doc->isPrintedRow(t05, QStringLiteral("208")));
    QVERIFY(doc->isPrintedRow(QStringLiteral("01"), QStringLiteral("27"))); // fixed lines always

    AuditEngine engine(*doc);
    const QList<Finding> empty = ofRule(engine.run(), QStringLiteral("rows.empty"));
    QCOMPARE(empty.size(), 1);
    QCOMPARE(empty.first().severity, Finding::Severity::Warning);
    QCOMPARE(empty.first().cells.first(), (CellKey{t05, QStringLiteral("2080501"), QStringLiteral("1")}));

    const QString printed = TableExport::toTsv(*doc, t05, &error);
    QVERIFY2(!printed.contains(QStringLiteral("2080501")), qPrintable(printed));
    QVERIFY(!printed.contains(QStringLiteral("\n208\t")));
    QVERIFY(printed.contains(QStringLiteral("2010350")));

    // An amount brings it back; a zero does not.
    QVERIFY(doc->setCell(CellKey{t05, QStringLiteral("2080501"), QStringLiteral("2")}, Money::fromFen(0)));
    QVERIFY(!doc->isPrintedRow(t05, QStringLiteral("2080501")));
    QVERIFY(doc->setCell(CellKey{t05, QStringLiteral("2080501"), QStringLiteral("2")}, Money::fromFen(100)));
    QVERIFY(doc->isPrintedRow(t05, QStringLiteral("2080501")));
    QVERIFY(ofRule(engine.run(), QStringLiteral("rows.empty")).isEmpty());
}

void TestUserCatalogue::fillProgress()
{
    auto doc = newDocument();
    const FillProgress p05 = FillProgress::of(*doc, QStringLiteral("05"));
    QVERIFY(p05.codeList);
    QCOMPARE(p05.rows, 0);
    QCOMPARE(p05.filled, 0);
    QCOMPARE(p05.text(), QStringLiteral("no items yet"));

    const FillProgress p01 = FillProgress::of(*doc, QStringLiteral("01"));
    QVERIFY(!p01.codeList);
    QVERIFY(p01.inputs > 0);
    QVERIFY(p01.isMostlyDerived()); // 01's 支出 come from 03, its totals are sums
    QCOMPARE(p01.text(), QStringLiteral("0 / %1").arg(p01.inputs));
    const FillProgress p06 = FillProgress::of(*doc, QStringLiteral("06"));
    QVERIFY(!p06.isMostlyDerived());

    QString error;
    QVERIFY(doc->addItemRow(QStringLiteral("05"), QStringLiteral("2010350"), &error));
    QVERIFY(doc->setCell(CellKey{QStringLiteral("05"), QStringLiteral("2010350"), QStringLiteral("2")},
                         Money::fromFen(100)));
    const FillProgress after = FillProgress::of(*doc, QStringLiteral("05"));
    QCOMPARE(after.rows, 1);
    QCOMPARE(after.filled, 1);
    QVERIFY(after.inputs >= 2);
    QCOMPARE(after.text(), QStringLiteral("1 / %1").arg(after.inputs));
}

void TestUserCatalogue::oneFigureInANewReport()
{
    // Typing the first figure of a new report, 公开01表 一般公共预算财政拨款收入: the tables it
    // must agree with (02, 04's basis) are not started yet. That is work to do, not a
    // contradiction: warnings that say so. Relations inside 公开01表 itself, whose other side
    // the user could have filled in, stay errors.
    auto doc = newDocument();
    AuditEngine engine(*doc);
    engine.setLanguage(QStringLiteral("zh"));
    const auto cellErrors = [&] {
        QStringList out;
        for (const Finding &f : engine.run())
            if (f.severity == Finding::Severity::Error && !f.cells.isEmpty())
                out.append(f.ruleId);
        return out;
    };
    QVERIFY(cellErrors().isEmpty()); // an empty report contradicts nothing
    QVERIFY(doc->setCell(CellKey{QStringLiteral("01"), QStringLiteral("1"), QStringLiteral("1")},
                         Money::fromFen(100000000)));
    const QStringList errors = cellErrors();
    QVERIFY2(errors.size() <= 2, qPrintable(errors.join(QLatin1Char(' '))));
    QVERIFY2(!errors.contains(QStringLiteral("01.income-02")), qPrintable(errors.join(QLatin1Char(' '))));
    const QList<Finding> income = ofRule(engine.run(), QStringLiteral("01.income-02"));
    QCOMPARE(income.size(), 1);
    QCOMPARE(income.first().severity, Finding::Severity::Warning);
    QVERIFY2(income.first().message.startsWith(QStringLiteral("Not filled in yet")), qPrintable(income.first().message));

    // Once 02 holds figures that disagree, it is an error again.
    QString error;
    QVERIFY(doc->addItemRow(QStringLiteral("02"), QStringLiteral("2010350"), &error));
    QVERIFY(doc->setCell(CellKey{QStringLiteral("02"), QStringLiteral("2010350"), QStringLiteral("2")},
                         Money::fromFen(50000000)));
    const QList<Finding> fiscal = ofRule(engine.run(), QStringLiteral("01.fiscal-02"));
    QCOMPARE(fiscal.size(), 1);
    QCOMPARE(fiscal.first().severity, Finding::Severity::Error);
}

QTEST_GUILESS_MAIN(TestUserCatalogue)
#include "tst_usercatalogue.moc"
