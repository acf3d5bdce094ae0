// TableLocator: tables found by title or 公开NN表 code on any sheet, several per sheet;
// banded headers of 1–4 rows with merges; columns in any order; split and joined codes;
// the 金额单位 line.
#include "document.h"
#include "documentio.h"
#include "tablelocator.h"
#include "workbooktestutil.h"
#include "testsupport.h"

#include <QTest>

using namespace Juesuan;
using namespace TestSupport;
using namespace ImportTest;

namespace {


std::unique_ptr<Document> sample()
{
    QString error;
    auto doc = DocumentIO::load(samplePath(), &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    return doc;
}

// key -> text of every located cell that has one
QHash<CellKey, QString> cellTexts(const LocatedTable &t)
{
    QHash<CellKey, QString> out;
    for (const LocatedCell &c : t.cells)
        if (!c.cell.text.isEmpty())
            out.insert(c.key, c.cell.text);
    return out;
}

const LocatedTable *find(const LocatedWorkbook &w, const QString &id)
{
    for (const LocatedTable &t : w.tables)
        if (t.tableId == id)
            return &t;
    return nullptr;
}

// A 05 table by hand: one header row with a single 科目编码 column, or two rows with the
// code split over 类/款/项; amounts in the order given.
WorkbookSheet handMade05(int headerRows, const QStringList &amountCaptions)
{
    WorkbookSheet s;
    s.name = QStringLiteral("表五");
    put(&s, 0, 1, QStringLiteral("一般公共预算财政拨款支出决算表"));
    put(&s, 1, 1, QStringLiteral("单位：元"));
    int r = 2;
    int c = 1; // the table starts in column B
    if (headerRows == 1) {
        put(&s, r, c, QStringLiteral("科目编码"));
        put(&s, r, c + 1, QStringLiteral("科目名称"));
        for (int i = 0; i < amountCaptions.size(); ++i)
            put(&s, r, c + 2 + i, amountCaptions.at(i));
        ++r;
        const QList<QStringList> body = {
            {QStringLiteral("合计"), QString(), QStringLiteral("300"), QStringLiteral("100"), QStringLiteral("200")},
            {QStringLiteral("201"), QStringLiteral("一般公共服务支出"), QStringLiteral("300"), QStringLiteral("100"), QStringLiteral("200")},
            {QStringLiteral("20103"), QStringLiteral("政府办公厅（室）及相关机构事务"), QStringLiteral("300"), QStringLiteral("100"), QStringLiteral("200")},
            {QStringLiteral("2010350"), QStringLiteral("事业运行"), QStringLiteral("300"), QStringLiteral("100"), QStringLiteral("200")},
        };
        for (const QStringList &row : body) {
            put(&s, r, c, row.at(0));
            put(&s, r, c + 1, row.at(1));
            // amounts follow the captions' order: 小计 300, 基本支出 100, 项目支出 200
            for (int i = 0; i < amountCaptions.size(); ++i) {
                const int source = amountCaptions.at(i) == QStringLiteral("小计") ? 2
                        : amountCaptions.at(i) == QStringLiteral("基本支出")       ? 3
                                                                                   : 4;
                put(&s, r, c + 2 + i, row.at(source), true);
            }
            ++r;
        }
        return s;
    }
    // two rows: 功能分类科目编码 over 类/款/项, 科目名称 over two rows, 本年支出 over the amounts
    put(&s, r, c, QStringLiteral("功能分类科目编码"));
    merge(&s, r, c, r, c + 2);
    put(&s, r, c + 3, QStringLiteral("科目名称"));
    merge(&s, r, c + 3, r + 1, c + 3);
    put(&s, r, c + 4, QStringLiteral("本年支出"));
    merge(&s, r, c + 4, r, c + 3 + int(amountCaptions.size()));
    put(&s, r + 1, c, QStringLiteral("类"));
    put(&s, r + 1, c + 1, QStringLiteral("款"));
    put(&s, r + 1, c + 2, QStringLiteral("项"));
    for (int i = 0; i < amountCaptions.size(); ++i)
        put(&s, r + 1, c + 4 + i, amountCaptions.at(i));
    r += 2;
    put(&s, r, c, QStringLiteral("合 计"));
    merge(&s, r, c, r, c + 3);
    put(&s, r + 1, c, QStringLiteral("201"));
    put(&s, r + 1, c + 3, QStringLiteral("一般公共服务支出"));
    put(&s, r + 2, c + 1, QStringLiteral("03"));
    put(&s, r + 2, c + 3, QStringLiteral("政府办公厅（室）及相关机构事务"));
    put(&s, r + 3, c + 2, QStringLiteral("50"));
    put(&s, r + 3, c + 3, QStringLiteral("事业运行"));
    for (int k = 0; k < 4; ++k)
        for (int i = 0; i < amountCaptions.size(); ++i) {
            const QString cap = amountCaptions.at(i);
            put(&s, r + k, c + 4 + i, cap == QStringLiteral("小计") ? QStringLiteral("300")
                                              : cap == QStringLiteral("基本支出") ? QStringLiteral("100")
                                                                                  : QStringLiteral("200"), true);
        }
    return s;
}

} // namespace

class TestTableLocator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fold_data();
    void fold();
    void cellName();
    void findsEveryTable_data();
    void findsEveryTable();
    void handMadeHeaders_data();
    void handMadeHeaders();
    void unit_data();
    void unit();
    void foreignSheetIsSkipped();
    void columnsReordered();

private:
    std::unique_ptr<Document> m_sample;
};

void TestTableLocator::initTestCase()
{
    m_sample = sample();
}

void TestTableLocator::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("spaces") << QStringLiteral("收 入　合 计") << QStringLiteral("收入合计");
    QTest::newRow("ASCII quotes") << QStringLiteral("财政拨款\"三公\"经费") << QStringLiteral("财政拨款三公经费");
    QTest::newRow("Chinese quotes") << QStringLiteral("财政拨款“三公”经费") << QStringLiteral("财政拨款三公经费");
    QTest::newRow("full-width") << QStringLiteral("因公出国（境）费：１２") << QStringLiteral("因公出国(境)费:12");
}

void TestTableLocator::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TableLocator::fold(text), folded);
}

void TestTableLocator::cellName()
{
    QCOMPARE(TableLocator::cellName(0, 0), QStringLiteral("A1"));
    QCOMPARE(TableLocator::cellName(11, 2), QStringLiteral("C12"));
    QCOMPARE(TableLocator::cellName(0, 25), QStringLiteral("Z1"));
    QCOMPARE(TableLocator::cellName(9, 26), QStringLiteral("AA10"));
}

void TestTableLocator::findsEveryTable_data()
{
    QTest::addColumn<int>("title");
    QTest::addColumn<bool>("oneSheet");
    QTest::addColumn<bool>("split");
    QTest::addColumn<QString>("sheetPrefix");
    QTest::newRow("department and year in titles") << int(Layout::Title::Full) << false << true << QStringLiteral("Sheet");
    QTest::newRow("plain titles, odd sheet names") << int(Layout::Title::Plain) << false << true << QStringLiteral("导出数据_");
    QTest::newRow("codes only") << int(Layout::Title::CodeOnly) << false << false << QStringLiteral("x");
    QTest::newRow("ASCII quotes") << int(Layout::Title::AsciiQuotes) << false << false << QStringLiteral("表");
    QTest::newRow("stacked on one sheet") << int(Layout::Title::Full) << true << true << QStringLiteral("Sheet");
    QTest::newRow("stacked, codes only") << int(Layout::Title::CodeOnly) << true << false << QStringLiteral("Sheet");
}

void TestTableLocator::findsEveryTable()
{
    QFETCH(int, title);
    QFETCH(bool, oneSheet);
    QFETCH(bool, split);
    QFETCH(QString, sheetPrefix);
    Layout o;
    o.title = Layout::Title(title);
    o.oneSheet = oneSheet;
    o.splitCodes = split;
    o.sheetPrefix = sheetPrefix;
    QHash<CellKey, Place> places;
    const Workbook wb = layOut(*m_sample, o, &places);
    const LocatedWorkbook found = TableLocator(m_sample->reportTemplate()).locate(wb);
    QCOMPARE(found.tables.size(), 9);
    QVERIFY(found.skipped.isEmpty());
    for (const TableTemplate &t : m_sample->reportTemplate().tables()) {
        const LocatedTable *lt = find(found, t.id());
        QVERIFY2(lt, qPrintable(t.code()));
        QVERIFY2(lt->skipped.isEmpty(), qPrintable(lt->skipped.value(0).place + lt->skipped.value(0).reason));
        QCOMPARE(lt->headerLastRow - lt->headerFirstRow + 1, t.headerRowCount());
        QVERIFY(lt->unitFound);
        QCOMPARE(lt->unit, Money::Unit::Yuan);
        // Every amount the layout wrote was found at its key and its place.
        QHash<CellKey, QString> texts = cellTexts(*lt);
        int written = 0;
        for (auto it = places.cbegin(); it != places.cend(); ++it) {
            if (it.key().table != t.id() || m_sample->value(it.key()).isBlank())
                continue;
            ++written;
            QVERIFY2(texts.contains(it.key()), qPrintable(it.key().toString()));
            QCOMPARE(texts.value(it.key()), amountText(m_sample->value(it.key()), Money::Unit::Yuan));
        }
        QCOMPARE(texts.size(), written);
        if (t.isCodeList()) {
            QStringList items;
            for (const LocatedRow &r : lt->rows)
                if (r.code.size() == 7)
                    items.append(r.code);
            QCOMPARE(items, m_sample->itemRows(t.id()));
            if (!lt->rows.isEmpty()) {
                QCOMPARE(lt->rows.first().code, TableTemplate::totalRow());
                QCOMPARE(lt->rows.size(), m_sample->bodyRows(t.id()).size());
            }
        }
    }
    if (o.title == Layout::Title::Full)
        QCOMPARE(found.year, 2023);
    QCOMPARE(found.department, m_sample->metadata().department);
}

void TestTableLocator::handMadeHeaders_data()
{
    QTest::addColumn<int>("headerRows");
    QTest::addColumn<QStringList>("captions");
    QTest::newRow("one row, joined codes") << 1 << QStringList{QStringLiteral("小计"), QStringLiteral("基本支出"), QStringLiteral("项目支出")};
    QTest::newRow("one row, reordered") << 1 << QStringList{QStringLiteral("项目支出"), QStringLiteral("小计"), QStringLiteral("基本支出")};
    QTest::newRow("two rows, split codes") << 2 << QStringList{QStringLiteral("小计"), QStringLiteral("基本支出"), QStringLiteral("项目支出")};
    QTest::newRow("two rows, reordered") << 2 << QStringList{QStringLiteral("基本支出"), QStringLiteral("项目支出"), QStringLiteral("小计")};
}

void TestTableLocator::handMadeHeaders()
{
    QFETCH(int, headerRows);
    QFETCH(QStringList, captions);
    Workbook wb;
    wb.sheets.append(handMade05(headerRows, captions));
    const LocatedWorkbook found = TableLocator(m_sample->reportTemplate()).locate(wb);
    QCOMPARE(found.tables.size(), 1);
    const LocatedTable &t = found.tables.first();
    QCOMPARE(t.tableId, QStringLiteral("05"));
    QCOMPARE(t.headerLastRow - t.headerFirstRow + 1, headerRows);
    QCOMPARE(t.firstCol, 1);
    QVERIFY2(t.skipped.isEmpty(), qPrintable(t.skipped.value(0).reason));
    QStringList codes;
    for (const LocatedRow &r : t.rows)
        codes.append(r.code);
    QCOMPARE(codes, (QStringList{QStringLiteral("total"), QStringLiteral("201"), QStringLiteral("20103"), QStringLiteral("2010350")}));
    QCOMPARE(t.rows.last().name, QStringLiteral("事业运行"));
    const QHash<CellKey, QString> texts = cellTexts(t);
    QCOMPARE(texts.size(), 12);
    for (const QString &row : {QStringLiteral("total"), QStringLiteral("201"), QStringLiteral("20103"), QStringLiteral("2010350")}) {
        QCOMPARE(texts.value(CellKey{QStringLiteral("05"), row, QStringLiteral("1")}), QStringLiteral("300"));
        QCOMPARE(texts.value(CellKey{QStringLiteral("05"), row, QStringLiteral("2")}), QStringLiteral("100"));
        QCOMPARE(texts.value(CellKey{QStringLiteral("05"), row, QStringLiteral("3")}), QStringLiteral("200"));
    }
}

void TestTableLocator::unit_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("unit");
    QTest::newRow("金额单位：元") << QStringLiteral("金额单位：元") << true << int(Money::Unit::Yuan);
    QTest::newRow("单位：万元") << QStringLiteral("单位：万元") << true << int(Money::Unit::Wanyuan);
    QTest::newRow("单位:元 half-width") << QStringLiteral("单位: 元") << true << int(Money::Unit::Yuan);
    QTest::newRow("编制单位 and unit") << QStringLiteral("编制单位：某某中心    金额单位：万元") << true << int(Money::Unit::Wanyuan);
    QTest::newRow("none") << QString() << false << int(Money::Unit::Wanyuan);
}

void TestTableLocator::unit()
{
    QFETCH(QString, line);
    QFETCH(bool, found);
    QFETCH(int, unit);
    Layout o;
    o.tables = QStringList{QStringLiteral("09")};
    o.writeUnit = false;
    Workbook wb = layOut(*m_sample, o);
    if (!line.isEmpty())
        put(&wb.sheets[0], 1, 0, line);
    const LocatedWorkbook w = TableLocator(m_sample->reportTemplate()).locate(wb);
    QCOMPARE(w.tables.size(), 1);
    QCOMPARE(w.tables.first().unitFound, found);
    QCOMPARE(int(w.tables.first().unit), unit);
    QCOMPARE(w.tables.first().headerLastRow - w.tables.first().headerFirstRow + 1, 4);
}

void TestTableLocator::foreignSheetIsSkipped()
{
    Layout o;
    o.tables = QStringList{QStringLiteral("01")};
    Workbook wb = layOut(*m_sample, o);
    WorkbookSheet foreign;
    foreign.name = QStringLiteral("说明");
    put(&foreign, 0, 0, QStringLiteral("本工作簿由财务软件导出"));
    wb.sheets.prepend(foreign);
    const LocatedWorkbook w = TableLocator(m_sample->reportTemplate()).locate(wb);
    QCOMPARE(w.tables.size(), 1);
    QCOMPARE(w.tables.first().sheet, 1);
    QCOMPARE(w.skipped.size(), 1);
    QCOMPARE(w.skipped.first().place, QStringLiteral("sheet \"说明\""));
}

void TestTableLocator::columnsReordered()
{
    Layout o;
    o.reverseAmounts = true;
    o.tables = QStringList{QStringLiteral("02"), QStringLiteral("07")};
    QHash<CellKey, Place> places;
    const Workbook wb = layOut(*m_sample, o, &places);
    const LocatedWorkbook w = TableLocator(m_sample->reportTemplate()).locate(wb);
    QCOMPARE(w.tables.size(), 2);
    for (const LocatedTable &t : w.tables)
        for (const LocatedCell &c : t.cells) {
            QVERIFY(places.contains(c.key));
            QCOMPARE(c.col, places.value(c.key).col);
            QCOMPARE(c.row, places.value(c.key).row);
        }
}

QTEST_GUILESS_MAIN(TestTableLocator)
#include "tst_tablelocator.moc"
