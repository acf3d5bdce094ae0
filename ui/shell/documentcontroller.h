#pragma once

#include "autosaver.h"

#include <QMessageBox>
#include <QObject>
#include <QString>

#include <memory>

namespace Juesuan {

class Document;
class RecentFiles;

// The life of the open document: new, open, the sample, save, save as, close; its file
// name and modified state; its autosaved recovery copy and the copies earlier sessions
// left. Questions and messages go through Prompts, which the main window answers with
// dialogs and tests answer themselves. Windows follow documentChanged().
class DocumentController : public QObject
{
    Q_OBJECT
public:
    // What the controller asks the person and tells them.
    class Prompts
    {
    public:
        virtual ~Prompts() = default;
        // Save, Discard or Cancel for the unsaved changes of the open document.
        virtual QMessageBox::StandardButton askSaveChanges() = 0;
        // Yes (restore), Discard (delete the copy) or Ignore (ask next time).
        virtual QMessageBox::StandardButton askRestore(const Autosaver::Orphan &orphan) = 0;
        // A file to save to (suggestion: a full path); empty: cancelled.
        virtual QString askSavePath(const QString &suggestion) = 0;
        // The file format needs a department: asks for the report's details (one undo step).
        virtual void askDetails() = 0;
        virtual void showError(const QString &title, const QString &message) = 0;
        virtual void showStatus(const QString &message) = 0;
    };

    explicit DocumentController(Prompts *prompts, QObject *parent = nullptr);
    ~DocumentController() override;

    Document *document() const { return m_document.get(); }
    QString filePath() const { return m_filePath; } // empty while untitled
    QString displayName() const;
    bool isModified() const;
    Autosaver *autosaver() const { return m_autosaver; }
    RecentFiles *recentFiles() const { return m_recentFiles; }

    // Replaces the document (never null); documentChanged() lets go of the old one.
    void setDocument(std::unique_ptr<Document> document, const QString &filePath,
                     const QString &displayName = QString());
    // Each returns false and leaves the current document as it was when it fails; the
    // reason goes to Prompts::showError.
    bool openFile(const QString &path);
    bool openSample();
    bool newDocument(const QString &department, int year, const QString &edition);
    bool newEmptyDocument(); // an untitled document of the newest edition, for a first start
    bool saveFile(const QString &path);
    bool save();   // to the file, or asks for one
    bool saveAs();
    // Asks Save/Discard/Cancel when there are unsaved changes; true when it is fine to go on.
    bool maybeSave();
    // Offers the recovery copies that sessions which ended abruptly left. true when one was
    // restored (it then replaces the current document and keeps its original file name).
    bool offerRecovery();
    // A deliberate end of the session: the recovery copy goes.
    void close();

signals:
    // After `document` replaced `old` and before `old` is deleted (old may be nullptr).
    void documentChanged(Juesuan::Document *document, Juesuan::Document *old);
    // The file name or the modified state changed.
    void titleChanged();

private:
    Prompts *m_prompts;
    std::unique_ptr<Document> m_document;
    QString m_filePath;
    QString m_displayName;
    RecentFiles *m_recentFiles;
    Autosaver *m_autosaver;
};

} // namespace Juesuan
