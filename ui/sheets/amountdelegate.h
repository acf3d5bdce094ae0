#pragma once

#include <QStyledItemDelegate>

namespace Juesuan {

// Edits amount cells in place: a frameless, right-aligned line editor holding the exact
// value without separators; the model parses and refuses what is not an amount.
class AmountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AmountDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Juesuan
