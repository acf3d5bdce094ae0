#pragma once

#include <QString>

namespace Juesuan {

class Document;

// Writes one table as the "table" verb prints it: '#' header lines, then one line per
// row — code or 行次, TAB, name, TAB, the row's amounts in 万元 as printed (舍位平衡, 2
// decimals) or exact (up to 6 decimals), no thousands separators, blank cells empty. Text
// fields are escaped (\\ \t \r \n, other control characters \uXXXX), so each line is one
// row and each tab a column boundary.
class TableExport
{
public:
    enum class Values { Printed, Exact };
    // Empty with *error set when the table does not exist.
    static QString toTsv(const Document &document, const QString &tableId, QString *error,
                         Values values = Values::Printed);
};

} // namespace Juesuan
