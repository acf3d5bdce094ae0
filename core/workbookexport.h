#pragma once

#include <QString>

namespace Juesuan {

class Document;

// Writes the nine disclosure tables as one XLSX workbook laid out as published (a sheet per
// table: title, 公开NN表, 部门 and 金额单位, the banded header with its merges, the body with
// codes and names, the notes), amounts in 万元 as numbers, every computed cell as a live
// formula whose cached value is Juesuan's, with A4 print set-up. The target file is replaced
// only when the whole workbook was written.
class WorkbookExport
{
public:
    // Returns false with *error set (the file, the place when there is one, and the reason)
    // when the workbook cannot be written; the target is then untouched and no temporary
    // file is left behind.
    static bool exportXlsx(const Document &document, const QString &path, QString *error);
};

} // namespace Juesuan
