#include "sheettableview.h"

#include <QKeyEvent>

namespace Juesuan {

SheetTableView::SheetTableView(QWidget *parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
}

SheetTableView::Request SheetTableView::requestFor(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return Request::Copy;
    if (event->matches(QKeySequence::Cut))
        return Request::Cut;
    if (event->matches(QKeySequence::Paste))
        return Request::Paste;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && mods == Qt::NoModifier)
        return Request::Clear;
    return Request::None;
}

bool SheetTableView::event(QEvent *event)
{
    // Take the clipboard and Delete keys before window-wide shortcuts do, as editors do.
    if (event->type() == QEvent::ShortcutOverride && state() != EditingState) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (requestFor(key) != Request::None
            || ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && mods == Qt::NoModifier)) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void SheetTableView::step(CursorAction action)
{
    const QModelIndex next = moveCursor(action, Qt::NoModifier);
    if (next.isValid())
        selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
}

void SheetTableView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        switch (requestFor(event)) {
        case Request::Copy:
            emit copyRequested();
            return;
        case Request::Cut:
            emit cutRequested();
            return;
        case Request::Paste:
            emit pasteRequested();
            return;
        case Request::Clear:
            emit clearRequested();
            return;
        case Request::None:
            break;
        }
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && (mods == Qt::NoModifier || mods == Qt::ShiftModifier)) {
            step(mods == Qt::ShiftModifier ? MoveUp : MoveDown);
            return;
        }
        const QString text = event->text();
        const QModelIndex current = currentIndex();
        if (!text.isEmpty() && text.at(0).isPrint() && !(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            && current.isValid() && !(current.flags() & Qt::ItemIsEditable)) {
            emit typingRefused(current, text);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void SheetTableView::keyboardSearch(const QString &search)
{
    // A spreadsheet never jumps to a row whose text starts with what was typed.
    Q_UNUSED(search);
}

void SheetTableView::commitData(QWidget *editor)
{
    m_commitRefused = false;
    QTableView::commitData(editor);
}

void SheetTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter submits and Tab asks for the next editor; a spreadsheet moves the cursor
    // instead (down, or right/left) without opening another editor. A refused value
    // keeps the cursor on its cell so the message stays next to it.
    const bool refused = m_commitRefused;
    m_commitRefused = false;
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache:
        QTableView::closeEditor(editor, hint);
        if (!refused)
            step(MoveDown);
        break;
    case QAbstractItemDelegate::EditNextItem:
    case QAbstractItemDelegate::EditPreviousItem:
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (!refused)
            step(hint == QAbstractItemDelegate::EditNextItem ? MoveNext : MovePrevious);
        break;
    default:
        QTableView::closeEditor(editor, hint);
        break;
    }
}

} // namespace Juesuan
