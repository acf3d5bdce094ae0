#include "keyworkmodel.h"

#include "document.h"

#include <QColor>

namespace Juesuan {

KeyWorkModel::KeyWorkModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_rows(int(document->keyWork().size()))
{
    connect(document, &Document::keyWorkChanged, this, &KeyWorkModel::documentChanged);
    connect(document, &Document::documentReset, this, &KeyWorkModel::documentChanged);
}

void KeyWorkModel::documentChanged()
{
    const int rows = int(m_document->keyWork().size());
    if (rows == m_rows) {
        if (rows > 0)
            emit dataChanged(index(0, Item), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int KeyWorkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int KeyWorkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyWorkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_document->keyWork().size())
        return QVariant();
    const KeyWorkItem &k = m_document->keyWork().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Number:
            return index.row() + 1;
        case Item:
            return k.item;
        case Content:
            return k.content;
        case Result:
            return k.result;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() <= Item ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (index.column() == Number)
            return QColor(0xf0, 0xf0, 0xf0); // computed, like the computed cells of the tables
        break;
    }
    return QVariant();
}

QVariant KeyWorkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The published column heads (part 四 of the report).
    switch (section) {
    case Number:
        return QStringLiteral("序号");
    case Item:
        return QStringLiteral("重要事项");
    case Content:
        return QStringLiteral("工作内容及目标");
    case Result:
        return QStringLiteral("完成情况");
    }
    return QVariant();
}

Qt::ItemFlags KeyWorkModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Number)
        f |= Qt::ItemIsEditable;
    return f;
}

bool KeyWorkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == Number
        || index.row() >= m_document->keyWork().size())
        return false;
    QList<KeyWorkItem> items = m_document->keyWork();
    KeyWorkItem &k = items[index.row()];
    (index.column() == Item ? k.item : index.column() == Content ? k.content : k.result) = value.toString();
    m_document->setKeyWork(items, tr("Edit key work"));
    return true;
}

int KeyWorkModel::insertRowAfter(int row)
{
    QList<KeyWorkItem> items = m_document->keyWork();
    const int at = row < 0 || row >= items.size() ? int(items.size()) : row + 1;
    items.insert(at, KeyWorkItem());
    m_document->setKeyWork(items, tr("Add key work row"));
    return at;
}

int KeyWorkModel::removeRowAt(int row)
{
    QList<KeyWorkItem> items = m_document->keyWork();
    if (row < 0 || row >= items.size())
        return -1;
    items.removeAt(row);
    m_document->setKeyWork(items, tr("Remove key work row"));
    return qMin(row, int(items.size()) - 1);
}

int KeyWorkModel::moveRow(int row, int delta)
{
    QList<KeyWorkItem> items = m_document->keyWork();
    const int to = row + delta;
    if (row < 0 || row >= items.size() || to < 0 || to >= items.size() || delta == 0)
        return -1;
    items.move(row, to);
    m_document->setKeyWork(items, tr("Move key work row"));
    return to;
}

} // namespace Juesuan
