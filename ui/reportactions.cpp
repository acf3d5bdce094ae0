#include "reportactions.h"

#include "auditengine.h"
#include "document.h"
#include "htmlexporter.h"
#include "mainwindow.h"
#include "reportprinter.h"
#include "workbookexport.h"
#include "workprogress.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>

namespace Juesuan {

ReportActions::ReportActions(MainWindow *window) : QObject(window), m_window(window)
{
    QMenu *menu = window->reportMenu();
    m_preview = new QAction(tr("Print Pre&view…"), this);
    m_preview->setObjectName(QStringLiteral("printPreviewAction"));
    connect(m_preview, &QAction::triggered, this, &ReportActions::printPreview);
    m_print = new QAction(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    m_exportPdf = new QAction(tr("Export &PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    connect(m_exportPdf, &QAction::triggered, this, &ReportActions::exportPdf);
    m_exportHtml = new QAction(tr("Export &HTML…"), this);
    m_exportHtml->setObjectName(QStringLiteral("exportHtmlAction"));
    connect(m_exportHtml, &QAction::triggered, this, &ReportActions::exportHtml);
    m_exportWorkbook = new QAction(tr("Export &Workbook…"), this);
    m_exportWorkbook->setObjectName(QStringLiteral("exportWorkbookAction"));
    connect(m_exportWorkbook, &QAction::triggered, this, &ReportActions::exportWorkbook);
    if (menu) {
        if (!menu->isEmpty())
            menu->addSeparator();
        menu->addAction(m_preview);
        menu->addAction(m_print);
        menu->addSeparator();
        menu->addAction(m_exportPdf);
        menu->addAction(m_exportHtml);
        menu->addAction(m_exportWorkbook);
    }
    connect(window, &MainWindow::documentChanged, this, &ReportActions::updateActions);
    updateActions();
}

void ReportActions::updateActions()
{
    const bool has = m_window->document() != nullptr;
    for (QAction *a : {m_preview, m_print, m_exportPdf, m_exportHtml, m_exportWorkbook})
        a->setEnabled(has);
}

bool ReportActions::confirmAudit(const QString &what)
{
    const Document *doc = m_window->document();
    const AuditEngine engine(*doc);
    if (!engine.isValid())
        return true;
    const int errors = errorCount(engine.run());
    if (errors == 0)
        return true;
    const auto answer = QMessageBox::warning(
            m_window, what,
            tr("The audit finds %n error(s) in this report. Published figures should agree with each "
               "other.\n\n%1 anyway?",
               nullptr, errors)
                    .arg(what),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

QString ReportActions::askFile(const QString &caption, const QString &suffix, const QString &filter)
{
    const Metadata &m = m_window->document()->metadata();
    QString base = QString::number(m.year) + m.department + QStringLiteral("部门决算公开");
    if (!m_window->filePath().isEmpty()) {
        const QFileInfo file(m_window->filePath());
        base = file.absolutePath() + QLatin1Char('/') + file.completeBaseName();
    }
    const QString proposed = base + QLatin1Char('.') + suffix;
    QString path = m_askFile ? m_askFile(caption, proposed, filter)
                             : QFileDialog::getSaveFileName(m_window, caption, proposed, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

void ReportActions::paint(QPrinter *printer)
{
    // The preview's own window when it asks, so the progress dialog stands over it.
    QWidget *parent = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
    WorkProgress work(parent, tr("Printing the report…"));
    QString error;
    const bool ok = ReportPrinter::print(*m_window->document(), printer, &error, work.progress());
    if (!ok && !work.isCancelled())
        QMessageBox::warning(m_window, tr("Cannot print"), error);
}

void ReportActions::printPreview()
{
    if (!m_window->document())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    dialog.resize(m_window->size() * 0.9);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportActions::paint);
    dialog.exec();
}

void ReportActions::print()
{
    if (!m_window->document() || !confirmAudit(tr("Print")))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

void ReportActions::runExport(const QString &caption, const QString &suffix, const QString &filter,
                              const std::function<bool(const QString &, QString *, Progress *)> &write,
                              const std::function<QString(const QString &)> &done)
{
    if (!m_window->document() || !confirmAudit(tr("Export")))
        return;
    const QString path = askFile(caption, suffix, filter);
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    {
        WorkProgress work(m_window, tr("Exporting %1…").arg(QFileInfo(path).fileName()));
        ok = write(path, &error, work.progress());
        if (work.isCancelled()) {
            exportCancelled(path);
            return;
        }
    }
    if (!ok)
        QMessageBox::warning(m_window, tr("Cannot export %1").arg(QFileInfo(path).fileName()), error);
    else
        m_window->statusBar()->showMessage(done(QFileInfo(path).fileName()), 5000);
}

void ReportActions::exportPdf()
{
    int pages = 0;
    runExport(
            tr("Export PDF"), QStringLiteral("pdf"), tr("PDF files (*.pdf)"),
            [this, &pages](const QString &path, QString *error, Progress *progress) {
                return ReportPrinter::exportPdf(*m_window->document(), path, error, &pages, progress);
            },
            [&pages](const QString &name) { return tr("Exported %1 (%n pages)", nullptr, pages).arg(name); });
}

void ReportActions::exportHtml()
{
    runExport(
            tr("Export HTML"), QStringLiteral("html"), tr("HTML files (*.html *.htm)"),
            [this](const QString &path, QString *error, Progress *progress) {
                return HtmlExporter::exportHtml(*m_window->document(), path, error, progress);
            },
            [](const QString &name) { return tr("Exported %1").arg(name); });
}

void ReportActions::exportWorkbook()
{
    runExport(
            tr("Export Workbook"), QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)"),
            [this](const QString &path, QString *error, Progress *progress) {
                return WorkbookExport::exportXlsx(*m_window->document(), path, error, progress);
            },
            [](const QString &name) { return tr("Exported %1").arg(name); });
}

void ReportActions::exportCancelled(const QString &path)
{
    m_window->statusBar()->showMessage(
            QFileInfo::exists(path) ? tr("Export cancelled; %1 is as it was").arg(QFileInfo(path).fileName())
                                    : tr("Export cancelled"),
            5000);
}

} // namespace Juesuan
