#pragma once

#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace Juesuan {

class Document;
class Progress;
class ReportLayout;

// Runs ReportLayout's page loop onto an output. A PDF file gets real landscape pages (the
// page layout changes before newPage()); a printer — and so print preview, which paints
// through one — gets portrait paper with landscape pages turned a quarter, since its
// page layout cannot change while it prints.
class ReportPrinter
{
public:
    // Writes the report as PDF. Returns false with *error set when the file cannot be written.
    // `progress` hears (page, pages) after each page; when it cancels, the function returns
    // false, leaves an existing file at `path` as it was and sets no error.
    static bool exportPdf(const Document &document, const QString &path, QString *error,
                          int *pageCount = nullptr, Progress *progress = nullptr);
    // Prints on `printer` (its page range is honoured); what QPrintPreviewDialog's
    // paintRequested calls too. A cancel through `progress` aborts the print job.
    static bool print(const Document &document, QPrinter *printer, QString *error = nullptr,
                      Progress *progress = nullptr);
};

} // namespace Juesuan
