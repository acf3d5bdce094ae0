#pragma once

#include <QtGlobal>

#include <vector>

namespace Juesuan {

// A minimum-cost flow solver for the printed values (舍位平衡, docs/rounding.md): arcs with
// integer lower and upper bounds and a cost, nodes with a supply (what leaves the node minus
// what enters it). Successive shortest paths with node potentials: every arc starts at the
// bound its reduced cost prefers, so the start is dual feasible, and each node's excess is
// sent to the nearest deficit along a shortest path of the residual network (Dijkstra,
// stopped at that deficit). The potentials and the flow stay between calls: after an edit the
// caller changes a few arcs and solve() repairs only around them.
//
// A cost is a pair compared lexicographically: `major` is what is minimised (cells away from
// half-up rounding), `minor` only breaks ties. With tie-break weights in general position the
// optimum is unique, so a repaired solution equals a fresh one (determinism after edits).
class MinCostFlow
{
public:
    struct Cost {
        qint64 major = 0;
        qint64 minor = 0;
        friend Cost operator+(Cost a, Cost b) { return {a.major + b.major, a.minor + b.minor}; }
        friend Cost operator-(Cost a, Cost b) { return {a.major - b.major, a.minor - b.minor}; }
        friend Cost operator-(Cost a) { return {-a.major, -a.minor}; }
        friend bool operator<(Cost a, Cost b) { return a.major != b.major ? a.major < b.major : a.minor < b.minor; }
        friend bool operator==(Cost a, Cost b) { return a.major == b.major && a.minor == b.minor; }
        friend bool operator!=(Cost a, Cost b) { return !(a == b); }
    };
    enum class Result { Optimal, Infeasible };

    int addNode();
    void reserve(int nodes, int arcs);
    int nodeCount() const { return int(m_excess.size()); }
    void setSupply(int node, qint64 supply);
    qint64 supply(int node) const { return m_supply[size_t(node)]; }
    // An arc from → to, bounds [0, 0] and cost 0 until setArc.
    int addArc(int from, int to);
    int arcCount() const { return int(m_arcs.size()); }
    // New bounds and cost; the flow moves to the bound the arc's reduced cost prefers (or
    // into the bounds), the change of flow becomes excess at its two ends for solve().
    void setArc(int arc, qint64 low, qint64 high, Cost cost);
    // A node left out of the network (with its arcs): never a source nor a sink, never
    // passed through. For a part that the caller solves another way.
    void disableNode(int node);
    bool isDisabled(int node) const { return m_disabled[size_t(node)] != 0; }

    // Optimal when every excess reached a deficit. Infeasible when some excess cannot reach
    // any deficit: the flow then is optimal for what was sent, and stuckNodes() lists the
    // nodes still holding excess or deficit (the caller may relax arcs and call solve again).
    Result solve();
    const std::vector<int> &stuckNodes() const { return m_stuck; }

    qint64 flow(int arc) const { return m_arcs[size_t(arc)].flow; }
    // A start carried over from an earlier solve of a network of nearly the same shape: set
    // before setArc, which then keeps each arc's flow where the potentials allow it.
    void setPotential(int node, Cost potential) { m_potential[size_t(node)] = potential; }
    Cost potential(int node) const { return m_potential[size_t(node)]; }
    void setFlow(int arc, qint64 value) { moveFlow(arc, value); }
    int from(int arc) const { return m_arcs[size_t(arc)].from; }
    int to(int arc) const { return m_arcs[size_t(arc)].to; }
    Cost totalCost() const;
    // Arcs whose flow changed since the last call (setArc or solve), each once.
    std::vector<int> takeChangedArcs();
    int augmentations() const { return m_augmentations; } // paths sent by the last solve
    qint64 settledNodes() const { return m_settledTotal; } // nodes the last solve's searches settled

private:
    // An arc's data together: a search reads all of it for every arc it scans.
    struct Arc {
        int from = 0, to = 0;
        qint64 low = 0, high = 0, flow = 0;
        Cost cost;
    };
    void buildAdjacency();
    void moveFlow(int arc, qint64 value);
    void markActive(int node)
    {
        if (!m_isActive[size_t(node)]) {
            m_isActive[size_t(node)] = 1;
            m_active.push_back(node);
        }
    }
    Cost reduced(const Arc &a) const { return a.cost - m_potential[size_t(a.from)] + m_potential[size_t(a.to)]; }
    bool shortestPath(int source);

    std::vector<Arc> m_arcs;
    std::vector<qint64> m_supply;
    std::vector<qint64> m_excess; // supply − (out − in): > 0 still to send, < 0 still to receive
    std::vector<Cost> m_potential;
    std::vector<char> m_disabled;
    // incidence lists (arc index, +1 leaving / −1 entering), rebuilt when arcs are added
    std::vector<int> m_firstIncident, m_incident;
    bool m_adjacencyValid = false;
    // Dijkstra's state, kept between searches and reset only where it was touched
    std::vector<Cost> m_distance;
    std::vector<int> m_viaArc; // arc (+1 forward, −(arc+1) backward... see .cpp)
    std::vector<int> m_stamp;
    std::vector<int> m_settled;
    struct Entry {
        Cost distance;
        int node;
    };
    std::vector<Entry> m_heap;
    int m_search = 0;
    std::vector<int> m_active; // nodes that may hold excess, each once
    std::vector<char> m_isActive;
    std::vector<int> m_stuck;
    std::vector<char> m_changed;
    std::vector<int> m_changedList;
    int m_augmentations = 0;
    qint64 m_settledTotal = 0;

};

} // namespace Juesuan
