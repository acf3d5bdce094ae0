#pragma once

#include "cellkey.h"
#include "money.h"

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace Juesuan {

class Document;

// A block of clipboard text pasted over one table's grid the way a spreadsheet pastes, as
// ONE document change: each field lands on the grid place under it; input cells take their
// values (one undo step); computed cells (totals, 类 and 款 rows, 小计 columns) are never
// overwritten but compared with what the document computes once the block's own inputs are
// in, and each difference is reported in words. Labels (codes, names, 行次) must be empty or
// say what the grid says there, which catches a block pasted out of line. A single value
// pasted over a larger selection fills every input cell in it. Nothing is half-pasted: a
// refused field changes nothing, and the result says where and why.
class BlockPaste
{
public:
    // A computed cell whose pasted value is not what the document computes.
    struct Difference {
        CellKey key;
        Money pasted;
        Money computed;
        // "公开02表 201 一般公共服务支出 本年收入合计: pasted 12.00, computed 11.99,
        // difference 0.01 (万元)"
        QString message;
    };
    struct Result {
        bool ok = false;
        QString error;        // why nothing was pasted, naming the place
        int errorRow = -1;    // the body grid place the error is about, or -1
        int errorColumn = -1;
        QRect area;           // the grid places the paste covered (x = column, y = row)
        int inputs = 0;       // input cells the block gave a value (changed or not)
        int compared = 0;     // computed cells compared with the block
        int skipped = 0;      // computed cells a filled value left alone
        QList<Difference> differences;
        // One line for the status bar: how many cells, and the differences if any.
        QString summary() const;
    };

    // Splits clipboard text into rows of fields: tab-separated, CRLF, CR or LF between rows,
    // the trailing line break spreadsheets add dropped, "quoted" fields (Excel quotes a field
    // holding a tab, a line break or a quote) unquoted.
    static QList<QStringList> split(const QString &text);

    // Pastes `text` over table `tableId` of `document`, its first field at the top-left place
    // of `selection` (body grid: x = column, y = row), reading amounts in `unit` (a number
    // followed by 元 or 万元 is read in that unit). One undo step named `actionText`, none when
    // nothing changes.
    static Result paste(Document *document, const QString &tableId, const QRect &selection,
                        const QString &text, Money::Unit unit, const QString &actionText);

    // An amount as the paste unit shows it: 元 with 2 decimals; 万元 with 2, or as many as
    // the exact value needs. Blank is "blank".
    static QString shown(const Money &money, Money::Unit unit);
};

} // namespace Juesuan
