#include "prioryearimport.h"

#include "document.h"
#include "documentio.h"
#include "workbookimporter.h"
#include "workbookreader.h"

#include <QFileInfo>
#include <QUndoStack>

namespace Juesuan {

std::unique_ptr<Document> PriorYearImport::loadLastYear(const QString &path, const Document &current,
                                                       QString *error, QStringList *notes)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("juesuan"), Qt::CaseInsensitive) == 0)
        return DocumentIO::load(path, error);
    Workbook workbook;
    if (!WorkbookReader::read(path, &workbook, error))
        return nullptr;
    std::unique_ptr<Document> lastYear = DocumentIO::create(current.reportTemplate().edition(),
                                                            current.metadata().department,
                                                            current.metadata().year - 1, error);
    if (!lastYear)
        return nullptr;
    ImportSummary summary;
    if (!WorkbookImporter::import(lastYear.get(), workbook, &summary)) {
        *error = summary.error;
        return nullptr;
    }
    if (summary.year >= 2000 && summary.year <= 2100 && summary.year != lastYear->metadata().year) {
        Metadata m = lastYear->metadata();
        m.year = summary.year; // what the workbook says wins: collect() then asks about it
        lastYear->applyMetadata(m);
    }
    if (notes) {
        notes->append(summary.notes);
        if (!summary.differences.isEmpty())
            notes->append(tr("%n total(s) in the workbook differ from the sums of its figures; the sums were taken",
                             nullptr, int(summary.differences.size())));
    }
    return lastYear;
}

PriorYearImport::Result PriorYearImport::collect(const Document &lastYear, const Document &current)
{
    Result result;
    for (const QString &key : current.priorYearKeys())
        result.labels.insert(key, current.priorYearLabel(key));
    const int expected = current.metadata().year - 1;
    if (lastYear.metadata().year != expected)
        result.yearMismatch = tr("the report read is for %1, not for %2, the year before this report's %3")
                                      .arg(lastYear.metadata().year)
                                      .arg(expected)
                                      .arg(current.metadata().year);
    // This year's edition says which quantity each 上年 figure is; last year's edition says
    // which cells make that quantity in last year's report: that is the document we read.
    const ReportTemplate &before = lastYear.reportTemplate();
    for (const QString &key : current.priorYearKeys()) {
        const QString name = current.reportTemplate().figures().figure(key)->prior;
        const Formula &source = before.quantity(name);
        bool blank = source.isEmpty();
        for (const Formula::Term &term : source.terms())
            blank = blank || !lastYear.hasCell(term.cell) || lastYear.value(term.cell).isBlank();
        if (blank) {
            result.missing << key;
            continue;
        }
        QStringList places;
        Money value = Money::fromFen(0);
        for (const Formula::Term &term : source.terms()) {
            const CellKey &k = term.cell;
            const TableTemplate *table = before.table(k.table);
            const QString row = lastYear.rowName(k.table, k.row).remove(QLatin1Char(' '));
            places << tr("%1 %2 column %3").arg(table->code(), row.isEmpty() ? k.row : row, k.col);
            value += term.sign < 0 ? Money::fromFen(0) - lastYear.value(k) : lastYear.value(k);
        }
        const CellKey single = source.terms().size() == 1 ? source.terms().first().cell : CellKey();
        result.figures.append({key, single, places.join(QStringLiteral(" + ")), value, current.priorYear(key)});
    }
    return result;
}

bool PriorYearImport::apply(Document &current, const Result &result, QString *error)
{
    if (result.isEmpty()) {
        if (error)
            *error = tr("last year's report holds none of the figures this report compares with");
        return false;
    }
    // One macro, so that one Undo takes back the whole import and it never merges with
    // an edit of a single prior-year figure made before or after.
    current.undoStack()->beginMacro(tr("Import prior-year figures"));
    for (const Entry &e : result.figures)
        current.setPriorYear(e.key, e.value);
    current.undoStack()->endMacro();
    return true;
}

QString PriorYearImport::summary(const Result &result)
{
    QStringList lines;
    for (const Entry &e : result.figures) {
        const QString was = e.previous.isBlank() ? tr("was blank")
                : e.previous == e.value          ? tr("unchanged")
                                                 : tr("was %1").arg(e.previous.toWanyuan());
        lines << tr("%1: %2 万元 (from %3; %4)")
                         .arg(result.labels.value(e.key, e.key), e.value.toWanyuan(), e.place, was);
    }
    for (const QString &key : result.missing)
        lines << tr("%1: not in last year's report, left as it was").arg(result.labels.value(key, key));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Juesuan
