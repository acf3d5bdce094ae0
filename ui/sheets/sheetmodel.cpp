#include "sheetmodel.h"

#include "auditmodel.h"
#include "cellwording.h"
#include "document.h"
#include "sheetlayout.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMap>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace Juesuan {

namespace {
// Computed cells are shaded like the grey "formula" cells of the official Excel forms.
const QColor computedBackground(0xEE, 0xF1, 0xF5);
const QColor negativeForeground(0xC0, 0x00, 0x00);
} // namespace

SheetModel::SheetModel(Document *document, const QString &tableId, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_tableId(tableId),
      m_template(document->reportTemplate().table(tableId))
{
    Q_ASSERT(m_template);
    load();
    connect(document, &Document::cellsChanged, this, &SheetModel::onCellsChanged);
    connect(document, &Document::rowsChanged, this, &SheetModel::onRowsChanged);
    connect(document, &Document::documentReset, this, &SheetModel::onDocumentReset);
}

SheetModel::~SheetModel() = default;

void SheetModel::load()
{
    m_layout = std::make_unique<SheetLayout>(*m_document, m_tableId);
    const SheetLayout &layout = *m_layout;
    m_rows.clear();
    m_rows.reserve(layout.rowCount());
    for (int r = 0; r < layout.rowCount(); ++r) {
        const SheetLayout::Row &lr = layout.row(r);
        m_rows.append({lr.key, lr.level, lr.bold, layout.rowCells(r)});
    }
    m_columnOfKey.clear();
    if (m_template->isCodeList())
        for (const QString &c : m_template->amountColumns())
            m_columnOfKey.insert(c, m_template->amountGridColumn(c));
    rebuildIndex();
}

void SheetModel::rebuildIndex()
{
    m_rowOfKey.clear();
    m_positions.clear();
    if (m_template->isCodeList()) {
        m_rowOfKey.reserve(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r)
            m_rowOfKey.insert(m_rows.at(r).key, r);
        return;
    }
    for (int r = 0; r < m_rows.size(); ++r)
        for (const GridCell &g : m_rows.at(r).cells)
            if (g.kind == GridCell::Kind::Amount)
                m_positions.insert(g.cell, QPoint(g.col, r));
}

int SheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_template->columnCount();
}

const GridCell *SheetModel::cellAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    for (const GridCell &g : m_rows.at(row).cells)
        if (g.col == column)
            return &g;
    return nullptr;
}

QModelIndex SheetModel::indexOf(const CellKey &key) const
{
    if (key.table != m_tableId)
        return QModelIndex();
    if (m_template->isCodeList()) {
        const auto r = m_rowOfKey.constFind(key.row);
        const auto c = m_columnOfKey.constFind(key.col);
        if (r == m_rowOfKey.cend() || c == m_columnOfKey.cend())
            return QModelIndex();
        return index(*r, *c);
    }
    const auto it = m_positions.constFind(key);
    return it == m_positions.cend() ? QModelIndex() : index(it->y(), it->x());
}

CellKey SheetModel::cellKey(const QModelIndex &index) const
{
    const GridCell *g = index.isValid() ? cellAt(index.row(), index.column()) : nullptr;
    return g && g->kind == GridCell::Kind::Amount ? g->cell : CellKey();
}

bool SheetModel::isInput(const QModelIndex &index) const
{
    const CellKey key = cellKey(index);
    return key.isValid() && m_document->isInput(key);
}

bool SheetModel::isComputed(const QModelIndex &index) const
{
    const CellKey key = cellKey(index);
    return key.isValid() && m_document->isComputed(key);
}

QVariant SheetModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case RowKeyRole:
        return row.key;
    case LevelRole:
        return row.level;
    case Qt::FontRole:
        if (isBold(index)) {
            QFont f; // only the weight is set, so the view's family and size stay
            f.setBold(true);
            return f;
        }
        return QVariant();
    default:
        break;
    }
    const GridCell *g = cellAt(index.row(), index.column());
    if (!g)
        return role == CellKindRole ? QVariant(int(GridCell::Kind::Empty)) : QVariant();
    if (role == CellKindRole)
        return int(g->kind);
    if (g->kind != GridCell::Kind::Amount) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case Qt::ToolTipRole: {
            const QString text = m_layout->text(*g);
            return role == Qt::ToolTipRole && text.isEmpty() ? QVariant() : QVariant(text);
        }
        case Qt::TextAlignmentRole:
            // 行次, 栏次 and captions such as "合 计" are centred as published.
            if (g->kind == GridCell::Kind::LineNo || g->kind == GridCell::Kind::Text)
                return int(Qt::AlignCenter);
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        case ComputedRole:
            return false;
        default:
            return QVariant();
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (m_showPrinted)
            return m_document->printed().printedValue(g->cell).toWanyuan(true, 2);
        return m_document->value(g->cell).toWanyuan(true, 2);
    case Qt::EditRole: {
        const Money m = m_document->value(g->cell);
        return m.isBlank() ? QString() : m.toExactWanyuan();
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (m_document->value(g->cell).isNegative())
            return QBrush(negativeForeground);
        return QVariant();
    case Qt::BackgroundRole:
        if (m_document->isComputed(g->cell))
            return QBrush(computedBackground);
        return QVariant();
    case Qt::ToolTipRole: {
        QStringList tips;
        if (const AuditModel *audit = this->audit())
            for (const Finding &f : audit->findingsFor(g->cell))
                tips.append(f.ruleId + QStringLiteral(": ") + f.message);
        if (m_document->isComputed(g->cell)) {
            // Where the value comes from, in the report's words: "= 2栏 + 3栏".
            tips.append(CellWording::formula(*m_document, g->cell));
            tips.append(tr("Computed: it cannot be typed into"));
        }
        if (m_showPrinted && m_document->printed().isNudged(g->cell))
            tips.append(m_document->printed().nudgeReason(g->cell));
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    case Qt::DecorationRole: {
        // A cell an audit finding names carries the icon of the most serious one.
        const AuditModel *audit = this->audit();
        QList<Finding> findings = audit ? audit->findingsFor(g->cell) : QList<Finding>();
        findings.removeIf([](const Finding &f) { return f.severity == Finding::Severity::Info; });
        if (findings.isEmpty()) {
            // The small marker of a cell printed other than half up (shown as printed only).
            if (m_showPrinted && m_document->printed().isNudged(g->cell))
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
            return QVariant();
        }
        return QApplication::style()->standardIcon(findings.first().severity == Finding::Severity::Error
                                                           ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_MessageBoxWarning);
    }
    case CellKeyRole:
        return QVariant::fromValue(g->cell);
    case ComputedRole:
        return m_document->isComputed(g->cell);
    case MoneyRole:
        return QVariant::fromValue(m_document->value(g->cell));
    default:
        return QVariant();
    }
}

const AuditModel *SheetModel::audit() const
{
    return m_audit.data();
}

void SheetModel::setAuditModel(AuditModel *audit)
{
    if (audit == m_audit)
        return;
    if (m_audit)
        disconnect(m_audit, nullptr, this, nullptr);
    m_audit = audit;
    if (audit)
        connect(audit, &AuditModel::findingsChanged, this, &SheetModel::onFindingsChanged);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DecorationRole, Qt::ToolTipRole});
}

void SheetModel::onFindingsChanged(const QList<CellKey> &cells)
{
    for (const CellKey &k : cells) {
        if (k.table != m_tableId)
            continue;
        const QModelIndex i = indexOf(k);
        if (i.isValid())
            emit dataChanged(i, i, {Qt::DecorationRole, Qt::ToolTipRole});
    }
}

bool SheetModel::isBold(const QModelIndex &index) const
{
    const Row &row = m_rows.at(index.row());
    if (m_template->isCodeList() || !row.bold)
        return row.bold;
    // A fixed row may put a bold line (303 对个人和家庭的补助) beside plain ones (30215
    // 会议费): the weight follows the line each cell shows.
    const GridCell *g = cellAt(index.row(), index.column());
    if (!g)
        return false;
    const QString line = g->kind == GridCell::Kind::Amount ? g->cell.row
            : (g->kind == GridCell::Kind::Name || g->kind == GridCell::Kind::LineNo
               || g->kind == GridCell::Kind::Code)
            ? g->text
            : QString();
    const int li = m_template->lineIndex(line);
    return li >= 0 ? m_template->lines().at(li).bold : row.bold;
}

QVariant SheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return QVariant();
        return m_template->columnCaption(section); // the banded header draws the real thing
    }
    if (section < 0 || section >= rowCount())
        return QVariant();
    return m_rows.at(section).key;
}

Qt::ItemFlags SheetModel::flags(const QModelIndex &index) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isInput(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool SheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || (!index.isValid() || !checkIndex(index)))
        return false;
    QString reason;
    const CellKey key = cellKey(index);
    Money money;
    if (!key.isValid()) {
        reason = tr("%1 is not an amount cell").arg(describe(index));
    } else if (m_document->isComputed(key)) {
        reason = tr("%1 is computed from other cells and cannot be typed into").arg(describe(index));
    } else if (value.metaType() == QMetaType::fromType<Money>()) {
        money = value.value<Money>();
    } else {
        const QString text = value.toString();
        const Money::ParseResult parsed = Money::parse(text);
        if (parsed.ok)
            money = parsed.value;
        else
            reason = tr("%1: “%2” is refused: %3").arg(describe(index), text.trimmed(), parsed.error);
    }
    if (reason.isEmpty()) {
        if (m_document->setCell(key, money, &reason)) {
            m_lastError.clear();
            return true; // the document's cellsChanged brings the dataChanged signals
        }
        reason = tr("%1: %2").arg(describe(index), reason);
    }
    m_lastError = reason;
    emit editRefused(index, reason);
    return false;
}

QSize SheetModel::span(const QModelIndex &index) const
{
    const GridCell *g = index.isValid() ? cellAt(index.row(), index.column()) : nullptr;
    return g ? QSize(g->colSpan, g->rowSpan) : QSize(1, 1);
}

QList<QRect> SheetModel::spans(int firstRow, int lastRow) const
{
    QList<QRect> out;
    for (int r = qMax(0, firstRow); r <= lastRow && r < m_rows.size(); ++r)
        for (const GridCell &g : m_rows.at(r).cells)
            if (g.rowSpan > 1 || g.colSpan > 1)
                out.append(QRect(g.col, r, g.colSpan, qMin(g.rowSpan, int(m_rows.size()) - r)));
    return out;
}

QString SheetModel::rowLabel(const QString &rowKey) const
{
    const QString name = m_document->rowName(m_tableId, rowKey);
    if (rowKey == TableTemplate::totalRow() && m_template->isCodeList())
        return name;
    if (name.isEmpty())
        return rowKey;
    return rowKey + QLatin1Char(' ') + name;
}

QString SheetModel::describe(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_template->code();
    const CellKey key = cellKey(index);
    if (key.isValid())
        return tr("%1, %2, column %3").arg(m_template->code(), rowLabel(key.row), key.col);
    const QString rowKey = m_rows.at(index.row()).key;
    if (rowKey.isEmpty())
        return tr("%1, row %2, grid column %3").arg(m_template->code()).arg(index.row() + 1).arg(index.column() + 1);
    return tr("%1, row %2, grid column %3").arg(m_template->code(), rowLabel(rowKey)).arg(index.column() + 1);
}

void SheetModel::setShowPrinted(bool printed)
{
    if (printed == m_showPrinted)
        return;
    m_showPrinted = printed;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole});
}

void SheetModel::onCellsChanged(const QList<CellKey> &cells)
{
    if (m_showPrinted && rowCount() > 0 && columnCount() > 0) {
        // An edit may move printed values of cells whose exact value stayed (the balance of
        // their component): repaint the table, views draw only what is visible.
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::EditRole, Qt::ForegroundRole, MoneyRole, Qt::DecorationRole,
                          Qt::ToolTipRole});
        return;
    }
    // Group this table's cells by row, then signal each run of adjacent columns once:
    // views repaint only what changed, subtotal cells included.
    QMap<int, QList<int>> byRow;
    for (const CellKey &key : cells) {
        if (key.table != m_tableId)
            continue;
        const QModelIndex i = indexOf(key);
        if (i.isValid())
            byRow[i.row()].append(i.column());
    }
    static const QList<int> roles = {Qt::DisplayRole, Qt::EditRole, Qt::ForegroundRole, MoneyRole};
    for (auto it = byRow.begin(); it != byRow.end(); ++it) {
        QList<int> &cols = it.value();
        std::sort(cols.begin(), cols.end());
        cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
        int start = 0;
        for (int i = 1; i <= cols.size(); ++i) {
            if (i == cols.size() || cols.at(i) != cols.at(i - 1) + 1) {
                emit dataChanged(index(it.key(), cols.at(start)), index(it.key(), cols.at(i - 1)), roles);
                start = i;
            }
        }
    }
}

void SheetModel::onRowsChanged(const QString &table)
{
    if (table != m_tableId || !m_template->isCodeList())
        return;
    // Both row lists are in the same order (合计, then depth-first code order), so the
    // change is the removed keys plus the added keys: signal each contiguous run.
    m_layout = std::make_unique<SheetLayout>(*m_document, m_tableId);
    const SheetLayout &layout = *m_layout;
    QHash<QString, int> newRows;
    newRows.reserve(layout.rowCount());
    for (int r = 0; r < layout.rowCount(); ++r)
        newRows.insert(layout.row(r).key, r);

    for (int r = int(m_rows.size()) - 1; r >= 0;) {
        if (newRows.contains(m_rows.at(r).key)) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && !newRows.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows(QModelIndex(), first, r);
        m_rows.remove(first, r - first + 1);
        rebuildIndex();
        endRemoveRows();
        r = first - 1;
    }

    int i = 0; // position in m_rows, which is now a subsequence of the new rows
    for (int n = 0; n < layout.rowCount();) {
        if (i < m_rows.size() && m_rows.at(i).key == layout.row(n).key) {
            ++i;
            ++n;
            continue;
        }
        int last = n;
        while (last + 1 < layout.rowCount()
               && (i >= m_rows.size() || m_rows.at(i).key != layout.row(last + 1).key))
            ++last;
        beginInsertRows(QModelIndex(), i, i + last - n);
        for (int k = n; k <= last; ++k) {
            const SheetLayout::Row &lr = layout.row(k);
            m_rows.insert(i + k - n, Row{lr.key, lr.level, lr.bold, layout.rowCells(k)});
        }
        // Row indexes shifted: rebuild before anyone asks for a cell during endInsertRows.
        rebuildIndex();
        endInsertRows();
        i += last - n + 1;
        n = last + 1;
    }
}

void SheetModel::onDocumentReset()
{
    beginResetModel();
    load();
    endResetModel();
}

} // namespace Juesuan
