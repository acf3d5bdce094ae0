#pragma once

#include <QString>

namespace Juesuan {

class Document;
class Progress;

// Writes the report as one self-contained HTML file for a government website: the same
// parts and grids as the printed report (ReportGrid), inline CSS, tables with real <thead>
// bands, figures as inline SVG. XHTML-style markup (every element closed) so that XML tools
// read it too; every text that comes from the user is escaped.
class HtmlExporter
{
public:
    static QString toHtml(const Document &document);
    // Returns false with *error set (file and reason) when the file cannot be written. A
    // cancel through `progress` (it hears each part) returns false, sets no error and leaves
    // an existing file at `path` as it was.
    static bool exportHtml(const Document &document, const QString &path, QString *error,
                           Progress *progress = nullptr);
};

} // namespace Juesuan
