// SheetView driven like a user drives it: key and mouse events on the real grid, the
// clipboard, the add-item field. Checks that edits reach every table, that refusals keep
// the old value and say why, and that each action is one undo step.
#include "addrowwidget.h"
#include "bandedheaderview.h"
#include "cellmessage.h"
#include "document.h"
#include "documentio.h"
#include "reporttemplate.h"
#include "sheetmodel.h"
#include "sheetview.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {

QString shown(SheetView &view, const char *cell)
{
    return view.model()->indexOf(key(cell)).data().toString();
}

QLineEdit *editorOf(SheetView &view)
{
    QTableView *t = view.tableView();
    return qobject_cast<QLineEdit *>(t->indexWidget(t->currentIndex()));
}

// Chinese arrives through the input method as a committed string, not as key presses.
void imeType(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// A shown view of a table, sized like a main window's page.
std::unique_ptr<SheetView> showView(Document *doc, const QString &table)
{
    auto view = std::make_unique<SheetView>(doc, table);
    view->resize(1100, 700);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qFatal("the view was not exposed");
    return view;
}

} // namespace

class TestSheetView : public QObject
{
    Q_OBJECT
private slots:
    void heading();
    void notesAsPrinted();
    void typeAnAmountUpdatesEveryTable();
    void f2AndNavigation();
    void refusedTypedValue();
    void pasteBlock();
    void refusedPastes_data();
    void refusedPastes();
    void pasteOverComputedCells();
    void pasteUnit();
    void singleValueFillsTheSelection();
    void deleteClearsInputsOnly();
    void copyIsTabSeparated();
    void addAndRemoveItemRows();
    void selectionSummary();
    void bandedHeaderFollowsColumns();
};

void TestSheetView::heading()
{
    auto doc = loadSample();
    SheetView view(doc.get(), QStringLiteral("05"));
    QCOMPARE(view.tableId(), QStringLiteral("05"));
    QStringList texts;
    for (QLabel *l : view.findChildren<QLabel *>())
        texts.append(l->text());
    QVERIFY(texts.contains(QStringLiteral("2023年度一般公共预算财政拨款支出决算表")));
    QVERIFY(texts.contains(QStringLiteral("公开05表")));
    QVERIFY(texts.contains(QStringLiteral("部门：武汉市江汉区大数据中心")));
    QVERIFY(texts.contains(QStringLiteral("金额单位：万元")));
    QVERIFY(texts.contains(QStringLiteral("注：本表反映部门本年度一般公共预算财政拨款支出情况。\n1栏各行 = (2+3) 栏各行。")));
    QVERIFY(view.addRowWidget());
    SheetView fixed(doc.get(), QStringLiteral("06"));
    QVERIFY(!fixed.addRowWidget());
    // The spans of 06's last row are on the grid.
    const int last = fixed.model()->rowCount() - 1;
    QCOMPARE(fixed.tableView()->columnSpan(last, 3), 5);
    QCOMPARE(fixed.tableView()->columnSpan(last, 0), 2);
}

void TestSheetView::notesAsPrinted()
{
    // The notes under a table are the ones the report prints: the sample balances, so the
    // template's 尾数误差 sentence is left out, until the house style keeps it.
    auto doc = loadSample();
    const TableTemplate *t = doc->reportTemplate().table(QStringLiteral("01"));
    QVERIFY(t->notes().join(QString()).contains(QStringLiteral("尾数误差")));
    SheetView view(doc.get(), QStringLiteral("01"));
    auto *notes = view.findChild<QLabel *>(QStringLiteral("tableNotes"));
    QVERIFY(notes);
    QVERIFY(notes->text().startsWith(QStringLiteral("注：")));
    QVERIFY2(!notes->text().contains(QStringLiteral("尾数误差")), qPrintable(notes->text()));
    Metadata m = doc->metadata();
    m.keepRoundingNote = true;
    doc->setMetadata(m);
    QTRY_VERIFY2(notes->text().contains(QStringLiteral("尾数误差")), qPrintable(notes->text()));
    doc->undoStack()->undo();
    QTRY_VERIFY2(!notes->text().contains(QStringLiteral("尾数误差")), qPrintable(notes->text()));
}

void TestSheetView::typeAnAmountUpdatesEveryTable()
{
    auto doc = loadSample();
    auto v05 = showView(doc.get(), QStringLiteral("05"));
    SheetView v04(doc.get(), QStringLiteral("04"));
    SheetView v01(doc.get(), QStringLiteral("01"));
    QStringList before04;
    for (int r = 0; r < v04.model()->rowCount(); ++r)
        for (int c = 0; c < v04.model()->columnCount(); ++c)
            before04.append(v04.model()->index(r, c).data().toString());
    QVERIFY(v05->selectCell(key("05!2010350@2")));
    QTableView *t = v05->tableView();
    const QModelIndex cell = t->currentIndex();

    // The first character opens the editor and replaces the old value.
    QTest::keyClick(t, Qt::Key_4);
    QLineEdit *editor = editorOf(*v05);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("4"));
    QTest::keyClicks(editor, QStringLiteral("00"));
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(shown(*v05, "05!2010350@2"), QStringLiteral("400.00"));
    QCOMPARE(shown(*v05, "05!2010350@1"), QStringLiteral("400.00"));
    QCOMPARE(shown(*v05, "05!20103@1"), QStringLiteral("2,705.64"));
    QCOMPARE(shown(*v05, "05!201@2"), QStringLiteral("400.00"));
    QCOMPARE(shown(*v05, "05!total@1"), QStringLiteral("3,173.86"));
    QCOMPARE(shown(*v05, "05!total@2"), QStringLiteral("503.30"));
    // 04表 follows 05表 (its 一般公共预算财政拨款 支出 column).
    QStringList after04;
    for (int r = 0; r < v04.model()->rowCount(); ++r)
        for (int c = 0; c < v04.model()->columnCount(); ++c)
            after04.append(v04.model()->index(r, c).data().toString());
    QVERIFY(after04 != before04);
    QVERIFY(after04.contains(QStringLiteral("3,173.86")));
    // Enter moved the cursor down one row and closed the editor.
    QTRY_COMPARE(t->currentIndex(), cell.sibling(cell.row() + 1, cell.column()));
    QVERIFY(!editorOf(*v05));
    // One undo step brings everything back.
    doc->undoStack()->undo();
    QCOMPARE(shown(*v05, "05!total@1"), QStringLiteral("3,087.79"));

    // 01表 takes its 支出 by 类 from 03表: type there and watch 01表.
    auto v03 = showView(doc.get(), QStringLiteral("03"));
    const QString before01 = shown(v01, "01!32@2");
    const QString before62 = shown(v01, "01!62@2");
    QVERIFY(v03->selectCell(key("03!2010350@2")));
    QTest::keyClick(v03->tableView(), Qt::Key_1);
    QVERIFY(editorOf(*v03));
    QTest::keyClick(editorOf(*v03), Qt::Key_Enter);
    QTRY_COMPARE(shown(*v03, "03!2010350@2"), QStringLiteral("1.00"));
    QVERIFY(shown(v01, "01!32@2") != before01);
    QVERIFY(shown(v01, "01!62@2") != before62);
    QCOMPARE(shown(v01, "01!32@2"), shown(*v03, "03!201@1"));
}

void TestSheetView::f2AndNavigation()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    QTableView *t = view->tableView();
    QVERIFY(view->selectCell(key("05!2010350@2")));
    const QModelIndex start = t->currentIndex();

    QTest::keyClick(t, Qt::Key_F2);
    QLineEdit *editor = editorOf(*view);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("313.93"));
    editor->setText(QStringLiteral("1,000"));
    QTest::keyClick(editor, Qt::Key_Tab); // commits and moves right, no new editor
    QTRY_COMPARE(shown(*view, "05!2010350@2"), QStringLiteral("1,000.00"));
    QTRY_COMPARE(t->currentIndex(), start.sibling(start.row(), start.column() + 1));
    QVERIFY(!editorOf(*view));

    QTest::keyClick(t, Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(t->currentIndex(), start);
    QTest::keyClick(t, Qt::Key_Tab);
    QCOMPARE(t->currentIndex(), start.sibling(start.row(), start.column() + 1));
    QTest::keyClick(t, Qt::Key_Left);
    QCOMPARE(t->currentIndex(), start);
    QTest::keyClick(t, Qt::Key_Return);
    QCOMPARE(t->currentIndex(), start.sibling(start.row() + 1, start.column()));
    QTest::keyClick(t, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(t->currentIndex(), start);
    QTest::keyClick(t, Qt::Key_Down);
    QCOMPARE(t->currentIndex(), start.sibling(start.row() + 1, start.column()));
    // Escape abandons an edit.
    QTest::keyClick(t, Qt::Key_9);
    QVERIFY(editorOf(*view));
    QTest::keyClick(editorOf(*view), Qt::Key_Escape);
    QTRY_VERIFY(!editorOf(*view));
    QCOMPARE(shown(*view, "05!2010399@2"), QString());
}

void TestSheetView::refusedTypedValue()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    QSignalSpy messages(view.get(), &SheetView::statusMessage);
    QTableView *t = view->tableView();
    QVERIFY(view->selectCell(key("05!2010350@2")));
    const QModelIndex cell = t->currentIndex();
    const int steps = doc->undoStack()->count();

    QTest::keyClick(t, Qt::Key_1);
    QLineEdit *editor = editorOf(*view);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("2a"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(messages.size(), 1);
    const QString message = messages.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("12a")) && message.contains(QStringLiteral("2010350"))
                     && message.contains(QStringLiteral("公开05表")),
             qPrintable(message));
    QCOMPARE(shown(*view, "05!2010350@2"), QStringLiteral("313.93"));
    QCOMPARE(doc->undoStack()->count(), steps);
    // The cursor stays on the refused cell.
    QTRY_VERIFY(!editorOf(*view));
    QCOMPARE(t->currentIndex(), cell);
    // The reason is shown at the cell, just under it, and outlives the key release.
    CellMessage *atCell = view->cellMessage();
    QVERIFY(atCell->isVisible());
    QCOMPARE(atCell->text(), message);
    QCOMPARE(atCell->index(), QModelIndex(cell));
    const QRect rect = t->visualRect(cell);
    QCOMPARE(atCell->geometry().top(), rect.bottom() + 1);
    QVERIFY(atCell->geometry().left() <= rect.left() + 1 && atCell->geometry().right() >= rect.left());
    // Moving on takes it away.
    QTest::keyClick(t, Qt::Key_Down);
    QVERIFY(!atCell->isVisible());

    // Typing on a computed cell opens no editor, moves nowhere and says why.
    QVERIFY(view->selectCell(key("05!total@1")));
    QTest::keyClick(t, Qt::Key_2);
    QVERIFY(!editorOf(*view));
    QCOMPARE(t->currentIndex(), view->model()->indexOf(key("05!total@1")));
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("computed")),
             qPrintable(messages.last().at(0).toString()));
    QCOMPARE(shown(*view, "05!total@1"), QStringLiteral("3,087.79"));
    QVERIFY(atCell->isVisible());
    QCOMPARE(atCell->index(), view->model()->indexOf(key("05!total@1")));
}

void TestSheetView::pasteBlock()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    // 2010301 gives 20103 three consecutive 项 rows: 2010301, 2010350, 2010399.
    QVERIFY(view->addRowWidget()->addItem(QStringLiteral("2010301")));
    QVERIFY(view->selectCell(key("05!2010301@2")));
    const int steps = doc->undoStack()->count();
    // Thousands separators, full-width digits, a blank cell, CRLF and a trailing newline.
    QApplication::clipboard()->setText(QStringLiteral("1,234.5\t2\r\n３\t\r\n5\t6\r\n"));
    QTest::keyClick(view->tableView(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(shown(*view, "05!2010301@2"), QStringLiteral("1,234.50"));
    QCOMPARE(shown(*view, "05!2010301@3"), QStringLiteral("2.00"));
    QCOMPARE(shown(*view, "05!2010350@2"), QStringLiteral("3.00"));
    QCOMPARE(shown(*view, "05!2010350@3"), QString());
    QCOMPARE(shown(*view, "05!2010399@2"), QStringLiteral("5.00"));
    QCOMPARE(shown(*view, "05!2010399@3"), QStringLiteral("6.00"));
    QCOMPARE(shown(*view, "05!20103@1"), QStringLiteral("1,250.50"));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Paste"));
    // The pasted block is selected.
    QCOMPARE(view->tableView()->selectionModel()->selectedIndexes().size(), 6);

    doc->undoStack()->undo();
    QCOMPARE(shown(*view, "05!2010301@2"), QString());
    QCOMPARE(shown(*view, "05!2010350@2"), QStringLiteral("313.93"));
    QCOMPARE(shown(*view, "05!2010399@3"), QStringLiteral("2,305.64"));
    QCOMPARE(shown(*view, "05!20103@1"), QStringLiteral("2,619.57"));
}

void TestSheetView::refusedPastes_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("column"); // a grid column in at's row, or -1 for at's own
    QTest::addColumn<QString>("clip");
    QTest::addColumn<QString>("named"); // what the one message must name
    QTest::newRow("bad value") << "05!2010350@2" << -1 << "1\t2\n3\t12a\n" << "2010399";
    QTest::newRow("bad value over a computed cell") << "05!2010350@1" << -1 << "1a\t2\n" << "2010350";
    QTest::newRow("percentage") << "05!2010399@2" << -1 << "1\n12.5%\n" << "206";
    QTest::newRow("name cell") << "05!2010350@2" << 3 << "x\t1\n" << "2010350";
    QTest::newRow("past the last row") << "05!2210202@2" << -1 << "1\n2\n" << "2210202";
    QTest::newRow("past the last column") << "05!2210202@3" << -1 << "1\t2\n" << "2210202";
}

void TestSheetView::refusedPastes()
{
    QFETCH(QString, at);
    QFETCH(int, column);
    QFETCH(QString, clip);
    QFETCH(QString, named);
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    QSignalSpy messages(view.get(), &SheetView::statusMessage);
    const QHash<CellKey, Money> before = doc->inputValues();
    const int steps = doc->undoStack()->count();
    QVERIFY(view->selectCell(CellKey::fromString(at)));
    if (column >= 0)
        view->tableView()->setCurrentIndex(view->tableView()->currentIndex().siblingAtColumn(column));
    QApplication::clipboard()->setText(clip);
    QTest::keyClick(view->tableView(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(messages.size(), 1);
    const QString message = messages.at(0).at(0).toString();
    QVERIFY2(message.contains(named) && message.contains(QStringLiteral("公开05表")), qPrintable(message));
    QCOMPARE(doc->inputValues(), before);
    QCOMPARE(doc->undoStack()->count(), steps);
    // Said at the cell too.
    QVERIFY(view->cellMessage()->isVisible());
    QCOMPARE(view->cellMessage()->text(), message);
}

void TestSheetView::pasteOverComputedCells()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    QSignalSpy messages(view.get(), &SheetView::statusMessage);
    const int steps = doc->undoStack()->count();
    // 5 × 3 from 20103 小计 over 款, 项 and 类 rows: the 项 inputs are filled, the 小计 column and
    // the 类/款 rows compared; two of them differ.
    QVERIFY(view->selectCell(key("05!20103@1")));
    QApplication::clipboard()->setText(QStringLiteral("2,699.99\t400.00\t2,300.00\r\n"
                                                      "400.00\t¥400\t-\r\n"
                                                      "2,300.00\t—\t2,300\r\n"
                                                      "313.61\t\t313.61\r\n"
                                                      "313.60\t\t313.61\r\n"));
    QTest::keyClick(view->tableView(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(shown(*view, "05!2010350@2"), QStringLiteral("400.00"));
    QCOMPARE(shown(*view, "05!2010350@3"), QString());
    QCOMPARE(shown(*view, "05!2010399@3"), QStringLiteral("2,300.00"));
    QCOMPARE(shown(*view, "05!20103@1"), QStringLiteral("2,700.00")); // computed, not overwritten
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.at(0).at(0).toString().contains(
                     QStringLiteral("公开05表 20103 政府办公厅（室）及相关机构事务 本年支出/小计: pasted 2,699.99, computed 2,700.00")),
             qPrintable(messages.at(0).at(0).toString()));
    QListWidget *report = view->pasteReport();
    QTRY_VERIFY(report->isVisible());
    QCOMPARE(report->count(), 2);
    QVERIFY(report->item(1)->text().startsWith(QStringLiteral("公开05表 20604 技术研究与开发 本年支出/小计: pasted 313.60")));
    // A reported difference takes the user to its cell.
    report->setFocus();
    report->setCurrentRow(1);
    QTest::keyClick(report, Qt::Key_Return);
    QCOMPARE(view->tableView()->currentIndex(), view->model()->indexOf(key("05!20604@1")));

    // One undo step takes the whole paste back.
    doc->undoStack()->undo();
    QCOMPARE(shown(*view, "05!2010350@2"), QStringLiteral("313.93"));
    QCOMPARE(shown(*view, "05!2010399@3"), QStringLiteral("2,305.64"));

    // A block that agrees with every computed cell says nothing about them.
    QVERIFY(view->selectCell(key("05!20103@1")));
    QApplication::clipboard()->setText(QStringLiteral("2,619.57\t313.93\t2,305.64\n313.93\t313.93\t\n"));
    QVERIFY(view->paste());
    QVERIFY(!report->isVisible());
    QVERIFY(!messages.last().at(0).toString().contains(QStringLiteral("differ")));
    QCOMPARE(doc->undoStack()->index(), steps); // the same values again: no step
}

void TestSheetView::pasteUnit()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    QSignalSpy messages(view.get(), &SheetView::statusMessage);
    QCOMPARE(view->pasteUnit(), Money::Unit::Wanyuan);
    view->setPasteUnit(Money::Unit::Yuan);
    QVERIFY(view->selectCell(key("05!2010350@2")));
    // Finer than 分 in 元: refused, said at the cell, never rounded.
    QApplication::clipboard()->setText(QStringLiteral("12.345\r\n"));
    QVERIFY(!view->paste());
    QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("more than 2 decimals")),
             qPrintable(messages.last().at(0).toString()));
    QVERIFY(view->cellMessage()->isVisible());
    QCOMPARE(shown(*view, "05!2010350@2"), QStringLiteral("313.93"));
    QApplication::clipboard()->setText(QStringLiteral("1,234,567.89\r\n"));
    QVERIFY(view->paste());
    QCOMPARE(doc->value(key("05!2010350@2")).toExactWanyuan(), QStringLiteral("123.456789"));
    QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("元")));
    // Under 万元 the same text is exact.
    view->setPasteUnit(Money::Unit::Wanyuan);
    QApplication::clipboard()->setText(QStringLiteral("12.345\r\n"));
    QVERIFY(view->paste());
    QCOMPARE(doc->value(key("05!2010350@2")).toExactWanyuan(), QStringLiteral("12.345"));
    // A block copied from Juesuan is in 万元 whatever the unit says.
    view->setPasteUnit(Money::Unit::Yuan);
    QVERIFY(view->selectCell(key("05!2010399@3")));
    QTest::keyClick(view->tableView(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(SheetView::clipboardFormat()));
    QVERIFY(view->selectCell(key("05!2010350@2")));
    QTest::keyClick(view->tableView(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(shown(*view, "05!2010350@2"), QStringLiteral("2,305.64"));
}

void TestSheetView::singleValueFillsTheSelection()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    QTableView *t = view->tableView();
    const QModelIndex from = view->model()->indexOf(key("05!20103@1"));
    const QModelIndex to = view->model()->indexOf(key("05!2010399@3"));
    t->setCurrentIndex(from);
    t->selectionModel()->select(QItemSelection(from, to), QItemSelectionModel::ClearAndSelect);
    const int steps = doc->undoStack()->count();
    QApplication::clipboard()->setText(QStringLiteral("7\r\n"));
    QTest::keyClick(t, Qt::Key_V, Qt::ControlModifier);
    for (const char *cell : {"05!2010350@2", "05!2010350@3", "05!2010399@2", "05!2010399@3"})
        QCOMPARE(shown(*view, cell), QStringLiteral("7.00"));
    QCOMPARE(shown(*view, "05!20103@1"), QStringLiteral("28.00"));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY(!view->pasteReport()->isVisible());
}

void TestSheetView::deleteClearsInputsOnly()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    QSignalSpy messages(view.get(), &SheetView::statusMessage);
    QTableView *t = view->tableView();
    const QModelIndex from = view->model()->indexOf(key("05!2010350@1")); // computed
    const QModelIndex to = view->model()->indexOf(key("05!2010399@3"));
    t->setCurrentIndex(from);
    t->selectionModel()->select(QItemSelection(from, to), QItemSelectionModel::ClearAndSelect);
    const int steps = doc->undoStack()->count();
    QTest::keyClick(t, Qt::Key_Delete);
    QCOMPARE(shown(*view, "05!2010350@2"), QString());
    QCOMPARE(shown(*view, "05!2010399@3"), QString());
    QCOMPARE(shown(*view, "05!2010350@1"), QString()); // computed from two blanks: blank
    QCOMPARE(shown(*view, "05!20103@1"), QString());
    QCOMPARE(shown(*view, "05!total@1"), QStringLiteral("468.22"));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(messages.size(), 1); // says that the computed column was left alone
    QVERIFY(messages.at(0).at(0).toString().contains(QLatin1Char('2')));

    doc->undoStack()->undo();
    QCOMPARE(shown(*view, "05!2010350@2"), QStringLiteral("313.93"));
    QCOMPARE(shown(*view, "05!2010399@3"), QStringLiteral("2,305.64"));

    // Backspace does the same; on computed cells only it changes nothing and says so.
    t->selectionModel()->select(QItemSelection(from, from), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(t, Qt::Key_Backspace);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(messages.size(), 2);
}

void TestSheetView::copyIsTabSeparated()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    QTableView *t = view->tableView();
    const QModelIndex from = view->model()->indexOf(key("05!20103@1"));
    const QModelIndex to = view->model()->indexOf(key("05!2010399@3"));
    t->setCurrentIndex(from);
    t->selectionModel()->select(QItemSelection(from, to), QItemSelectionModel::ClearAndSelect);
    QApplication::clipboard()->clear();
    QTest::keyClick(t, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("2619.57\t313.93\t2305.64\n313.93\t313.93\t\n2305.64\t\t2305.64\n"));
    // Input amounts copied and pasted back change nothing: no undo step.
    const QModelIndex input = view->model()->indexOf(key("05!2010350@2"));
    t->setCurrentIndex(input);
    t->selectionModel()->select(QItemSelection(input, view->model()->indexOf(key("05!2010399@3"))),
                                QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(t, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("313.93\t\n\t2305.64\n"));
    const int steps = doc->undoStack()->count();
    QVERIFY(view->paste());
    QCOMPARE(doc->undoStack()->count(), steps);
}

void TestSheetView::addAndRemoveItemRows()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    QSignalSpy messages(view.get(), &SheetView::statusMessage);
    SheetModel *m = view->model();
    QLineEdit *field = view->addRowWidget()->lineEdit();
    const int rows = m->rowCount();
    const int steps = doc->undoStack()->count();

    // By code: the 项 brings its 款 (20101); 类 201 is already there.
    QTest::keyClicks(field, QStringLiteral("2010101"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m->rowCount(), rows + 2);
    QVERIFY(m->indexOf(key("05!20101@1")).isValid());
    QVERIFY(m->indexOf(key("05!2010101@2")).isValid());
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY(field->text().isEmpty());
    // The new row's first input cell is current, and its code column spans 类/款/项.
    QCOMPARE(view->tableView()->currentIndex(), m->indexOf(key("05!2010101@2")));
    QCOMPARE(view->tableView()->columnSpan(m->indexOf(key("05!2010101@2")).row(), 0), 3);

    // By a unique name; a new 类 comes with it.
    imeType(field, QStringLiteral("地质灾害防治"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(m->indexOf(key("05!224@1")).isValid());
    QVERIFY(m->indexOf(key("05!22406@1")).isValid());
    QVERIFY(m->indexOf(key("05!2240601@1")).isValid());

    // Picking from the list: the field offers "code name" entries from the catalogue.
    imeType(field, QStringLiteral("森林草原防"));
    QCompleter *completer = view->addRowWidget()->findChild<QCompleter *>();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QStringList offered;
    for (int r = 0; r < completer->popup()->model()->rowCount(); ++r)
        offered.append(completer->popup()->model()->index(r, 0).data().toString());
    QVERIFY2(offered.contains(QStringLiteral("2240602 森林草原防灾减灾")), qPrintable(offered.join(QLatin1Char('|'))));
    const QModelIndex entry = completer->popup()->model()->index(
            int(offered.indexOf(QStringLiteral("2240602 森林草原防灾减灾"))), 0);
    completer->popup()->setCurrentIndex(entry);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(m->indexOf(key("05!2240602@2")).isValid());
    QVERIFY(!completer->popup()->isVisible());

    // A name shared by many 项 is refused with a reason.
    const int count = messages.size();
    QVERIFY(!view->addRowWidget()->addItem(QStringLiteral("事业运行")));
    QCOMPARE(messages.size(), count + 1);
    QVERIFY(!view->addRowWidget()->addItem(QStringLiteral("2010350"))); // already there
    QCOMPARE(messages.size(), count + 2);
    QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("2010350")));

    // Remove: only on a 项 row; its empty 款 goes with it; one undo step.
    QToolButton *remove = view->addRowWidget()->removeButton();
    QVERIFY(view->selectCell(key("05!20101@1")));
    QVERIFY(!remove->isEnabled());
    QVERIFY(view->selectCell(key("05!2010101@2")));
    QVERIFY(remove->isEnabled());
    const int before = m->rowCount();
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m->rowCount(), before - 2);
    QVERIFY(!m->indexOf(key("05!20101@1")).isValid());
    doc->undoStack()->undo();
    QCOMPARE(m->rowCount(), before);
    QVERIFY(m->indexOf(key("05!2010101@2")).isValid());
}

void TestSheetView::selectionSummary()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    QSignalSpy summaries(view.get(), &SheetView::selectionSummaryChanged);
    QTableView *t = view->tableView();
    const QModelIndex a = view->model()->indexOf(key("05!2010350@2"));
    const QModelIndex b = view->model()->indexOf(key("05!2010399@3"));
    // Two values and two blanks: blanks are not counted.
    t->selectionModel()->select(QItemSelection(a, b), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(summaries.last().at(0).toString(),
             QStringLiteral("Sum: 2,619.57  Count: 2  Average: 1,309.79")); // 1,309.785 rounds up
    QCOMPARE(view->selectionSummary(), summaries.last().at(0).toString());
    // Editing a selected cell updates the summary.
    QVERIFY(doc->setCell(key("05!2010350@2"), Money::fromFen(Money::fenPerWanyuan)));
    QTRY_COMPARE(view->selectionSummary(), QStringLiteral("Sum: 2,306.64  Count: 2  Average: 1,153.32"));
    // Labels only: no summary.
    t->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(view->selectionSummary(), QString());
}

void TestSheetView::bandedHeaderFollowsColumns()
{
    auto doc = loadSample();
    auto view = showView(doc.get(), QStringLiteral("05"));
    BandedHeaderView *header = view->header();
    QCOMPARE(header->bandRowCount(), 3);
    const TableTemplate &t = view->model()->tableTemplate();
    const GridCell *band = nullptr; // "本年支出" over columns 4..6
    for (const GridCell &g : t.header())
        if (g.text == QStringLiteral("本年支出"))
            band = &g;
    QVERIFY(band);
    QTableView *table = view->tableView();
    QRect r = header->bandRect(*band);
    QCOMPARE(r.width(), table->columnWidth(4) + table->columnWidth(5) + table->columnWidth(6));
    QCOMPARE(r.left(), table->columnViewportPosition(4));
    QVERIFY(header->height() >= 3 * header->fontMetrics().height());
    // It follows a resize and horizontal scrolling.
    table->setColumnWidth(5, table->columnWidth(5) + 50);
    QCOMPARE(header->bandRect(*band).width(), r.width() + 50);
    view->resize(400, 500);
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    table->horizontalScrollBar()->setValue(60);
    QCOMPARE(header->bandRect(*band).left(), table->columnViewportPosition(4));
    QCOMPARE(header->bandAt(header->bandRect(*band).center()), band);
    // A band whose first columns scrolled away is still drawn, in part.
    const GridCell *left = nullptr; // "项 目" over columns 0..3
    for (const GridCell &g : t.header())
        if (g.row == 0 && g.col == 0)
            left = &g;
    QVERIFY(left);
    QVERIFY(table->columnViewportPosition(0) < 0);
    const QRect leftRect = header->bandRect(*left);
    QCOMPARE(leftRect.left(), table->columnViewportPosition(0));
    QCOMPARE(leftRect.right() + 1, table->columnViewportPosition(4));
    // A narrow column makes a long caption wrap: the header grows.
    const int height = header->sizeHint().height();
    table->setColumnWidth(3, 30);
    QVERIFY(header->sizeHint().height() > height);
}

QTEST_MAIN(TestSheetView)
#include "tst_sheetview.moc"
