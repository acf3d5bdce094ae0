// PrintedValues (舍位平衡): printed 万元 figures within 0.01 of exact on which every formula
// and every equality rule that holds exactly holds too; grand totals keep half-up rounding;
// deterministic; the sample prints as before; an impossible rule is reported, formulas kept.
#include "auditengine.h"
#include "chartseries.h"
#include "evaluationforms.h"
#include "htmlexporter.h"
#include "narrative.h"
#include "document.h"
#include "documentio.h"
#include "printedvalues.h"
#include "randomreport.h"
#include "tableexport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {
constexpr qint64 unit = PrintedValues::unitFen;

qint64 floorUnits(qint64 fen)
{
    return fen >= 0 || fen % unit == 0 ? fen / unit : fen / unit - 1;
}

qint64 halfUp(qint64 fen)
{
    const qint64 a = fen < 0 ? -fen : fen;
    const qint64 r = (a + unit / 2) / unit * unit;
    return fen < 0 ? -r : r;
}

// Every property the issue asks for; returns the first violation, or an empty string.
QString violation(const Document &doc)
{
    const RecalcEngine &e = doc.engine();
    const PrintedValues &p = doc.printed();
    const auto printed = [&](int id) { return p.printedValue(e.keyOf(id)).fen(); };
    for (int id = 0; id < e.cellCount(); ++id) {
        const Money exact = e.value(id);
        const Money shown = p.printedValue(e.keyOf(id));
        if (exact.isBlank() != shown.isBlank())
            return QStringLiteral("%1: blank differs").arg(e.keyOf(id).toString());
        if (shown.fen() % unit != 0)
            return QStringLiteral("%1: %2 is not a whole 0.01 万元").arg(e.keyOf(id).toString()).arg(shown.fen());
        const qint64 lo = floorUnits(exact.fen()) * unit;
        const qint64 hi = exact.fen() % unit == 0 ? lo : lo + unit;
        if (shown.fen() < lo || shown.fen() > hi)
            return QStringLiteral("%1: printed %2 outside [%3, %4]").arg(e.keyOf(id).toString()).arg(shown.fen()).arg(lo).arg(hi);
        if (p.isNudged(e.keyOf(id)) != (shown.fen() != halfUp(exact.fen())))
            return QStringLiteral("%1: nudged flag wrong").arg(e.keyOf(id).toString());
        if (!e.isComputed(id))
            continue;
        qint64 sum = 0;
        for (const auto &op : e.signedOperandsOf(id))
            sum += op.sign * printed(op.node);
        if (sum != shown.fen())
            return QStringLiteral("%1: formula broken on printed values (%2 ≠ %3)").arg(e.keyOf(id).toString()).arg(shown.fen()).arg(sum);
    }
    const AuditEngine audit(doc);
    for (const AuditEngine::CellEquality &eq : audit.cellEqualities()) {
        qint64 exact = 0, shown = 0;
        for (const auto &t : eq.terms) {
            exact += t.first * doc.value(t.second).fen();
            shown += t.first * p.printedValue(t.second).fen();
        }
        if (exact == 0 && shown != 0)
            return QStringLiteral("rule %1 (%2) broken on printed values").arg(eq.ruleId, eq.binding);
    }
    // Grand totals: each code-list 合计 in its total columns and the edition's anchors keep
    // half-up rounding.
    QList<CellKey> anchors;
    for (const TableTemplate &t : doc.reportTemplate().tables())
        if (t.isCodeList())
            for (const QString &c : t.columnFormulas().keys())
                anchors.append(CellKey{t.id(), TableTemplate::totalRow(), c});
    for (const char *k : {"01!27@1", "01!31@1", "01!58@2", "01!62@2", "04!32@1", "04!64@2", "09!1@1", "09!1@7"})
        anchors.append(key(k));
    for (const CellKey &k : anchors)
        if (doc.hasCell(k) && p.printedValue(k).fen() != halfUp(doc.value(k).fen()))
            return QStringLiteral("grand total %1 is not half-up rounded").arg(k.toString());
    if (!p.balanced())
        return QStringLiteral("not balanced: %1").arg(p.unkept().first().relation);
    return QString();
}

QHash<CellKey, qint64> snapshot(const Document &doc)
{
    QHash<CellKey, qint64> out;
    for (int id = 0; id < doc.engine().cellCount(); ++id)
        out.insert(doc.engine().keyOf(id), doc.printed().printedValue(doc.engine().keyOf(id)).fen());
    return out;
}
} // namespace

class TestPrintedValues : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void samplePrintsUnchanged_data();
    void samplePrintsUnchanged();
    void sampleCostsNothing();
    void reference0203Pattern();
    void workedExampleOfTheDocs();
    void impossibleRuleIsReportedFormulasKept();
    void randomDocuments();
    void wholeReportIsOneFlow();
    void largeBlockIsBalancedOrSaysSo();
    void editResolvesOnlyItsComponent();
    void repairedNetworkMatchesAFreshSolve();
    void rebuiltNetworkStartsFromTheOldOne();
    void ruleFollowedInPlace();
    void editFollowsLiveAndMatchesAFreshSolve();
    void exactVerbPrintsSixDecimals();
    void tableVerbPrintsPrintedValues();
    void roundingNoteFollowsBalance();
    void keepRoundingNoteIsStored();
    void everyOutputReadsPrintedValues();

private:
    std::shared_ptr<const ReportTemplate> m_edition;
};

void TestPrintedValues::initTestCase()
{
    QString error;
    m_edition = ReportTemplate::builtin(QStringLiteral("2023"), &error);
    QVERIFY2(m_edition, qPrintable(error));
}

void TestPrintedValues::samplePrintsUnchanged_data()
{
    QTest::addColumn<QString>("table");
    for (int i = 1; i <= 9; ++i) {
        const QString id = QStringLiteral("0%1").arg(i);
        QTest::newRow(qPrintable(id)) << id;
    }
}

// tests/data/rounding/sample-NN.tsv is what `juesuan table` printed before the printed layer.
void TestPrintedValues::samplePrintsUnchanged()
{
    QFETCH(QString, table);
    QString error;
    const auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    QFile golden(QStringLiteral(JUESUAN_TEST_DATA "/rounding/sample-%1.tsv").arg(table));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const QString expected = QString::fromUtf8(golden.readAll());
    QCOMPARE(TableExport::toTsv(*doc, table, &error), expected);
    QCOMPARE(TableExport::toTsv(*doc, table, &error, TableExport::Values::Exact), expected);
}

void TestPrintedValues::sampleCostsNothing()
{
    QString error;
    const auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    const PrintedValues &p = doc->printed();
    QCOMPARE(p.stats().freeCells, 0);
    QCOMPARE(p.stats().components, 0);
    QCOMPARE(p.stats().solverCalls, 0);
    QVERIFY(p.nudgedCells().isEmpty());
    QVERIFY(p.balanced());
    QCOMPARE(violation(*doc), QString());
}

// The reference report prints 02表 and 03表 201 0.01 apart: its software sums rounded 项.
// Here 02 and 03 agree exactly on class 201 (2.0101 万元) but split it differently, so
// summing half-up 项 gives 2.02 in 02 and 2.01 in 03. Printed, both read 2.01.
void TestPrintedValues::reference0203Pattern()
{
    QHash<QString, QStringList> rows{{QStringLiteral("02"), {QStringLiteral("2010101"), QStringLiteral("2010102")}},
                                     {QStringLiteral("03"), {QStringLiteral("2010101"), QStringLiteral("2010102")}}};
    const QHash<CellKey, Money> inputs{
            {key("02!2010101@2"), wan("1.0050")}, {key("02!2010102@2"), wan("1.0051")},
            {key("03!2010101@2"), wan("1.0001")}, {key("03!2010102@2"), wan("1.0100")},
            {key("01!1@1"), wan("2.0101")}};
    Document doc(m_edition);
    QString error;
    QVERIFY2(doc.resetTables(rows, inputs, &error), qPrintable(error));
    QCOMPARE(doc.value(key("02!201@1")), doc.value(key("03!201@1")));
    // What independent rounding of the 项 prints for the class rows: 0.01 apart.
    const qint64 naive02 = halfUp(wan("1.0050").fen()) + halfUp(wan("1.0051").fen());
    const qint64 naive03 = halfUp(wan("1.0001").fen()) + halfUp(wan("1.0100").fen());
    QCOMPARE(naive02 - naive03, unit);
    const PrintedValues &p = doc.printed();
    QCOMPARE(p.printedWanyuan(key("02!201@1")), QStringLiteral("2.01"));
    QCOMPARE(p.printedWanyuan(key("03!201@1")), QStringLiteral("2.01"));
    QCOMPARE(p.printedValue(key("02!2010101@2")).fen() + p.printedValue(key("02!2010102@2")).fen(), 2 * 1000000 + unit);
    QCOMPARE(violation(doc), QString());
    // One 02 项 leaves half-up rounding, and says why.
    const QList<CellKey> nudged = p.nudgedCells();
    QVERIFY(!nudged.isEmpty());
    QVERIFY2(p.nudgeReason(nudged.first()).contains(QStringLiteral("exact ")), qPrintable(p.nudgeReason(nudged.first())));
    // The audit lists them as information, never as warnings.
    const QList<Finding> findings = AuditEngine(doc).printedFindings();
    QVERIFY(!findings.isEmpty());
    for (const Finding &f : findings)
        QCOMPARE(f.severity, Finding::Severity::Info);
}

// docs/rounding.md: a 05表 piece whose 款 20103 prints 313.93 half up while its columns
// print 200.53 + 113.41 = 313.94 and its 项 135.13 + 80.41 + 98.40 = 313.94.
void TestPrintedValues::workedExampleOfTheDocs()
{
    const QStringList items{QStringLiteral("2010301"), QStringLiteral("2010350"), QStringLiteral("2010399"),
                            QStringLiteral("2080101")};
    const QHash<CellKey, Money> inputs{
            {key("05!2010301@2"), wan("120.1234")}, {key("05!2010301@3"), wan("15.0050")},
            {key("05!2010350@2"), wan("80.4051")},  {key("05!2010399@3"), wan("98.4014")},
            {key("05!2080101@2"), wan("50.0040")}};
    Document doc(m_edition);
    QString error;
    QVERIFY2(doc.resetTables({{QStringLiteral("05"), items}}, inputs, &error), qPrintable(error));
    const PrintedValues &p = doc.printed();
    QCOMPARE(doc.value(key("05!20103@1")).toExactWanyuan(), QStringLiteral("313.9349"));
    QCOMPARE(doc.value(key("05!20103@1")).toWanyuan(false, 2), QStringLiteral("313.93"));
    QCOMPARE(p.printedWanyuan(key("05!20103@1")), QStringLiteral("313.94"));
    QCOMPARE(p.printedWanyuan(key("05!201@1")), QStringLiteral("313.94"));
    QCOMPARE(p.printedWanyuan(key("05!20103@2")), QStringLiteral("200.53"));
    QCOMPARE(p.printedWanyuan(key("05!20103@3")), QStringLiteral("113.41"));
    QCOMPARE(p.printedWanyuan(key("05!total@1")), QStringLiteral("363.94"));
    QList<CellKey> nudged05;
    for (const CellKey &k : p.nudgedCells())
        if (k.table == QLatin1String("05"))
            nudged05.append(k);
    QCOMPARE(nudged05, (QList<CellKey>{key("05!201@1"), key("05!20103@1")}));
    QCOMPARE(p.nudgeReason(key("05!20103@1")),
             QStringLiteral("exact 313.9349 万元; printed 313.94 to keep 05表 20103: 栏1 = 栏2 + 栏3"));
    QCOMPARE(violation(doc), QString());
}

// a = b = c = 0.005 万元, s1 = a + b = 0.01, s2 = b + c = 0.01 (formulas) and the rule
// a + c = w = 0.01: integers with a + b = 1 and b + c = 1 have a = c, so a + c is 0 or 2.
void TestPrintedValues::impossibleRuleIsReportedFormulasKept()
{
    QString error;
    const auto edition = ReportTemplate::load(QStringLiteral(JUESUAN_TEST_DATA "/rounding/oddcycle"), &error);
    QVERIFY2(edition, qPrintable(error));
    Document doc(edition);
    const QHash<CellKey, Money> inputs{{key("A!a@1"), wan("0.005")}, {key("A!b@1"), wan("0.005")},
                                       {key("A!c@1"), wan("0.005")}, {key("A!w@1"), wan("0.01")}};
    QVERIFY2(doc.resetTables({}, inputs, &error), qPrintable(error));
    const PrintedValues &p = doc.printed();
    QVERIFY(!p.balanced());
    QCOMPARE(p.unkept().size(), 1);
    QVERIFY2(p.unkept().first().relation.contains(QStringLiteral("A.cross")), qPrintable(p.unkept().first().relation));
    QVERIFY(!p.unkept().first().reason.isEmpty());
    const auto v = [&](const char *k) { return p.printedValue(key(k)).fen(); };
    QCOMPARE(v("A!s1@1"), v("A!a@1") + v("A!b@1"));
    QCOMPARE(v("A!s2@1"), v("A!b@1") + v("A!c@1"));
    QCOMPARE(v("A!s1@1"), unit);
    QVERIFY(v("A!a@1") + v("A!c@1") != v("A!w@1"));
    // The note keeps its 尾数误差 sentence, and `check` says the rule fails on printed values.
    QVERIFY(p.notes(*edition->table(QStringLiteral("A"))).join(QString()).contains(QStringLiteral("尾数误差")));
    const QList<Finding> findings = AuditEngine(doc).run();
    const auto printedRule = std::find_if(findings.cbegin(), findings.cend(),
                                          [](const Finding &f) { return f.printed && f.ruleId == QLatin1String("A.cross"); });
    QVERIFY(printedRule != findings.cend());
    QCOMPARE(printedRule->severity, Finding::Severity::Warning);
    // Same document, same result.
    Document again(edition);
    QVERIFY(again.resetTables({}, inputs, &error));
    QCOMPARE(snapshot(again), snapshot(doc));
}

// ≥ 1,000 seeded documents: most small (5–20 项), every 100th with 300 项.
void TestPrintedValues::randomDocuments()
{
    int nudged = 0, documents = 0, flows = 0, integerPrograms = 0, compared = 0;
    for (quint64 seed = 1; seed <= 1000; ++seed) {
        const int items = seed % 100 == 0 ? 300 : 5 + int(seed % 16);
        const RandomReport::Generated g = RandomReport::generate(seed, items, seed % 3 == 0 ? 50000 : 5000000);
        QString error;
        const auto doc = RandomReport::document(m_edition, g, &error);
        QVERIFY2(doc, qPrintable(error));
        const QString why = violation(*doc);
        QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(why)));
        const PrintedValues::Stats &stats = doc->printed().stats();
        nudged += stats.nudged;
        flows += stats.flowSolves;
        integerPrograms += stats.solverCalls;
        ++documents;
        if (seed % 10 == 0) {
            // Optimal: as few cells nudged as GLPK's integer program over the same equations.
            PrintedValues mip(*doc);
            mip.setMethod(PrintedValues::Method::IntegerProgram);
            QVERIFY2(mip.stats().nudged == stats.nudged,
                     qPrintable(QStringLiteral("seed %1: %2 nudged, the integer program %3")
                                        .arg(seed).arg(stats.nudged).arg(mip.stats().nudged)));
            QCOMPARE(mip.unkept().size(), doc->printed().unkept().size());
            ++compared;
        }
        if (seed % 25 == 0) { // determinism: a second document from the same data
            const auto again = RandomReport::document(m_edition, g, &error);
            QVERIFY(snapshot(*again) == snapshot(*doc));
        }
    }
    QCOMPARE(documents, 1000);
    QCOMPARE(compared, 100);
    QVERIFY(nudged > 0); // the documents do need balancing
    QVERIFY(flows > 0);
    qInfo("1000 documents balanced; %d cells nudged in all; %d components solved as a flow, %d integer programs",
          nudged, flows, integerPrograms);
}

// 300 元-precise 项 per table, every column filled: the whole report is one linked block,
// which the min-cost flow solves without GLPK, with as few cells nudged as GLPK's optimum.
void TestPrintedValues::wholeReportIsOneFlow()
{
    const RandomReport::Generated g = RandomReport::generate(2023, 300);
    QString error;
    const auto doc = RandomReport::document(m_edition, g, &error);
    QVERIFY2(doc, qPrintable(error));
    const PrintedValues &printed = doc->printed();
    QCOMPARE(violation(*doc), QString());
    QVERIFY(printed.stats().largestComponent > 7000);
    QCOMPARE(printed.stats().solverCalls, 0);
    QVERIFY(printed.stats().flowSolves >= 1);
    PrintedValues mip(*doc);
    mip.setMethod(PrintedValues::Method::IntegerProgram);
    QCOMPARE(mip.stats().nudged, printed.stats().nudged);
    QVERIFY(mip.stats().solverCalls >= 1);
}

// 1,500 元-precise 项 per table link more free cells than GLPK is given (maxBalancedCells).
// When the flow proves its optimum the block is balanced without GLPK; when it cannot (the
// greedy network does not cover every relation, docs/rounding.md), the block prints half-up
// at once, is not called balanced, is named, and keeps the 尾数误差 note.
void TestPrintedValues::largeBlockIsBalancedOrSaysSo()
{
    const RandomReport::Generated g = RandomReport::generate(7, 1500, 5000000);
    QString error;
    const auto doc = RandomReport::document(m_edition, g, &error);
    QVERIFY2(doc, qPrintable(error));
    const PrintedValues &printed = doc->printed();
    QVERIFY(printed.stats().largestComponent > PrintedValues::maxBalancedCells);
    QCOMPARE(printed.stats().solverCalls, 0); // GLPK is never given such a block
    const TableTemplate *t01 = doc->reportTemplate().table(QStringLiteral("01")); // 01 carries the note
    bool note = false;
    for (const QString &n : printed.notes(*t01))
        note = note || PrintedValues::isRoundingNote(n);
    if (printed.balanced()) {
        QCOMPARE(violation(*doc), QString());
        QVERIFY(printed.stats().flowSolves >= 1);
        QVERIFY(!note);
        return;
    }
    bool named = false;
    for (const PrintedValues::Unkept &u : printed.unkept())
        named = named || u.reason.contains(QString::number(PrintedValues::maxBalancedCells));
    QVERIFY(named);
    int checked = 0;
    for (const CellKey &k : snapshot(*doc).keys()) {
        const Money exact = doc->value(k);
        if (k.table != QLatin1String("05") || exact.isBlank()) // 05 lies wholly in the large block
            continue;
        QCOMPARE(printed.printedValue(k).fen(), halfUp(exact.fen()));
        ++checked;
    }
    QVERIFY(checked > 1500);
    QVERIFY(note);
}

// A document of two unrelated pieces: 09 (三公) and 06 are apart from the code-list tables
// when no 05 amount links them. The whole document is one network; editing 09 repairs its
// flow around the edit and decides again only the few cells of 09 it touches.
void TestPrintedValues::editResolvesOnlyItsComponent()
{
    Document doc(m_edition);
    QString error;
    const QHash<CellKey, Money> inputs{{key("09!1@2"), wan("1.2345")}, {key("09!1@4"), wan("2.3456")},
                                       {key("09!1@5"), wan("0.0049")}, {key("06!30101@1"), wan("3.0051")},
                                       {key("06!30102@1"), wan("4.0049")}};
    QVERIFY2(doc.resetTables({}, inputs, &error), qPrintable(error));
    QCOMPARE(violation(doc), QString());
    QCOMPARE(doc.printed().stats().flowSolves, 1);
    QCOMPARE(doc.printed().stats().solverCalls, 0);
    const int freeCells = doc.printed().stats().freeCells;
    QVERIFY(freeCells > 6);
    QVERIFY(doc.setCell(key("09!1@5"), wan("0.0051"), &error));
    QCOMPARE(doc.printed().stats().components, 1);
    QVERIFY(doc.printed().stats().largestComponent <= 6);
    QCOMPARE(doc.printed().stats().solverCalls, 0);
    QCOMPARE(violation(doc), QString());
}

// 300 元-precise 项 per table: twenty edits of 05表 项, each repaired in place (a few cells
// decided again, no GLPK), print what a freshly loaded document with the same values prints.
// The network's tie-break makes its optimum unique (docs/rounding.md). The first edits break
// rules that held (05 基本支出合计 = 06 人员经费 + 公用经费, the 04表 balance): the network is
// built again then.
void TestPrintedValues::repairedNetworkMatchesAFreshSolve()
{
    RandomReport::Generated g = RandomReport::generate(2024, 300);
    QString error;
    const auto doc = RandomReport::document(m_edition, g, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(violation(*doc), QString());
    const int freeCells = doc->printed().stats().freeCells;
    int repairs = 0;
    for (int i = 0; i < 20; ++i) {
        const QString table = QStringLiteral("05");
        const QString item = g.itemRows.value(table).at((i * 37) % g.itemRows.value(table).size());
        const CellKey k{table, item, i % 2 ? QStringLiteral("3") : QStringLiteral("2")};
        const Money v = Money::fromFen(doc->value(k).fen() + 100 * (i + 1) * 37);
        QVERIFY2(doc->setCell(k, v, &error), qPrintable(error));
        g.inputs.insert(k, v);
        const PrintedValues::Stats &stats = doc->printed().stats();
        QCOMPARE(stats.solverCalls, 0);
        repairs += stats.largestComponent < freeCells / 10;
        QCOMPARE(violation(*doc), QString());
    }
    QVERIFY2(repairs >= 17, qPrintable(QString::number(repairs)));
    const auto fresh = RandomReport::document(m_edition, g, &error);
    QVERIFY(fresh);
    QVERIFY(snapshot(*fresh) == snapshot(*doc));
    QCOMPARE(fresh->printed().stats().nudged, doc->printed().stats().nudged);
}

// An edit that breaks a rule (05 基本支出合计 = 06 人员经费 + 公用经费), its undo that makes it hold
// again, clearing a cell and filling it again: each builds the network again, starting from the
// old one's flows and potentials. After every step the document prints what a fresh document
// with the same values prints, and the rebuilt network needs far fewer paths than a fresh one.
void TestPrintedValues::rebuiltNetworkStartsFromTheOldOne()
{
    RandomReport::Generated g = RandomReport::generate(4242, 200);
    QString error;
    const auto doc = RandomReport::document(m_edition, g, &error);
    QVERIFY2(doc, qPrintable(error));
    const int freshPaths = doc->printed().stats().augmentations;
    QVERIFY(freshPaths > 50);
    const QStringList items = g.itemRows.value(QStringLiteral("05"));
    int rebuilds = 0;
    for (int i = 0; i < 12; ++i) {
        const CellKey k{QStringLiteral("05"), items.at((i * 53) % items.size()), QStringLiteral("2")};
        const Money before = doc->value(k);
        const Money after = i % 3 == 2 ? Money() : Money::fromFen(before.fen() + 123457 * (i + 1));
        QVERIFY2(doc->setCell(k, after, &error), qPrintable(error));
        for (int step = 0; step < 2; ++step) {
            const PrintedValues::Stats &stats = doc->printed().stats();
            QCOMPARE(stats.solverCalls, 0);
            QCOMPARE(violation(*doc), QString());
            if (stats.largestComponent == stats.freeCells) { // the network was built again
                ++rebuilds;
                QVERIFY2(stats.augmentations < freshPaths / 4,
                         qPrintable(QStringLiteral("%1 paths, a fresh solve %2").arg(stats.augmentations).arg(freshPaths)));
            }
            RandomReport::Generated now = g;
            now.inputs.insert(k, doc->value(k));
            const auto fresh = RandomReport::document(m_edition, now, &error);
            QVERIFY(fresh);
            QVERIFY(snapshot(*fresh) == snapshot(*doc));
            if (step == 0)
                doc->undoStack()->undo();
        }
    }
    QVERIFY2(rebuilds >= 12, qPrintable(QString::number(rebuilds)));
}

// 05 基本支出合计 = 06 人员经费 + 公用经费 made to hold, then broken by an edit of an 06 line and
// made to hold again by its undo: the rule's row keeps its place in the network (a slack arc
// opened and closed), the network is not built again, and each step prints what a fresh
// document with the same values prints.
void TestPrintedValues::ruleFollowedInPlace()
{
    RandomReport::Generated g = RandomReport::generate(99, 200);
    QString error;
    auto doc = RandomReport::document(m_edition, g, &error);
    QVERIFY2(doc, qPrintable(error));
    const CellKey line{QStringLiteral("06"), QStringLiteral("30101"), QStringLiteral("1")};
    const qint64 gap = doc->value(CellKey{QStringLiteral("05"), TableTemplate::totalRow(), QStringLiteral("2")}).fen()
            - doc->value(CellKey{QStringLiteral("06"), QStringLiteral("personnel"), QStringLiteral("1")}).fen()
            - doc->value(CellKey{QStringLiteral("06"), QStringLiteral("public"), QStringLiteral("1")}).fen();
    g.inputs.insert(line, Money::fromFen(doc->value(line).fen() + gap));
    doc = RandomReport::document(m_edition, g, &error);
    QVERIFY2(doc, qPrintable(error));
    const auto holds = [&]() {
        const AuditEngine audit(*doc);
        for (const AuditEngine::CellEquality &eq : audit.cellEqualities())
            if (eq.ruleId == QLatin1String("05-06.basic")) {
                qint64 sum = 0;
                for (const auto &t : eq.terms)
                    sum += t.first * doc->value(t.second).fen();
                return sum == 0;
            }
        return false;
    };
    QVERIFY(holds());
    const int freeCells = doc->printed().stats().freeCells;
    QCOMPARE(violation(*doc), QString());
    for (int step = 0; step < 2; ++step) {
        if (step == 0)
            QVERIFY2(doc->setCell(line, Money::fromFen(doc->value(line).fen() + 1234567), &error), qPrintable(error));
        else
            doc->undoStack()->undo();
        QCOMPARE(holds(), step == 1);
        const PrintedValues::Stats &stats = doc->printed().stats();
        QCOMPARE(stats.solverCalls, 0);
        QVERIFY2(stats.largestComponent < freeCells / 10,
                 qPrintable(QStringLiteral("%1 of %2 free cells decided again").arg(stats.largestComponent).arg(freeCells)));
        QCOMPARE(violation(*doc), QString());
        RandomReport::Generated now = g;
        now.inputs.insert(line, doc->value(line));
        const auto fresh = RandomReport::document(m_edition, now, &error);
        QVERIFY(fresh);
        QVERIFY(snapshot(*fresh) == snapshot(*doc));
    }
}

// Printed values follow edits, and an incrementally balanced document prints what a fresh
// document with the same values prints (same document → same result).
void TestPrintedValues::editFollowsLiveAndMatchesAFreshSolve()
{
    const RandomReport::Generated g = RandomReport::generate(77, 30);
    QString error;
    const auto doc = RandomReport::document(m_edition, g, &error);
    QVERIFY(doc);
    QCOMPARE(violation(*doc), QString());
    const QString item = g.itemRows.value(QStringLiteral("03")).at(3);
    const CellKey cell{QStringLiteral("03"), item, QStringLiteral("4")};
    QVERIFY2(doc->setCell(cell, wan("12.3456"), &error), qPrintable(error));
    QCOMPARE(violation(*doc), QString());
    QCOMPARE(doc->printed().printedWanyuan(cell).isEmpty(), false);
    RandomReport::Generated edited = g;
    edited.inputs.insert(cell, wan("12.3456"));
    const auto fresh = RandomReport::document(m_edition, edited, &error);
    QVERIFY(snapshot(*fresh) == snapshot(*doc));
    doc->undoStack()->undo();
    const auto original = RandomReport::document(m_edition, g, &error);
    QVERIFY(snapshot(*original) == snapshot(*doc));
}

void TestPrintedValues::exactVerbPrintsSixDecimals()
{
    Document doc(m_edition);
    QString error;
    QVERIFY(doc.resetTables({}, {{key("09!1@2"), wan("313.9349")}}, &error));
    const QString exact = TableExport::toTsv(doc, QStringLiteral("09"), &error, TableExport::Values::Exact);
    const QString printed = TableExport::toTsv(doc, QStringLiteral("09"), &error);
    QVERIFY2(exact.contains(QStringLiteral("\t313.9349")), qPrintable(exact));
    QVERIFY2(printed.contains(QStringLiteral("\t313.93")) && !printed.contains(QStringLiteral("313.9349")), qPrintable(printed));
}

// `juesuan table FILE NN` prints the printed layer, `--exact` the exact values.
void TestPrintedValues::tableVerbPrintsPrintedValues()
{
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试单位"), 2023, &error);
    QVERIFY2(doc, qPrintable(error));
    const QHash<CellKey, Money> inputs{{key("05!2010301@2"), wan("120.1234")}, {key("05!2010301@3"), wan("15.0050")},
                                       {key("05!2010350@2"), wan("80.4051")},  {key("05!2010399@3"), wan("98.4014")},
                                       {key("05!2080101@2"), wan("50.0040")}};
    QVERIFY(doc->resetTables({{QStringLiteral("05"), {QStringLiteral("2010301"), QStringLiteral("2010350"),
                                                      QStringLiteral("2010399"), QStringLiteral("2080101")}}},
                             inputs, &error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.juesuan"));
    QVERIFY2(DocumentIO::save(*doc, path, &error), qPrintable(error));
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(JUESUAN_BINARY), args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString printed = run({QStringLiteral("table"), path, QStringLiteral("05")});
    const QString exact = run({QStringLiteral("table"), path, QStringLiteral("05"), QStringLiteral("--exact")});
    QCOMPARE(printed, TableExport::toTsv(*doc, QStringLiteral("05"), &error));
    QCOMPARE(exact, TableExport::toTsv(*doc, QStringLiteral("05"), &error, TableExport::Values::Exact));
    QVERIFY2(printed.contains(QStringLiteral("20103\t政府办公厅（室）及相关机构事务\t313.94\t200.53\t113.41")),
             qPrintable(printed));
    QVERIFY2(exact.contains(QStringLiteral("\t313.9349\t200.5285\t113.4064")), qPrintable(exact));
}

void TestPrintedValues::roundingNoteFollowsBalance()
{
    QString error;
    const auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY(doc);
    const TableTemplate &t01 = *m_edition->table(QStringLiteral("01"));
    QVERIFY(t01.notes().join(QString()).contains(QStringLiteral("尾数误差")));
    const QStringList notes = doc->printed().notes(t01);
    QCOMPARE(notes.size(), t01.notes().size() - 1);
    QVERIFY(!notes.join(QString()).contains(QStringLiteral("尾数误差")));
    QVERIFY2(notes.first().startsWith(QStringLiteral("注：本表")), qPrintable(notes.first()));
    Metadata m = doc->metadata();
    m.keepRoundingNote = true;
    doc->setMetadata(m);
    QCOMPARE(doc->printed().notes(t01), t01.notes());
}

void TestPrintedValues::keepRoundingNoteIsStored()
{
    QString error;
    const auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY(doc);
    QJsonObject json = DocumentIO::toJsonObject(*doc);
    QVERIFY(!json.value(QLatin1String("metadata")).toObject().contains(QLatin1String("keepRoundingNote")));
    Metadata m = doc->metadata();
    m.keepRoundingNote = true;
    doc->setMetadata(m);
    json = DocumentIO::toJsonObject(*doc);
    QCOMPARE(json.value(QLatin1String("metadata")).toObject().value(QLatin1String("keepRoundingNote")), QJsonValue(true));
    const auto reloaded = DocumentIO::fromJson(DocumentIO::toJson(*doc), QStringLiteral("mem.juesuan"), &error);
    QVERIFY2(reloaded, qPrintable(error));
    QVERIFY(reloaded->metadata().keepRoundingNote);
    // A value that is not a boolean is refused, naming the place.
    QJsonObject meta = json.value(QLatin1String("metadata")).toObject();
    meta.insert(QStringLiteral("keepRoundingNote"), QStringLiteral("yes"));
    json.insert(QStringLiteral("metadata"), meta);
    QVERIFY(!DocumentIO::fromJson(QJsonDocument(json).toJson(), QStringLiteral("bad.juesuan"), &error));
    QVERIFY2(error.contains(QStringLiteral("metadata.keepRoundingNote")), qPrintable(error));
}

// The worked example's 05表 prints 201 and 20103 as 313.94 (half up: 313.93). Every output
// that restates table figures says 313.94: the text of 第三部分, the charts, the forms' amounts
// that restate a table figure, the HTML report (XLSX: tst_workbookexport).
void TestPrintedValues::everyOutputReadsPrintedValues()
{
    const QStringList items{QStringLiteral("2010301"), QStringLiteral("2010350"), QStringLiteral("2010399"),
                            QStringLiteral("2080101")};
    const QHash<CellKey, Money> inputs{
            {key("05!2010301@2"), wan("120.1234")}, {key("05!2010301@3"), wan("15.0050")},
            {key("05!2010350@2"), wan("80.4051")},  {key("05!2010399@3"), wan("98.4014")},
            {key("05!2080101@2"), wan("50.0040")},  {key("01!1@1"), wan("363.9389")},
            {key("01!31@1"), wan("363.9389")},
            // 03 (all funds) as 05: the overall form below restates its totals.
            {key("03!2010301@2"), wan("120.1234")}, {key("03!2010301@3"), wan("15.0050")},
            {key("03!2010350@2"), wan("80.4051")},  {key("03!2010399@3"), wan("98.4014")},
            {key("03!2080101@2"), wan("50.0040")}};
    Document doc(m_edition);
    QString error;
    QVERIFY2(doc.resetTables({{QStringLiteral("05"), items}, {QStringLiteral("03"), items}}, inputs, &error),
             qPrintable(error));
    QCOMPARE(doc.printed().printedWanyuan(key("05!201@1")), QStringLiteral("313.94"));
    QCOMPARE(doc.printed().printedWanyuan(key("04!33@2")), QStringLiteral("313.94")); // 04 copies 05 201

    // 第三部分: its figures are the printed ones.
    QString text;
    for (const NarrativeSection &s : Narrative::generate(doc))
        text += s.paragraphs.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("313.94")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("313.93")));
    QVERIFY(!text.contains(QStringLiteral("313.9349")));

    // Charts: every bar and slice a printed value (a whole 0.01 万元 within 0.01 of exact).
    int amounts = 0;
    for (int n = 1; n <= ChartSeries::figureCount; ++n) {
        const ChartSeries c = ChartSeries::figure(doc, n);
        QList<Money> values;
        for (const ChartSeries::BarSet &set : c.sets)
            values += set.values;
        for (const ChartSeries::Slice &slice : c.slices)
            values.append(slice.value);
        values.append(c.denominator);
        for (const Money &m : std::as_const(values)) {
            QVERIFY2(m.isBlank() || m.fen() % unit == 0, qPrintable(QStringLiteral("图%1: %2").arg(n).arg(m.fen())));
            amounts += !m.isBlank() && m.fen() != 0;
        }
    }
    QVERIFY(amounts > 0);

    // Forms: 基本支出总额 and 项目支出总额 restate 03表 合计 (all funds, the scope the edition's
    // rules give them) and print as it prints; the budget is no table figure and stays as
    // typed; a figure that differs from the table stays too.
    EvaluationForm overall = EvaluationForms::newForm(doc, EvaluationForm::Kind::Overall);
    overall.name = QStringLiteral("测试单位");
    overall.basicTotal = doc.value(key("03!total@2"));
    overall.projectTotal = doc.value(key("03!total@3"));
    overall.budget = wan("400.1234");
    overall.executed = wan("363.9312"); // not 01表 58行
    const EvaluationForm shown = EvaluationForms::asPrinted(doc, overall);
    QCOMPARE(shown.basicTotal, doc.printed().printedValue(key("03!total@2")));
    QCOMPARE(shown.projectTotal, doc.printed().printedValue(key("03!total@3")));
    QCOMPARE(EvaluationForms::printedAmount(shown.basicTotal), QStringLiteral("250.53")); // 250.5325 exact
    QCOMPARE(EvaluationForms::printedAmount(shown.projectTotal), QStringLiteral("113.41")); // 113.4064 exact
    QCOMPARE(shown.budget, overall.budget);
    QCOMPARE(shown.executed, overall.executed);
    QCOMPARE(EvaluationForms::asPrinted(doc, overall).basicTotal.fen() % unit, 0);
    // A project form has no field that restates a table figure.
    EvaluationForm project = EvaluationForms::newForm(doc, EvaluationForm::Kind::Project);
    project.name = QStringLiteral("项目");
    project.basicTotal = overall.basicTotal;
    QCOMPARE(EvaluationForms::asPrinted(doc, project).basicTotal, overall.basicTotal);

    // The HTML report: tables, text and forms as printed.
    doc.setEvaluations({overall}, QStringLiteral("forms"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QVERIFY2(HtmlExporter::exportHtml(doc, path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.contains(QStringLiteral("313.94")));
    QVERIFY(!html.contains(QStringLiteral("313.93")));
    QVERIFY(html.contains(QStringLiteral("250.53")));
    QVERIFY(!html.contains(QStringLiteral("250.5325")));
    QVERIFY(html.contains(QStringLiteral("363.9312"))); // typed, no table figure
}

QTEST_MAIN(TestPrintedValues)
#include "tst_printedvalues.moc"
