// 图1–4 data of the bundled sample against the published report, and how the series follow
// an edit of the tables or of the 上年 figures.
#include "chartseries.h"
#include "document.h"
#include "documentio.h"
#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

class TestChartSeries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void titles();
    void bars_data();
    void bars();
    void incomePie();
    void expensePie();
    void followsEdits();
    void zeroSlicesLeftOut();
    void invalidFigure();

private:
    std::unique_ptr<Document> m_doc;
};

void TestChartSeries::initTestCase()
{
    QString error;
    m_doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestChartSeries::titles()
{
    QCOMPARE(ChartSeries::figure(*m_doc, 1).title, QStringLiteral("图1：收、支决算总计变动情况"));
    QCOMPARE(ChartSeries::figure(*m_doc, 2).title, QStringLiteral("图2：收入决算结构"));
    QCOMPARE(ChartSeries::figure(*m_doc, 3).title, QStringLiteral("图3：支出决算结构"));
    QCOMPARE(ChartSeries::figure(*m_doc, 4).title, QStringLiteral("图4：财政拨款收、支决算总计变动情况"));
}

void TestChartSeries::bars_data()
{
    QTest::addColumn<int>("figure");
    QTest::newRow("图1") << 1;
    QTest::newRow("图4") << 4;
}

void TestChartSeries::bars()
{
    QFETCH(int, figure);
    const ChartSeries s = ChartSeries::figure(*m_doc, figure);
    QCOMPARE(s.kind, ChartSeries::Kind::Bars);
    QCOMPARE(s.categories.size(), 2);
    QCOMPARE(s.sets.size(), 2);
    QCOMPARE(s.sets.at(0).name, QStringLiteral("2022年度"));
    QCOMPARE(s.sets.at(1).name, QStringLiteral("2023年度"));
    // 2022: 3,087.79 + 1,274.10 (the reference's 减少1274.1万元); 2023: 3,087.79 — both bars.
    QCOMPARE(s.sets.at(0).values, (QList<Money>{wan("4361.89"), wan("4361.89")}));
    QCOMPARE(s.sets.at(1).values, (QList<Money>{wan("3087.79"), wan("3087.79")}));
    QVERIFY(!s.isEmpty());
}

void TestChartSeries::incomePie()
{
    const ChartSeries s = ChartSeries::figure(*m_doc, 2);
    QCOMPARE(s.kind, ChartSeries::Kind::Pie);
    QCOMPARE(s.denominator, wan("3087.79"));
    QCOMPARE(s.slices.size(), 1); // the other sources are blank
    QCOMPARE(s.slices.at(0).label, QStringLiteral("财政拨款收入"));
    QCOMPARE(s.slices.at(0).value, wan("3087.79"));
    QCOMPARE(s.slices.at(0).share, QStringLiteral("100.0%"));
}

void TestChartSeries::expensePie()
{
    const ChartSeries s = ChartSeries::figure(*m_doc, 3);
    QCOMPARE(s.kind, ChartSeries::Kind::Pie);
    QCOMPARE(s.slices.size(), 2);
    QCOMPARE(s.slices.at(0).label, QStringLiteral("基本支出"));
    QCOMPARE(s.slices.at(0).value, wan("417.23"));
    QCOMPARE(s.slices.at(0).share, QStringLiteral("13.5%"));
    QCOMPARE(s.slices.at(1).label, QStringLiteral("项目支出"));
    QCOMPARE(s.slices.at(1).value, wan("2670.56"));
    QCOMPARE(s.slices.at(1).share, QStringLiteral("86.5%"));
}

void TestChartSeries::followsEdits()
{
    QString error;
    auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    // 事业运行 基本支出 313.93 → 1,313.93: 基本 1,417.23 of 4,087.79 = 34.7%, 项目 65.3%.
    QVERIFY(doc->setCell(CellKey::fromString(QStringLiteral("03!2010350@2")), wan("1313.93"), &error));
    const ChartSeries s = ChartSeries::figure(*doc, 3);
    QCOMPARE(s.slices.at(0).value, wan("1417.23"));
    QCOMPARE(s.slices.at(0).share, QStringLiteral("34.7%"));
    QCOMPARE(s.slices.at(1).share, QStringLiteral("65.3%"));
    // 01表 支出 follows 03表, so 图1's 支出总计 bar moves while 收入总计 stays.
    QCOMPARE(ChartSeries::figure(*doc, 1).sets.at(1).values.at(1), wan("4087.79"));
    QCOMPARE(ChartSeries::figure(*doc, 1).sets.at(1).values.at(0), wan("3087.79"));
    doc->undoStack()->undo();
    QCOMPARE(ChartSeries::figure(*doc, 3).slices.at(0).share, QStringLiteral("13.5%"));

    doc->setPriorYear(QStringLiteral("fiscal_total"), wan("5000"));
    QCOMPARE(ChartSeries::figure(*doc, 4).sets.at(0).values, (QList<Money>{wan("5000"), wan("5000")}));
    QCOMPARE(ChartSeries::figure(*doc, 1).sets.at(0).values.at(0), wan("4361.89"));
}

void TestChartSeries::zeroSlicesLeftOut()
{
    QString error;
    auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    // 01表 事业收入 (row 5) is 02表's 事业收入 column.
    const CellKey business = CellKey::fromString(QStringLiteral("02!2010350@4"));
    QVERIFY2(doc->setCell(business, wan("0"), &error), qPrintable(error)); // zero: still left out
    QCOMPARE(ChartSeries::figure(*doc, 2).slices.size(), 1);
    QVERIFY2(doc->setCell(business, wan("912.21"), &error), qPrintable(error));
    const ChartSeries s = ChartSeries::figure(*doc, 2);
    QCOMPARE(s.slices.size(), 2);
    QCOMPARE(s.denominator, wan("4000"));
    QCOMPARE(s.slices.at(0).share, QStringLiteral("77.2%")); // 3,087.79 / 4,000 = 77.19…%
    QCOMPARE(s.slices.at(1).label, QStringLiteral("事业收入"));
    QCOMPARE(s.slices.at(1).share, QStringLiteral("22.8%"));
}

void TestChartSeries::invalidFigure()
{
    QVERIFY(!ChartSeries::figure(*m_doc, 0).isValid());
    QVERIFY(!ChartSeries::figure(*m_doc, 5).isValid());
    QVERIFY(ChartSeries::figure(*m_doc, 5).title.isEmpty());
}

QTEST_GUILESS_MAIN(TestChartSeries)
#include "tst_chartseries.moc"
