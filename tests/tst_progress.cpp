// Progress and cancel on long work: the Progress seam (a cancel sticks), PDF and HTML export
// reporting their steps, a cancelled export leaving the previous file byte for byte (through
// the real progress dialog's Cancel button on a report of 3,000 项 rows), a cancelled print,
// and `juesuan export --progress`, which prints only when stderr is a terminal.
#include "document.h"
#include "documentio.h"
#include "fonts.h"
#include "htmlexporter.h"
#include "progress.h"
#include "reportprinter.h"
#include "workbookexport.h"
#include "workbookimporter.h"
#include "workbookreader.h"
#include "workprogress.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProgressDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {


// A 05表 of `rows` 项 rows (under 201, 款 01…, 项 01…75): dozens of pages, seconds to export.
std::unique_ptr<Document> largeDocument(int rows)
{
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试部门"), 2023, &error);
    if (!doc)
        return doc;
    QStringList codes;
    QHash<CellKey, Money> inputs;
    for (int k = 1; codes.size() < rows; ++k)
        for (int i = 1; i <= 75 && codes.size() < rows; ++i) {
            const QString code = QStringLiteral("201%1%2").arg(k, 2, 10, QLatin1Char('0')).arg(i, 2, 10, QLatin1Char('0'));
            codes.append(code);
            inputs.insert(CellKey{QStringLiteral("05"), code, QStringLiteral("2")}, Money::fromFen(100 * (k * 100 + i)));
        }
    if (!doc->resetTables({{QStringLiteral("05"), codes}}, inputs, &error))
        return nullptr;
    return doc;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cancelSticks();
    void pdfReportsEveryPage();
    void htmlReportsEveryPart();
    void cancelledPdfLeavesPreviousFile();
    void cancelledHtmlLeavesPreviousFile_data();
    void cancelledHtmlLeavesPreviousFile();
    void cancelledPrintStops();
    void cancelledXlsxLeavesPreviousFile_data();
    void cancelledXlsxLeavesPreviousFile();
    void cancelledImportChangesNothing_data();
    void cancelledImportChangesNothing();
    void progressOptionSilentWithoutTerminal_data();
    void progressOptionSilentWithoutTerminal();
    void progressOptionOnTerminal();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_sample;
};

void TestProgress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Fonts::applyToApplication();
    QString error;
    m_sample = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_sample, qPrintable(error));
}

// Once the watcher says stop, later reports do not ask it again and keep saying stop.
void TestProgress::cancelSticks()
{
    int asked = 0;
    Progress p([&asked](int done, int) {
        ++asked;
        return done < 2;
    });
    QVERIFY(p.report(1, 5));
    QVERIFY(!p.isCancelled());
    QVERIFY(!p.report(2, 5));
    QVERIFY(p.isCancelled());
    QVERIFY(!p.report(1, 5));
    QCOMPARE(asked, 2);
    QVERIFY(Progress::report(nullptr, 3, 5));
    Progress silent;
    QVERIFY(silent.report(1, 1));
}

void TestProgress::pdfReportsEveryPage()
{
    QList<int> done;
    int total = -1;
    Progress p([&](int d, int t) {
        done.append(d);
        total = t;
        return true;
    });
    QString error;
    int pages = 0;
    QVERIFY2(ReportPrinter::exportPdf(*m_sample, m_dir.filePath(QStringLiteral("sample.pdf")), &error, &pages, &p),
             qPrintable(error));
    QCOMPARE(total, pages);
    QCOMPARE(done.size(), pages + 1);
    for (int i = 0; i <= pages; ++i)
        QCOMPARE(done.at(i), i);
}

void TestProgress::htmlReportsEveryPart()
{
    QList<int> done;
    Progress p([&](int d, int t) {
        done.append(d);
        return d <= t;
    });
    QString error;
    QVERIFY2(HtmlExporter::exportHtml(*m_sample, m_dir.filePath(QStringLiteral("sample.html")), &error, &p),
             qPrintable(error));
    QCOMPARE(done, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
    QVERIFY(!p.isCancelled());
}

// The GUI path: a WorkProgress dialog over a window, its Cancel pressed with the mouse while
// the pages are being written. The PDF written before must come out byte for byte, and no
// temporary file may be left beside it.
void TestProgress::cancelledPdfLeavesPreviousFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(ReportPrinter::exportPdf(*m_sample, path, &error), qPrintable(error));
    const QByteArray before = readAll(path);
    QVERIFY(before.startsWith("%PDF"));

    const auto large = largeDocument(3000);
    QVERIFY(large);
    QWidget window;
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    WorkProgress::setShowDelay(0);
    WorkProgress work(&window, QStringLiteral("Exporting report.pdf…"));
    int lastDone = -1, pages = 0;
    bool clicked = false;
    // Press Cancel a few pages in, from the events the dialog lets through.
    QTimer presser;
    presser.setInterval(10);
    connect(&presser, &QTimer::timeout, &window, [&] {
        QProgressDialog *dialog = work.dialog();
        if (clicked || !dialog || !dialog->isVisible() || dialog->value() < 3)
            return;
        auto *cancel = dialog->findChild<QPushButton *>();
        if (!cancel)
            return;
        clicked = true;
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    presser.start();
    Progress watched([&](int done, int total) {
        lastDone = done;
        pages = total;
        return work.progress()->report(done, total);
    });
    const bool ok = ReportPrinter::exportPdf(*large, path, &error, nullptr, &watched);
    presser.stop();
    QVERIFY(clicked);
    QVERIFY(!ok);
    QVERIFY(work.isCancelled());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(lastDone >= 3 && lastDone < pages, qPrintable(QStringLiteral("cancelled at %1 of %2").arg(lastDone).arg(pages)));
    QVERIFY(pages > 40);
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.pdf")});
}

void TestProgress::cancelledHtmlLeavesPreviousFile_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("first part") << 1;
    QTest::newRow("tables") << 2;
    QTest::newRow("last part") << 6;
    QTest::newRow("before commit") << 7;
}

void TestProgress::cancelledHtmlLeavesPreviousFile()
{
    QFETCH(int, cancelAt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QString error;
    QVERIFY2(HtmlExporter::exportHtml(*m_sample, path, &error), qPrintable(error));
    const QByteArray before = readAll(path);
    QVERIFY(before.contains("<html"));

    // Another document, so that an export that went through would change the file.
    const auto large = largeDocument(300);
    QVERIFY(large);
    Progress p([cancelAt](int done, int) { return done < cancelAt; });
    QVERIFY(!HtmlExporter::exportHtml(*large, path, &error, &p));
    QVERIFY(p.isCancelled());
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.html")});
}

void TestProgress::cancelledXlsxLeavesPreviousFile_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("start") << 0;
    QTest::newRow("first sheet") << 1;
    QTest::newRow("last sheet") << 9;
    QTest::newRow("after closing") << 10; // written, but not yet in the target's place
}

void TestProgress::cancelledXlsxLeavesPreviousFile()
{
    QFETCH(int, cancelAt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tables.xlsx"));
    QString error;
    int steps = 0;
    Progress counting([&steps](int, int total) {
        steps = total;
        return true;
    });
    QVERIFY2(WorkbookExport::exportXlsx(*m_sample, path, &error, &counting), qPrintable(error));
    QCOMPARE(steps, 10); // nine sheets and the close
    const QByteArray before = readAll(path);
    QVERIFY(before.startsWith("PK"));

    const auto large = largeDocument(300);
    QVERIFY(large);
    Progress p([cancelAt](int done, int) { return done < cancelAt; });
    QVERIFY(!WorkbookExport::exportXlsx(*large, path, &error, &p));
    QVERIFY(p.isCancelled());
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("tables.xlsx")});
}

void TestProgress::cancelledImportChangesNothing_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("start") << 0;
    QTest::newRow("after the first table") << 1;
    QTest::newRow("before the change") << 9;
}

void TestProgress::cancelledImportChangesNothing()
{
    // The sample's own tables as a workbook, imported into a new report: a cancel at any
    // step leaves the report as it was, with nothing on its undo stack.
    QFETCH(int, cancelAt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tables.xlsx"));
    QString error;
    QVERIFY2(WorkbookExport::exportXlsx(*m_sample, path, &error), qPrintable(error));
    Workbook workbook;
    QVERIFY2(WorkbookReader::read(path, &workbook, &error), qPrintable(error));
    const auto target = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("某局"), 2023, &error);
    QVERIFY2(target, qPrintable(error));
    const QByteArray before = DocumentIO::toJson(*target);
    int total = 0;
    Progress p([cancelAt, &total](int done, int all) {
        total = all;
        return done < cancelAt;
    });
    ImportSummary summary;
    QVERIFY(!WorkbookImporter::import(target.get(), workbook, &summary, &p));
    QVERIFY(p.isCancelled());
    QVERIFY(summary.cancelled);
    QVERIFY(!summary.imported);
    QCOMPARE(total, 10); // nine tables and the change
    QCOMPARE(DocumentIO::toJson(*target), before);
    QCOMPARE(target->undoStack()->count(), 0);

    // Not cancelled, the same import goes through.
    ImportSummary done;
    Progress all([](int, int) { return true; });
    QVERIFY2(WorkbookImporter::import(target.get(), workbook, &done, &all), qPrintable(done.text()));
    QVERIFY(done.imported && !done.cancelled);
}

// A cancelled print run stops after the page it was on and reports no error.
void TestProgress::cancelledPrintStops()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
    int reports = 0;
    Progress p([&reports](int done, int) {
        ++reports;
        return done < 2;
    });
    QString error;
    QVERIFY(!ReportPrinter::print(*m_sample, &printer, &error, &p));
    QVERIFY(p.isCancelled());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reports, 3); // 0, 1, 2: no page after the cancel
}

void TestProgress::progressOptionSilentWithoutTerminal_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("html") << QStringLiteral("html");
}

// Scripts capture stderr through a pipe: --progress must print nothing there.
void TestProgress::progressOptionSilentWithoutTerminal()
{
    QFETCH(QString, suffix);
    const QString out = m_dir.filePath(QStringLiteral("verb.") + suffix);
    QFile::remove(out);
    QProcess p;
    p.start(QStringLiteral(JUESUAN_BINARY),
            {QStringLiteral("export"), samplePath(), QStringLiteral("-o"), out, QStringLiteral("--progress")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
    QCOMPARE(p.readAllStandardOutput(), QByteArray());
    QVERIFY(QFileInfo(out).size() > 1000);
}

// On a terminal (a pseudo-terminal made by script(1)) the same option shows the pages done.
void TestProgress::progressOptionOnTerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) (util-linux) is needed to give the verb a terminal");
    const QString out = m_dir.filePath(QStringLiteral("tty.pdf"));
    const QString command = QStringLiteral("'%1' export '%2' -o '%3' --progress").arg(QStringLiteral(JUESUAN_BINARY), samplePath(), out);
    QProcess p;
    p.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    // script(1) sends the terminal's output (stdout and stderr together) to its stdout.
    const QString seen = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(seen.contains(QStringLiteral("tty.pdf 1/")) && seen.contains(QStringLiteral("(100%)")), qPrintable(seen));
    QVERIFY(QFileInfo(out).size() > 1000);
}

QTEST_MAIN(TestProgress)
#include "tst_progress.moc"
