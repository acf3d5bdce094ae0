#pragma once

#include <QString>

namespace Juesuan {

class Document;

// How much of one table the user has filled in: the cells to type (the template's input
// cells, for a code-list table those of its 项 rows) and how many hold a value, beside the
// cells the table derives from others. What the outline shows so that a new report says
// what to fill.
struct FillProgress
{
    int inputs = 0;   // cells the user types
    int filled = 0;   // of those, the ones that are not blank
    int derived = 0;  // cells computed from other cells (subtotals, other tables)
    int rows = 0;     // code-list tables: the 项 rows added; fixed tables: 0
    bool codeList = false;

    // Derived: most of a fixed table follows from other cells (公开01表, 公开04表); the user
    // fills only its remaining inputs. Code-list tables are filled in (their 合计, 类 and 款
    // rows sum the 项 rows the user adds).
    bool isMostlyDerived() const { return !codeList && derived > inputs; }
    // "12 / 40", "no items yet" (a code-list table without 项 rows).
    QString text() const;
    static FillProgress of(const Document &document, const QString &table);
};

} // namespace Juesuan
