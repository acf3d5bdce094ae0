#pragma once

#include <QObject>

#include <functional>

class QAction;
class QPrinter;

namespace Juesuan {

class MainWindow;
class Progress;

// The Report menu's output actions for a main window: Print Preview (QPrintPreviewDialog
// over the same layout the PDF uses), Print, Export PDF, Export HTML and Export Workbook (the
// nine tables as XLSX). An export of a document the audit finds errors in asks first. Long
// work shows a WorkProgress whose Cancel leaves the previous file as it was.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    explicit ReportActions(MainWindow *window);

    QAction *printPreviewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportHtmlAction() const { return m_exportHtml; }
    QAction *exportWorkbookAction() const { return m_exportWorkbook; }

    void printPreview();
    void print();
    void exportPdf();
    void exportHtml();
    void exportWorkbook();

    // Where exports ask for the file to write: (caption, proposed path, filter) → the path,
    // empty to cancel. A QFileDialog unless replaced (tests answer without a modal dialog).
    using FileAsker = std::function<QString(const QString &caption, const QString &proposed, const QString &filter)>;
    void setFileAsker(FileAsker asker) { m_askFile = std::move(asker); }

private:
    // False when the audit finds errors and the user chooses not to go on.
    bool confirmAudit(const QString &what);
    QString askFile(const QString &caption, const QString &suffix, const QString &filter);
    // The one way every export runs: audit question, file question, the work under a
    // WorkProgress, then the outcome (cancelled, failed with the reason, or `done`'s message).
    void runExport(const QString &caption, const QString &suffix, const QString &filter,
                   const std::function<bool(const QString &path, QString *error, Progress *progress)> &write,
                   const std::function<QString(const QString &fileName)> &done);
    void paint(QPrinter *printer);
    void exportCancelled(const QString &path);
    void updateActions();

    MainWindow *m_window;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_exportPdf;
    QAction *m_exportHtml;
    QAction *m_exportWorkbook;
    FileAsker m_askFile;
};

} // namespace Juesuan
