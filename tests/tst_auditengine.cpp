// Tests of the audit: every rule of the edition against its passing and failing fixtures
// (tests/data/audit/<rule>/), the sample's findings, the rounding tolerance, and live
// re-auditing through AuditModel as the document is edited and undone.
#include "auditengine.h"
#include "auditmodel.h"
#include "auditruleset.h"
#include "document.h"
#include "documentio.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {
const QString auditData = QStringLiteral(JUESUAN_TEST_DATA "/audit");
// A department unlike the sample (tests/data/departments/README.md).
const QString fundDepartment = QStringLiteral(JUESUAN_TEST_DATA "/departments/fund-department-2024.juesuan");

std::unique_ptr<Document> load(const QString &path)
{
    QString error;
    auto doc = DocumentIO::load(path, &error);
    if (!doc)
        qWarning("%s", qPrintable(error));
    return doc;
}

QList<Finding> findingsOf(const QList<Finding> &all, const QString &rule)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.ruleId == rule)
            out.append(f);
    return out;
}

QStringList cellNames(const Finding &f)
{
    QStringList names;
    for (const CellKey &k : f.cells)
        names.append(k.toString());
    return names;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(Finding::severityName(f.severity) + QLatin1Char(' ') + f.ruleId + QLatin1Char(' ')
                     + cellNames(f).join(QLatin1Char(',')) + QLatin1Char(' ') + f.textKey + QLatin1Char(' ')
                     + QString::number(f.evaluation) + QStringLiteral(": ") + f.message);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestAuditEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRuleHasFixtures();
    void fixtures_data();
    void fixtures();
    void sampleHasNoErrors();
    void fundDepartmentIsClean();
    void fundDepartmentMutations_data();
    void fundDepartmentMutations();
    void blankFormFieldIsNotFilled();
    void scopeChoosesTheTerms();
    void messagesInBothLanguages();
    void roundingTolerance_data();
    void roundingTolerance();
    void badRulesAreRefused_data();
    void badRulesAreRefused();
    void editMakesFindingAppearAndUndoRemovesIt();
    void findingsForCell();

private:
    std::shared_ptr<const AuditRuleSet> m_rules;
};

void TestAuditEngine::initTestCase()
{
    QString error;
    auto edition = ReportTemplate::builtin(QStringLiteral("2023"), &error);
    QVERIFY2(edition, qPrintable(error));
    m_rules = AuditRuleSet::forTemplate(*edition, &error);
    QVERIFY2(m_rules, qPrintable(error));
    QVERIFY(m_rules->rules().size() >= 30);
}

void TestAuditEngine::everyRuleHasFixtures()
{
    QStringList ids;
    for (const AuditRule &rule : m_rules->rules()) {
        ids.append(rule.id());
        QVERIFY2(QFile::exists(auditData + QLatin1Char('/') + rule.id() + QStringLiteral("/pass.juesuan")),
                 qPrintable(rule.id()));
        QVERIFY2(QFile::exists(auditData + QLatin1Char('/') + rule.id() + QStringLiteral("/fail.juesuan")),
                 qPrintable(rule.id()));
    }
    // And no fixture folder outlives its rule.
    const QStringList dirs = QDir(auditData).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &d : dirs)
        QVERIFY2(ids.contains(d), qPrintable(d));
}

void TestAuditEngine::fixtures_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // the .json listing the findings; empty for a pass
    for (const AuditRule &rule : m_rules->rules()) {
        const QDir dir(auditData + QLatin1Char('/') + rule.id());
        for (const QString &pass : dir.entryList({QStringLiteral("pass*.juesuan")}, QDir::Files, QDir::Name))
            QTest::addRow("%s/%s", qPrintable(rule.id()), qPrintable(pass.chopped(8)))
                    << rule.id() << dir.filePath(pass) << QString();
        for (const QString &fail : dir.entryList({QStringLiteral("fail*.juesuan")}, QDir::Files, QDir::Name)) {
            const QString base = fail.chopped(8);
            QTest::addRow("%s/%s", qPrintable(rule.id()), qPrintable(base))
                    << rule.id() << dir.filePath(fail) << dir.filePath(base + QStringLiteral(".json"));
        }
    }
}

void TestAuditEngine::fixtures()
{
    QFETCH(QString, rule);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const auto doc = load(file);
    QVERIFY(doc);
    AuditEngine engine(*doc, m_rules);
    const QList<Finding> found = findingsOf(engine.run(), rule);
    if (expected.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
        return;
    }
    QFile f(expected);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray want = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("findings")).toArray();
    QVERIFY(!want.isEmpty());
    QCOMPARE(found.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        const QJsonObject w = want.at(i).toObject();
        const Finding &got = found.at(i);
        QCOMPARE(Finding::severityName(got.severity), w.value(QLatin1String("severity")).toString());
        QStringList cells;
        for (const QJsonValue &c : w.value(QLatin1String("cells")).toArray())
            cells.append(c.toString());
        QCOMPARE(cellNames(got), cells);
        QCOMPARE(got.textKey, w.value(QLatin1String("text")).toString());
        QCOMPARE(got.evaluation, w.value(QLatin1String("form")).toInt(-1));
        QCOMPARE(got.rounding, w.value(QLatin1String("rounding")).toBool());
        QVERIFY(!got.message.isEmpty());
        QVERIFY2(!got.message.contains(QLatin1Char('{')), qPrintable(got.message)); // every placeholder filled
    }
}

void TestAuditEngine::sampleHasNoErrors()
{
    const auto doc = load(samplePath());
    QVERIFY(doc);
    AuditEngine engine(*doc, m_rules);
    engine.setLanguage(QStringLiteral("zh"));
    const QList<Finding> found = engine.run();
    // The published report keeps two 元→万元 rounding differences between 公开02表 and
    // 公开03表 (its description records them): 201 is 2,619.58 in 02 against 2,619.57 in 03
    // (2010399: 2,305.65 vs 2,305.64) and 208 is 37.20 against 37.21. There is no carry-over,
    // so 02 and 03 must agree by 类, and 0.01 万元 is within the 0.015 万元 two rounded
    // amounts can explain: warnings that name rounding, not errors. Every other rule holds,
    // including the reasons: each 05表 项 whose 决算 differs from its 年初预算, each
    // year-on-year change and each 三公 item spent differently from its budget has one.
    QCOMPARE(found.size(), 2);
    const QList<QStringList> cells = {{QStringLiteral("02!201@1"), QStringLiteral("03!201@1")},
                                      {QStringLiteral("02!208@1"), QStringLiteral("03!208@1")}};
    for (int i = 0; i < 2; ++i) {
        const Finding &f = found.at(i);
        QCOMPARE(f.ruleId, QStringLiteral("02-03.class"));
        QCOMPARE(f.severity, Finding::Severity::Warning);
        QVERIFY(f.rounding);
        QCOMPARE(cellNames(f), cells.at(i));
        QVERIFY2(f.message.contains(QStringLiteral("尾数差异")), qPrintable(f.message));
        QVERIFY2(f.message.contains(QStringLiteral("0.01")), qPrintable(f.message));
    }
    QVERIFY(found.at(0).message.contains(QStringLiteral("一般公共服务支出")));
    QVERIFY(found.at(0).message.contains(QStringLiteral("2,619.58")));
    QVERIFY(found.at(0).message.contains(QStringLiteral("2,619.57")));
}

void TestAuditEngine::fundDepartmentIsClean()
{
    // A department unlike the sample (政府性基金 with carry-over, 事业/经营收入, a vehicle bought):
    // no error and no warning. Its 02/03 differences on 211 and 212 are the carry-over, said
    // as information that names it; the overall form's totals are all funds, as 01/03.
    const auto doc = load(fundDepartment);
    QVERIFY(doc);
    QCOMPARE(doc->reportTemplate().edition(), QStringLiteral("2024"));
    AuditEngine engine(*doc);
    QVERIFY2(engine.isValid(), qPrintable(engine.errorString()));
    engine.setLanguage(QStringLiteral("zh"));
    const QList<Finding> found = engine.run();
    QList<Finding> notInfo;
    for (const Finding &f : found)
        if (f.severity != Finding::Severity::Info)
            notInfo.append(f);
    QVERIFY2(notInfo.isEmpty(), qPrintable(describe(notInfo)));
    QCOMPARE(found.size(), 2);
    for (const Finding &f : found) {
        QCOMPARE(f.ruleId, QStringLiteral("02-03.class"));
        QVERIFY2(f.message.contains(QStringLiteral("年初结转和结余 425.90")), qPrintable(f.message));
        QVERIFY2(f.message.contains(QStringLiteral("年末结转和结余 338.35")), qPrintable(f.message));
    }
    QCOMPARE(cellNames(found.at(0)), (QStringList{QStringLiteral("02!211@1"), QStringLiteral("03!211@1")}));
    QVERIFY(found.at(0).message.contains(QStringLiteral("16.20")));
    QCOMPARE(cellNames(found.at(1)), (QStringList{QStringLiteral("02!212@1"), QStringLiteral("03!212@1")}));
}

void TestAuditEngine::fundDepartmentMutations_data()
{
    // Each row plants one inconsistency in the clean fixture department through the document
    // (as the editor would) and names the rule and cells that must find it.
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("value"); // 万元
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("cells");
    const auto l = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    QTest::newRow("02 0.01 on 208") << "02!2080505@2" << "118.37" << "02-03.class" << "warning"
                                    << l({"02!208@1", "03!208@1"});
    QTest::newRow("04 fund carry-in") << "04!30@1" << "400.00" << "04-01.carryIn" << "error"
                                      << l({"04!28@1", "01!29@1"});
    QTest::newRow("04 gpb carry-out") << "04!60@3" << "150.00" << "04-01.carryOut" << "error"
                                      << l({"04!60@2", "01!60@2"});
    QTest::newRow("04 carry-out balance") << "04!60@4" << "210.55" << "04.balance.gf" << "error"
                                          << l({"04!30@1", "04!2@1", "04!59@4", "04!60@4"});
    QTest::newRow("07 fund basic") << "07!2121401@4" << "5.00" << "fiscal-03.basic" << "error"
                                   << l({"07!2121401@4", "03!2121401@2"});
    QTest::newRow("07 fund project") << "07!2120803@5" << "1300.00" << "fiscal-03.project" << "error"
                                     << l({"07!2120803@5", "03!2120803@3"});
    QTest::newRow("07 fund income") << "07!2120803@2" << "1150.00" << "07-02.item" << "error"
                                    << l({"07!2120803@2", "02!2120803@2"});
    QTest::newRow("07 negative carry-out") << "07!2121401@5" << "430.00" << "sign.carryOut" << "error"
                                           << l({"07!2121401@6"});
    QTest::newRow("06 vehicle bought twice") << "06!31013@1" << "30.00" << "09-06.vehiclePurchase" << "error"
                                             << l({"06!31013@1", "09!1@10"});
    QTest::newRow("06 vehicle running") << "06!30231@1" << "15.00" << "09-06.vehicleRunning" << "error"
                                        << l({"06!30231@1", "09!1@11"});
    QTest::newRow("05 basic vs 06") << "05!2080505@2" << "119.36" << "05-06.basic" << "error"
                                    << l({"05!total@2", "06!personnel@1", "06!public@1"});
}

void TestAuditEngine::fundDepartmentMutations()
{
    QFETCH(QString, cell);
    QFETCH(QString, value);
    QFETCH(QString, rule);
    QFETCH(QString, severity);
    QFETCH(QStringList, cells);
    const auto doc = load(fundDepartment);
    QVERIFY(doc);
    const Money::ParseResult amount = Money::parse(value);
    QVERIFY(amount.ok);
    QVERIFY(doc->setCell(CellKey::fromString(cell), amount.value));
    AuditEngine engine(*doc);
    QList<Finding> found = findingsOf(engine.run(), rule);
    // 02-03.class also names the carry-over of 211 and 212 (information): not the planted error.
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Finding &f) {
                                   return f.severity == Finding::Severity::Info && rule == QStringLiteral("02-03.class");
                               }),
                found.end());
    QCOMPARE(found.size(), 1);
    QCOMPARE(Finding::severityName(found.first().severity), severity);
    QCOMPARE(cellNames(found.first()), cells);
}

void TestAuditEngine::blankFormFieldIsNotFilled()
{
    // Blank is not 0: the overall form without 基本支出总额 gets "not filled", and no difference
    // of 1,928.14 against nothing.
    const auto doc = load(fundDepartment);
    QVERIFY(doc);
    QList<EvaluationForm> forms = doc->evaluations();
    QCOMPARE(forms.first().kind, EvaluationForm::Kind::Overall);
    forms.first().basicTotal = Money();
    doc->setEvaluations(forms, QStringLiteral("test"));
    AuditEngine engine(*doc);
    engine.setLanguage(QStringLiteral("en"));
    const QList<Finding> found = engine.run();
    QVERIFY2(findingsOf(found, QStringLiteral("form.overall.basic")).isEmpty(), qPrintable(describe(found)));
    const QList<Finding> required = findingsOf(found, QStringLiteral("form.overall.required"));
    QCOMPARE(required.size(), 1);
    QCOMPARE(required.first().evaluation, 0);
    QCOMPARE(required.first().message,
             QStringLiteral("Overall self-evaluation form “清川市临湖区城乡环境服务中心”: the basic expenditure is not filled."));
    // Zero is a value: entered as 0 it is compared, and differs.
    forms.first().basicTotal = Money::fromFen(0);
    doc->setEvaluations(forms, QStringLiteral("test"));
    QCOMPARE(findingsOf(engine.run(), QStringLiteral("form.overall.required")).size(), 0);
    QCOMPARE(findingsOf(engine.run(), QStringLiteral("form.overall.basic")).size(), 1);
}

void TestAuditEngine::scopeChoosesTheTerms()
{
    // The overall form's totals are all-funds figures by default; the scope picks the cells.
    const AuditRule *basic = m_rules->rule(QStringLiteral("form.overall.basic"));
    QVERIFY(basic);
    QCOMPARE(basic->scope(), QStringLiteral("allFunds"));
    QCOMPARE(basic->rhs().size(), 1);
    QCOMPARE(basic->rhs().first().toString(), QStringLiteral("03!total@2"));
    QCOMPARE(m_rules->scopeName(QStringLiteral("allFunds")).zh, QStringLiteral("全部资金"));

    // The same rule read in the 一般公共预算 scope compares with 05表.
    auto edition = ReportTemplate::builtin(QStringLiteral("2023"));
    QVERIFY(edition);
    QJsonObject json;
    for (const QJsonValue &v : edition->auditRules().value(QLatin1String("rules")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("form.overall.basic"))
            json = v.toObject();
    json.insert(QStringLiteral("scope"), QStringLiteral("gpb"));
    AuditRule gpb;
    QString error;
    QVERIFY2(gpb.fromJson(json, *edition, &error), qPrintable(error));
    QCOMPARE(gpb.rhs().first().toString(), QStringLiteral("05!total@2"));
    json.insert(QStringLiteral("scope"), QStringLiteral("capital"));
    QVERIFY(!gpb.fromJson(json, *edition, &error));
    QVERIFY2(error.contains(QStringLiteral("no terms for the scope “capital”")), qPrintable(error));
}

void TestAuditEngine::messagesInBothLanguages()
{
    const auto doc = load(auditData + QStringLiteral("/01.balance/fail.juesuan"));
    QVERIFY(doc);
    AuditEngine engine(*doc, m_rules);
    engine.setLanguage(QStringLiteral("en"));
    const QList<Finding> en = findingsOf(engine.run(), QStringLiteral("01.balance"));
    engine.setLanguage(QStringLiteral("zh"));
    const QList<Finding> zh = findingsOf(engine.run(), QStringLiteral("01.balance"));
    QCOMPARE(en.size(), 1);
    QCOMPARE(zh.size(), 1);
    QCOMPARE(en.first().message,
             QStringLiteral("Table 01: total income (105.00) does not equal total expenditure (100.00); "
                            "difference 5.00 万元."));
    QCOMPARE(zh.first().message, QStringLiteral("公开01表 收入总计（105.00）与支出总计（100.00）不相等，相差 5.00 万元。"));
}

void TestAuditEngine::roundingTolerance_data()
{
    // 01.balance compares two amounts: rounding explains up to (2 + 1) × 0.005 = 0.015 万元.
    QTest::addColumn<qint64>("carryIn"); // 01!29@1 in 分, which unbalances 01
    QTest::addColumn<int>("severity");   // -1: no finding
    QTest::newRow("none") << qint64(0) << -1;
    QTest::newRow("0.01") << qint64(10000) << int(Finding::Severity::Warning);
    QTest::newRow("0.015") << qint64(15000) << int(Finding::Severity::Warning);
    QTest::newRow("0.015001") << qint64(15001) << int(Finding::Severity::Error);
    QTest::newRow("-0.01") << qint64(-10000) << int(Finding::Severity::Warning);
    QTest::newRow("-0.02") << qint64(-20000) << int(Finding::Severity::Error);
}

void TestAuditEngine::roundingTolerance()
{
    QFETCH(qint64, carryIn);
    QFETCH(int, severity);
    const auto doc = load(auditData + QStringLiteral("/01.balance/pass.juesuan"));
    QVERIFY(doc);
    QVERIFY(doc->setCell(CellKey{QStringLiteral("01"), QStringLiteral("29"), QStringLiteral("1")},
                         Money::fromFen(carryIn)));
    AuditEngine engine(*doc, m_rules);
    engine.setLanguage(QStringLiteral("zh"));
    const QList<Finding> found = findingsOf(engine.run(), QStringLiteral("01.balance"));
    if (severity < 0) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(int(found.first().severity), severity);
    const bool rounding = severity == int(Finding::Severity::Warning);
    QCOMPARE(found.first().rounding, rounding);
    QCOMPARE(found.first().message.contains(QStringLiteral("尾数差异")), rounding);
}

void TestAuditEngine::badRulesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");
    QTest::newRow("kind") << QByteArray(R"({"id":"x","kind":"sometimes","severity":"error","message":{"zh":"a","en":"b"}})")
                          << QStringLiteral("unknown kind");
    QTest::newRow("severity") << QByteArray(R"({"id":"x","kind":"formRate","severity":"fatal","message":{"zh":"a","en":"b"}})")
                              << QStringLiteral("severity");
    QTest::newRow("english") << QByteArray(R"({"id":"x","kind":"formRate","severity":"error","message":{"zh":"a"}})")
                             << QStringLiteral("zh and en");
    QTest::newRow("cell") << QByteArray(R"({"id":"x","kind":"equal","severity":"error","message":{"zh":"a","en":"b"},
                                         "lhs":["01!31@3"],"rhs":["01!62@2"]})")
                          << QStringLiteral("no such cell");
    QTest::newRow("column") << QByteArray(R"({"id":"x","kind":"equal","severity":"error","message":{"zh":"a","en":"b"},
                                           "lhs":["02!<class>@9"],"rhs":["03!<class>@1"]})")
                            << QStringLiteral("no column 9");
    QTest::newRow("table") << QByteArray(R"({"id":"x","kind":"equal","severity":"error","message":{"zh":"a","en":"b"},
                                          "lhs":["99!1@1"],"rhs":["01!62@2"]})")
                           << QStringLiteral("no table 99");
    QTest::newRow("two placeholders") << QByteArray(R"({"id":"x","kind":"equal","severity":"error","message":{"zh":"a","en":"b"},
                                          "lhs":["02!<class>@1"],"rhs":["03!<item>@1"]})")
                                      << QStringLiteral("only one placeholder");
    QTest::newRow("no empty note") << QByteArray(R"({"id":"x","kind":"emptyWhenZero","severity":"error","message":{"zh":"a","en":"b"},
                                          "messageMissing":{"zh":"a","en":"b"},"table":"05","cells":["04!1@1"]})")
                                   << QStringLiteral("no 注明 line");
    QTest::newRow("scope without lists") << QByteArray(R"({"id":"x","kind":"equal","severity":"error","message":{"zh":"a","en":"b"},
                                          "lhs":["01!31@1"],"rhs":{"allFunds":["01!62@2"]}})")
                                         << QStringLiteral("need the rule's “scope”");
    QTest::newRow("form required sources") << QByteArray(R"({"id":"x","kind":"formRequired","severity":"error","message":{"zh":"a","en":"b"},
                                          "fields":{"form:<form>.sources":{"zh":"a","en":"b"}}})")
                                           << QStringLiteral("not a form amount");
    QTest::newRow("tolerance") << QByteArray(R"({"id":"x","kind":"equal","severity":"error","message":{"zh":"a","en":"b"},
                                          "lhs":["01!31@1"],"rhs":["01!62@2"],"tolerance":"a little"})")
                               << QStringLiteral("tolerance");
    QTest::newRow("prior") << QByteArray(R"({"id":"x","kind":"reasonRequired","severity":"warning","message":{"zh":"a","en":"b"},
                                          "actual":"01!31@1","expected":"prior:nothing","reason":"reason.total"})")
                           << QStringLiteral("not a prior-year figure");
}

void TestAuditEngine::badRulesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    auto edition = ReportTemplate::builtin(QStringLiteral("2023"));
    AuditRule rule;
    QString error;
    QVERIFY(!rule.fromJson(QJsonDocument::fromJson(json).object(), *edition, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestAuditEngine::editMakesFindingAppearAndUndoRemovesIt()
{
    const auto doc = load(samplePath());
    QVERIFY(doc);
    AuditModel model(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &AuditModel::findingsChanged);
    QCOMPARE(model.count(Finding::Severity::Error), 0);
    QCOMPARE(model.count(Finding::Severity::Warning), 2);

    // 公务接待费 in 06 (0.50) above the 09 决算 of 公务接待费 (0.08).
    const CellKey reception{QStringLiteral("06"), QStringLiteral("30217"), QStringLiteral("1")};
    const CellKey office{QStringLiteral("06"), QStringLiteral("30201"), QStringLiteral("1")};
    QVERIFY(doc->setCells({{reception, Money::fromFen(500000)}, {office, Money::fromFen(2020000)}},
                          QStringLiteral("test")));
    QTRY_VERIFY(!model.isRefreshPending());
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().first().value<QList<CellKey>>().contains(reception));
    const QList<Finding> found = findingsOf(model.findings(), QStringLiteral("09-06.reception"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(cellNames(found.first()), (QStringList{QStringLiteral("06!30217@1"), QStringLiteral("09!1@12")}));
    QCOMPARE(found.first().severity, Finding::Severity::Error);
    // The 06 total stays 417.23 (0.42 moved from 办公费), so only this rule breaks.
    QCOMPARE(model.count(Finding::Severity::Error), 1);
    QCOMPARE(model.rowCount(), 3);

    doc->undoStack()->undo();
    QTRY_VERIFY(!model.isRefreshPending());
    QCOMPARE(changed.size(), 2);
    QVERIFY(findingsOf(model.findings(), QStringLiteral("09-06.reception")).isEmpty());
    QCOMPARE(model.count(Finding::Severity::Error), 0);
    QCOMPARE(model.rowCount(), 2);

    doc->undoStack()->redo();
    QTRY_VERIFY(!model.isRefreshPending());
    QCOMPARE(findingsOf(model.findings(), QStringLiteral("09-06.reception")).size(), 1);

    // A text edit counts too: removing a reason brings its warning.
    doc->setText(QStringLiteral("reason.item.2010350"), QString());
    QTRY_VERIFY(!model.isRefreshPending());
    const QList<Finding> reason = findingsOf(model.findings(), QStringLiteral("reason.item"));
    QCOMPARE(reason.size(), 1);
    QCOMPARE(reason.first().textKey, QStringLiteral("reason.item.2010350"));
    doc->undoStack()->undo();
    QTRY_VERIFY(!model.isRefreshPending());
    QVERIFY(findingsOf(model.findings(), QStringLiteral("reason.item")).isEmpty());
}

void TestAuditEngine::findingsForCell()
{
    const auto doc = load(samplePath());
    QVERIFY(doc);
    AuditModel model(doc.get());
    const CellKey c201{QStringLiteral("03"), QStringLiteral("201"), QStringLiteral("1")};
    QCOMPARE(model.findingsFor(c201).size(), 1);
    QCOMPARE(model.findingsFor(c201).first().ruleId, QStringLiteral("02-03.class"));
    QVERIFY(model.findingsFor(CellKey{QStringLiteral("01"), QStringLiteral("31"), QStringLiteral("1")}).isEmpty());
    // The model's rows carry what the dock filters on.
    QCOMPARE(model.data(model.index(0, AuditModel::RuleColumn)).toString(), QStringLiteral("02-03.class"));
    QCOMPARE(model.data(model.index(0, 0), AuditModel::TablesRole).toStringList(),
             (QStringList{QStringLiteral("02"), QStringLiteral("03")}));
    QCOMPARE(model.data(model.index(0, 0), AuditModel::SeverityRole).toInt(), int(Finding::Severity::Warning));
}

QTEST_GUILESS_MAIN(TestAuditEngine)
#include "tst_auditengine.moc"
