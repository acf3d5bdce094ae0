#include "printedvaluesflow.h"

#include <algorithm>

namespace Juesuan {

namespace {

// Heap entries compare by tentative distance, then node number, so equal distances pop in node
// order (the same search on the same network visits the same nodes). std::push_heap keeps the
// greatest on top: "farther" puts the nearest there.
struct Farther {
    template<typename Entry>
    bool operator()(const Entry &a, const Entry &b) const
    {
        return b.distance < a.distance || (a.distance == b.distance && a.node > b.node);
    }
};

} // namespace

void MinCostFlow::reserve(int nodes, int arcs)
{
    m_supply.reserve(size_t(nodes));
    m_excess.reserve(size_t(nodes));
    m_potential.reserve(size_t(nodes));
    m_disabled.reserve(size_t(nodes));
    m_isActive.reserve(size_t(nodes));
    m_arcs.reserve(size_t(arcs));
    m_changed.reserve(size_t(arcs));
}

int MinCostFlow::addNode()
{
    m_supply.push_back(0);
    m_excess.push_back(0);
    m_potential.push_back(Cost{});
    m_disabled.push_back(0);
    m_isActive.push_back(0);
    m_adjacencyValid = false;
    return int(m_excess.size()) - 1;
}

void MinCostFlow::setSupply(int node, qint64 supply)
{
    // The supply is counted in the excess: replace it there.
    m_excess[size_t(node)] += supply - m_supply[size_t(node)];
    m_supply[size_t(node)] = supply;
    markActive(node);
}

int MinCostFlow::addArc(int from, int to)
{
    Arc a;
    a.from = from;
    a.to = to;
    m_arcs.push_back(a);
    m_changed.push_back(0);
    m_adjacencyValid = false;
    return int(m_arcs.size()) - 1;
}


void MinCostFlow::moveFlow(int arc, qint64 value)
{
    Arc &a = m_arcs[size_t(arc)];
    const qint64 delta = value - a.flow;
    if (delta == 0)
        return;
    a.flow = value;
    m_excess[size_t(a.from)] -= delta;
    m_excess[size_t(a.to)] += delta;
    markActive(a.from);
    markActive(a.to);
    if (!m_changed[size_t(arc)]) {
        m_changed[size_t(arc)] = 1;
        m_changedList.push_back(arc);
    }
}

void MinCostFlow::setArc(int arc, qint64 low, qint64 high, Cost cost)
{
    Arc &a = m_arcs[size_t(arc)];
    a.low = low;
    a.high = high;
    a.cost = cost;
    // Keep the potentials dual feasible: an arc whose reduced cost is positive sits at its
    // lower bound, a negative one at its upper bound, a zero one anywhere within.
    const Cost rc = reduced(a);
    qint64 value = a.flow;
    if (Cost{} < rc)
        value = low;
    else if (rc < Cost{})
        value = high;
    else
        value = std::clamp(value, low, high);
    moveFlow(arc, value);
}

void MinCostFlow::disableNode(int node)
{
    m_disabled[size_t(node)] = 1;
}

std::vector<int> MinCostFlow::takeChangedArcs()
{
    for (int a : m_changedList)
        m_changed[size_t(a)] = 0;
    std::vector<int> out;
    out.swap(m_changedList);
    return out;
}

MinCostFlow::Cost MinCostFlow::totalCost() const
{
    Cost total;
    for (const Arc &a : m_arcs)
        total = total + Cost{a.cost.major * a.flow, a.cost.minor * a.flow};
    return total;
}

void MinCostFlow::buildAdjacency()
{
    const size_t n = m_excess.size();
    m_firstIncident.assign(n + 1, 0);
    // A loop (an arc in no constraint) lies on no path: it only sits at its preferred bound.
    for (const Arc &a : m_arcs) {
        if (a.from == a.to)
            continue;
        ++m_firstIncident[size_t(a.from) + 1];
        ++m_firstIncident[size_t(a.to) + 1];
    }
    for (size_t v = 0; v < n; ++v)
        m_firstIncident[v + 1] += m_firstIncident[v];
    m_incident.assign(size_t(m_firstIncident[n]), 0);
    std::vector<int> fill(m_firstIncident.begin(), m_firstIncident.end() - 1);
    // arc a leaving its node is stored as 2a, entering as 2a + 1
    for (size_t a = 0; a < m_arcs.size(); ++a) {
        if (m_arcs[a].from == m_arcs[a].to)
            continue;
        m_incident[size_t(fill[size_t(m_arcs[a].from)]++)] = int(2 * a);
        m_incident[size_t(fill[size_t(m_arcs[a].to)]++)] = int(2 * a + 1);
    }
    m_distance.assign(n, Cost{});
    m_viaArc.assign(n, -1);
    m_stamp.assign(n, 0);
    m_search = 0;
    m_adjacencyValid = true;
}

// Dijkstra from `source` over the residual network with reduced costs (all ≥ 0), stopped at
// the first node with a deficit; then the potentials of the nodes it settled move so that the
// path's arcs have reduced cost 0 and every reduced cost stays ≥ 0, and as much as the path
// carries is sent along it. False when no deficit is reachable.
bool MinCostFlow::shortestPath(int source)
{
    using Entry = MinCostFlow::Entry;
    // stamps: 2·search for "reached in this search", 2·search + 1 for "settled"
    ++m_search;
    const int reached = 2 * m_search, settled = 2 * m_search + 1;
    std::vector<Entry> &heap = m_heap;
    heap.clear();
    m_settled.clear();
    m_distance[size_t(source)] = Cost{};
    m_stamp[size_t(source)] = reached;
    m_viaArc[size_t(source)] = -1;
    heap.push_back({Cost{}, source});
    int target = -1;
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), Farther());
        const Entry e = heap.back();
        heap.pop_back();
        const int u = e.node;
        if (m_stamp[size_t(u)] == settled || e.distance != m_distance[size_t(u)])
            continue;
        m_stamp[size_t(u)] = settled;
        m_settled.push_back(u);
        if (m_excess[size_t(u)] < 0) {
            target = u;
            break;
        }
        const Cost du = e.distance;
        for (int i = m_firstIncident[size_t(u)]; i < m_firstIncident[size_t(u) + 1]; ++i) {
            const int code = m_incident[size_t(i)];
            const Arc &a = m_arcs[size_t(code >> 1)];
            int v;
            Cost w;
            if ((code & 1) == 0) { // u → v forward, while below the upper bound
                if (a.flow >= a.high)
                    continue;
                v = a.to;
                w = reduced(a);
            } else { // back along an arc v → u, while above the lower bound
                if (a.flow <= a.low)
                    continue;
                v = a.from;
                w = -reduced(a);
            }
            if (m_disabled[size_t(v)] || m_stamp[size_t(v)] == settled)
                continue;
            const Cost dv = du + w;
            if (m_stamp[size_t(v)] != reached || dv < m_distance[size_t(v)]) {
                m_stamp[size_t(v)] = reached;
                m_distance[size_t(v)] = dv;
                m_viaArc[size_t(v)] = code;
                heap.push_back({dv, v});
                std::push_heap(heap.begin(), heap.end(), Farther());
            }
        }
    }
    m_settledTotal += qint64(m_settled.size());
    if (target < 0)
        return false;
    const Cost D = m_distance[size_t(target)];
    for (int v : m_settled)
        m_potential[size_t(v)] = m_potential[size_t(v)] + (D - m_distance[size_t(v)]);
    // How much the path carries.
    qint64 amount = std::min(m_excess[size_t(source)], -m_excess[size_t(target)]);
    for (int v = target; v != source;) {
        const int code = m_viaArc[size_t(v)];
        const Arc &a = m_arcs[size_t(code >> 1)];
        if ((code & 1) == 0) {
            amount = std::min(amount, a.high - a.flow);
            v = a.from;
        } else {
            amount = std::min(amount, a.flow - a.low);
            v = a.to;
        }
    }
    for (int v = target; v != source;) {
        const int code = m_viaArc[size_t(v)];
        const int a = code >> 1;
        const Arc &arc = m_arcs[size_t(a)];
        if ((code & 1) == 0) {
            v = arc.from;
            moveFlow(a, arc.flow + amount);
        } else {
            v = arc.to;
            moveFlow(a, arc.flow - amount);
        }
    }
    ++m_augmentations;
    return true;
}

MinCostFlow::Result MinCostFlow::solve()
{
    if (!m_adjacencyValid)
        buildAdjacency();
    m_augmentations = 0;
    m_settledTotal = 0;
    m_stuck.clear();
    // Sources in node order: the same network gives the same searches.
    std::vector<int> sources;
    sources.swap(m_active);
    for (int s : sources)
        m_isActive[size_t(s)] = 0;
    std::sort(sources.begin(), sources.end());
    for (int s : sources) {
        if (m_disabled[size_t(s)])
            continue;
        while (m_excess[size_t(s)] > 0) {
            if (!shortestPath(s)) {
                m_stuck.push_back(s);
                break;
            }
        }
    }
    // Augmenting only moves excess between the two ends of a path: the nodes an augmentation
    // touched went into m_active again and are already settled; forget them.
    for (int s : m_active)
        m_isActive[size_t(s)] = 0;
    m_active.clear();
    for (int s : sources)
        if (!m_disabled[size_t(s)] && m_excess[size_t(s)] < 0)
            m_stuck.push_back(s);
    std::sort(m_stuck.begin(), m_stuck.end());
    m_stuck.erase(std::unique(m_stuck.begin(), m_stuck.end()), m_stuck.end());
    if (!m_stuck.empty()) {
        // Keep them for the next solve (the caller may relax arcs around them).
        for (int s : m_stuck)
            markActive(s);
        return Result::Infeasible;
    }
    return Result::Optimal;
}

} // namespace Juesuan
