#pragma once

#include "cellkey.h"
#include "formula.h"
#include "money.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Juesuan {

// Holds every amount cell of a document and keeps computed cells equal to their
// formulas. Formulas compile once into a dependency graph; an edit updates only the
// cells downstream of it, in topological order, at a cost proportional to the edges it
// touches (each computed cell keeps a running sum, so a total over 100 children costs one
// addition, not 100).
class RecalcEngine
{
public:
    struct Definition {
        CellKey key;
        bool computed = false;
        Formula formula; // references to cells that are not defined count as blank
        // Operands already known by position in the definition list, with their sign: what
        // code-list tables use for their thousands of sums, sparing a key lookup each.
        QList<QPair<int, int>> operandIndexes;
    };

    // Replaces the graph. Input cells start with the values in `inputs` (others blank).
    // Refuses a cycle, naming its cells, and leaves the engine empty in that case.
    bool build(const QList<Definition> &cells, const QHash<CellKey, Money> &inputs, QString *error);

    int cellCount() const { return int(m_nodes.size()); }
    int idOf(const CellKey &key) const { return m_ids.value(key, -1); }
    const CellKey &keyOf(int id) const { return m_nodes[size_t(id)].key; }
    bool contains(const CellKey &key) const { return m_ids.contains(key); }
    bool isComputed(int id) const { return m_nodes[size_t(id)].computed; }
    Money value(int id) const { return m_nodes[size_t(id)].value; }
    Money value(const CellKey &key) const;

    // Sets input cells and recomputes their dependents. Returns the ids of every cell whose
    // value changed (inputs included), each once. Computed cells in `changes` are ignored.
    QList<int> setValues(const QList<QPair<int, Money>> &changes);

    // The cells a computed cell reads, and the cells that read a given cell.
    QList<int> operandsOf(int id) const;
    QList<int> dependentsOf(int id) const;
    // An operand of a computed cell (or, in the other direction, a dependent) with its sign.
    struct Edge {
        int node;
        int sign; // +1 or −1
    };
    // The operands of a computed cell with their signs, without a copy: what the printed-value
    // balancer turns into constraints for every computed cell of the document.
    const std::vector<Edge> &signedOperandsOf(int id) const { return m_nodes[size_t(id)].operands; }
    // The cells that read a given cell, with the sign they read it with, without a copy.
    const std::vector<Edge> &signedDependentsOf(int id) const { return m_nodes[size_t(id)].dependents; }

private:
    struct Node {
        CellKey key;
        bool computed = false;
        Money value;
        qint64 sum = 0;     // Σ sign × operand (blank as 0), computed cells only
        int nonBlank = 0;   // operands that are not blank; 0 makes the cell blank
        int order = 0;      // position in topological order
        bool queued = false;
        std::vector<Edge> operands;
        std::vector<Edge> dependents;
    };
    void propagate(int id, const Money &oldValue, const Money &newValue);

    std::vector<Node> m_nodes;
    QHash<CellKey, int> m_ids;
    std::vector<int> m_heap; // min-heap of node ids by topological order
};

} // namespace Juesuan
