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
// reading a cell). BIFF8, and BIFF5 without string results. Every offset is checked; a
// file it cannot walk yields false, and the caller keeps what FreeXL read.
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
    // them; false when the file cannot be walked. `damage` is set, and true returned, when
    // a record holds a string longer than the record itself: FreeXL would read past its
    // buffer there, so the caller refuses the file instead.
    static bool read(const QByteArray &file, QList<Sheet> *sheets, QString *damage);
};

} // namespace Juesuan
