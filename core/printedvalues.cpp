#include "printedvalues.h"

#include "auditengine.h"
#include "cellwording.h"
#include "document.h"
#include "printedvaluesflow.h"
#include "reporttemplate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QMutex>

#include <unordered_set>

#include <glpk.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <functional>
#include <memory>
#include <set>
#include <map>

namespace Juesuan {

namespace {

constexpr qint64 unit = PrintedValues::unitFen;

qint64 floorUnits(qint64 fen)
{
    qint64 q = fen / unit;
    if (fen % unit != 0 && fen < 0)
        --q;
    return q;
}

// Half up, away from zero: what Money::toWanyuan prints, in units of 0.01 万元.
qint64 conventionalUnits(qint64 fen)
{
    const qint64 a = fen < 0 ? -fen : fen;
    const qint64 r = (a + unit / 2) / unit;
    return fen < 0 ? -r : r;
}

constexpr quint64 fnvBasis = 14695981039346656037ull, fnvPrime = 1099511628211ull; // FNV-1a, 64 bits

quint64 fnvMix(quint64 h, const QString &s)
{
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= fnvPrime;
    }
    h ^= 0x1f;
    return h * fnvPrime;
}

qint64 fnvFinish(quint64 h)
{
    h ^= h >> 29; // the low bits of FNV mix poorly
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return qint64(h >> 24) | 1;
}

// The same string: the engine's keys share their table and row strings, so the data pointer
// settles most comparisons.
bool same(const QString &a, const QString &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

// A cell's tie-break weight: among roundings with equally few cells away from half-up, the
// one with the least total weight of cells moved is printed. Weights from a hash of the cell's
// place (FNV-1a of table, row and column; not of its position in memory or the order of edits)
// in [1, 2^40): by the isolation lemma the best rounding is then unique but with probability
// below n / 2^40, so the network repaired after an edit prints what a fresh solve prints.
// Asked for every cell in the engine's order, the table and row are mixed once per row.
class TieWeights
{
public:
    qint64 operator()(const CellKey &key)
    {
        if (!m_table || !same(key.table, *m_table) || !same(key.row, *m_row)) {
            m_table = &key.table;
            m_row = &key.row;
            m_prefix = fnvMix(fnvMix(fnvBasis, key.table), key.row);
        }
        return fnvFinish(fnvMix(m_prefix, key.col));
    }

private:
    const QString *m_table = nullptr, *m_row = nullptr;
    quint64 m_prefix = 0;
};

// Grand totals named by the edition (edition.json "printedAnchors", inherited by editions
// built on it).
QList<CellKey> editionAnchors(const ReportTemplate &rt)
{
    return rt.printedAnchors();
}

// The rows of a min-cost flow network, taken greedily in the order offered: a row over groups
// (one arc each) is taken when every group in it has coefficient ±1 and is in at most one
// taken row so far, and the rows' signs can be chosen so that each group's two rows see it with
// opposite signs (a union-find with parity over the taken rows keeps the signs). Groups that
// `constant` names are constants of the row (they go into its node's supply): not tested, not
// recorded; a row of constants only is not taken. Taken rows are numbered 0, 1, … and become
// the network's first nodes; arcEnds says where a group's arc runs.
class TakenRows
{
public:
    explicit TakenRows(int groups, int rowsHint = 0) : m_first(size_t(groups), {-1, 0}), m_second(size_t(groups), {-1, 0})
    {
        m_up.reserve(size_t(rowsHint));
        m_parity.reserve(size_t(rowsHint));
    }
    template<typename Row, typename Constant>
    bool take(const Row &row, Constant constant)
    {
        bool hasArc = false;
        m_needs.clear();
        for (const auto &t : row) {
            if (constant(t.first))
                continue;
            hasArc = true;
            if (t.second != 1 && t.second != -1)
                return false;
            const auto &o1 = m_first[size_t(t.first)];
            if (o1[0] < 0)
                continue;
            if (m_second[size_t(t.first)][0] >= 0)
                return false; // already an arc between two rows
            // s_new · coefficient = −s_old · o1's  →  parity(new) = parity(old) ^ (same coefficient)
            const auto root = find(o1[0]);
            const int want = root.second ^ (t.second == o1[1] ? 1 : 0);
            bool known = false;
            for (const auto &nd : m_needs)
                if (nd.first == root.first) {
                    if (nd.second != want)
                        return false;
                    known = true;
                }
            if (!known)
                m_needs.push_back({root.first, want});
        }
        if (!hasArc)
            return false;
        const int id = count();
        m_up.push_back(id);
        m_parity.push_back(0);
        for (const auto &nd : m_needs) {
            m_up[size_t(nd.first)] = id;
            m_parity[size_t(nd.first)] = nd.second; // the old root's parity relative to the new row
        }
        for (const auto &t : row)
            if (!constant(t.first))
                (m_first[size_t(t.first)][0] < 0 ? m_first : m_second)[size_t(t.first)] = {id, t.second};
        return true;
    }
    int count() const { return int(m_up.size()); }
    // The sign a taken row is scaled by in the network.
    int sign(int row) { return find(row).second ? -1 : 1; }
    // A group's arc: a coefficient +1 (after its row's sign) enters that row's node; a group in
    // one taken row runs to `ground`, in none it is a loop at `ground`.
    std::pair<int, int> arcEnds(int group, int ground)
    {
        const auto &o1 = m_first[size_t(group)], &o2 = m_second[size_t(group)];
        if (o1[0] < 0)
            return {ground, ground};
        const int other = o2[0] >= 0 ? o2[0] : ground;
        return o1[1] * sign(o1[0]) > 0 ? std::make_pair(other, o1[0]) : std::make_pair(o1[0], other);
    }

private:
    std::pair<int, int> find(int x)
    {
        int r = x, parity = 0;
        while (m_up[size_t(r)] != r) {
            parity ^= m_parity[size_t(r)];
            r = m_up[size_t(r)];
        }
        int cur = x, curParity = parity;
        while (m_up[size_t(cur)] != cur) { // path compression, parities kept relative to the root
            const int next = m_up[size_t(cur)], p = m_parity[size_t(cur)];
            m_up[size_t(cur)] = r;
            m_parity[size_t(cur)] = curParity;
            curParity ^= p;
            cur = next;
        }
        return {r, parity};
    }
    std::vector<int> m_up, m_parity;                  // taken row → parent, parity to it
    std::vector<std::array<int, 2>> m_first, m_second; // group → (taken row, coefficient)
    std::vector<std::pair<int, int>> m_needs;
};

// One GLPK problem: z ∈ {0,1} per free cell (printed = floor + z), Σ sign × z = rhs per
// constraint, minimise the cells whose z differs from half-up rounding.
struct Problem {
    std::vector<int> convZ;              // per variable
    std::vector<qint64> tie;             // per variable: tie-break weight (tieWeight)
    std::vector<char> fixed;             // per variable: z held at convZ
    std::vector<std::vector<std::pair<int, int>>> rows; // (variable, sign)
    std::vector<qint64> rhs;
};

enum class Outcome { Solved, Infeasible, Failed };

Outcome solve(const Problem &p, std::vector<int> *z)
{
    struct Deleter {
        void operator()(glp_prob *prob) const { glp_delete_prob(prob); }
    };
    std::unique_ptr<glp_prob, Deleter> prob(glp_create_prob());
    glp_prob *lp = prob.get();
    glp_set_obj_dir(lp, GLP_MIN);
    const int n = int(p.convZ.size());
    const int m = int(p.rows.size());
    glp_add_cols(lp, n);
    for (int j = 0; j < n; ++j) {
        glp_set_col_kind(lp, j + 1, GLP_BV);
        if (p.fixed[size_t(j)])
            glp_set_col_bnds(lp, j + 1, GLP_FX, p.convZ[size_t(j)], p.convZ[size_t(j)]);
        // cost 1 for each cell away from half-up: z when half-up rounds down, 1 − z when up
        glp_set_obj_coef(lp, j + 1, p.convZ[size_t(j)] ? -1.0 : 1.0);
    }
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};
    if (m > 0) {
        glp_add_rows(lp, m);
        for (int i = 0; i < m; ++i) {
            glp_set_row_bnds(lp, i + 1, GLP_FX, double(p.rhs[size_t(i)]), double(p.rhs[size_t(i)]));
            for (const auto &t : p.rows[size_t(i)]) {
                ia.push_back(i + 1);
                ja.push_back(t.first + 1);
                ar.push_back(double(t.second));
            }
        }
        glp_load_matrix(lp, int(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    }
    // The LP relaxation first: within a table the constraints are totally unimodular, so its
    // optimal vertex is integral and the branch and bound has nothing left to do.
    glp_smcp sm;
    glp_init_smcp(&sm);
    sm.msg_lev = GLP_MSG_OFF;
    sm.presolve = GLP_ON;
    sm.meth = GLP_DUALP; // measured 2–3 times faster than primal on these problems
    const int lpRet = glp_simplex(lp, &sm);
    if (lpRet == 0 && glp_get_status(lp) == GLP_OPT) {
        bool integral = true;
        for (int j = 1; j <= n && integral; ++j) {
            const double v = glp_get_col_prim(lp, j);
            integral = v < 1e-9 || v > 1 - 1e-9;
        }
        if (integral) {
            z->assign(size_t(n), 0);
            for (int j = 0; j < n; ++j)
                (*z)[size_t(j)] = glp_get_col_prim(lp, j + 1) > 0.5 ? 1 : 0;
            return Outcome::Solved;
        }
    } else if (lpRet == 0 && (glp_get_status(lp) == GLP_NOFEAS || glp_get_status(lp) == GLP_INFEAS)) {
        return Outcome::Infeasible;
    }
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    parm.msg_lev = GLP_MSG_OFF;
    const int ret = glp_intopt(lp, &parm);
    if (ret == GLP_ENOPFS || ret == GLP_ENODFS)
        return Outcome::Infeasible;
    if (ret != 0)
        return Outcome::Failed;
    const int status = glp_mip_status(lp);
    if (status == GLP_NOFEAS)
        return Outcome::Infeasible;
    if (status != GLP_OPT && status != GLP_FEAS)
        return Outcome::Failed;
    z->assign(size_t(n), 0);
    for (int j = 0; j < n; ++j)
        (*z)[size_t(j)] = glp_mip_col_val(lp, j + 1) > 0.5 ? 1 : 0;
    return Outcome::Solved;
}

bool satisfies(const Problem &p, const std::vector<int> &z)
{
    for (size_t i = 0; i < p.rows.size(); ++i) {
        qint64 s = 0;
        for (const auto &t : p.rows[i])
            s += t.second * z[size_t(t.first)];
        if (s != p.rhs[i])
            return false;
    }
    return true;
}


// What the min-cost flow makes of a component.
enum class FlowOutcome {
    Solved,     // optimal for every row of the problem
    Infeasible, // the network rows alone have no solution, so the whole problem has none
    NotNetwork  // the rows do not take network form, or its optimum breaks a row left out
};

// Solves `p` as a min-cost flow. Rows that are copies (z_a = z_b) merge their variables;
// the others are taken in `order` as nodes of a network as long as each variable stays in at
// most two of them with opposite signs (after scaling a row by ±1): the variable is then an
// arc between its two rows, or between its row and a ground node. Rows that do not fit are
// left out. The network is a relaxation of `p` (fewer rows), and its optimum is integral
// (a network matrix is totally unimodular): when that optimum satisfies every row left out
// too, it is optimal for `p` itself. Otherwise NotNetwork, and GLPK takes the problem.
FlowOutcome solveAsFlow(const Problem &p, const std::vector<int> &order, std::vector<int> *z)
{
    const int n = int(p.convZ.size());
    // Copies: union-find over the variables.
    std::vector<int> up(static_cast<size_t>(n));
    for (int j = 0; j < n; ++j)
        up[size_t(j)] = j;
    const std::function<int(int)> find = [&](int x) {
        while (up[size_t(x)] != x)
            x = up[size_t(x)] = up[size_t(up[size_t(x)])];
        return x;
    };
    std::vector<char> copyRow(p.rows.size(), 0);
    for (size_t i = 0; i < p.rows.size(); ++i) {
        const auto &r = p.rows[i];
        if (r.size() == 2 && p.rhs[i] == 0 && r[0].second == -r[1].second) {
            copyRow[i] = 1;
            const int a = find(r[0].first), b = find(r[1].first);
            if (a != b)
                up[size_t(std::max(a, b))] = std::min(a, b);
        }
    }
    // Groups: cost per unit of flow (each member away from half-up counts), bounds.
    std::vector<int> group(size_t(n), -1), rep;
    for (int j = 0; j < n; ++j) {
        const int r = find(j);
        if (group[size_t(r)] < 0) {
            group[size_t(r)] = int(rep.size());
            rep.push_back(r);
        }
        group[size_t(j)] = group[size_t(r)];
    }
    const int g = int(rep.size());
    std::vector<qint64> cost(size_t(g), 0), minor(size_t(g), 0), lo(size_t(g), 0), hi(size_t(g), 1);
    for (int j = 0; j < n; ++j) {
        const int k = group[size_t(j)];
        cost[size_t(k)] += p.convZ[size_t(j)] ? -1 : 1;
        minor[size_t(k)] += p.convZ[size_t(j)] ? -p.tie[size_t(j)] : p.tie[size_t(j)];
        if (p.fixed[size_t(j)]) {
            const qint64 v = p.convZ[size_t(j)];
            if ((lo[size_t(k)] == hi[size_t(k)] && lo[size_t(k)] != v) || v < lo[size_t(k)] || v > hi[size_t(k)])
                return FlowOutcome::Infeasible; // two copies held at different values
            lo[size_t(k)] = hi[size_t(k)] = v;
        }
    }
    // Rows over the groups, taken greedily (TakenRows).
    TakenRows taken(g);
    const auto noConstants = [](int) { return false; };
    std::vector<std::vector<std::pair<int, int>>> accepted;
    std::vector<qint64> acceptedRhs;
    std::set<std::pair<std::vector<std::pair<int, int>>, qint64>> seenRows;
    std::vector<std::pair<int, int>> row;
    std::vector<int> seenAt(size_t(g), -1);
    for (int i : order) {
        if (copyRow[size_t(i)])
            continue;
        row.clear();
        for (const auto &t : p.rows[size_t(i)]) {
            const int k = group[size_t(t.first)];
            if (seenAt[size_t(k)] == i) {
                for (auto &e : row)
                    if (e.first == k)
                        e.second += t.second;
            } else {
                seenAt[size_t(k)] = i;
                row.push_back({k, t.second});
            }
        }
        row.erase(std::remove_if(row.begin(), row.end(), [](const auto &e) { return e.second == 0; }), row.end());
        if (row.empty()) {
            if (p.rhs[size_t(i)] != 0)
                return FlowOutcome::Infeasible;
            continue;
        }
        // A row that merged copies make the same as one taken before (a 款 with one 项: its
        // column formula and the 项's) adds nothing.
        std::sort(row.begin(), row.end());
        qint64 rhs = p.rhs[size_t(i)];
        if (row.front().second < 0) {
            for (auto &e : row)
                e.second = -e.second;
            rhs = -rhs;
        }
        if (!seenRows.insert({row, rhs}).second)
            continue;
        if (!taken.take(row, noConstants))
            continue; // left out: checked on the solution below
        accepted.push_back(row);
        acceptedRhs.push_back(rhs);
    }
    // The network: a node per accepted row (scaled by its sign), a ground node, an arc per group.
    const int m = int(accepted.size());
    std::vector<int> sign(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i)
        sign[size_t(i)] = taken.sign(i);
    MinCostFlow flow;
    for (int i = 0; i <= m; ++i)
        flow.addNode();
    const int ground = m;
    qint64 groundSupply = 0;
    for (int i = 0; i < m; ++i) {
        // Σ c·z = s·b with c = +1 on arcs into the node: supply (out − in) = −s·b.
        const qint64 supply = -qint64(sign[size_t(i)]) * acceptedRhs[size_t(i)];
        flow.setSupply(i, supply);
        groundSupply -= supply;
    }
    flow.setSupply(ground, groundSupply);
    std::vector<int> arcOf(size_t(g), -1);
    for (int k = 0; k < g; ++k) {
        const auto ends = taken.arcEnds(k, ground); // in no accepted row: a loop, at the bound its cost prefers
        arcOf[size_t(k)] = flow.addArc(ends.first, ends.second);
        flow.setArc(arcOf[size_t(k)], lo[size_t(k)], hi[size_t(k)], {cost[size_t(k)], minor[size_t(k)]});
    }
    if (flow.solve() != MinCostFlow::Result::Optimal)
        return FlowOutcome::Infeasible;
    z->assign(size_t(n), 0);
    for (int j = 0; j < n; ++j)
        (*z)[size_t(j)] = int(flow.flow(arcOf[size_t(group[size_t(j)])]));
    return satisfies(p, *z) ? FlowOutcome::Solved : FlowOutcome::NotNetwork;
}

} // namespace

PrintedValues::PrintedValues(const Document &document) : m_document(document)
{
    glp_term_out(GLP_OFF);
}

PrintedValues::~PrintedValues() = default;

void PrintedValues::setMethod(Method method)
{
    if (method == m_method)
        return;
    m_method = method;
    invalidate();
}

void PrintedValues::invalidate()
{
    m_structureValid = false;
    m_dirty = true;
    m_pending.clear();
}

void PrintedValues::cellsChanged(const QList<int> &ids)
{
    if (ids.isEmpty())
        return;
    m_dirty = true;
    if (m_structureValid)
        m_pending.insert(m_pending.end(), ids.cbegin(), ids.cend());
}

Money PrintedValues::printedValue(const CellKey &key) const
{
    update();
    const RecalcEngine &e = m_document.engine();
    const int id = e.idOf(key);
    if (id < 0 || e.value(id).isBlank())
        return Money();
    return Money::fromFen(m_printed[size_t(id)]);
}

QString PrintedValues::printedWanyuan(const CellKey &key, bool groupThousands) const
{
    return printedValue(key).toWanyuan(groupThousands, 2);
}

bool PrintedValues::isNudged(const CellKey &key) const
{
    update();
    const int id = m_document.engine().idOf(key);
    return id >= 0 && m_nudged[size_t(id)];
}

QString PrintedValues::nudgeReason(const CellKey &key) const
{
    update();
    const int id = m_document.engine().idOf(key);
    if (id < 0 || !m_nudged[size_t(id)])
        return QString();
    const QString relation = m_reason[size_t(id)] >= 0 ? relationText(m_reason[size_t(id)]) : QString();
    return tr("exact %1 万元; printed %2 to keep %3")
            .arg(m_document.value(key).toExactWanyuan(), Money::fromFen(m_printed[size_t(id)]).toWanyuan(false, 2),
                 relation);
}

QList<CellKey> PrintedValues::nudgedCells() const
{
    update();
    QList<CellKey> out;
    for (size_t id = 0; id < m_nudged.size(); ++id)
        if (m_nudged[id])
            out.append(m_document.engine().keyOf(int(id)));
    return out;
}

const QList<PrintedValues::Unkept> &PrintedValues::unkept() const
{
    update();
    return m_unkept;
}

bool PrintedValues::balanced() const
{
    // A grand total off half-up rounding still adds up: only a relation given up counts.
    const QList<Unkept> &u = unkept();
    return std::all_of(u.cbegin(), u.cend(), [](const Unkept &x) { return x.grandTotal; });
}

const PrintedValues::Stats &PrintedValues::stats() const
{
    update();
    return m_stats;
}

bool PrintedValues::isRoundingNote(const QString &note)
{
    return note.contains(QStringLiteral("尾数误差"));
}

QStringList PrintedValues::notes(const TableTemplate &table) const
{
    QStringList out = table.notes();
    if (m_document.metadata().keepRoundingNote || !balanced())
        return out;
    const qsizetype removed = out.removeIf([](const QString &n) { return isRoundingNote(n); });
    // "注：1. …" with its "2." gone and nothing numbered after it reads better unnumbered.
    if (removed > 0 && !out.isEmpty() && out.first().startsWith(QStringLiteral("注：1. "))) {
        bool numbered = false;
        for (qsizetype i = 1; i < out.size(); ++i)
            numbered = numbered || (out.at(i).size() > 1 && out.at(i).at(0).isDigit() && out.at(i).at(1) == QLatin1Char('.'));
        if (!numbered)
            out.first().replace(0, 5, QStringLiteral("注："));
    }
    return out;
}

PrintedValues::Constraint PrintedValues::constraint(int index) const
{
    const int nf = int(m_formulaHead.size());
    if (index < nf)
        return {{m_formulaTerms.data() + m_formulaStart[size_t(index)], m_formulaTerms.data() + m_formulaStart[size_t(index) + 1]},
                -1,
                m_formulaHead[size_t(index)]};
    const Candidate &r = m_candidates[size_t(index - nf)];
    return {{r.terms.data(), r.terms.data() + r.terms.size()}, index - nf, -1};
}

// Formulas first, then every rule binding over cells (by its place in m_candidates, so a
// constraint keeps its number while rules start and stop holding).
int PrintedValues::constraintCount() const
{
    return int(m_formulaHead.size() + m_candidates.size());
}

bool PrintedValues::constraintHolds(int index) const
{
    const int nf = int(m_formulaHead.size());
    return index < nf || m_candidates[size_t(index - nf)].holds;
}

// The formulas a cell is in: its own, then those of the cells that read it (the engine's
// dependents), which is every formula it is an operand of.
template<typename F>
void PrintedValues::forEachFormulaOf(int id, F &&visit) const
{
    if (m_formulaOf[size_t(id)] >= 0)
        visit(m_formulaOf[size_t(id)]);
    for (const RecalcEngine::Edge &d : m_document.engine().signedDependentsOf(id))
        visit(m_formulaOf[size_t(d.node)]);
}

PrintedValues::Terms PrintedValues::treeRow(int head) const
{
    const int f = m_formulaOf[size_t(head)];
    if (f < 0)
        return {};
    return {m_treeTerms.data() + m_treeStart[size_t(f)], m_treeTerms.data() + m_treeStart[size_t(f) + 1]};
}

int PrintedValues::depthOf(int head) const
{
    const int f = m_formulaOf[size_t(head)];
    return f < 0 ? 0 : m_formulaDepth[size_t(f)];
}

QString PrintedValues::relationText(int index) const
{
    const RecalcEngine &e = m_document.engine();
    if (index < 0 || index >= constraintCount())
        return QString();
    const Constraint c = constraint(index);
    if (c.rule >= 0) {
        const Candidate &r = m_candidates[size_t(c.rule)];
        return r.binding.isEmpty() ? tr("rule %1").arg(r.ruleId) : tr("rule %1 (%2)").arg(r.ruleId, r.binding);
    }
    const CellKey head = e.keyOf(c.head);
    QList<CellKey> ops;
    QList<int> signs;
    for (const auto &t : c.terms)
        if (t.first != c.head) {
            ops.append(e.keyOf(t.first));
            signs.append(-t.second);
        }
    const TableTemplate *t = m_document.reportTemplate().table(head.table);
    const auto rowLabel = [&](const QString &row) {
        return row == TableTemplate::totalRow() && t ? t->totalLabel().simplified().remove(QLatin1Char(' ')) : row;
    };
    const bool sameTable = std::all_of(ops.cbegin(), ops.cend(), [&](const CellKey &k) { return k.table == head.table; });
    if (sameTable && t && t->isCodeList() && !ops.isEmpty()) {
        const bool rowSum = std::all_of(ops.cbegin(), ops.cend(), [&](const CellKey &k) { return k.col == head.col; });
        if (rowSum) {
            const int len = int(ops.first().row.size());
            const QString level = len == 3 ? tr("类") : len == 5 ? tr("款") : tr("项");
            return tr("%1表 %2 = Σ%3 (栏%4)").arg(head.table, rowLabel(head.row), level, head.col);
        }
        QString s = tr("%1表 %2: 栏%3 =").arg(head.table, rowLabel(head.row), head.col);
        for (int i = 0; i < ops.size(); ++i)
            s += (i == 0 ? (signs.at(i) < 0 ? QStringLiteral(" −") : QStringLiteral(" "))
                         : (signs.at(i) < 0 ? QStringLiteral(" − ") : QStringLiteral(" + ")))
                    + tr("栏%1").arg(ops.at(i).col);
        return s;
    }
    if (ops.size() > 4)
        return tr("%1 = Σ %2 cells").arg(head.toString()).arg(ops.size());
    QString s = head.toString() + QStringLiteral(" =");
    for (int i = 0; i < ops.size(); ++i)
        s += (i == 0 ? (signs.at(i) < 0 ? QStringLiteral(" −") : QStringLiteral(" "))
                     : (signs.at(i) < 0 ? QStringLiteral(" − ") : QStringLiteral(" + ")))
                + ops.at(i).toString();
    return s;
}

void PrintedValues::buildStructure() const
{
    m_network.reset(); // its rows were the old structure's
    const RecalcEngine &e = m_document.engine();
    const ReportTemplate &rt = m_document.reportTemplate();
    const int n = e.cellCount();
    m_formulaOf.assign(size_t(n), -1);
    m_formulaHead.clear();
    m_formulaDepth.clear();
    m_formulaStart.assign(1, 0);
    m_formulaTerms.clear();
    m_formulaTerms.reserve(size_t(n) * 2);
    m_tie.resize(size_t(n));
    TieWeights tie;
    const QString *table = nullptr;
    bool codeList = false;
    for (int id = 0; id < n; ++id) {
        const CellKey &k = e.keyOf(id);
        m_tie[size_t(id)] = tie(k);
        if (!e.isComputed(id))
            continue;
        if (!table || !same(k.table, *table)) { // cells come table by table
            table = &k.table;
            const TableTemplate *t = rt.table(k.table);
            codeList = t && t->isCodeList();
        }
        m_formulaOf[size_t(id)] = int(m_formulaHead.size());
        m_formulaHead.push_back(id);
        m_formulaTerms.push_back({id, 1});
        for (const RecalcEngine::Edge &op : e.signedOperandsOf(id))
            m_formulaTerms.push_back({op.node, -op.sign});
        m_formulaStart.push_back(int(m_formulaTerms.size()));
        const QString &row = k.row;
        bool digits = !row.isEmpty();
        for (QChar ch : row)
            digits = digits && ch.isDigit();
        m_formulaDepth.push_back(row == TableTemplate::totalRow() ? 0 : codeList && digits ? int(row.size()) : 1);
    }
    m_printed.assign(size_t(n), 0);
    m_nudged.assign(size_t(n), 0);
    m_reason.assign(size_t(n), -1);
    m_component.assign(size_t(n), -1);
    m_components.clear();
    m_unkeptByComponent.clear();
    m_cellRules.clear();
    // Grand totals: each code-list table's 合计 in its total columns (those a column rule
    // sums: the whole 合计 row cannot keep half-up rounding, its parts need not add up so)
    // and the cells the edition names.
    m_isAnchor.assign(size_t(n), 0);
    for (const TableTemplate &t : rt.tables())
        if (t.isCodeList())
            for (const QString &col : t.columnFormulas().keys()) {
                const int id = e.idOf(CellKey{t.id(), TableTemplate::totalRow(), col});
                if (id >= 0)
                    m_isAnchor[size_t(id)] = 1;
            }
    for (const CellKey &k : editionAnchors(rt)) {
        const int id = e.idOf(k);
        if (id >= 0)
            m_isAnchor[size_t(id)] = 1;
    }
    buildTreeRows();
    readCandidates();
    m_structureValid = true;
}

// The tree rows of the total columns (see m_treeStart). A row R of a code-list table whose
// cell in column c is a column formula c = Σ ±j, where each (R, j) sums the same child rows
// K in column j and each child's (K, c) is the same column formula: then (R, c) = Σ (K, c).
void PrintedValues::buildTreeRows() const
{
    const RecalcEngine &e = m_document.engine();
    const int nf = int(m_formulaHead.size());
    m_treeStart.assign(1, 0);
    m_treeTerms.clear();
    // a formula's operands, the head left out
    const auto operandsOf = [&](int id) -> Terms {
        const int f = m_formulaOf[size_t(id)];
        if (f < 0)
            return {};
        return {m_formulaTerms.data() + m_formulaStart[size_t(f)] + 1, m_formulaTerms.data() + m_formulaStart[size_t(f) + 1]};
    };
    std::vector<const QString *> children;
    std::vector<Term> row;
    for (int f = 0; f < nf; ++f) {
        const auto close = [&]() { m_treeStart.push_back(int(m_treeTerms.size())); };
        const int id = m_formulaHead[size_t(f)];
        const Terms terms = operandsOf(id);
        if (terms.size() < 2) {
            close();
            continue;
        }
        const CellKey &h = e.keyOf(id);
        // a column formula: every operand on the same row of the same table
        bool tree = true;
        for (const Term &t : terms) {
            const CellKey &k = e.keyOf(t.first);
            tree = tree && same(k.table, h.table) && same(k.row, h.row) && !same(k.col, h.col);
        }
        // the children: the rows the first operand's formula sums in its column
        const Terms first = tree ? operandsOf(terms[0].first) : Terms{};
        tree = tree && !first.empty();
        children.clear();
        const QString &firstCol = e.keyOf(terms[0].first).col;
        for (size_t i = 0; i < first.size() && tree; ++i) {
            const CellKey &k = e.keyOf(first[i].first);
            tree = first[i].second == -1 && same(k.table, h.table) && same(k.col, firstCol) && !same(k.row, h.row);
            children.push_back(&k.row);
        }
        // every operand column sums the same children
        for (size_t j = 0; j < terms.size() && tree; ++j) {
            const Terms sum = operandsOf(terms[j].first);
            const QString &col = e.keyOf(terms[j].first).col;
            tree = sum.size() == children.size();
            for (size_t i = 0; i < sum.size() && tree; ++i) {
                const CellKey &k = e.keyOf(sum[i].first);
                tree = sum[i].second == -1 && same(k.table, h.table) && same(k.col, col) && same(k.row, *children[i]);
            }
        }
        // each child's cell in column c is the same column formula: found among the
        // dependents of the child's cell in the first operand column
        row.assign(1, {id, 1});
        for (size_t i = 0; i < first.size() && tree; ++i) {
            int c = -1;
            for (const RecalcEngine::Edge &d : e.signedDependentsOf(first[i].first)) {
                const CellKey &k = e.keyOf(d.node);
                if (same(k.row, *children[i]) && same(k.col, h.col) && same(k.table, h.table)) {
                    c = d.node;
                    break;
                }
            }
            const Terms cf = c >= 0 ? operandsOf(c) : Terms{};
            tree = cf.size() == terms.size();
            for (size_t j = 0; j < cf.size() && tree; ++j) {
                const CellKey &k = e.keyOf(cf[j].first);
                const CellKey &want = e.keyOf(terms[j].first);
                tree = cf[j].second == terms[j].second && same(k.table, h.table) && same(k.row, *children[i])
                        && same(k.col, want.col);
            }
            row.push_back({c, -1});
        }
        if (tree)
            m_treeTerms.insert(m_treeTerms.end(), row.cbegin(), row.cend());
        close();
    }
}

// Every binding of the equality rules over cells, with the cells they read, whether or not it
// holds now: the bindings follow the rows (the structure), what holds follows the values.
void PrintedValues::readCandidates() const
{
    const RecalcEngine &e = m_document.engine();
    const AuditEngine audit(m_document);
    m_candidates.clear();
    m_conditional.clear();
    for (const AuditEngine::CellEquality &eq : audit.cellEqualities(AuditEngine::Conditions::Unchecked)) {
        Candidate c{eq.ruleId, eq.binding, {}, eq.rule, eq.conditional, false};
        for (const auto &t : eq.terms) {
            const int id = e.idOf(t.second);
            if (id >= 0) // a cell the document lacks counts as blank
                c.terms.push_back({id, t.first});
        }
        if (c.terms.empty())
            continue;
        if (c.conditional)
            m_conditional.push_back(int(m_candidates.size()));
        m_candidates.push_back(std::move(c));
    }
    const int n = e.cellCount();
    m_candidateStart.assign(size_t(n) + 1, 0);
    for (const Candidate &c : m_candidates)
        for (const Term &t : c.terms)
            ++m_candidateStart[size_t(t.first) + 1];
    for (int id = 0; id < n; ++id)
        m_candidateStart[size_t(id) + 1] += m_candidateStart[size_t(id)];
    m_candidateList.assign(size_t(m_candidateStart.back()), 0);
    std::vector<int> fill(m_candidateStart.begin(), m_candidateStart.end() - 1);
    for (size_t i = 0; i < m_candidates.size(); ++i)
        for (const Term &t : m_candidates[i].terms)
            m_candidateList[size_t(fill[size_t(t.first)]++)] = int(i);
}

// Re-reads which equality rules hold on the exact values: all of them, or those reading a cell
// in m_pending (and the conditional ones). The cells of every rule that appeared or went away
// are returned in *touched, so the network is built again around them.
void PrintedValues::refreshRules(bool all, std::vector<int> *touched) const
{
    const RecalcEngine &e = m_document.engine();
    std::vector<int> check;
    if (all) {
        check.resize(m_candidates.size());
        for (size_t i = 0; i < check.size(); ++i)
            check[i] = int(i);
    } else {
        for (int id : m_pending)
            for (int i = m_candidateStart[size_t(id)]; i < m_candidateStart[size_t(id) + 1]; ++i)
                check.push_back(m_candidateList[size_t(i)]);
        check.insert(check.end(), m_conditional.cbegin(), m_conditional.cend());
        std::sort(check.begin(), check.end());
        check.erase(std::unique(check.begin(), check.end()), check.end());
    }
    std::unique_ptr<AuditEngine> audit;
    bool changed = all;
    for (int i : check) {
        Candidate &c = m_candidates[size_t(i)];
        qint64 sum = 0;
        for (const Term &t : c.terms)
            sum += t.second * e.value(t.first).fen();
        bool holds = sum == 0;
        if (holds && c.conditional) {
            if (!audit)
                audit = std::make_unique<AuditEngine>(m_document);
            holds = audit->conditionsHold(AuditEngine::CellEquality{c.ruleId, c.binding, {}, c.rule, true});
        }
        if (holds == c.holds)
            continue;
        c.holds = holds;
        changed = true;
        m_flipped.push_back(i);
        for (const Term &t : c.terms)
            touched->push_back(t.first);
    }
    if (!changed)
        return;
    m_cellRules.clear();
    const int nf = int(m_formulaHead.size());
    for (size_t i = 0; i < m_candidates.size(); ++i)
        if (m_candidates[i].holds)
            for (const Term &t : m_candidates[i].terms)
                m_cellRules[t.first].append(nf + int(i));
}

void PrintedValues::update() const
{
    if (!m_dirty)
        return;
    QElapsedTimer timer;
    timer.start();
    const bool full = !m_structureValid;
    if (full)
        buildStructure();
    m_stats.structureNs = full ? timer.nsecsElapsed() : 0;
    std::vector<int> seeds;
    m_flipped.clear();
    refreshRules(full, &seeds);
    m_stats.rulesNs = timer.nsecsElapsed() - m_stats.structureNs;
    m_stats.components = 0;
    m_stats.largestComponent = 0;
    m_stats.solverCalls = 0;
    m_stats.flowSolves = 0;
    m_stats.augmentations = 0;
    m_stats.networkNs = 0;
    m_stats.flowNs = 0;
    if (m_method == Method::Auto) {
        // A rule binding that started or stopped holding is followed in place when the network
        // has its row (a slack arc, or a left-out row's check); otherwise (a copy, a rule that
        // did not hold when the network was built) the network is built again.
        const bool inPlace = !full && m_network
                && std::all_of(m_flipped.cbegin(), m_flipped.cend(), [&](int c) { return followsInPlace(c); });
        if (inPlace)
            repair(std::move(m_pending));
        else
            solveAll();
    } else {
        if (full) {
            seeds.resize(size_t(m_document.engine().cellCount()));
            for (size_t i = 0; i < seeds.size(); ++i)
                seeds[i] = int(i);
        } else {
            seeds.insert(seeds.end(), m_pending.cbegin(), m_pending.cend());
        }
        solveFrom(seeds);
        countCells();
    }
    m_pending.clear();
    m_unkept.clear();
    std::vector<int> order;
    for (auto it = m_unkeptByComponent.cbegin(); it != m_unkeptByComponent.cend(); ++it)
        order.push_back(it.key());
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_components[size_t(a)].front() < m_components[size_t(b)].front();
    });
    for (int slot : order)
        m_unkept += m_unkeptByComponent.value(slot);
    m_dirty = false;
}

void PrintedValues::countCells() const
{
    const RecalcEngine &e = m_document.engine();
    m_stats.freeCells = 0;
    m_stats.nudged = 0;
    for (int id = 0; id < e.cellCount(); ++id) {
        const Money v = e.value(id);
        m_stats.freeCells += !v.isBlank() && v.fen() % unit != 0;
        m_stats.nudged += m_nudged[size_t(id)];
    }
}

int PrintedValues::reasonFor(int id) const
{
    // The relation to name: the cell's own formula, else the first one it is part of.
    int reason = m_formulaOf[size_t(id)];
    if (reason < 0)
        forEachFormulaOf(id, [&](int f) { reason = reason < 0 ? f : std::min(reason, f); });
    if (reason < 0) {
        const auto r = m_cellRules.constFind(id);
        if (r != m_cellRules.cend() && !r->isEmpty())
            reason = r->first();
    }
    return reason;
}

// The whole document as one min-cost flow network (docs/rounding.md, "Method"). Every amount
// cell is an arc, whether its exact value is a whole 0.01 万元 (bounds [v, v]) or not
// ([⌊x⌋, ⌈x⌉]), so the network's shape follows the templates and the rules that hold, not the
// values: an edit changes the bounds and costs of a few arcs and the flow is repaired around
// them. Cells that are copies of each other (a formula of one operand, a two-term rule) are one
// arc. The rows — formulas, the tree rows of the total columns, rules — are taken as nodes in
// the order below while every arc stays in at most two of them with opposite signs; the rows
// left out are checked on the answer. A piece is a set of arcs linked by any row; each piece
// has its own ground node, so a piece the network cannot solve is handed to the block-by-block
// path alone.
struct PrintedValues::Network {
    MinCostFlow flow;
    std::vector<int> groupOf;               // engine id → group (copies share one)
    std::vector<int> memberStart, members;  // group → its cells, in id order
    std::vector<int> arcOf;                 // group → arc
    std::vector<int> groupOfArc;            // arc → group
    std::vector<char> anchored;             // group holds a grand total
    std::vector<int> pieceOf;               // group → piece
    std::vector<int> pieceGroupStart, pieceGroups;
    std::vector<int> pieceNodeStart, pieceNodes;
    std::vector<int> pieceOfNode;
    std::vector<int> groundOf;              // piece → its ground node
    std::vector<char> pieceOff;             // handed to the block-by-block path
    std::vector<std::vector<std::pair<int, int>>> leftOut; // rows not in the network: (group, coefficient)
    std::vector<int> leftOutStart, leftOutOf;             // group → left-out rows
    std::vector<char> leftOutOn;            // left-out row → checked (a rule's: while it holds)
    std::vector<int> slackOf;               // rule binding → the slack arc of its node, -1 none
    std::vector<int> leftOutOfRule;         // rule binding → its left-out row, -1 none
    static constexpr qint64 slackRange = qint64(1) << 50;
    const qint64 *tie = nullptr;            // engine id → tie-break weight (m_tie)
    std::vector<char> isFree;               // engine id → counted in Stats::freeCells
    std::vector<char> blank;                // engine id → blank when the network was built
    std::vector<int> nodeSign;              // taken row → its sign in the network
    std::vector<std::pair<int, int>> anchorNodes;                        // (grand-total group, node), sorted
    std::map<int, std::vector<std::pair<int, int>>> anchorRows;          // node → its row, for nodes with grand totals
    std::vector<int> nodeKey;               // node → the row it stands for (rowKey; grounds after)
    std::vector<int> stamp;                 // group → last repair that touched it
    int repairs = 0;

    void setArcFrom(const RecalcEngine &e, int g)
    {
        const int first = members[size_t(memberStart[size_t(g)])];
        const Money v = e.value(first);
        if (v.isBlank() || v.fen() % unit == 0) {
            const qint64 units = v.isBlank() ? 0 : v.fen() / unit;
            flow.setArc(arcOf[size_t(g)], units, units, {});
            return;
        }
        const qint64 low = floorUnits(v.fen());
        const bool up = conventionalUnits(v.fen()) != low;
        MinCostFlow::Cost cost;
        for (int i = memberStart[size_t(g)]; i < memberStart[size_t(g) + 1]; ++i) {
            cost.major += up ? -1 : 1;
            cost.minor += up ? -tie[size_t(members[size_t(i)])] : tie[size_t(members[size_t(i)])];
        }
        // Grand totals keep half-up rounding here; a piece where that is impossible goes to
        // the block-by-block path, which frees them and says so.
        if (anchored[size_t(g)])
            flow.setArc(arcOf[size_t(g)], low + up, low + up, cost);
        else
            flow.setArc(arcOf[size_t(g)], low, low + 1, cost);
    }
    qint64 units(const RecalcEngine &e, int g) const
    {
        return anchored[size_t(g)] ? conventionalUnits(e.value(members[size_t(memberStart[size_t(g)])]).fen())
                                   : flow.flow(arcOf[size_t(g)]);
    }
    bool keeps(const RecalcEngine &e, int row) const
    {
        qint64 sum = 0;
        for (const auto &t : leftOut[size_t(row)])
            sum += t.second * units(e, t.first);
        return sum == 0;
    }
    // Σ c·x + Σ c·a = 0 over arcs x and grand totals a, the node scaled by s, arcs with
    // s·c = +1 entering: supply (out − in) = s·Σ c·a.
    void setSupplyFrom(const RecalcEngine &e, int node)
    {
        qint64 sum = 0;
        for (const auto &t : anchorRows.at(node))
            if (anchored[size_t(t.first)])
                sum += t.second * units(e, t.first);
        // The piece's ground takes the opposite, so the piece's supplies add up to 0.
        const qint64 supply = nodeSign[size_t(node)] * sum;
        const int ground = groundOf[size_t(pieceOfNode[size_t(node)])];
        flow.setSupply(ground, flow.supply(ground) - (supply - flow.supply(node)));
        flow.setSupply(node, supply);
    }
};

void PrintedValues::buildNetwork() const
{
    const RecalcEngine &e = m_document.engine();
    const int n = e.cellCount();
    // The network this one replaces (a rule that stopped or started holding, a cell filled or
    // cleared): its flows and potentials are where the new one starts (see below).
    const std::unique_ptr<Network> previous = std::move(m_network);
    m_network = std::make_unique<Network>();
    Network &net = *m_network;
    net.tie = m_tie.data();

    // Copies: union-find over the cells.
    std::vector<int> up(static_cast<size_t>(n));
    for (int id = 0; id < n; ++id)
        up[size_t(id)] = id;
    const auto find = [&](int x) {
        while (up[size_t(x)] != x)
            x = up[size_t(x)] = up[size_t(up[size_t(x)])];
        return x;
    };
    // A blank cell is no arc: it is 0 in every row (04表's 政府性基金 column of a 类 with no
    // such expenditure turns "小计 = 一般公共预算 + 政府性基金 + 国有资本经营" into a copy).
    // Cells that become blank or stop being blank rebuild the network (repair()).
    net.blank.assign(size_t(n), 0);
    for (int id = 0; id < n; ++id)
        net.blank[size_t(id)] = e.value(id).isBlank();
    std::vector<std::pair<int, int>> live;
    const auto liveTerms = [&](Terms terms) -> const std::vector<std::pair<int, int>> & {
        live.clear();
        for (const auto &t : terms)
            if (!net.blank[size_t(t.first)])
                live.push_back(t);
        return live;
    };
    const auto isCopy = [](const std::vector<std::pair<int, int>> &terms) {
        return terms.size() == 2 && terms[0].second == -terms[1].second;
    };
    const auto join = [&](const std::vector<std::pair<int, int>> &terms) {
        if (!isCopy(terms))
            return;
        const int a = find(terms[0].first), b = find(terms[1].first);
        if (a != b)
            up[size_t(std::max(a, b))] = std::min(a, b);
    };
    for (int ci = 0; ci < constraintCount(); ++ci)
        if (constraintHolds(ci))
            join(liveTerms(constraint(ci).terms));
    for (size_t f = 0; f < m_formulaHead.size(); ++f)
        join(liveTerms(treeRow(m_formulaHead[f])));
    net.groupOf.assign(size_t(n), -1);
    int groups = 0;
    for (int id = 0; id < n; ++id) {
        if (net.blank[size_t(id)])
            continue;
        const int r = find(id);
        if (net.groupOf[size_t(r)] < 0)
            net.groupOf[size_t(r)] = groups++;
        net.groupOf[size_t(id)] = net.groupOf[size_t(r)];
    }
    net.memberStart.assign(size_t(groups) + 1, 0);
    for (int id = 0; id < n; ++id)
        if (net.groupOf[size_t(id)] >= 0)
            ++net.memberStart[size_t(net.groupOf[size_t(id)]) + 1];
    for (int g = 0; g < groups; ++g)
        net.memberStart[size_t(g) + 1] += net.memberStart[size_t(g)];
    net.members.assign(size_t(net.memberStart.back()), 0);
    {
        std::vector<int> fill(net.memberStart.begin(), net.memberStart.end() - 1);
        for (int id = 0; id < n; ++id)
            if (net.groupOf[size_t(id)] >= 0)
                net.members[size_t(fill[size_t(net.groupOf[size_t(id)])]++)] = id;
    }
    net.anchored.assign(size_t(groups), 0);
    for (int id = 0; id < n; ++id)
        if (m_isAnchor[size_t(id)] && net.groupOf[size_t(id)] >= 0)
            net.anchored[size_t(net.groupOf[size_t(id)])] = 1;

    // Candidate rows over the groups, in the order they are offered: the tree rows of the total
    // columns first (款 before 类), then the other formulas deepest first (项 before 款 before
    // 类 before the fixed tables' lines), then the rules (05 基本支出合计 = 06 人员经费 + 公用经费
    // before the 合计 rows take 05's 合计 cells), then the 合计 rows: the column formula before
    // the tree row, so 02 and 03 stay one network when 02 类 = 03 类 links them. Stored flat.
    std::vector<std::pair<int, int>> flat;
    std::vector<int> rowStart{0};
    struct RowView {
        const std::pair<int, int> *first, *last;
        const std::pair<int, int> *begin() const { return first; }
        const std::pair<int, int> *end() const { return last; }
        size_t size() const { return size_t(last - first); }
        const std::pair<int, int> &front() const { return *first; }
        std::vector<std::pair<int, int>> toVector() const { return {first, last}; }
    };
    const auto rowAt = [&](int r) {
        return RowView{flat.data() + rowStart[size_t(r)], flat.data() + rowStart[size_t(r) + 1]};
    };
    // Rows are offered in the order of (phase, −depth, tree row second, row), packed in one
    // integer: phase < 4, depth < 16, rows < 2^32.
    std::vector<quint64> keyed;
    // What each row is, across rebuilds: 2 × formula or 2 × (formulas + rule binding), + 1 for
    // a tree row; a piece's ground after them, by its first cell.
    const int nf = int(m_formulaHead.size());
    const int groundKey = 2 * (nf + int(m_candidates.size()));
    std::vector<int> rowKey;
    int key = 0;
    const auto addRow = [&](Terms allTerms, int phase, int depth, int second) {
        const std::vector<std::pair<int, int>> &terms = liveTerms(allTerms);
        if (isCopy(terms))
            return;
        const size_t begin = flat.size();
        for (const auto &t : terms)
            flat.push_back({net.groupOf[size_t(t.first)], t.second});
        std::sort(flat.begin() + qptrdiff(begin), flat.end());
        size_t w = begin;
        for (size_t i = begin; i < flat.size(); ++i) {
            if (w > begin && flat[w - 1].first == flat[i].first)
                flat[w - 1].second += flat[i].second;
            else
                flat[w++] = flat[i];
        }
        flat.resize(w);
        flat.erase(std::remove_if(flat.begin() + qptrdiff(begin), flat.end(), [](const auto &t) { return t.second == 0; }),
                   flat.end());
        if (flat.size() == begin)
            return; // 0 = 0 once copies are merged
        if (flat[begin].second < 0)
            for (size_t i = begin; i < flat.size(); ++i)
                flat[i].second = -flat[i].second;
        keyed.push_back(quint64(phase) << 38 | quint64(16 - depth) << 33 | quint64(second) << 32
                        | quint64(rowStart.size() - 1));
        rowStart.push_back(int(flat.size()));
        rowKey.push_back(key);
    };
    flat.reserve(size_t(n) * 3);
    keyed.reserve(size_t(constraintCount()) + 64);
    rowStart.reserve(size_t(constraintCount()) + 64);
    for (int ci = 0; ci < constraintCount(); ++ci) {
        if (!constraintHolds(ci))
            continue;
        const Constraint c = constraint(ci);
        const int depth = c.head >= 0 ? depthOf(c.head) : 0;
        Q_ASSERT(depth >= 0 && depth < 16);
        key = 2 * ci;
        addRow(c.terms, c.rule >= 0 ? 2 : depth > 0 ? 1 : 3, depth, 0);
        ++key;
        if (c.head >= 0 && !treeRow(c.head).empty())
            addRow(treeRow(c.head), depth > 0 ? 0 : 3, depth, 1);
    }
    const int rowCount = int(rowStart.size()) - 1;
    std::sort(keyed.begin(), keyed.end());

    // Greedy (TakenRows); grand totals are constants of their rows.
    std::vector<int> acceptedRow; // taken row → index in rows
    // Sized once: on a virtual machine every page a growing vector takes anew costs
    // microseconds, and a network of 20,000 项 per table has a few hundred thousand rows.
    acceptedRow.reserve(size_t(rowCount));
    TakenRows taken(groups, rowCount);
    const auto anchored = [&](int group) { return net.anchored[size_t(group)] != 0; };
    std::vector<int> leftOutRows;
    // Rows seen so far, by their terms: an open-addressing table of row numbers.
    std::vector<int> seen(size_t(2) << std::max(1, int(std::ceil(std::log2(std::max(rowCount, 1))))), -1);
    const size_t seenMask = seen.size() - 1;
    const auto firstOffer = [&](int r) {
        const RowView row = rowAt(r);
        quint64 h = fnvBasis;
        for (const auto &t : row)
            h = (h ^ quint64(quint32(t.first) * 3u + quint32(t.second + 7))) * fnvPrime;
        for (size_t i = size_t(fnvFinish(h)) & seenMask;; i = (i + 1) & seenMask) {
            if (seen[i] < 0) {
                seen[i] = r;
                return -1;
            }
            const RowView o = rowAt(seen[i]);
            if (o.size() == row.size() && std::equal(row.begin(), row.end(), o.begin()))
                return seen[i];
        }
    };
    // A rule's row that stands for a later row too (the same terms) cannot be let go when the
    // rule stops holding: the later row would go with it.
    std::vector<char> standsForAnother(size_t(rowCount), 0);
    for (const quint64 k : keyed) {
        const int r = int(k & 0xffffffffu);
        const RowView row = rowAt(r);
        const int earlier = firstOffer(r);
        if (earlier >= 0) {
            standsForAnother[size_t(earlier)] = 1;
            continue; // the same row as one offered before (a 款 with one 项)
        }
        if (!taken.take(row, anchored)) {
            leftOutRows.push_back(r);
            continue;
        }
        acceptedRow.push_back(r);
    }
    const int m = int(acceptedRow.size());

    // Pieces: groups linked by any row, taken or left out.
    std::vector<int> pieceUp(static_cast<size_t>(groups));
    for (int g = 0; g < groups; ++g)
        pieceUp[size_t(g)] = g;
    const auto pieceFind = [&](int x) {
        while (pieceUp[size_t(x)] != x)
            x = pieceUp[size_t(x)] = pieceUp[size_t(pieceUp[size_t(x)])];
        return x;
    };
    for (int r = 0; r < rowCount; ++r)
        for (int i = rowStart[size_t(r)] + 1; i < rowStart[size_t(r) + 1]; ++i) {
            const int a = pieceFind(flat[size_t(rowStart[size_t(r)])].first), b = pieceFind(flat[size_t(i)].first);
            if (a != b)
                pieceUp[size_t(std::max(a, b))] = std::min(a, b);
        }
    net.pieceOf.assign(size_t(groups), -1);
    int pieces = 0;
    for (int g = 0; g < groups; ++g) {
        const int r = pieceFind(g);
        if (net.pieceOf[size_t(r)] < 0)
            net.pieceOf[size_t(r)] = pieces++;
        net.pieceOf[size_t(g)] = net.pieceOf[size_t(r)];
    }
    net.pieceOff.assign(size_t(pieces), 0);

    // Nodes: the taken rows, then one ground per piece.
    net.flow.reserve(m + pieces, groups + int(m_candidates.size()));
    for (int i = 0; i < m + pieces; ++i)
        net.flow.addNode();
    net.pieceOfNode.assign(size_t(m + pieces), -1);
    for (int i = 0; i < m; ++i)
        net.pieceOfNode[size_t(i)] = net.pieceOf[size_t(rowAt(acceptedRow[size_t(i)]).front().first)];
    net.groundOf.resize(size_t(pieces));
    for (int p = 0; p < pieces; ++p) {
        net.pieceOfNode[size_t(m + p)] = p;
        net.groundOf[size_t(p)] = m + p;
    }
    const auto csr = [](const std::vector<int> &keyOf, int buckets, std::vector<int> *start, std::vector<int> *items) {
        start->assign(size_t(buckets) + 1, 0);
        for (int k : keyOf)
            ++(*start)[size_t(k) + 1];
        for (int b = 0; b < buckets; ++b)
            (*start)[size_t(b) + 1] += (*start)[size_t(b)];
        items->assign(keyOf.size(), 0);
        std::vector<int> fill(start->begin(), start->end() - 1);
        for (size_t i = 0; i < keyOf.size(); ++i)
            (*items)[size_t(fill[size_t(keyOf[i])]++)] = int(i);
    };
    csr(net.pieceOf, pieces, &net.pieceGroupStart, &net.pieceGroups);
    csr(net.pieceOfNode, pieces, &net.pieceNodeStart, &net.pieceNodes);

    // Arcs: a group's coefficient +1 (after its row's sign) enters that row's node.
    std::vector<int> sign(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i)
        sign[size_t(i)] = taken.sign(i);
    net.arcOf.assign(size_t(groups), -1);
    net.groupOfArc.clear();
    net.groupOfArc.reserve(size_t(groups));
    for (int g = 0; g < groups; ++g) {
        if (net.anchored[size_t(g)])
            continue;
        // in no taken row: a loop, at the bound its cost prefers
        const auto ends = taken.arcEnds(g, m + net.pieceOf[size_t(g)]);
        net.arcOf[size_t(g)] = net.flow.addArc(ends.first, ends.second);
        net.groupOfArc.push_back(g);
    }
    // A rule binding whose row is a node gets a slack arc to its piece's ground, held at 0
    // while the rule holds and opened to ±slackRange when it stops: the row then constrains
    // nothing, as if it were not there, and an edit that breaks a rule or makes it hold again
    // is repaired in place instead of building the network again (repair()). A left-out rule
    // row is simply not checked while its rule does not hold.
    const auto candidateOfRow = [&](int r) {
        const int k = rowKey[size_t(r)];
        return k % 2 == 0 && k / 2 >= nf ? k / 2 - nf : -1;
    };
    net.slackOf.assign(m_candidates.size(), -1);
    net.leftOutOfRule.assign(m_candidates.size(), -1);
    for (int i = 0; i < m; ++i) {
        const int c = candidateOfRow(acceptedRow[size_t(i)]);
        if (c < 0 || standsForAnother[size_t(acceptedRow[size_t(i)])])
            continue;
        net.slackOf[size_t(c)] = net.flow.addArc(i, m + net.pieceOfNode[size_t(i)]);
        net.groupOfArc.push_back(-1);
    }
    for (size_t j = 0; j < leftOutRows.size(); ++j) {
        const int c = candidateOfRow(leftOutRows[j]);
        if (c >= 0 && !standsForAnother[size_t(leftOutRows[j])])
            net.leftOutOfRule[size_t(c)] = int(j);
    }
    // Where the flow starts. A rebuild after an edit changes a few rows of a network of hundreds
    // of thousands: the potentials of the nodes that stand for the same rows (a piece's ground:
    // the same first cell) and the flows of the groups with the same first cell are carried
    // over, so the flow starts next to its old optimum; setArc then moves every arc to where
    // these potentials want it, and the solve repairs around the change. Any start gives the
    // same answer: the optimum is unique (tie weights).
    net.nodeKey.resize(size_t(m + pieces));
    for (int i = 0; i < m; ++i)
        net.nodeKey[size_t(i)] = rowKey[size_t(acceptedRow[size_t(i)])];
    for (int p = 0; p < pieces; ++p)
        net.nodeKey[size_t(m + p)] = groundKey
                + net.members[size_t(net.memberStart[size_t(net.pieceGroups[size_t(net.pieceGroupStart[size_t(p)])])])];
    if (previous) {
        std::vector<int> nodeOfKey(size_t(groundKey + n), -1);
        for (size_t i = 0; i < previous->nodeKey.size(); ++i)
            nodeOfKey[size_t(previous->nodeKey[i])] = int(i);
        for (int i = 0; i < m + pieces; ++i) {
            const int old = nodeOfKey[size_t(net.nodeKey[size_t(i)])];
            if (old >= 0)
                net.flow.setPotential(i, previous->flow.potential(old));
        }
        for (int g = 0; g < groups; ++g) {
            if (net.anchored[size_t(g)])
                continue;
            const int first = net.members[size_t(net.memberStart[size_t(g)])];
            const int old = previous->groupOf[size_t(first)];
            if (old >= 0 && !previous->anchored[size_t(old)]
                && previous->members[size_t(previous->memberStart[size_t(old)])] == first)
                net.flow.setFlow(net.arcOf[size_t(g)], previous->flow.flow(previous->arcOf[size_t(old)]));
        }
    }
    for (int g = 0; g < groups; ++g)
        if (!net.anchored[size_t(g)])
            net.setArcFrom(e, g);
    // Grand totals are constants of their rows: a node's supply is what they contribute.
    net.nodeSign = sign;
    std::vector<int> anchorKey;
    for (int i = 0; i < m; ++i) {
        const RowView row = rowAt(acceptedRow[size_t(i)]);
        bool any = false;
        for (const auto &t : row)
            if (net.anchored[size_t(t.first)]) {
                any = true;
                net.anchorNodes.push_back({t.first, i});
            }
        if (any)
            net.anchorRows.insert({i, row.toVector()});
    }
    std::sort(net.anchorNodes.begin(), net.anchorNodes.end());
    for (const auto &an : net.anchorRows)
        net.setSupplyFrom(e, an.first);

    // The rows left out, checked on every answer.
    std::vector<int> leftKey;
    for (int r : leftOutRows) {
        for (const auto &t : rowAt(r))
            leftKey.push_back(t.first);
        net.leftOut.push_back(rowAt(r).toVector());
    }
    {
        std::vector<int> rowOfEntry;
        for (size_t r = 0; r < net.leftOut.size(); ++r)
            for (size_t i = 0; i < net.leftOut[r].size(); ++i)
                rowOfEntry.push_back(int(r));
        std::vector<int> order;
        csr(leftKey, groups, &net.leftOutStart, &order);
        net.leftOutOf.resize(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            net.leftOutOf[i] = rowOfEntry[size_t(order[i])];
    }
    net.leftOutOn.assign(net.leftOut.size(), 1);
    net.isFree.assign(size_t(n), 0);
    net.stamp.assign(size_t(groups), 0);
}

// Whether a rule binding that started or stopped holding can be followed in place: its row is
// a node with a slack arc or a left-out row, in a piece the network still solves.
bool PrintedValues::followsInPlace(int candidate) const
{
    const Network &net = *m_network;
    const int slack = net.slackOf[size_t(candidate)], row = net.leftOutOfRule[size_t(candidate)];
    if (slack >= 0)
        return !net.pieceOff[size_t(net.pieceOfNode[size_t(net.flow.from(slack))])];
    return row >= 0 && !net.pieceOff[size_t(net.pieceOf[size_t(net.leftOut[size_t(row)].front().first)])];
}

void PrintedValues::writeGroup(int g) const
{
    Network &net = *m_network;
    const RecalcEngine &e = m_document.engine();
    const qint64 units = net.units(e, g);
    for (int i = net.memberStart[size_t(g)]; i < net.memberStart[size_t(g) + 1]; ++i) {
        const int id = net.members[size_t(i)];
        const Money v = e.value(id);
        const bool free = !v.isBlank() && v.fen() % unit != 0;
        setCell(id, v.isBlank() ? 0 : units * unit);
        const bool nudged = free && units != conventionalUnits(v.fen());
        m_stats.freeCells += int(free) - int(net.isFree[size_t(id)]);
        m_stats.nudged += int(nudged) - int(m_nudged[size_t(id)]);
        net.isFree[size_t(id)] = free;
        m_nudged[size_t(id)] = nudged;
        m_reason[size_t(id)] = nudged ? reasonFor(id) : -1;
        m_component[size_t(id)] = -1;
    }
}

// Pieces the network cannot solve (no flow, or a row left out broken) go to the block-by-block
// path: their nodes leave the network and their free cells become seeds of solveFrom.
void PrintedValues::handOver(const std::vector<int> &pieces, std::vector<int> *seeds) const
{
    Network &net = *m_network;
    const RecalcEngine &e = m_document.engine();
    for (int p : pieces) {
        if (net.pieceOff[size_t(p)])
            continue;
        net.pieceOff[size_t(p)] = 1;
        for (int i = net.pieceNodeStart[size_t(p)]; i < net.pieceNodeStart[size_t(p) + 1]; ++i)
            net.flow.disableNode(net.pieceNodes[size_t(i)]);
        for (int i = net.pieceGroupStart[size_t(p)]; i < net.pieceGroupStart[size_t(p) + 1]; ++i) {
            const int g = net.pieceGroups[size_t(i)];
            for (int j = net.memberStart[size_t(g)]; j < net.memberStart[size_t(g) + 1]; ++j) {
                const int id = net.members[size_t(j)];
                const Money v = e.value(id);
                if (!v.isBlank() && v.fen() % unit != 0)
                    seeds->push_back(id);
            }
        }
    }
}

void PrintedValues::solveAll() const
{
    const RecalcEngine &e = m_document.engine();
    const int n = e.cellCount();
    m_printed.assign(size_t(n), 0);
    m_nudged.assign(size_t(n), 0);
    m_reason.assign(size_t(n), -1);
    m_component.assign(size_t(n), -1);
    m_components.clear();
    m_unkeptByComponent.clear();
    m_stats.freeCells = 0;
    m_stats.nudged = 0;
    QElapsedTimer timer;
    timer.start();
    buildNetwork();
    m_stats.networkNs = timer.nsecsElapsed();
    Network &net = *m_network;
    net.flow.solve();
    net.flow.takeChangedArcs();
    m_stats.flowNs = timer.nsecsElapsed() - m_stats.networkNs;
    m_stats.augmentations = net.flow.augmentations();
    const int groups = int(net.arcOf.size());
    for (int g = 0; g < groups; ++g)
        writeGroup(g);
    std::vector<int> bad;
    for (int node : net.flow.stuckNodes())
        bad.push_back(net.pieceOfNode[size_t(node)]);
    for (size_t r = 0; r < net.leftOut.size(); ++r)
        if (net.leftOutOn[r] && !net.keeps(e, int(r)))
            bad.push_back(net.pieceOf[size_t(net.leftOut[r].front().first)]);
    std::sort(bad.begin(), bad.end());
    bad.erase(std::unique(bad.begin(), bad.end()), bad.end());
    std::vector<int> seeds;
    handOver(bad, &seeds);
    if (m_stats.freeCells > int(seeds.size())) {
        m_stats.components = 1;
        m_stats.flowSolves = 1;
        m_stats.largestComponent = m_stats.freeCells - int(seeds.size());
    }
    if (!seeds.empty()) {
        solveFrom(seeds);
        countCells();
    }
}

// After an edit: the arcs of the changed cells get their new bounds and costs and the flow is
// repaired from where it was (the potentials keep it optimal elsewhere). Only the cells whose
// arc moved are written again.
void PrintedValues::repair(std::vector<int> changed) const
{
    Network &net = *m_network;
    const RecalcEngine &e = m_document.engine();
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    const int stamp = ++net.repairs;
    std::vector<int> seeds, touched;
    for (int id : changed)
        if (bool(net.blank[size_t(id)]) != e.value(id).isBlank()) {
            solveAll(); // a cell filled or cleared: the rows' shape changed
            return;
        }
    // Rules that stopped holding let their rows go, those that hold again take them back.
    std::vector<int> recheck; // left-out rows of rules that hold again
    bool slackMoved = false;
    for (int c : m_flipped) {
        const bool holds = m_candidates[size_t(c)].holds;
        if (net.slackOf[size_t(c)] >= 0) {
            const qint64 range = holds ? 0 : Network::slackRange;
            net.flow.setArc(net.slackOf[size_t(c)], -range, range, {});
            slackMoved = true;
        } else {
            const int row = net.leftOutOfRule[size_t(c)];
            net.leftOutOn[size_t(row)] = holds;
            if (holds)
                recheck.push_back(row);
        }
    }
    for (int id : changed) {
        const int g = net.groupOf[size_t(id)];
        if (net.pieceOff[size_t(net.pieceOf[size_t(g)])]) {
            seeds.push_back(id); // its piece is solved block by block
            continue;
        }
        if (net.stamp[size_t(g)] == stamp)
            continue;
        net.stamp[size_t(g)] = stamp;
        touched.push_back(g);
        if (!net.anchored[size_t(g)]) {
            net.setArcFrom(e, g);
            continue;
        }
        auto it = std::lower_bound(net.anchorNodes.begin(), net.anchorNodes.end(), std::make_pair(g, -1));
        for (; it != net.anchorNodes.end() && it->first == g; ++it)
            net.setSupplyFrom(e, it->second);
    }
    if (!touched.empty() || slackMoved || !recheck.empty()) {
        QElapsedTimer timer;
        timer.start();
        net.flow.solve();
        m_stats.flowNs = timer.nsecsElapsed();
        m_stats.augmentations = net.flow.augmentations();
        for (int a : net.flow.takeChangedArcs()) {
            const int g = net.groupOfArc[size_t(a)];
            if (g >= 0 && net.stamp[size_t(g)] != stamp) {
                net.stamp[size_t(g)] = stamp;
                touched.push_back(g);
            }
        }
        std::sort(touched.begin(), touched.end());
        int decided = 0;
        for (int g : touched) {
            writeGroup(g);
            for (int i = net.memberStart[size_t(g)]; i < net.memberStart[size_t(g) + 1]; ++i)
                decided += net.isFree[size_t(net.members[size_t(i)])];
        }
        std::vector<int> bad;
        for (int node : net.flow.stuckNodes())
            bad.push_back(net.pieceOfNode[size_t(node)]);
        for (int g : touched)
            for (int i = net.leftOutStart[size_t(g)]; i < net.leftOutStart[size_t(g) + 1]; ++i)
                if (net.leftOutOn[size_t(net.leftOutOf[size_t(i)])] && !net.keeps(e, net.leftOutOf[size_t(i)]))
                    bad.push_back(net.pieceOf[size_t(g)]);
        for (int row : recheck)
            if (!net.keeps(e, row))
                bad.push_back(net.pieceOf[size_t(net.leftOut[size_t(row)].front().first)]);
        std::sort(bad.begin(), bad.end());
        bad.erase(std::unique(bad.begin(), bad.end()), bad.end());
        handOver(bad, &seeds);
        m_stats.components = 1;
        m_stats.flowSolves = 1;
        m_stats.largestComponent = decided;
    }
    if (!seeds.empty()) {
        solveFrom(seeds);
        countCells();
    }
}

void PrintedValues::setCell(int id, qint64 printed) const
{
    m_printed[size_t(id)] = printed;
}

void PrintedValues::solveFrom(const std::vector<int> &seedList) const
{
    const RecalcEngine &e = m_document.engine();
    const int n = e.cellCount();
    std::vector<char> seen(size_t(n), 0);
    std::vector<int> cells;
    const auto release = [&](int slot) {
        for (int id : m_components[size_t(slot)])
            if (!seen[size_t(id)]) {
                seen[size_t(id)] = 1;
                cells.push_back(id);
            }
        m_components[size_t(slot)].clear();
        m_unkeptByComponent.remove(slot);
    };
    for (int id : seedList) {
        if (seen[size_t(id)])
            continue;
        seen[size_t(id)] = 1;
        cells.push_back(id);
    }
    // Whole components of the old state go together: a change may split or merge them.
    for (size_t i = 0; i < cells.size(); ++i) {
        const int slot = m_component[size_t(cells[i])];
        if (slot >= 0 && !m_components[size_t(slot)].empty())
            release(slot);
    }
    std::vector<int> freeSlots;
    for (size_t s = 0; s < m_components.size(); ++s)
        if (m_components[s].empty())
            freeSlots.push_back(int(s));
    std::sort(freeSlots.begin(), freeSlots.end(), std::greater<int>());
    // Fixed cells print their exact value; free ones wait for their component.
    std::vector<int> freeCells;
    for (int id : cells) {
        const Money v = e.value(id);
        m_component[size_t(id)] = -1;
        m_nudged[size_t(id)] = 0;
        m_reason[size_t(id)] = -1;
        if (v.isBlank() || v.fen() % unit == 0) {
            setCell(id, v.fen());
        } else {
            freeCells.push_back(id);
        }
    }
    std::sort(freeCells.begin(), freeCells.end());
    const auto freeNow = [&](int id) {
        const Money v = e.value(id);
        return !v.isBlank() && v.fen() % unit != 0;
    };
    std::vector<char> constraintSeen(size_t(constraintCount()), 0);
    std::vector<char> inComponent(size_t(n), 0);
    for (int start : freeCells) {
        if (inComponent[size_t(start)])
            continue;
        std::vector<int> vars{start};
        std::vector<int> cons;
        inComponent[size_t(start)] = 1;
        for (size_t q = 0; q < vars.size(); ++q) {
            const int id = vars[q];
            // A cell of an untouched old component joins by a newly free neighbour: take it all.
            const int old = m_component[size_t(id)];
            if (old >= 0 && !m_components[size_t(old)].empty()) {
                for (int c : m_components[size_t(old)])
                    if (!inComponent[size_t(c)]) {
                        inComponent[size_t(c)] = 1;
                        vars.push_back(c);
                    }
                m_components[size_t(old)].clear();
                m_unkeptByComponent.remove(old);
                freeSlots.push_back(old);
            }
            const auto visit = [&](int ci) {
                if (constraintSeen[size_t(ci)])
                    return;
                constraintSeen[size_t(ci)] = 1;
                cons.push_back(ci);
                for (const auto &t : constraint(ci).terms)
                    if (!inComponent[size_t(t.first)] && freeNow(t.first)) {
                        inComponent[size_t(t.first)] = 1;
                        vars.push_back(t.first);
                    }
            };
            forEachFormulaOf(id, visit);
            const auto r = m_cellRules.constFind(id);
            if (r != m_cellRules.cend())
                for (int ci : *r)
                    visit(ci);
        }
        std::sort(vars.begin(), vars.end());
        std::sort(cons.begin(), cons.end());
        int slot;
        if (!freeSlots.empty()) {
            std::sort(freeSlots.begin(), freeSlots.end(), std::greater<int>());
            slot = freeSlots.back();
            freeSlots.pop_back();
        } else {
            slot = int(m_components.size());
            m_components.emplace_back();
        }
        for (int id : vars)
            m_component[size_t(id)] = slot;
        m_components[size_t(slot)] = vars;
        ++m_stats.components;
        m_stats.largestComponent = std::max(m_stats.largestComponent, int(vars.size()));
        solveComponent(vars, cons);
    }
}

void PrintedValues::solveComponent(const std::vector<int> &vars, const std::vector<int> &cons) const
{
    const RecalcEngine &e = m_document.engine();
    const int slot = m_component[size_t(vars.front())];
    QHash<int, int> varOf;
    varOf.reserve(qsizetype(vars.size()));
    Problem p;
    std::vector<qint64> floorOf(vars.size());
    p.convZ.resize(vars.size());
    p.tie.resize(vars.size());
    p.fixed.assign(vars.size(), 0);
    for (size_t j = 0; j < vars.size(); ++j) {
        const qint64 fen = e.value(vars[j]).fen();
        varOf.insert(vars[j], int(j));
        floorOf[j] = floorUnits(fen);
        p.convZ[j] = int(conventionalUnits(fen) - floorOf[j]);
        p.tie[j] = m_tie[size_t(vars[j])];
    }
    // Formulas first, then rules: a rule can be dropped, a formula never.
    std::vector<int> formulaRows, ruleRows;
    for (int ci : cons) {
        const Constraint c = constraint(ci);
        std::vector<std::pair<int, int>> row;
        qint64 rhs = 0;
        for (const auto &t : c.terms) {
            const auto v = varOf.constFind(t.first);
            if (v != varOf.cend()) {
                row.push_back({*v, t.second});
                rhs -= t.second * floorOf[size_t(*v)];
            } else {
                rhs -= t.second * (e.value(t.first).fen() / unit); // fixed: a whole 0.01 万元
            }
        }
        (c.rule >= 0 ? ruleRows : formulaRows).push_back(int(p.rows.size()));
        p.rows.push_back(std::move(row));
        p.rhs.push_back(rhs);
    }
    // The tree rows of the total columns (implied by the formulas): with them the within-table
    // equations take network form. They are offered to the flow first (项 before 款 before 类),
    // so the column formulas of rows with children are left out as implied; then the other
    // formulas, deepest first, the 合计 row's column formula before its tree row (that keeps
    // 02 and 03 one network when 02 类 = 03 类 links them); rules last.
    std::vector<int> order;
    if (m_method == Method::Auto) {
        std::vector<std::array<int, 5>> keyed; // rule, phase, −depth, tie, row
        for (size_t i = 0; i < cons.size(); ++i) {
            const Constraint c = constraint(cons[i]);
            const int depth = c.head >= 0 ? depthOf(c.head) : 0;
            keyed.push_back({c.rule >= 0 ? 1 : 0, 1, -depth, 0, int(i)});
            if (c.head < 0 || treeRow(c.head).empty())
                continue;
            std::vector<std::pair<int, int>> row;
            qint64 rhs = 0;
            for (const auto &t : treeRow(c.head)) {
                const auto v = varOf.constFind(t.first);
                if (v != varOf.cend()) {
                    row.push_back({*v, t.second});
                    rhs -= t.second * floorOf[size_t(*v)];
                } else {
                    rhs -= t.second * (e.value(t.first).fen() / unit);
                }
            }
            keyed.push_back({0, depth > 0 ? 0 : 1, -depth, 1, int(p.rows.size())});
            p.rows.push_back(std::move(row));
            p.rhs.push_back(rhs);
        }
        std::sort(keyed.begin(), keyed.end());
        order.reserve(keyed.size());
        for (const auto &k : keyed)
            order.push_back(k[4]);
    }
    std::vector<int> z = p.convZ;
    QList<Unkept> unkept;
    const auto anchorsAt = [&](bool fixedToHalfUp) {
        for (size_t j = 0; j < vars.size(); ++j)
            p.fixed[j] = fixedToHalfUp && m_isAnchor[size_t(vars[j])];
    };
    // A grand total the solution moved off half-up rounding: said, with why.
    const auto reportMovedGrandTotals = [&]() {
        for (size_t j = 0; j < vars.size(); ++j)
            if (m_isAnchor[size_t(vars[j])] && z[j] != p.convZ[j]) {
                Unkept u;
                u.relation = tr("%1 keeps half-up rounding").arg(CellWording::place(m_document, e.keyOf(vars[j])));
                u.reason = tr("no balanced rounding keeps this grand total at its half-up value");
                u.cells.append(e.keyOf(vars[j]));
                u.grandTotal = true;
                unkept.append(u);
            }
    };
    bool flowSolved = false;
    if (m_method == Method::Auto && !satisfies(p, z)) {
        // The min-cost flow first: exact and fast when it proves its optimum (solveAsFlow).
        anchorsAt(true);
        FlowOutcome f = solveAsFlow(p, order, &z);
        if (f == FlowOutcome::Infeasible) {
            anchorsAt(false); // grand totals may leave half-up rounding, as below
            f = solveAsFlow(p, order, &z);
        }
        flowSolved = f == FlowOutcome::Solved;
        if (flowSolved) {
            ++m_stats.flowSolves;
            reportMovedGrandTotals();
        } else {
            z = p.convZ;
        }
    }
    if (flowSolved) {
        // solved above
    } else if (!satisfies(p, z) && vars.size() > size_t(maxBalancedCells)) {
        // GLPK takes seconds on blocks this large (docs/rounding.md): the editor would stall
        // on every edit. Print half-up and say so; the 尾数误差 note then stays.
        Unkept u;
        u.relation = tr("the %1 linked cells around %2").arg(vars.size()).arg(CellWording::place(m_document, e.keyOf(vars.front())));
        u.reason = tr("more linked cells than this version balances (%1); half-up rounding is printed")
                           .arg(maxBalancedCells);
        u.cells.append(e.keyOf(vars.front()));
        unkept.append(u);
    } else if (!satisfies(p, z)) {
        anchorsAt(true);
        ++m_stats.solverCalls;
        Outcome o = solve(p, &z);
        if (o != Outcome::Solved) {
            // Grand totals may leave half-up rounding before a relation is given up.
            anchorsAt(false);
            ++m_stats.solverCalls;
            o = solve(p, &z);
        }
        if (o != Outcome::Solved && !ruleRows.empty()) {
            // Keep every formula and as many rules as can be kept, in rule order.
            Problem base = p;
            base.rows.clear();
            base.rhs.clear();
            for (int r : formulaRows) {
                base.rows.push_back(p.rows[size_t(r)]);
                base.rhs.push_back(p.rhs[size_t(r)]);
            }
            ++m_stats.solverCalls;
            o = solve(base, &z);
            if (o == Outcome::Solved) {
                for (int r : ruleRows) {
                    const int ci = cons[size_t(r)];
                    Problem trial = base;
                    trial.rows.push_back(p.rows[size_t(r)]);
                    trial.rhs.push_back(p.rhs[size_t(r)]);
                    std::vector<int> tz;
                    ++m_stats.solverCalls;
                    if (solve(trial, &tz) == Outcome::Solved) {
                        base = std::move(trial);
                        z = std::move(tz);
                        continue;
                    }
                    Unkept u;
                    u.relation = relationText(ci);
                    u.reason = tr("no rounding of these cells to 0.01 万元 keeps it together with every formula "
                                  "and the relations kept before it");
                    for (const auto &t : constraint(ci).terms)
                        u.cells.append(e.keyOf(t.first));
                    unkept.append(u);
                }
            }
        }
        if (o != Outcome::Solved) {
            // Cannot happen for the editions' formulas (the exact values are a point of the
            // relaxation); if the solver gives up, print half-up and say so.
            z = p.convZ;
            Unkept u;
            u.relation = tr("the formulas around %1").arg(CellWording::place(m_document, e.keyOf(vars.front())));
            u.reason = tr("the solver found no balanced rounding; half-up rounding is printed");
            for (int id : vars)
                u.cells.append(e.keyOf(id));
            unkept.append(u);
        }
        reportMovedGrandTotals();
    }
    for (size_t j = 0; j < vars.size(); ++j) {
        const int id = vars[j];
        setCell(id, (floorOf[j] + z[j]) * unit);
        m_nudged[size_t(id)] = z[j] != p.convZ[j];
        m_reason[size_t(id)] = m_nudged[size_t(id)] ? reasonFor(id) : -1;
    }
    if (!unkept.isEmpty())
        m_unkeptByComponent.insert(slot, unkept);
}

} // namespace Juesuan
