#pragma once

#include "tabletemplate.h"

#include <QHeaderView>
#include <QList>

namespace Juesuan {

// The horizontal header of a sheet: paints the template's multi-row banded header
// (captions spanning columns and rows) over the grid's sections, so it follows column
// resizes and horizontal scrolling. Captions wrap to fit their width.
class BandedHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit BandedHeaderView(QWidget *parent = nullptr);

    // The header cells (GridCell row/col/rowSpan/colSpan) and how many band rows they fill.
    void setBands(const QList<GridCell> &cells, int rowCount);
    int bandRowCount() const { return m_rowCount; }
    // The viewport rectangle of a header cell, for tests and painting.
    QRect bandRect(const GridCell &cell) const;
    // The header cell drawn at a viewport point, or nullptr.
    const GridCell *bandAt(const QPoint &pos) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateRowHeights();
    int spanWidth(int firstColumn, int count) const;

    QList<GridCell> m_cells;
    int m_rowCount = 0;
    QList<int> m_rowHeights;
};

} // namespace Juesuan
