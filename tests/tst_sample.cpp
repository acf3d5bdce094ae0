// The bundled sample against the published report: every amount of the nine tables, as
// printed, computed cells included. The published tables are kept as a fixture
// (tests/data/reference-part2-tables.txt, part 2 of the report as extracted from its PDF).
#include "document.h"
#include "documentio.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Juesuan;
using namespace TestSupport;

namespace {

const QString fixturePath = QStringLiteral(JUESUAN_TEST_DATA "/reference-part2-tables.txt");
const QString referencePath =
        QStringLiteral(JUESUAN_SOURCE_DIR "/../shared/reference/jianghan-bigdata-center-2023-final-accounts.txt");

QString stripTags(QString s)
{
    static const QRegularExpression tags(QStringLiteral("</?b>"));
    return s.remove(tags);
}

// One published table: its lines, split into tab-separated fields, tags removed.
QList<QStringList> tableLines(const QString &text, const QString &code)
{
    const qsizetype start = text.indexOf(code);
    const qsizetype next = text.indexOf(QStringLiteral("公开0"), start + code.size());
    const QString body = text.mid(start, next < 0 ? -1 : next - start);
    QList<QStringList> out;
    for (const QString &line : body.split(QLatin1Char('\n')))
        out.append(stripTags(line).split(QLatin1Char('\t')));
    return out;
}

struct Expected {
    CellKey key;
    QString printed; // as the report prints it: "3,087.79", or "" for a blank cell
};

bool isCode(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{3}|\\d{5}|\\d{7})$"));
    return re.match(s.trimmed()).hasMatch();
}

// Every amount cell the report prints, keyed as the document names it.
QList<Expected> expectedCells(const QString &text)
{
    QList<Expected> out;
    // Code-list tables: key in the first non-empty field, amounts in the last N fields.
    const QList<QPair<QString, int>> codeLists = {{QStringLiteral("02"), 7}, {QStringLiteral("03"), 6},
                                                  {QStringLiteral("05"), 3}, {QStringLiteral("07"), 6},
                                                  {QStringLiteral("08"), 3}};
    for (const auto &t : codeLists) {
        for (const QStringList &f : tableLines(text, QStringLiteral("公开") + t.first + QStringLiteral("表"))) {
            QString key;
            for (const QString &field : f)
                if (!field.trimmed().isEmpty()) {
                    key = field.trimmed();
                    break;
                }
            if (key == QStringLiteral("合 计"))
                key = QStringLiteral("total");
            else if (!isCode(key))
                continue;
            if (f.size() < t.second + 2)
                continue;
            for (int c = 0; c < t.second; ++c)
                out.append({CellKey{t.first, key, QString::number(c + 1)},
                            f.at(f.size() - t.second + c).trimmed()});
        }
    }
    // 01 and 04: two halves of name, 行次, amounts.
    for (const auto &t : {qMakePair(QStringLiteral("01"), 1), qMakePair(QStringLiteral("04"), 4)}) {
        for (const QStringList &f : tableLines(text, QStringLiteral("公开") + t.first + QStringLiteral("表"))) {
            bool ok = false;
            if (f.size() < 5 + t.second || f.at(1).trimmed().toInt(&ok) <= 0 || !ok)
                continue;
            out.append({CellKey{t.first, f.at(1).trimmed(), QStringLiteral("1")}, f.at(2).trimmed()});
            for (int c = 0; c < t.second; ++c)
                out.append({CellKey{t.first, f.at(4).trimmed(), QString::number(c + 2)}, f.at(5 + c).trimmed()});
        }
    }
    // 06: three panels of code, name, 决算数; the last line holds the two 合计.
    for (const QStringList &f : tableLines(text, QStringLiteral("公开06表"))) {
        if (!f.isEmpty() && f.first() == QStringLiteral("人员经费合计")) {
            out.append({CellKey{QStringLiteral("06"), QStringLiteral("personnel"), QStringLiteral("1")}, f.at(2)});
            out.append({CellKey{QStringLiteral("06"), QStringLiteral("public"), QStringLiteral("1")}, f.at(6)});
            continue;
        }
        for (int p = 0; p + 2 < f.size() && p < 9; p += 3)
            if (isCode(f.at(p)))
                out.append({CellKey{QStringLiteral("06"), f.at(p).trimmed(), QStringLiteral("1")}, f.at(p + 2).trimmed()});
    }
    // 09: the one line of twelve figures.
    for (const QStringList &f : tableLines(text, QStringLiteral("公开09表")))
        if (f.size() == 12 && f.first() == QStringLiteral("1.67"))
            for (int c = 0; c < 12; ++c)
                out.append({CellKey{QStringLiteral("09"), QStringLiteral("1"), QString::number(c + 1)}, f.at(c).trimmed()});
    return out;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestSample : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fixtureMatchesReference();
    void everyPublishedAmount();
    void codeListRowsAreThePublishedOnes();
    void threePublicBudgetFollowsTheText();
    void incomeAndExpenditureTablesDifferByRounding();
    void figuresForTheExplanations();
    void textsAndForms();
    void builtinCopyIsTheSame();

private:
    std::unique_ptr<Document> m_doc;
    QString m_fixture;
};

void TestSample::initTestCase()
{
    QString error;
    m_doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_fixture = readText(fixturePath);
    QVERIFY(!m_fixture.isEmpty());
}

void TestSample::fixtureMatchesReference()
{
    const QString reference = readText(referencePath);
    if (reference.isEmpty())
        QSKIP("../shared/reference is not present; the fixture stands alone");
    QVERIFY2(reference.contains(m_fixture), "the fixture is no longer a verbatim part of the reference");
}

void TestSample::everyPublishedAmount()
{
    const QList<Expected> expected = expectedCells(m_fixture);
    // 01: 2×31, 02: 21×7, 03: 21×6, 04: 32+32×4, 05: 21×3, 06: 63+2, 07: 6, 08: 3, 09: 12.
    QCOMPARE(expected.size(), 62 + 147 + 126 + 160 + 63 + 65 + 6 + 3 + 12);
    int compared = 0;
    for (const Expected &e : expected) {
        if (e.key.table == QStringLiteral("09") && e.key.col.toInt() <= 6)
            continue; // 预算数: see threePublicBudgetFollowsTheText
        const QString ours = m_doc->value(e.key).toWanyuan();
        QVERIFY2(ours == e.printed,
                 qPrintable(QStringLiteral("%1: report prints “%2”, sample gives “%3”").arg(e.key.toString(), e.printed, ours)));
        ++compared;
    }
    QCOMPARE(compared, expected.size() - 6);
}

void TestSample::codeListRowsAreThePublishedOnes()
{
    const QStringList items = {QStringLiteral("2010350"), QStringLiteral("2010399"), QStringLiteral("2060404"),
                               QStringLiteral("2080505"), QStringLiteral("2100410"), QStringLiteral("2101102"),
                               QStringLiteral("2101103"), QStringLiteral("2210201"), QStringLiteral("2210202")};
    for (const QString &t : {QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("05")})
        QCOMPARE(m_doc->itemRows(t), items);
    QVERIFY(m_doc->itemRows(QStringLiteral("07")).isEmpty());
    QVERIFY(m_doc->itemRows(QStringLiteral("08")).isEmpty());
    QCOMPARE(m_doc->bodyRows(QStringLiteral("05")).size(), 1 + 5 + 6 + 9);
}

void TestSample::threePublicBudgetFollowsTheText()
{
    // The published 公开09表 repeats its 决算数 in the 预算数 columns…
    for (const Expected &e : expectedCells(m_fixture))
        if (e.key.table == QStringLiteral("09") && e.key.col.toInt() <= 6) {
            const CellKey actual{QStringLiteral("09"), QStringLiteral("1"), QString::number(e.key.col.toInt() + 6)};
            QCOMPARE(e.printed, m_doc->value(actual).toWanyuan());
        }
    // …but part 3 says the 三公 budget was 3万元 (1.67 is 55.7% of it), 公务用车运行费 reached
    // 53% of its budget and fell 1.41万元 short of it, and 公务接待费 exceeded its budget by
    // 0.08万元. Those three statements agree with one another, so the sample budgets 3.00
    // on 公务用车运行维护费 and nothing elsewhere.
    const auto cell = [this](int col) {
        return m_doc->value(CellKey{QStringLiteral("09"), QStringLiteral("1"), QString::number(col)});
    };
    QCOMPARE(cell(1).toWanyuan(), QStringLiteral("3.00"));
    QCOMPARE(cell(3).toWanyuan(), QStringLiteral("3.00"));
    QCOMPARE(cell(5).toWanyuan(), QStringLiteral("3.00"));
    QVERIFY(cell(2).isBlank() && cell(4).isBlank() && cell(6).isBlank());
    QCOMPARE(Money::percent(cell(7).fen(), cell(1).fen()), QStringLiteral("55.7%"));
    QCOMPARE(Money::percent(cell(11).fen(), cell(5).fen(), 0), QStringLiteral("53%"));
    QCOMPARE((cell(5) - cell(11)).toWanyuan(), QStringLiteral("1.41"));
    QCOMPARE((cell(12) - cell(6)).toWanyuan(), QStringLiteral("0.08"));
}

void TestSample::incomeAndExpenditureTablesDifferByRounding()
{
    // 02表 and 03表 were each rounded from 元 on their own: 2010399 is 2,305.65 in one and
    // 2,305.64 in the other, 2080505 37.20 and 37.21. Both totals are 3,087.79; the sample
    // keeps both tables as published (the audit reports the difference as rounding).
    const auto v = [this](const char *t, const char *r) {
        return m_doc->value(CellKey{QString::fromLatin1(t), QString::fromLatin1(r), QStringLiteral("1")});
    };
    QCOMPARE((v("02", "2010399") - v("03", "2010399")).fen(), qint64(10000));
    QCOMPARE((v("02", "2080505") - v("03", "2080505")).fen(), qint64(-10000));
    QCOMPARE(v("02", "total"), v("03", "total"));
    // 01表 takes its expenditure by 类 from 03表, so 一般公共服务支出 is 2,619.57 there.
    QCOMPARE(m_doc->value(CellKey{QStringLiteral("01"), QStringLiteral("32"), QStringLiteral("2")}), v("03", "201"));
}

void TestSample::figuresForTheExplanations()
{
    // The text: 收、支总计 3087.79, down 1274.1 on 2022 → 2022 was 4361.89.
    QCOMPARE(m_doc->priorYear(QStringLiteral("income_total")).toWanyuan(), QStringLiteral("4,361.89"));
    QCOMPARE((m_doc->priorYear(QStringLiteral("income_total"))
              - m_doc->value(CellKey{QStringLiteral("01"), QStringLiteral("31"), QStringLiteral("1")})).toWanyuan(false),
             QStringLiteral("1274.10"));
    // 年初预算 per 项 add up to the 2,840.01 the text gives, which 3,087.79 is 108.7% of.
    Money total;
    for (const QString &code : m_doc->itemRows(QStringLiteral("05")))
        total += m_doc->budget(code);
    QCOMPARE(total.toWanyuan(), QStringLiteral("2,840.01"));
    QCOMPARE(Money::percent(m_doc->value(CellKey{QStringLiteral("05"), QStringLiteral("total"), QStringLiteral("1")}).fen(),
                            total.fen()),
             QStringLiteral("108.7%"));
    QCOMPARE(m_doc->budget(QStringLiteral("2010399")).toWanyuan(), QStringLiteral("2,442.14"));
    QVERIFY(m_doc->budget(QStringLiteral("2060404")).isZero());
}

void TestSample::textsAndForms()
{
    const Metadata &m = m_doc->metadata();
    QCOMPARE(m.department, QStringLiteral("武汉市江汉区大数据中心"));
    QCOMPARE(m.year, 2023);
    QCOMPARE(m.publishDate, QDate(2024, 10, 28));
    QVERIFY(m.description.contains(QStringLiteral("公开09表")));
    QVERIFY(m_doc->text(QStringLiteral("duties")).startsWith(QStringLiteral("1、贯彻执行国家、省、市有关电子政务工作")));
    QCOMPARE(m_doc->text(QStringLiteral("duties")).count(QLatin1Char('\n')), 13); // 14 duties
    QVERIFY(m_doc->text(QStringLiteral("organization")).contains(QStringLiteral("0个下属单位")));
    QVERIFY(m_doc->text(QStringLiteral("glossary")).contains(QStringLiteral("“三公”经费")));
    QCOMPARE(m_doc->keyWork().size(), 3);
    QCOMPARE(m_doc->evaluations().size(), 9);
    QCOMPARE(m_doc->evaluations().first().kind, EvaluationForm::Kind::Overall);
    Money budgets, executed;
    for (const EvaluationForm &f : m_doc->evaluations())
        if (f.kind == EvaluationForm::Kind::Project) {
            budgets += f.budget;
            executed += f.executed;
        }
    QCOMPARE(budgets.toWanyuan(), QStringLiteral("2,469.24"));
    QCOMPARE(executed.toWanyuan(), QStringLiteral("2,356.95"));
}

void TestSample::builtinCopyIsTheSame()
{
    QString error;
    const auto builtin = DocumentIO::load(QStringLiteral(":/samples/jianghan-bigdata-center-2023.juesuan"), &error);
    QVERIFY2(builtin, qPrintable(error));
    QCOMPARE(DocumentIO::toJson(*builtin), DocumentIO::toJson(*m_doc));
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
