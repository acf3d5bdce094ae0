#pragma once

#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QSizeF>
#include <QString>
#include <QTextBlock>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextFrame;

namespace Juesuan {

class Document;
class ReportDocument;

// The paginated report on A4: which section and which page of it every printed page shows,
// the page each 目录 heading lands on (the 目录 is typeset a second time with those numbers),
// and the painting of one page with its page-number footer. PDF, print and print preview all
// draw through it, so they show the same pages.
class ReportLayout
{
public:
    struct ContentsEntry {
        QString text;
        int level = 0;
        int page = 0; // 1-based, the cover being page 1
    };

    // Lays the report out for `device`'s resolution.
    ReportLayout(const Document &document, QPaintDevice *device);
    ~ReportLayout();

    // A4 in one orientation without device margins: the layout keeps its own margins and
    // paints in paper coordinates.
    static QPageLayout pageLayout(bool landscape);
    static QMarginsF marginsMillimeters() { return QMarginsF(22, 20, 20, 22); }

    int pageCount() const { return int(m_pages.size()); }
    bool isLandscape(int page) const;
    // The page numbers the footer prints: 1-based physical pages; the cover prints none.
    bool isNumbered(int page) const;
    QList<ContentsEntry> contents() const;
    const ReportDocument &report() const { return *m_report; }

    // A paragraph or a table of a typeset flow (a text section) and where it starts and ends
    // in the flow: what painting a page of the flow looks up.
    struct FlowItem {
        QTextBlock block;
        QTextFrame *frame = nullptr;
        qreal top = 0;
        qreal bottom = 0;
    };

    // Paints page `page` (0-based). The painter's origin is the top-left corner of the paper
    // of that page's orientation, in the device's pixels.
    void paintPage(QPainter *painter, int page) const;

private:
    void paginate();

    struct Page {
        int section = 0;
        int index = 0; // page within the section
    };
    qreal m_dpi = 96;
    QSizeF m_portraitArea;
    QSizeF m_landscapeArea;
    std::unique_ptr<ReportDocument> m_report;
    QList<Page> m_pages;
    QList<int> m_headingPages;
    // Per section: its flow's parts, found at the first painting of one of its pages (the
    // report is typeset once, before any painting).
    mutable QList<QList<FlowItem>> m_flowItems;
};

} // namespace Juesuan
