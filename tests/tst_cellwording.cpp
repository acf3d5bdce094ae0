// CellWording: cells named and computed cells explained in the report's own words, from
// the templates' formulas, in the sample and in a new empty report (where the engine has no
// operands yet but the formula still says where the value will come from).
#include "cellwording.h"
#include "document.h"
#include "documentio.h"

#include "testsupport.h"

#include <QTest>

using namespace Juesuan;
using namespace TestSupport;

namespace {
std::unique_ptr<Document> emptyReport()
{
    QString error;
    auto edition = ReportTemplate::builtin(QStringLiteral("2023"), &error);
    if (!edition)
        qFatal("no 2023 edition: %s", qPrintable(error));
    return std::make_unique<Document>(edition);
}
} // namespace

class TestCellWording : public QObject
{
    Q_OBJECT
private slots:
    void places_data();
    void places();
    void formulas_data();
    void formulas();
    void emptyReport_data();
    void emptyReport();
};

void TestCellWording::places_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("words");
    QTest::newRow("02 类 total column") << "02!201@1" << "公开02表 201 一般公共服务支出 本年收入合计";
    QTest::newRow("05 项 banded column") << "05!2010350@2" << "公开05表 2010350 事业运行 本年支出/基本支出";
    QTest::newRow("05 合计") << "05!total@1" << "公开05表 合计 本年支出/小计";
    QTest::newRow("01 行次") << "01!27@1" << "公开01表 27行 本年收入合计 收入/金额";
    // The template spaces 总 计 out for the page; in words it is one word.
    QTest::newRow("01 spaced name") << "01!31@1" << "公开01表 31行 总计 收入/金额";
    QTest::newRow("06 code") << "06!30101@1" << "公开06表 30101 基本工资 人员经费";
    QTest::newRow("06 named line") << "06!personnel@1" << "公开06表 人员经费合计 人员经费";
    QTest::newRow("09 one line") << "09!1@3" << "公开09表 财政拨款“三公”经费 预算数/公务用车购置及运行维护费/小计";
}

void TestCellWording::places()
{
    QFETCH(QString, cell);
    QFETCH(QString, words);
    auto doc = loadSample();
    QCOMPARE(CellWording::place(*doc, CellKey::fromString(cell)), words);
}

void TestCellWording::formulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("words");
    QTest::newRow("another table's 类 row") << "01!32@2" << "= 公开03表 201 一般公共服务支出 1栏";
    QTest::newRow("another table's 合计") << "01!4@1" << "= 公开02表 合计 3栏";
    QTest::newRow("another table's line") << "04!1@1" << "= 公开01表 1行 一、一般公共预算财政拨款收入 1栏";
    QTest::newRow("column rule") << "05!2010350@1" << "= 2栏 + 3栏";
    QTest::newRow("column rule on 合计") << "05!total@1" << "= 2栏 + 3栏";
    QTest::newRow("column range") << "02!201@1" << "= 2栏 + 3栏 + 4栏 + 5栏 + 6栏 + 7栏";
    QTest::newRow("款 rows") << "05!201@2" << "= 20103 (款 rows)";
    QTest::newRow("项 rows") << "05!20103@3" << "= 2010350 + 2010399 (项 rows)";
    QTest::newRow("类 rows") << "05!total@2" << "= 201 + 206 + 208 + 210 + 221 (类 rows)";
    QTest::newRow("行次 range") << "01!27@1" << "= 1行 + 2行 + … + 8行";
    QTest::newRow("three lines") << "01!31@1" << "= 27行 + 28行 + 29行";
    QTest::newRow("codes") << "06!301@1" << "= 30101 + 30102 + … + 30199";
    QTest::newRow("named lines") << "06!personnel@1" << "= 301 + 303";
    QTest::newRow("columns of a fixed row") << "09!1@1" << "= 2栏 + 3栏 + 6栏";
    QTest::newRow("input") << "05!2010350@2" << "";
}

void TestCellWording::formulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, words);
    auto doc = loadSample();
    QCOMPARE(CellWording::formula(*doc, CellKey::fromString(cell)), words);
}

void TestCellWording::emptyReport_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("words");
    QTest::newRow("from 03 before 03 has the row") << "01!32@2" << "= 公开03表 201 一般公共服务支出 1栏";
    QTest::newRow("合计 of no rows") << "05!total@2" << "= the sum of its 类 rows (there are none yet)";
    QTest::newRow("balance") << "07!total@6" << "= 1栏 + 2栏 − 3栏";
}

void TestCellWording::emptyReport()
{
    QFETCH(QString, cell);
    QFETCH(QString, words);
    auto doc = ::emptyReport();
    const QString text = CellWording::formula(*doc, CellKey::fromString(cell));
    QCOMPARE(text, words);
    QVERIFY(!text.contains(QLatin1Char('!')) && !text.contains(QLatin1Char('@'))); // never internal keys
}

QTEST_GUILESS_MAIN(TestCellWording)
#include "tst_cellwording.moc"
