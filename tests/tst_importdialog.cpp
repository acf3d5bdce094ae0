// File → Import Workbook… in the main window: the import is one undo step, the summary
// dialog lists tables, skipped items and differences, and double-clicking a difference
// shows its cell in the table page. The window's seams (askWorkbookPath,
// showImportSummary) keep the dialogs from blocking.
#include "document.h"
#include "documentio.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "sheetmodel.h"
#include "sheetview.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Juesuan;

namespace {

const QString dataDir = QStringLiteral(JUESUAN_TEST_DATA "/import/");

class TestWindow : public MainWindow
{
public:
    QString path;
    std::unique_ptr<ImportDialog> dialog;
    QStringList errors;

protected:
    QString askWorkbookPath() override { return path; }
    void showImportSummary(const ImportSummary &summary) override
    {
        // The real dialog and its wiring, shown without exec().
        dialog = std::make_unique<ImportDialog>(summary, this);
        connect(dialog.get(), &ImportDialog::cellRequested, this,
                [this](const QString &table, const CellKey &key) { showCell(table, key); });
        dialog->show();
    }
    void showError(const QString &title, const QString &message) override
    {
        errors.append(title + QLatin1Char('\n') + message);
    }
};

QAction *importAction(MainWindow &w)
{
    return w.findChild<QAction *>(QStringLiteral("actionImportWorkbook"));
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importShowsSummaryAndUndoes();
    void doubleClickShowsCell();
    void refusedWorkbookChangesNothing_data();
    void refusedWorkbookChangesNothing();

private:
    QTemporaryDir m_tmp;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("JUESUAN_RECOVERY_DIR", QFile::encodeName(m_tmp.filePath(QStringLiteral("recovery"))));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("juesuan-test"));
}

void TestImportDialog::importShowsSummaryAndUndoes()
{
    TestWindow w;
    QVERIFY(w.openSample());
    const QByteArray before = DocumentIO::toJson(*w.document());
    QVERIFY(importAction(w));
    w.path = dataDir + QStringLiteral("published.xlsx");
    importAction(w)->trigger();
    QVERIFY(w.dialog);
    QVERIFY(w.dialog->isVisible());
    QTreeWidgetItem *tables = w.dialog->section(QStringLiteral("tables"));
    QVERIFY(tables);
    QCOMPARE(tables->childCount(), 9);
    QVERIFY(tables->child(0)->text(0).contains(QStringLiteral("sheet “收支总表”")));
    QTreeWidgetItem *differences = w.dialog->section(QStringLiteral("differences"));
    QVERIFY(differences);
    QCOMPARE(differences->childCount(), 2);
    QTreeWidgetItem *notes = w.dialog->section(QStringLiteral("notes"));
    QVERIFY(notes); // the sample's tables were replaced: the summary says so
    QVERIFY(notes->child(0)->text(0).contains(QStringLiteral("replaces")));

    QVERIFY(w.document()->isModified());
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QVERIFY(w.undoAction()->isEnabled());
    QVERIFY(w.undoAction()->text().contains(QStringLiteral("published.xlsx")));
    w.undoAction()->trigger();
    QCOMPARE(DocumentIO::toJson(*w.document()), before);
    w.redoAction()->trigger();
    QVERIFY(DocumentIO::toJson(*w.document()) != before);
    QCOMPARE(w.document()->metadata().department, QStringLiteral("武汉市江汉区大数据中心")); // metadata stays
    w.document()->markSaved(); // no question when the window closes
}

void TestImportDialog::doubleClickShowsCell()
{
    TestWindow w;
    QVERIFY(w.openSample());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.importWorkbook(dataDir + QStringLiteral("published.xlsx")));
    QTreeWidgetItem *differences = w.dialog->section(QStringLiteral("differences"));
    QVERIFY(differences);
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < differences->childCount(); ++i)
        if (differences->child(i)->text(0).startsWith(QStringLiteral("公开05表")))
            item = differences->child(i);
    QVERIFY(item);
    QVERIFY(QTest::qWaitForWindowExposed(w.dialog.get()));
    QTreeWidget *list = w.dialog->list();
    list->scrollToItem(item);
    const QRect rect = list->visualItemRect(item);
    QVERIFY(rect.isValid());
    // A press first: item views accept a double click only on the item that was pressed.
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(w.currentPageId(), QStringLiteral("table/05"));
    SheetView *view = w.sheetView(QStringLiteral("05"));
    QVERIFY(view);
    const auto *model = qobject_cast<const SheetModel *>(view->tableView()->model());
    QVERIFY(model);
    QCOMPARE(model->cellKey(view->tableView()->currentIndex()),
             (CellKey{QStringLiteral("05"), QStringLiteral("212"), QStringLiteral("1")}));
    w.document()->markSaved();
}

void TestImportDialog::refusedWorkbookChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("foreign") << QStringLiteral("foreign.xlsx") << QStringLiteral("no table of the 2023 edition");
    QTest::newRow("damaged") << QStringLiteral("damaged.xlsx") << QStringLiteral("damaged.xlsx");
}

void TestImportDialog::refusedWorkbookChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    TestWindow w;
    QVERIFY(w.openSample());
    const QByteArray before = DocumentIO::toJson(*w.document());
    QVERIFY(!w.importWorkbook(dataDir + file));
    QVERIFY(w.dialog);
    QVERIFY(!w.dialog->section(QStringLiteral("tables")));
    QVERIFY(!w.dialog->section(QStringLiteral("differences")));
    const QList<QLabel *> labels = w.dialog->findChildren<QLabel *>();
    bool said = false;
    for (const QLabel *l : labels)
        said = said || (l->text().contains(QStringLiteral("Nothing was imported")) && l->text().contains(reason));
    QVERIFY(said);
    QCOMPARE(DocumentIO::toJson(*w.document()), before);
    QCOMPARE(w.document()->undoStack()->count(), 0);
    QVERIFY(!w.document()->isModified());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
