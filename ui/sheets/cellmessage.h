#pragma once

#include <QLabel>
#include <QPersistentModelIndex>

class QAbstractItemView;

namespace Juesuan {

// A message shown at a cell of an item view, where the user is looking: a small label in
// the tooltip's colours just under the cell (above it near the bottom edge), over the
// view's viewport. It stays until the cursor leaves the cell, the view scrolls, the model
// changes the cell, or some seconds pass; unlike a QToolTip, the key release that committed
// the refused value does not take it away.
class CellMessage : public QLabel
{
    Q_OBJECT
public:
    explicit CellMessage(QAbstractItemView *view);

    void showAt(const QModelIndex &index, const QString &message);
    QModelIndex index() const { return m_index; }

private:
    void place();
    void dismissUnlessAt(const QModelIndex &current);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QAbstractItemView *m_view;
    QPersistentModelIndex m_index;
    int m_generation = 0; // which showAt a pending timeout belongs to
};

} // namespace Juesuan
