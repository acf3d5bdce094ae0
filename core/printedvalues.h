#pragma once

#include "cellkey.h"
#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Juesuan {

class Document;
class TableTemplate;

// The printed layer (舍位平衡): for every amount cell, the 0.01 万元 figure the report prints,
// chosen by controlled rounding so that every formula of the templates and every equality
// audit rule that holds on the exact values also holds on what is printed. Each printed
// value is the exact value rounded down or up (a whole 0.01 万元 stays as it is); among
// such choices the fewest cells differ from half-up rounding and grand totals keep it.
// Owned by Document (Document::printed()); recomputed lazily as one min-cost flow network
// of the whole document that an edit repairs in place (GLPK per linked block where the rows
// take no network form). See docs/rounding.md.
class PrintedValues
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::PrintedValues)
public:
    static constexpr qint64 unitFen = 10000; // 0.01 万元
    // The largest block of linked free cells handed to GLPK. The network of the whole document
    // solves every block whose relations take network form; a larger block that does not (or
    // whose network answer breaks a relation left out of it) prints half-up and is reported as
    // not balanced (GLPK would take seconds there, docs/rounding.md).
    static constexpr int maxBalancedCells = 10000;

    // How components are solved: Auto solves the whole document as one min-cost flow network
    // and hands GLPK only the blocks the network cannot prove optimal; IntegerProgram always
    // uses GLPK, block by block (the tests' reference).
    enum class Method { Auto, IntegerProgram };
    void setMethod(Method method);

    // A relation the printed values do not keep, and why.
    struct Unkept {
        QString relation; // e.g. "02-03.class (201): 02!201@1 = 03!201@1"
        QString reason;
        QList<CellKey> cells;
        bool grandTotal = false; // a grand total printed off its half-up rounding, not a relation
    };
    struct Stats {
        int freeCells = 0;        // cells whose exact value is not a whole 0.01 万元
        int components = 0;       // blocks solved by the last update (the network counts as one)
        int largestComponent = 0; // free cells in the largest of them; for the network, the
                                  // free cells it decided (all of them, or after an edit the
                                  // ones whose bounds or printed value moved)
        int solverCalls = 0;      // integer programs handed to GLPK by the last update
        int flowSolves = 0;       // blocks solved as a min-cost flow by the last update
        int augmentations = 0;    // shortest paths the network's flow sent in the last update
        int nudged = 0;           // cells printed other than half-up rounding (whole document)
        // Where the last update spent its time (ns): reading the structure (formulas, tree
        // rows, rule bindings; only when the rows changed), which rules hold, building the
        // network, and the flow (solve or repair). What bench_printed prints.
        qint64 structureNs = 0, rulesNs = 0, networkNs = 0, flowNs = 0;
    };

    explicit PrintedValues(const Document &document);
    ~PrintedValues();

    // The printed value in 分 (a multiple of 10,000), blank for a blank or unknown cell.
    Money printedValue(const CellKey &key) const;
    // The printed value as the tables show it: 万元 with 2 decimals ("313.94"), "" when blank.
    QString printedWanyuan(const CellKey &key, bool groupThousands = false) const;
    // Whether the printed value differs from half-up rounding of the exact value.
    bool isNudged(const CellKey &key) const;
    // For a nudged cell: "exact 313.9349 万元; printed 313.94 to keep 05表 20103 = Σ项".
    QString nudgeReason(const CellKey &key) const;
    // Every nudged cell, in the engine's (template) order.
    QList<CellKey> nudgedCells() const;
    // Relations that could not be kept (cross-table rules) and grand totals printed off
    // half-up rounding (grandTotal set).
    const QList<Unkept> &unkept() const;
    // True when every formula and every equality rule that holds exactly holds on printed
    // values (a grand total off half-up rounding does not count).
    bool balanced() const;
    const Stats &stats() const;

    // A table's notes as printed: the 尾数误差 sentence goes when everything balances,
    // unless the document keeps it (Metadata::keepRoundingNote).
    QStringList notes(const TableTemplate &table) const;
    static bool isRoundingNote(const QString &note);

    // What Document calls: values changed (engine ids, as RecalcEngine::setValues reports),
    // or the whole graph was rebuilt.
    void cellsChanged(const QList<int> &ids);
    void invalidate();

private:
    struct Network;
    using Term = std::pair<int, int>; // (engine id, sign)
    // A run of one of the flat arrays below.
    template<typename T>
    struct Span {
        const T *first = nullptr, *last = nullptr;
        const T *begin() const { return first; }
        const T *end() const { return last; }
        size_t size() const { return size_t(last - first); }
        bool empty() const { return first == last; }
        const T &front() const { return *first; }
        const T &operator[](size_t i) const { return first[i]; }
    };
    using Terms = Span<Term>;
    struct Constraint {
        Terms terms;   // Σ sign × printed = 0
        int rule = -1; // index into m_candidates, -1 for a formula
        int head = -1; // formula: the computed cell
    };
    // A binding of an equality rule over cells (AuditEngine::cellEqualities, unchecked): the
    // list follows the rows; whether each holds follows the values.
    struct Candidate {
        QString ruleId;
        QString binding;
        std::vector<Term> terms;
        int rule = -1;            // index in the audit rule set
        bool conditional = false; // has "when" conditions: asked again on every update
        bool holds = false;
    };
    void update() const;
    void buildStructure() const;
    void buildTreeRows() const;
    void readCandidates() const;
    void refreshRules(bool all, std::vector<int> *touched) const;
    void buildNetwork() const;
    void solveAll() const;
    void repair(std::vector<int> changed) const;
    bool followsInPlace(int candidate) const;
    void writeGroup(int group) const;
    void handOver(const std::vector<int> &pieces, std::vector<int> *seeds) const;
    int reasonFor(int id) const;
    void countCells() const;
    void solveFrom(const std::vector<int> &seeds) const;
    void solveComponent(const std::vector<int> &vars, const std::vector<int> &constraints) const;
    Constraint constraint(int index) const;
    int constraintCount() const;
    bool constraintHolds(int index) const;
    template<typename F>
    void forEachFormulaOf(int id, F &&visit) const;
    Terms treeRow(int head) const;
    int depthOf(int head) const;
    QString relationText(int constraintIndex) const;
    void setCell(int id, qint64 printed) const;

    const Document &m_document;
    // Everything below is a cache of the document's values, rebuilt on demand. The structure
    // (formulas, tree rows, rule bindings, tie weights) follows the templates and the rows and
    // is kept in flat arrays: a document of 20,000 项 per table has 300,000 cells.
    mutable bool m_structureValid = false;
    mutable bool m_dirty = true;
    mutable std::vector<int> m_pending;          // changed engine ids not yet re-solved
    mutable std::vector<int> m_formulaHead;      // formula → its computed cell
    mutable std::vector<int> m_formulaStart;     // formula → its terms in m_formulaTerms
    mutable std::vector<Term> m_formulaTerms;    // head +1, operands with their sign negated
    mutable std::vector<int> m_formulaDepth;     // nesting of the head's row: 项 deepest, 合计 0
    mutable std::vector<int> m_formulaOf;        // engine id → formula or -1
    // For a computed cell of a code-list table's total column (1栏 = Σ栏) on a row with child
    // rows: the same cell as the sum of its children in that column, a relation the formulas
    // imply. With it the within-table equations take network form (docs/rounding.md).
    mutable std::vector<int> m_treeStart;        // formula → its tree row in m_treeTerms
    mutable std::vector<Term> m_treeTerms;
    mutable std::vector<qint64> m_tie;           // engine id → tie-break weight
    mutable std::vector<Candidate> m_candidates;
    mutable std::vector<int> m_candidateStart, m_candidateList; // engine id → candidates
    mutable std::vector<int> m_conditional;      // candidates with conditions
    mutable std::vector<int> m_flipped;          // candidates that started or stopped holding
    mutable QHash<int, QList<int>> m_cellRules;  // engine id → constraints of rules that hold
    mutable std::vector<qint64> m_printed;          // 分, by engine id
    mutable std::vector<char> m_nudged;
    mutable std::vector<int> m_reason;              // constraint index kept, -1 none
    mutable std::vector<int> m_component;           // engine id → component number, -1 not free
    mutable std::vector<std::vector<int>> m_components;
    mutable std::vector<int> m_anchor;              // engine ids of grand totals
    mutable std::vector<char> m_isAnchor;
    mutable QHash<int, QList<Unkept>> m_unkeptByComponent;
    mutable QList<Unkept> m_unkept;
    mutable Stats m_stats;
    mutable std::unique_ptr<Network> m_network; // Method::Auto: the whole document as a flow
    Method m_method = Method::Auto;
};

} // namespace Juesuan
