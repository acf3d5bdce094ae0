#pragma once

#include "cellkey.h"
#include "money.h"
#include "tablelocator.h"
#include "workbook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Juesuan {

class Document;
class Progress;

// A computed cell whose workbook value is not what Juesuan computes from the imported inputs.
struct ImportDifference
{
    CellKey key;
    QString place;   // 公开05表 (sheet "Sheet3" C12)
    Money workbook;
    Money computed;
    QString message; // 公开05表 (sheet "Sheet3" C12) 类207 1栏: workbook 2,017.65, computed 2,012.65
};

// What an import read, skipped, assumed and found: for the verb's stderr and the dialog.
struct ImportSummary
{
    struct Table {
        QString id;
        QString code;  // 公开05表
        QString title;
        QString sheet;
        QString range; // A1:G40
        QString unit;  // 元 or 万元
        bool unitFound = false;
        int cells = 0; // amounts read (non-empty)
    };
    bool imported = false;
    bool cancelled = false; // the watcher cancelled: nothing was changed
    QString source;
    QString error;     // why nothing was imported
    QList<Table> tables;
    int cellsRead = 0;
    int inputsSet = 0;
    QList<ImportIssue> skipped;
    QList<ImportDifference> differences;
    QStringList notes; // replaced tables, names given, defaults assumed
    QString department; // found in the workbook, or empty
    int year = 0;       // found in the workbook, or 0

    QString text() const;
};

// Turns the tables a TableLocator finds in a workbook into ONE document change (one undo
// step, Document::importTables): input cells are set; computed cells (totals, 类/款 rows,
// 小计 columns, cells another table supplies) are not entered but compared with what the
// document computes from the imported inputs, each difference naming its sheet cell.
// Nothing is half-imported: a workbook with no table, an amount that is not a whole number
// of 分, or a subject whose 类 the catalogue does not know changes nothing and says why.
//
// Amounts: the decimal text of a cell is converted to 分 exactly, in the table's unit
// (元: at most 2 decimals; 万元: at most 6). Text cells may group digits ("1,234.50"),
// use full-width digits or accounting parentheses; "-", "—" and the like are blank.
// Number cells whose decimal text has finer precision are accepted only as floating-point
// noise of a formula's cached value ("313.94000000000005"): when the value lies within
// max(1e-6 分, 1e-15 × |value|) of a whole 分 it is taken as that 分; anything else
// ("313.945") is refused, naming the cell.
class WorkbookImporter
{
public:
    // Imports into `document`; false (document untouched) when nothing could be imported,
    // with summary->error saying where and why. Differences do not make it fail.
    // `progress` hears each table mapped; a cancel returns false before anything changes.
    static bool import(Document *document, const Workbook &workbook, ImportSummary *summary,
                       Progress *progress = nullptr);

    // One cell's amount in 分 under the rule above; false with the reason when refused.
    static bool toMoney(const WorkbookCell &cell, Money::Unit unit, Money *out, QString *why);
};

} // namespace Juesuan
