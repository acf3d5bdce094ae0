// The performance self-evaluation forms: the sample against the reference's part 六 (golden
// text), 执行率, the merged cells of the indicator tree, list and row edits, undo, saving
// and loading, and the refusal of bad form data with its place.
#include "document.h"
#include "documentio.h"
#include "evaluationforms.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {

const QString referencePath =
        QStringLiteral(JUESUAN_SOURCE_DIR "/../shared/reference/jianghan-bigdata-center-2023-final-accounts.txt");

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

QStringList indicatorColumn(const QList<Indicator> &rows, int level)
{
    QStringList out;
    for (const Indicator &i : rows)
        out << (level == 1 ? i.level1 : level == 2 ? i.level2 : i.level3);
    return out;
}

Indicator ind(const char *l1, const char *l2, const char *l3 = "")
{
    Indicator i;
    i.level1 = QString::fromUtf8(l1);
    i.level2 = QString::fromUtf8(l2);
    i.level3 = QString::fromUtf8(l3);
    return i;
}

} // namespace

class TestEvaluationForms : public QObject
{
    Q_OBJECT
private slots:
    void sampleMatchesGolden();
    void sampleMatchesReferenceFigures();
    void executionRate_data();
    void executionRate();
    void printedAmount_data();
    void printedAmount();
    void spans();
    void insertIndicator();
    void removeMoveRename();
    void moveKeepsGroups();
    void newFormAndList();
    void setEvaluationsUndoAndMerge();
    void roundTrip();
    void badFormData_data();
    void badFormData();
    void badFormInSampleNamesIt();
};

void TestEvaluationForms::sampleMatchesGolden()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QCOMPARE(doc->evaluations().size(), 9);
    QCOMPARE(EvaluationForms::overallIndex(doc->evaluations()), 0);

    QStringList expected;
    const QStringList fixture = readText(QStringLiteral(JUESUAN_TEST_DATA "/forms/expected-forms.txt"))
                                        .split(QLatin1Char('\n'));
    for (const QString &line : fixture)
        if (!line.startsWith(QLatin1Char('#')))
            expected << line;
    QStringList actual = EvaluationForms::toText(doc->evaluations()).split(QLatin1Char('\n'));
    while (!expected.isEmpty() && expected.last().isEmpty())
        expected.removeLast();
    while (!actual.isEmpty() && actual.last().isEmpty())
        actual.removeLast();
    QVERIFY(expected.size() > 100);
    // Compare line by line so a failure names the first line that differs.
    for (int i = 0; i < qMin(expected.size(), actual.size()); ++i)
        QVERIFY2(expected.at(i) == actual.at(i),
                 qPrintable(QStringLiteral("line %1:\n expected “%2”\n sample   “%3”")
                                    .arg(i + 1)
                                    .arg(expected.at(i), actual.at(i))));
    QCOMPARE(actual.size(), expected.size());
}

// Independent of the fixture: when the reference report is beside the source tree, its
// project names, 预算数, 执行数 and printed 执行率 must be the sample's.
void TestEvaluationForms::sampleMatchesReferenceFigures()
{
    const QString reference = readText(referencePath);
    if (reference.isEmpty())
        QSKIP("the reference report is not beside the source tree");
    auto doc = loadSample();
    QVERIFY(doc);
    const QString part6 = reference.mid(reference.indexOf(QStringLiteral("# 第六部分")));
    QStringList names;
    QList<QStringList> figures;
    for (const QString &line : part6.split(QLatin1Char('\n'))) {
        QStringList cells = line.split(QLatin1Char('\t'));
        for (QString &c : cells)
            c = c.trimmed();
        cells.removeAll(QString());
        if (cells.size() >= 2 && (cells.first() == QStringLiteral("项目名称") || cells.first() == QStringLiteral("单位名称")))
            names << cells.at(1);
        if (!cells.isEmpty()
            && (cells.first() == QStringLiteral("年度财政资金总额") || cells.first() == QStringLiteral("部门整体支出总额")))
            figures << cells.mid(1);
    }
    const QList<EvaluationForm> &forms = doc->evaluations();
    QCOMPARE(names.size(), forms.size());
    QCOMPARE(figures.size(), forms.size());
    for (int i = 0; i < forms.size(); ++i) {
        QCOMPARE(forms.at(i).name, names.at(i));
        QCOMPARE(forms.at(i).budget, Money::parse(figures.at(i).at(0)).value);
        QCOMPARE(forms.at(i).executed, Money::parse(figures.at(i).at(1)).value);
        if (figures.at(i).size() > 2) // the overall form prints no rate
            QCOMPARE(forms.at(i).executionRate(), figures.at(i).at(2));
    }
}

void TestEvaluationForms::executionRate_data()
{
    QTest::addColumn<QString>("budget");
    QTest::addColumn<QString>("executed");
    QTest::addColumn<QString>("rate");
    QTest::newRow("智慧江汉") << "44.71" << "22.74" << "51%";
    QTest::newRow("监督员政府购岗费") << "1129.8" << "1085.45" << "96%";
    QTest::newRow("中心运行维护费") << "1161.84" << "1129.47" << "97%";
    QTest::newRow("政务信息化咨询服务") << "35" << "21.56" << "62%";
    QTest::newRow("走访慰问") << "5" << "4.84" << "97%";
    QTest::newRow("overall 94.7% rounds to 95%") << "3259.88" << "3087.79" << "95%";
    QTest::newRow("half up") << "2" << "0.01" << "1%"; // 0.5% → 1%
    QTest::newRow("over 100%") << "10" << "12.345" << "123%";
    QTest::newRow("budget 0: no rate") << "0" << "4.84" << "";
    QTest::newRow("budget blank: no rate") << "" << "4.84" << "";
    QTest::newRow("nothing executed") << "5" << "" << "0%";
}

void TestEvaluationForms::executionRate()
{
    QFETCH(QString, budget);
    QFETCH(QString, executed);
    QFETCH(QString, rate);
    EvaluationForm f;
    f.budget = Money::parse(budget).value;
    f.executed = Money::parse(executed).value;
    QCOMPARE(f.executionRate(), rate);
}

void TestEvaluationForms::printedAmount_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("printed");
    QTest::newRow("two decimals") << "44.71" << "44.71";
    QTest::newRow("trailing zero") << "1129.80" << "1129.8";
    QTest::newRow("whole") << "3.00" << "3";
    QTest::newRow("no separators") << "3,259.88" << "3259.88";
    QTest::newRow("one 分") << "0.000001" << "0.000001";
    QTest::newRow("zero") << "0" << "0";
    QTest::newRow("negative") << "-1.5" << "-1.5";
    QTest::newRow("blank") << "" << "";
}

void TestEvaluationForms::printedAmount()
{
    QFETCH(QString, typed);
    QFETCH(QString, printed);
    const auto parsed = Money::parse(typed);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(EvaluationForms::printedAmount(parsed.value), printed);
}

void TestEvaluationForms::spans()
{
    using Span = EvaluationForms::Span;
    const QList<Indicator> rows{ind("成本指标", "经济成本指标"), ind("产出指标", "数量指标", "a"),
                                ind("产出指标", "数量指标", "b"), ind("产出指标", "质量指标"),
                                ind("效益指标", "数量指标"), ind("产出指标", "数量指标")};
    QCOMPARE(EvaluationForms::spans(rows, 1), (QList<Span>{{0, 1}, {1, 3}, {4, 1}, {5, 1}}));
    // A 二级 run never crosses a 一级 boundary, even with equal 二级 names (rows 3→4).
    QCOMPARE(EvaluationForms::spans(rows, 2), (QList<Span>{{0, 1}, {1, 2}, {3, 1}, {4, 1}, {5, 1}}));
    QCOMPARE(EvaluationForms::spanAt(rows, 1, 2), (Span{1, 3}));
    QCOMPARE(EvaluationForms::spanAt(rows, 2, 2), (Span{1, 2}));
    QCOMPARE(EvaluationForms::spans({}, 1), QList<Span>());

    // The sample's 中心运行维护费: 12 rows, 一级 runs 1+10+... as the reference merges them.
    auto doc = loadSample();
    QVERIFY(doc);
    const QList<Indicator> &centre = doc->evaluations().at(7).indicators;
    QCOMPARE(doc->evaluations().at(7).name, QStringLiteral("中心运行维护费"));
    QCOMPARE(EvaluationForms::spans(centre, 1), (QList<Span>{{0, 1}, {1, 9}, {10, 1}, {11, 1}}));
    QCOMPARE(EvaluationForms::spans(centre, 2), (QList<Span>{{0, 1}, {1, 5}, {6, 2}, {8, 2}, {10, 1}, {11, 1}}));
}

void TestEvaluationForms::insertIndicator()
{
    QList<Indicator> rows{ind("产出指标", "数量指标", "a"), ind("产出指标", "数量指标", "b"),
                          ind("产出指标", "质量指标", "c"), ind("效益指标", "社会效益指标", "d")};
    int at = -1;
    // A row joins the current row's group, right after it.
    QVERIFY(EvaluationForms::insertIndicator(&rows, 0, 3, &at));
    QCOMPARE(at, 1);
    QCOMPARE(indicatorColumn(rows, 1).at(1), QStringLiteral("产出指标"));
    QCOMPARE(indicatorColumn(rows, 2).at(1), QStringLiteral("数量指标"));
    QCOMPARE(rows.at(1).level3, QString());
    // A new 二级 goes after the whole 二级 group, keeping the 一级.
    QVERIFY(EvaluationForms::insertIndicator(&rows, 0, 2, &at));
    QCOMPARE(at, 3);
    QCOMPARE(rows.at(3).level1, QStringLiteral("产出指标"));
    QCOMPARE(rows.at(3).level2, QString());
    // A new 一级 goes after the whole 一级 group.
    QVERIFY(EvaluationForms::insertIndicator(&rows, 1, 1, &at));
    QCOMPARE(at, 5);
    QCOMPARE(rows.at(5).level1, QString());
    QCOMPARE(rows.at(6).level3, QStringLiteral("d"));
    // Append to an empty list; refuse a row out of range.
    QList<Indicator> empty;
    QVERIFY(EvaluationForms::insertIndicator(&empty, -1, 3, &at));
    QCOMPARE(at, 0);
    QCOMPARE(empty.size(), 1);
    QVERIFY(!EvaluationForms::insertIndicator(&empty, 1));
    QCOMPARE(empty.size(), 1);
}

void TestEvaluationForms::removeMoveRename()
{
    QList<Indicator> rows{ind("产出指标", "数量指标", "a"), ind("产出指标", "数量指标", "b"),
                          ind("产出指标", "质量指标", "c"), ind("效益指标", "社会效益指标", "d")};
    QVERIFY(EvaluationForms::moveIndicator(&rows, 0, 1));
    QCOMPARE(indicatorColumn(rows, 3), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
    QVERIFY(!EvaluationForms::moveIndicator(&rows, 0, -1));
    QVERIFY(!EvaluationForms::moveIndicator(&rows, 3, 1));
    QVERIFY(!EvaluationForms::moveIndicator(&rows, 1, 2));

    // Renaming a merged cell renames every row of its run, and only that run.
    QVERIFY(EvaluationForms::renameGroup(&rows, 1, 2, QStringLiteral("时效指标")));
    QCOMPARE(indicatorColumn(rows, 2), (QStringList{QStringLiteral("时效指标"), QStringLiteral("时效指标"),
                                                   QStringLiteral("质量指标"), QStringLiteral("社会效益指标")}));
    QVERIFY(EvaluationForms::renameGroup(&rows, 2, 1, QStringLiteral("成本指标")));
    QCOMPARE(indicatorColumn(rows, 1), (QStringList{QStringLiteral("成本指标"), QStringLiteral("成本指标"),
                                                   QStringLiteral("成本指标"), QStringLiteral("效益指标")}));
    QVERIFY(!EvaluationForms::renameGroup(&rows, 0, 3, QStringLiteral("x")));

    QVERIFY(EvaluationForms::removeIndicator(&rows, 3));
    QCOMPARE(rows.size(), 3);
    QVERIFY(!EvaluationForms::removeIndicator(&rows, 3));
}

// Moving rows keeps the tree whole: the merged cells never split.
void TestEvaluationForms::moveKeepsGroups()
{
    auto labels = [](const QList<Indicator> &rows) {
        QStringList out;
        for (const Indicator &i : rows)
            out << i.level1 + QLatin1Char('/') + i.level2 + QLatin1Char('/') + i.level3;
        return out.join(QLatin1Char(' '));
    };
    QList<Indicator> rows{ind("成本指标", "经济成本指标", "a"), ind("成本指标", "社会成本指标"),
                          ind("产出指标", "数量指标", "b"), ind("产出指标", "数量指标", "c"),
                          ind("产出指标", "质量指标", "d")};
    // b is at the top of 数量指标: up, it joins 社会成本指标 and stays in place.
    QVERIFY(EvaluationForms::moveIndicator(&rows, 2, -1));
    QCOMPARE(labels(rows), QStringLiteral("成本指标/经济成本指标/a 成本指标/社会成本指标/ 成本指标/社会成本指标/b "
                                          "产出指标/数量指标/c 产出指标/质量指标/d"));
    // Within the group it swaps.
    QVERIFY(EvaluationForms::moveIndicator(&rows, 2, -1));
    QCOMPARE(labels(rows), QStringLiteral("成本指标/经济成本指标/a 成本指标/社会成本指标/b 成本指标/社会成本指标/ "
                                          "产出指标/数量指标/c 产出指标/质量指标/d"));
    // c is 数量指标 alone: down, it joins nothing of 产出 but moves past 质量指标.
    QVERIFY(EvaluationForms::moveIndicator(&rows, 3, 1));
    QCOMPARE(labels(rows), QStringLiteral("成本指标/经济成本指标/a 成本指标/社会成本指标/b 成本指标/社会成本指标/ "
                                          "产出指标/质量指标/d 产出指标/数量指标/c"));
    // a is 经济成本指标 alone at the top of 成本: down, it moves past the whole 社会成本指标 group.
    QVERIFY(EvaluationForms::moveIndicator(&rows, 0, 1));
    QCOMPARE(labels(rows), QStringLiteral("成本指标/社会成本指标/b 成本指标/社会成本指标/ 成本指标/经济成本指标/a "
                                          "产出指标/质量指标/d 产出指标/数量指标/c"));
    // A one-row group at the edge of its 一级 crosses into the next 一级 with its 二级.
    QVERIFY(EvaluationForms::moveIndicator(&rows, 2, 1));
    QCOMPARE(labels(rows), QStringLiteral("成本指标/社会成本指标/b 成本指标/社会成本指标/ 产出指标/经济成本指标/a "
                                          "产出指标/质量指标/d 产出指标/数量指标/c"));
    // However rows move, every 一级 and 二级 name is one run.
    for (int level = 1; level <= 2; ++level) {
        QSet<QString> seen;
        for (const EvaluationForms::Span &s : EvaluationForms::spans(rows, level)) {
            const Indicator &i = rows.at(s.first);
            const QString key = level == 1 ? i.level1 : i.level1 + QLatin1Char('/') + i.level2;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
    }
}

void TestEvaluationForms::newFormAndList()
{
    auto doc = loadSample();
    QVERIFY(doc);
    const EvaluationForm project = EvaluationForms::newForm(*doc, EvaluationForm::Kind::Project);
    QCOMPARE(project.department, QStringLiteral("江汉区大数据中心")); // as the overall form names the unit
    QVERIFY(!project.name.isEmpty());
    QCOMPARE(project.indicators.size(), 10);
    QCOMPARE(EvaluationForms::spans(project.indicators, 1).size(), 4);
    QCOMPARE(EvaluationForms::standardIndicators(EvaluationForm::Kind::Overall).size(), 9);

    QList<EvaluationForm> forms = doc->evaluations();
    QString error;
    QCOMPARE(EvaluationForms::insertForm(&forms, EvaluationForms::newForm(*doc, EvaluationForm::Kind::Overall), -1, &error), -1);
    QVERIFY(!error.isEmpty());
    QCOMPARE(forms.size(), 9);
    QCOMPARE(EvaluationForms::insertForm(&forms, project, 2), 3);
    QCOMPARE(EvaluationForms::insertForm(&forms, project), 10);
    QCOMPARE(forms.size(), 11);
    // The overall form stays first: projects never move above it, nor it below them.
    QVERIFY(!EvaluationForms::moveForm(&forms, 1, -1));
    QVERIFY(!EvaluationForms::moveForm(&forms, 0, 1));
    QVERIFY(EvaluationForms::moveForm(&forms, 3, -1));
    QCOMPARE(forms.at(2).name, project.name);
    QVERIFY(EvaluationForms::check(forms).isEmpty());

    // Without an overall form, a project may go first and a new overall form is put in front.
    forms.removeFirst();
    QCOMPARE(EvaluationForms::insertForm(&forms, project, -1), 10);
    QCOMPARE(EvaluationForms::insertForm(&forms, EvaluationForms::newForm(*doc, EvaluationForm::Kind::Overall)), 0);
    QCOMPARE(EvaluationForms::overallIndex(forms), 0);

    QList<EvaluationForm> bad = forms;
    bad[3].name = QStringLiteral("  ");
    QVERIFY(EvaluationForms::check(bad).contains(QLatin1String("4")));
    bad = forms;
    bad[3].kind = EvaluationForm::Kind::Overall;
    QVERIFY(!EvaluationForms::check(bad).isEmpty());
}

void TestEvaluationForms::setEvaluationsUndoAndMerge()
{
    auto doc = loadSample();
    QVERIFY(doc);
    const QList<EvaluationForm> original = doc->evaluations();
    QSignalSpy spy(doc.get(), &Document::evaluationsChanged);
    QUndoStack *stack = doc->undoStack();

    // Typing into one field: one step.
    QList<EvaluationForm> forms = original;
    for (const QString &text : {QStringLiteral("原"), QStringLiteral("原因"), QStringLiteral("原因分析")}) {
        forms[1].deviation = text;
        doc->setEvaluations(forms, QStringLiteral("Edit deviation"), QStringLiteral("1/deviation"));
    }
    QCOMPARE(stack->count(), 1);
    QCOMPARE(spy.count(), 3);
    // Another field: another step; no merge key: a step of its own.
    forms[1].improvement = QStringLiteral("改进");
    doc->setEvaluations(forms, QStringLiteral("Edit improvement"), QStringLiteral("1/improvement"));
    forms[1].executed = wan("44.71");
    doc->setEvaluations(forms, QStringLiteral("Edit executed"));
    forms[1].executed = wan("40");
    doc->setEvaluations(forms, QStringLiteral("Edit executed"));
    QCOMPARE(stack->count(), 4);
    QCOMPARE(doc->evaluations().at(1).executionRate(), QStringLiteral("89%"));
    // An unchanged list pushes nothing.
    doc->setEvaluations(forms, QStringLiteral("Nothing"));
    QCOMPARE(stack->count(), 4);

    stack->undo();
    QCOMPARE(doc->evaluations().at(1).executionRate(), QStringLiteral("100%"));
    stack->undo();
    stack->undo();
    QCOMPARE(doc->evaluations().at(1).deviation, QStringLiteral("原因分析"));
    stack->undo();
    QCOMPARE(doc->evaluations(), original);
    QVERIFY(!doc->isModified());
    stack->redo();
    QCOMPARE(doc->evaluations().at(1).deviation, QStringLiteral("原因分析"));
}

void TestEvaluationForms::roundTrip()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QList<EvaluationForm> forms = doc->evaluations();
    EvaluationForm f = EvaluationForms::newForm(*doc, EvaluationForm::Kind::Project);
    f.name = QStringLiteral("网络安全 <b>项目</b> \"引号\"");
    f.implementer = QStringLiteral("网络工程科");
    f.projectType = EvaluationForm::ProjectType::Continuing;
    f.sources[0] = {true, wan("10.5")};
    f.sources[1] = {true, wan("0.000001")};
    f.sources[2] = {false, Money()};
    f.budget = wan("10.500001");
    f.executed = Money::fromFen(0);
    f.indicators[4].level3 = QStringLiteral("等保测评");
    f.indicators[4].target = QStringLiteral("≥1次");
    f.indicators[4].actual = QStringLiteral("1次");
    f.deviation = QStringLiteral("第一行\n第二行\n\n1、列表项");
    f.improvement = QStringLiteral("**加粗** 与 <i>标记</i> 原样保存");
    EvaluationForms::insertForm(&forms, f);
    forms[0].goal += QStringLiteral("\n第二段");
    doc->setEvaluations(forms, QStringLiteral("Edit"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("forms.juesuan"));
    QString error;
    QVERIFY2(DocumentIO::save(*doc, path, &error), qPrintable(error));
    auto loaded = DocumentIO::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->evaluations().size(), 10);
    QCOMPARE(loaded->evaluations(), forms);
    QCOMPARE(EvaluationForms::toText(loaded->evaluations()), EvaluationForms::toText(forms));
    QCOMPARE(loaded->evaluations().last().executionRate(), QStringLiteral("0%"));
    // Saving again gives the same bytes.
    QCOMPARE(DocumentIO::toJson(*loaded), DocumentIO::toJson(*doc));
}

void TestEvaluationForms::badFormData_data()
{
    QTest::addColumn<QString>("evaluations");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("reason");
    const QString ok = QString::fromUtf8(R"({"kind":"project","name":"x"})");
    // One project form with the given members besides kind and name.
    auto project = [](const char *members) {
        return QStringLiteral(R"([{"kind":"project","name":"x",%1}])").arg(QString::fromUtf8(members));
    };
    QTest::newRow("not an array") << R"({"kind":"project"})" << "evaluations:" << "array";
    QTest::newRow("form not an object") << R"(["智慧江汉"])" << "evaluations[0]:" << "object";
    QTest::newRow("wrong kind") << R"([{"kind":"department","name":"x"}])" << "evaluations[0].kind:" << "department";
    QTest::newRow("no kind") << R"([{"name":"x"}])" << "evaluations[0].kind:" << "";
    QTest::newRow("no name") << R"([{"kind":"project","name":" "}])" << "evaluations[0].name:" << "name";
    QTest::newRow("amount as text") << project(R"("budget":"44.71")") << "evaluations[0].budget:" << "分";
    QTest::newRow("amount with decimals") << project(R"("executed":2274.5)") << "evaluations[0].executed:" << "not a whole number";
    QTest::newRow("4 sources") << project(R"("sources":[{},{},{},{}])") << "evaluations[0].sources:" << "4";
    QTest::newRow("source amount as text")
            << project(R"("sources":[{"checked":true,"amount":"44.71"},{},{}])")
            << "evaluations[0].sources[0].amount:" << "分";
    QTest::newRow("checked not a boolean") << project(R"("sources":[{},{"checked":"yes"},{}])")
                                           << "evaluations[0].sources[1].checked:" << "";
    QTest::newRow("unknown project type") << project(R"("projectType":"经常性")")
                                          << "evaluations[0].projectType:" << "经常性";
    QTest::newRow("two overall forms")
            << R"([{"kind":"overall","name":"a"},{"kind":"project","name":"b"},{"kind":"overall","name":"c"}])"
            << "evaluations[2]:" << "one overall";
    QTest::newRow("indicator not an object") << project(R"("indicators":[{"level1":"产出指标"},"预算执行控制率"])")
                                             << "evaluations[0].indicators[1]:" << "object";
    QTest::newRow("indicators not an array") << project(R"("indicators":{"level1":"产出指标"})")
                                             << "evaluations[0].indicators:" << "array";
    QTest::newRow("indicator value a number") << project(R"("indicators":[{"target":97}])")
                                              << "evaluations[0].indicators[0].target:" << "";
    QTest::newRow("unknown indicator member") << project(R"("indicators":[{"level4":"x"}])")
                                              << "evaluations[0].indicators[0].level4:" << "unknown member";
    QTest::newRow("unknown form member") << project(R"("rate":"51%")") << "evaluations[0].rate:" << "unknown member";
    QTest::newRow("second form bad") << QLatin1Char('[') + ok + QString::fromUtf8(R"(,{"kind":"project","name":"y","goal":1}])")
                                     << "evaluations[1].goal:" << "";
}

void TestEvaluationForms::badFormData()
{
    QFETCH(QString, evaluations);
    QFETCH(QString, place);
    QFETCH(QString, reason);
    QFile f(samplePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonParseError pe;
    const QJsonDocument replacement = QJsonDocument::fromJson(QByteArray(R"({"v":)") + evaluations.toUtf8() + "}", &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    root.insert(QStringLiteral("evaluations"), replacement.object().value(QLatin1String("v")));
    QString error;
    auto doc = DocumentIO::fromJson(QJsonDocument(root).toJson(), QStringLiteral("bad.juesuan"), &error);
    QVERIFY(!doc);
    const QString where = QStringLiteral("bad.juesuan: ") + place;
    QVERIFY2(error.startsWith(where), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.size() > where.size() + 3, qPrintable(error)); // a reason follows
}

void TestEvaluationForms::badFormInSampleNamesIt()
{
    QFile f(samplePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray forms = root.value(QLatin1String("evaluations")).toArray();
    QJsonObject form = forms.at(5).toObject();
    QJsonArray indicators = form.value(QLatin1String("indicators")).toArray();
    QJsonObject row = indicators.at(2).toObject();
    row.insert(QStringLiteral("actual"), 100);
    indicators.replace(2, row);
    form.insert(QStringLiteral("indicators"), indicators);
    forms.replace(5, form);
    root.insert(QStringLiteral("evaluations"), forms);
    QString error;
    QVERIFY(!DocumentIO::fromJson(QJsonDocument(root).toJson(), QStringLiteral("s.juesuan"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("s.juesuan: evaluations[5].indicators[2].actual: ")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestEvaluationForms)
#include "tst_evaluationforms.moc"
