// The subject catalogue and the fill state in the editor: the outline says per table what is
// to fill and how much is filled, live; the add-row field takes a code with a name; the
// catalogue view shows where names come from (unverified ones as such) and the Tools actions
// import and remove the user's catalogue; an empty added 项 row is not in the printed report.

#include "addrowwidget.h"
#include "cataloguedialog.h"
#include "catalogueactions.h"
#include "document.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "reportgrid.h"
#include "reporttemplate.h"
#include "subjectnames.h"
#include "usercatalogue.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Juesuan;

namespace {
std::shared_ptr<const ReportTemplate> edition2023()
{
    return ReportTemplate::builtin(QStringLiteral("2023"));
}

QModelIndex tableEntry(const OutlineModel &outline, const QString &table, int column)
{
    return outline.indexOf(QStringLiteral("table/") + table).siblingAtColumn(column);
}

bool gridHasText(const ReportGrid &grid, const QString &text)
{
    for (const ReportGrid::Cell &c : grid.cells)
        if (c.text == text)
            return true;
    return false;
}
} // namespace

class TestCatalogueUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void outlineShowsWhatToFill();
    void addRowTakesACodeWithItsName();
    void catalogueViewShowsOrigins();
    void importAndRemoveFromTheToolsMenu();
    void emptyItemRowIsNotInThePrintedTable();
};

void TestCatalogueUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("juesuan-test-catalogueui"));
}

void TestCatalogueUi::init()
{
    QString error;
    QVERIFY(UserCatalogue::remove(QStringLiteral("2023"), &error));
}

void TestCatalogueUi::outlineShowsWhatToFill()
{
    Document doc(edition2023());
    OutlineModel outline;
    QAbstractItemModelTester tester(&outline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    outline.setTables(doc.reportTemplate());
    outline.setDocument(&doc);
    QCOMPARE(outline.columnCount(), 2);

    // A new report: code-list tables ask for items, fixed ones count their inputs, 01 and 04
    // say they are mostly derived.
    for (const char *id : {"02", "03", "05", "07", "08"})
        QCOMPARE(tableEntry(outline, QString::fromLatin1(id), OutlineModel::FillColumn).data().toString(),
                 QStringLiteral("no items yet"));
    const QModelIndex t06 = tableEntry(outline, QStringLiteral("06"), OutlineModel::FillColumn);
    const int inputs06 = t06.siblingAtColumn(0).data(OutlineModel::InputsRole).toInt();
    QVERIFY(inputs06 > 10);
    QCOMPARE(t06.data().toString(), QStringLiteral("0 / %1").arg(inputs06));
    QVERIFY(!t06.siblingAtColumn(0).data(OutlineModel::DerivedRole).toBool());
    for (const char *id : {"01", "04"}) {
        const QModelIndex i = tableEntry(outline, QString::fromLatin1(id), OutlineModel::TitleColumn);
        QVERIFY2(i.data(OutlineModel::DerivedRole).toBool(), id);
        QVERIFY(i.siblingAtColumn(OutlineModel::FillColumn).data().toString().startsWith(QStringLiteral("derived, 0 / ")));
        QVERIFY(i.siblingAtColumn(OutlineModel::FillColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("derived")));
    }
    // The title column is left as it was: pages take their titles from it.
    QVERIFY(!tableEntry(outline, QStringLiteral("06"), 0).data().toString().contains(QLatin1Char('/')));

    // Live: one figure in 06, then a row and a figure in 05.
    QVERIFY(doc.setCell(CellKey{QStringLiteral("06"), QStringLiteral("30101"), QStringLiteral("1")}, Money::fromFen(100)));
    QTRY_COMPARE(t06.data().toString(), QStringLiteral("1 / %1").arg(inputs06));
    QString error;
    QVERIFY(doc.addItemRow(QStringLiteral("05"), QStringLiteral("2010350"), &error));
    const QModelIndex t05 = tableEntry(outline, QStringLiteral("05"), OutlineModel::FillColumn);
    QTRY_VERIFY(t05.data().toString().startsWith(QStringLiteral("0 / ")));
    QVERIFY(doc.setCell(CellKey{QStringLiteral("05"), QStringLiteral("2010350"), QStringLiteral("3")}, Money::fromFen(100)));
    QTRY_VERIFY(t05.data().toString().startsWith(QStringLiteral("1 / ")));
    doc.undoStack()->undo();
    QTRY_VERIFY(t05.data().toString().startsWith(QStringLiteral("0 / ")));
}

void TestCatalogueUi::addRowTakesACodeWithItsName()
{
    Document doc(edition2023());
    AddRowWidget widget(&doc, QStringLiteral("02"));
    QVERIFY(!widget.addItem(QStringLiteral("2010398")));
    QVERIFY(widget.addItem(QStringLiteral("2010398 数据资源专项事务")));
    QCOMPARE(doc.itemRows(QStringLiteral("02")), QStringList{QStringLiteral("2010398")});
    QCOMPARE(doc.rowName(QStringLiteral("02"), QStringLiteral("2010398")), QStringLiteral("数据资源专项事务"));
    // A catalogued code picked with its name adds no document name.
    QVERIFY(widget.addItem(QStringLiteral("2010350 事业运行")));
    QCOMPARE(doc.itemNames().size(), 1);
    // An unknown 类 is refused even with a name.
    QVERIFY(!widget.addItem(QStringLiteral("2990101 无此类")));
}

void TestCatalogueUi::catalogueViewShowsOrigins()
{
    Document doc(edition2023());
    QString error;
    QVERIFY(doc.addItemRow(QStringLiteral("02"), QStringLiteral("2010398"), QStringLiteral("数据资源专项事务"), &error));
    CatalogueDialog dialog(&doc);
    QAbstractItemModelTester tester(dialog.filteredModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel *rows = dialog.filteredModel();
    QVERIFY(rows->rowCount() > 1400);
    QVERIFY(!dialog.removeButton()->isEnabled()); // nothing imported

    QTest::keyClicks(dialog.searchField(), QStringLiteral("2120801")); // typed, as the user does
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, CatalogueDialog::OriginColumn).data().toString(),
             SubjectNames::originText(SubjectNames::Origin::Unverified));
    QVERIFY(rows->index(0, CatalogueDialog::NameColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not checked")));

    dialog.searchField()->clear();
    dialog.searchField()->setText(QStringLiteral("数据资源")); // an input method commits the whole word
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, CatalogueDialog::CodeColumn).data().toString(), QStringLiteral("2010398"));
    QCOMPARE(rows->index(0, CatalogueDialog::OriginColumn).data().toString(),
             SubjectNames::originText(SubjectNames::Origin::Document));

    dialog.searchField()->clear();
    QTest::keyClicks(dialog.searchField(), QStringLiteral("2010350"));
    QCOMPARE(rows->index(0, CatalogueDialog::OriginColumn).data().toString(),
             SubjectNames::originText(SubjectNames::Origin::Bundled));
}

void TestCatalogueUi::importAndRemoveFromTheToolsMenu()
{
    MainWindow window;
    QString error;
    window.setDocument(std::make_unique<Document>(edition2023()), QString(), QStringLiteral("new"));
    auto *actions = window.findChild<CatalogueActions *>();
    QVERIFY(actions);
    QVERIFY(window.menuBar()->findChild<QMenu *>(QStringLiteral("toolsMenu")));
    QVERIFY(!actions->removeAction()->isEnabled());
    Document *doc = window.document();
    int resets = 0;
    connect(doc, &Document::documentReset, this, [&resets] { ++resets; });

    actions->setDialogsEnabled(false);
    actions->setFileAsker([] { return QStringLiteral(JUESUAN_TEST_DATA "/catalogue/subjects-2023.csv"); });
    actions->importAction()->trigger();
    QCOMPARE(resets, 1); // the views reload with the new names
    QVERIFY(actions->removeAction()->isEnabled());
    QCOMPARE(doc->rowName(QStringLiteral("02"), QStringLiteral("2010301")), QStringLiteral("行政运行（导入）"));
    QVERIFY(doc->addItemRow(QStringLiteral("02"), QStringLiteral("2011098"), &error));
    QCOMPARE(doc->rowName(QStringLiteral("02"), QStringLiteral("2011098")), QStringLiteral("人才发展专项事务"));

    QString summary;
    QVERIFY(CatalogueActions::importFile(doc, QStringLiteral(JUESUAN_TEST_DATA "/catalogue/subjects-2023.csv"),
                                         &summary, &error));
    QVERIFY2(summary.contains(QStringLiteral("2010301 行政运行 → 行政运行（导入）")), qPrintable(summary));
    QVERIFY2(summary.startsWith(QStringLiteral("6 subjects")), qPrintable(summary));

    actions->removeAction()->trigger();
    QVERIFY(!actions->removeAction()->isEnabled());
    QCOMPARE(doc->rowName(QStringLiteral("02"), QStringLiteral("2010301")), QStringLiteral("行政运行"));
    QVERIFY(!QFile::exists(UserCatalogue::filePath(QStringLiteral("2023"))));

    // A file that is no catalogue changes nothing and says why.
    QVERIFY(!CatalogueActions::importFile(doc, QStringLiteral(JUESUAN_TEST_DATA "/catalogue/missing.csv"),
                                          &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("missing.csv")), qPrintable(error));
    QVERIFY(UserCatalogue::forEdition(QStringLiteral("2023"))->isEmpty());
}

void TestCatalogueUi::emptyItemRowIsNotInThePrintedTable()
{
    Document doc(edition2023());
    QString error;
    const QString t05 = QStringLiteral("05");
    QVERIFY(doc.addItemRow(t05, QStringLiteral("2010350"), &error));
    QVERIFY(doc.addItemRow(t05, QStringLiteral("2080501"), &error));
    QVERIFY(doc.setCell(CellKey{t05, QStringLiteral("2010350"), QStringLiteral("2")}, Money::fromFen(500000)));
    const TableTemplate &t = *doc.reportTemplate().table(t05);
    const ReportGrid grid = ReportGrid::sheet(doc, t);
    QVERIFY(gridHasText(grid, QStringLiteral("2010350")));
    QVERIFY(!gridHasText(grid, QStringLiteral("2080501")));
    QVERIFY(!gridHasText(grid, QStringLiteral("20805")));
    QVERIFY(!gridHasText(grid, QStringLiteral("208")));
    // 合计, 201, 20103, 2010350: four body rows under the header, and no cell beyond them.
    QCOMPARE(grid.rows, t.headerRowCount() + 4);
    for (const ReportGrid::Cell &c : grid.cells)
        QVERIFY(c.row + c.rowSpan <= grid.rows);
}

QTEST_MAIN(TestCatalogueUi)
#include "tst_catalogueui.moc"
