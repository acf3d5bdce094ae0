#pragma once

#include <QAbstractTableModel>

namespace Juesuan {

class Document;

// The indicator tree (一级/二级/三级指标, 年初目标值, 实际完成值) of one self-evaluation form
// as a table. Edits go to the document as undoable commands; editing a merged 一级 or
// 二级 cell renames its whole group.
class IndicatorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Level1, Level2, Level3, Target, Actual, ColumnCount };

    explicit IndicatorModel(Document *document, QObject *parent = nullptr);

    int formIndex() const { return m_formIndex; }
    void setFormIndex(int index);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void documentChanged();
    int formRows() const;

    Document *m_document;
    int m_formIndex = -1;
    int m_rows = 0; // what the view was last told
};

} // namespace Juesuan
