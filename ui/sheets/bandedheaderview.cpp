#include "bandedheaderview.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyleOptionHeader>
#include <QToolTip>

namespace Juesuan {

namespace {
constexpr int textMargin = 4;
} // namespace

BandedHeaderView::BandedHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignCenter);
    // Wrapped captions need new heights whenever a column's width changes.
    connect(this, &QHeaderView::sectionResized, this, [this] {
        updateRowHeights();
        viewport()->update();
    });
    connect(this, &QHeaderView::sectionCountChanged, this, [this] { updateRowHeights(); });
}

void BandedHeaderView::setBands(const QList<GridCell> &cells, int rowCount)
{
    m_cells = cells;
    m_rowCount = rowCount;
    updateRowHeights();
    viewport()->update();
}

int BandedHeaderView::spanWidth(int firstColumn, int count) const
{
    int w = 0;
    for (int c = firstColumn; c < firstColumn + count && c < this->count(); ++c)
        if (!isSectionHidden(c))
            w += sectionSize(c);
    return w;
}

void BandedHeaderView::updateRowHeights()
{
    const QFontMetrics fm(font());
    const int minimum = fm.height() + 2 * textMargin;
    const QList<int> before = m_rowHeights;
    m_rowHeights = QList<int>(m_rowCount, minimum);
    // Single-row cells decide their row's height; taller row-spanning cells then stretch
    // the last row they cover.
    for (int pass = 0; pass < 2; ++pass) {
        for (const GridCell &g : std::as_const(m_cells)) {
            if ((pass == 0) != (g.rowSpan == 1) || g.row >= m_rowCount)
                continue;
            const int width = qMax(1, spanWidth(g.col, g.colSpan) - 2 * textMargin);
            const int need = fm.boundingRect(QRect(0, 0, width, 10000), Qt::AlignCenter | Qt::TextWordWrap,
                                             g.text.trimmed())
                                     .height()
                    + 2 * textMargin;
            const int last = qMin(g.row + g.rowSpan, m_rowCount) - 1;
            int have = 0;
            for (int r = g.row; r <= last; ++r)
                have += m_rowHeights.at(r);
            if (need > have)
                m_rowHeights[last] += need - have;
        }
    }
    if (m_rowHeights != before) {
        updateGeometry();
        emit geometriesChanged(); // the table view makes room for the new height
    }
}

QSize BandedHeaderView::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    int h = 0;
    for (int rh : m_rowHeights)
        h += rh;
    if (m_rowCount > 0)
        s.setHeight(h);
    return s;
}

QRect BandedHeaderView::bandRect(const GridCell &cell) const
{
    int y = 0;
    for (int r = 0; r < cell.row && r < m_rowHeights.size(); ++r)
        y += m_rowHeights.at(r);
    int h = 0;
    for (int r = cell.row; r < cell.row + cell.rowSpan && r < m_rowHeights.size(); ++r)
        h += m_rowHeights.at(r);
    // The first visible column of the span gives the left edge (a hidden first column has no position).
    // Scrolled-off columns have negative positions; the band is then drawn in part.
    for (int c = cell.col; c < cell.col + cell.colSpan && c < count(); ++c)
        if (!isSectionHidden(c))
            return QRect(sectionViewportPosition(c), y, spanWidth(cell.col, cell.colSpan), h);
    return QRect();
}

const GridCell *BandedHeaderView::bandAt(const QPoint &pos) const
{
    for (const GridCell &g : m_cells)
        if (bandRect(g).contains(pos))
            return &g;
    return nullptr;
}

void BandedHeaderView::paintEvent(QPaintEvent *event)
{
    if (m_rowCount == 0) {
        QHeaderView::paintEvent(event);
        return;
    }
    QPainter painter(viewport());
    painter.setFont(font());
    const QRect dirty = event->rect();
    const QColor line = palette().color(QPalette::Mid);
    for (const GridCell &g : std::as_const(m_cells)) {
        const QRect r = bandRect(g);
        if (r.isEmpty() || !r.intersects(dirty))
            continue;
        QStyleOptionHeader opt;
        initStyleOption(&opt);
        opt.rect = r;
        opt.section = g.col;
        opt.position = QStyleOptionHeader::Middle;
        opt.text.clear();
        style()->drawControl(QStyle::CE_HeaderSection, &opt, &painter, this);
        painter.setPen(line);
        painter.drawLine(r.topRight(), r.bottomRight());
        painter.drawLine(r.bottomLeft(), r.bottomRight());
        painter.setPen(palette().color(QPalette::ButtonText));
        painter.drawText(r.adjusted(textMargin, textMargin, -textMargin, -textMargin),
                         Qt::AlignCenter | Qt::TextWordWrap, g.text.trimmed());
    }
}

bool BandedHeaderView::viewportEvent(QEvent *event)
{
    // QHeaderView's own tooltips come from headerData per section; show the band's caption.
    if (event->type() == QEvent::ToolTip && m_rowCount > 0) {
        auto *help = static_cast<QHelpEvent *>(event);
        const GridCell *g = bandAt(help->pos());
        if (g && !g->text.trimmed().isEmpty())
            QToolTip::showText(help->globalPos(), g->text.trimmed(), viewport(), bandRect(*g));
        else
            QToolTip::hideText();
        return true;
    }
    return QHeaderView::viewportEvent(event);
}

} // namespace Juesuan
