// The house style of the explanations (NarrativeStyle): each option on the bundled sample,
// every combination of options giving grammatical text, the style in the file (defaults
// for older files, a bad value refused at its place) and its undo.
#include "document.h"
#include "documentio.h"
#include "narrative.h"
#include "testsupport.h"

#include <QJsonDocument>

#include <functional>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {

QString sectionText(const Document &doc, const QString &id)
{
    for (const NarrativeSection &s : Narrative::generate(doc))
        if (s.id == id)
            return s.paragraphs.join(QLatin1Char('\n'));
    return QString();
}

QString allText(const Document &doc)
{
    QString out;
    for (const NarrativeSection &s : Narrative::generate(doc))
        out += s.heading + QLatin1Char('\n') + s.paragraphs.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}

// What a style option does to the sample: with the option set, `present` is in section `id`
// and `absent` is not (the default wording).
struct Case {
    const char *name;
    std::function<void(NarrativeStyle &)> set;
    const char *id;
    const char *present;
    const char *absent;
};

const QList<Case> &cases()
{
    // The sample's figures: 基本支出 417.23 of 3,087.79 (13.51%); 收、支总计 down 1,274.1 from
    // 4,361.89 (29.21%); 2010399 2,305.64 of 2,442.14 (94.41%); 2010350 313.93 over its
    // 312.76 (100.37%); 三公 1.67 of 3 (55.67%); 智慧江汉 22.74 of 44.71 (50.86%); the
    // overall form 3,087.79 of 3,259.88 (94.72%).
    static const QList<Case> list = {
        {"shares 0", [](NarrativeStyle &s) { s.shareDecimals = 0; }, "expense", "占本年支出14%", "13.5%"},
        {"shares 2", [](NarrativeStyle &s) { s.shareDecimals = 2; }, "expense", "占本年支出13.51%；", "占本年支出13.5%；"},
        {"shares 2 in 五（二）", [](NarrativeStyle &s) { s.shareDecimals = 2; }, "gpb.structure", "占84.84%", "占84.8%。"},
        {"changes 0", [](NarrativeStyle &s) { s.changeDecimals = 0; }, "overview", "下降29%，", "29.2%"},
        {"changes 2", [](NarrativeStyle &s) { s.changeDecimals = 2; }, "overview", "下降29.21%", "下降29.2%，"},
        {"rates 0", [](NarrativeStyle &s) { s.rateDecimals = 0; }, "gpb.detail", "完成年初预算的94%", "94.4%"},
        {"rates 2", [](NarrativeStyle &s) { s.rateDecimals = 2; }, "gpb.detail", "完成年初预算的94.41%", "94.4%，"},
        {"rates 2 in 三公", [](NarrativeStyle &s) { s.rateDecimals = 2; }, "threePublic.overall", "完成预算的55.67%", "55.7%"},
        {"form rates 1", [](NarrativeStyle &s) { s.formRateDecimals = 1; }, "performance.projects", "完成预算的50.9%", "完成预算的51%"},
        {"form rates 2", [](NarrativeStyle &s) { s.formRateDecimals = 2; }, "performance.projects", "完成预算的50.86%", "完成预算的51%"},
        {"amounts two decimals", [](NarrativeStyle &s) { s.amounts = NarrativeStyle::Amounts::TwoDecimals; },
         "overview", "各减少1274.10万元", "1274.1万元"},
        {"amounts two decimals, whole", [](NarrativeStyle &s) { s.amounts = NarrativeStyle::Amounts::TwoDecimals; },
         "threePublic.overall", "预算为3.00万元", "预算为3万元"},
        {"rate over budget", [](NarrativeStyle &s) { s.rateOverBudget = true; }, "gpb.detail",
         "支出决算为313.93万元，完成年初预算的100.4%，支出决算数大于", "支出决算为313.93万元，支出决算数大于"},
        {"overall rate", [](NarrativeStyle &s) { s.overallRate = true; }, "performance.overall",
         "资金3087.79万元，执行率为95%，从评价情况来看", "资金3087.79万元，从评价情况来看"},
        {"overall rate, one decimal", [](NarrativeStyle &s) { s.overallRate = true; s.formRateDecimals = 1; },
         "performance.overall", "执行率为94.7%", "资金3087.79万元，从评价情况来看"},
    };
    return list;
}

} // namespace

class TestNarrativeStyle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shareFormatting();
    void eachOption_data();
    void eachOption();
    void projectOrder();
    void evaluatedFundsAreExecuted();
    void everyCombinationIsGrammatical();
    void styleIsOneUndoStep();
    void styleInTheFile();
    void olderFilesKeepTheDefaults();
    void badStyleIsRefused_data();
    void badStyleIsRefused();

private:
    std::unique_ptr<Document> m_doc;
};

void TestNarrativeStyle::initTestCase()
{
    m_doc = loadSample();
    QVERIFY(m_doc);
    QVERIFY(m_doc->narrativeStyle().isDefault());
}

void TestNarrativeStyle::shareFormatting()
{
    QCOMPARE(Narrative::share(417230000, 3087790000, 0), QStringLiteral("14%"));
    QCOMPARE(Narrative::share(417230000, 3087790000, 1), QStringLiteral("13.5%"));
    QCOMPARE(Narrative::share(417230000, 3087790000, 2), QStringLiteral("13.51%"));
    QCOMPARE(Narrative::share(1, 1, 2), QStringLiteral("100%"));     // only zeros: dropped
    QCOMPARE(Narrative::share(944, 1000, 2), QStringLiteral("94.40%")); // a kept decimal keeps its 0
    QCOMPARE(Narrative::share(1, 0, 2), QString());
    NarrativeStyle two;
    two.amounts = NarrativeStyle::Amounts::TwoDecimals;
    QCOMPARE(Narrative::wan(wan("1274.1"), two), QStringLiteral("1274.10"));
    QCOMPARE(Narrative::wan(Money(), two), QStringLiteral("0.00"));
    QCOMPARE(Narrative::wan(wan("-1.5"), two), QStringLiteral("-1.50"));
    QCOMPARE(Narrative::wan(wan("1274.1"), NarrativeStyle()), QStringLiteral("1274.1"));
}

void TestNarrativeStyle::eachOption_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < cases().size(); ++i)
        QTest::newRow(cases().at(i).name) << i;
}

void TestNarrativeStyle::eachOption()
{
    QFETCH(int, index);
    const Case &c = cases().at(index);
    const QString id = QString::fromUtf8(c.id);
    const QString before = sectionText(*m_doc, id);
    QVERIFY2(before.contains(QString::fromUtf8(c.absent)), qPrintable(before));
    QVERIFY2(!before.contains(QString::fromUtf8(c.present)), qPrintable(before));
    NarrativeStyle style;
    c.set(style);
    m_doc->setNarrativeStyle(style);
    const QString after = sectionText(*m_doc, id);
    m_doc->undoStack()->undo();
    QVERIFY2(after.contains(QString::fromUtf8(c.present)), qPrintable(after));
    QVERIFY2(!after.contains(QString::fromUtf8(c.absent)), qPrintable(after));
    QCOMPARE(sectionText(*m_doc, id), before);
}

void TestNarrativeStyle::projectOrder()
{
    const QString entered = sectionText(*m_doc, QStringLiteral("performance.projects"));
    QVERIFY(entered.contains(QStringLiteral("\n1. “智慧江汉”综合指挥中心项目")));
    NarrativeStyle style;
    style.projectOrder = NarrativeStyle::ProjectOrder::ByAmount;
    m_doc->setNarrativeStyle(style);
    const QString byAmount = sectionText(*m_doc, QStringLiteral("performance.projects"));
    const QString detail = sectionText(*m_doc, QStringLiteral("gpb.detail"));
    m_doc->undoStack()->undo();
    // 执行数: 中心运行维护费 1,129.47, 监督员政府购岗费 1,085.45, …, 党建工作经费 3.
    QVERIFY2(byAmount.contains(QStringLiteral("\n1. 中心运行维护费项目")), qPrintable(byAmount));
    QVERIFY(byAmount.contains(QStringLiteral("\n2. 监督员政府购岗费项目")));
    QVERIFY(byAmount.contains(QStringLiteral("\n8. 党建工作经费项目")));
    QVERIFY(detail.indexOf(QStringLiteral("中心运行维护费1129.47万元")) < detail.indexOf(QStringLiteral("监督员政府购岗费1085.45万元")));
    QVERIFY(detail.indexOf(QStringLiteral("监督员政府购岗费1085.45万元")) < detail.indexOf(QStringLiteral("党建工作经费3万元")));
}

void TestNarrativeStyle::evaluatedFundsAreExecuted()
{
    Money executed = Money::fromFen(0);
    int projects = 0;
    for (const EvaluationForm &f : m_doc->evaluations())
        if (f.kind == EvaluationForm::Kind::Project) {
            executed += f.executed;
            ++projects;
        }
    QCOMPARE(projects, 8);
    QCOMPARE(executed, wan("2356.95"));
    const QString budgets = sectionText(*m_doc, QStringLiteral("performance.work"));
    QVERIFY(budgets.contains(QStringLiteral("资金2469.24万元，占一般公共预算项目支出总额的92.5%")));
    NarrativeStyle style;
    style.performanceFunds = NarrativeStyle::PerformanceFunds::Executed;
    m_doc->setNarrativeStyle(style);
    const QString text = sectionText(*m_doc, QStringLiteral("performance.work"));
    m_doc->undoStack()->undo();
    // 2,356.95 of the 2,670.56 项目支出: 88.26%.
    QVERIFY2(text.contains(QStringLiteral("资金2356.95万元，占一般公共预算项目支出总额的88.3%")), qPrintable(text));
}

void TestNarrativeStyle::everyCombinationIsGrammatical()
{
    // The sample with everything a department may add: 07表 and 08表 with 上年 figures and
    // 年初预算, 三公 abroad and a vehicle purchase, vehicles by type, 机关运行经费 against last year.
    auto doc = loadSample();
    QVERIFY(doc);
    QString error;
    QVERIFY2(doc->addItemRow(QStringLiteral("07"), QStringLiteral("2120801"), &error), qPrintable(error));
    QVERIFY2(doc->addItemRow(QStringLiteral("08"), QStringLiteral("2230199"), &error), qPrintable(error));
    QVERIFY2(doc->setCells({{key("07!2120801@1"), wan("10")}, {key("07!2120801@2"), wan("125.5")},
                            {key("07!2120801@5"), wan("120.25")}, {key("08!2230199@2"), wan("4.37")},
                            {key("09!1@2"), wan("2")}, {key("09!1@8"), wan("1.2")},
                            {key("09!1@4"), wan("20")}, {key("09!1@10"), wan("19.8")}},
                           QString(), &error),
             qPrintable(error));
    doc->setPriorYear(QStringLiteral("fund_income"), wan("100"));
    doc->setPriorYear(QStringLiteral("fund_expense"), wan("130"));
    doc->setPriorYear(QStringLiteral("capital_expense"), wan("4.37"));
    doc->setBudget(QStringLiteral("2120801"), wan("118"));
    for (const auto &fact : {std::pair<const char *, qint64>{"operating_expense", 5000000},
                             {"operating_expense_prior", 6000000}, {"abroad_groups", 1}, {"abroad_people", 3},
                             {"vehicles_purchased", 1}, {"vehicles_general", 1}})
        QVERIFY(doc->setFact(QString::fromLatin1(fact.first), fact.second, &error));
    doc->setText(QStringLiteral("reason.fund"), QStringLiteral("土地出让收入增加"));

    static const QRegularExpression broken(QStringLiteral(
            "%%|%的|，，|。。|，。|；。|万元万元|(^|[^0-9])(%|万元)|(占|为|预算的|增加|减少|增长|下降)(%|万元|，|；)"
            "|(占|为|预算的|增长|下降)。|nan|inf"));
    int combinations = 0;
    for (int share = 0; share <= 2; ++share)
        for (int change = 0; change <= 2; ++change)
            for (int rate = 0; rate <= 2; ++rate)
                for (int formRate = 0; formRate <= 2; ++formRate)
                    for (int flags = 0; flags < 32; ++flags) {
                        NarrativeStyle s;
                        s.shareDecimals = share;
                        s.changeDecimals = change;
                        s.rateDecimals = rate;
                        s.formRateDecimals = formRate;
                        s.amounts = (flags & 1) ? NarrativeStyle::Amounts::TwoDecimals : NarrativeStyle::Amounts::Trimmed;
                        s.rateOverBudget = flags & 2;
                        s.performanceFunds = (flags & 4) ? NarrativeStyle::PerformanceFunds::Executed
                                                         : NarrativeStyle::PerformanceFunds::Budgets;
                        s.projectOrder = (flags & 8) ? NarrativeStyle::ProjectOrder::ByAmount
                                                     : NarrativeStyle::ProjectOrder::AsEntered;
                        s.overallRate = flags & 16;
                        doc->applyNarrativeStyle(s);
                        const QString text = allText(*doc);
                        const QRegularExpressionMatch m = broken.match(text);
                        QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("%1 at “%2”").arg(m.captured(0),
                                                                                          text.mid(qMax(0, int(m.capturedStart()) - 20), 40))));
                        // Percentages carry exactly the decimals the style asks for (or none, for a whole number).
                        static const QRegularExpression pct(QStringLiteral("\\d+(\\.\\d+)?%"));
                        for (auto it = pct.globalMatch(text); it.hasNext();) {
                            const QString p = it.next().captured(0);
                            const int dot = int(p.indexOf(QLatin1Char('.')));
                            QVERIFY2(dot < 0 || p.size() - dot - 2 <= 2, qPrintable(p));
                        }
                        ++combinations;
                    }
    QCOMPARE(combinations, 81 * 32);
    // The text read the new figures (so the loop checked them too).
    doc->applyNarrativeStyle(NarrativeStyle());
    const QString text = allText(*doc);
    if (qEnvironmentVariableIsSet("JUESUAN_PRINT_NARRATIVE"))
        qInfo().noquote() << text;
    QVERIFY2(text.contains(QStringLiteral("购置公务用车1辆")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("全年因公出国（境）团组1个，累计3人次")));
    QVERIFY(text.contains(QStringLiteral("与2022年度相比，机关运行经费支出减少1万元，下降16.7%")));
}

void TestNarrativeStyle::styleIsOneUndoStep()
{
    auto doc = loadSample();
    QVERIFY(doc);
    QSignalSpy spy(doc.get(), &Document::narrativeStyleChanged);
    const int steps = doc->undoStack()->count();
    NarrativeStyle s;
    s.changeDecimals = 2;
    doc->setNarrativeStyle(s);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(spy.count(), 1);
    QVERIFY(doc->isModified());
    doc->setNarrativeStyle(s); // the same style again: nothing to do
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    QVERIFY(doc->narrativeStyle().isDefault());
    QCOMPARE(spy.count(), 2);
    QVERIFY(!doc->isModified());
}

void TestNarrativeStyle::styleInTheFile()
{
    auto doc = loadSample();
    QVERIFY(doc);
    NarrativeStyle s;
    s.shareDecimals = 0;
    s.changeDecimals = 2;
    s.rateDecimals = 2;
    s.formRateDecimals = 1;
    s.amounts = NarrativeStyle::Amounts::TwoDecimals;
    s.rateOverBudget = true;
    s.performanceFunds = NarrativeStyle::PerformanceFunds::Executed;
    s.projectOrder = NarrativeStyle::ProjectOrder::ByAmount;
    s.overallRate = true;
    doc->setNarrativeStyle(s);
    const QJsonObject json = QJsonDocument::fromJson(DocumentIO::toJson(*doc)).object();
    const QJsonObject style = json.value(QLatin1String("narrativeStyle")).toObject();
    QCOMPARE(style.value(QLatin1String("amounts")).toString(), QStringLiteral("twoDecimals"));
    QCOMPARE(style.value(QLatin1String("performanceFunds")).toString(), QStringLiteral("executed"));
    QCOMPARE(style.value(QLatin1String("projectOrder")).toString(), QStringLiteral("amount"));
    QCOMPARE(style.value(QLatin1String("changeDecimals")).toInt(), 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("styled.juesuan"));
    QString error;
    QVERIFY2(DocumentIO::save(*doc, path, &error), qPrintable(error));
    const auto loaded = DocumentIO::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->narrativeStyle() == s);
    QCOMPARE(allText(*loaded), allText(*doc));
}

void TestNarrativeStyle::olderFilesKeepTheDefaults()
{
    // The sample predates the style: it loads with the defaults and saves without the member.
    auto doc = loadSample();
    QVERIFY(doc);
    QVERIFY(doc->narrativeStyle().isDefault());
    QVERIFY(!DocumentIO::toJson(*doc).contains("narrativeStyle"));
    // A style that names only some members keeps the defaults of the others.
    QJsonObject json = QJsonDocument::fromJson(DocumentIO::toJson(*doc)).object();
    json.insert(QStringLiteral("narrativeStyle"), QJsonObject{{QStringLiteral("rateDecimals"), 2}});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partial.juesuan"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(json).toJson());
    f.close();
    QString error;
    const auto loaded = DocumentIO::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    NarrativeStyle expected;
    expected.rateDecimals = 2;
    QVERIFY(loaded->narrativeStyle() == expected);
}

void TestNarrativeStyle::badStyleIsRefused_data()
{
    QTest::addColumn<QByteArray>("style");
    QTest::addColumn<QString>("message");
    QTest::newRow("3 decimals") << QByteArray(R"({"shareDecimals": 3})")
                                << "narrativeStyle.shareDecimals: a percentage prints with 0, 1 or 2 decimals, not 3";
    QTest::newRow("negative decimals") << QByteArray(R"({"formRateDecimals": -1})")
                                       << "narrativeStyle.formRateDecimals: a percentage prints with 0, 1 or 2 decimals, not -1";
    QTest::newRow("decimals as text") << QByteArray(R"({"changeDecimals": "1"})")
                                      << "narrativeStyle.changeDecimals: expected a whole number";
    QTest::newRow("unknown amounts") << QByteArray(R"({"amounts": "rounded"})")
                                     << "narrativeStyle.amounts: “rounded” is not one of “trimmed”, “twoDecimals”";
    QTest::newRow("unknown order") << QByteArray(R"({"projectOrder": "alphabetical"})")
                                   << "narrativeStyle.projectOrder: “alphabetical” is not one of “entered”, “amount”";
    QTest::newRow("funds") << QByteArray(R"({"performanceFunds": 1})") << "narrativeStyle.performanceFunds: expected text";
    QTest::newRow("flag") << QByteArray(R"({"rateOverBudget": "yes"})")
                          << "narrativeStyle.rateOverBudget: expected true or false";
    QTest::newRow("unknown member") << QByteArray(R"({"colour": "red"})") << "narrativeStyle.colour: unknown member";
    QTest::newRow("not an object") << QByteArray(R"([1])") << "narrativeStyle: expected an object";
}

void TestNarrativeStyle::badStyleIsRefused()
{
    QFETCH(QByteArray, style);
    QFETCH(QString, message);
    auto doc = loadSample();
    QVERIFY(doc);
    QByteArray json = DocumentIO::toJson(*doc);
    // The style goes in right after "format", as a file would carry it.
    const int at = int(json.indexOf('\n')) + 1;
    json.insert(at, "    \"narrativeStyle\": " + style + ",\n");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.juesuan"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    QString error;
    QVERIFY(!DocumentIO::load(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestNarrativeStyle)
#include "tst_narrativestyle.moc"
