// The editor window: outline, lazily created table pages, text parts in the document's undo
// history, files (save, failed open), the unsaved-changes question, autosave and recovery
// after the process is killed.
#include "auditpanel.h"
#include "autosaver.h"
#include "chartview.h"
#include "document.h"
#include "documentio.h"
#include "mainwindow.h"
#include "newdocumentdialog.h"
#include "outlinemodel.h"
#include "preferencesdialog.h"
#include "printedvalues.h"
#include "recentfiles.h"
#include "sheetview.h"
#include "textparteditor.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QGuiApplication>
#include <QTableView>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {

// Answers the window's questions instead of a person, and remembers what it was asked.
class TestWindow : public MainWindow
{
public:
    QMessageBox::StandardButton saveAnswer = QMessageBox::Cancel;
    int saveQuestions = 0;
    QStringList errors;
    QStringList infos;
    QStringList questions;
    bool proceedAnswer = false;
    QMessageBox::StandardButton restoreAnswer = QMessageBox::Ignore;
    QStringList restoreQuestions; // the original files of the copies offered

protected:
    QMessageBox::StandardButton askSaveChanges() override
    {
        ++saveQuestions;
        return saveAnswer;
    }
    void showError(const QString &title, const QString &message) override
    {
        errors.append(title + QLatin1Char('\n') + message);
    }
    void showInformation(const QString &title, const QString &message) override
    {
        infos.append(title + QLatin1Char('\n') + message);
    }
    bool askProceed(const QString &title, const QString &message) override
    {
        questions.append(title + QLatin1Char('\n') + message);
        return proceedAnswer;
    }
    QMessageBox::StandardButton askRestore(const Autosaver::Orphan &orphan) override
    {
        restoreQuestions.append(orphan.originalFile);
        return restoreAnswer;
    }
};

QStringList recoveryFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.juesuan")}, QDir::Files);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void outlineListsPartsAndTables();
    void textFindingsLeadToTheirPage();
    void tableTitles_data();
    void tableTitles();
    void selectingTableShowsSheetView_data();
    void selectingTableShowsSheetView();
    void newDocumentRebuildsPages();
    void pageFactoriesByIdAndGroup();
    void reportDetailsEditEveryMetadataField();
    void typingThenCtrlZUndoesThroughDocument();
    void undoneTextShowsInEditor();
    void editActionsReachFocusedView();
    void pasteUnitSwitch();
    void closeAsksAboutUnsavedChanges();
    void saveWritesWhatLoadsBack();
    void saveFailureKeepsChanges();
    void importPriorYearFillsAndUndoes();
    void importPriorYearAsksAboutTheYear();
    void newDocumentDialogNeedsDepartment();
    void damagedFileLeavesDocumentUntouched_data();
    void damagedFileLeavesDocumentUntouched();
    void recentFilesKeepEight();
    void autosaveKeepsCopyWhileModified();
    void recoveryAfterKill();
    void uiLanguage();

private:
    QString copyOfSample(const QString &name);
    QProcessEnvironment processEnvironment() const;

    QTemporaryDir m_tmp;
    QString m_recovery;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_recovery = m_tmp.filePath(QStringLiteral("recovery"));
    qputenv("JUESUAN_RECOVERY_DIR", QFile::encodeName(m_recovery));
    qputenv("JUESUAN_AUTOSAVE_MS", "100");
    qunsetenv("JUESUAN_LANG");
    // Never touch the user's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("juesuan-test"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    QDir(m_recovery).removeRecursively();
}

QString TestMainWindow::copyOfSample(const QString &name)
{
    const QString path = m_tmp.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(samplePath(), path))
        return QString();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestMainWindow::textFindingsLeadToTheirPage()
{
    // A finding on a text (a required part left empty, a missing 主要原因) opens the page
    // that text is written on: 重点工作 and 名词解释 are parts 4 and 5, not part 3.
    QCOMPARE(MainWindow::pageOfText(QStringLiteral("keyWork")), QStringLiteral("part4"));
    QCOMPARE(MainWindow::pageOfText(QStringLiteral("glossary")), QStringLiteral("part5"));
    QCOMPARE(MainWindow::pageOfText(QStringLiteral("reason.income")), QStringLiteral("part3"));
    QCOMPARE(MainWindow::pageOfText(QStringLiteral("detached.overview")), QStringLiteral("part3"));
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    auto *panel = w.findChild<AuditPanel *>();
    QVERIFY(panel);
    for (const auto &[key, page] : {std::pair{QStringLiteral("glossary"), QStringLiteral("part5")},
                                    std::pair{QStringLiteral("keyWork"), QStringLiteral("part4")},
                                    std::pair{QStringLiteral("reason.income"), QStringLiteral("part3")}}) {
        emit panel->textActivated(key);
        QCOMPARE(w.currentPageId(), page);
    }
}

void TestMainWindow::outlineListsPartsAndTables()
{
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    OutlineModel *outline = w.outline();
    QAbstractItemModelTester tester(outline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList topLevel = {QStringLiteral("part1"), QStringLiteral("part2"), QStringLiteral("part3"),
                                  QStringLiteral("part4"), QStringLiteral("part5"), QStringLiteral("part6"),
                                  QStringLiteral("figures")};
    QCOMPARE(outline->rowCount(), topLevel.size());
    for (int i = 0; i < topLevel.size(); ++i)
        QCOMPARE(OutlineModel::idOf(outline->index(i, 0)), topLevel.at(i));
    const QModelIndex part1 = outline->indexOf(QStringLiteral("part1"));
    QCOMPARE(outline->rowCount(part1), 2);
    QCOMPARE(OutlineModel::idOf(outline->index(0, 0, part1)), QStringLiteral("duties"));
    QCOMPARE(OutlineModel::idOf(outline->index(1, 0, part1)), QStringLiteral("organization"));
    QCOMPARE(outline->rowCount(outline->indexOf(QStringLiteral("part2"))), 9);
    const QModelIndex figures = outline->indexOf(QStringLiteral("figures"));
    QCOMPARE(outline->rowCount(figures), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(OutlineModel::idOf(outline->index(i, 0, figures)), QStringLiteral("figure/%1").arg(i + 1));
}

void TestMainWindow::tableTitles_data()
{
    // As the published 目录 lists them.
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::newRow("01") << "01" << QStringLiteral("一、收入支出决算总表");
    QTest::newRow("02") << "02" << QStringLiteral("二、收入决算表");
    QTest::newRow("03") << "03" << QStringLiteral("三、支出决算表");
    QTest::newRow("04") << "04" << QStringLiteral("四、财政拨款收入支出决算总表");
    QTest::newRow("05") << "05" << QStringLiteral("五、一般公共预算财政拨款支出决算表");
    QTest::newRow("06") << "06" << QStringLiteral("六、一般公共预算财政拨款基本支出决算明细表");
    QTest::newRow("07") << "07" << QStringLiteral("七、政府性基金预算财政拨款收入支出决算表");
    QTest::newRow("08") << "08" << QStringLiteral("八、国有资本经营预算财政拨款支出决算表");
    QTest::newRow("09") << "09" << QStringLiteral("九、财政拨款“三公”经费支出决算表");
}

void TestMainWindow::tableTitles()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    const QModelIndex index = w.outline()->indexOf(QStringLiteral("table/") + id);
    QVERIFY(index.isValid());
    QCOMPARE(index.parent(), w.outline()->indexOf(QStringLiteral("part2")));
    QCOMPARE(index.row(), id.toInt() - 1);
    QCOMPARE(index.data().toString(), title);
}

void TestMainWindow::selectingTableShowsSheetView_data()
{
    QTest::addColumn<QString>("id");
    for (int i = 2; i <= 9; ++i) // 01 is the page a document opens on
        QTest::newRow(qPrintable(QString::number(i))) << QStringLiteral("0%1").arg(i);
}

void TestMainWindow::selectingTableShowsSheetView()
{
    QFETCH(QString, id);
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    const QString pageId = QStringLiteral("table/") + id;
    QVERIFY(!w.page(pageId)); // made on first selection only
    // Selecting in the outline view, as a click does.
    w.outlineView()->setCurrentIndex(w.outline()->indexOf(pageId));
    QCOMPARE(w.currentPageId(), pageId);
    auto *view = qobject_cast<SheetView *>(w.currentPage());
    QVERIFY(view);
    QCOMPARE(view->tableId(), id);
    QCOMPARE(w.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(), view);
    QVERIFY(w.showPage(QStringLiteral("duties")));
    QVERIFY(w.showPage(pageId));
    QCOMPARE(w.currentPage(), view); // kept, not rebuilt
}

void TestMainWindow::pasteUnitSwitch()
{
    {
        TestWindow w;
        QVERIFY(w.openFile(samplePath()));
        auto *inYuan = w.findChild<QAction *>(QStringLiteral("actionPasteYuan"));
        auto *inWanyuan = w.findChild<QAction *>(QStringLiteral("actionPasteWanyuan"));
        auto *label = w.findChild<QLabel *>(QStringLiteral("pasteUnitLabel"));
        QVERIFY(inYuan && inWanyuan && label);
        QVERIFY(inWanyuan->isChecked() && !inYuan->isChecked());
        QVERIFY(label->text().contains(QStringLiteral("万元")));
        QVERIFY(w.showPage(QStringLiteral("table/05")));
        auto *view = qobject_cast<SheetView *>(w.currentPage());
        QVERIFY(view);
        QCOMPARE(view->pasteUnit(), Money::Unit::Wanyuan);
        inYuan->trigger();
        QVERIFY(inYuan->isChecked() && !inWanyuan->isChecked());
        QCOMPARE(view->pasteUnit(), Money::Unit::Yuan);
        QVERIFY(label->text().contains(QStringLiteral("元")) && !label->text().contains(QStringLiteral("万元")));
        // Pages made later take the unit too.
        QVERIFY(w.showPage(QStringLiteral("table/03")));
        QCOMPARE(qobject_cast<SheetView *>(w.currentPage())->pasteUnit(), Money::Unit::Yuan);
    }
    // Remembered for the next window.
    TestWindow again;
    QVERIFY(again.findChild<QAction *>(QStringLiteral("actionPasteYuan"))->isChecked());
    again.findChild<QAction *>(QStringLiteral("actionPasteWanyuan"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("edit/pasteUnit")).toString(), QStringLiteral("wanyuan"));
}

void TestMainWindow::pageFactoriesByIdAndGroup()
{
    // A factory for a group ("figure/") serves its entries; an entry's own factory wins; the
    // built-in pages come from the same registry.
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    QVERIFY(w.showPage(QStringLiteral("figure/2")));
    QVERIFY(qobject_cast<ChartView *>(w.currentPage()));
    QVERIFY(w.showPage(QStringLiteral("table/03")));
    QCOMPARE(w.sheetView(QStringLiteral("03")), w.currentPage());

    QStringList asked;
    w.addPageFactory(QStringLiteral("figure/"), [&asked](Document *doc, const QString &id) -> QWidget * {
        asked.append(id);
        auto *label = new QLabel(doc->metadata().department);
        label->setObjectName(QStringLiteral("group"));
        return label;
    });
    w.addPageFactory(QStringLiteral("figure/4"), [](Document *, const QString &) -> QWidget * {
        auto *label = new QLabel;
        label->setObjectName(QStringLiteral("own"));
        return label;
    });
    QVERIFY(w.showPage(QStringLiteral("figure/1")));
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("group"));
    QCOMPARE(static_cast<QLabel *>(w.currentPage())->text(), w.document()->metadata().department);
    QVERIFY(w.showPage(QStringLiteral("figure/4")));
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("own"));
    QCOMPARE(asked, QStringList{QStringLiteral("figure/1")});
    // A part without a factory shows its sections.
    QVERIFY(w.showPage(QStringLiteral("part2")));
    QVERIFY(w.currentPage()->findChildren<QPushButton *>().size() >= 9);
}

void TestMainWindow::newDocumentRebuildsPages()
{
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    QVERIFY(w.showPage(QStringLiteral("table/05")));
    QPointer<QWidget> old = w.currentPage();
    QVERIFY(old);
    Document *oldDoc = w.document();
    QVERIFY(w.newDocument(QStringLiteral("测试部门"), 2023, QStringLiteral("2023")));
    QVERIFY(w.document() != oldDoc);
    QVERIFY(!old); // the page of the old document is gone
    QCOMPARE(w.currentPageId(), QStringLiteral("table/05"));
    QVERIFY(qobject_cast<SheetView *>(w.currentPage()));
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("Untitled.juesuan")));
}

void TestMainWindow::typingThenCtrlZUndoesThroughDocument()
{
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.showPage(QStringLiteral("duties")));
    auto *editor = w.findChild<TextPartEditor *>(QStringLiteral("textPart_duties"));
    QVERIFY(editor);
    QVERIFY(!editor->isUndoRedoEnabled());
    Document *doc = w.document();
    const QString before = doc->text(QStringLiteral("duties"));
    QVERIFY(!before.isEmpty());
    QCOMPARE(editor->toPlainText(), before);
    const int commands = doc->undoStack()->count();

    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("abc"));
    QCOMPARE(doc->text(QStringLiteral("duties")), before + QStringLiteral("abc"));
    QCOMPARE(doc->undoStack()->count(), commands + 1); // the typing merged into one step
    QVERIFY(doc->isModified());
    QVERIFY(w.isWindowModified());
    QVERIFY(w.undoAction()->text().contains(QStringLiteral("Edit text")));

    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->text(QStringLiteral("duties")), before);
    QCOMPARE(editor->toPlainText(), before);
    QCOMPARE(doc->undoStack()->index(), commands);
    QVERIFY(!doc->isModified());
    QVERIFY(!w.isWindowModified());

    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    QCOMPARE(doc->text(QStringLiteral("duties")), before + QStringLiteral("abc"));
    QCOMPARE(editor->toPlainText(), before + QStringLiteral("abc"));
    // Typing goes on where the change was.
    QCOMPARE(editor->textCursor().position(), int(before.size()) + 3);
}

void TestMainWindow::undoneTextShowsInEditor()
{
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    QVERIFY(w.showPage(QStringLiteral("part5")));
    auto *editor = w.findChild<TextPartEditor *>(QStringLiteral("textPart_glossary"));
    QVERIFY(editor);
    w.document()->setText(QStringLiteral("glossary"), QStringLiteral("新的名词解释"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("新的名词解释"));
    w.undoAction()->trigger();
    QCOMPARE(editor->toPlainText(), w.document()->text(QStringLiteral("glossary")));
    QVERIFY(editor->toPlainText() != QStringLiteral("新的名词解释"));
}

void TestMainWindow::editActionsReachFocusedView()
{
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.showPage(QStringLiteral("table/05")));
    Document *doc = w.document();
    CellKey key;
    const auto inputs = doc->inputValues();
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
        if (it.key().table == QLatin1String("05") && !it.value().isZero())
            key = it.key();
    QVERIFY(key.isValid());
    const Money before = doc->value(key);
    QVERIFY(w.showCell(QStringLiteral("05"), key));
    QVERIFY(w.sheetView(QStringLiteral("05"))->tableView()->hasFocus());

    // Edit > Copy reaches the table: the cell's exact amount is on the clipboard.
    QGuiApplication::clipboard()->clear();
    w.findChild<QAction *>(QStringLiteral("actionCopy"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text().trimmed(), before.toExactWanyuan());

    // Edit > Delete clears the cell through the document, and Undo brings it back.
    w.findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
    QVERIFY(doc->value(key) != before);
    QVERIFY(doc->isModified());
    w.undoAction()->trigger();
    QCOMPARE(doc->value(key), before);

    // In a text part, Edit > Copy copies the editor's selection.
    QVERIFY(w.showPage(QStringLiteral("duties")));
    auto *editor = w.findChild<TextPartEditor *>(QStringLiteral("textPart_duties"));
    editor->setFocus();
    QVERIFY(editor->hasFocus());
    QTextCursor c = editor->textCursor();
    c.setPosition(0);
    c.setPosition(2, QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    w.findChild<QAction *>(QStringLiteral("actionCopy"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), doc->text(QStringLiteral("duties")).left(2));
}

void TestMainWindow::closeAsksAboutUnsavedChanges()
{
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("jianghan-bigdata-center-2023.juesuan")));
    QVERIFY(w.windowTitle().endsWith(QStringLiteral("— Juesuan")));

    w.document()->setText(QStringLiteral("organization"), QStringLiteral("改过的机构设置"));
    QVERIFY(w.isWindowModified());
    w.saveAnswer = QMessageBox::Cancel;
    QVERIFY(!w.close());
    QCOMPARE(w.saveQuestions, 1);
    QVERIFY(w.isVisible());
    QCOMPARE(w.document()->text(QStringLiteral("organization")), QStringLiteral("改过的机构设置"));

    // Opening another file asks too, and Cancel keeps the document.
    QVERIFY(!w.maybeSave());
    QCOMPARE(w.saveQuestions, 2);

    w.saveAnswer = QMessageBox::Discard;
    QVERIFY(w.close());
    QCOMPARE(w.saveQuestions, 3);
    QVERIFY(!w.isVisible());

    // Nothing to lose: no question.
    TestWindow clean;
    QVERIFY(clean.openFile(samplePath()));
    clean.show();
    QVERIFY(clean.close());
    QCOMPARE(clean.saveQuestions, 0);
}

void TestMainWindow::saveWritesWhatLoadsBack()
{
    const QString path = copyOfSample(QStringLiteral("save.juesuan"));
    QVERIFY(!path.isEmpty());
    TestWindow w;
    QVERIFY(w.openFile(path));
    Document *doc = w.document();
    doc->setText(QStringLiteral("duties"), QStringLiteral("一、保存测试"));
    const QList<CellKey> inputs = doc->inputValues().keys();
    QVERIFY(!inputs.isEmpty());
    QVERIFY(doc->setCell(inputs.first(), Money::fromFen(123456)));
    QTRY_VERIFY(!recoveryFiles(m_recovery).isEmpty()); // autosaved meanwhile

    const QString out = m_tmp.filePath(QStringLiteral("saved-as.juesuan"));
    QVERIFY(w.saveFile(out));
    QVERIFY(w.errors.isEmpty());
    QVERIFY(!doc->isModified());
    QVERIFY(!w.isWindowModified());
    QCOMPARE(w.filePath(), QFileInfo(out).absoluteFilePath());
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("saved-as.juesuan")));
    QVERIFY(recoveryFiles(m_recovery).isEmpty()); // a clean save leaves nothing to recover

    QString error;
    const auto loaded = DocumentIO::load(out, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(DocumentIO::toJson(*loaded), DocumentIO::toJson(*doc));
    QCOMPARE(loaded->text(QStringLiteral("duties")), QStringLiteral("一、保存测试"));
    QCOMPARE(RecentFiles().files().value(0), QFileInfo(out).absoluteFilePath());
}

void TestMainWindow::saveFailureKeepsChanges()
{
    const QString path = copyOfSample(QStringLiteral("keep.juesuan"));
    TestWindow w;
    QVERIFY(w.openFile(path));
    w.document()->setText(QStringLiteral("duties"), QStringLiteral("未能保存"));
    const QString nowhere = m_tmp.filePath(QStringLiteral("no/such/folder/x.juesuan"));
    QVERIFY(!w.saveFile(nowhere));
    QCOMPARE(w.errors.size(), 1);
    QVERIFY2(w.errors.first().contains(QStringLiteral("x.juesuan")), qPrintable(w.errors.first()));
    QVERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!QFile::exists(nowhere));
}

void TestMainWindow::importPriorYearFillsAndUndoes()
{
    TestWindow w;
    QVERIFY(w.openFile(copyOfSample(QStringLiteral("prior.juesuan"))));
    QAction *action = w.findChild<QAction *>(QStringLiteral("actionImportPriorYear"));
    QVERIFY(action);
    QVERIFY(w.findChild<QMenu *>(QStringLiteral("fileMenu"))->actions().contains(action));
    const QMap<QString, Money> before = w.document()->priorYearFigures();

    // A damaged file: said, and nothing changes.
    const QString damaged = m_tmp.filePath(QStringLiteral("damaged.juesuan"));
    QFile f(damaged);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("{\"format\": \"juesuan\", ") > 0);
    f.close();
    QVERIFY(!w.importPriorYear(damaged));
    QCOMPARE(w.errors.size(), 1);
    QCOMPARE(w.document()->priorYearFigures(), before);
    QVERIFY(!w.document()->isModified());

    QVERIFY(w.importPriorYear(QStringLiteral(JUESUAN_TEST_DATA "/prior-year/last-year-2022.juesuan")));
    QVERIFY(w.questions.isEmpty()); // 2022 is the year before 2023: nothing to ask
    QCOMPARE(w.document()->priorYear(QStringLiteral("income_year")), Money::parse(QStringLiteral("3187.79")).value);
    QCOMPARE(w.infos.size(), 1);
    QVERIFY2(w.infos.first().contains(QStringLiteral("3,187.79")), qPrintable(w.infos.first()));
    QVERIFY(w.isWindowModified());
    w.undoAction()->trigger();
    QCOMPARE(w.document()->priorYearFigures(), before);
    QVERIFY(!w.document()->isModified());
}

void TestMainWindow::importPriorYearAsksAboutTheYear()
{
    TestWindow w;
    QVERIFY(w.openFile(copyOfSample(QStringLiteral("prior2.juesuan"))));
    const QMap<QString, Money> before = w.document()->priorYearFigures();
    // The sample is the same year as itself: asked, and "No" changes nothing.
    QVERIFY(!w.importPriorYear(samplePath()));
    QCOMPARE(w.questions.size(), 1);
    QVERIFY2(w.questions.first().contains(QStringLiteral("2022")), qPrintable(w.questions.first()));
    QCOMPARE(w.document()->priorYearFigures(), before);
    w.proceedAnswer = true;
    QVERIFY(w.importPriorYear(samplePath()));
    QCOMPARE(w.document()->priorYear(QStringLiteral("income_year")), Money::parse(QStringLiteral("3087.79")).value);
}

void TestMainWindow::newDocumentDialogNeedsDepartment()
{
    NewDocumentDialog dialog;
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // the file format needs a 部门
    dialog.findChild<QLineEdit *>(QStringLiteral("department"))->setText(QStringLiteral("  测试中心 "));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.department(), QStringLiteral("测试中心"));
    QVERIFY(dialog.year() >= 2000);
    QCOMPARE(dialog.edition(), ReportTemplate::builtinEditions().last()); // the newest by default

    TestWindow w;
    QVERIFY(w.newDocument(dialog.department(), 2024, dialog.edition()));
    QCOMPARE(w.document()->metadata().department, QStringLiteral("测试中心"));
    QCOMPARE(w.document()->metadata().year, 2024);
    QVERIFY(!w.document()->isModified());
    QVERIFY(w.filePath().isEmpty());
}

void TestMainWindow::damagedFileLeavesDocumentUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason"); // a word the loader's message must contain
    QByteArray sample;
    {
        QFile f(samplePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        sample = f.readAll();
    }
    QTest::newRow("truncated") << sample.left(sample.size() / 2) << QStringLiteral("line");
    QByteArray future = sample;
    future.replace("\"version\": 1", "\"version\": 99");
    QTest::newRow("newer version") << future << QStringLiteral("version");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestMainWindow::damagedFileLeavesDocumentUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString bad = m_tmp.filePath(QStringLiteral("damaged.juesuan"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    TestWindow w;
    QVERIFY(w.openFile(samplePath()));
    QVERIFY(w.showPage(QStringLiteral("table/05")));
    QWidget *page = w.currentPage();
    Document *doc = w.document();
    doc->setText(QStringLiteral("duties"), QStringLiteral("未保存的修改"));
    const QByteArray before = DocumentIO::toJson(*doc);
    const QString title = w.windowTitle();

    QVERIFY(!w.openFile(bad));
    QCOMPARE(w.document(), doc);
    QCOMPARE(DocumentIO::toJson(*doc), before);
    QVERIFY(doc->isModified());
    QCOMPARE(w.windowTitle(), title);
    QCOMPARE(w.currentPage(), page);
    QCOMPARE(w.errors.size(), 1);
    QVERIFY2(w.errors.first().contains(QStringLiteral("damaged.juesuan")), qPrintable(w.errors.first()));
    QVERIFY2(w.errors.first().contains(reason, Qt::CaseInsensitive), qPrintable(w.errors.first()));
    QVERIFY(!RecentFiles().files().contains(QFileInfo(bad).absoluteFilePath()));
}

void TestMainWindow::recentFilesKeepEight()
{
    RecentFiles recent;
    for (int i = 0; i < 10; ++i)
        recent.add(m_tmp.filePath(QStringLiteral("r%1.juesuan").arg(i)));
    recent.add(m_tmp.filePath(QStringLiteral("r5.juesuan"))); // again: moves to the front
    const QStringList files = recent.files();
    QCOMPARE(files.size(), RecentFiles::maxCount);
    QCOMPARE(files.first(), m_tmp.filePath(QStringLiteral("r5.juesuan")));
    QCOMPARE(files.at(1), m_tmp.filePath(QStringLiteral("r9.juesuan")));
    QCOMPARE(files.count(m_tmp.filePath(QStringLiteral("r5.juesuan"))), 1);
    QVERIFY(!files.contains(m_tmp.filePath(QStringLiteral("r0.juesuan"))));
}

void TestMainWindow::autosaveKeepsCopyWhileModified()
{
    const QString path = copyOfSample(QStringLiteral("autosave.juesuan"));
    TestWindow w;
    QVERIFY(w.openFile(path));
    QTest::qWait(300);
    QVERIFY(recoveryFiles(m_recovery).isEmpty()); // nothing changed, nothing kept

    w.document()->setText(QStringLiteral("duties"), QStringLiteral("自动保存"));
    QTRY_COMPARE(recoveryFiles(m_recovery).size(), 1);
    QString error;
    const auto copy = DocumentIO::load(w.autosaver()->recoveryFile(), &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->text(QStringLiteral("duties")), QStringLiteral("自动保存"));

    // A live session's copy is not offered to another window.
    QVERIFY(Autosaver::findOrphans().isEmpty());

    // Undoing back to what is on disk leaves nothing to recover.
    w.document()->undoStack()->undo();
    QVERIFY(!w.document()->isModified());
    QVERIFY(recoveryFiles(m_recovery).isEmpty());
}

QProcessEnvironment TestMainWindow::processEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("JUESUAN_RECOVERY_DIR"), m_recovery);
    env.insert(QStringLiteral("JUESUAN_AUTOSAVE_MS"), QStringLiteral("200"));
    env.insert(QStringLiteral("JUESUAN_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
    return env;
}

void TestMainWindow::recoveryAfterKill()
{
    const QString path = copyOfSample(QStringLiteral("killed.juesuan"));
    QProcessEnvironment env = processEnvironment();

    // 1. A session edits, autosaves, and is killed.
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(JUESUAN_BINARY),
                {path, QStringLiteral("--edit-text"), QStringLiteral("duties=恢复的职责")});
    QVERIFY2(first.waitForStarted(), qPrintable(first.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(recoveryFiles(m_recovery).size() == 1, 30000);
    const QString firstCopy = recoveryFiles(m_recovery).first();
    QCOMPARE(first.state(), QProcess::Running);
    first.kill();
    QVERIFY(first.waitForFinished());
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(QDir(m_recovery).filePath(firstCopy))); // killed: the copy stays

    // 2. The next session offers it; restoring keeps the original file name, and the restored,
    // still unsaved document is at once under this session's own copy.
    {
        TestWindow next;
        next.restoreAnswer = QMessageBox::Yes;
        QVERIFY(next.offerRecovery());
        QCOMPARE(next.restoreQuestions, QStringList{QFileInfo(path).absoluteFilePath()});
        QCOMPARE(next.filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(next.document()->isModified());
        QCOMPARE(next.document()->text(QStringLiteral("duties")), QStringLiteral("恢复的职责"));
        QVERIFY(!QFile::exists(QDir(m_recovery).filePath(firstCopy)));
        QCOMPARE(recoveryFiles(m_recovery).size(), 1);
        const QString secondCopy = next.autosaver()->recoveryFile();
        QString error;
        const auto restored = DocumentIO::load(secondCopy, &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->text(QStringLiteral("duties")), QStringLiteral("恢复的职责"));
        QFile info(QString(secondCopy).replace(QStringLiteral(".juesuan"), QStringLiteral(".json")));
        QVERIFY(info.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(info.readAll()).object().value(QStringLiteral("original")).toString(),
                 QFileInfo(path).absoluteFilePath());
        // A live session's copy is offered to no one.
        TestWindow other;
        QVERIFY(!other.offerRecovery());
        QVERIFY(other.restoreQuestions.isEmpty());
    } // closed normally: its copy goes
    QVERIFY(recoveryFiles(m_recovery).isEmpty());

    // 3. Another killed session; Ignore keeps its copy for next time, Discard deletes it.
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(JUESUAN_BINARY),
                 {path, QStringLiteral("--edit-text"), QStringLiteral("duties=又一次")});
    QVERIFY2(second.waitForStarted(), qPrintable(second.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(recoveryFiles(m_recovery).size() == 1, 30000);
    second.kill();
    QVERIFY(second.waitForFinished());
    TestWindow later;
    later.restoreAnswer = QMessageBox::Ignore;
    QVERIFY(!later.offerRecovery());
    QCOMPARE(later.restoreQuestions.size(), 1);
    QCOMPARE(recoveryFiles(m_recovery).size(), 1);
    later.restoreAnswer = QMessageBox::Discard;
    QVERIFY(!later.offerRecovery());
    QCOMPARE(later.restoreQuestions.size(), 2);
    QVERIFY(recoveryFiles(m_recovery).isEmpty());
    QVERIFY(later.document() == nullptr); // nothing restored
}

void TestMainWindow::uiLanguage()
{
    qunsetenv("JUESUAN_LANG");
    QCOMPARE(PreferencesDialog::uiLanguage(), QStringLiteral("zh_CN")); // the default
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    QCOMPARE(PreferencesDialog::uiLanguage(), QStringLiteral("en"));
    qputenv("JUESUAN_LANG", "zh_CN");
    QCOMPARE(PreferencesDialog::uiLanguage(), QStringLiteral("zh_CN"));
    qunsetenv("JUESUAN_LANG");
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("klingon"));
    QCOMPARE(PreferencesDialog::uiLanguage(), QStringLiteral("zh_CN"));

    // The dialog stores the choice for the next start.
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_CN"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    dialog.accept();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(PreferencesDialog::uiLanguage(), QStringLiteral("en"));
}

void TestMainWindow::reportDetailsEditEveryMetadataField()
{
    QString error;
    const auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    const Metadata before = doc->metadata();
    NewDocumentDialog dialog;
    dialog.setDetailsMode(before);
    auto *published = dialog.findChild<QCheckBox *>(QStringLiteral("published"));
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("publishDate"));
    auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("contactPhone"));
    auto *description = dialog.findChild<QPlainTextEdit *>(QStringLiteral("description"));
    auto *keepNote = dialog.findChild<QCheckBox *>(QStringLiteral("keepRoundingNote"));
    QVERIFY(published && date && phone && description && keepNote);
    QCOMPARE(keepNote->isChecked(), before.keepRoundingNote);
    QVERIFY(published->isChecked());
    QCOMPARE(date->date(), QDate(2024, 10, 28));
    QCOMPARE(phone->text(), QStringLiteral("027-85790720"));
    QCOMPARE(description->toPlainText(), before.description);
    // Unchanged fields come back as they were.
    QCOMPARE(dialog.details(before), before);

    date->setDate(QDate(2024, 11, 1));
    phone->setText(QStringLiteral(" 027-12345678 "));
    description->setPlainText(QStringLiteral("修订说明"));
    Metadata after = dialog.details(before);
    QCOMPARE(after.publishDate, QDate(2024, 11, 1));
    QCOMPARE(after.contactPhone, QStringLiteral("027-12345678"));
    QCOMPARE(after.description, QStringLiteral("修订说明"));
    QVERIFY(!after.keepRoundingNote);
    keepNote->setChecked(true); // house style: the 尾数误差 sentence stays
    after = dialog.details(before);
    QVERIFY(after.keepRoundingNote);
    published->setChecked(false); // not published yet: no date
    QVERIFY(!date->isEnabled());
    QVERIFY(!dialog.details(before).publishDate.isValid());

    // Applied as one undoable step.
    const QStringList balancedNotes = doc->printed().notes(*doc->reportTemplate().table(QStringLiteral("01")));
    QVERIFY(!balancedNotes.join(QString()).contains(QStringLiteral("尾数误差")));
    doc->setMetadata(after);
    QCOMPARE(doc->metadata().contactPhone, QStringLiteral("027-12345678"));
    QVERIFY(doc->printed().notes(*doc->reportTemplate().table(QStringLiteral("01"))).join(QString()).contains(QStringLiteral("尾数误差")));
    doc->undoStack()->undo();
    QCOMPARE(doc->metadata(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
