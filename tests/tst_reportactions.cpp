// Report → Export Workbook… in the editor: the action sits after Export HTML, asks for a
// file with an .xlsx default (after the audit question when the audit finds errors), writes
// the workbook and says so; a failed export shows the place and reason and leaves no file.
#include "document.h"
#include "documentio.h"
#include "mainwindow.h"
#include "reportactions.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Juesuan;
using namespace TestSupport;

namespace {


// Answers the message boxes the action opens, as a person would, and remembers them: a
// question is answered Yes, a message OK.
class DialogAnswerer : public QObject
{
public:
    DialogAnswerer()
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::answer);
        m_timer.start(20);
    }
    QStringList messages;

private:
    void answer()
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(top);
            if (!box || !box->isVisible())
                continue;
            messages.append(box->text() + QLatin1Char('\n') + box->informativeText());
            QAbstractButton *yes = box->button(QMessageBox::Yes);
            QAbstractButton *ok = box->button(QMessageBox::Ok);
            (yes ? yes : ok)->click();
        }
    }
    QTimer m_timer;
};

// Stands in for the save dialog: answers `file` and remembers what it was offered.
struct FileAnswer {
    QString file;
    int asked = 0;
    QString suffix; // of the proposed name
    QString filter;

    void attach(MainWindow &w)
    {
        auto *actions = w.findChild<ReportActions *>();
        QVERIFY(actions);
        actions->setFileAsker([this](const QString &, const QString &proposed, const QString &f) {
            ++asked;
            suffix = QFileInfo(proposed).suffix();
            filter = f;
            return file;
        });
    }
};

} // namespace

class TestReportActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void actionInReportMenu();
    void exportWorkbook();
    void exportWorkbookFailureShowsReason();

private:
    QTemporaryDir m_tmp;
};

void TestReportActions::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    qputenv("JUESUAN_RECOVERY_DIR", QFile::encodeName(m_tmp.filePath(QStringLiteral("recovery"))));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("juesuan-test"));
}

void TestReportActions::actionInReportMenu()
{
    MainWindow w;
    QAction *action = w.findChild<QAction *>(QStringLiteral("exportWorkbookAction"));
    QVERIFY(action);
    const QList<QAction *> actions = w.reportMenu()->actions();
    const qsizetype html = actions.indexOf(w.findChild<QAction *>(QStringLiteral("exportHtmlAction")));
    QVERIFY(html >= 0);
    QCOMPARE(actions.indexOf(action), html + 1);
    QVERIFY(w.openFile(samplePath()));
    QVERIFY(action->isEnabled());
}

void TestReportActions::exportWorkbook()
{
    MainWindow w;
    QVERIFY(w.openFile(samplePath()));
    const QString target = m_tmp.filePath(QStringLiteral("tables.xlsx"));
    DialogAnswerer answerer;
    FileAnswer file;
    file.file = target;
    file.attach(w);
    w.findChild<QAction *>(QStringLiteral("exportWorkbookAction"))->trigger();
    QCOMPARE(file.asked, 1);
    QCOMPARE(file.suffix, QStringLiteral("xlsx"));
    QVERIFY2(file.filter.contains(QStringLiteral("*.xlsx")), qPrintable(file.filter));
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(2), QByteArray("PK")); // a zip container
    QVERIFY(written.size() > 5000);
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("tables.xlsx")),
             qPrintable(w.statusBar()->currentMessage()));
    // Only the audit question, if any; no error message.
    for (const QString &m : std::as_const(answerer.messages))
        QVERIFY2(!m.contains(QStringLiteral("cannot"), Qt::CaseInsensitive), qPrintable(m));
}

void TestReportActions::exportWorkbookFailureShowsReason()
{
    MainWindow w;
    QVERIFY(w.openFile(samplePath()));
    // A 部门 longer than a spreadsheet cell may hold: libxlsxwriter refuses the workbook.
    Metadata m = w.document()->metadata();
    m.department = QString(40000, QChar(0x90e8));
    w.document()->setMetadata(m);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("tables.xlsx"));
    DialogAnswerer answerer;
    FileAnswer file;
    file.file = target;
    file.attach(w);
    w.findChild<QAction *>(QStringLiteral("exportWorkbookAction"))->trigger();
    QCOMPARE(file.asked, 1);
    QTRY_VERIFY(!answerer.messages.isEmpty());
    QVERIFY2(answerer.messages.last().contains(target), qPrintable(answerer.messages.join(QLatin1Char('\n'))));
    QVERIFY2(answerer.messages.last().contains(QStringLiteral("公开01表!A3")), qPrintable(answerer.messages.last().left(300)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
