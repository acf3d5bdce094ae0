#include "fittedtableview.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>

namespace Juesuan {

FittedTableView::FittedTableView(QWidget *parent) : QTableView(parent)
{
    setWordWrap(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
}

void FittedTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &FittedTableView::scheduleFit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &FittedTableView::scheduleFit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FittedTableView::scheduleFit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FittedTableView::scheduleFit);
    connect(model, &QAbstractItemModel::rowsMoved, this, &FittedTableView::scheduleFit);
    connect(model, &QAbstractItemModel::dataChanged, this, &FittedTableView::scheduleFit);
    fitRows();
}

QSize FittedTableView::sizeHint() const
{
    int height = 2 * frameWidth() + (horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height());
    if (model())
        for (int r = 0; r < model()->rowCount(); ++r)
            height += rowHeight(r);
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->sizeHint().height();
    return QSize(QTableView::sizeHint().width(), height);
}

void FittedTableView::fitRows()
{
    m_fitPending = false;
    resizeRowsToContents();
    setFixedHeight(sizeHint().height());
    updateGeometry();
}

void FittedTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        scheduleFit();
}

void FittedTableView::scheduleFit()
{
    // Many changes arrive at once (a reset, then spans): fit once, after them.
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, &FittedTableView::fitRows);
}

} // namespace Juesuan
