// Document: edits as undoable commands, the exact set of cells an edit changes across
// tables, code-list rows that bring their parents, and the modified state.
#include "document.h"
#include "documentio.h"
#include "testsupport.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {

CellKey key(const char *table, const char *row, const char *col)
{
    return CellKey{QString::fromLatin1(table), QString::fromLatin1(row), QString::fromLatin1(col)};
}

QHash<CellKey, Money> allValues(const Document &doc)
{
    QHash<CellKey, Money> out;
    for (const TableTemplate &t : doc.reportTemplate().tables()) {
        if (t.isCodeList()) {
            for (const auto &r : doc.bodyRows(t.id()))
                for (const QString &c : t.amountColumns())
                    out.insert(CellKey{t.id(), r.first, c}, doc.value(CellKey{t.id(), r.first, c}));
        } else {
            for (const CellKey &k : t.amountCells())
                out.insert(k, doc.value(k));
        }
    }
    return out;
}
} // namespace

class TestDocument : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void editOf05ItemChangesExactlyItsDependents();
    void editOf03ItemReaches01();
    void undoRestoresEveryDependent();
    void repeatedEditsOfOneCellMerge();
    void editBackToStartIsObsolete();
    void computedAndUnknownCellsAreRefused();
    void pasteIsOneUndoStep();
    void addingAnItemBringsItsParents();
    void removingARowAndUndoKeepsItsValues();
    void addItemRefusals_data();
    void addItemRefusals();
    void modifiedFollowsTheCleanState();
    void textsFiguresAndFormsAreUndoable();

private:
    std::unique_ptr<Document> m_doc;
};

void TestDocument::init()
{
    QString error;
    m_doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestDocument::editOf05ItemChangesExactlyItsDependents()
{
    QSignalSpy spy(m_doc.get(), &Document::cellsChanged);
    const QHash<CellKey, Money> before = allValues(*m_doc);
    QVERIFY(m_doc->setCell(key("05", "2010350", "2"), wan("400.00")));
    QCOMPARE(spy.size(), 1);
    const QList<CellKey> reported = spy.first().first().value<QList<CellKey>>();
    const QSet<CellKey> expected = {
        key("05", "2010350", "2"), key("05", "2010350", "1"), // the 项 and its 小计
        key("05", "20103", "2"), key("05", "20103", "1"),     // 款
        key("05", "201", "2"), key("05", "201", "1"),         // 类
        key("05", "total", "2"), key("05", "total", "1"),     // 合计
        // 04表 takes 一般公共预算 expenditure by 类 from 05表 column 1.
        key("04", "33", "3"), key("04", "33", "2"), key("04", "59", "3"), key("04", "59", "2"),
        key("04", "64", "3"), key("04", "64", "2"),
    };
    QCOMPARE(QSet<CellKey>(reported.begin(), reported.end()), expected);
    QCOMPARE(reported.size(), expected.size()); // no cell twice
    // …and nothing else moved: 01表 reads 03表 (all funds), not 05表.
    const QHash<CellKey, Money> after = allValues(*m_doc);
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!expected.contains(it.key()))
            QVERIFY2(before.value(it.key()) == it.value(), qPrintable(it.key().toString()));
    QCOMPARE(m_doc->value(key("05", "total", "1")).toWanyuan(), QStringLiteral("3,173.86"));
    QCOMPARE(m_doc->value(key("04", "64", "2")).toWanyuan(), QStringLiteral("3,173.86"));
    QCOMPARE(m_doc->value(key("05", "2010350", "1")).toWanyuan(), QStringLiteral("400.00"));
}

void TestDocument::editOf03ItemReaches01()
{
    QSignalSpy spy(m_doc.get(), &Document::cellsChanged);
    QVERIFY(m_doc->setCell(key("03", "2060404", "3"), wan("300")));
    const QList<CellKey> reported = spy.first().first().value<QList<CellKey>>();
    const QSet<CellKey> expected = {
        key("03", "2060404", "3"), key("03", "2060404", "1"), key("03", "20604", "3"), key("03", "20604", "1"),
        key("03", "206", "3"), key("03", "206", "1"), key("03", "total", "3"), key("03", "total", "1"),
        // 01表 expenditure by 类 is 03表 column 1; 本年支出合计 and 总计 follow.
        key("01", "37", "2"), key("01", "58", "2"), key("01", "62", "2"),
    };
    QCOMPARE(QSet<CellKey>(reported.begin(), reported.end()), expected);
    QCOMPARE(m_doc->value(key("01", "62", "2")).toWanyuan(), QStringLiteral("3,074.18"));
}

void TestDocument::undoRestoresEveryDependent()
{
    const QHash<CellKey, Money> before = allValues(*m_doc);
    QVERIFY(m_doc->setCell(key("05", "2100410", "3"), wan("-12.5")));
    QVERIFY(allValues(*m_doc) != before);
    QSignalSpy spy(m_doc.get(), &Document::cellsChanged);
    m_doc->undoStack()->undo();
    QCOMPARE(allValues(*m_doc), before);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<QList<CellKey>>().size(), 14);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->value(key("05", "21004", "3")).toWanyuan(), QStringLiteral("-12.50"));
}

void TestDocument::repeatedEditsOfOneCellMerge()
{
    const CellKey k = key("06", "30201", "1");
    QVERIFY(m_doc->setCell(k, wan("1")));
    QVERIFY(m_doc->setCell(k, wan("2")));
    QVERIFY(m_doc->setCell(k, wan("3")));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->setCell(key("06", "30202", "1"), wan("1")));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->value(k).toWanyuan(), QStringLiteral("2.44"));
    QCOMPARE(m_doc->value(key("06", "public", "1")).toWanyuan(), QStringLiteral("30.92"));
}

void TestDocument::editBackToStartIsObsolete()
{
    const CellKey k = key("09", "1", "12");
    QVERIFY(m_doc->setCell(k, wan("0.50")));
    QVERIFY(m_doc->setCell(k, wan("0.08")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestDocument::computedAndUnknownCellsAreRefused()
{
    QString error;
    QVERIFY(!m_doc->setCell(key("05", "total", "1"), wan("1"), &error));
    QVERIFY2(error.contains(QStringLiteral("computed")), qPrintable(error));
    QVERIFY(!m_doc->setCell(key("01", "27", "1"), wan("1"), &error));
    QVERIFY(!m_doc->setCell(key("05", "2999999", "2"), wan("1"), &error));
    QVERIFY2(error.contains(QStringLiteral("not a cell")), qPrintable(error));
    QVERIFY(!m_doc->setCell(key("77", "1", "1"), wan("1"), &error));
    QVERIFY2(error.contains(QStringLiteral("no table 77")), qPrintable(error));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // A batch with one bad cell changes nothing.
    QVERIFY(!m_doc->setCells({{key("06", "30201", "1"), wan("5")}, {key("06", "301", "1"), wan("5")}},
                             QStringLiteral("Paste"), &error));
    QCOMPARE(m_doc->value(key("06", "30201", "1")).toWanyuan(), QStringLiteral("2.44"));
}

void TestDocument::pasteIsOneUndoStep()
{
    const QHash<CellKey, Money> before = allValues(*m_doc);
    QVERIFY(m_doc->setCells({{key("03", "2010350", "2"), wan("1")},
                             {key("03", "2010350", "3"), wan("2")},
                             {key("03", "2010399", "2"), Money()},
                             {key("03", "2010399", "3"), wan("4")}},
                            QStringLiteral("Paste")));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Paste"));
    QCOMPARE(m_doc->value(key("03", "20103", "1")).toWanyuan(), QStringLiteral("7.00"));
    m_doc->undoStack()->undo();
    QCOMPARE(allValues(*m_doc), before);
}

void TestDocument::addingAnItemBringsItsParents()
{
    QSignalSpy rows(m_doc.get(), &Document::rowsChanged);
    QSignalSpy cells(m_doc.get(), &Document::cellsChanged);
    QVERIFY(m_doc->addItemRow(QStringLiteral("05"), QStringLiteral("2050201")));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().first().toString(), QStringLiteral("05"));
    QStringList keys;
    for (const auto &r : m_doc->bodyRows(QStringLiteral("05")))
        keys.append(r.first);
    QVERIFY(keys.contains(QStringLiteral("205")) && keys.contains(QStringLiteral("20502")));
    QCOMPARE(keys.indexOf(QStringLiteral("205")), keys.indexOf(QStringLiteral("2010399")) + 1);
    QCOMPARE(m_doc->rowName(QStringLiteral("05"), QStringLiteral("205")), QStringLiteral("教育支出"));
    // The new row sums into 类, 合计 and 04表 line 37 (教育支出).
    QVERIFY(m_doc->setCell(key("05", "2050201", "3"), wan("10")));
    QCOMPARE(m_doc->value(key("05", "205", "1")).toWanyuan(), QStringLiteral("10.00"));
    QCOMPARE(m_doc->value(key("04", "37", "3")).toWanyuan(), QStringLiteral("10.00"));
    QCOMPARE(m_doc->value(key("05", "total", "1")).toWanyuan(), QStringLiteral("3,097.79"));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->bodyRows(QStringLiteral("05")).size(), 21);
    QVERIFY(!m_doc->hasCell(key("05", "205", "1")));
    QVERIFY(m_doc->value(key("04", "37", "3")).isBlank());
}

void TestDocument::removingARowAndUndoKeepsItsValues()
{
    QVERIFY(m_doc->removeItemRow(QStringLiteral("05"), QStringLiteral("2060404")));
    QVERIFY(!m_doc->hasCell(key("05", "206", "1"))); // its 类 and 款 went with it
    QCOMPARE(m_doc->value(key("05", "total", "1")).toWanyuan(), QStringLiteral("2,774.18"));
    QVERIFY(m_doc->value(key("04", "38", "3")).isBlank());
    QVERIFY(m_doc->undoStack()->undoText().contains(QStringLiteral("2060404")));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->value(key("05", "2060404", "3")).toWanyuan(), QStringLiteral("313.61"));
    QCOMPARE(m_doc->value(key("04", "38", "3")).toWanyuan(), QStringLiteral("313.61"));
    QCOMPARE(m_doc->value(key("05", "total", "1")).toWanyuan(), QStringLiteral("3,087.79"));
}

void TestDocument::addItemRefusals_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("fixed table") << QStringLiteral("01") << QStringLiteral("2010350") << QStringLiteral("no subject rows");
    QTest::newRow("class code") << QStringLiteral("05") << QStringLiteral("201") << QStringLiteral("not a 项 code");
    QTest::newRow("letters") << QStringLiteral("05") << QStringLiteral("20103ab") << QStringLiteral("not a 项 code");
    QTest::newRow("unknown") << QStringLiteral("05") << QStringLiteral("2010397") << QStringLiteral("not in the 2023 subject catalogue");
    QTest::newRow("twice") << QStringLiteral("05") << QStringLiteral("2010350") << QStringLiteral("already has row");
}

void TestDocument::addItemRefusals()
{
    QFETCH(QString, table);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!m_doc->addItemRow(table, code, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestDocument::modifiedFollowsTheCleanState()
{
    QSignalSpy spy(m_doc.get(), &Document::modifiedChanged);
    QVERIFY(!m_doc->isModified());
    m_doc->setText(QStringLiteral("organization"), QStringLiteral("x"));
    QVERIFY(m_doc->isModified());
    m_doc->markSaved();
    QVERIFY(!m_doc->isModified());
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->isModified()); // the saved state had the edit
    QCOMPARE(spy.size(), 3);
}

void TestDocument::textsFiguresAndFormsAreUndoable()
{
    const QString duties = m_doc->text(QStringLiteral("duties"));
    m_doc->setText(QStringLiteral("duties"), duties + QStringLiteral("1"));
    m_doc->setText(QStringLiteral("duties"), duties + QStringLiteral("12"));
    QCOMPARE(m_doc->undoStack()->count(), 1); // typing is one step
    m_doc->setPriorYear(QStringLiteral("income_total"), wan("1"));
    m_doc->setBudget(QStringLiteral("2010350"), wan("2"));
    QList<EvaluationForm> forms = m_doc->evaluations();
    forms[1].executed = wan("44.71");
    m_doc->setEvaluations(forms, QStringLiteral("Edit form"));
    QCOMPARE(m_doc->evaluations().at(1).executionRate(), QStringLiteral("100%"));
    Metadata meta = m_doc->metadata();
    meta.department = QStringLiteral("另一个部门");
    m_doc->setMetadata(meta);
    QCOMPARE(m_doc->undoStack()->count(), 5);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(m_doc->text(QStringLiteral("duties")), duties);
    QCOMPARE(m_doc->priorYear(QStringLiteral("income_total")).toWanyuan(), QStringLiteral("4,361.89"));
    QCOMPARE(m_doc->budget(QStringLiteral("2010350")).toWanyuan(), QStringLiteral("312.76"));
    QCOMPARE(m_doc->evaluations().at(1).executionRate(), QStringLiteral("51%"));
    QCOMPARE(m_doc->metadata().department, QStringLiteral("武汉市江汉区大数据中心"));
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
