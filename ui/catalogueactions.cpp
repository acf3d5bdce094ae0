#include "catalogueactions.h"

#include "cataloguedialog.h"
#include "document.h"
#include "mainwindow.h"
#include "usercatalogue.h"
#include "workbookreader.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace Juesuan {

CatalogueActions::CatalogueActions(MainWindow *window, QMenu *menu)
    : QObject(window), m_window(window)
{
    m_view = new QAction(tr("&Subject Catalogue…"), this);
    m_view->setObjectName(QStringLiteral("subjectCatalogueAction"));
    m_view->setStatusTip(tr("Every subject code with its name and where the name comes from"));
    connect(m_view, &QAction::triggered, this, &CatalogueActions::showCatalogue);
    m_import = new QAction(tr("&Import Subject Catalogue…"), this);
    m_import->setObjectName(QStringLiteral("importCatalogueAction"));
    m_import->setStatusTip(tr("Read the year's 政府收支分类科目 from a workbook for every report of that year"));
    connect(m_import, &QAction::triggered, this, &CatalogueActions::importCatalogue);
    m_remove = new QAction(tr("&Remove Imported Catalogue…"), this);
    m_remove->setObjectName(QStringLiteral("removeCatalogueAction"));
    m_remove->setStatusTip(tr("Forget the imported subject names of this edition; the bundled ones remain"));
    connect(m_remove, &QAction::triggered, this, &CatalogueActions::removeCatalogue);
    if (menu) {
        menu->addAction(m_view);
        menu->addSeparator();
        menu->addAction(m_import);
        menu->addAction(m_remove);
    }
    connect(window, &MainWindow::documentChanged, this, &CatalogueActions::updateActions);
    updateActions();
}

void CatalogueActions::updateActions()
{
    Document *document = m_window->document();
    m_view->setEnabled(document);
    m_import->setEnabled(document);
    m_remove->setEnabled(document
                         && !UserCatalogue::forEdition(document->reportTemplate().edition())->isEmpty());
}

bool CatalogueActions::importFile(Document *document, const QString &path, QString *summary, QString *error)
{
    Workbook workbook;
    if (!WorkbookReader::read(path, &workbook, error))
        return false;
    UserCatalogue catalogue;
    UserCatalogue::ImportSummary found;
    if (!UserCatalogue::fromWorkbook(workbook, &catalogue, &found, error))
        return false;
    catalogue.compare(document->reportTemplate().catalogue(), &found);
    const QString edition = document->reportTemplate().edition();
    if (!UserCatalogue::install(edition, catalogue, error))
        return false;
    document->subjectNamesChanged();
    QStringList lines;
    lines << tr("%n subjects imported from sheet “%1” of %2 for the %3 edition.", nullptr, found.subjects)
                     .arg(found.sheet, QFileInfo(path).fileName(), edition);
    if (!found.added.isEmpty())
        lines << tr("%n of them are not in the bundled catalogue.", nullptr, int(found.added.size()));
    if (found.skipped > 0)
        lines << tr("%n rows without a subject code were skipped.", nullptr, found.skipped);
    if (!found.conflicts.isEmpty()) {
        lines << tr("%n names differ from the bundled catalogue; the imported name is shown and printed:",
                    nullptr, int(found.conflicts.size()));
        const int shown = qMin(int(found.conflicts.size()), 20);
        for (int i = 0; i < shown; ++i)
            lines << QStringLiteral("  ") + found.conflicts.at(i);
        if (found.conflicts.size() > shown)
            lines << tr("  … and %n more", nullptr, int(found.conflicts.size() - shown));
    }
    *summary = lines.join(QLatin1Char('\n'));
    return true;
}

bool CatalogueActions::removeImported(Document *document, QString *error)
{
    if (!UserCatalogue::remove(document->reportTemplate().edition(), error))
        return false;
    document->subjectNamesChanged();
    return true;
}

void CatalogueActions::showCatalogue()
{
    Document *document = m_window->document();
    if (!document)
        return;
    CatalogueDialog dialog(document, m_window);
    connect(&dialog, &CatalogueDialog::removeRequested, this, [this, &dialog] {
        removeCatalogue();
        dialog.reload();
    });
    dialog.exec();
}

void CatalogueActions::importCatalogue()
{
    Document *document = m_window->document();
    if (!document)
        return;
    const QString path = m_askFile ? m_askFile()
                                   : QFileDialog::getOpenFileName(
                                             m_window, tr("Import Subject Catalogue"), QString(),
                                             tr("Workbooks (*.xlsx *.xls *.csv *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString summary, error;
    if (!importFile(document, path, &summary, &error)) {
        m_window->statusBar()->showMessage(tr("The catalogue was not imported: %1").arg(error), 5000);
        if (m_dialogs)
            QMessageBox::warning(m_window, tr("Import Subject Catalogue"),
                                 tr("The catalogue was not imported.\n\n%1").arg(error));
        return;
    }
    updateActions();
    m_window->statusBar()->showMessage(summary.section(QLatin1Char('\n'), 0, 0), 5000);
    if (m_dialogs)
        QMessageBox::information(m_window, tr("Import Subject Catalogue"), summary);
}

void CatalogueActions::removeCatalogue()
{
    Document *document = m_window->document();
    if (!document)
        return;
    const QString edition = document->reportTemplate().edition();
    const auto catalogue = UserCatalogue::forEdition(edition);
    if (catalogue->isEmpty()) {
        m_window->statusBar()->showMessage(tr("No catalogue is imported for the %1 edition").arg(edition), 5000);
        return;
    }
    if (m_dialogs
        && QMessageBox::question(m_window, tr("Remove Imported Catalogue"),
                                 tr("Remove the %n imported subject names of the %1 edition? Every report of "
                                    "that year shows the bundled names again.",
                                    nullptr, catalogue->size())
                                         .arg(edition))
                   != QMessageBox::Yes)
        return;
    QString error;
    if (!removeImported(document, &error)) {
        m_window->statusBar()->showMessage(error, 5000);
        if (m_dialogs)
            QMessageBox::warning(m_window, tr("Remove Imported Catalogue"), error);
        return;
    }
    updateActions();
    m_window->statusBar()->showMessage(tr("Imported catalogue of the %1 edition removed").arg(edition), 5000);
}

} // namespace Juesuan
