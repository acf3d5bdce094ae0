#include "reportprinter.h"

#include "document.h"
#include "filewriter.h"
#include "progress.h"
#include "reportdocument.h"
#include "reportlayout.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace Juesuan {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Juesuan::ReportPrinter", s);
}
} // namespace

bool ReportPrinter::exportPdf(const Document &document, const QString &path, QString *error, int *pageCount,
                              Progress *progress)
{
    // Drawn into memory first: QPdfWriter never says when its device refused bytes, so the
    // file is written afterwards by FileWriter, which checks every write and replaces an
    // existing PDF only once the new one is complete (a few megabytes at most).
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    QPdfWriter writer(&file);
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("Juesuan"));
    writer.setPageLayout(ReportLayout::pageLayout(false));
    const ReportLayout layout(document, &writer);
    writer.setTitle(layout.report().outline().documentTitle);
    writer.setPageLayout(ReportLayout::pageLayout(layout.isLandscape(0)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("%1: cannot start the PDF").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    const int pages = layout.pageCount();
    bool goOn = Progress::report(progress, 0, pages);
    for (int i = 0; goOn && i < pages; ++i) {
        if (i > 0) {
            // The new layout applies to the page newPage() starts.
            writer.setPageLayout(ReportLayout::pageLayout(layout.isLandscape(i)));
            writer.newPage();
        }
        layout.paintPage(&painter, i);
        goOn = Progress::report(progress, i + 1, pages);
    }
    painter.end();
    if (!goOn)
        return false; // cancelled: nothing was written, the previous PDF stays as it was
    if (!FileWriter::save(path, file.data(), error))
        return false;
    if (pageCount)
        *pageCount = layout.pageCount();
    return true;
}

bool ReportPrinter::print(const Document &document, QPrinter *printer, QString *error, Progress *progress)
{
    printer->setFullPage(true); // the layout keeps its own margins, in paper coordinates
    printer->setPageLayout(ReportLayout::pageLayout(false));
    const ReportLayout layout(document, printer);
    if (printer->docName().isEmpty())
        printer->setDocName(layout.report().outline().documentTitle);
    int first = 0;
    int last = layout.pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = qBound(0, printer->fromPage() - 1, last);
        last = qBound(first, printer->toPage() > 0 ? printer->toPage() - 1 : last, last);
    }
    QPainter painter;
    if (!painter.begin(printer)) {
        if (error)
            *error = tr("cannot start printing on %1").arg(printer->printerName());
        return false;
    }
    const QRectF paper = printer->pageLayout().fullRectPixels(printer->resolution());
    const int pages = last - first + 1;
    if (!Progress::report(progress, 0, pages)) {
        printer->abort();
        painter.end();
        return false;
    }
    for (int i = first; i <= last; ++i) {
        if (i > first)
            printer->newPage();
        painter.save();
        if (layout.isLandscape(i)) {
            // Landscape page on portrait paper: its top edge runs down the paper's right edge.
            painter.translate(paper.width(), 0);
            painter.rotate(90);
        }
        layout.paintPage(&painter, i);
        painter.restore();
        if (!Progress::report(progress, i - first + 1, pages)) {
            // Nothing more reaches the printer; what the spooler has not taken is dropped.
            printer->abort();
            painter.end();
            return false;
        }
    }
    painter.end();
    return true;
}

} // namespace Juesuan
