#pragma once

#include "cellkey.h"
#include "finding.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Juesuan {

class AuditModel;
class Document;

// The audit findings of a document, for the main window's "Audit findings" dock: a list
// with a severity icon, the rule id, the message and where it points, filtered by severity
// and by table, a tally, and navigation — activating (double-click, Enter) a finding asks
// to show its first cell, its text part (selecting the words it is about) or its
// self-evaluation form. The list follows every edit (AuditModel re-audits after each change).
class AuditPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPanel(Document *document, QWidget *parent = nullptr);
    ~AuditPanel() override;

    // Follows another document (nullptr: none); the panel's model is rebuilt for it.
    void setDocument(Document *document);
    Document *document() const { return m_document; }
    // The findings of the current document; also what table views ask for their marks.
    AuditModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Which findings are listed: a severity (-1 all, else int(Finding::Severity)) and a
    // table id ("" all, "01"…"09", "text" text parts, "forms" self-evaluation forms).
    void setSeverityFilter(int severity);
    void setTableFilter(const QString &table);
    int visibleCount() const;

signals:
    void cellActivated(const Juesuan::CellKey &key);
    void textActivated(const QString &textKey);
    // A finding about words of a text (表文一致): the text and the characters to select.
    void wordsActivated(const QString &textKey, int offset, int length);
    void evaluationActivated(int index);
    // After each re-audit: the findings may have changed.
    void findingsChanged();

private:
    void activate(const QModelIndex &index);
    void updateSummary();
    void fillTableFilter();

    QPointer<Document> m_document;
    QMetaObject::Connection m_documentGone;
    AuditModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_view;
    QComboBox *m_severity;
    QComboBox *m_table;
    QLabel *m_summary;
    Finding m_current; // the current finding while the list is re-audited
};

} // namespace Juesuan
