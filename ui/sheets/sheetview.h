#pragma once

#include "blockpaste.h"
#include "cellkey.h"
#include "money.h"

#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;
class QMenu;
class QTableView;

namespace Juesuan {

class AddRowWidget;
class BandedHeaderView;
class CellMessage;
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
    // The unit pasted amounts are read in (Edit → Paste Unit): 万元 as the tables show, or 元
    // for blocks copied from sheets in 元. Blocks copied from Juesuan are always in 万元.
    Money::Unit pasteUnit() const { return m_pasteUnit; }
    void setPasteUnit(Money::Unit unit) { m_pasteUnit = unit; }
    // The message shown at a cell after a refusal (hidden when none), and the list of the last
    // paste's computed cells that differ from the block (hidden when all agreed).
    CellMessage *cellMessage() const { return m_cellMessage; }
    QListWidget *pasteReport() const { return m_pasteReport; }
    // The MIME type a block copied from Juesuan carries besides its text: amounts in 万元.
    static QString clipboardFormat();

public slots:
    void copy();
    void cut();
    // Pastes the clipboard's tab-separated block at the selection's top-left cell (BlockPaste:
    // inputs filled, computed cells compared, all or nothing); a single value fills the selection.
    bool paste();
    bool pasteText(const QString &text, Money::Unit unit);
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
    void updateNotes();
    void updateSummary();
    void scheduleSummary();
    void updateRemoveAction();
    void showRefusal(const QModelIndex &index, const QString &reason);
    void showContextMenu(const QPoint &pos);
    void showPasteReport(const BlockPaste::Result &result);
    void goToReported(QListWidgetItem *item);
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
    QTimer *m_notesTimer;
    QWidget *m_pastePanel;
    QLabel *m_pasteTitle;
    QListWidget *m_pasteReport;
    CellMessage *m_cellMessage;
    Money::Unit m_pasteUnit = Money::Unit::Wanyuan;
    QString m_summary;
    bool m_summaryPending = false;
};

} // namespace Juesuan
