#pragma once

#include "workbook.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Juesuan {

// Reads from an .xls what FreeXL does not give, walking the BIFF records itself over a
// minimal reader of the compound file (FAT, DIFAT, mini stream, directory): the cached
// results of formula cells (FreeXL skips them, so totals could not be compared), merged
// ranges (MERGEDCELLS), and each sheet's declared size (FreeXL allocates it in full before
// reading a cell). BIFF8, and BIFF5 without string results. Every offset is checked, and it
// runs before FreeXL as a gate: FreeXL 1.0.6 reads out of bounds or crashes on some
// damaged files that this walk refuses.
class XlsRecordScan
{
public:
    struct Result
    {
        int row = 0, col = 0;
        WorkbookCell cell; // formula = true; Number or Text
    };
    struct Sheet
    {
        QString name;
        QList<Result> results;
        QList<WorkbookMerge> merges;
        qint64 rows = 0, columns = 0; // as its DIMENSIONS record declares them
    };

    // The worksheets in workbook order (chart and macro sheets left out), as FreeXL lists
    // them. False, with the reason, when the file cannot be walked or holds records that
    // FreeXL would misread (strings longer than their record, a sheet's size declared
    // twice): the caller refuses the file rather than hand it to FreeXL.
    static bool read(const QByteArray &file, QList<Sheet> *sheets, QString *error);
};

} // namespace Juesuan
