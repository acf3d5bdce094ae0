#include "amountdelegate.h"

#include <QLineEdit>

namespace Juesuan {

AmountDelegate::AmountDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QWidget *AmountDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return editor;
}

void AmountDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return QStyledItemDelegate::setEditorData(editor, index);
    line->setText(index.data(Qt::EditRole).toString());
    line->selectAll(); // a typed first character replaces the old value, as in a spreadsheet
}

void AmountDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return QStyledItemDelegate::setModelData(editor, model, index);
    // Unchanged text is no edit: committing "313.93" over 313.93 must not push a command
    // (and a value with more decimals than shown stays exact).
    if (line->text() == index.data(Qt::EditRole).toString())
        return;
    model->setData(index, line->text(), Qt::EditRole);
}

} // namespace Juesuan
