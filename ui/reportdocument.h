#pragma once

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include "reportoutline.h"

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace Juesuan {

class Document;
class ReportTableLayout;

// The finished report (its ReportOutline) as typeset text in the published order — cover,
// 目录, parts 一 to 六 — split into sections (one QTextDocument per run of pages of one orientation), built for one
// paint device so that point sizes and lengths match its resolution. ReportLayout paginates it.
class ReportDocument
{
public:
    // A run of pages: typeset text, or a disclosure table laid out by its own page model.
    struct Section {
        std::shared_ptr<QTextDocument> text;
        std::shared_ptr<ReportTableLayout> table;
        bool landscape = false;
        bool numbered = true; // the cover has no page number
    };
    // An entry of the 目录 and where its heading is typeset.
    struct Heading {
        QString text;
        int level = 0; // 0 a part, 1 an item of a part
        int section = -1;
        int position = 0; // position of the heading's block in its section
    };

    // The areas are the text area of a portrait and of a landscape page, in device pixels.
    ReportDocument(const Document &document, QPaintDevice *device, const QSizeF &portraitArea,
                   const QSizeF &landscapeArea);
    ~ReportDocument();

    const QList<Section> &sections() const { return m_sections; }
    const QList<Heading> &headings() const { return m_headings; }
    int contentsSection() const { return m_contentsSection; }
    // Typesets the 目录 again with one page number per heading.
    void setContentsPages(const QList<int> &pages);
    // The captions of the figures typeset in part 3 ("图1：…").
    const QStringList &figureCaptions() const { return m_figureCaptions; }

    // What the report says, as the HTML writer renders it too.
    const ReportOutline &outline() const { return m_outline; }

private:
    class Builder;
    friend class Builder;

    const Document &m_document;
    ReportOutline m_outline;
    QPaintDevice *m_device;
    QSizeF m_portraitArea;
    QSizeF m_landscapeArea;
    QList<Section> m_sections;
    QList<Heading> m_headings;
    QStringList m_figureCaptions;
    int m_contentsSection = -1;
};

} // namespace Juesuan
