#include "indicatormodel.h"

#include "document.h"
#include "evaluationforms.h"

namespace Juesuan {

IndicatorModel::IndicatorModel(Document *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::evaluationsChanged, this, &IndicatorModel::documentChanged);
    connect(document, &Document::documentReset, this, &IndicatorModel::documentChanged);
}

void IndicatorModel::setFormIndex(int index)
{
    beginResetModel();
    m_formIndex = index;
    m_rows = formRows();
    endResetModel();
}

int IndicatorModel::formRows() const
{
    const auto &forms = m_document->evaluations();
    return m_formIndex >= 0 && m_formIndex < forms.size() ? int(forms.at(m_formIndex).indicators.size()) : 0;
}

void IndicatorModel::documentChanged()
{
    // Row edits replace the whole list; the same number of rows is a change of values
    // (the narrowest signal the view needs), anything else a reset.
    const int rows = formRows();
    if (rows == m_rows) {
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int IndicatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IndicatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= formRows())
        return QVariant();
    const Indicator &i = m_document->evaluations().at(m_formIndex).indicators.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Level1:
            return i.level1;
        case Level2:
            return i.level2;
        case Level3:
            return i.level3;
        case Target:
            return i.target;
        case Actual:
            return i.actual;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Level3 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignCenter);
    }
    return QVariant();
}

QVariant IndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    using L = EvaluationForms::Label;
    static const L labels[] = {L::Level1, L::Level2, L::Level3, L::Target, L::Actual};
    return section >= 0 && section < ColumnCount ? EvaluationForms::label(labels[section]) : QVariant();
}

Qt::ItemFlags IndicatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool IndicatorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= formRows())
        return false;
    QList<EvaluationForm> forms = m_document->evaluations();
    QList<Indicator> &rows = forms[m_formIndex].indicators;
    const QString text = value.toString();
    Indicator &row = rows[index.row()];
    switch (index.column()) {
    case Level1:
    case Level2:
        // The view shows a group as one merged cell: its name belongs to all its rows.
        EvaluationForms::renameGroup(&rows, index.row(), index.column() == Level1 ? 1 : 2, text);
        break;
    case Level3:
        row.level3 = text;
        break;
    case Target:
        row.target = text;
        break;
    case Actual:
        row.actual = text;
        break;
    default:
        return false;
    }
    // The document emits evaluationsChanged, which becomes dataChanged here.
    m_document->setEvaluations(forms, tr("Edit indicator"));
    return true;
}

} // namespace Juesuan
