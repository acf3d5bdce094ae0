#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Juesuan {

class Document;

// The subject catalogue of a document's edition as the document sees it: every 类, 款 and 项
// with its name and where the name comes from (bundled, bundled but unverified, imported, this
// document), searchable by code or name. Removing the imported catalogue is asked of the owner.
class CatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, OriginColumn, BundledColumn, ColumnCount };

    explicit CatalogueDialog(const Document *document, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    // The rows the search leaves, as the view shows them.
    QSortFilterProxyModel *filteredModel() const { return m_filter; }
    QPushButton *removeButton() const { return m_removeButton; }
    // Lists the names again (after an import or a removal).
    void reload();

signals:
    void removeRequested();

private:
    const Document *m_document;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_removeButton;
};

} // namespace Juesuan
