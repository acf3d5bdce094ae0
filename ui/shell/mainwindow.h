#pragma once

#include "cellkey.h"
#include "documentcontroller.h"

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

class AuditPanel;
class Document;
class ManualBrowser;
class OutlineModel;
struct ImportSummary;
class RecentFiles;
class SheetView;

// The editor window: the report's outline on the left, the selected part in the centre
// (text parts in TextPartEditors, the nine tables in SheetViews created on first
// selection), an "Audit findings" dock, menus, toolbar and status bar. The open document,
// its file and its recovery copy belong to its DocumentController; the window puts the
// controller's questions to the user and follows its documents.
//
// Extension points for the other parts of the editor:
//   - addPage(outlineId, page): a page that lives as long as the window (it follows
//     documentChanged() itself); addPageFactory(outlineId, factory): a page built for each
//     document, on first selection, and rebuilt when the document is replaced. Either
//     replaces the built-in page of an outline entry, or adds the entry when `title` is given
//     (under `parentId`). An id ending in '/' ("table/") serves every entry under it that has
//     no factory of its own. The built-in pages are registered the same way. Built-in ids:
//     part1 duties organization part2 table/01…table/09 part3 part4 part5 part6 figures
//     figure/1…figure/4 (see OutlineModel).
//   - reportMenu() (objectName "reportMenu"): export, print and report actions.
//   - auditDock() (objectName "auditDock"): empty; the audit panel goes in it.
//   - documentChanged(document) is emitted after a new document is set and before the old
//     one is deleted; showPage()/showCell() navigate.
class MainWindow : public QMainWindow, protected DocumentController::Prompts
{
    Q_OBJECT
public:
    // Builds the page of an outline entry for a document.
    using PageFactory = std::function<QWidget *(Document *document, const QString &outlineId)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentController *controller() const { return m_controller; }
    // The file lifecycle is the controller's (see there); these forward to it.
    Document *document() const { return m_controller->document(); }
    QString filePath() const { return m_controller->filePath(); } // empty while untitled
    QString displayName() const { return m_controller->displayName(); }
    // Replaces the document; pages made for the old one are rebuilt for the new one.
    void setDocument(std::unique_ptr<Document> document, const QString &filePath,
                     const QString &displayName = QString())
    {
        m_controller->setDocument(std::move(document), filePath, displayName);
    }
    bool openFile(const QString &path) { return m_controller->openFile(path); }
    bool openSample() { return m_controller->openSample(); }
    bool newDocument(const QString &department, int year, const QString &edition)
    {
        return m_controller->newDocument(department, year, edition);
    }
    bool newEmptyDocument() { return m_controller->newEmptyDocument(); }
    bool saveFile(const QString &path) { return m_controller->saveFile(path); }
    bool save() { return m_controller->save(); }
    bool saveAs() { return m_controller->saveAs(); }
    bool maybeSave() { return m_controller->maybeSave(); }
    bool offerRecovery() { return m_controller->offerRecovery(); }

    // Imports the tables of a workbook (.xlsx, .xls, .csv, .tsv) into the document as one undo
    // step, then shows the summary (showImportSummary). false when nothing was imported.
    bool importWorkbook(const QString &path);
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
    // Shows the editor of text `textKey` (a text part or "detached.<section id>") with the
    // words at offset/length selected; false when it cannot.
    bool showWords(const QString &textKey, int offset, int length);
    // The page a text is edited on: part 3 for 主要原因 and detached sections, part 4 for
    // 重点工作, part 5 for 名词解释, else the text part's own page.
    static QString pageOfText(const QString &textKey);
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
    Autosaver *autosaver() const { return m_controller->autosaver(); }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void documentChanged(Juesuan::Document *document);
    void currentPageChanged(const QString &outlineId);

protected:
    void closeEvent(QCloseEvent *event) override;
    // The questions and messages the window puts to the user; virtual so tests can answer.
    QMessageBox::StandardButton askSaveChanges() override;
    QMessageBox::StandardButton askRestore(const Autosaver::Orphan &orphan) override;
    QString askSavePath(const QString &suggestion) override;
    void askDetails() override { editDetails(); }
    void showError(const QString &title, const QString &message) override;
    void showStatus(const QString &message) override;
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
    void onDocumentChanged(Document *document, Document *old);
    void onOutlineSelected();
    void registerBuiltinPages();
    QWidget *createPage(const QString &outlineId);
    QWidget *createSheetPage(Document *document, const QString &tableId);
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

    DocumentController *m_controller;
    OutlineModel *m_outline;
    QTreeView *m_outlineView;
    QStackedWidget *m_stack;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_auditDock = nullptr;
    AuditPanel *m_auditPanel = nullptr; // its findings also mark the cells of every sheet
    QToolBar *m_toolBar = nullptr;
    QMenu *m_reportMenu = nullptr;
    QLabel *m_summary;
    QUndoGroup *m_undoGroup;
    QAction *m_undoAction = nullptr;
    QAction *m_showPrintedAction = nullptr; // View → As printed (舍位平衡)
    QAction *m_redoAction = nullptr;
    QString m_currentPage;
    QPointer<ManualBrowser> m_manual;
    QHash<QString, QPointer<QWidget>> m_pages;       // made for the current document
    QHash<QString, QPointer<QWidget>> m_fixedPages;  // added with addPage
    QHash<QString, PageFactory> m_factories;         // by outline id, or id prefix ending in '/'
    QHash<QString, QString> m_summaries;             // last selection summary per table page
};

} // namespace Juesuan
