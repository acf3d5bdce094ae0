#pragma once

#include "cellkey.h"
#include "money.h"
#include "workbook.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Juesuan {

class ReportTemplate;
class TableTemplate;

// Something the import read but could not use, or a remark about what it assumed: the
// place (`公开05表 (sheet "Sheet3" A12)` or a sheet) and the reason.
struct ImportIssue
{
    QString place;
    QString reason;
};

// One amount of a located table: the document cell it belongs to and the sheet cell it
// was read from.
struct LocatedCell
{
    CellKey key;
    int row = 0;
    int col = 0;
    WorkbookCell cell;
};

// One body row of a code-list table as the workbook gives it.
struct LocatedRow
{
    QString code;  // TableTemplate::totalRow(), or a 3/5/7-digit subject code
    QString name;  // the 科目名称 the workbook prints (may be empty)
    int row = 0;   // sheet row
};

// One edition table found on a sheet: where it is, its unit and every amount cell read.
struct LocatedTable
{
    QString tableId;
    int sheet = 0;           // index into Workbook::sheets
    QString sheetName;
    int titleRow = 0;        // first row of the table (its title or code), 0-based
    int headerFirstRow = 0;  // the banded header
    int headerLastRow = 0;
    int lastRow = 0;         // last body row read
    int firstCol = 0;
    int lastCol = 0;
    Money::Unit unit = Money::Unit::Wanyuan;
    bool unitFound = false;  // false: no 金额单位 line, `unit` is the default
    QList<LocatedCell> cells;
    QList<LocatedRow> rows;  // code-list tables
    QList<ImportIssue> skipped;
};

// What the locator found in a workbook.
struct LocatedWorkbook
{
    QList<LocatedTable> tables;
    QList<ImportIssue> skipped; // sheets without tables, tables found twice…
    QString department;         // from an 编制单位/部门 line or a title prefix; empty if none
    int year = 0;               // from "20XX年度" in a title; 0 if none
};

// Finds the edition's tables in a workbook grid: each table by its title (with or without
// a "2023年度" or department prefix, quotes and widths normalised) or its 公开NN表 code, on
// any sheet and several per sheet; its banded header (1–4 rows, merges cover every column
// under them) whose captions or 栏次 numbers name the columns in any order; its body rows by
// subject code (joined, or split over 类/款/项 columns) or by 行次, code or line name; and
// its 金额单位 line. It reads no amount: the mapper (WorkbookImporter) does.
class TableLocator
{
public:
    explicit TableLocator(const ReportTemplate &edition);

    LocatedWorkbook locate(const Workbook &workbook) const;

    // Text folded for comparing captions and titles: whitespace and quotes removed,
    // full-width ASCII and brackets made half-width.
    static QString fold(const QString &text);
    // "C12" for 0-based row 11, column 2.
    static QString cellName(int row, int col);

private:
    struct Anchor;
    void locateSheet(const Workbook &workbook, int sheetIndex, LocatedWorkbook *out) const;
    bool readTable(const WorkbookSheet &sheet, const TableTemplate &t, int titleRow, int firstRow, int endRow,
                   LocatedTable *out, QString *why) const;

    const ReportTemplate &m_edition;
};

} // namespace Juesuan
