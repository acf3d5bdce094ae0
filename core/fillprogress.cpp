#include "fillprogress.h"

#include "document.h"

#include <QCoreApplication>

namespace Juesuan {

QString FillProgress::text() const
{
    if (codeList && rows == 0)
        return QCoreApplication::translate("Juesuan::FillProgress", "no items yet");
    return QStringLiteral("%1 / %2").arg(filled).arg(inputs);
}

FillProgress FillProgress::of(const Document &document, const QString &table)
{
    FillProgress p;
    const TableTemplate *t = document.reportTemplate().table(table);
    if (!t)
        return p;
    p.codeList = t->isCodeList();
    const auto count = [&](const CellKey &k) {
        if (!document.hasCell(k))
            return;
        if (document.isComputed(k)) {
            ++p.derived;
            return;
        }
        ++p.inputs;
        if (!document.value(k).isBlank())
            ++p.filled;
    };
    if (p.codeList) {
        const QStringList rows = document.itemRows(table);
        p.rows = int(rows.size());
        for (const auto &row : document.bodyRows(table))
            for (const QString &col : t->amountColumns())
                count(CellKey{table, row.first, col});
    } else {
        for (const CellKey &k : t->amountCells())
            count(k);
    }
    return p;
}

} // namespace Juesuan
