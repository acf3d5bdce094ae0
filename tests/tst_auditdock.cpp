// The audit dock: its list follows edits and undo, filters by severity and table, carries
// severity icons, and a double-click leads to the cell — in the main window, to the
// selected cell of that table's SheetView.
#include "auditmodel.h"
#include "auditpanel.h"
#include "document.h"
#include "documentio.h"
#include "evaluationformspage.h"
#include "fonts.h"
#include "mainwindow.h"
#include "sheetmodel.h"
#include "sheetview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Juesuan;

namespace {
const QString samplePath = QStringLiteral(JUESUAN_SOURCE_DIR "/resources/samples/jianghan-bigdata-center-2023.juesuan");

std::unique_ptr<Document> loadSample()
{
    QString error;
    auto doc = DocumentIO::load(samplePath, &error);
    if (!doc)
        qWarning("%s", qPrintable(error));
    return doc;
}

const CellKey reception{QStringLiteral("06"), QStringLiteral("30217"), QStringLiteral("1")};
const CellKey office{QStringLiteral("06"), QStringLiteral("30201"), QStringLiteral("1")};

void doubleClickRow(QTreeView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 1);
    const QRect rect = view->visualRect(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

int rowOfRule(QTreeView *view, const QString &rule)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, AuditModel::RuleColumn).data().toString() == rule)
            return r;
    return -1;
}
} // namespace

class TestAuditDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsFindingsWithIcons();
    void filters();
    void followsEditsAndUndo();
    void doubleClickActivatesFirstCell();
    void mainWindowSelectsTheCell();

private:
    QTemporaryDir m_tmp;
};

void TestAuditDock::initTestCase()
{
    Fonts::applyToApplication();
    // The main window keeps settings and recovery copies; keep them out of the user's.
    QVERIFY(m_tmp.isValid());
    qputenv("JUESUAN_RECOVERY_DIR", QFile::encodeName(m_tmp.filePath(QStringLiteral("recovery"))));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("juesuan-test"));
}

void TestAuditDock::listsFindingsWithIcons()
{
    const auto doc = loadSample();
    QVERIFY(doc);
    AuditPanel panel(doc.get());
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(panel.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTreeView *view = panel.view();
    QCOMPARE(view->model()->rowCount(), 2); // the two 尾数差异 warnings of the sample
    const QModelIndex first = view->model()->index(0, AuditModel::RuleColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("02-03.class"));
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(view->model()->index(0, AuditModel::MessageColumn).data().toString().contains(QStringLiteral("2,619.58")));
    // Places in words, as the report names them, never internal keys.
    QCOMPARE(view->model()->index(0, AuditModel::PlaceColumn).data().toString(),
             QStringLiteral("公开02表 201 一般公共服务支出 本年收入合计; 公开03表 201 一般公共服务支出 本年支出合计"));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("auditSummary"))->text().contains(QLatin1Char('2')));
}

void TestAuditDock::filters()
{
    const auto doc = loadSample();
    QVERIFY(doc);
    AuditPanel panel(doc.get());
    auto *severity = panel.findChild<QComboBox *>(QStringLiteral("severityFilter"));
    auto *table = panel.findChild<QComboBox *>(QStringLiteral("tableFilter"));
    QVERIFY(severity && table);
    severity->setCurrentIndex(severity->findData(int(Finding::Severity::Error)));
    QCOMPARE(panel.visibleCount(), 0);
    severity->setCurrentIndex(severity->findData(int(Finding::Severity::Warning)));
    QCOMPARE(panel.visibleCount(), 2);
    table->setCurrentIndex(table->findData(QStringLiteral("03")));
    QCOMPARE(panel.visibleCount(), 2);
    table->setCurrentIndex(table->findData(QStringLiteral("05")));
    QCOMPARE(panel.visibleCount(), 0);
    panel.setTableFilter(QString());
    panel.setSeverityFilter(-1);
    QCOMPARE(table->currentIndex(), 0);
    QCOMPARE(severity->currentIndex(), 0);
    QCOMPARE(panel.visibleCount(), 2);

    // A text part's finding is listed under "Text parts".
    doc->setText(QStringLiteral("duties"), QString());
    QTRY_COMPARE(panel.model()->rowCount(), 3);
    panel.setTableFilter(QStringLiteral("text"));
    QCOMPARE(panel.visibleCount(), 1);
}

void TestAuditDock::followsEditsAndUndo()
{
    const auto doc = loadSample();
    QVERIFY(doc);
    AuditPanel panel(doc.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy changed(&panel, &AuditPanel::findingsChanged);
    panel.view()->setCurrentIndex(panel.view()->model()->index(1, 0)); // the 208 warning
    QVERIFY(doc->setCells({{reception, Money::fromFen(500000)}, {office, Money::fromFen(2020000)}},
                          QStringLiteral("test")));
    QTRY_COMPARE(panel.view()->model()->rowCount(), 3);
    QCOMPARE(changed.size(), 1);
    // The re-audit keeps the user's place in the list.
    QCOMPARE(panel.view()->currentIndex().siblingAtColumn(AuditModel::PlaceColumn).data().toString(),
             QStringLiteral("公开02表 208 社会保障和就业支出 本年收入合计; 公开03表 208 社会保障和就业支出 本年支出合计"));
    QVERIFY(rowOfRule(panel.view(), QStringLiteral("09-06.reception")) >= 0);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("auditSummary"))->text().startsWith(QLatin1Char('1')));
    // The cell's findings, for its mark and tooltip in the table view.
    QCOMPARE(panel.model()->findingsFor(reception).size(), 1);
    doc->undoStack()->undo();
    QTRY_COMPARE(panel.view()->model()->rowCount(), 2);
    QCOMPARE(rowOfRule(panel.view(), QStringLiteral("09-06.reception")), -1);
    QVERIFY(panel.model()->findingsFor(reception).isEmpty());
}

void TestAuditDock::doubleClickActivatesFirstCell()
{
    const auto doc = loadSample();
    QVERIFY(doc);
    AuditPanel panel(doc.get());
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy cells(&panel, &AuditPanel::cellActivated);
    doubleClickRow(panel.view(), 1);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.first().first().value<CellKey>(), (CellKey{QStringLiteral("02"), QStringLiteral("208"), QStringLiteral("1")}));

    // A finding without cells leads to its text part.
    QSignalSpy texts(&panel, &AuditPanel::textActivated);
    doc->setText(QStringLiteral("reason.item.2010350"), QString());
    QTRY_COMPARE(panel.view()->model()->rowCount(), 3);
    const int row = rowOfRule(panel.view(), QStringLiteral("reason.item"));
    QVERIFY(row >= 0);
    doubleClickRow(panel.view(), row);
    // reason.item names its 05 cell, so the cell comes first.
    QCOMPARE(cells.size(), 2);
    QCOMPARE(cells.last().first().value<CellKey>(),
             (CellKey{QStringLiteral("05"), QStringLiteral("2010350"), QStringLiteral("1")}));
    doc->setText(QStringLiteral("duties"), QString());
    QTRY_COMPARE(panel.view()->model()->rowCount(), 4);
    doubleClickRow(panel.view(), rowOfRule(panel.view(), QStringLiteral("text.required")));
    QCOMPARE(texts.size(), 1);
    QCOMPARE(texts.first().first().toString(), QStringLiteral("duties"));
}

void TestAuditDock::mainWindowSelectsTheCell()
{
    MainWindow window;
    window.resize(1400, 900);
    window.setDocument(loadSample(), samplePath);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QDockWidget *dock = window.findChild<QDockWidget *>(QStringLiteral("auditDock"));
    QVERIFY(dock);
    auto *panel = qobject_cast<AuditPanel *>(dock->widget());
    QVERIFY(panel);
    QVERIFY(dock->isVisible());
    QCOMPARE(panel->document(), window.document());
    QCOMPARE(panel->view()->model()->rowCount(), 2);

    doubleClickRow(panel->view(), 1); // 208: 02!208@1 first
    QCOMPARE(window.currentPageId(), QStringLiteral("table/02"));
    SheetView *sheet = window.sheetView(QStringLiteral("02"));
    QVERIFY(sheet);
    const QModelIndex current = sheet->tableView()->currentIndex();
    QCOMPARE(current.data(SheetModel::CellKeyRole).value<CellKey>(),
             (CellKey{QStringLiteral("02"), QStringLiteral("208"), QStringLiteral("1")}));

    // The cells a finding names carry its icon and message, and lose them when it goes.
    const QModelIndex c201 = qobject_cast<SheetModel *>(sheet->tableView()->model())
                                     ->indexOf(CellKey{QStringLiteral("02"), QStringLiteral("201"), QStringLiteral("1")});
    QVERIFY(c201.isValid());
    QVERIFY(!c201.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(c201.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("02-03.class: ")));
    const CellKey item{QStringLiteral("02"), QStringLiteral("2010399"), QStringLiteral("2")};
    auto *sheetModel = qobject_cast<SheetModel *>(sheet->tableView()->model());
    QSignalSpy repaint(sheetModel, &QAbstractItemModel::dataChanged);
    // 0.01 moved from 2010399 to 2080505 in 02: 02 agrees with 03 by 类, totals unchanged.
    const CellKey other{QStringLiteral("02"), QStringLiteral("2080505"), QStringLiteral("2")};
    QVERIFY(window.document()->setCells({{item, Money::fromFen(2305640000)}, {other, Money::fromFen(37210000)}},
                                        QStringLiteral("test")));
    QTRY_COMPARE(panel->view()->model()->rowCount(), 0);
    QVERIFY(c201.data(Qt::DecorationRole).isNull());
    QVERIFY(!c201.data(Qt::ToolTipRole).toString().contains(QStringLiteral("02-03.class")));
    bool marked = false;
    for (const auto &args : std::as_const(repaint))
        marked = marked || (args.at(0).toModelIndex() == c201
                            && args.at(2).value<QList<int>>().contains(Qt::DecorationRole));
    QVERIFY(marked);

    // A finding on a self-evaluation form opens that form.
    QList<EvaluationForm> forms = window.document()->evaluations();
    forms[2].executed = Money::fromFen(forms[2].budget.fen() + 10000000);
    window.document()->setEvaluations(forms, QStringLiteral("test"));
    QTRY_COMPARE(panel->view()->model()->rowCount(), 1);
    QCOMPARE(panel->view()->model()->index(0, 0).data().toString(), QStringLiteral("form.overBudget"));
    doubleClickRow(panel->view(), 0);
    QCOMPARE(window.currentPageId(), QStringLiteral("part6"));
    auto *formsPage = qobject_cast<EvaluationFormsPage *>(window.page(QStringLiteral("part6")));
    QVERIFY(formsPage);
    QCOMPARE(formsPage->currentForm(), 2);

    // A new document: the panel follows it.
    QString error;
    window.setDocument(DocumentIO::load(QStringLiteral(JUESUAN_TEST_DATA "/audit/05-06.basic/fail.juesuan"), &error),
                       QString());
    QCOMPARE(panel->document(), window.document());
    const int row = rowOfRule(panel->view(), QStringLiteral("05-06.basic"));
    QVERIFY(row >= 0);
    doubleClickRow(panel->view(), row);
    QCOMPARE(window.currentPageId(), QStringLiteral("table/05"));
    QCOMPARE(window.sheetView(QStringLiteral("05"))->tableView()->currentIndex().data(SheetModel::CellKeyRole).value<CellKey>(),
             (CellKey{QStringLiteral("05"), QStringLiteral("total"), QStringLiteral("2")}));
}

QTEST_MAIN(TestAuditDock)
#include "tst_auditdock.moc"
