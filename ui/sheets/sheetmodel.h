#pragma once

#include "cellkey.h"
#include "money.h"
#include "tabletemplate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QPointer>
#include <QRect>

#include <memory>

namespace Juesuan {

class AuditModel;
class Document;
class SheetLayout;

// The body grid of one table (fixed or code-list) as an item model over the document:
// it shows what SheetLayout lays out, edits through Document commands and turns the
// document's change signals into the narrowest dataChanged and row insert/remove signals.
class SheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CellKeyRole = Qt::UserRole + 1, // CellKey of an amount cell, invalid elsewhere
        ComputedRole,                   // bool: the amount is computed (read-only)
        MoneyRole,                      // Money of an amount cell
        RowKeyRole,                     // line key, subject code or "total"
        LevelRole,                      // code-list: 0 合计, 1 类, 2 款, 3 项; fixed: 0
        CellKindRole,                   // int(GridCell::Kind) of the cell starting here
    };

    SheetModel(Document *document, const QString &tableId, QObject *parent = nullptr);
    ~SheetModel() override;

    Document *document() const { return m_document; }
    const QString &tableId() const { return m_tableId; }
    const TableTemplate &tableTemplate() const { return *m_template; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Parses the text (or takes a Money) and pushes a command; never changes data itself.
    // A refused value returns false, emits editRefused and is kept in lastError().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QSize span(const QModelIndex &index) const override;

    // The cell starting at (row, column): nullptr where nothing starts (inside a span, or empty).
    const GridCell *cellAt(int row, int column) const;
    // The index of an amount cell, invalid when the cell is not in this table's body.
    QModelIndex indexOf(const CellKey &key) const;
    CellKey cellKey(const QModelIndex &index) const;
    bool isInput(const QModelIndex &index) const;
    bool isComputed(const QModelIndex &index) const;
    QString rowKey(int row) const { return m_rows.at(row).key; }
    int rowLevel(int row) const { return m_rows.at(row).level; }
    // Spans of the rows first..last as QRect(column, row, columnSpan, rowSpan), for QTableView::setSpan.
    QList<QRect> spans(int firstRow, int lastRow) const;
    // Names a place for messages: "公开05表, 2010350 事业运行, column 2".
    QString describe(const QModelIndex &index) const;
    QString lastError() const { return m_lastError; }
    // Show the printed values (舍位平衡) instead of exact ones rounded half up; nudged cells
    // carry an information marker and a tooltip naming the relation kept. Editing is unchanged.
    bool showPrinted() const { return m_showPrinted; }
    void setShowPrinted(bool printed);
    // The audit whose findings mark the cells (icon and tooltip), repainted as they change;
    // nullptr: no marks. The window hands every sheet the audit dock's model.
    void setAuditModel(AuditModel *audit);

signals:
    // A typed or pasted value was refused; the cell keeps its old value.
    void editRefused(const QModelIndex &index, const QString &reason);

private:
    struct Row {
        QString key;
        int level = 0;
        bool bold = false;
        QList<GridCell> cells; // the cells that start in this row
    };

    void load();
    void rebuildIndex();
    void onCellsChanged(const QList<CellKey> &cells);
    void onRowsChanged(const QString &table);
    void onDocumentReset();
    QString rowLabel(const QString &rowKey) const;
    bool isBold(const QModelIndex &index) const;
    const AuditModel *audit() const;
    void onFindingsChanged(const QList<CellKey> &cells);

    Document *m_document;
    QString m_tableId;
    bool m_showPrinted = false;
    const TableTemplate *m_template;
    std::unique_ptr<SheetLayout> m_layout; // the latest snapshot; gives cell texts
    QList<Row> m_rows;
    // Code-list tables: row by key, grid column by 栏次. Fixed tables: place of each amount.
    QHash<QString, int> m_rowOfKey;
    QHash<QString, int> m_columnOfKey;
    QHash<CellKey, QPoint> m_positions; // x = column, y = row
    QString m_lastError;
    QPointer<AuditModel> m_audit; // whose findings mark cells; none: no marks
};

} // namespace Juesuan
