#pragma once

#include "cellkey.h"

#include <QString>

namespace Juesuan {

class Document;
class TableTemplate;

// Says in words, in the report's own notation, where an amount cell is and where a computed
// cell's value comes from: "公开02表 201 一般公共服务支出 本年收入合计", "= 公开03表 合计 1栏",
// "= 20101 + 20103 (款 rows)", "= 1栏 + 2栏 − 3栏". Built from the table templates and
// their formulas, so the editor's tooltips, paste reports, the audit and the report can all
// name cells the same way, never by internal keys such as 02!201@1.
class CellWording
{
public:
    // The table code, the row (code or 行次 with its name, or the 合计 label) and the
    // column's header caption: "公开05表 2010350 事业运行 本年支出/基本支出".
    static QString place(const Document &document, const CellKey &key);
    // The row alone as `place` words it: "2010350 事业运行", "27行 本年收入合计", "合计".
    static QString row(const Document &document, const QString &table, const QString &row);
    // The column's header caption without spacing ("本年支出/基本支出"), else "2栏".
    static QString column(const TableTemplate &table, const CellKey &key);
    // Where a computed cell's value comes from, starting "= "; empty for an input cell or a
    // key that is not in the document.
    static QString formula(const Document &document, const CellKey &key);
};

} // namespace Juesuan
