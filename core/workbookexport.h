#pragma once

#include <QString>

namespace Juesuan {

class Document;
class Progress;

// Writes the nine disclosure tables as one XLSX workbook laid out as published, rendered from
// the report outline's table nodes as the PDF and HTML are (a sheet per node in its order:
// title, 公开NN表, 部门 and 金额单位, the banded header with its merges, the body with codes
// and names, the notes and 注明), amounts in 万元 as numbers, every computed cell as a live
// formula whose cached value is Juesuan's, with A4 print set-up. The target file is replaced
// only when the whole workbook was written.
//
// Amounts are the printed values (舍位平衡, Document::printed()) by default: the entered cells
// carry printed values, so the live formulas compute the printed totals and the sheet adds
// up as the report does; the notes are the printed notes (no 尾数误差 sentence when every
// relation balances). Amounts::Exact writes the exact values (up to 6 decimals of 万元) and the
// template's notes as they stand.
class WorkbookExport
{
public:
    enum class Amounts { Printed, Exact };

    // Returns false with *error set (the file, the place when there is one, and the reason)
    // when the workbook cannot be written; the target is then untouched and no temporary
    // file is left behind. `progress` hears each sheet; a cancel returns false, sets no
    // error and leaves the target as it was.
    static bool exportXlsx(const Document &document, const QString &path, QString *error,
                           Progress *progress = nullptr, Amounts amounts = Amounts::Printed);
};

} // namespace Juesuan
