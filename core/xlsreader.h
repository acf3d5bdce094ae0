#pragma once

#include "workbook.h"

#include <QString>

namespace Juesuan {

// Reads a legacy .xls (BIFF in an OLE2 compound file) into a Workbook with FreeXL. FreeXL
// gives cell values only: no number format codes (dates and times come as ISO text, marked
// with an ISO format), no merges and nothing for formula cells; XlsRecordScan adds the
// merges and the formulas' cached results with their formula flags. Used through
// WorkbookReader.
class XlsReader
{
public:
    // What the sheets of one xls may declare together: FreeXL allocates that many cells
    // (16 bytes each) up front. One full BIFF8 sheet is 65536 × 256.
    static constexpr qint64 maxDeclaredCells = 65536LL * 256;

    // FreeXL reads files only: readData() writes a temporary file first.
    static bool readFile(const QString &path, const QString &source, Workbook *out, QString *error);

    // The shortest decimal text that reads back to the same double ("2017.65", "1e+20").
    static QString shortestDecimal(double value);
};

} // namespace Juesuan
