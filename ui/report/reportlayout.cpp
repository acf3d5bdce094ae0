#include "reportlayout.h"

#include "fonts.h"
#include "reportdocument.h"
#include "reporttablelayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

#include <algorithm>

namespace Juesuan {

namespace {
constexpr qreal mmPerInch = 25.4;
constexpr qreal footerFromBottomMm = 11;

// The parts of a typeset flow in order, with where each starts and ends: paragraphs, and the
// tables in it (QTextTable frames of the root frame).
QList<ReportLayout::FlowItem> flowItems(QTextDocument *text)
{
    QList<ReportLayout::FlowItem> out;
    QAbstractTextDocumentLayout *layout = text->documentLayout();
    QTextFrame *root = text->rootFrame();
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        ReportLayout::FlowItem item;
        QRectF r;
        if (QTextFrame *frame = it.currentFrame()) {
            item.frame = frame;
            r = layout->frameBoundingRect(frame);
        } else {
            item.block = it.currentBlock();
            r = layout->blockBoundingRect(item.block);
        }
        item.top = r.top();
        item.bottom = r.bottom();
        out.append(item);
    }
    return out;
}

// Draws the part of a typeset flow that lies on one page, `page` in the flow's coordinates.
// QTextDocumentLayout::draw would do it, but QTextLayout::draw starts at the last line that
// ends above the clip, not the first inside it: each paragraph running over a page break was
// drawn once more, out of sight above the next page, and a PDF reader read its last line
// twice. So the paragraphs of the flow are drawn here line by line, each line on the page
// its middle falls on; the tables in the flow (QTextTable frames: their rows never straddle a
// page) are left to the document layout, clipped to the table. `items` are the flow's parts
// (flowItems): the page's first is found by bisection, so a page costs what is on it.
void drawFlowPage(QTextDocument *text, const QList<ReportLayout::FlowItem> &items, QPainter *painter,
                  const QRectF &page)
{
    QAbstractTextDocumentLayout *layout = text->documentLayout();
    painter->setPen(Qt::black);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    // Items are in flow order, their bottoms increasing: the first that ends below the page top.
    auto it = std::partition_point(items.cbegin(), items.cend(),
                                   [&](const ReportLayout::FlowItem &item) { return item.bottom <= page.top(); });
    for (; it != items.cend() && it->top < page.bottom(); ++it) {
        if (it->frame) {
            const QRectF clip = QRectF(page.left() - 1, it->top, page.width() + 2, it->bottom - it->top) & page;
            if (clip.height() <= 0)
                continue;
            context.clip = clip;
            painter->save();
            layout->draw(painter, context);
            painter->restore();
            continue;
        }
        const QTextLayout *lines = it->block.layout();
        const QPointF at = lines->position();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal middle = at.y() + line.y() + line.height() / 2;
            if (middle >= page.bottom())
                break;
            if (middle >= page.top())
                line.draw(painter, at);
        }
    }
}
} // namespace

ReportLayout::ReportLayout(const Document &document, QPaintDevice *device)
{
    m_dpi = device ? device->logicalDpiY() : 96;
    const QMarginsF m = marginsMillimeters();
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const qreal px = m_dpi / mmPerInch;
    m_portraitArea = QSizeF((a4.width() - m.left() - m.right()) * px, (a4.height() - m.top() - m.bottom()) * px);
    m_landscapeArea = QSizeF((a4.height() - m.left() - m.right()) * px, (a4.width() - m.top() - m.bottom()) * px);
    m_report = std::make_unique<ReportDocument>(document, device, m_portraitArea, m_landscapeArea);
    // Two passes: lay out, find where each heading lands, typeset the 目录 with those pages.
    // Should the 目录 itself change length, the pages move, so go round once more.
    paginate();
    for (int pass = 0; pass < 3; ++pass) {
        const int before = pageCount();
        m_report->setContentsPages(m_headingPages);
        paginate();
        if (pageCount() == before)
            break;
    }
}

ReportLayout::~ReportLayout() = default;

QPageLayout ReportLayout::pageLayout(bool landscape)
{
    return QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

void ReportLayout::paginate()
{
    m_pages.clear();
    QList<int> firstPage;
    const QList<ReportDocument::Section> &sections = m_report->sections();
    for (int s = 0; s < sections.size(); ++s) {
        firstPage.append(int(m_pages.size()));
        const ReportDocument::Section &section = sections.at(s);
        const int n = section.table ? section.table->pageCount() : qMax(1, section.text->pageCount());
        for (int i = 0; i < n; ++i)
            m_pages.append({s, i});
    }
    m_headingPages.clear();
    for (const ReportDocument::Heading &h : m_report->headings()) {
        const ReportDocument::Section &s = sections.at(h.section);
        if (s.table) { // its headings are on its first page
            m_headingPages.append(firstPage.at(h.section) + 1);
            continue;
        }
        const QTextBlock block = s.text->findBlock(h.position);
        const QRectF r = s.text->documentLayout()->blockBoundingRect(block);
        const qreal pageHeight = s.text->pageSize().height();
        // The block's top may sit a fraction of a pixel above the page it starts.
        const int index = qMax(0, int((r.top() + 1) / pageHeight));
        m_headingPages.append(firstPage.at(h.section) + index + 1);
    }
}

bool ReportLayout::isLandscape(int page) const
{
    return m_report->sections().at(m_pages.at(page).section).landscape;
}

bool ReportLayout::isNumbered(int page) const
{
    return m_report->sections().at(m_pages.at(page).section).numbered;
}

QList<ReportLayout::ContentsEntry> ReportLayout::contents() const
{
    QList<ContentsEntry> out;
    const QList<ReportDocument::Heading> &h = m_report->headings();
    for (int i = 0; i < h.size(); ++i)
        out.append({h.at(i).text, h.at(i).level, m_headingPages.value(i)});
    return out;
}

void ReportLayout::paintPage(QPainter *painter, int page) const
{
    const Page &p = m_pages.at(page);
    const ReportDocument::Section &s = m_report->sections().at(p.section);
    const QSizeF area = s.landscape ? m_landscapeArea : m_portraitArea;
    const QMarginsF m = marginsMillimeters();
    const qreal px = m_dpi / mmPerInch;

    painter->save();
    painter->translate(m.left() * px, m.top() * px);
    painter->setClipRect(QRectF(QPointF(0, 0), area));
    if (s.table) {
        s.table->paint(painter, p.index);
    } else {
        painter->translate(0, -p.index * area.height());
        if (m_flowItems.size() <= p.section)
            m_flowItems.resize(m_report->sections().size());
        if (m_flowItems.at(p.section).isEmpty())
            m_flowItems[p.section] = flowItems(s.text.get());
        drawFlowPage(s.text.get(), m_flowItems.at(p.section), painter,
                     QRectF(0, p.index * area.height(), area.width(), area.height()));
    }
    painter->restore();

    if (!s.numbered)
        return;
    painter->save();
    painter->setFont(Fonts::body(10.5));
    painter->setPen(Qt::black);
    const qreal paperWidth = area.width() + (m.left() + m.right()) * px;
    const qreal paperHeight = area.height() + (m.top() + m.bottom()) * px;
    const qreal base = paperHeight - footerFromBottomMm * px;
    painter->drawText(QRectF(0, base - 8 * px, paperWidth, 8 * px), Qt::AlignHCenter | Qt::AlignBottom,
                      QStringLiteral("- %1 -").arg(page + 1));
    painter->restore();
}

} // namespace Juesuan
