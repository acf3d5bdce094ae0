#include "mainwindow.h"

#include "auditpanel.h"
#include "catalogueactions.h"
#include "chartview.h"
#include "detachedsections.h"
#include "document.h"
#include "editionmigration.h"
#include "reporttemplate.h"
#include "evaluationformspage.h"
#include "figureseditor.h"
#include "fonts.h"
#include "importdialog.h"
#include "keyworkeditor.h"
#include "manualbrowser.h"
#include "narrativeoverrides.h"
#include "narrativeview.h"
#include "newdocumentdialog.h"
#include "outlinemodel.h"
#include "preferencesdialog.h"
#include "prioryearimport.h"
#include "recentfiles.h"
#include "reportactions.h"
#include "sheetmodel.h"
#include "sheetview.h"
#include "subjectglossary.h"
#include "textformatbar.h"
#include "textparteditor.h"
#include "workbookimporter.h"
#include "workbookreader.h"
#include "workprogress.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Juesuan {

namespace {

const int messageTimeout = 5000;

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(Fonts::heading(14));
    label->setWordWrap(true);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_controller(new DocumentController(this, this)), m_outline(new OutlineModel(this)),
      m_outlineView(new QTreeView(this)), m_stack(new QStackedWidget(this)), m_summary(new QLabel(this)),
      m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->setObjectName(QStringLiteral("pages"));
    setCentralWidget(m_stack);
    m_summary->setObjectName(QStringLiteral("selectionSummary"));
    statusBar()->addPermanentWidget(m_summary);

    m_outlineView->setObjectName(QStringLiteral("outline"));
    m_outlineView->setModel(m_outline);
    m_outlineView->setHeaderHidden(true);
    // The title takes the room; the fill state of each table ("12 / 40") sits at the right.
    m_outlineView->header()->setStretchLastSection(false);
    m_outlineView->header()->setSectionResizeMode(OutlineModel::TitleColumn, QHeaderView::Stretch);
    m_outlineView->header()->setSectionResizeMode(OutlineModel::FillColumn, QHeaderView::ResizeToContents);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outlineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_outlineView->expandAll();
    connect(m_outlineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onOutlineSelected);

    createDocks();
    createActions();
    registerBuiltinPages();
    connect(m_controller, &DocumentController::documentChanged, this, &MainWindow::onDocumentChanged);
    connect(m_controller, &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_controller->recentFiles(), &RecentFiles::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    resize(1280, 800);
    // Where the user left the window and its docks.
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Whatever may point at the document goes before it: the pages, the audit panel.
    dropPages();
    for (const QPointer<QWidget> &w : std::as_const(m_fixedPages))
        delete w.data();
    delete m_auditDock;
    if (document())
        m_undoGroup->removeStack(document()->undoStack());
    delete m_controller; // and with it the document: a normal end, no copy to recover
}

void MainWindow::createDocks()
{
    m_outlineDock = new QDockWidget(tr("Outline"), this);
    m_outlineDock->setObjectName(QStringLiteral("outlineDock"));
    m_outlineDock->setWidget(m_outlineView);
    m_outlineDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    resizeDocks({m_outlineDock}, {300}, Qt::Horizontal);

    m_auditDock = new QDockWidget(tr("Audit findings"), this);
    m_auditDock->setObjectName(QStringLiteral("auditDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
    // The audit panel follows the window's document and leads each finding to its place.
    auto *audit = new AuditPanel(document(), m_auditDock);
    m_auditPanel = audit;
    m_auditDock->setWidget(audit);
    connect(this, &MainWindow::documentChanged, audit, &AuditPanel::setDocument);
    connect(audit, &AuditPanel::cellActivated, this, [this](const CellKey &key) { showCell(key.table, key); });
    connect(audit, &AuditPanel::textActivated, this, [this](const QString &key) {
        if (!showPage(pageOfText(key)))
            showPage(QStringLiteral("part3")); // the 主要原因 are written with the explanations
    });
    connect(audit, &AuditPanel::wordsActivated, this, [this](const QString &key, int offset, int length) {
        showWords(key, offset, length);
    });
    connect(audit, &AuditPanel::evaluationActivated, this, [this](int index) {
        if (showPage(QStringLiteral("part6")))
            if (auto *forms = qobject_cast<EvaluationFormsPage *>(page(QStringLiteral("part6"))))
                forms->setCurrentForm(index);
    });
    // The outline runs the full height; the findings take a strip under the page, which
    // stays the larger part of the window.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    resizeDocks({m_auditDock}, {170}, Qt::Vertical);
}

void MainWindow::createActions()
{
    auto icon = [this](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme), style()->standardIcon(fallback));
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newAction = file->addAction(icon("document-new", QStyle::SP_FileIcon), tr("&New…"), this,
                                         &MainWindow::newRequested);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(icon("document-open", QStyle::SP_DialogOpenButton), tr("&Open…"), this,
                                    &MainWindow::openRequested);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    QAction *sample = file->addAction(tr("Open &Sample Report"), this, [this] {
        if (maybeSave())
            openSample();
    });
    sample->setObjectName(QStringLiteral("actionOpenSample"));
    QMenu *recent = file->addMenu(tr("Recent &Files"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    m_controller->recentFiles()->attach(recent);
    file->addSeparator();
    QAction *saveAction = file->addAction(icon("document-save", QStyle::SP_DialogSaveButton), tr("&Save"), this,
                                          [this] { save(); });
    saveAction->setObjectName(QStringLiteral("actionSave"));
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, [this] { saveAs(); });
    saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Workbook…"), this, [this] {
        const QString path = askWorkbookPath();
        if (!path.isEmpty())
            importWorkbook(path);
    });
    importAction->setObjectName(QStringLiteral("actionImportWorkbook"));
    QAction *priorYear = file->addAction(tr("Import &Prior Year…"), this, &MainWindow::importPriorYearRequested);
    priorYear->setObjectName(QStringLiteral("actionImportPriorYear"));
    priorYear->setStatusTip(tr("Fill the 上年 figures of the explanations from last year's report"));
    file->addSeparator();
    QAction *details = file->addAction(tr("Report &Details…"), this, &MainWindow::editDetails);
    details->setObjectName(QStringLiteral("actionDetails"));
    QAction *changeEditionAction = file->addAction(tr("Change &Edition…"), this, &MainWindow::changeEditionRequested);
    changeEditionAction->setObjectName(QStringLiteral("actionChangeEdition"));
    changeEditionAction->setStatusTip(tr("Move the report to a newer edition of the tables and subject catalogue"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcuts({QKeySequence(QKeySequence::Quit), QKeySequence(QKeySequence::Close)});
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    // The group's actions follow the document's stack and name the command ("Undo Edit text").
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(icon("edit-undo", QStyle::SP_ArrowBack));
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setIcon(icon("edit-redo", QStyle::SP_ArrowForward));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    struct Forward {
        const char *name;
        QString text;
        const char *slot;
        QKeySequence::StandardKey key;
    };
    const Forward forwards[] = {
        {"actionCut", tr("Cu&t"), "cut", QKeySequence::Cut},
        {"actionCopy", tr("&Copy"), "copy", QKeySequence::Copy},
        {"actionPaste", tr("&Paste"), "paste", QKeySequence::Paste},
        {"actionDelete", tr("&Delete"), nullptr, QKeySequence::Delete},
    };
    for (const Forward &f : forwards) {
        QAction *a = edit->addAction(f.text, this, [this, f] { forwardEdit(f.slot, f.key); });
        a->setObjectName(QString::fromLatin1(f.name));
        a->setShortcut(f.key);
    }
    edit->addSeparator();
    // The unit pasted amounts are read in: 万元 as the tables show, or 元 for blocks copied
    // from sheets in 元. Remembered, shown in the status bar, applied to every table view.
    QMenu *pasteUnit = edit->addMenu(tr("Paste &Unit"));
    pasteUnit->setObjectName(QStringLiteral("pasteUnitMenu"));
    auto *units = new QActionGroup(pasteUnit);
    QAction *inWanyuan = pasteUnit->addAction(tr("&万元, as the Tables Show"));
    inWanyuan->setObjectName(QStringLiteral("actionPasteWanyuan"));
    QAction *inYuan = pasteUnit->addAction(tr("&元, for Blocks from Sheets in 元"));
    inYuan->setObjectName(QStringLiteral("actionPasteYuan"));
    inYuan->setStatusTip(tr("Read pasted amounts in 元: 12.345 is then refused (finer than 分)"));
    for (QAction *a : {inWanyuan, inYuan}) {
        a->setCheckable(true);
        units->addAction(a);
    }
    auto *unitLabel = new QLabel(this);
    unitLabel->setObjectName(QStringLiteral("pasteUnitLabel"));
    statusBar()->addPermanentWidget(unitLabel);
    const auto applyPasteUnit = [this, unitLabel](bool yuan) {
        QSettings().setValue(QStringLiteral("edit/pasteUnit"), yuan ? QStringLiteral("yuan") : QStringLiteral("wanyuan"));
        unitLabel->setText(tr("Paste unit: %1").arg(yuan ? QStringLiteral("元") : QStringLiteral("万元")));
        for (QWidget *w : std::as_const(m_pages))
            if (auto *sheet = qobject_cast<SheetView *>(w))
                sheet->setPasteUnit(yuan ? Money::Unit::Yuan : Money::Unit::Wanyuan);
    };
    connect(inYuan, &QAction::toggled, this, applyPasteUnit);
    const bool pasteInYuan = QSettings().value(QStringLiteral("edit/pasteUnit")).toString() == QLatin1String("yuan");
    (pasteInYuan ? inYuan : inWanyuan)->setChecked(true);
    applyPasteUnit(pasteInYuan);
    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("Pre&ferences…"), this, &MainWindow::preferences);
    prefs->setObjectName(QStringLiteral("actionPreferences"));
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->addAction(newAction);
    m_toolBar->addAction(open);
    m_toolBar->addAction(saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *toggleOutline = m_outlineDock->toggleViewAction();
    toggleOutline->setText(tr("&Outline"));
    view->addAction(toggleOutline);
    QAction *toggleAudit = m_auditDock->toggleViewAction();
    toggleAudit->setText(tr("&Audit Findings"));
    view->addAction(toggleAudit);
    QAction *toggleToolBar = m_toolBar->toggleViewAction();
    toggleToolBar->setText(tr("&Toolbar"));
    view->addAction(toggleToolBar);
    view->addSeparator();
    m_showPrintedAction = view->addAction(tr("As &Printed (舍位平衡)"));
    m_showPrintedAction->setObjectName(QStringLiteral("showPrintedAction"));
    m_showPrintedAction->setCheckable(true);
    m_showPrintedAction->setToolTip(tr("Show the figures the report prints: rounded so that every total adds up"));
    connect(m_showPrintedAction, &QAction::toggled, this, [this](bool on) {
        for (QWidget *w : std::as_const(m_pages))
            if (auto *sheet = qobject_cast<SheetView *>(w))
                sheet->model()->setShowPrinted(on);
    });

    m_reportMenu = menuBar()->addMenu(tr("&Report"));
    m_reportMenu->setObjectName(QStringLiteral("reportMenu"));
    new ReportActions(this); // print preview, print, export PDF, HTML and workbook

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    new CatalogueActions(this, tools); // subject catalogue: view, import, remove

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *manual = help->addAction(icon("help-contents", QStyle::SP_DialogHelpButton), tr("&Manual"), this,
                                      &MainWindow::showManual);
    manual->setObjectName(QStringLiteral("actionManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setStatusTip(tr("The user manual, at the section about the page shown"));
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About Juesuan"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — Juesuan").arg(displayName()));
    setWindowModified(m_controller->isModified());
}

// --- documents

void MainWindow::onDocumentChanged(Document *document, Document *old)
{
    const QString current = m_currentPage;
    dropPages(); // they point at the old document
    if (old) {
        m_undoGroup->removeStack(old->undoStack());
        disconnect(old, nullptr, this, nullptr);
    }
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());
    connect(document, &Document::editionChanged, this, &MainWindow::editionChanged);
    {
        // The table entries are rebuilt for the document's edition; keep the selection quiet.
        const QSignalBlocker blocker(m_outlineView->selectionModel());
        m_outline->setTables(document->reportTemplate());
        m_outline->setDocument(document);
        m_outlineView->expandAll();
    }
    m_currentPage.clear();
    updateTitle();
    emit documentChanged(document);
    if (!showPage(current.isEmpty() ? QStringLiteral("table/01") : current))
        showPage(QStringLiteral("duties"));
}

QMessageBox::StandardButton MainWindow::askSaveChanges()
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The report “%1” has changes that are not saved.").arg(displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("saveChangesBox"));
    box.setInformativeText(tr("Do you want to save them?"));
    box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

QString MainWindow::askSavePath(const QString &suggestion)
{
    return QFileDialog::getSaveFileName(this, tr("Save Report As"), suggestion, tr("Juesuan reports (*.juesuan)"));
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, messageTimeout);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Critical, title, title, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.setInformativeText(message);
    box.exec();
}

void MainWindow::showInformation(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Information, title, title, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("informationBox"));
    box.setInformativeText(message);
    box.exec();
}

bool MainWindow::askProceed(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Question, title, title, QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("proceedBox"));
    box.setInformativeText(message);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool MainWindow::importPriorYear(const QString &path)
{
    if (!document())
        return false;
    const QString title = tr("Import Prior Year");
    QString error;
    QStringList notes;
    const std::unique_ptr<Document> lastYear = PriorYearImport::loadLastYear(path, *document(), &error, &notes);
    if (!lastYear) {
        showError(tr("Cannot read %1").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    const PriorYearImport::Result result = PriorYearImport::collect(*lastYear, *document());
    if (!result.yearMismatch.isEmpty()
        && !askProceed(title, tr("In %1, %2. Take its figures as this report's 上年 figures all the same?")
                                      .arg(QFileInfo(path).fileName(), result.yearMismatch)))
        return false;
    if (!PriorYearImport::apply(*document(), result, &error)) {
        showError(tr("Nothing imported from %1").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    statusBar()->showMessage(tr("Imported %n prior-year figure(s) from %1", nullptr, int(result.figures.size()))
                                     .arg(QFileInfo(path).fileName()),
                             messageTimeout);
    QString text = tr("Filled from %1 (Undo takes it back):\n%2")
                           .arg(QDir::toNativeSeparators(path), PriorYearImport::summary(result));
    if (!notes.isEmpty())
        text += QStringLiteral("\n\n") + notes.join(QLatin1Char('\n'));
    showInformation(title, text);
    return true;
}

void MainWindow::importPriorYearRequested()
{
    const QString dir = filePath().isEmpty() ? QDir::homePath() : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Prior Year"), dir,
            tr("Last year's report (*.juesuan *.xlsx *.xls *.csv *.tsv);;Juesuan reports (*.juesuan);;"
               "Workbooks (*.xlsx *.xls *.csv *.tsv)"));
    if (!path.isEmpty())
        importPriorYear(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_controller->close(); // a deliberate close: nothing to recover
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

// --- recovery

QMessageBox::StandardButton MainWindow::askRestore(const Autosaver::Orphan &orphan)
{
    const QString name = orphan.originalFile.isEmpty() ? tr("an untitled report")
                                                       : QDir::toNativeSeparators(orphan.originalFile);
    const QString when = QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("Juesuan did not close normally. Changes to %1 from %2 were kept.").arg(name, when),
                    QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, this);
    box.setObjectName(QStringLiteral("recoveryBox"));
    box.setInformativeText(tr("Restore them? Discard deletes the kept copy; Ignore asks again next time."));
    box.button(QMessageBox::Yes)->setText(tr("Restore"));
    box.setDefaultButton(QMessageBox::Yes);
    return QMessageBox::StandardButton(box.exec());
}

// --- pages

void MainWindow::addPage(const QString &outlineId, QWidget *page, const QString &title, const QString &parentId)
{
    if (!title.isEmpty())
        m_outline->addEntry(outlineId, title, parentId);
    if (QWidget *old = m_pages.take(outlineId)) {
        m_stack->removeWidget(old);
        old->deleteLater();
    }
    m_fixedPages.insert(outlineId, page);
    m_stack->addWidget(page);
    if (m_currentPage == outlineId)
        m_stack->setCurrentWidget(page);
}

void MainWindow::addPageFactory(const QString &outlineId, PageFactory factory, const QString &title,
                                const QString &parentId)
{
    if (!title.isEmpty())
        m_outline->addEntry(outlineId, title, parentId);
    m_factories.insert(outlineId, std::move(factory));
    if (QWidget *old = m_pages.take(outlineId)) {
        m_stack->removeWidget(old);
        old->deleteLater();
        if (m_currentPage == outlineId) {
            m_currentPage.clear();
            showPage(outlineId);
        }
    }
}

bool MainWindow::showPage(const QString &outlineId)
{
    const QModelIndex index = m_outline->indexOf(outlineId);
    if (!index.isValid())
        return false;
    if (m_outlineView->currentIndex() == index && m_currentPage != outlineId)
        onOutlineSelected(); // already current in the view, e.g. after the document changed
    else
        m_outlineView->setCurrentIndex(index);
    return m_currentPage == outlineId;
}

QString MainWindow::pageOfText(const QString &textKey)
{
    if (!NarrativeOverrides::sectionOf(textKey).isEmpty() || textKey.startsWith(QLatin1String("reason.")))
        return QStringLiteral("part3");
    if (textKey == QLatin1String("keyWork"))
        return QStringLiteral("part4");
    if (textKey == QLatin1String("glossary"))
        return QStringLiteral("part5");
    return textKey; // the other text parts have pages of their own
}

bool MainWindow::showWords(const QString &textKey, int offset, int length)
{
    // A detached 第三部分 section is edited on the page's "Own wording" tab; 重点工作 and
    // 名词解释 are the pages of parts 4 and 5; the other text parts have pages of their own.
    const QString section = NarrativeOverrides::sectionOf(textKey);
    if (!showPage(pageOfText(textKey)))
        return false;
    TextPartEditor *editor = nullptr;
    if (auto *own = currentPage()->findChild<DetachedSections *>()) {
        if (!section.isEmpty()) {
            if (auto *tabs = qobject_cast<QTabWidget *>(currentPage()))
                tabs->setCurrentIndex(tabs->indexOf(own));
            editor = own->showSection(section);
        }
    } else {
        editor = currentPage()->findChild<TextPartEditor *>(QStringLiteral("textPart_") + textKey);
    }
    return editor && editor->selectWords(offset, length);
}

bool MainWindow::showCell(const QString &tableId, const CellKey &key)
{
    if (!showPage(QStringLiteral("table/") + tableId))
        return false;
    SheetView *view = sheetView(tableId);
    return view && view->selectCell(key);
}

QWidget *MainWindow::currentPage() const
{
    return page(m_currentPage);
}

QWidget *MainWindow::page(const QString &outlineId) const
{
    if (QWidget *w = m_fixedPages.value(outlineId))
        return w;
    return m_pages.value(outlineId);
}

SheetView *MainWindow::sheetView(const QString &tableId) const
{
    return qobject_cast<SheetView *>(page(QStringLiteral("table/") + tableId));
}

void MainWindow::onOutlineSelected()
{
    const QString id = OutlineModel::idOf(m_outlineView->currentIndex());
    if (id.isEmpty() || !document())
        return;
    QWidget *w = page(id);
    if (!w) {
        w = createPage(id);
        m_pages.insert(id, w);
        m_stack->addWidget(w);
    }
    m_stack->setCurrentWidget(w);
    m_currentPage = id;
    const QString table = OutlineModel::tableId(id);
    m_summary->setText(table.isEmpty() ? QString() : m_summaries.value(table));
    emit currentPageChanged(id);
}

void MainWindow::registerBuiltinPages()
{
    // Text parts: the heading of their outline entry over the editor.
    auto textPage = [this](const QString &key) {
        return [this, key](Document *, const QString &outlineId) {
            return createTextPage(key, m_outline->indexOf(outlineId).data().toString());
        };
    };
    addPageFactory(QStringLiteral("duties"), textPage(QStringLiteral("duties")));
    addPageFactory(QStringLiteral("organization"), textPage(QStringLiteral("organization")));
    addPageFactory(QStringLiteral("table/"),
                   [this](Document *doc, const QString &outlineId) {
                       return createSheetPage(doc, OutlineModel::tableId(outlineId));
                   });
    addPageFactory(QStringLiteral("part3"), [](Document *doc, const QString &) -> QWidget * {
        // The explanations as they print, with their reasons; beside them the figures they quote.
        auto *tabs = new QTabWidget;
        tabs->setObjectName(QStringLiteral("page_part3"));
        tabs->addTab(new NarrativeView(doc), tr("Explanations"));
        tabs->addTab(new FiguresEditor(doc), tr("Figures for the explanations"));
        tabs->addTab(new DetachedSections(doc), tr("Own wording")); // sections detached to edit freely
        return tabs;
    });
    addPageFactory(QStringLiteral("part4"), [this](Document *doc, const QString &outlineId) {
        // The prose of 重点工作完成情况, then its table.
        QWidget *page = createTextPage(QStringLiteral("keyWork"), m_outline->indexOf(outlineId).data().toString());
        static_cast<QVBoxLayout *>(page->layout())->addWidget(new KeyWorkEditor(doc, page), 1);
        return page;
    });
    addPageFactory(QStringLiteral("part5"), [this](Document *doc, const QString &outlineId) {
        // 名词解释, with the explanations of the report's 功能分类 项 offered from the catalogue.
        QWidget *page = createTextPage(QStringLiteral("glossary"), m_outline->indexOf(outlineId).data().toString());
        auto *insert = new QPushButton(tr("Insert subject explanations"), page);
        insert->setObjectName(QStringLiteral("insertSubjectExplanations"));
        insert->setToolTip(tr("Append a numbered explanation for each subject of tables 02, 03 and 05 "
                              "that the text does not explain yet"));
        connect(insert, &QPushButton::clicked, this, [this, doc] {
            const int added = SubjectGlossary::insertInto(doc);
            statusBar()->showMessage(added ? tr("%n subject explanation(s) added", nullptr, added)
                                           : tr("Every subject is explained already"),
                                     messageTimeout);
        });
        static_cast<QVBoxLayout *>(page->layout())->addWidget(insert, 0, Qt::AlignLeft);
        return page;
    });
    addPageFactory(QStringLiteral("part6"),
                   [](Document *doc, const QString &) -> QWidget * { return new EvaluationFormsPage(doc); });
    addPageFactory(QStringLiteral("figure/"), [](Document *doc, const QString &outlineId) -> QWidget * {
        return new ChartView(doc, outlineId.section(QLatin1Char('/'), 1).toInt());
    });
}

QWidget *MainWindow::createPage(const QString &outlineId)
{
    // The entry's own factory, else the one of its group ("table/" for "table/05"); a part
    // without an editor of its own shows its sections.
    PageFactory factory = m_factories.value(outlineId);
    const qsizetype slash = outlineId.indexOf(QLatin1Char('/'));
    if (!factory && slash > 0)
        factory = m_factories.value(outlineId.left(slash + 1));
    if (factory)
        if (QWidget *w = factory(document(), outlineId))
            return w;
    return createOverviewPage(outlineId);
}

QWidget *MainWindow::createSheetPage(Document *document, const QString &table)
{
    auto *view = new SheetView(document, table);
    view->model()->setShowPrinted(m_showPrintedAction && m_showPrintedAction->isChecked());
    view->model()->setAuditModel(m_auditPanel ? m_auditPanel->model() : nullptr);
    view->setPasteUnit(QSettings().value(QStringLiteral("edit/pasteUnit")).toString() == QLatin1String("yuan")
                               ? Money::Unit::Yuan
                               : Money::Unit::Wanyuan);
    connect(view, &SheetView::selectionSummaryChanged, this, [this, table](const QString &summary) {
        m_summaries.insert(table, summary);
        if (OutlineModel::tableId(m_currentPage) == table)
            m_summary->setText(summary);
    });
    connect(view, &SheetView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, messageTimeout); });
    return view;
}

QWidget *MainWindow::createTextPage(const QString &key, const QString &heading)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("page_") + key);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(heading, page));
    auto *editor = new TextPartEditor(document(), key, page);
    layout->addWidget(new TextFormatBar(editor, page)); // **bold** and numbered paragraphs
    layout->addWidget(editor, 1);
    page->setFocusProxy(editor);
    return page;
}

QWidget *MainWindow::createOverviewPage(const QString &outlineId)
{
    // A part without an editor of its own: its heading and links to its sections.
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("page_") + QString(outlineId).replace(QLatin1Char('/'), QLatin1Char('_')));
    auto *layout = new QVBoxLayout(page);
    const QModelIndex index = m_outline->indexOf(outlineId);
    layout->addWidget(headingLabel(index.data().toString(), page));
    const int children = m_outline->rowCount(index);
    for (int i = 0; i < children; ++i) {
        const QModelIndex child = m_outline->index(i, 0, index);
        auto *link = new QPushButton(child.data(Qt::ToolTipRole).toString(), page);
        link->setFlat(true);
        link->setStyleSheet(QStringLiteral("text-align: left"));
        const QString childId = OutlineModel::idOf(child);
        connect(link, &QPushButton::clicked, this, [this, childId] { showPage(childId); });
        layout->addWidget(link);
    }
    if (children == 0) {
        auto *note = new QLabel(tr("This part has no editor in this version of Juesuan."), page);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addStretch(1);
    return page;
}

void MainWindow::dropPages()
{
    for (const QPointer<QWidget> &w : std::as_const(m_pages)) {
        if (!w)
            continue;
        m_stack->removeWidget(w);
        delete w.data();
    }
    m_pages.clear();
    m_summaries.clear();
    m_summary->clear();
}

// --- edit forwarding

void MainWindow::forwardEdit(const char *slot, QKeySequence::StandardKey key)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus->window() != this)
        return;
    if (slot) {
        // A text editor or a view with cut/copy/paste slots does it itself.
        const QByteArray signature = QByteArray(slot) + "()";
        for (QWidget *w = focus; w && w != this; w = w->parentWidget()) {
            if (w->metaObject()->indexOfMethod(signature.constData()) >= 0) {
                QMetaObject::invokeMethod(w, slot);
                return;
            }
        }
    }
    // Otherwise the focused view gets the key the action stands for, as if typed.
    const QKeySequence sequence(key);
    if (sequence.isEmpty())
        return;
    const QKeyCombination combination = sequence[0];
    QKeyEvent press(QEvent::KeyPress, combination.key(), combination.keyboardModifiers());
    QCoreApplication::sendEvent(focus, &press);
    QKeyEvent release(QEvent::KeyRelease, combination.key(), combination.keyboardModifiers());
    QCoreApplication::sendEvent(focus, &release);
}

// --- dialogs

void MainWindow::openRequested()
{
    if (!maybeSave())
        return;
    const QString dir = filePath().isEmpty() ? QDir::homePath() : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Report"), dir, tr("Juesuan reports (*.juesuan)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newRequested()
{
    if (!maybeSave())
        return;
    NewDocumentDialog dialog(this);
    if (document())
        dialog.setDepartment(document()->metadata().department);
    if (dialog.exec() == QDialog::Accepted)
        newDocument(dialog.department(), dialog.year(), dialog.edition());
}

void MainWindow::changeEditionRequested()
{
    if (!document())
        return;
    const QString current = document()->reportTemplate().edition();
    const QStringList newer = EditionMigration::newerEditions(current);
    if (newer.isEmpty()) {
        showInformation(tr("Change Edition"), tr("The report uses edition %1; this program knows no newer one.").arg(current));
        return;
    }
    QStringList names;
    for (const QString &e : newer) {
        const auto t = ReportTemplate::builtin(e);
        names << (t ? t->name() : e);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change Edition"),
                                                 tr("The report uses edition %1. Move it to:").arg(current), names,
                                                 int(names.size()) - 1, false, &ok);
    if (ok)
        changeEdition(newer.at(int(names.indexOf(chosen))));
}

bool MainWindow::changeEdition(const QString &edition)
{
    QString error;
    const auto target = ReportTemplate::builtin(edition, &error);
    EditionMigration::Report report;
    if (!target || !EditionMigration::apply(*document(), target, &report, &error)) {
        showError(tr("Cannot change the edition"), error);
        return false;
    }
    showInformation(tr("Change Edition"), report.text() + QStringLiteral("\n\n") + tr("Edit → Undo takes it back."));
    return true;
}

void MainWindow::editionChanged()
{
    // Pages, outline and audit show the old edition's tables: build them again.
    const QString current = m_currentPage;
    dropPages();
    {
        const QSignalBlocker blocker(m_outlineView->selectionModel());
        m_outline->setTables(document()->reportTemplate());
        m_outlineView->expandAll();
    }
    m_currentPage.clear();
    emit documentChanged(document());
    if (!showPage(current.isEmpty() ? QStringLiteral("table/01") : current))
        showPage(QStringLiteral("duties"));
}

void MainWindow::editDetails()
{
    if (!document())
        return;
    NewDocumentDialog dialog(this);
    dialog.setWindowTitle(tr("Report Details"));
    dialog.setDetailsMode(document()->metadata());
    if (dialog.exec() != QDialog::Accepted)
        return;
    document()->setMetadata(dialog.details(document()->metadata())); // one undoable step
}

QString MainWindow::askWorkbookPath()
{
    const QString dir = filePath().isEmpty() ? QDir::homePath() : QFileInfo(filePath()).absolutePath();
    return QFileDialog::getOpenFileName(this, tr("Import Workbook"), dir,
                                        tr("Workbooks (*.xlsx *.xls *.csv *.tsv);;All files (*)"));
}

bool MainWindow::importWorkbook(const QString &path)
{
    if (!document())
        return false;
    Workbook workbook;
    QString error;
    ImportSummary summary;
    {
        // Reading is one step; mapping reports each table, and a cancel before the change
        // is pushed leaves the document as it was.
        WorkProgress work(this, tr("Importing %1…").arg(QFileInfo(path).fileName()));
        if (!Progress::report(work.progress(), 0, 1) || !WorkbookReader::read(path, &workbook, &error)) {
            summary.source = path;
            summary.error = work.isCancelled() ? tr("Import cancelled; nothing was changed") : error;
            summary.cancelled = work.isCancelled();
        } else {
            WorkbookImporter::import(document(), workbook, &summary, work.progress());
        }
    }
    if (summary.cancelled) {
        statusBar()->showMessage(tr("Import cancelled; nothing was changed"), messageTimeout);
        return false;
    }
    if (summary.imported)
        statusBar()->showMessage(tr("Imported %1 tables from %2").arg(summary.tables.size()).arg(QFileInfo(path).fileName()),
                                 messageTimeout);
    showImportSummary(summary);
    return summary.imported;
}

void MainWindow::showImportSummary(const ImportSummary &summary)
{
    ImportDialog dialog(summary, this);
    connect(&dialog, &ImportDialog::cellRequested, this,
            [this](const QString &table, const CellKey &key) { showCell(table, key); });
    dialog.exec();
}

void MainWindow::preferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Juesuan"),
                       tr("<h3>Juesuan %1</h3>"
                          "<p>An editor for departmental final-accounts disclosure reports: "
                          "the nine tables, their explanations, charts and audit, "
                          "printed as published.</p>")
                               .arg(QApplication::applicationVersion()));
}

ManualBrowser *MainWindow::manualBrowser() const
{
    return m_manual;
}

void MainWindow::showManual()
{
    // One manual window, brought forward and turned to the page in front of the user.
    if (!m_manual)
        m_manual = new ManualBrowser(PreferencesDialog::uiLanguage(), this);
    m_manual->showSection(ManualBrowser::sectionFor(m_currentPage, PreferencesDialog::uiLanguage()));
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

} // namespace Juesuan
