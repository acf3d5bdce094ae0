#pragma once

#include <QAbstractTableModel>

namespace Juesuan {

class Document;

// The 重点工作 table (序号, 重要事项, 工作内容及目标, 完成情况) of a document. 序号 follows
// the row order and is not editable; every edit is an undoable command.
class KeyWorkModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Item, Content, Result, ColumnCount };

    explicit KeyWorkModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Row edits; each is one undo step. Return the row to select, or -1 when nothing changed.
    int insertRowAfter(int row);
    int removeRowAt(int row);
    int moveRow(int row, int delta);

private:
    void documentChanged();

    Document *m_document;
    int m_rows = 0;
};

} // namespace Juesuan
