#pragma once

#include "cellkey.h"

#include <QString>
#include <QWidget>

class QLabel;
class QMenu;
class QTableView;

namespace Juesuan {

class AddRowWidget;
class BandedHeaderView;
class Document;
class SheetModel;
class SheetTableView;

// One disclosure table as the accountant edits it: the published heading (title, 公开NN表,
// 部门, 金额单位), the banded header over the grid, the notes below, and for code-list
// tables the bar that adds and removes 项 rows. Keys and clipboard work as in Excel/WPS;
// every change goes through the document's undo stack.
class SheetView : public QWidget
{
    Q_OBJECT
public:
    SheetView(Document *document, const QString &tableId, QWidget *parent = nullptr);

    QString tableId() const;
    // Selects the amount cell, scrolls to it and gives the grid focus; false if it is not here.
    bool selectCell(const CellKey &key);
    QTableView *tableView() const;
    SheetModel *model() const { return m_model; }
    BandedHeaderView *header() const { return m_header; }
    AddRowWidget *addRowWidget() const { return m_addRow; } // nullptr for fixed tables
    // The text of the last selectionSummaryChanged.
    QString selectionSummary() const { return m_summary; }

public slots:
    void copy();
    void cut();
    // Pastes the clipboard's tab-separated block at the selection's top-left cell: all or nothing.
    bool paste();
    bool pasteText(const QString &text);
    // Clears the selected input cells (one undo step); computed cells are left alone.
    void clearSelectedCells();
    bool removeCurrentItemRow();

signals:
    // "Sum: … Count: … Average: …" of the selected amount cells; empty when none has a value.
    void selectionSummaryChanged(const QString &summary);
    // A refusal or the outcome of an action, for the status bar.
    void statusMessage(const QString &message);

private:
    void applySpans(int firstRow, int lastRow);
    void resizeColumns();
    void updateHeading();
    void updateSummary();
    void scheduleSummary();
    void updateRemoveAction();
    void showRefusal(const QModelIndex &index, const QString &reason);
    void showContextMenu(const QPoint &pos);
    QRect selectedRect() const; // x = column, y = row; null when nothing is selected
    QString clearCells(const QString &actionText);

    Document *m_document;
    QString m_tableId;
    SheetModel *m_model;
    SheetTableView *m_table;
    BandedHeaderView *m_header;
    AddRowWidget *m_addRow = nullptr;
    QLabel *m_title;
    QLabel *m_code;
    QLabel *m_department;
    QLabel *m_unit;
    QLabel *m_emptyNote = nullptr;
    QLabel *m_notes;
    QString m_summary;
    bool m_summaryPending = false;
};

} // namespace Juesuan
