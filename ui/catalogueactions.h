#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace Juesuan {

class Document;
class MainWindow;

// The Tools menu's subject-catalogue actions for a main window: Subject Catalogue… (the
// catalogue view: every code with its name and where the name came from), Import Subject
// Catalogue… (the year's 政府收支分类科目 from XLSX/XLS/CSV into the user's catalogue of the
// document's edition, used by every document of that year) and Remove Imported Catalogue….
class CatalogueActions : public QObject
{
    Q_OBJECT
public:
    CatalogueActions(MainWindow *window, QMenu *menu);

    QAction *viewAction() const { return m_view; }
    QAction *importAction() const { return m_import; }
    QAction *removeAction() const { return m_remove; }

    // The work behind the actions, without dialogs: the import reads `path`, installs its
    // names for `document`'s edition and says what it found (*summary: subjects, sheet,
    // names that differ from the bundled ones); remove deletes the edition's catalogue.
    // Both refresh `document`'s names. False with the reason on failure, changing nothing.
    static bool importFile(Document *document, const QString &path, QString *summary, QString *error);
    static bool removeImported(Document *document, QString *error);

    void showCatalogue();
    void importCatalogue();
    void removeCatalogue();

    // Where the import asks for its file: a QFileDialog unless replaced (tests answer it).
    using FileAsker = std::function<QString()>;
    void setFileAsker(FileAsker asker) { m_askFile = std::move(asker); }
    // Without dialogs (tests): no confirmation before removing, outcomes on the status bar only.
    void setDialogsEnabled(bool enabled) { m_dialogs = enabled; }

private:
    void updateActions();

    MainWindow *m_window;
    QAction *m_view;
    QAction *m_import;
    QAction *m_remove;
    FileAsker m_askFile;
    bool m_dialogs = true;
};

} // namespace Juesuan
