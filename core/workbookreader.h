#pragma once

#include "workbook.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Juesuan {

// Reads a workbook file (.xlsx, .xls, .csv/.tsv) into a Workbook grid, choosing the format
// by the content, not the name. Bad input is refused with the file, the place and the
// reason, and `*out` is left empty; every size is capped so a hostile file cannot exhaust
// memory (see the limits below).
//
// What each format gives:
// - xlsx (minizip + QXmlStreamReader): every worksheet in workbook order, texts (shared,
//   inline, rich-text runs joined), numbers as the stored <v> text, formula flags with the
//   cached value, merges and each cell's number format code (General gives none).
// - xls (FreeXL): every worksheet, texts and numbers (the shortest decimal that reads back
//   to the same double), dates as text with their ISO format. FreeXL reports no number
//   format codes, so xls cells have formats only for dates and times; it reports neither
//   merges nor formula cells, which XlsRecordScan reads from the BIFF records (merges,
//   cached results with formula flags).
// - csv/tsv: one sheet named after the file; UTF-8 (with or without BOM), UTF-16 with BOM,
//   else GB18030; the delimiter (tab, comma, semicolon) found from the first lines;
//   RFC 4180 quoting; a field that is a plain number becomes a Number cell.
class WorkbookReader
{
public:
    static constexpr qint64 maxFileSize = 200 * 1024 * 1024;      // bytes of the file itself
    static constexpr qint64 maxPartSize = 128 * 1024 * 1024;      // one uncompressed xlsx part
    static constexpr qint64 maxTotalPartSize = 512 * 1024 * 1024; // all parts read from one xlsx
    static constexpr int maxCells = 2000000;                      // cells in the whole workbook
    static constexpr int maxRows = 1048576;                       // Excel's own limits
    static constexpr int maxColumns = 16384;
    static constexpr int maxSheets = 1000;

    static bool read(const QString &path, Workbook *out, QString *error);
    // The same from memory; `source` names the data in messages and names a CSV's sheet.
    static bool readData(const QByteArray &data, const QString &source, Workbook *out, QString *error);

    // "C7" → row 6, column 2 (0-based); false for anything outside Excel's A1:XFD1048576.
    // Accepts "$C$7" too.
    static bool parseCellReference(QStringView ref, int *row, int *col);
    // Row 6, column 2 → "C7": how messages name a sheet cell.
    static QString cellReference(int row, int col);
    // True for a plain decimal number such as "-12", "2017.65", ".5" or "1.2345E+4" (no
    // thousands separators, currency or spaces): what a Number cell's text may be.
    static bool isPlainNumber(QStringView text);
};

} // namespace Juesuan
