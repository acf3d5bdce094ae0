// 第三部分 情况说明 generated from the bundled sample against the published report: the
// reference's figures, its paragraphs word for word where they are right, the computed
// figure (with the reason) where the reference is wrong, and sentences that follow edits.
// Also the document's "facts" (政府采购, 国有资产, …) the narrative quotes.
#include "chartseries.h"
#include "document.h"
#include "documentio.h"
#include "narrative.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {

const QString fixturePath = QStringLiteral(JUESUAN_TEST_DATA "/narrative/reference-verbatim.txt");

QStringList paragraphs(const Document &doc)
{
    QStringList out;
    for (const NarrativeSection &s : Narrative::generate(doc))
        out += s.paragraphs;
    return out;
}

NarrativeSection sectionById(const Document &doc, const QString &id)
{
    for (const NarrativeSection &s : Narrative::generate(doc))
        if (s.id == id)
            return s;
    return NarrativeSection();
}

// The paragraph of `id` that starts with `prefix`; empty when there is none.
QString paragraph(const Document &doc, const QString &id, const QString &prefix)
{
    for (const QString &p : sectionById(doc, id).paragraphs)
        if (p.startsWith(prefix))
            return p;
    return QString();
}

QString withoutNumber(const QString &p)
{
    static const QRegularExpression number(QStringLiteral("^\\d+\\. "));
    return QString(p).remove(number);
}

} // namespace

class TestNarrative : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void formatting_data();
    void formatting();
    void headings();
    void referenceFigures_data();
    void referenceFigures();
    void verbatimParagraphs();
    void whereTheReferenceIsWrong();
    void editingAnItemChangesSentencesAndChart();
    void budgetOfZeroGivesNoPercentage();
    void reasonsAreTheAccountants();
    void priorYearWording();
    void emptyTablesSayNone();
    void newDocument();
    void factsWithUndo();
    void factsInTheFile();
    void factsRefused_data();
    void factsRefused();

private:
    std::unique_ptr<Document> m_doc;
};

void TestNarrative::initTestCase()
{
    m_doc = loadSample();
    QVERIFY(m_doc);
}

void TestNarrative::formatting_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("wan");
    QTest::newRow("two decimals") << "3087.79" << "3087.79";
    QTest::newRow("trailing zero dropped") << "1274.10" << "1274.1";
    QTest::newRow("whole") << "3.00" << "3";
    QTest::newRow("zero") << "0" << "0";
    QTest::newRow("blank prints 0") << "" << "0";
    QTest::newRow("small") << "0.08" << "0.08";
    QTest::newRow("negative") << "-1.50" << "-1.5";
    QTest::newRow("no separators") << "12,345.6" << "12345.6";
}

void TestNarrative::formatting()
{
    QFETCH(QString, input);
    QFETCH(QString, wan);
    QCOMPARE(Narrative::wan(Money::parse(input).value), wan);
    QCOMPARE(Narrative::share(417230000, 3087790000), QStringLiteral("13.5%"));
    QCOMPARE(Narrative::share(1, 1), QStringLiteral("100%"));      // not "100.0%"
    QCOMPARE(Narrative::share(159, 300), QStringLiteral("53%"));   // 53.0% prints as the reference's 53%
    QCOMPARE(Narrative::share(1, 0), QString());                   // no division by zero
    QCOMPARE(Narrative::projectKey(QStringLiteral("reason.effect."), QStringLiteral("“智慧江汉”综合指挥中心")),
             QStringLiteral("reason.effect.智慧江汉综合指挥中心"));
}

void TestNarrative::headings()
{
    QCOMPARE(Narrative::title(*m_doc), QStringLiteral("第三部分 武汉市江汉区大数据中心2023年度部门决算情况说明"));
    QStringList top;
    QList<int> figures;
    for (const NarrativeSection &s : Narrative::generate(*m_doc)) {
        if (s.level == 1)
            top << s.heading.section(QChar(0x3001), 0, 0);
        if (s.figure)
            figures << s.figure;
    }
    QCOMPARE(top, QStringLiteral("一 二 三 四 五 六 七 八 九 十 十一 十二 十三").split(QLatin1Char(' ')));
    QCOMPARE(figures, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(sectionById(*m_doc, QStringLiteral("overview")).heading, QStringLiteral("一、收入支出决算总体情况说明"));
    QCOMPARE(sectionById(*m_doc, QStringLiteral("assets")).heading, QStringLiteral("十二、国有资产占用情况说明"));
}

void TestNarrative::referenceFigures_data()
{
    QTest::addColumn<QString>("figure");
    // Every figure the reference's 第三部分 prints where it is right (see whereTheReferenceIsWrong).
    for (const char *f : {"3087.79万元", "1274.1万元", "29.2%", "100%", "13.5%", "86.5%", "84.8%", "10.2%", "1.2%",
                          "2.5%", "1.3%", "2840.01万元", "108.7%", "94.4%", "386.31万元", "30.92万元", "1354.55万元",
                          "55.7%", "53%", "1.41万元", "0.5%", "417.23万元", "2670.56万元", "2619.57万元", "313.61万元",
                          "37.21万元", "78.25万元", "39.15万元", "2469.24万元", "1085.45万元", "1129.47万元", "6.59万元",
                          "1351.99万元", "2.56万元", "0.2万元", "1.16万元", "0.23万元", "1.67万元"})
        QTest::newRow(f) << QString::fromUtf8(f);
}

void TestNarrative::referenceFigures()
{
    QFETCH(QString, figure);
    const QString all = paragraphs(*m_doc).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(figure), qPrintable(figure));
}

void TestNarrative::verbatimParagraphs()
{
    QFile f(fixturePath);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(fixturePath));
    const QStringList generated = paragraphs(*m_doc);
    QStringList unnumbered;
    for (const QString &p : generated)
        unnumbered << withoutNumber(p);
    int checked = 0;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        ++checked;
        if (line.startsWith(QLatin1Char('~')))
            QVERIFY2(unnumbered.contains(withoutNumber(line.mid(1))), qPrintable(line));
        else
            QVERIFY2(generated.contains(line), qPrintable(line));
    }
    QCOMPARE(checked, 35);
}

void TestNarrative::whereTheReferenceIsWrong()
{
    const Document &d = *m_doc;
    // 十三（一）: the reference prints "资金2469.24万元，占一般公共预算项目支出总额的94.3%"; the eight
    // projects' budgets do sum to 2469.24, but 2469.24 / 2670.56 (05表 项目支出) = 92.46%, so 92.5%.
    QVERIFY(paragraph(d, QStringLiteral("performance.work"), QString())
                    .contains(QStringLiteral("共涉及项目8个，资金2469.24万元，占一般公共预算项目支出总额的92.5%。")));
    // 五（二）5: the reference names the 类 "住房改革支出（类）"; 221 is 住房保障支出 (住房改革支出 is its 款 22102).
    QCOMPARE(paragraph(d, QStringLiteral("gpb.structure"), QStringLiteral("5. ")),
             QStringLiteral("5. 住房保障支出（类）39.15万元，占1.3%。主要是用于住房公积金、提租补贴。"));
    // 五（二）1 and 2 print "(类)" with ASCII parentheses, 3–5 "（类）": we print one form throughout.
    QCOMPARE(paragraph(d, QStringLiteral("gpb.structure"), QStringLiteral("1. ")),
             QStringLiteral("1. 一般公共服务支出（类）2619.57万元，占84.8%。主要是用于事业运行、其他政府办公厅（室）及相关机构事务支出。"));
    QCOMPARE(paragraph(d, QStringLiteral("gpb.structure"), QStringLiteral("2. ")),
             QStringLiteral("2. 科学技术支出（类）313.61万元，占10.2%。主要是用于科技成果转化与扩散。"));
    // 五（三）3: the reference calls 款20604 "研究与开发" (and its 02表 "技术与开发"); the 2023 catalogue
    // name is 技术研究与开发.
    QCOMPARE(paragraph(d, QStringLiteral("gpb.detail"), QStringLiteral("3. ")),
             QStringLiteral("3. 科学技术支出（类）技术研究与开发（款）科技成果转化与扩散（项）。年初预算为0万元，支出决算为313.61万元，"
                            "支出决算数大于年初预算数的主要原因是增加了项目支出。"));
    // 二: the reference says "收入合计各减少" — "各" (each) only makes sense for 收、支 together.
    QCOMPARE(paragraph(d, QStringLiteral("income"), QString()),
             QStringLiteral("2023年度收入合计3087.79万元。与2022年度相比，收入合计减少1274.1万元，下降29.2%，主要原因是项目支出较上年减少。"
                            "其中：财政拨款收入3087.79万元，占本年收入100%。"));
    // 六: the reference writes 维修(护)费; the line is 维修（护）费 in 06表 and in our template.
    QCOMPARE(paragraph(d, QStringLiteral("gpbBasic"), QStringLiteral("公用经费")),
             QStringLiteral("公用经费30.92万元，主要包括：办公费、印刷费、咨询费、邮电费、差旅费、维修（护）费、公务接待费、劳务费、"
                            "工会经费、福利费、公务用车运行维护费、其他商品和服务支出、办公设备购置。"));
    // 十一: the reference's "货物…占货物支出金额的38.8%" and "服务…61.2%" are 2.56/6.59 and 4.03/6.59, the
    // shares of the 中小企业 total (no 中小企业 split of 6.59 gives 38.8% of 2.56 and 61.2% of 1351.99 at
    // once). With the sample's split (货物 2.56, 服务 4.03) the stated ratios are 100% and 0.3%.
    const QString p11 = paragraph(d, QStringLiteral("procurement"), QString());
    QVERIFY(p11.startsWith(QStringLiteral("2023年度武汉市江汉区大数据中心政府采购支出总额1354.55万元，其中：政府采购货物支出2.56万元、"
                                          "政府采购工程支出0万元、政府采购服务支出1351.99万元。授予中小企业合同金额6.59万元，"
                                          "占政府采购支出总额的0.5%，其中：授予小微企业合同金额6.59万元，占授予中小企业合同金额的100%；")));
    QVERIFY(p11.endsWith(QStringLiteral("货物采购授予中小企业合同金额占货物支出金额的100%，工程采购授予中小企业合同金额占工程支出金额的0%，"
                                        "服务采购授予中小企业合同金额占服务支出金额的0.3%。")));
    // 十三（三）: the reference prints "51.31元", "1161.84元", "5元" (万 missing) for three budgets.
    const QString projects = sectionById(d, QStringLiteral("performance.projects")).paragraphs.join(QLatin1Char('\n'));
    QVERIFY(projects.contains(QStringLiteral("疫情防控-隔离点经费项目绩效自评综述：项目全年预算数为51.31万元，执行数为51.31万元，完成预算的100%。")));
    QVERIFY(projects.contains(QStringLiteral("中心运行维护费项目绩效自评综述：项目全年预算数为1161.84万元，执行数为1129.47万元，完成预算的97%。")));
    QVERIFY(projects.contains(QStringLiteral("走访慰问专项经费项目绩效自评综述：项目全年预算数为5万元，执行数为4.84万元，完成预算的97%。")));
    // 九（二）3: "3. 公务接待费" has a space where 1. and 2. have none; we number them alike.
    QCOMPARE(paragraph(d, QStringLiteral("threePublic.detail"), QStringLiteral("3.")),
             QStringLiteral("3.公务接待费支出决算为0.08万元，比年初预算增加0.08万元，主要原因是本年度公务活动增加。其中："));
    // 十三（四）: the extraction reads "将绩效管理 with 业务工作相结合"; the sample's text has 与.
    QCOMPARE(sectionById(d, QStringLiteral("performance.use")).paragraphs,
             QStringList{QStringLiteral("武汉市江汉区大数据中心在绩效目标设置上，尽量做到细化、量化，将绩效管理与业务工作相结合。")});
    // 五（三）: the projects are listed in the forms' order, each with what it spent (执行数).
    const QString detail = paragraph(d, QStringLiteral("gpb.detail"), QStringLiteral("2023"));
    QVERIFY(detail.startsWith(QStringLiteral("2023年度一般公共预算财政拨款支出年初预算为2840.01万元，支出决算为3087.79万元，完成年初预算的108.7%。"
                                             "其中：基本支出417.23万元，项目支出2670.56万元。项目支出主要用于（不含涉密项目）：")));
    for (const char *s : {"走访慰问专项经费4.84万元，主要成效是体现党和政府对购岗人员的关心关爱。",
                          "监督员政府购岗费1085.45万元，主要成效是随时掌握城市管理现状、出现的问题和处置情况。",
                          "疫情防控-隔离点经费51.31万元，主要成效是保障疫情防控。"})
        QVERIFY2(detail.contains(QString::fromUtf8(s)), s);
}

void TestNarrative::editingAnItemChangesSentencesAndChart()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QString error;
    // 科技成果转化与扩散 项目支出 313.61 → 413.61 in 05表 (03表 is what 01表 sums, so both move).
    const QString before = paragraph(*doc, QStringLiteral("gpb.detail"), QStringLiteral("3. "));
    QVERIFY2(doc->setCell(CellKey::fromString(QStringLiteral("05!2060404@3")), wan("413.61"), &error), qPrintable(error));
    QVERIFY2(doc->setCell(CellKey::fromString(QStringLiteral("03!2060404@3")), wan("413.61"), &error), qPrintable(error));
    QCOMPARE(paragraph(*doc, QStringLiteral("gpb.detail"), QStringLiteral("3. ")),
             QStringLiteral("3. 科学技术支出（类）技术研究与开发（款）科技成果转化与扩散（项）。年初预算为0万元，支出决算为413.61万元，"
                            "支出决算数大于年初预算数的主要原因是增加了项目支出。"));
    // 413.61 / 3187.79 = 12.97…% → 13% (no ".0").
    QCOMPARE(paragraph(*doc, QStringLiteral("gpb.structure"), QStringLiteral("2. ")),
             QStringLiteral("2. 科学技术支出（类）413.61万元，占13%。主要是用于科技成果转化与扩散。"));
    QVERIFY(paragraph(*doc, QStringLiteral("gpb.detail"), QStringLiteral("2023"))
                    .startsWith(QStringLiteral("2023年度一般公共预算财政拨款支出年初预算为2840.01万元，支出决算为3187.79万元，完成年初预算的112.2%。"
                                               "其中：基本支出417.23万元，项目支出2770.56万元。")));
    QVERIFY(paragraph(*doc, QStringLiteral("expense"), QString())
                    .endsWith(QStringLiteral("其中：基本支出417.23万元，占本年支出13.1%；项目支出2770.56万元，占本年支出86.9%。")));
    // 收入 is typed in 01表 and stays 3087.79, so 一 now states the two totals apart.
    QVERIFY(paragraph(*doc, QStringLiteral("overview"), QString())
                    .startsWith(QStringLiteral("2023年度收入总计3087.79万元，支出总计3187.79万元。与2022年度相比，收入总计减少1274.1万元，"
                                               "下降29.2%；支出总计减少1174.1万元，下降26.9%")));
    const ChartSeries pie = ChartSeries::figure(*doc, 3);
    QCOMPARE(pie.slices.at(1).value, wan("2770.56"));
    QCOMPARE(pie.slices.at(1).share, QStringLiteral("86.9%"));
    QCOMPARE(pie.slices.at(0).share, QStringLiteral("13.1%"));

    // Down to its budget of 0: 决算 0 and budget 0 is not listed at all.
    QVERIFY(doc->setCell(CellKey::fromString(QStringLiteral("05!2060404@3")), wan("0"), &error));
    QVERIFY(!sectionById(*doc, QStringLiteral("gpb.detail")).paragraphs.join(QString()).contains(QStringLiteral("科技成果转化与扩散（项）")));
    QVERIFY(!sectionById(*doc, QStringLiteral("gpb.structure")).paragraphs.join(QString()).contains(QStringLiteral("科学技术支出")));

    // Undo brings every sentence back.
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(paragraph(*doc, QStringLiteral("gpb.detail"), QStringLiteral("3. ")), before);
    QCOMPARE(ChartSeries::figure(*doc, 3).slices.at(1).share, QStringLiteral("86.5%"));

    // Equal to the budget: 完成年初预算的100%, no 大于/小于 and no reason.
    QVERIFY(doc->setCell(CellKey::fromString(QStringLiteral("05!2010350@2")), wan("312.76"), &error));
    QCOMPARE(paragraph(*doc, QStringLiteral("gpb.detail"), QStringLiteral("1. ")),
             QStringLiteral("1. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）。年初预算为312.76万元，"
                            "支出决算为312.76万元，完成年初预算的100%。"));
}

void TestNarrative::budgetOfZeroGivesNoPercentage()
{
    auto doc = loadSample();
    QVERIFY(doc);
    for (const QString &code : doc->itemRows(QStringLiteral("05")))
        doc->setBudget(code, Money());
    // No 年初预算 at all: amounts of 0, no "完成年初预算的" anywhere, no division by zero.
    QVERIFY(paragraph(*doc, QStringLiteral("gpb.detail"), QStringLiteral("2023"))
                    .startsWith(QStringLiteral("2023年度一般公共预算财政拨款支出年初预算为0万元，支出决算为3087.79万元。其中：")));
    for (const QString &p : sectionById(*doc, QStringLiteral("gpb.detail")).paragraphs)
        QVERIFY2(!p.contains(QStringLiteral("完成年初预算的")), qPrintable(p));
    QCOMPARE(paragraph(*doc, QStringLiteral("gpb.detail"), QStringLiteral("6. ")),
             QStringLiteral("6. 卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。年初预算为0万元，支出决算为10.34万元，"
                            "支出决算数大于年初预算数。"));
    // 三公 with no budget either.
    QString error;
    QVERIFY2(doc->setCell(CellKey::fromString(QStringLiteral("09!1@5")), Money(), &error), qPrintable(error));
    QCOMPARE(paragraph(*doc, QStringLiteral("threePublic.overall"), QString()),
             QStringLiteral("2023年度“三公”经费财政拨款支出预算为0万元，支出决算为1.67万元。决算数大于预算数的主要原因：减少公务车费用。"));
}

void TestNarrative::reasonsAreTheAccountants()
{
    auto doc = loadSample();
    QVERIFY(doc);
    const NarrativeSection overview = sectionById(*doc, QStringLiteral("overview"));
    QCOMPARE(overview.reasonKeys, QStringList{QStringLiteral("reason.total")});
    QVERIFY(sectionById(*doc, QStringLiteral("gpb.detail")).reasonKeys.contains(QStringLiteral("reason.item.2010399")));

    doc->setText(QStringLiteral("reason.total"), QStringLiteral("压减一般性支出"));
    QVERIFY(paragraph(*doc, QStringLiteral("overview"), QString()).endsWith(QStringLiteral("下降29.2%，主要原因是压减一般性支出。")));
    // Without a reason the sentence simply ends; nothing is invented.
    doc->setText(QStringLiteral("reason.total"), QString());
    QCOMPARE(paragraph(*doc, QStringLiteral("overview"), QString()),
             QStringLiteral("2023年度收、支总计3087.79万元。与2022年度相比，收、支总计各减少1274.1万元，下降29.2%。"));
    doc->setText(QStringLiteral("reason.item.2010399"), QString());
    QCOMPARE(paragraph(*doc, QStringLiteral("gpb.detail"), QStringLiteral("2. ")),
             QStringLiteral("2. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）。"
                            "年初预算为2442.14万元，支出决算为2305.64万元，完成年初预算的94.4%，支出决算数小于年初预算数。"));
}

void TestNarrative::priorYearWording()
{
    auto doc = loadSample();
    QVERIFY(doc);
    // An increase: 增加 and 增长.
    doc->setPriorYear(QStringLiteral("income_year"), wan("2000"));
    QVERIFY(paragraph(*doc, QStringLiteral("income"), QString())
                    .contains(QStringLiteral("与2022年度相比，收入合计增加1087.79万元，增长54.4%，")));
    // Unchanged: 持平, no rate.
    doc->setPriorYear(QStringLiteral("income_year"), wan("3087.79"));
    QVERIFY(paragraph(*doc, QStringLiteral("income"), QString()).contains(QStringLiteral("与2022年度相比，收入合计持平")));
    // A prior year of 0: the amount, no rate.
    doc->setPriorYear(QStringLiteral("income_year"), wan("0"));
    QVERIFY(paragraph(*doc, QStringLiteral("income"), QString()).contains(QStringLiteral("收入合计增加3087.79万元，主要原因是")));
    // No prior-year figure: no comparison at all.
    doc->setPriorYear(QStringLiteral("income_year"), Money());
    QCOMPARE(paragraph(*doc, QStringLiteral("income"), QString()),
             QStringLiteral("2023年度收入合计3087.79万元。其中：财政拨款收入3087.79万元，占本年收入100%。"));
}

void TestNarrative::emptyTablesSayNone()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QCOMPARE(sectionById(*doc, QStringLiteral("fund")).paragraphs,
             QStringList{QStringLiteral("本部门当年无政府性基金预算财政拨款收入支出。")});
    QCOMPARE(sectionById(*doc, QStringLiteral("capital")).paragraphs,
             QStringList{QStringLiteral("本部门当年无国有资本经营预算财政拨款支出。")});
    // A 国有资本经营 row with spending turns 八 into figures.
    const SubjectCatalogue &cat = doc->reportTemplate().catalogue();
    const TableTemplate *t08 = doc->reportTemplate().table(QStringLiteral("08"));
    QVERIFY(t08);
    const QStringList codes = cat.find(t08->scheme(), QStringLiteral("2010350"), 3, 1);
    QVERIFY(!codes.isEmpty());
    const QString code = codes.first();
    QString error;
    QVERIFY2(doc->addItemRow(QStringLiteral("08"), code, &error), qPrintable(error));
    QVERIFY2(doc->setCell(CellKey::fromString(QStringLiteral("08!") + code + QStringLiteral("@3")), wan("12.5"), &error),
             qPrintable(error));
    QCOMPARE(sectionById(*doc, QStringLiteral("capital")).paragraphs,
             QStringList{QStringLiteral("2023年度国有资本经营预算财政拨款支出12.5万元，其中：基本支出0万元，项目支出12.5万元。")});
}

void TestNarrative::newDocument()
{
    // A new, empty report: every section is there, nothing divides by zero, and no share or
    // rate is printed without a denominator.
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试单位"), 2024, &error);
    QVERIFY2(doc, qPrintable(error));
    const QList<NarrativeSection> sections = Narrative::generate(*doc);
    QCOMPARE(sections.size(), Narrative::generate(*m_doc).size());
    const QString all = paragraphs(*doc).join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QLatin1Char('%')));
    QVERIFY(all.contains(QStringLiteral("2024年度收、支总计0万元。")));
    QVERIFY(all.contains(QStringLiteral("本部门当年无政府性基金预算财政拨款收入支出。")));
    QVERIFY(all.contains(QStringLiteral("2024年度测试单位无机关运行经费支出。")));
    QVERIFY(all.contains(QStringLiteral("2024年度测试单位无政府采购支出。")));
    QVERIFY(all.contains(QStringLiteral("截至2024年12月31日，测试单位无车辆。本单位无单价100万元(含)以上设备。")));
    QVERIFY(all.contains(QStringLiteral("共涉及项目0个，资金0万元。")));
    for (int n = 1; n <= ChartSeries::figureCount; ++n)
        QVERIFY(ChartSeries::figure(*doc, n).isEmpty());
}

void TestNarrative::factsWithUndo()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QCOMPARE(doc->factCount(QStringLiteral("vehicles")), 2);
    QCOMPARE(doc->factAmount(QStringLiteral("procurement_services")), wan("1351.99"));
    QSignalSpy figures(doc.get(), &Document::figuresChanged);
    QVERIFY(doc->setFact(QStringLiteral("operating_expense"), wan("12.34").fen()));
    QCOMPARE(figures.count(), 1);
    QCOMPARE(sectionById(*doc, QStringLiteral("operating")).paragraphs,
             QStringList{QStringLiteral("2023年度武汉市江汉区大数据中心机关运行经费支出12.34万元。")});
    // Typing on in the same field is one undo step.
    QVERIFY(doc->setFact(QStringLiteral("operating_expense"), wan("12.35").fen()));
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(doc->setFact(QStringLiteral("vehicles"), 3));
    QVERIFY(paragraph(*doc, QStringLiteral("assets"), QString()).contains(QStringLiteral("共有车辆3辆")));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->factCount(QStringLiteral("vehicles")), 2);
    QCOMPARE(doc->factAmount(QStringLiteral("operating_expense")), Money::fromFen(0));
    QVERIFY(!doc->isModified());
    // Clearing a figure removes it.
    QVERIFY(doc->setFact(QStringLiteral("official_vehicles"), std::nullopt));
    QVERIFY(!doc->hasFact(QStringLiteral("official_vehicles")));
    QVERIFY(!paragraph(*doc, QStringLiteral("threePublic.detail"), QStringLiteral("(2)")).contains(QStringLiteral("保有量")));
}

void TestNarrative::factsInTheFile()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QVERIFY(doc->setFact(QStringLiteral("equipment_1m"), 4));
    const QByteArray json = DocumentIO::toJson(*doc);
    QString error;
    auto again = DocumentIO::fromJson(json, QStringLiteral("round trip"), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->facts(), doc->facts());
    QVERIFY(paragraph(*again, QStringLiteral("assets"), QString()).endsWith(QStringLiteral("本单位有单价100万元(含)以上设备4台（套）。")));
}

void TestNarrative::factsRefused_data()
{
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << QByteArray("{\"cars\": 1}") << "facts.cars: unknown member “cars”";
    QTest::newRow("negative count") << QByteArray("{\"vehicles\": -1}") << "facts.vehicles: ";
    QTest::newRow("fraction") << QByteArray("{\"procurement_goods\": 1.5}") << "facts.procurement_goods: the number 1.5 is not a whole number";
    QTest::newRow("text") << QByteArray("{\"vehicles\": \"2\"}") << "facts.vehicles: expected a whole number";
}

void TestNarrative::factsRefused()
{
    QFETCH(QByteArray, facts);
    QFETCH(QString, message);
    QFile f(samplePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    const int at = json.indexOf("\"facts\":");
    QVERIFY(at > 0);
    const int end = json.indexOf('}', at);
    json.replace(at, end - at + 1, QByteArray(QByteArray("\"facts\": ") + facts));
    QString error;
    QVERIFY(!DocumentIO::fromJson(json, QStringLiteral("x.juesuan"), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    // The document's own setter refuses the same values.
    QString why;
    auto doc = loadSample();
    QVERIFY(!doc->setFact(QStringLiteral("vehicles"), -1, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!doc->setFact(QStringLiteral("cars"), 1, &why));
}

QTEST_GUILESS_MAIN(TestNarrative)
#include "tst_narrative.moc"
