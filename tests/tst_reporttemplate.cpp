// The 2023 edition's templates: nine tables laid out as published, the notes' relations
// as formulas, the subject catalogue; broken templates refused with the place.
#include "reporttemplate.h"

#include <QTest>

using namespace Juesuan;

namespace {
QStringList operandNames(const Formula &f)
{
    QStringList out;
    for (const Formula::Term &t : f.terms())
        out.append((t.sign < 0 ? QStringLiteral("-") : QString()) + t.cell.toString());
    return out;
}
} // namespace

class TestReportTemplate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void nineTablesAsPublished_data();
    void nineTablesAsPublished();
    void notesAreFormulas_data();
    void notesAreFormulas();
    void codeListRules();
    void sameQuantityEnteredOnce();
    void headersCoverTheGrid();
    void catalogue();
    void cycleRefusedNamingCells();
    void gridErrorsNameThePlace();

private:
    std::shared_ptr<const ReportTemplate> m_t;
};

void TestReportTemplate::initTestCase()
{
    QString error;
    m_t = ReportTemplate::builtin(QStringLiteral("2023"), &error);
    QVERIFY2(m_t, qPrintable(error));
    QCOMPARE(ReportTemplate::builtinEditions().first(), QStringLiteral("2023")); // the others build on it (tst_edition)
}

void TestReportTemplate::nineTablesAsPublished_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("codeList");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("headerRows");
    QTest::newRow("01") << QStringLiteral("01") << QStringLiteral("收入支出决算总表") << false << 6 << 3;
    QTest::newRow("02") << QStringLiteral("02") << QStringLiteral("收入决算表") << true << 11 << 3;
    QTest::newRow("03") << QStringLiteral("03") << QStringLiteral("支出决算表") << true << 10 << 3;
    QTest::newRow("04") << QStringLiteral("04") << QStringLiteral("财政拨款收入支出决算总表") << false << 9 << 4;
    QTest::newRow("05") << QStringLiteral("05") << QStringLiteral("一般公共预算财政拨款支出决算表") << true << 7 << 3;
    QTest::newRow("06") << QStringLiteral("06") << QStringLiteral("一般公共预算财政拨款基本支出决算明细表") << false << 9 << 2;
    QTest::newRow("07") << QStringLiteral("07") << QStringLiteral("政府性基金预算财政拨款收入支出决算表") << true << 10 << 3;
    QTest::newRow("08") << QStringLiteral("08") << QStringLiteral("国有资本经营预算财政拨款支出决算表") << true << 7 << 3;
    QTest::newRow("09") << QStringLiteral("09") << QStringLiteral("财政拨款“三公”经费支出决算表") << false << 12 << 4;
}

void TestReportTemplate::nineTablesAsPublished()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(bool, codeList);
    QFETCH(int, columns);
    QFETCH(int, headerRows);
    const TableTemplate *t = m_t->table(id);
    QVERIFY(t);
    QCOMPARE(t->code(), QStringLiteral("公开") + id + QStringLiteral("表"));
    QCOMPARE(t->title(), title);
    QCOMPARE(t->isCodeList(), codeList);
    QCOMPARE(t->columnCount(), columns);
    QCOMPARE(t->headerRowCount(), headerRows);
    QVERIFY(!t->notes().isEmpty());
    QVERIFY(t->notes().first().startsWith(QStringLiteral("注：本表反映")) || t->notes().first().startsWith(QStringLiteral("注：1. 本表反映")));
}

void TestReportTemplate::notesAreFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("operands");
    const auto rows = [](const char *table, int from, int to, int col) {
        QStringList out;
        for (int r = from; r <= to; ++r)
            out.append(QStringLiteral("%1!%2@%3").arg(QLatin1String(table)).arg(r).arg(col));
        return out;
    };
    QTest::newRow("01 27 = 1..8") << QStringLiteral("01!27@1") << rows("01", 1, 8, 1);
    QTest::newRow("01 31 = 27+28+29") << QStringLiteral("01!31@1") << QStringList{QStringLiteral("01!27@1"), QStringLiteral("01!28@1"), QStringLiteral("01!29@1")};
    QTest::newRow("01 58 = 32..57") << QStringLiteral("01!58@2") << rows("01", 32, 57, 2);
    QTest::newRow("01 62 = 58+59+60") << QStringLiteral("01!62@2") << QStringList{QStringLiteral("01!58@2"), QStringLiteral("01!59@2"), QStringLiteral("01!60@2")};
    QTest::newRow("04 27 = 1+2+3") << QStringLiteral("04!27@1") << rows("04", 1, 3, 1);
    QTest::newRow("04 28 = 29+30+31") << QStringLiteral("04!28@1") << rows("04", 29, 31, 1);
    QTest::newRow("04 32 = 27+28") << QStringLiteral("04!32@1") << QStringList{QStringLiteral("04!27@1"), QStringLiteral("04!28@1")};
    QTest::newRow("04 59 = 33..58") << QStringLiteral("04!59@3") << rows("04", 33, 58, 3);
    QTest::newRow("04 64 = 59+60") << QStringLiteral("04!64@4") << QStringList{QStringLiteral("04!59@4"), QStringLiteral("04!60@4")};
    QTest::newRow("04 合计 = 3+4+5") << QStringLiteral("04!40@2") << QStringList{QStringLiteral("04!40@3"), QStringLiteral("04!40@4"), QStringLiteral("04!40@5")};
    QTest::newRow("09 1 = 2+3+6") << QStringLiteral("09!1@1") << QStringList{QStringLiteral("09!1@2"), QStringLiteral("09!1@3"), QStringLiteral("09!1@6")};
    QTest::newRow("09 3 = 4+5") << QStringLiteral("09!1@3") << QStringList{QStringLiteral("09!1@4"), QStringLiteral("09!1@5")};
    QTest::newRow("09 7 = 8+9+12") << QStringLiteral("09!1@7") << QStringList{QStringLiteral("09!1@8"), QStringLiteral("09!1@9"), QStringLiteral("09!1@12")};
    QTest::newRow("09 9 = 10+11") << QStringLiteral("09!1@9") << QStringList{QStringLiteral("09!1@10"), QStringLiteral("09!1@11")};
    QTest::newRow("06 人员经费合计") << QStringLiteral("06!personnel@1") << QStringList{QStringLiteral("06!301@1"), QStringLiteral("06!303@1")};
    QTest::newRow("06 公用经费合计") << QStringLiteral("06!public@1") << QStringList{QStringLiteral("06!302@1"), QStringLiteral("06!310@1")};
    QTest::newRow("06 310") << QStringLiteral("06!310@1")
                            << QStringList{QStringLiteral("06!31002@1"), QStringLiteral("06!31003@1"), QStringLiteral("06!31007@1"),
                                           QStringLiteral("06!31013@1"), QStringLiteral("06!31021@1"), QStringLiteral("06!31022@1"),
                                           QStringLiteral("06!31099@1")};
}

void TestReportTemplate::notesAreFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, operands);
    const CellKey k = CellKey::fromString(cell);
    const TableTemplate *t = m_t->table(k.table);
    QVERIFY(t->formulas().contains(k));
    QCOMPARE(operandNames(t->formulas().value(k)), operands);
    QVERIFY(!m_t->isInputCell(k));
}

void TestReportTemplate::codeListRules()
{
    QCOMPARE(operandNames(m_t->table(QStringLiteral("02"))->columnFormulas().value(QStringLiteral("1"))),
             (QStringList{QStringLiteral("02!@2"), QStringLiteral("02!@3"), QStringLiteral("02!@4"), QStringLiteral("02!@5"),
                          QStringLiteral("02!@6"), QStringLiteral("02!@7")}));
    QCOMPARE(operandNames(m_t->table(QStringLiteral("07"))->columnFormulas().value(QStringLiteral("6"))),
             (QStringList{QStringLiteral("07!@1"), QStringLiteral("07!@2"), QStringLiteral("-07!@3")}));
    QCOMPARE(operandNames(m_t->table(QStringLiteral("07"))->columnFormulas().value(QStringLiteral("3"))),
             (QStringList{QStringLiteral("07!@4"), QStringLiteral("07!@5")}));
    // 项 sum into 款, 款 into 类, 类 into 合计.
    const auto defs = m_t->cellDefinitions({{QStringLiteral("05"), {QStringLiteral("2010350"), QStringLiteral("2010399")}}});
    QHash<CellKey, RecalcEngine::Definition> byKey;
    for (const auto &d : defs)
        byKey.insert(d.key, d);
    const auto ops = [&](const char *cell) {
        const RecalcEngine::Definition d = byKey.value(CellKey::fromString(QString::fromLatin1(cell)));
        QStringList names = operandNames(d.formula);
        for (const auto &op : d.operandIndexes)
            names.append((op.second < 0 ? QStringLiteral("-") : QString()) + defs.at(op.first).key.toString());
        return names;
    };
    QCOMPARE(ops("05!20103@2"), (QStringList{QStringLiteral("05!2010350@2"), QStringLiteral("05!2010399@2")}));
    QCOMPARE(ops("05!201@3"), QStringList{QStringLiteral("05!20103@3")});
    QCOMPARE(ops("05!total@2"), QStringList{QStringLiteral("05!201@2")});
    QCOMPARE(ops("05!2010350@1"), (QStringList{QStringLiteral("05!2010350@2"), QStringLiteral("05!2010350@3")}));
    QVERIFY(!byKey.value(CellKey::fromString(QStringLiteral("05!2010350@2"))).computed);
    QVERIFY(m_t->isInputCell(CellKey::fromString(QStringLiteral("05!2010350@2"))));
    QVERIFY(!m_t->isInputCell(CellKey::fromString(QStringLiteral("05!20103@2"))));
}

void TestReportTemplate::sameQuantityEnteredOnce()
{
    const auto ops = [this](const char *cell) {
        const CellKey k = CellKey::fromString(QString::fromLatin1(cell));
        return operandNames(m_t->table(k.table)->formulas().value(k));
    };
    // 01表 expenditure by 类 from 03表 column 1; income rows 4–8 from 02表's 合计 columns.
    QCOMPARE(ops("01!32@2"), QStringList{QStringLiteral("03!201@1")});
    QCOMPARE(ops("01!50@2"), QStringList{QStringLiteral("03!221@1")});
    QCOMPARE(ops("01!57@2"), QStringList{QStringLiteral("03!234@1")});
    QCOMPARE(ops("01!4@1"), QStringList{QStringLiteral("02!total@3")});
    QCOMPARE(ops("01!8@1"), QStringList{QStringLiteral("02!total@7")});
    // 04表 by 类 and fund from 05表, 07表 and 08表; its income from 01表.
    QCOMPARE(ops("04!41@3"), QStringList{QStringLiteral("05!210@1")});
    QCOMPARE(ops("04!41@4"), QStringList{QStringLiteral("07!210@3")});
    QCOMPARE(ops("04!41@5"), QStringList{QStringLiteral("08!210@1")});
    QCOMPARE(ops("04!1@1"), QStringList{QStringLiteral("01!1@1")});
    // What accountants type in 01/04/09.
    for (const char *input : {"01!1@1", "01!2@1", "01!3@1", "01!28@1", "01!29@1", "01!59@2", "01!60@2", "04!29@1",
                              "04!60@3", "09!1@2", "09!1@4", "09!1@12", "06!30101@1"})
        QVERIFY2(m_t->isInputCell(CellKey::fromString(QString::fromLatin1(input))), input);
}

void TestReportTemplate::headersCoverTheGrid()
{
    for (const TableTemplate &t : m_t->tables()) {
        int area = 0;
        for (const GridCell &g : t.header())
            area += g.rowSpan * g.colSpan;
        QCOMPARE(area, t.headerRowCount() * t.columnCount());
    }
    // 04表's 决算数 band spans its four expenditure columns.
    const TableTemplate *t04 = m_t->table(QStringLiteral("04"));
    QCOMPARE(t04->columnCaption(6), QStringLiteral("支 出/决 算 数/一般公共预算财政拨款"));
    QCOMPARE(m_t->table(QStringLiteral("09"))->columnCaption(10), QStringLiteral("决算数/公务用车购置及运行维护费/公务用车运行维护费"));
}

void TestReportTemplate::catalogue()
{
    const SubjectCatalogue &c = m_t->catalogue();
    using S = SubjectCatalogue::Scheme;
    QCOMPARE(c.name(S::Functional, QStringLiteral("2010350")), QStringLiteral("事业运行"));
    QCOMPARE(c.path(S::Functional, QStringLiteral("2101103")), QStringLiteral("卫生健康支出 / 行政事业单位医疗 / 公务员医疗补助"));
    QVERIFY(c.description(S::Functional, QStringLiteral("2210202")).startsWith(QStringLiteral("反映按房改政策")));
    QCOMPARE(c.name(S::Economic, QStringLiteral("30231")), QStringLiteral("公务用车运行维护费"));
    // Every 类 the 01表 lists, and every 款 under it, has its official name.
    for (const QString &cls : c.children(S::Functional, QString())) {
        QVERIFY(!c.name(S::Functional, cls).isEmpty());
        if (cls != QStringLiteral("227")) // 预备费 has no 款
            QVERIFY2(!c.children(S::Functional, cls).isEmpty(), qPrintable(cls));
    }
    QVERIFY(c.children(S::Functional, QString()).size() >= 29);
    // Finding a code by number or by name; codes first.
    QCOMPARE(c.find(S::Functional, QStringLiteral("2010350")), QStringList{QStringLiteral("2010350")});
    QVERIFY(c.find(S::Functional, QStringLiteral("提租补贴")).contains(QStringLiteral("2210202")));
    QVERIFY(c.find(S::Functional, QStringLiteral("住房保障")).contains(QStringLiteral("2210201"))); // by a parent's name
    QVERIFY(c.find(S::Functional, QStringLiteral("  ")).isEmpty());
}

void TestReportTemplate::cycleRefusedNamingCells()
{
    QString error;
    QVERIFY(!ReportTemplate::load(QStringLiteral(JUESUAN_TEST_DATA "/templates/cycle"), &error));
    QVERIFY2(error.contains(QStringLiteral("cycle")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("A!2@1")) && error.contains(QStringLiteral("B!1@1")), qPrintable(error));
}

void TestReportTemplate::gridErrorsNameThePlace()
{
    QString error;
    QVERIFY(!ReportTemplate::load(QStringLiteral(JUESUAN_TEST_DATA "/templates/badgrid"), &error));
    QVERIFY2(error.contains(QStringLiteral("table A body row 0 leaves columns uncovered")), qPrintable(error));
    QVERIFY(!ReportTemplate::load(QStringLiteral(JUESUAN_TEST_DATA "/templates/none"), &error));
    QVERIFY2(error.contains(QStringLiteral("edition.json")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReportTemplate)
#include "tst_reporttemplate.moc"
