#include "tableexport.h"

#include "document.h"
#include "inputtext.h"
#include "yearlabel.h"

#include <QCoreApplication>

namespace Juesuan {

namespace {
bool isNumber(const QString &s)
{
    bool ok = false;
    s.toLongLong(&ok);
    return ok;
}
} // namespace

QString TableExport::toTsv(const Document &document, const QString &tableId, QString *error, Values values)
{
    const ReportTemplate &rt = document.reportTemplate();
    const TableTemplate *t = rt.table(tableId);
    if (!t) {
        QStringList ids;
        for (const TableTemplate &tt : rt.tables())
            ids.append(tt.id());
        *error = QCoreApplication::translate("Juesuan::TableExport", "no table “%1” (the tables are %2)")
                         .arg(tableId, ids.join(QStringLiteral(", ")));
        return QString();
    }
    const Metadata &m = document.metadata();
    QString out;
    const QChar tab(QLatin1Char('\t'));
    const QChar nl(QLatin1Char('\n'));
    // Every text from the document is one escaped field (InputText::tsvField): a tab or line
    // break in a name must not make a column or a row of its own.
    const auto field = &InputText::tsvField;
    out += QStringLiteral("# ") + t->code() + tab + yearLabel(m.year) + field(t->title()) + nl;
    out += QStringLiteral("# 部门：") + field(m.department) + tab + QStringLiteral("金额单位：") + field(m.amountUnit) + nl;
    const auto amounts = [&](const QList<CellKey> &cells) {
        QString s;
        for (const CellKey &k : cells)
            s += tab + (values == Values::Exact ? document.value(k).toExactWanyuan()
                                                : document.printed().printedWanyuan(k));
        return s;
    };
    if (t->isCodeList()) {
        QStringList captions;
        for (const QString &col : t->amountColumns())
            captions.append(field(col + QLatin1Char(' ') + t->columnCaption(t->amountGridColumn(col))));
        out += QStringLiteral("# 科目编码\t科目名称\t") + captions.join(tab) + nl;
        for (const auto &row : document.bodyRows(t->id())) {
            if (!document.isPrintedRow(t->id(), row.first))
                continue; // as the report prints it: an empty added 项 row is left out
            QList<CellKey> cells;
            for (const QString &col : t->amountColumns())
                cells.append(CellKey{t->id(), row.first, col});
            const bool total = row.first == TableTemplate::totalRow();
            out += (total ? QString() : field(row.first)) + tab + field(document.rowName(t->id(), row.first))
                    + amounts(cells) + nl;
        }
        if (document.itemRows(t->id()).isEmpty() && !t->emptyNote().isEmpty())
            out += QStringLiteral("# ") + field(t->emptyNote()) + nl;
    } else {
        out += QStringLiteral("# 行次或代码\t项目\t金额（按栏次）") + nl;
        for (const TableTemplate::Line &line : t->lines())
            out += (isNumber(line.key) ? line.key : QString()) + tab + field(line.name) + amounts(line.cells) + nl;
    }
    return out;
}

} // namespace Juesuan
