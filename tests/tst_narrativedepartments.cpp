// What other departments report in 第三部分 besides what the sample has: 政府性基金 and
// 国有资本经营 against 上年, 政府性基金 per 项 against 年初预算, 机关运行经费 against 上年,
// 因公出国（境）团组/人次, vehicles bought and vehicles by type; each reason the text asks for
// and nobody wrote is an audit warning that names the section.
#include "auditengine.h"
#include "document.h"
#include "documentio.h"
#include "narrative.h"
#include "narrativeoverrides.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {

NarrativeSection sectionById(const Document &doc, const QString &id)
{
    for (const NarrativeSection &s : Narrative::generate(doc))
        if (s.id == id)
            return s;
    return NarrativeSection();
}

QString text(const Document &doc, const QString &id)
{
    return sectionById(doc, id).paragraphs.join(QLatin1Char('\n'));
}

QList<Finding> explanationFindings(const Document &doc)
{
    AuditEngine engine(doc); // the edition's own rules
    engine.setLanguage(QStringLiteral("zh"));
    QList<Finding> out;
    for (const Finding &f : engine.run())
        if (f.ruleId == QLatin1String("reason.explanation"))
            out << f;
    return out;
}

// The sample with a 政府性基金 项 (10 carried in, 125.5 received, 120.25 spent on projects).
std::unique_ptr<Document> withFund()
{
    auto doc = loadSample();
    if (!doc)
        return doc;
    QString error;
    if (!doc->addItemRow(QStringLiteral("07"), QStringLiteral("2120801"), &error)
        || !doc->setCells({{key("07!2120801@1"), wan("10")}, {key("07!2120801@2"), wan("125.5")},
                           {key("07!2120801@5"), wan("120.25")}},
                          QString(), &error))
        qWarning("%s", qPrintable(error));
    return doc;
}

} // namespace

class TestNarrativeDepartments : public QObject
{
    Q_OBJECT
private slots:
    void newFiguresAreInTheEdition();
    void fundAgainstPriorYear();
    void fundPerItem();
    void capitalAgainstPriorYear();
    void operatingAgainstPriorYear();
    void abroadGroupsAndPeople();
    void vehiclesBoughtAndByType();
    void emptyReasonIsAnAuditWarning();
    void newFiguresInTheFile();
    void fixtureDepartment();
    void performanceOfAllFunds();
    void detachedSectionAsksNoReason();
};

void TestNarrativeDepartments::newFiguresAreInTheEdition()
{
    // Every edition inherits them from 2023; no C++ names a cell for them.
    for (const QString &edition : {QStringLiteral("2023"), QStringLiteral("2026")}) {
        const auto t = ReportTemplate::builtin(edition);
        QVERIFY(t);
        const FigureCatalogue &f = t->figures();
        for (const char *prior : {"fund_income", "fund_expense", "capital_expense"}) {
            QVERIFY2(f.isPriorYear(QString::fromLatin1(prior)), prior);
            QCOMPARE(f.figure(QString::fromLatin1(prior))->prior, QString::fromLatin1(prior));
        }
        for (const char *count : {"abroad_groups", "abroad_people", "vehicles_purchased", "vehicles_general",
                                  "vehicles_enforcement", "vehicles_special"})
            QVERIFY2(f.isFact(QString::fromLatin1(count)) && f.isCount(QString::fromLatin1(count)), count);
        QVERIFY(f.isFact(QStringLiteral("operating_expense_prior")));
        QVERIFY(!f.isCount(QStringLiteral("operating_expense_prior")));
    }
}

void TestNarrativeDepartments::fundAgainstPriorYear()
{
    auto doc = withFund();
    QVERIFY(doc);
    const QString before = text(*doc, QStringLiteral("fund"));
    QVERIFY(!before.contains(QStringLiteral("相比")));
    QVERIFY(sectionById(*doc, QStringLiteral("fund")).reasonKeys.isEmpty());

    doc->setPriorYear(QStringLiteral("fund_income"), wan("100"));
    doc->setPriorYear(QStringLiteral("fund_expense"), wan("130"));
    QCOMPARE(text(*doc, QStringLiteral("fund")),
             QStringLiteral("2023年度政府性基金预算财政拨款年初结转和结余10万元，本年收入125.5万元，本年支出120.25万元"
                            "（基本支出0万元，项目支出120.25万元），年末结转和结余15.25万元。与2022年度相比，本年收入增加"
                            "25.5万元，增长25.5%；本年支出减少9.75万元，下降7.5%。"));
    const NarrativeSection s = sectionById(*doc, QStringLiteral("fund"));
    QCOMPARE(s.reasonKeys, QStringList{QStringLiteral("reason.fund")});
    QCOMPARE(s.missingReasons, QStringList{QStringLiteral("reason.fund")});
    doc->setText(QStringLiteral("reason.fund"), QStringLiteral("土地出让收入增加。"));
    QVERIFY(text(*doc, QStringLiteral("fund")).endsWith(QStringLiteral("下降7.5%，主要原因是土地出让收入增加。")));
    QVERIFY(sectionById(*doc, QStringLiteral("fund")).missingReasons.isEmpty());

    // Only one 上年 figure: only its comparison. Both unchanged: 持平 and no reason asked.
    doc->setPriorYear(QStringLiteral("fund_income"), Money());
    QVERIFY(text(*doc, QStringLiteral("fund")).contains(QStringLiteral("与2022年度相比，本年支出减少9.75万元，下降7.5%，主要原因是")));
    doc->setPriorYear(QStringLiteral("fund_income"), wan("125.5"));
    doc->setPriorYear(QStringLiteral("fund_expense"), wan("120.25"));
    QVERIFY(text(*doc, QStringLiteral("fund")).endsWith(QStringLiteral("与2022年度相比，本年收入持平；本年支出持平。")));
    QVERIFY(sectionById(*doc, QStringLiteral("fund")).missingReasons.isEmpty());
}

void TestNarrativeDepartments::fundPerItem()
{
    auto doc = withFund();
    QVERIFY(doc);
    // No 年初预算 for any 07表 项: no per-项 explanation (as the sample prints 七 today).
    QCOMPARE(sectionById(*doc, QStringLiteral("fund")).paragraphs.size(), 1);
    QVERIFY2(doc->addItemRow(QStringLiteral("07"), QStringLiteral("2296002"), nullptr), "2296002");
    QVERIFY(doc->setCell(key("07!2296002@2"), wan("20")));
    QVERIFY(doc->setCell(key("07!2296002@5"), wan("20")));
    doc->setBudget(QStringLiteral("2120801"), wan("130"));
    doc->setBudget(QStringLiteral("2296002"), wan("20"));
    const NarrativeSection s = sectionById(*doc, QStringLiteral("fund"));
    QCOMPARE(s.paragraphs.size(), 4);
    QCOMPARE(s.paragraphs.at(1), QStringLiteral("2023年度政府性基金预算财政拨款支出年初预算为150万元，支出决算为140.25万元，完成年初预算的93.5%。"));
    QCOMPARE(s.paragraphs.at(2),
             QStringLiteral("1. 城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。年初预算为130万元，"
                            "支出决算为120.25万元，完成年初预算的92.5%，支出决算数小于年初预算数。"));
    QVERIFY2(s.paragraphs.at(3).startsWith(QStringLiteral("2. 其他支出（类）彩票公益金安排的支出（款）")), qPrintable(s.paragraphs.at(3)));
    QVERIFY(s.paragraphs.at(3).endsWith(QStringLiteral("年初预算为20万元，支出决算为20万元，完成年初预算的100%。")));
    QCOMPARE(s.reasonKeys, (QStringList{QStringLiteral("reason.fundItem.2120801"), QStringLiteral("reason.fundItem.2296002")}));
    QCOMPARE(s.missingReasons, QStringList{QStringLiteral("reason.fundItem.2120801")});
    doc->setText(QStringLiteral("reason.fundItem.2120801"), QStringLiteral("拆迁进度慢于计划"));
    QVERIFY(text(*doc, QStringLiteral("fund")).contains(QStringLiteral("支出决算数小于年初预算数的主要原因是拆迁进度慢于计划。")));

    // Over budget: no rate unless the style asks for one, as in 五.
    doc->setBudget(QStringLiteral("2120801"), wan("100"));
    QVERIFY(text(*doc, QStringLiteral("fund")).contains(QStringLiteral("年初预算为100万元，支出决算为120.25万元，支出决算数大于")));
    NarrativeStyle style;
    style.rateOverBudget = true;
    doc->setNarrativeStyle(style);
    QVERIFY(text(*doc, QStringLiteral("fund")).contains(QStringLiteral("支出决算为120.25万元，完成年初预算的120.3%，支出决算数大于")));
}

void TestNarrativeDepartments::capitalAgainstPriorYear()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QVERIFY(doc->addItemRow(QStringLiteral("08"), QStringLiteral("2230199"), nullptr));
    QVERIFY(doc->setCell(key("08!2230199@3"), wan("50")));
    QCOMPARE(text(*doc, QStringLiteral("capital")),
             QStringLiteral("2023年度国有资本经营预算财政拨款支出50万元，其中：基本支出0万元，项目支出50万元。"));
    doc->setPriorYear(QStringLiteral("capital_expense"), wan("40"));
    QCOMPARE(text(*doc, QStringLiteral("capital")),
             QStringLiteral("2023年度国有资本经营预算财政拨款支出50万元，其中：基本支出0万元，项目支出50万元。与2022年度相比，"
                            "国有资本经营预算财政拨款支出增加10万元，增长25%。"));
    QCOMPARE(sectionById(*doc, QStringLiteral("capital")).missingReasons, QStringList{QStringLiteral("reason.capital")});
    doc->setText(QStringLiteral("reason.capital"), QStringLiteral("企业改革补助增加"));
    QVERIFY(text(*doc, QStringLiteral("capital")).endsWith(QStringLiteral("增长25%，主要原因是企业改革补助增加。")));
}

void TestNarrativeDepartments::operatingAgainstPriorYear()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QString error;
    QVERIFY(doc->setFact(QStringLiteral("operating_expense_prior"), 2000000, &error)); // 2万元 last year, none now
    QCOMPARE(text(*doc, QStringLiteral("operating")),
             QStringLiteral("2023年度武汉市江汉区大数据中心无机关运行经费支出。与2022年度相比，机关运行经费支出减少2万元，下降100%。"));
    QVERIFY(doc->setFact(QStringLiteral("operating_expense"), 2500000, &error));
    doc->setText(QStringLiteral("reason.operating"), QStringLiteral("新增办公用房物业费"));
    QCOMPARE(text(*doc, QStringLiteral("operating")),
             QStringLiteral("2023年度武汉市江汉区大数据中心机关运行经费支出2.5万元。与2022年度相比，机关运行经费支出增加0.5万元，"
                            "增长25%，主要原因是新增办公用房物业费。"));
    QCOMPARE(sectionById(*doc, QStringLiteral("operating")).reasonKeys, QStringList{QStringLiteral("reason.operating")});
}

void TestNarrativeDepartments::abroadGroupsAndPeople()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QString error;
    QVERIFY(doc->setFact(QStringLiteral("abroad_groups"), 2, &error));
    QVERIFY(doc->setFact(QStringLiteral("abroad_people"), 7, &error));
    // Nothing spent abroad: the figures are not quoted.
    QVERIFY(text(*doc, QStringLiteral("threePublic.detail")).startsWith(QStringLiteral("1.因公出国(境)费无预算无支出。\n")));
    QVERIFY(doc->setCells({{key("09!1@2"), wan("5")}, {key("09!1@8"), wan("5")}}, QString(), &error));
    QVERIFY2(text(*doc, QStringLiteral("threePublic.detail"))
                     .startsWith(QStringLiteral("1.因公出国(境)费支出决算为5万元，完成年初预算的100%。全年因公出国（境）团组2个，累计7人次。\n")),
             qPrintable(text(*doc, QStringLiteral("threePublic.detail"))));
}

void TestNarrativeDepartments::vehiclesBoughtAndByType()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QString error;
    QVERIFY(doc->setCells({{key("09!1@4"), wan("18")}, {key("09!1@10"), wan("17.6")}}, QString(), &error));
    QVERIFY(doc->setFact(QStringLiteral("vehicles_purchased"), 1, &error));
    doc->setText(QStringLiteral("reason.vehiclePurchase"), QStringLiteral("政府采购价格低于预算"));
    QVERIFY2(text(*doc, QStringLiteral("threePublic.detail"))
                     .contains(QStringLiteral("\n(1)公务用车购置17.6万元，完成年初预算的97.8%，比年初预算减少0.4万元，主要原因是"
                                              "政府采购价格低于预算。购置公务用车1辆。\n")),
             qPrintable(text(*doc, QStringLiteral("threePublic.detail"))));

    // Vehicles by type in 十二: the sample's 其他用车 keeps its description after the list.
    QVERIFY(doc->setFact(QStringLiteral("vehicles"), 4, &error));
    QVERIFY(doc->setFact(QStringLiteral("vehicles_general"), 1, &error));
    QVERIFY(doc->setFact(QStringLiteral("vehicles_enforcement"), 2, &error));
    QVERIFY(doc->setFact(QStringLiteral("vehicles_special"), 0, &error));
    QVERIFY2(text(*doc, QStringLiteral("assets"))
                     .startsWith(QStringLiteral("截至2023年12月31日，武汉市江汉区大数据中心共有车辆4辆，其中，一般公务用车1辆、"
                                                "执法执勤用车2辆、其他用车1辆，其他用车主要是")),
             qPrintable(text(*doc, QStringLiteral("assets"))));
    QVERIFY(doc->setFact(QStringLiteral("vehicles_other"), std::nullopt, &error));
    QVERIFY(text(*doc, QStringLiteral("assets"))
                    .startsWith(QStringLiteral("截至2023年12月31日，武汉市江汉区大数据中心共有车辆4辆，其中，一般公务用车1辆、"
                                               "执法执勤用车2辆。本单位无")));
}

void TestNarrativeDepartments::emptyReasonIsAnAuditWarning()
{
    auto doc = withFund();
    QVERIFY(doc);
    QVERIFY(explanationFindings(*doc).isEmpty()); // the sample: every asked reason is written
    doc->setPriorYear(QStringLiteral("fund_expense"), wan("130"));
    QString error;
    QVERIFY(doc->setFact(QStringLiteral("operating_expense_prior"), 1000000, &error));
    const QList<Finding> found = explanationFindings(*doc);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).severity, Finding::Severity::Warning);
    QCOMPARE(found.at(0).textKey, QStringLiteral("reason.fund"));
    QVERIFY2(found.at(0).message.startsWith(QStringLiteral("七、政府性基金预算财政拨款收入支出决算情况说明：")),
             qPrintable(found.at(0).message));
    QCOMPARE(found.at(1).textKey, QStringLiteral("reason.operating"));
    QVERIFY(found.at(1).message.startsWith(QStringLiteral("十、机关运行经费支出说明：")));
    doc->setText(QStringLiteral("reason.fund"), QStringLiteral("项目完工"));
    doc->setText(QStringLiteral("reason.operating"), QStringLiteral("压减公用经费"));
    QVERIFY(explanationFindings(*doc).isEmpty());
}

void TestNarrativeDepartments::newFiguresInTheFile()
{
    auto doc = withFund();
    QVERIFY(doc);
    QString error;
    doc->setPriorYear(QStringLiteral("fund_income"), wan("100"));
    doc->setBudget(QStringLiteral("2120801"), wan("118"));
    QVERIFY(doc->setFact(QStringLiteral("vehicles_purchased"), 1, &error));
    QVERIFY(doc->setFact(QStringLiteral("operating_expense_prior"), 1000000, &error));
    doc->setText(QStringLiteral("reason.fundItem.2120801"), QStringLiteral("拆迁补偿增加"));
    const QString path = QDir::temp().filePath(QStringLiteral("tst_narrativedepartments.juesuan"));
    QVERIFY2(DocumentIO::save(*doc, path, &error), qPrintable(error));
    const auto loaded = DocumentIO::load(path, &error);
    QFile::remove(path);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->priorYear(QStringLiteral("fund_income")), wan("100"));
    QCOMPARE(loaded->budget(QStringLiteral("2120801")), wan("118"));
    QCOMPARE(loaded->factCount(QStringLiteral("vehicles_purchased")), 1);
    QCOMPARE(text(*loaded, QStringLiteral("fund")), text(*doc, QStringLiteral("fund")));
}

void TestNarrativeDepartments::performanceOfAllFunds()
{
    // 十三（一） speaks of 一般公共预算 project spending as published; a department whose
    // projects spend 政府性基金 too evaluates those, and its share is of all project spending
    // (公开03表) — against 05表 alone it read 174.4%.
    QString error;
    auto doc = DocumentIO::load(testData(QStringLiteral("departments/fund-department-2024.juesuan")), &error);
    QVERIFY2(doc, qPrintable(error));
    const QString work = text(*doc, QStringLiteral("performance.work"));
    QVERIFY2(work.startsWith(QStringLiteral("根据预算绩效管理要求，我部门组织对2024年度项目支出全面开展绩效自评，共涉及项目4个，"
                                            "资金4980.4万元，占项目支出总额的107.5%。")),
             qPrintable(work));
    // The sample's projects are all 一般公共预算: its published sentence stays.
    const auto sample = loadSample();
    QVERIFY(text(*sample, QStringLiteral("performance.work")).contains(QStringLiteral("一般公共预算项目支出全面开展绩效自评")));
    QVERIFY(text(*sample, QStringLiteral("performance.work")).contains(QStringLiteral("占一般公共预算项目支出总额的")));
}

void TestNarrativeDepartments::fixtureDepartment()
{
    // The 2024 department unlike the sample (tests/data/departments): 政府性基金 with
    // carry-over over two 项, a vehicle bought, forms whose rates print with one decimal.
    QString error;
    auto doc = DocumentIO::load(testData(QStringLiteral("departments/fund-department-2024.juesuan")), &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(explanationFindings(*doc).isEmpty()); // nothing new entered: no reason asked
    const QString fundBefore = text(*doc, QStringLiteral("fund"));
    QCOMPARE(fundBefore, QStringLiteral("2024年度政府性基金预算财政拨款年初结转和结余312.4万元，本年收入1520万元，本年支出1631.85万元"
                                        "（基本支出0万元，项目支出1631.85万元），年末结转和结余200.55万元。"));

    // What the department reports besides: 上年 fund figures, the 项 budgets, the car it bought.
    doc->setPriorYear(QStringLiteral("fund_income"), wan("1300"));
    doc->setPriorYear(QStringLiteral("fund_expense"), wan("1500"));
    doc->setBudget(QStringLiteral("2120803"), wan("1200"));
    doc->setBudget(QStringLiteral("2121401"), wan("400"));
    QVERIFY(doc->setFact(QStringLiteral("vehicles_purchased"), 1, &error));
    const NarrativeSection fund = sectionById(*doc, QStringLiteral("fund"));
    QCOMPARE(fund.paragraphs.size(), 4);
    QCOMPARE(fund.paragraphs.at(0), fundBefore + QStringLiteral("与2023年度相比，本年收入增加220万元，增长16.9%；本年支出增加131.85万元，增长8.8%。"));
    QCOMPARE(fund.paragraphs.at(1), QStringLiteral("2024年度政府性基金预算财政拨款支出年初预算为1600万元，支出决算为1631.85万元，完成年初预算的102%。"));
    QVERIFY2(fund.paragraphs.at(2).startsWith(QStringLiteral("1. 城乡社区支出（类）")), qPrintable(fund.paragraphs.at(2)));
    QVERIFY(fund.paragraphs.at(2).endsWith(QStringLiteral("（项）。年初预算为1200万元，支出决算为1245.6万元，支出决算数大于年初预算数。")));
    QVERIFY(fund.paragraphs.at(3).endsWith(QStringLiteral("（项）。年初预算为400万元，支出决算为386.25万元，完成年初预算的96.6%，支出决算数小于年初预算数。")));
    QVERIFY2(text(*doc, QStringLiteral("threePublic.detail"))
                     .contains(QStringLiteral("(1)公务用车购置26.85万元，完成年初预算的95.9%，比年初预算减少1.15万元，主要原因是"
                                              "环卫巡查车采购价格低于预算。购置公务用车1辆。")),
             qPrintable(text(*doc, QStringLiteral("threePublic.detail"))));

    // Three reasons asked, none written: three warnings, each naming 七.
    QList<Finding> found = explanationFindings(*doc);
    QCOMPARE(found.size(), 3);
    for (const Finding &f : std::as_const(found))
        QVERIFY(f.message.startsWith(QStringLiteral("七、政府性基金预算财政拨款收入支出决算情况说明：")));
    QCOMPARE(found.at(0).textKey, QStringLiteral("reason.fund"));
    QCOMPARE(found.at(1).textKey, QStringLiteral("reason.fundItem.2120803"));
    QCOMPARE(found.at(2).textKey, QStringLiteral("reason.fundItem.2121401"));
    doc->setText(QStringLiteral("reason.fund"), QStringLiteral("城市建设项目增加"));
    doc->setText(QStringLiteral("reason.fundItem.2120803"), QStringLiteral("追加城市建设项目"));
    doc->setText(QStringLiteral("reason.fundItem.2121401"), QStringLiteral("污水处理量低于预计"));
    QVERIFY(explanationFindings(*doc).isEmpty());

    // The department prints its forms' 执行率 with one decimal.
    NarrativeStyle style;
    style.formRateDecimals = 1;
    doc->setNarrativeStyle(style);
    const QString projects = text(*doc, QStringLiteral("performance.projects"));
    int checked = 0;
    for (const EvaluationForm &f : doc->evaluations()) {
        if (f.kind != EvaluationForm::Kind::Project)
            continue;
        const QString rate = Narrative::share(f.executed.fen(), f.budget.fen(), 1);
        QVERIFY(projects.contains(f.name + QStringLiteral("项目绩效自评综述：项目全年预算数为") + Narrative::wan(f.budget)
                                  + QStringLiteral("万元，执行数为") + Narrative::wan(f.executed) + QStringLiteral("万元，完成预算的") + rate));
        checked += rate.contains(QLatin1Char('.')) ? 1 : 0;
    }
    QVERIFY(checked > 0); // some rate really shows its decimal
}

void TestNarrativeDepartments::detachedSectionAsksNoReason()
{
    auto doc = withFund();
    QVERIFY(doc);
    doc->setPriorYear(QStringLiteral("fund_expense"), wan("130"));
    QCOMPARE(explanationFindings(*doc).size(), 1);
    QString error;
    QVERIFY2(NarrativeOverrides::detach(doc.get(), QStringLiteral("fund"), &error), qPrintable(error));
    // The user's own words stand in for the section: no reason of ours is asked.
    QVERIFY(explanationFindings(*doc).isEmpty());
}

QTEST_GUILESS_MAIN(TestNarrativeDepartments)
#include "tst_narrativedepartments.moc"
