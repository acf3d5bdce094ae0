// MinCostFlow, the printed values' own min-cost flow solver: on seeded random networks its
// optimum costs what GLPK's simplex finds for the same linear program (a network's LP has an
// integral optimum), it says infeasible exactly when GLPK does, its flow keeps every bound and
// every node's balance; a flow repaired after changing arcs equals a fresh solve of the changed
// network (the tie-break makes the optimum unique); the same network gives the same flow.
#include "printedvaluesflow.h"

#include <QTest>

#include <glpk.h>

#include <memory>
#include <random>

using namespace Juesuan;

namespace {

struct Arc {
    int from, to;
    qint64 low, high;
    MinCostFlow::Cost cost;
};

struct Net {
    int nodes = 0;
    std::vector<qint64> supply;
    std::vector<Arc> arcs;
};

// A random network. With `feasible` the supplies come from a random flow within the bounds,
// so a solution exists; otherwise they are random and usually admit none.
Net randomNet(std::mt19937_64 &rng, bool feasible, bool minor)
{
    const auto uniform = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    Net n;
    n.nodes = int(uniform(2, 30));
    n.supply.assign(size_t(n.nodes), 0);
    const int arcs = int(uniform(1, 90));
    for (int a = 0; a < arcs; ++a) {
        Arc arc;
        arc.from = int(uniform(0, n.nodes - 1));
        arc.to = int(uniform(0, n.nodes - 1)); // loops and parallel arcs included
        arc.low = uniform(-5, 5);
        arc.high = arc.low + uniform(0, 6);
        arc.cost = {uniform(-9, 9), minor ? uniform(1, qint64(1) << 40) : 0};
        n.arcs.push_back(arc);
        if (feasible) {
            const qint64 x = uniform(arc.low, arc.high);
            n.supply[size_t(arc.from)] += x;
            n.supply[size_t(arc.to)] -= x;
        }
    }
    if (!feasible) {
        qint64 total = 0;
        for (int v = 0; v + 1 < n.nodes; ++v) {
            n.supply[size_t(v)] = uniform(-8, 8);
            total += n.supply[size_t(v)];
        }
        n.supply[size_t(n.nodes - 1)] = -total;
    }
    return n;
}

std::unique_ptr<MinCostFlow> build(const Net &n)
{
    auto f = std::make_unique<MinCostFlow>();
    for (int v = 0; v < n.nodes; ++v)
        f->addNode();
    for (const Arc &a : n.arcs)
        f->addArc(a.from, a.to);
    for (int v = 0; v < n.nodes; ++v)
        f->setSupply(v, n.supply[size_t(v)]);
    for (size_t a = 0; a < n.arcs.size(); ++a)
        f->setArc(int(a), n.arcs[a].low, n.arcs[a].high, n.arcs[a].cost);
    return f;
}

// GLPK's simplex on the same LP: minimise Σ major·x, out − in = supply, bounds. Returns false
// when GLPK finds no feasible point.
bool glpkOptimum(const Net &n, qint64 *objective)
{
    struct Deleter {
        void operator()(glp_prob *p) const { glp_delete_prob(p); }
    };
    std::unique_ptr<glp_prob, Deleter> prob(glp_create_prob());
    glp_prob *lp = prob.get();
    glp_set_obj_dir(lp, GLP_MIN);
    glp_add_rows(lp, n.nodes);
    for (int v = 0; v < n.nodes; ++v)
        glp_set_row_bnds(lp, v + 1, GLP_FX, double(n.supply[size_t(v)]), double(n.supply[size_t(v)]));
    glp_add_cols(lp, int(n.arcs.size()));
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};
    for (size_t a = 0; a < n.arcs.size(); ++a) {
        const Arc &arc = n.arcs[a];
        const int col = int(a) + 1;
        glp_set_col_bnds(lp, col, arc.low == arc.high ? GLP_FX : GLP_DB, double(arc.low), double(arc.high));
        glp_set_obj_coef(lp, col, double(arc.cost.major));
        if (arc.from == arc.to)
            continue; // a loop: out − in = 0
        ia.push_back(arc.from + 1);
        ja.push_back(col);
        ar.push_back(1.0);
        ia.push_back(arc.to + 1);
        ja.push_back(col);
        ar.push_back(-1.0);
    }
    glp_load_matrix(lp, int(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_smcp sm;
    glp_init_smcp(&sm);
    sm.msg_lev = GLP_MSG_OFF;
    sm.presolve = GLP_ON;
    const int ret = glp_simplex(lp, &sm);
    if (ret == GLP_ENOPFS || (ret == 0 && glp_get_status(lp) == GLP_NOFEAS))
        return false;
    if (ret != 0 || glp_get_status(lp) != GLP_OPT)
        qFatal("GLPK failed on a test network (%d)", ret);
    *objective = qRound64(glp_get_obj_val(lp));
    return true;
}

// Every bound and every node's balance, on our flow.
QString violation(const Net &n, const MinCostFlow &f)
{
    std::vector<qint64> balance(size_t(n.nodes), 0);
    for (size_t a = 0; a < n.arcs.size(); ++a) {
        const qint64 x = f.flow(int(a));
        if (x < n.arcs[a].low || x > n.arcs[a].high)
            return QStringLiteral("arc %1: flow %2 outside [%3, %4]").arg(a).arg(x).arg(n.arcs[a].low).arg(n.arcs[a].high);
        balance[size_t(n.arcs[a].from)] += x;
        balance[size_t(n.arcs[a].to)] -= x;
    }
    for (int v = 0; v < n.nodes; ++v)
        if (balance[size_t(v)] != n.supply[size_t(v)])
            return QStringLiteral("node %1: out − in = %2, supply %3").arg(v).arg(balance[size_t(v)]).arg(n.supply[size_t(v)]);
    return QString();
}

std::vector<qint64> flows(const MinCostFlow &f)
{
    std::vector<qint64> out;
    for (int a = 0; a < f.arcCount(); ++a)
        out.push_back(f.flow(a));
    return out;
}

} // namespace

class TestPrintedValuesFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { glp_term_out(GLP_OFF); }
    void sameOptimumAsGlpk();
    void tieBreakKeepsTheOptimum();
    void repairEqualsFreshSolve();
    void sameNetworkSameFlow();
    void disabledNodesAreLeftAlone();
};

void TestPrintedValuesFlow::sameOptimumAsGlpk()
{
    std::mt19937_64 rng(12);
    int optimal = 0, infeasible = 0;
    for (int i = 0; i < 2000; ++i) {
        const Net n = randomNet(rng, i % 5 != 0, false);
        const auto f = build(n);
        qint64 reference = 0;
        const bool glpkFeasible = glpkOptimum(n, &reference);
        const MinCostFlow::Result r = f->solve();
        QVERIFY2((r == MinCostFlow::Result::Optimal) == glpkFeasible, qPrintable(QStringLiteral("network %1").arg(i)));
        if (!glpkFeasible) {
            QVERIFY(!f->stuckNodes().empty());
            ++infeasible;
            continue;
        }
        QCOMPARE(violation(n, *f), QString());
        QVERIFY2(f->totalCost().major == reference,
                 qPrintable(QStringLiteral("network %1: cost %2, GLPK %3").arg(i).arg(f->totalCost().major).arg(reference)));
        ++optimal;
    }
    // Both kinds occur, or the test proves little.
    QVERIFY(optimal > 1000);
    QVERIFY(infeasible > 100);
}

// Tie-break weights choose among optimal flows; they never buy a worse one.
void TestPrintedValuesFlow::tieBreakKeepsTheOptimum()
{
    std::mt19937_64 rng(34);
    for (int i = 0; i < 1000; ++i) {
        const Net n = randomNet(rng, true, true);
        const auto f = build(n);
        qint64 reference = 0;
        QVERIFY(glpkOptimum(n, &reference));
        QCOMPARE(f->solve(), MinCostFlow::Result::Optimal);
        QCOMPARE(violation(n, *f), QString());
        QCOMPARE(f->totalCost().major, reference);
    }
}

// What an edit does to the printed values' network: a few arcs change bounds and cost, the
// flow is repaired from where it was. With tie-break weights the optimum is unique, so the
// repaired flow is the one a fresh solve of the changed network finds.
void TestPrintedValuesFlow::repairEqualsFreshSolve()
{
    std::mt19937_64 rng(56);
    const auto uniform = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    int repaired = 0;
    for (int i = 0; i < 1000; ++i) {
        Net n = randomNet(rng, true, true);
        const auto f = build(n);
        QCOMPARE(f->solve(), MinCostFlow::Result::Optimal);
        for (int round = 0; round < 3; ++round) {
            // Move a few arcs' bounds around their current flow (the network stays feasible)
            // and change their costs.
            const int changes = int(uniform(1, 3));
            const std::vector<qint64> before = flows(*f); // still a solution of the changed network
            for (int c = 0; c < changes; ++c) {
                const int a = int(uniform(0, qint64(n.arcs.size()) - 1));
                Arc &arc = n.arcs[size_t(a)];
                const qint64 x = before[size_t(a)];
                arc.low = x - uniform(0, 2);
                arc.high = x + uniform(0, 2);
                arc.cost = {uniform(-9, 9), uniform(1, qint64(1) << 40)};
                f->setArc(a, arc.low, arc.high, arc.cost);
            }
            QCOMPARE(f->solve(), MinCostFlow::Result::Optimal);
            QCOMPARE(violation(n, *f), QString());
            const auto fresh = build(n);
            QCOMPARE(fresh->solve(), MinCostFlow::Result::Optimal);
            QVERIFY2(flows(*f) == flows(*fresh), qPrintable(QStringLiteral("network %1, round %2").arg(i).arg(round)));
            QVERIFY(f->totalCost() == fresh->totalCost());
            ++repaired;
        }
    }
    QCOMPARE(repaired, 3000);
}

void TestPrintedValuesFlow::sameNetworkSameFlow()
{
    std::mt19937_64 rng(78);
    for (int i = 0; i < 300; ++i) {
        const Net n = randomNet(rng, true, false); // ties left open: the order decides, the same way
        const auto a = build(n), b = build(n);
        QCOMPARE(a->solve(), MinCostFlow::Result::Optimal);
        QCOMPARE(b->solve(), MinCostFlow::Result::Optimal);
        QVERIFY(flows(*a) == flows(*b));
    }
}

// Two separate circulations; the second's nodes are disabled after its arcs make it
// unbalanced: the first is still solved, the second is left as it is and not reported stuck.
void TestPrintedValuesFlow::disabledNodesAreLeftAlone()
{
    MinCostFlow f;
    for (int v = 0; v < 4; ++v)
        f.addNode();
    const int a01 = f.addArc(0, 1), a10 = f.addArc(1, 0), a23 = f.addArc(2, 3);
    f.setArc(a01, 0, 3, {-1, 0}); // wants 3, pulls 1 → 0 back along a10
    f.setArc(a10, 1, 2, {0, 0});
    f.setArc(a23, 1, 1, {0, 0}); // 2 → 3 fixed at 1 with nothing back: no balance possible
    QCOMPARE(f.solve(), MinCostFlow::Result::Infeasible);
    f.disableNode(2);
    f.disableNode(3);
    QCOMPARE(f.solve(), MinCostFlow::Result::Optimal);
    QCOMPARE(f.flow(a01), f.flow(a10));
    QCOMPARE(f.flow(a01), qint64(2));
    QVERIFY(f.stuckNodes().empty());
}

QTEST_GUILESS_MAIN(TestPrintedValuesFlow)
#include "tst_printedvaluesflow.moc"
