#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace Juesuan {

class Document;
class Money;
class TableTemplate;
struct EvaluationForm;

// One ruled table of the report as printed — a disclosure table (banded header from the
// template, body from SheetLayout), the 重点工作 table or a self-evaluation form — as cells
// with spans, texts and alignment. The PDF layout and the HTML export both draw from it,
// so the two show the same grid.
class ReportGrid
{
public:
    struct Cell {
        int row = 0;
        int col = 0;
        int rowSpan = 1;
        int colSpan = 1;
        QString text;
        Qt::Alignment align = Qt::AlignLeft;
        bool bold = false;
        bool header = false; // a caption: banded header rows and form labels
    };

    int rows = 0;
    int columns = 0;
    int headerRows = 0; // the rows that repeat at the top of every page
    QList<Cell> cells;
    QList<int> widths; // relative column widths when fixed by the kind of grid; else empty

    static ReportGrid sheet(const Document &document, const TableTemplate &table);
    static ReportGrid keyWork(const Document &document);
    static ReportGrid form(const EvaluationForm &form);

    // Amounts as the report prints them: 万元, thousands separators, two decimals; blank is "".
    static QString amount(const Money &value);
    static const QString &checkedBox();   // ☑
    static const QString &uncheckedBox(); // ☐
};

} // namespace Juesuan
