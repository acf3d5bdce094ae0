#pragma once

#include "cellkey.h"
#include "workbookimporter.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Juesuan {

// Shows what a workbook import did: the tables found (sheet, range, unit), notes, what was
// skipped and why, and every total that differs from Juesuan's; double-clicking a
// difference asks to show its cell.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const ImportSummary &summary, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The top-level section items, for tests: "tables", "notes", "skipped", "differences".
    QTreeWidgetItem *section(const QString &name) const;

signals:
    void cellRequested(const QString &tableId, const Juesuan::CellKey &key);

private:
    void activate(QTreeWidgetItem *item);

    QLabel *m_headline;
    QTreeWidget *m_list;
};

} // namespace Juesuan
