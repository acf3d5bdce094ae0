#include "recalcengine.h"

#include <QCoreApplication>

#include <algorithm>

namespace Juesuan {

namespace {
// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::RecalcEngine)
};
} // namespace

bool RecalcEngine::build(const QList<Definition> &cells, const QHash<CellKey, Money> &inputs,
                         QString *error)
{
    m_nodes.clear();
    m_ids.clear();
    m_heap.clear();
    m_nodes.reserve(size_t(cells.size()));
    m_ids.reserve(cells.size());
    for (const Definition &d : cells) {
        if (m_ids.contains(d.key)) {
            if (error)
                *error = Tr::tr("cell %1 is defined twice").arg(d.key.toString());
            m_nodes.clear();
            m_ids.clear();
            return false;
        }
        m_ids.insert(d.key, int(m_nodes.size()));
        Node n;
        n.key = d.key;
        n.computed = d.computed;
        if (!d.computed)
            n.value = inputs.value(d.key);
        m_nodes.push_back(std::move(n));
    }
    for (int id = 0; id < int(cells.size()); ++id) {
        const Definition &d = cells.at(id);
        if (!d.computed)
            continue;
        m_nodes[size_t(id)].operands.reserve(size_t(d.formula.terms().size() + d.operandIndexes.size()));
        for (const auto &op : d.operandIndexes) {
            Q_ASSERT(op.first >= 0 && op.first < int(cells.size()));
            m_nodes[size_t(id)].operands.push_back({op.first, op.second});
            m_nodes[size_t(op.first)].dependents.push_back({id, op.second});
        }
        for (const Formula::Term &t : d.formula.terms()) {
            const int op = m_ids.value(t.cell, -1);
            if (op < 0)
                continue; // an absent code-list row: blank
            m_nodes[size_t(id)].operands.push_back({op, t.sign});
            m_nodes[size_t(op)].dependents.push_back({id, t.sign});
        }
    }

    // Kahn's algorithm gives the topological order; whatever is left lies on or behind a cycle.
    const int n = int(m_nodes.size());
    std::vector<int> indegree(size_t(n), 0);
    for (const Node &node : m_nodes)
        for (const Edge &e : node.dependents)
            ++indegree[size_t(e.node)];
    std::vector<int> order;
    order.reserve(size_t(n));
    for (int id = 0; id < n; ++id)
        if (indegree[size_t(id)] == 0)
            order.push_back(id);
    for (size_t i = 0; i < order.size(); ++i)
        for (const Edge &e : m_nodes[size_t(order[i])].dependents)
            if (--indegree[size_t(e.node)] == 0)
                order.push_back(e.node);
    if (int(order.size()) != n) {
        // Walk operands from a node still waiting until one repeats: that is a cycle.
        int start = 0;
        while (indegree[size_t(start)] == 0)
            ++start;
        std::vector<int> path;
        std::vector<int> seenAt(size_t(n), -1);
        int cur = start;
        while (seenAt[size_t(cur)] < 0) {
            seenAt[size_t(cur)] = int(path.size());
            path.push_back(cur);
            for (const Edge &e : m_nodes[size_t(cur)].operands)
                if (indegree[size_t(e.node)] > 0) {
                    cur = e.node;
                    break;
                }
        }
        QStringList names;
        for (size_t i = size_t(seenAt[size_t(cur)]); i < path.size(); ++i)
            names.append(m_nodes[size_t(path[i])].key.toString());
        names.append(m_nodes[size_t(cur)].key.toString());
        if (error)
            *error = Tr::tr("formulas form a cycle: %1").arg(names.join(QStringLiteral(" ← ")));
        m_nodes.clear();
        m_ids.clear();
        return false;
    }
    for (int i = 0; i < n; ++i)
        m_nodes[size_t(order[size_t(i)])].order = i;
    for (int id : order) {
        Node &node = m_nodes[size_t(id)];
        if (!node.computed)
            continue;
        node.sum = 0;
        node.nonBlank = 0;
        for (const Edge &e : node.operands) {
            const Money &v = m_nodes[size_t(e.node)].value;
            if (!v.isBlank()) {
                node.sum += e.sign * v.fen();
                ++node.nonBlank;
            }
        }
        node.value = node.nonBlank > 0 ? Money::fromFen(node.sum) : Money();
    }
    return true;
}

Money RecalcEngine::value(const CellKey &key) const
{
    const int id = idOf(key);
    return id < 0 ? Money() : m_nodes[size_t(id)].value;
}

void RecalcEngine::propagate(int id, const Money &oldValue, const Money &newValue)
{
    const qint64 delta = newValue.fen() - oldValue.fen();
    const int blankDelta = int(!newValue.isBlank()) - int(!oldValue.isBlank());
    const auto later = [this](int a, int b) { return m_nodes[size_t(a)].order > m_nodes[size_t(b)].order; };
    for (const Edge &e : m_nodes[size_t(id)].dependents) {
        Node &dep = m_nodes[size_t(e.node)];
        dep.sum += e.sign * delta;
        dep.nonBlank += blankDelta;
        if (!dep.queued) {
            dep.queued = true;
            m_heap.push_back(e.node);
            std::push_heap(m_heap.begin(), m_heap.end(), later);
        }
    }
}

QList<int> RecalcEngine::setValues(const QList<QPair<int, Money>> &changes)
{
    QList<int> changed;
    for (const auto &c : changes) {
        Node &node = m_nodes[size_t(c.first)];
        if (node.computed || node.value == c.second)
            continue;
        const Money old = node.value;
        node.value = c.second;
        changed.append(c.first);
        propagate(c.first, old, c.second);
    }
    // Operands always precede their dependents in topological order, so when a node is
    // popped every contribution to it has arrived.
    const auto later = [this](int a, int b) { return m_nodes[size_t(a)].order > m_nodes[size_t(b)].order; };
    while (!m_heap.empty()) {
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        const int id = m_heap.back();
        m_heap.pop_back();
        Node &node = m_nodes[size_t(id)];
        node.queued = false;
        const Money next = node.nonBlank > 0 ? Money::fromFen(node.sum) : Money();
        if (next == node.value)
            continue;
        const Money old = node.value;
        node.value = next;
        changed.append(id);
        propagate(id, old, next);
    }
    return changed;
}

QList<int> RecalcEngine::operandsOf(int id) const
{
    QList<int> out;
    for (const Edge &e : m_nodes[size_t(id)].operands)
        out.append(e.node);
    return out;
}

QList<int> RecalcEngine::dependentsOf(int id) const
{
    QList<int> out;
    for (const Edge &e : m_nodes[size_t(id)].dependents)
        out.append(e.node);
    return out;
}

} // namespace Juesuan
