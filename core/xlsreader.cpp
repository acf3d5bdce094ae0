#include "xlsreader.h"

#include "workbookreader.h"
#include "xlsrecordscan.h"

#include <QCoreApplication>
#include <QFile>

#include <freexl.h>

#include <charconv>
#include <cmath>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::WorkbookReader)
};

QString freexlReason(int rc)
{
    switch (rc) {
    case FREEXL_FILE_NOT_FOUND: return Tr::tr("the file cannot be opened");
    case FREEXL_INSUFFICIENT_MEMORY: return Tr::tr("not enough memory");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE:
        return Tr::tr("the compound-file header is damaged");
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
        return Tr::tr("the file is truncated or damaged");
    case FREEXL_CFBF_EMPTY_FAT_CHAIN:
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY:
    case FREEXL_INVALID_MINI_STREAM:
    case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
        return Tr::tr("the compound file's allocation table is damaged");
    case FREEXL_BIFF_INVALID_BOF:
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        // A password-protected xlsx is an OLE2 file too, but holds no BIFF workbook.
        return Tr::tr("the compound file holds no Excel workbook (a Word or other Office file, "
                  "or a password-protected workbook)");
    case FREEXL_BIFF_INVALID_SST:
    case FREEXL_BIFF_ILLEGAL_SST_INDEX:
        return Tr::tr("the shared string table is damaged");
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET:
        return Tr::tr("the workbook's text encoding cannot be converted");
    case FREEXL_ILLEGAL_RK_VALUE:
        return Tr::tr("a number is damaged");
    case FREEXL_CRAFTED_FILE:
        return Tr::tr("the file is severely damaged (possibly crafted)");
    default: return Tr::tr("FreeXL error %1").arg(rc);
    }
}

// Closes the FreeXL handle however reading ends.
struct Handle
{
    const void *h = nullptr;
    ~Handle()
    {
        if (h)
            freexl_close(h);
    }
};

} // namespace

QString XlsReader::shortestDecimal(double value)
{
    if (value == 0)
        return QStringLiteral("0"); // also for -0
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    return QString::fromLatin1(buf, int(result.ptr - buf));
}

bool XlsReader::readFile(const QString &path, const QString &source, Workbook *out, QString *error)
{
    *out = Workbook();
    auto fail = [&](const QString &place, const QString &why) {
        *error = place.isEmpty() ? QString(source + QStringLiteral(": ") + why)
                                 : QString(source + QStringLiteral(": ") + place + QStringLiteral(": ") + why);
        return false;
    };
    // FreeXL allocates every sheet's declared rows × columns before reading a cell, so the
    // declared sizes are checked first; the same walk finds the formula results.
    QList<XlsRecordScan::Sheet> scanned;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QString(), Tr::tr("cannot open: %1").arg(file.errorString()));
        if (file.size() > WorkbookReader::maxFileSize)
            return fail(QString(), Tr::tr("the file is more than the %1 MiB a workbook may have").arg(WorkbookReader::maxFileSize / (1024 * 1024)));
        QString why;
        if (!XlsRecordScan::read(file.readAll(), &scanned, &why))
            return fail(QString(), why);
        qint64 declared = 0;
        for (const XlsRecordScan::Sheet &s : std::as_const(scanned)) {
            declared += s.rows * s.columns;
            if (declared > maxDeclaredCells)
                return fail(Tr::tr("sheet “%1”").arg(s.name),
                            Tr::tr("the sheets declare more than %1 cells (this one %2 rows × %3 columns)")
                                .arg(maxDeclaredCells)
                                .arg(s.rows)
                                .arg(s.columns));
        }
    }

    Handle handle;
    int rc = freexl_open(QFile::encodeName(path).constData(), &handle.h);
    if (rc != FREEXL_OK)
        return fail(QString(), freexlReason(rc));

    unsigned int sheetCount = 0;
    rc = freexl_get_info(handle.h, FREEXL_BIFF_SHEET_COUNT, &sheetCount);
    if (rc != FREEXL_OK)
        return fail(QString(), freexlReason(rc));
    if (sheetCount == 0)
        return fail(QString(), Tr::tr("the workbook has no worksheet"));
    if (sheetCount > unsigned(WorkbookReader::maxSheets))
        return fail(QString(), Tr::tr("more than %1 sheets").arg(WorkbookReader::maxSheets));

    Workbook book;
    book.source = source;
    qint64 cellCount = 0;
    for (unsigned short s = 0; s < sheetCount; ++s) {
        const char *name = nullptr;
        rc = freexl_get_worksheet_name(handle.h, s, &name);
        if (rc != FREEXL_OK)
            return fail(Tr::tr("sheet %1").arg(s + 1), freexlReason(rc));
        WorkbookSheet sheet;
        sheet.name = QString::fromUtf8(name ? name : "");
        const QString place = Tr::tr("sheet “%1”").arg(sheet.name);
        rc = freexl_select_active_worksheet(handle.h, s);
        if (rc != FREEXL_OK)
            return fail(place, freexlReason(rc));
        unsigned int rows = 0;
        unsigned short columns = 0;
        rc = freexl_worksheet_dimensions(handle.h, &rows, &columns);
        if (rc != FREEXL_OK)
            return fail(place, freexlReason(rc));
        if (rows > unsigned(WorkbookReader::maxRows) || columns > WorkbookReader::maxColumns)
            return fail(place, Tr::tr("the sheet claims %1 rows × %2 columns, beyond Excel's limits").arg(rows).arg(columns));
        for (unsigned int r = 0; r < rows; ++r) {
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue v;
                rc = freexl_get_cell_value(handle.h, r, c, &v);
                if (rc != FREEXL_OK)
                    return fail(place, Tr::tr("cell %1: %2").arg(WorkbookReader::cellReference(int(r), c), freexlReason(rc)));
                WorkbookCell cell;
                switch (v.type) {
                case FREEXL_CELL_INT:
                    cell.type = WorkbookCell::Type::Number;
                    cell.text = QString::number(v.value.int_value);
                    break;
                case FREEXL_CELL_DOUBLE:
                    if (!std::isfinite(v.value.double_value))
                        continue;
                    cell.type = WorkbookCell::Type::Number;
                    cell.text = shortestDecimal(v.value.double_value);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                    cell.text = QString::fromUtf8(v.value.text_value ? v.value.text_value : "");
                    break;
                case FREEXL_CELL_DATE:
                    cell.text = QString::fromUtf8(v.value.text_value ? v.value.text_value : "");
                    cell.format = QStringLiteral("yyyy-mm-dd");
                    break;
                case FREEXL_CELL_DATETIME:
                    cell.text = QString::fromUtf8(v.value.text_value ? v.value.text_value : "");
                    cell.format = QStringLiteral("yyyy-mm-dd hh:mm:ss");
                    break;
                case FREEXL_CELL_TIME:
                    cell.text = QString::fromUtf8(v.value.text_value ? v.value.text_value : "");
                    cell.format = QStringLiteral("hh:mm:ss");
                    break;
                default: continue; // FREEXL_CELL_NULL: nothing there
                }
                if (cell.text.isEmpty())
                    continue;
                if (++cellCount > WorkbookReader::maxCells)
                    return fail(place, Tr::tr("the workbook holds more than %1 cells").arg(WorkbookReader::maxCells));
                sheet.cells.insert(qMakePair(int(r), int(c)), std::move(cell));
                sheet.rowCount = qMax(sheet.rowCount, int(r) + 1);
                sheet.columnCount = qMax(sheet.columnCount, int(c) + 1);
            }
        }
        book.sheets.append(std::move(sheet));
    }

    // FreeXL leaves formula cells empty and does not report merges; both come from the
    // BIFF records.
    if (scanned.size() == book.sheets.size()) {
        for (qsizetype s = 0; s < book.sheets.size(); ++s) {
            WorkbookSheet &sheet = book.sheets[s];
            const XlsRecordScan::Sheet &results = scanned.at(s);
            if (!results.name.isEmpty() && results.name != sheet.name)
                continue; // not the sheet FreeXL listed here: trust neither
            sheet.merges = results.merges;
            for (const XlsRecordScan::Result &r : results.results) {
                if (r.row >= WorkbookReader::maxRows || r.col >= WorkbookReader::maxColumns)
                    continue;
                const auto key = qMakePair(r.row, r.col);
                const auto it = sheet.cells.find(key);
                if (it != sheet.cells.end()) {
                    it->formula = true;
                    continue;
                }
                if (++cellCount > WorkbookReader::maxCells)
                    return fail(Tr::tr("sheet “%1”").arg(sheet.name),
                                Tr::tr("the workbook holds more than %1 cells").arg(WorkbookReader::maxCells));
                sheet.cells.insert(key, r.cell);
                sheet.rowCount = qMax(sheet.rowCount, r.row + 1);
                sheet.columnCount = qMax(sheet.columnCount, r.col + 1);
            }
        }
    }
    *out = std::move(book);
    return true;
}

} // namespace Juesuan
