#pragma once

#include "workbook.h"

#include <QByteArray>
#include <QString>

namespace Juesuan {

// Reads CSV/TSV text into a one-sheet Workbook: detects the encoding (UTF-8 with or without
// BOM, UTF-16 with BOM, else GB18030) and the delimiter (tab, comma, semicolon), follows
// RFC 4180 quoting, and makes plain numbers Number cells. Used through WorkbookReader.
class CsvReader
{
public:
    static bool read(const QByteArray &data, const QString &source, Workbook *out, QString *error);
};

} // namespace Juesuan
