#pragma once

#include <QString>

class QIODevice;

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
    // Writes the HTML (UTF-8) to an open device; false when the device takes less than all of it.
    static bool writeHtml(const Document &document, QIODevice *device);
    // Replaces the file whole or not at all (a full disk leaves the previous file as it was);
    // returns false with *error set (file and reason) when the file cannot be written. A
    // cancel through `progress` (it hears each part) returns false, sets no error and leaves
    // an existing file at `path` as it was.
    static bool exportHtml(const Document &document, const QString &path, QString *error,
                           Progress *progress = nullptr);
};

} // namespace Juesuan
