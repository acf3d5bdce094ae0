#pragma once

#include "cellkey.h"

#include <QList>
#include <QString>

namespace Juesuan {

// A computed cell's expression: a signed sum of other cells, the only shape the
// disclosure tables need (totals, subtotals, 1+2−3 balances, cross-table copies).
// Text form: terms joined by + and −, each "[TT!]row@col", where row may be a numeric
// range "1..8" or empty (the formula's own row, for column rules of code-list tables) and
// col may be a numeric range "2..7".
class Formula
{
public:
    struct Term {
        int sign = 1;
        CellKey cell; // cell.row is empty for "same row"
    };

    // Parses `text`; references without "TT!" belong to `table`. On error returns false and
    // says why in *error.
    static bool parse(const QString &text, const QString &table, Formula *out, QString *error);

    const QList<Term> &terms() const { return m_terms; }
    void addTerm(int sign, const CellKey &cell) { m_terms.append({sign, cell}); }
    bool isEmpty() const { return m_terms.isEmpty(); }
    // The formula with "same row" references bound to `row`.
    Formula boundToRow(const QString &row) const;

private:
    QList<Term> m_terms;
};

} // namespace Juesuan
