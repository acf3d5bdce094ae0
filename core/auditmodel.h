#pragma once

#include "auditengine.h"
#include "finding.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Juesuan {

class Document;

// The findings of a document's audit as a table (rule, message, where), kept current:
// every change the document announces schedules one re-audit when control returns to the
// event loop, so a paste or an import audits once. Also answers which findings concern a
// cell, for the marks and tooltips of the table views, which are handed the model.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RuleColumn, MessageColumn, PlaceColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Finding::Severity)
        CellsRole,                       // QList<CellKey>: the cells it names
        TablesRole,                      // QStringList: the tables it names ("text", "forms" otherwise)
    };

    explicit AuditModel(Document *document, QObject *parent = nullptr);
    ~AuditModel() override;

    AuditEngine &engine() { return m_engine; }
    const QList<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }
    // The findings that name `key`, most serious first.
    QList<Finding> findingsFor(const CellKey &key) const;
    int count(Finding::Severity severity) const;

    // Re-audits now (the model also does so by itself after each change).
    void refresh();
    bool isRefreshPending() const { return m_pending; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After a re-audit that changed the findings; `cells` are those whose findings changed,
    // so table views repaint just their marks.
    void findingsChanged(const QList<Juesuan::CellKey> &cells);

private:
    void scheduleRefresh();
    QString place(const Finding &f) const;

    Document *m_document;
    AuditEngine m_engine;
    QList<Finding> m_findings;
    QHash<CellKey, QList<int>> m_byCell;
    bool m_pending = false;
};

} // namespace Juesuan
