// RecalcEngine: values follow formulas, an edit touches only its dependents and reports
// exactly the cells that changed, cycles are refused with their cells named.
#include "recalcengine.h"

#include <QSet>
#include <QTest>

using namespace Juesuan;

namespace {
CellKey k(const char *row, const char *col = "1")
{
    return CellKey{QStringLiteral("T"), QString::fromLatin1(row), QString::fromLatin1(col)};
}

RecalcEngine::Definition input(const CellKey &key)
{
    return {key, false, Formula(), {}};
}

RecalcEngine::Definition computed(const CellKey &key, const char *formula)
{
    Formula f;
    QString error;
    const bool ok = Formula::parse(QString::fromLatin1(formula), QStringLiteral("T"), &f, &error);
    Q_ASSERT_X(ok, "computed", qPrintable(error));
    return {key, true, f, {}};
}

QSet<CellKey> keys(const RecalcEngine &e, const QList<int> &ids)
{
    QSet<CellKey> out;
    for (int id : ids)
        out.insert(e.keyOf(id));
    return out;
}
} // namespace

class TestRecalcEngine : public QObject
{
    Q_OBJECT
private slots:
    void formulaParsing_data();
    void formulaParsing();
    void sumsAndBalances();
    void blankStaysBlankUntilAnOperandIsSet();
    void editReturnsExactlyTheChangedCells();
    void unchangedTotalsAreNotReported();
    void diamondDependenciesCountOnce();
    void computedCellsIgnoreDirectWrites();
    void cycleIsRefusedNamingItsCells();
    void selfReferenceIsACycle();
    void absentOperandsCountAsBlank();
    void duplicateDefinitionRefused();
};

void TestRecalcEngine::formulaParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("error");
    QTest::newRow("rows range") << QStringLiteral("1..3@1") << QStringList{QStringLiteral("+T!1@1"), QStringLiteral("+T!2@1"), QStringLiteral("+T!3@1")} << QString();
    QTest::newRow("balance") << QStringLiteral("@1+@2-@3") << QStringList{QStringLiteral("+T!@1"), QStringLiteral("+T!@2"), QStringLiteral("-T!@3")} << QString();
    QTest::newRow("cross table") << QStringLiteral("03!201@1") << QStringList{QStringLiteral("+03!201@1")} << QString();
    QTest::newRow("columns range") << QStringLiteral("5@2..4") << QStringList{QStringLiteral("+T!5@2"), QStringLiteral("+T!5@3"), QStringLiteral("+T!5@4")} << QString();
    QTest::newRow("unicode minus") << QStringLiteral("1@1 − 2@1") << QStringList{QStringLiteral("+T!1@1"), QStringLiteral("-T!2@1")} << QString();
    QTest::newRow("no column") << QStringLiteral("1+2") << QStringList() << QStringLiteral("not a cell reference");
    QTest::newRow("empty") << QStringLiteral(" ") << QStringList() << QStringLiteral("empty formula");
    QTest::newRow("bad range") << QStringLiteral("8..1@1") << QStringList() << QStringLiteral("bad range");
    QTest::newRow("dangling sign") << QStringLiteral("1@1+") << QStringList() << QStringLiteral("not a cell reference");
}

void TestRecalcEngine::formulaParsing()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QString, error);
    Formula f;
    QString why;
    const bool ok = Formula::parse(text, QStringLiteral("T"), &f, &why);
    QCOMPARE(ok, error.isEmpty());
    if (!ok) {
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QStringList got;
    for (const Formula::Term &t : f.terms())
        got.append((t.sign > 0 ? QStringLiteral("+") : QStringLiteral("-")) + t.cell.table + QLatin1Char('!')
                   + t.cell.row + QLatin1Char('@') + t.cell.col);
    QCOMPARE(got, terms);
}

void TestRecalcEngine::sumsAndBalances()
{
    RecalcEngine e;
    QString error;
    QVERIFY2(e.build({input(k("a")), input(k("b")), input(k("c")), computed(k("sum"), "a@1+b@1"),
                      computed(k("bal"), "sum@1-c@1")},
                     {{k("a"), Money::fromFen(100)}, {k("b"), Money::fromFen(250)}, {k("c"), Money::fromFen(50)}},
                     &error),
             qPrintable(error));
    QCOMPARE(e.value(k("sum")).fen(), qint64(350));
    QCOMPARE(e.value(k("bal")).fen(), qint64(300));
    e.setValues({{e.idOf(k("c")), Money::fromFen(400)}});
    QCOMPARE(e.value(k("bal")).fen(), qint64(-50));
}

void TestRecalcEngine::blankStaysBlankUntilAnOperandIsSet()
{
    RecalcEngine e;
    QString error;
    QVERIFY(e.build({input(k("a")), input(k("b")), computed(k("sum"), "a@1+b@1")}, {}, &error));
    QVERIFY(e.value(k("sum")).isBlank());
    e.setValues({{e.idOf(k("a")), Money::fromFen(0)}});
    QVERIFY(e.value(k("sum")).isZero()); // a typed zero is a zero, not a blank
    e.setValues({{e.idOf(k("a")), Money()}});
    QVERIFY(e.value(k("sum")).isBlank());
}

void TestRecalcEngine::editReturnsExactlyTheChangedCells()
{
    // Two independent totals: editing one side must not touch the other.
    RecalcEngine e;
    QString error;
    QVERIFY(e.build({input(k("a")), input(k("b")), input(k("x")), computed(k("ab"), "a@1+b@1"),
                     computed(k("x2"), "x@1"), computed(k("all"), "ab@1+x2@1")},
                    {{k("a"), Money::fromFen(1)}, {k("x"), Money::fromFen(5)}}, &error));
    const QList<int> changed = e.setValues({{e.idOf(k("a")), Money::fromFen(2)}});
    QCOMPARE(keys(e, changed), (QSet<CellKey>{k("a"), k("ab"), k("all")}));
    QCOMPARE(changed.size(), 3); // each once
    QCOMPARE(e.value(k("all")).fen(), qint64(7));
}

void TestRecalcEngine::unchangedTotalsAreNotReported()
{
    // Moving an amount between two inputs of one total changes the inputs only.
    RecalcEngine e;
    QString error;
    QVERIFY(e.build({input(k("a")), input(k("b")), computed(k("sum"), "a@1+b@1")},
                    {{k("a"), Money::fromFen(10)}, {k("b"), Money::fromFen(10)}}, &error));
    const QList<int> changed = e.setValues({{e.idOf(k("a")), Money::fromFen(15)}, {e.idOf(k("b")), Money::fromFen(5)}});
    QCOMPARE(keys(e, changed), (QSet<CellKey>{k("a"), k("b")}));
    QCOMPARE(e.value(k("sum")).fen(), qint64(20));
    QVERIFY(e.setValues({{e.idOf(k("a")), Money::fromFen(15)}}).isEmpty());
}

void TestRecalcEngine::diamondDependenciesCountOnce()
{
    // d = b + c where b = a and c = a: a change of a reaches d by two paths.
    RecalcEngine e;
    QString error;
    QVERIFY(e.build({computed(k("d"), "b@1+c@1"), computed(k("b"), "a@1"), computed(k("c"), "a@1-z@1"),
                     input(k("a")), input(k("z"))},
                    {{k("a"), Money::fromFen(3)}}, &error));
    QCOMPARE(e.value(k("d")).fen(), qint64(6));
    const QList<int> changed = e.setValues({{e.idOf(k("a")), Money::fromFen(10)}});
    QCOMPARE(e.value(k("d")).fen(), qint64(20));
    QCOMPARE(keys(e, changed), (QSet<CellKey>{k("a"), k("b"), k("c"), k("d")}));
    QCOMPARE(changed.size(), 4);
}

void TestRecalcEngine::computedCellsIgnoreDirectWrites()
{
    RecalcEngine e;
    QString error;
    QVERIFY(e.build({input(k("a")), computed(k("s"), "a@1")}, {{k("a"), Money::fromFen(1)}}, &error));
    QVERIFY(e.setValues({{e.idOf(k("s")), Money::fromFen(99)}}).isEmpty());
    QCOMPARE(e.value(k("s")).fen(), qint64(1));
}

void TestRecalcEngine::cycleIsRefusedNamingItsCells()
{
    RecalcEngine e;
    QString error;
    QVERIFY(!e.build({input(k("a")), computed(k("x"), "a@1+z@1"), computed(k("y"), "x@1"), computed(k("z"), "y@1"),
                      computed(k("after"), "z@1")},
                     {}, &error));
    QVERIFY2(error.contains(QStringLiteral("cycle")), qPrintable(error));
    for (const char *name : {"T!x@1", "T!y@1", "T!z@1"})
        QVERIFY2(error.contains(QString::fromLatin1(name)), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("T!a@1")), qPrintable(error));
    QCOMPARE(e.cellCount(), 0);
}

void TestRecalcEngine::selfReferenceIsACycle()
{
    RecalcEngine e;
    QString error;
    QVERIFY(!e.build({computed(k("s"), "s@1")}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("T!s@1")), qPrintable(error));
}

void TestRecalcEngine::absentOperandsCountAsBlank()
{
    // A total over a code-list row that does not exist yet is simply blank.
    RecalcEngine e;
    QString error;
    QVERIFY(e.build({computed(k("copy"), "03!201@1"), input(k("a")), computed(k("s"), "a@1+03!209@1")},
                    {{k("a"), Money::fromFen(7)}}, &error));
    QVERIFY(e.value(k("copy")).isBlank());
    QCOMPARE(e.value(k("s")).fen(), qint64(7));
}

void TestRecalcEngine::duplicateDefinitionRefused()
{
    RecalcEngine e;
    QString error;
    QVERIFY(!e.build({input(k("a")), input(k("a"))}, {}, &error));
    QVERIFY(error.contains(QStringLiteral("twice")));
}

QTEST_GUILESS_MAIN(TestRecalcEngine)
#include "tst_recalcengine.moc"
