// BlockPaste: a clipboard block over a table's grid as a spreadsheet pastes it: input cells
// filled in one undo step, computed cells compared (never overwritten) and each difference
// named in words, accounting and currency forms read exactly, refusals that change nothing
// and name the place.
#include "blockpaste.h"
#include "document.h"
#include "documentio.h"
#include "sheetlayout.h"

#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {
CellKey key(const QString &text)
{
    return CellKey::fromString(text);
}

// The body grid place of an amount cell, as a one-cell selection.
QRect at(const Document &doc, const QString &cell)
{
    const CellKey k = key(cell);
    int r = -1, c = -1;
    if (!SheetLayout(doc, k.table).find(k, &r, &c))
        qFatal("no cell %s", qPrintable(cell));
    return QRect(c, r, 1, 1);
}

QString wan(const Document &doc, const char *cell)
{
    return doc.value(key(QString::fromUtf8(cell))).toExactWanyuan();
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out.append(QString::fromUtf8(t));
    return out;
}

// What SheetView::copy puts on the clipboard for rows first..last of a table, all columns.
QString copied(const Document &doc, const QString &table)
{
    const SheetLayout layout(doc, table);
    QString text;
    for (int r = 0; r < layout.rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < layout.columnCount(); ++c) {
            const GridCell *g = layout.cellAt(r, c);
            if (!g || g->row != r || g->col != c)
                fields.append(QString());
            else if (g->kind == GridCell::Kind::Amount)
                fields.append(doc.value(g->cell).toExactWanyuan());
            else
                fields.append(layout.text(*g));
        }
        text += fields.join(QLatin1Char('\t')) + QStringLiteral("\r\n");
    }
    return text;
}

} // namespace

class TestBlockPaste : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void blockOverItemsSubtotalsAndTotals();
    void valuesAsPasted_data();
    void valuesAsPasted();
    void pasteUnit_data();
    void pasteUnit();
    void singleValueFillsTheSelection();
    void copiedBlockPastesBackCleanly();
    void refusals_data();
    void refusals();
};

void TestBlockPaste::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    using Rows = QList<QStringList>;
    const auto s = strings;
    QTest::newRow("crlf and trailing break") << QStringLiteral("1\t2\r\n3\t4\r\n") << Rows{s({"1", "2"}), s({"3", "4"})};
    QTest::newRow("lf, no trailing break") << QStringLiteral("1\t2\n3") << Rows{s({"1", "2"}), s({"3"})};
    QTest::newRow("cr") << QStringLiteral("1\r2\r") << Rows{s({"1"}), s({"2"})};
    QTest::newRow("empty fields") << QStringLiteral("\t\t5\n") << Rows{s({"", "", "5"})};
    QTest::newRow("blank line inside") << QStringLiteral("1\n\n2\n") << Rows{s({"1"}), s({""}), s({"2"})};
    QTest::newRow("single value") << QStringLiteral("12.5") << Rows{s({"12.5"})};
    QTest::newRow("quoted line break") << QStringLiteral("\"a\nb\"\t1\n") << Rows{s({"a\nb", "1"})};
    QTest::newRow("quoted quote") << QStringLiteral("\"say \"\"x\"\"\"\t2") << Rows{s({"say \"x\"", "2"})};
    QTest::newRow("nothing") << QString() << Rows{s({""})};
}

void TestBlockPaste::split()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QCOMPARE(BlockPaste::split(text), rows);
}

void TestBlockPaste::blockOverItemsSubtotalsAndTotals()
{
    auto doc = loadSample();
    const int steps = doc->undoStack()->count();
    // 5 rows × 3 columns from 20103 小计: a 款 row, two 项 rows, a 类 row and a 款 row; column 1
    // (小计) is computed everywhere, columns 2 and 3 are inputs on the 项 rows only.
    const QString block = QStringLiteral(
            "2,699.99\t400.00\t2,300.00\r\n"     // 20103: 小计 differs by 0.01
            "400.00\t¥400\t-\r\n"                // 2010350
            "2,300.00\t—\t2,300\u00A0\r\n"         // 2010399
            "313.61\t\t313.61\r\n"               // 206: agrees
            "313.60\t\t313.61\r\n");             // 20604: 小计 differs by 0.01
    const BlockPaste::Result r = BlockPaste::paste(doc.get(), QStringLiteral("05"), at(*doc, QStringLiteral("05!20103@1")),
                                                   block, Money::Unit::Wanyuan, QStringLiteral("Paste"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inputs, 4);
    QCOMPARE(r.compared, 11);
    QCOMPARE(wan(*doc, "05!2010350@2"), QStringLiteral("400.00"));
    QVERIFY(doc->value(key(QStringLiteral("05!2010350@3"))).isBlank());
    QVERIFY(doc->value(key(QStringLiteral("05!2010399@2"))).isBlank());
    QCOMPARE(wan(*doc, "05!2010399@3"), QStringLiteral("2300.00"));
    // Computed cells follow the inputs; nothing was written into them.
    QCOMPARE(wan(*doc, "05!20103@1"), QStringLiteral("2700.00"));

    QStringList differing;
    for (const BlockPaste::Difference &d : r.differences)
        differing.append(d.key.toString());
    QCOMPARE(differing, strings({"05!20103@1", "05!20604@1"}));
    QCOMPARE(r.differences.first().message,
             QStringLiteral("公开05表 20103 政府办公厅（室）及相关机构事务 本年支出/小计: pasted 2,699.99, computed 2,700.00, "
                            "difference -0.01 (万元)"));
    QCOMPARE(r.differences.last().message,
             QStringLiteral("公开05表 20604 技术研究与开发 本年支出/小计: pasted 313.60, computed 313.61, difference -0.01 (万元)"));
    QVERIFY2(r.summary().contains(QStringLiteral("2 computed cells differ")), qPrintable(r.summary()));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Paste"));
    doc->undoStack()->undo();
    QCOMPARE(wan(*doc, "05!2010350@2"), QStringLiteral("313.93"));
    QCOMPARE(wan(*doc, "05!2010399@3"), QStringLiteral("2305.64"));
    QCOMPARE(wan(*doc, "05!20103@1"), QStringLiteral("2619.57"));
}

void TestBlockPaste::valuesAsPasted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value"); // exact 万元, "" for blank, "refused" for a refusal
    QTest::addColumn<QString>("reason");
    QTest::newRow("dash") << "-" << "" << "";
    QTest::newRow("em dash") << "—" << "" << "";
    QTest::newRow("full-width dash") << "－" << "" << "";
    QTest::newRow("yen") << "¥1,234.50" << "1234.50" << "";
    QTest::newRow("yuan suffix") << "1,234.50元" << "0.12345" << "";
    QTest::newRow("accounting negative") << "(1.5)" << "-1.50" << "";
    QTest::newRow("non-breaking spaces") << "\u00A012.5\u00A0 " << "12.50" << "";
    QTest::newRow("percentage") << "12.5%" << "refused" << "a percentage is not an amount";
}

void TestBlockPaste::valuesAsPasted()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    auto doc = loadSample();
    const int steps = doc->undoStack()->count();
    const BlockPaste::Result r = BlockPaste::paste(doc.get(), QStringLiteral("05"), at(*doc, QStringLiteral("05!2010350@2")),
                                                   text + QStringLiteral("\r\n"), Money::Unit::Wanyuan, QStringLiteral("Paste"));
    if (value == QLatin1String("refused")) {
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(reason) && r.error.contains(QStringLiteral("公开05表 2010350 事业运行")),
                 qPrintable(r.error));
        QCOMPARE(wan(*doc, "05!2010350@2"), QStringLiteral("313.93"));
        QCOMPARE(doc->undoStack()->count(), steps);
        return;
    }
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(wan(*doc, "05!2010350@2"), value);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
}

void TestBlockPaste::pasteUnit_data()
{
    QTest::addColumn<bool>("yuan");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value"); // exact 万元, or "refused"
    QTest::newRow("元: finer than 分") << true << "12.345" << "refused";
    QTest::newRow("万元: exact") << false << "12.345" << "12.345";
    QTest::newRow("元: 分") << true << "1,234.56" << "0.123456";
    QTest::newRow("万元: finer than 分") << false << "0.0000001" << "refused";
}

void TestBlockPaste::pasteUnit()
{
    QFETCH(bool, yuan);
    QFETCH(QString, text);
    QFETCH(QString, value);
    auto doc = loadSample();
    const Money::Unit unit = yuan ? Money::Unit::Yuan : Money::Unit::Wanyuan;
    const BlockPaste::Result r = BlockPaste::paste(doc.get(), QStringLiteral("05"), at(*doc, QStringLiteral("05!2010350@2")),
                                                   text, unit, QStringLiteral("Paste"));
    if (value == QLatin1String("refused")) {
        QVERIFY(!r.ok);
        // Says why, in the unit, and never rounds.
        QVERIFY2(r.error.contains(yuan ? QStringLiteral("in 元") : QStringLiteral("in 万元"))
                         && r.error.contains(QStringLiteral("never rounded")),
                 qPrintable(r.error));
        QCOMPARE(wan(*doc, "05!2010350@2"), QStringLiteral("313.93"));
        return;
    }
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(wan(*doc, "05!2010350@2"), value);
}

void TestBlockPaste::singleValueFillsTheSelection()
{
    auto doc = loadSample();
    const int steps = doc->undoStack()->count();
    // From 20103 小计 to 2010399 项目支出: 9 places, 4 of them inputs.
    const QRect selection = at(*doc, QStringLiteral("05!20103@1")) | at(*doc, QStringLiteral("05!2010399@3"));
    QCOMPARE(selection.size(), QSize(3, 3));
    const BlockPaste::Result r = BlockPaste::paste(doc.get(), QStringLiteral("05"), selection, QStringLiteral("7\r\n"),
                                                   Money::Unit::Wanyuan, QStringLiteral("Paste"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inputs, 4);
    QCOMPARE(r.skipped, 5);
    QVERIFY(r.differences.isEmpty()); // filling compares nothing
    for (const char *cell : {"05!2010350@2", "05!2010350@3", "05!2010399@2", "05!2010399@3"})
        QCOMPARE(wan(*doc, cell), QStringLiteral("7.00"));
    QCOMPARE(wan(*doc, "05!20103@1"), QStringLiteral("28.00"));
    QCOMPARE(doc->undoStack()->count(), steps + 1);

    // A selection of computed cells only has nothing to fill, and says so.
    const QRect computed = at(*doc, QStringLiteral("05!total@1")) | at(*doc, QStringLiteral("05!201@3"));
    const BlockPaste::Result none = BlockPaste::paste(doc.get(), QStringLiteral("05"), computed, QStringLiteral("1"),
                                                      Money::Unit::Wanyuan, QStringLiteral("Paste"));
    QVERIFY(!none.ok);
    QVERIFY2(none.error.contains(QStringLiteral("no cell that can be typed into")), qPrintable(none.error));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
}

void TestBlockPaste::copiedBlockPastesBackCleanly()
{
    for (const QString &table : strings({"02", "05", "01", "06"})) {
        auto doc = loadSample();
        const int steps = doc->undoStack()->count();
        const QHash<CellKey, Money> before = doc->inputValues();
        const SheetLayout layout(*doc, table);
        const BlockPaste::Result r = BlockPaste::paste(doc.get(), table, QRect(0, 0, 1, 1), copied(*doc, table),
                                                       Money::Unit::Wanyuan, QStringLiteral("Paste"));
        QVERIFY2(r.ok, qPrintable(table + QStringLiteral(": ") + r.error));
        QVERIFY(r.compared > 0);
        QVERIFY2(r.differences.isEmpty(), qPrintable(r.summary()));
        QCOMPARE(r.area, QRect(0, 0, layout.columnCount(), layout.rowCount()));
        QCOMPARE(doc->inputValues(), before);
        QCOMPARE(doc->undoStack()->count(), steps); // nothing changed: no undo step
    }
}

void TestBlockPaste::refusals_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("columnShift"); // grid columns left of the cell
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // what the error must say
    QTest::newRow("bad value in the block") << "05!2010350@2" << 0 << "1\t2\n3\t12a\n"
                                            << "公开05表 2010399 其他政府办公厅（室）及相关机构事务支出 本年支出/项目支出: “12a”";
    QTest::newRow("bad value over a total") << "05!total@1" << 0 << "x1\n" << "公开05表 合计 本年支出/小计";
    QTest::newRow("name out of line") << "05!2010350@2" << 2 << "其他\t1\t2\n" << "shows “事业运行”";
    QTest::newRow("past the last row") << "05!2210202@2" << 0 << "1\n2\n" << "past the edge";
    QTest::newRow("past the last column") << "05!2210202@3" << 0 << "1\t2\n" << "past the edge";
}

void TestBlockPaste::refusals()
{
    QFETCH(QString, cell);
    QFETCH(int, columnShift);
    QFETCH(QString, text);
    QFETCH(QString, named);
    auto doc = loadSample();
    const QHash<CellKey, Money> before = doc->inputValues();
    const int steps = doc->undoStack()->count();
    const QRect place = at(*doc, cell).translated(-columnShift, 0);
    const BlockPaste::Result r = BlockPaste::paste(doc.get(), key(cell).table, place, text, Money::Unit::Wanyuan,
                                                   QStringLiteral("Paste"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(named), qPrintable(r.error));
    QVERIFY(r.errorRow >= 0 && r.errorColumn >= 0);
    QCOMPARE(doc->inputValues(), before);
    QCOMPARE(doc->undoStack()->count(), steps);
}

QTEST_GUILESS_MAIN(TestBlockPaste)
#include "tst_blockpaste.moc"
