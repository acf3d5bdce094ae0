#pragma once

#include "autosaver.h"
#include "cellkey.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTreeView;
class QUndoGroup;

namespace Juesuan {

class Document;
class ManualBrowser;
class OutlineModel;
struct ImportSummary;
class RecentFiles;
class SheetView;

// The editor window: the report's outline on the left, the selected part in the centre
// (text parts in TextPartEditors, the nine tables in SheetViews created on first
// selection), an "Audit findings" dock, menus, toolbar and status bar. It owns the open
// Document, its file name and its autosaved recovery copy, and asks before unsaved
// changes are lost.
//
// Extension points for the other parts of the editor:
//   - addPage(outlineId, page): a page that lives as long as the window (it follows
//     documentChanged() itself); addPageFactory(outlineId, factory): a page built for each
//     document, on first selection, and rebuilt when the document is replaced. Either
//     replaces the built-in page of an outline entry, or adds the entry when `title` is given
//     (under `parentId`). Built-in ids: part1 duties organization part2 table/01…table/09
//     part3 part4 part5 part6 figures figure/1…figure/4 (see OutlineModel).
//   - reportMenu() (objectName "reportMenu"): export, print and report actions.
//   - auditDock() (objectName "auditDock"): empty; the audit panel goes in it.
//   - documentChanged(document) is emitted after a new document is set and before the old
//     one is deleted; showPage()/showCell() navigate.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using PageFactory = std::function<QWidget *(Document *document)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document.get(); }
    QString filePath() const { return m_filePath; } // empty while untitled
    QString displayName() const;

    // Replaces the document; pages made for the old one are rebuilt for the new one.
    void setDocument(std::unique_ptr<Document> document, const QString &filePath,
                     const QString &displayName = QString());
    // Each returns false and leaves the current document as it was when it fails; the
    // reason is shown with showError().
    bool openFile(const QString &path);
    bool openSample();
    bool newDocument(const QString &department, int year, const QString &edition);
    bool newEmptyDocument(); // an untitled document of the newest edition, for a first start
    bool saveFile(const QString &path);
    bool save();   // to the file, or asks for one
    bool saveAs();
    // Imports the tables of a workbook (.xlsx, .xls, .csv, .tsv) into the document as one undo
    // step, then shows the summary (showImportSummary). false when nothing was imported.
    bool importWorkbook(const QString &path);
    // Asks Save/Discard/Cancel when there are unsaved changes; true when it is fine to go on.
    bool maybeSave();
    // Offers the recovery copies that sessions which ended abruptly left. true when one was
    // restored (it then replaces the current document and keeps its original file name).
    bool offerRecovery();
    // Fills the 上年 figures from last year's report at `path` (one undo step) and lists
    // what it filled; false, with the reason shown, when nothing could be taken from it.
    bool importPriorYear(const QString &path);
    // Moves the report to a newer built-in edition (one undo step) and shows what moved,
    // was renamed or was left behind; false with a message when refused.
    bool changeEdition(const QString &edition);
    // Help → Manual (F1): the manual at the section about the current page.
    void showManual();
    ManualBrowser *manualBrowser() const;

    // --- pages
    void addPage(const QString &outlineId, QWidget *page, const QString &title = QString(),
                 const QString &parentId = QString());
    void addPageFactory(const QString &outlineId, PageFactory factory, const QString &title = QString(),
                        const QString &parentId = QString());
    bool showPage(const QString &outlineId);
    bool showCell(const QString &tableId, const CellKey &key);
    QString currentPageId() const { return m_currentPage; }
    QWidget *currentPage() const;
    QWidget *page(const QString &outlineId) const; // nullptr until it was first shown
    SheetView *sheetView(const QString &tableId) const;

    // --- parts others fill
    QMenu *reportMenu() const { return m_reportMenu; }
    QDockWidget *auditDock() const { return m_auditDock; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    OutlineModel *outline() const { return m_outline; }
    QTreeView *outlineView() const { return m_outlineView; }
    Autosaver *autosaver() const { return m_autosaver; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void documentChanged(Juesuan::Document *document);
    void currentPageChanged(const QString &outlineId);

protected:
    void closeEvent(QCloseEvent *event) override;
    // The questions and messages the window puts to the user; virtual so tests can answer.
    virtual QMessageBox::StandardButton askSaveChanges();
    virtual QMessageBox::StandardButton askRestore(const Autosaver::Orphan &orphan);
    virtual void showError(const QString &title, const QString &message);
    virtual void showInformation(const QString &title, const QString &message);
    // Yes/No; true to go on.
    virtual bool askProceed(const QString &title, const QString &message);
    virtual QString askWorkbookPath();
    // Shows what an import did in an ImportDialog (modal); a double-clicked difference shows its cell.
    virtual void showImportSummary(const ImportSummary &summary);

private:
    void createActions();
    void createDocks();
    void updateTitle();
    void onOutlineSelected();
    QWidget *createPage(const QString &outlineId);
    QWidget *createTextPage(const QString &key, const QString &heading);
    QWidget *createOverviewPage(const QString &outlineId);
    void forwardEdit(const char *slot, QKeySequence::StandardKey key);
    void openRequested();
    void newRequested();
    void editDetails();
    void changeEditionRequested();
    void editionChanged();
    void importPriorYearRequested();
    void preferences();
    void about();
    void dropPages();

    std::unique_ptr<Document> m_document;
    QString m_filePath;
    QString m_displayName;
    OutlineModel *m_outline;
    QTreeView *m_outlineView;
    QStackedWidget *m_stack;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_auditDock = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_reportMenu = nullptr;
    QLabel *m_summary;
    QUndoGroup *m_undoGroup;
    QAction *m_undoAction = nullptr;
    QAction *m_showPrintedAction = nullptr; // View → As printed (舍位平衡)
    QAction *m_redoAction = nullptr;
    RecentFiles *m_recentFiles;
    Autosaver *m_autosaver;
    QString m_currentPage;
    QPointer<ManualBrowser> m_manual;
    QHash<QString, QPointer<QWidget>> m_pages;       // made for the current document
    QHash<QString, QPointer<QWidget>> m_fixedPages;  // added with addPage
    QHash<QString, PageFactory> m_factories;
    QHash<QString, QString> m_summaries;             // last selection summary per table page
};

} // namespace Juesuan
