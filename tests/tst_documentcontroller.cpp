// DocumentController without a window: the file lifecycle, its questions put through Prompts,
// and what it announces.
#include "documentcontroller.h"
#include "recentfiles.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {

// Answers as a test says, and remembers what it was asked and told.
class Answers : public DocumentController::Prompts
{
public:
    QMessageBox::StandardButton saveChanges = QMessageBox::Cancel;
    QString savePath;
    QString department; // given when the details are asked for
    Document *document = nullptr;
    int saveQuestions = 0;
    int detailQuestions = 0;
    QStringList errors;
    QStringList statuses;

    QMessageBox::StandardButton askSaveChanges() override
    {
        ++saveQuestions;
        return saveChanges;
    }
    QMessageBox::StandardButton askRestore(const Autosaver::Orphan &) override { return QMessageBox::Ignore; }
    QString askSavePath(const QString &) override { return savePath; }
    void askDetails() override
    {
        ++detailQuestions;
        if (document && !department.isEmpty()) {
            Metadata m = document->metadata();
            m.department = department;
            document->setMetadata(m);
        }
    }
    void showError(const QString &title, const QString &message) override
    {
        errors.append(title + QLatin1Char('\n') + message);
    }
    void showStatus(const QString &message) override { statuses.append(message); }
};

} // namespace

class TestDocumentController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openAnnouncesTheNewAndTheOld();
    void failedOpenKeepsTheDocument();
    void saveAsAsksForAFileAndCleans();
    void untitledSaveAsksForTheDepartment();
    void maybeSaveFollowsTheAnswer();

private:
    QTemporaryDir m_tmp;
};

void TestDocumentController::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("JUESUAN_RECOVERY_DIR", QFile::encodeName(m_tmp.filePath(QStringLiteral("recovery"))));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("juesuan-test"));
}

void TestDocumentController::openAnnouncesTheNewAndTheOld()
{
    Answers answers;
    DocumentController controller(&answers);
    QSignalSpy changed(&controller, &DocumentController::documentChanged);
    QSignalSpy title(&controller, &DocumentController::titleChanged);
    QVERIFY(controller.openFile(samplePath()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Document *>(), controller.document());
    QCOMPARE(changed.at(0).at(1).value<Document *>(), nullptr);
    QVERIFY(title.count() >= 1);
    QCOMPARE(controller.displayName(), QStringLiteral("jianghan-bigdata-center-2023.juesuan"));
    QCOMPARE(controller.filePath(), QFileInfo(samplePath()).absoluteFilePath());
    QCOMPARE(controller.recentFiles()->files().value(0), QFileInfo(samplePath()).absoluteFilePath());
    QCOMPARE(answers.statuses.size(), 1);

    Document *first = controller.document();
    QVERIFY(controller.newDocument(QStringLiteral("某单位"), 2024, QStringLiteral("2023")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(1).value<Document *>(), first); // still alive while announced
    QVERIFY(controller.filePath().isEmpty());
    QVERIFY(controller.displayName().endsWith(QStringLiteral(".juesuan")));

    // Editing changes the modified state, and says so.
    title.clear();
    controller.document()->setText(QStringLiteral("duties"), QStringLiteral("职责"));
    QVERIFY(controller.isModified());
    QVERIFY(title.count() >= 1);
}

void TestDocumentController::failedOpenKeepsTheDocument()
{
    Answers answers;
    DocumentController controller(&answers);
    QVERIFY(controller.openFile(samplePath()));
    Document *doc = controller.document();
    QSignalSpy changed(&controller, &DocumentController::documentChanged);
    const QString missing = m_tmp.filePath(QStringLiteral("missing.juesuan"));
    QVERIFY(!controller.openFile(missing));
    QCOMPARE(controller.document(), doc);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(answers.errors.size(), 1);
    QVERIFY2(answers.errors.first().contains(QStringLiteral("missing.juesuan")), qPrintable(answers.errors.first()));
}

void TestDocumentController::saveAsAsksForAFileAndCleans()
{
    Answers answers;
    DocumentController controller(&answers);
    QVERIFY(controller.openFile(samplePath()));
    controller.document()->setText(QStringLiteral("duties"), QStringLiteral("改过的职责"));
    QVERIFY(controller.isModified());

    answers.savePath.clear(); // cancelled
    QVERIFY(!controller.saveAs());
    QVERIFY(controller.isModified());

    answers.savePath = m_tmp.filePath(QStringLiteral("saved")); // the extension is added
    QVERIFY(controller.saveAs());
    QVERIFY(!controller.isModified());
    QCOMPARE(controller.filePath(), m_tmp.filePath(QStringLiteral("saved.juesuan")));
    QCOMPARE(controller.displayName(), QStringLiteral("saved.juesuan"));
    QString error;
    const auto back = DocumentIO::load(controller.filePath(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->text(QStringLiteral("duties")), QStringLiteral("改过的职责"));
}

void TestDocumentController::untitledSaveAsksForTheDepartment()
{
    Answers answers;
    DocumentController controller(&answers);
    QVERIFY(controller.newDocument(QString(), 2024, QStringLiteral("2023")));
    answers.document = controller.document();
    const QString path = m_tmp.filePath(QStringLiteral("nodepartment.juesuan"));

    // No department given: nothing is written.
    QVERIFY(!controller.saveFile(path));
    QCOMPARE(answers.detailQuestions, 1);
    QVERIFY(!QFile::exists(path));

    answers.department = QStringLiteral("某单位");
    QVERIFY(controller.saveFile(path));
    QCOMPARE(answers.detailQuestions, 2);
    QVERIFY(QFile::exists(path));
}

void TestDocumentController::maybeSaveFollowsTheAnswer()
{
    Answers answers;
    DocumentController controller(&answers);
    QVERIFY(controller.maybeSave()); // nothing open
    QVERIFY(controller.openFile(samplePath()));
    QVERIFY(controller.maybeSave()); // nothing changed: not asked
    QCOMPARE(answers.saveQuestions, 0);
    controller.document()->setText(QStringLiteral("duties"), QStringLiteral("未保存"));

    answers.saveChanges = QMessageBox::Cancel;
    QVERIFY(!controller.maybeSave());
    answers.saveChanges = QMessageBox::Discard;
    QVERIFY(controller.maybeSave());
    QVERIFY(controller.isModified()); // discarding is the caller's business
    QCOMPARE(answers.saveQuestions, 2);

    // Save to the file it came from: a copy, so the sample stays as it is.
    const QString copy = m_tmp.filePath(QStringLiteral("copy.juesuan"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(samplePath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(controller.openFile(copy));
    controller.document()->setText(QStringLiteral("duties"), QStringLiteral("保存"));
    answers.saveChanges = QMessageBox::Save;
    QVERIFY(controller.maybeSave());
    QVERIFY(!controller.isModified());
}

QTEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
