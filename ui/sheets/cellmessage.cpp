#include "cellmessage.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

namespace Juesuan {

namespace {
// Long enough to read a sentence naming a cell and a reason.
constexpr int shownMilliseconds = 10000;
} // namespace

CellMessage::CellMessage(QAbstractItemView *view) : QLabel(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("cellMessage"));
    setPalette(QToolTip::palette());
    setAutoFillBackground(true);
    setFrameShape(QFrame::Box);
    setWordWrap(true);
    setMargin(4);
    setTextFormat(Qt::PlainText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &QWidget::hide);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &QWidget::hide);
}

void CellMessage::showAt(const QModelIndex &index, const QString &message)
{
    m_index = index;
    setText(message);
    // The view's selection model may be replaced with its model: connect each time, once.
    if (QItemSelectionModel *selection = m_view->selectionModel())
        connect(selection, &QItemSelectionModel::currentChanged, this, &CellMessage::dismissUnlessAt,
                Qt::UniqueConnection);
    if (QAbstractItemModel *model = m_view->model())
        connect(model, &QAbstractItemModel::dataChanged, this, &CellMessage::onDataChanged, Qt::UniqueConnection);
    place();
    show();
    raise();
    const int generation = ++m_generation;
    QTimer::singleShot(shownMilliseconds, this, [this, generation] {
        if (generation == m_generation)
            hide();
    });
}

void CellMessage::place()
{
    const QRect cell = m_view->visualRect(m_index);
    const QRect area = m_view->viewport()->rect();
    const int width = qMin(qMax(cell.width(), 360), qMax(area.width() - 8, 80));
    setFixedWidth(width);
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setFixedHeight(height);
    int x = qBound(0, cell.left(), qMax(0, area.width() - width));
    int y = cell.bottom() + 1;
    if (y + height > area.height() && cell.top() - height >= 0)
        y = cell.top() - height; // no room below: above the cell
    move(x, y);
}

void CellMessage::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // The cell took a value: the refusal is history.
    if (m_index.isValid() && m_index.row() >= topLeft.row() && m_index.row() <= bottomRight.row()
        && m_index.column() >= topLeft.column() && m_index.column() <= bottomRight.column())
        hide();
}

void CellMessage::dismissUnlessAt(const QModelIndex &current)
{
    if (current != m_index)
        hide();
}

} // namespace Juesuan
