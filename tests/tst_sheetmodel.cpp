// SheetModel over the bundled sample: what every role shows, that editing goes through the
// document, and that the document's changes reach the model as the narrowest signals —
// dataChanged for exactly the cells whose value changed, row inserts and removals for
// code-list rows, a reset only when the document is reset.
#include "document.h"
#include "documentio.h"
#include "sheetlayout.h"
#include "sheetmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {


// Every index covered by the dataChanged signals in `spy`; fails on ranges spanning rows.
QSet<QPair<int, int>> signalledCells(const QSignalSpy &spy, bool *rowsOnly)
{
    QSet<QPair<int, int>> out;
    *rowsOnly = true;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex tl = args.at(0).toModelIndex();
        const QModelIndex br = args.at(1).toModelIndex();
        if (tl.row() != br.row())
            *rowsOnly = false;
        for (int r = tl.row(); r <= br.row(); ++r)
            for (int c = tl.column(); c <= br.column(); ++c)
                out.insert({r, c});
    }
    return out;
}

// The exact value (EditRole) of every place of a model.
QHash<QPair<int, int>, QString> snapshot(const QAbstractItemModel &m)
{
    QHash<QPair<int, int>, QString> out;
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c = 0; c < m.columnCount(); ++c)
            out.insert({r, c}, m.index(r, c).data(Qt::EditRole).toString());
    return out;
}

QSet<QPair<int, int>> differences(const QHash<QPair<int, int>, QString> &a, const QHash<QPair<int, int>, QString> &b)
{
    QSet<QPair<int, int>> out;
    for (auto it = a.begin(); it != a.end(); ++it)
        if (b.value(it.key()) != it.value())
            out.insert(it.key());
    return out;
}

QStringList rowKeys(const SheetModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.rowKey(r));
    return out;
}

QStringList layoutKeys(const Document &d, const QString &table)
{
    const SheetLayout layout(d, table);
    QStringList out;
    for (int r = 0; r < layout.rowCount(); ++r)
        out.append(layout.row(r).key);
    return out;
}

} // namespace

class TestSheetModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelTesterOnEveryTable();
    void editSignalsExactlyTheChangedCells();
    void display_data();
    void display();
    void flagsAndRoles();
    void refusedEdits();
    void rowInsertionsAndRemovals();
    void severalRunsInOneChange();
    void spans();
    void resetOnlyOnDocumentReset();
    void showsPrintedValues();
    void computedTooltipsInWords_data();
    void computedTooltipsInWords();
};

void TestSheetModel::initTestCase()
{
    QVERIFY(QFile::exists(samplePath()));
}

void TestSheetModel::modelTesterOnEveryTable()
{
    auto doc = loadSample();
    QList<SheetModel *> models;
    QList<QAbstractItemModelTester *> testers;
    for (const TableTemplate &t : doc->reportTemplate().tables()) {
        auto *m = new SheetModel(doc.get(), t.id(), doc.get());
        models.append(m);
        testers.append(new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, m));
    }
    QUndoStack *stack = doc->undoStack();
    const int start = stack->index();

    // Edits through a model, through the document, a multi-cell step, a new 项 in a new
    // 类, a 项 in an existing 款, removals, then everything undone and redone.
    SheetModel *m05 = models.at(4);
    QCOMPARE(m05->tableId(), QStringLiteral("05"));
    QVERIFY(m05->setData(m05->indexOf(key("05!2010350@2")), QStringLiteral("400.00")));
    QVERIFY(doc->setCell(key("01!1@1"), Money::fromFen(123456789)));
    QVERIFY(doc->setCells({{key("05!2060404@3"), Money::fromFen(1)}, {key("06!30101@1"), Money::fromFen(-5)}},
                          QStringLiteral("two")));
    for (const QString &table : {QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("05"),
                                 QStringLiteral("07"), QStringLiteral("08")}) {
        QString error;
        QVERIFY2(doc->addItemRow(table, QStringLiteral("2130101"), &error), qPrintable(error));
        QVERIFY2(doc->addItemRow(table, QStringLiteral("2010301"), &error), qPrintable(error));
    }
    QVERIFY(doc->setCell(key("05!2130101@2"), Money::fromFen(700)));
    QVERIFY(doc->removeItemRow(QStringLiteral("05"), QStringLiteral("2060404")));
    QVERIFY(doc->removeItemRow(QStringLiteral("05"), QStringLiteral("2130101")));
    const int end = stack->index();
    while (stack->index() > start)
        stack->undo();
    for (SheetModel *m : std::as_const(models))
        QCOMPARE(rowKeys(*m), layoutKeys(*doc, m->tableId()));
    while (stack->index() < end)
        stack->redo();
    for (SheetModel *m : std::as_const(models)) {
        QCOMPARE(rowKeys(*m), layoutKeys(*doc, m->tableId()));
        // After all that, each place shows what a fresh model of the same document shows.
        SheetModel fresh(doc.get(), m->tableId());
        QCOMPARE(snapshot(*m), snapshot(fresh));
    }
}

void TestSheetModel::editSignalsExactlyTheChangedCells()
{
    auto doc = loadSample();
    QHash<QString, SheetModel *> models;
    QHash<QString, QSignalSpy *> spies;
    QHash<QString, QHash<QPair<int, int>, QString>> before;
    for (const TableTemplate &t : doc->reportTemplate().tables()) {
        auto *m = new SheetModel(doc.get(), t.id(), doc.get());
        models.insert(t.id(), m);
        spies.insert(t.id(), new QSignalSpy(m, &QAbstractItemModel::dataChanged));
        before.insert(t.id(), snapshot(*m));
    }
    SheetModel *m05 = models.value(QStringLiteral("05"));
    const QModelIndex cell = m05->indexOf(key("05!2010350@2"));
    QVERIFY(cell.isValid());
    QVERIFY(m05->setData(cell, QStringLiteral("400.00")));
    QCOMPARE(doc->value(key("05!2010350@2")), Money::fromFen(400 * Money::fenPerWanyuan));

    // 05表: the 项's columns 1 and 2 and the same columns of its 款, 类 and 合计 rows.
    QSet<QPair<int, int>> expected05;
    for (const char *row : {"2010350", "20103", "201", "total"})
        for (const char *col : {"1", "2"}) {
            const QModelIndex i = m05->indexOf(CellKey{QStringLiteral("05"), QString::fromLatin1(row),
                                                       QString::fromLatin1(col)});
            QVERIFY(i.isValid());
            expected05.insert({i.row(), i.column()});
        }
    bool rowsOnly = false;
    QCOMPARE(signalledCells(*spies.value(QStringLiteral("05")), &rowsOnly), expected05);
    QVERIFY(rowsOnly);
    // Two adjacent columns per row: one signal per row, four in all.
    QCOMPARE(spies.value(QStringLiteral("05"))->size(), 4);

    // Every table: the signalled places are exactly the places whose value changed.
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QSet<QPair<int, int>> changed = differences(before.value(it.key()), snapshot(*it.value()));
        QCOMPARE(signalledCells(*spies.value(it.key()), &rowsOnly), changed);
        QVERIFY(rowsOnly);
    }
    // 04表 follows 05表 (its 一般公共预算 支出 column), so the check was not vacuous there;
    // 01表 takes its 支出 from 03表 and must hear nothing.
    QVERIFY(!spies.value(QStringLiteral("04"))->isEmpty());
    QVERIFY(spies.value(QStringLiteral("01"))->isEmpty());
    QVERIFY(spies.value(QStringLiteral("09"))->isEmpty());

    // A 03表 edit reaches 01表 (支出 by 类) with exactly its changed cells.
    for (auto it = models.begin(); it != models.end(); ++it) {
        spies.value(it.key())->clear();
        before.insert(it.key(), snapshot(*it.value()));
    }
    SheetModel *m03 = models.value(QStringLiteral("03"));
    QVERIFY(m03->setData(m03->indexOf(key("03!2010350@2")), QStringLiteral("1,000")));
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QSet<QPair<int, int>> changed = differences(before.value(it.key()), snapshot(*it.value()));
        QCOMPARE(signalledCells(*spies.value(it.key()), &rowsOnly), changed);
        QVERIFY(rowsOnly);
    }
    const QSet<QPair<int, int>> signalled01 = signalledCells(*spies.value(QStringLiteral("01")), &rowsOnly);
    SheetModel *m01 = models.value(QStringLiteral("01"));
    for (const char *cell : {"01!32@2", "01!58@2", "01!62@2"}) {
        const QModelIndex i = m01->indexOf(key(cell));
        QVERIFY2(signalled01.contains({i.row(), i.column()}), cell);
    }
    qDeleteAll(spies);
}

void TestSheetModel::display_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("edit");
    QTest::newRow("05 合计") << "05!total@1" << "3,087.79" << "3087.79";
    QTest::newRow("05 项") << "05!2010350@2" << "313.93" << "313.93";
    QTest::newRow("05 blank") << "05!2010350@3" << "" << "";
    QTest::newRow("05 类 computed") << "05!201@3" << "2,305.64" << "2305.64";
    QTest::newRow("01 row 1") << "01!1@1" << "3,087.79" << "3087.79";
}

void TestSheetModel::display()
{
    QFETCH(QString, cell);
    QFETCH(QString, display);
    QFETCH(QString, edit);
    auto doc = loadSample();
    const CellKey k = CellKey::fromString(cell);
    SheetModel m(doc.get(), k.table);
    const QModelIndex i = m.indexOf(k);
    QVERIFY(i.isValid());
    QCOMPARE(i.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(i.data(Qt::EditRole).toString(), edit);
    QCOMPARE(i.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(i.data(SheetModel::CellKeyRole).value<CellKey>(), k);
    QCOMPARE(m.cellKey(i), k);
}

void TestSheetModel::flagsAndRoles()
{
    auto doc = loadSample();
    SheetModel m(doc.get(), QStringLiteral("05"));
    const QModelIndex input = m.indexOf(key("05!2010350@2"));
    const QModelIndex computedItem = m.indexOf(key("05!2010350@1"));
    const QModelIndex computedTotal = m.indexOf(key("05!total@2"));
    QVERIFY(m.flags(input) & Qt::ItemIsEditable);
    QVERIFY(!(m.flags(computedItem) & Qt::ItemIsEditable));
    QVERIFY(!(m.flags(computedTotal) & Qt::ItemIsEditable));
    QVERIFY(m.flags(input) & Qt::ItemIsSelectable);
    QCOMPARE(input.data(SheetModel::ComputedRole).toBool(), false);
    QCOMPARE(computedItem.data(SheetModel::ComputedRole).toBool(), true);
    QVERIFY(!input.data(Qt::BackgroundRole).isValid());
    QVERIFY(computedTotal.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);

    // Labels, codes and names: text, never editable, no cell key.
    const int row201 = m.indexOf(key("05!201@1")).row();
    QCOMPARE(m.index(row201, 0).data().toString(), QStringLiteral("201"));
    QCOMPARE(m.index(row201, 3).data().toString(), QStringLiteral("一般公共服务支出"));
    QVERIFY(!(m.flags(m.index(row201, 0)) & Qt::ItemIsEditable));
    QVERIFY(!m.index(row201, 0).data(SheetModel::CellKeyRole).value<CellKey>().isValid());
    QCOMPARE(m.index(0, 0).data().toString(), QStringLiteral("合 计"));
    QCOMPARE(m.index(0, 0).data(SheetModel::LevelRole).toInt(), 0);
    QCOMPARE(m.index(row201, 0).data(SheetModel::LevelRole).toInt(), 1);
    QCOMPARE(m.index(input.row(), 0).data(SheetModel::LevelRole).toInt(), 3);
    // Bold for 合计, 类 and 款 rows as published; not for 项 rows.
    QVERIFY(m.index(row201, 5).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m.index(input.row(), 5).data(Qt::FontRole).isValid());

    // Negative amounts are red; positive ones take the view's colour.
    QVERIFY(!input.data(Qt::ForegroundRole).isValid());
    QVERIFY(m.setData(input, QStringLiteral("-1.5")));
    QCOMPARE(input.data().toString(), QStringLiteral("-1.50"));
    const QColor red = input.data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(red.red() > 150 && red.green() < 60 && red.blue() < 60);

    // A fixed row mixing a bold line and a plain one: the weight follows each cell's line.
    SheetModel m06(doc.get(), QStringLiteral("06"));
    const QModelIndex bold303 = m06.indexOf(key("06!303@1"));
    const QModelIndex plain30215 = m06.indexOf(key("06!30215@1"));
    QCOMPARE(bold303.row(), plain30215.row());
    QVERIFY(bold303.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(m06.index(bold303.row(), 1).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!plain30215.data(Qt::FontRole).isValid());
    QVERIFY(!m06.index(bold303.row(), 4).data(Qt::FontRole).isValid());

    // A fixed table: 行次 and names from the template.
    SheetModel m01(doc.get(), QStringLiteral("01"));
    const QModelIndex r27 = m01.indexOf(key("01!27@1"));
    QVERIFY(r27.isValid());
    QCOMPARE(m01.index(r27.row(), 1).data().toString(), QStringLiteral("27"));
    QVERIFY(m01.index(r27.row(), 0).data().toString().contains(QStringLiteral("本年收入合计")));
    QVERIFY(!(m01.flags(r27) & Qt::ItemIsEditable));
    QVERIFY(m01.flags(m01.indexOf(key("01!1@1"))) & Qt::ItemIsEditable);
}

void TestSheetModel::refusedEdits()
{
    auto doc = loadSample();
    SheetModel m(doc.get(), QStringLiteral("05"));
    QSignalSpy refused(&m, &SheetModel::editRefused);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    const QModelIndex input = m.indexOf(key("05!2010350@2"));
    const int steps = doc->undoStack()->count();

    QVERIFY(!m.setData(input, QStringLiteral("12a")));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).at(0).toModelIndex(), QModelIndex(input));
    const QString reason = refused.at(0).at(1).toString();
    QVERIFY2(reason.contains(QStringLiteral("公开05表")) && reason.contains(QStringLiteral("2010350"))
                     && reason.contains(QStringLiteral("12a")),
             qPrintable(reason));
    QCOMPARE(m.lastError(), reason);
    QCOMPARE(input.data().toString(), QStringLiteral("313.93"));

    QVERIFY(!m.setData(m.indexOf(key("05!total@1")), QStringLiteral("1")));
    QVERIFY(!m.setData(m.index(1, 0), QStringLiteral("1"))); // a code cell
    QCOMPARE(refused.size(), 3);
    QCOMPARE(doc->undoStack()->count(), steps);
    QVERIFY(changed.isEmpty());

    // A good value clears the error, and a blank is blank, not zero.
    QVERIFY(m.setData(input, QString()));
    QVERIFY(m.lastError().isEmpty());
    QVERIFY(doc->value(key("05!2010350@2")).isBlank());
    QCOMPARE(input.data().toString(), QString());
    QVERIFY(m.setData(input, QStringLiteral("０")));
    QCOMPARE(input.data().toString(), QStringLiteral("0.00"));
}

void TestSheetModel::rowInsertionsAndRemovals()
{
    auto doc = loadSample();
    SheetModel m(doc.get(), QStringLiteral("05"));
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    const int rows = m.rowCount();
    const int row201 = m.indexOf(key("05!201@1")).row();

    // 2010101 needs its 款 20101, which sorts right after 类 201.
    QVERIFY(doc->addItemRow(QStringLiteral("05"), QStringLiteral("2010101")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), row201 + 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), row201 + 2);
    QCOMPARE(m.rowKey(row201 + 1), QStringLiteral("20101"));
    QCOMPARE(m.rowKey(row201 + 2), QStringLiteral("2010101"));
    QCOMPARE(m.rowCount(), rows + 2);
    // The new cells are reachable by key (the index was rebuilt) and the code spans stay right.
    QCOMPARE(m.indexOf(key("05!2010101@2")), m.index(row201 + 2, 5));
    QCOMPARE(m.indexOf(key("05!2010350@2")).row(), row201 + 4);

    // A 项 in an existing 款: one row.
    QVERIFY(doc->addItemRow(QStringLiteral("05"), QStringLiteral("2010301")));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), inserted.at(1).at(2).toInt());

    // A new 类 at the end: three rows appended.
    QVERIFY(doc->addItemRow(QStringLiteral("05"), QStringLiteral("2240601")));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), rows + 3);
    QCOMPARE(inserted.at(2).at(2).toInt(), rows + 5);

    // Removing the only 项 of a 款 removes both rows in one signal; undo puts them back.
    doc->undoStack()->undo();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(2).toInt() - removed.at(0).at(1).toInt(), 2);
    QVERIFY(doc->removeItemRow(QStringLiteral("05"), QStringLiteral("2010101")));
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(1).at(1).toInt(), row201 + 1);
    QCOMPARE(removed.at(1).at(2).toInt(), row201 + 2);
    QCOMPARE(rowKeys(m), layoutKeys(*doc, QStringLiteral("05")));
    QVERIFY(reset.isEmpty());
}

void TestSheetModel::severalRunsInOneChange()
{
    // One change that adds and removes rows in several places (as a future import might):
    // the model signals each contiguous run and ends with the document's rows.
    auto doc = loadSample();
    SheetModel m(doc.get(), QStringLiteral("05"));
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QStringList codes = doc->itemRows(QStringLiteral("05"));
    codes.removeAll(QStringLiteral("2060404")); // 206, 20604, 2060404 go
    codes.removeAll(QStringLiteral("2101103")); // one row goes
    codes << QStringLiteral("2010101") << QStringLiteral("2080501") << QStringLiteral("2240601");
    doc->applyItemRows(QStringLiteral("05"), codes);
    QCOMPARE(rowKeys(m), layoutKeys(*doc, QStringLiteral("05")));
    QCOMPARE(removed.size(), 2);
    QCOMPARE(inserted.size(), 3);
    SheetModel fresh(doc.get(), QStringLiteral("05"));
    QCOMPARE(snapshot(m), snapshot(fresh));
}

void TestSheetModel::spans()
{
    auto doc = loadSample();
    SheetModel m06(doc.get(), QStringLiteral("06"));
    const int last = m06.rowCount() - 1;
    const QList<QRect> s = m06.spans(last, last);
    QCOMPARE(s, (QList<QRect>{QRect(0, last, 2, 1), QRect(3, last, 5, 1)}));
    QCOMPARE(m06.span(m06.index(last, 3)), QSize(5, 1));
    QCOMPARE(m06.indexOf(key("06!public@1")), m06.index(last, 8));

    SheetModel m05(doc.get(), QStringLiteral("05"));
    const QList<QRect> s05 = m05.spans(0, 1);
    // 合计 spans code and name columns; a 类 code spans the three code columns.
    QCOMPARE(s05, (QList<QRect>{QRect(0, 0, 4, 1), QRect(0, 1, 3, 1)}));
}

void TestSheetModel::resetOnlyOnDocumentReset()
{
    auto doc = loadSample();
    SheetModel m(doc.get(), QStringLiteral("05"));
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    QString error;
    QHash<QString, QStringList> rows;
    rows.insert(QStringLiteral("05"), {QStringLiteral("2010350")});
    QVERIFY2(doc->resetTables(rows, {{key("05!2010350@2"), Money::fromFen(100)}}, &error), qPrintable(error));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(rowKeys(m), (QStringList{QStringLiteral("total"), QStringLiteral("201"), QStringLiteral("20103"),
                                      QStringLiteral("2010350")}));
    QCOMPARE(m.indexOf(key("05!total@1")).data().toString(), QStringLiteral("0.00"));
}

// View → As Printed: the model shows the printed (舍位平衡) value, marks a nudged cell and
// names the relation kept in its tooltip; editing still takes exact values.
void TestSheetModel::showsPrintedValues()
{
    auto doc = loadSample();
    SheetModel model(doc.get(), QStringLiteral("05"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Two 项 of 20103 whose 元 amounts make its 小计 print 0.01 off its columns half up.
    QString error;
    const QList<QPair<CellKey, Money>> changes{
            {key("05!2010301@2"), Money::parse(QStringLiteral("120.1234")).value},
            {key("05!2010301@3"), Money::parse(QStringLiteral("15.0050")).value},
            {key("05!2010350@2"), Money::parse(QStringLiteral("80.4051")).value},
            {key("05!2010399@3"), Money::parse(QStringLiteral("98.4014")).value}};
    for (const char *code : {"2010301", "2010350", "2010399"})
        if (!doc->itemRows(QStringLiteral("05")).contains(QString::fromLatin1(code)))
            QVERIFY2(doc->addItemRow(QStringLiteral("05"), QString::fromLatin1(code), &error), qPrintable(error));
    QVERIFY2(doc->setCells(changes, QStringLiteral("test"), &error), qPrintable(error));
    QList<CellKey> nudged;
    for (const CellKey &k : doc->printed().nudgedCells())
        if (k.table == QLatin1String("05"))
            nudged.append(k);
    QVERIFY(!nudged.isEmpty());
    const QModelIndex i = model.indexOf(nudged.first());
    QVERIFY(i.isValid());
    const QString halfUp = doc->value(nudged.first()).toWanyuan(true, 2);
    const QString printed = doc->printed().printedValue(nudged.first()).toWanyuan(true, 2);
    QVERIFY(halfUp != printed);
    QCOMPARE(i.data(Qt::DisplayRole).toString(), halfUp);
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.setShowPrinted(true);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(i.data(Qt::DisplayRole).toString(), printed);
    QVERIFY(!i.data(Qt::DecorationRole).isNull());
    QVERIFY2(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("to keep")),
             qPrintable(i.data(Qt::ToolTipRole).toString()));
    QCOMPARE(i.data(Qt::EditRole).toString(), doc->value(nudged.first()).toExactWanyuan());
    model.setShowPrinted(false);
    QCOMPARE(i.data(Qt::DisplayRole).toString(), halfUp);
}

void TestSheetModel::computedTooltipsInWords_data()
{
    QTest::addColumn<bool>("empty"); // a new report rather than the sample
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("says");
    QTest::newRow("01 from 03") << false << "01!32@2" << "= 公开03表 201 一般公共服务支出 1栏";
    QTest::newRow("01 from 02's 合计") << false << "01!4@1" << "= 公开02表 合计 3栏";
    QTest::newRow("05 小计") << false << "05!2010350@1" << "= 2栏 + 3栏";
    QTest::newRow("05 款 row") << false << "05!20103@3" << "= 2010350 + 2010399 (项 rows)";
    QTest::newRow("01 行次 sum") << false << "01!27@1" << "= 1行 + 2行 + … + 8行";
    QTest::newRow("new report: 01 from 03") << true << "01!32@2" << "= 公开03表 201 一般公共服务支出 1栏";
    QTest::newRow("new report: 合计") << true << "05!total@2" << "= the sum of its 类 rows (there are none yet)";
    QTest::newRow("new report: 07 balance") << true << "07!total@6" << "= 1栏 + 2栏 − 3栏";
}

void TestSheetModel::computedTooltipsInWords()
{
    QFETCH(bool, empty);
    QFETCH(QString, cell);
    QFETCH(QString, says);
    std::unique_ptr<Document> doc = empty ? std::make_unique<Document>(ReportTemplate::builtin(QStringLiteral("2023")))
                                          : loadSample();
    const CellKey key = CellKey::fromString(cell);
    SheetModel model(doc.get(), key.table);
    const QString tip = model.indexOf(key).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.split(QLatin1Char('\n')).contains(says), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("cannot be typed into")), qPrintable(tip));
    // Never a count of cells ("由 0 个单元格计算得出") nor an internal key.
    QVERIFY2(!tip.contains(QStringLiteral("Computed from")) && !tip.contains(QLatin1Char('@')), qPrintable(tip));
    // An input cell has no formula to tell.
    const QModelIndex input = model.indexOf(CellKey{key.table, QStringLiteral("2010350"), QStringLiteral("2")});
    if (input.isValid())
        QVERIFY(!input.data(Qt::ToolTipRole).toString().contains(QLatin1Char('=')));
}

QTEST_MAIN(TestSheetModel)
#include "tst_sheetmodel.moc"
