#pragma once

#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace Juesuan {

class Document;
class ReportLayout;

// Runs ReportLayout's page loop onto an output. A PDF file gets real landscape pages (the
// page layout changes before newPage()); a printer — and so print preview, which paints
// through one — gets portrait paper with landscape pages turned a quarter, since its
// page layout cannot change while it prints.
class ReportPrinter
{
public:
    // Writes the report as PDF. Returns false with *error set when the file cannot be written.
    static bool exportPdf(const Document &document, const QString &path, QString *error,
                          int *pageCount = nullptr);
    // Prints on `printer` (its page range is honoured); what QPrintPreviewDialog's
    // paintRequested calls too.
    static bool print(const Document &document, QPrinter *printer, QString *error = nullptr);
};

} // namespace Juesuan
