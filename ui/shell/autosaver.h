#pragma once

#include "document.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace Juesuan {



// Keeps a recovery copy of the open document while it has unsaved changes, and finds the
// copies that sessions which ended without closing (a crash, a kill) left behind.
// Each session owns <dir>/<id>.juesuan (the document), <id>.json (where it came from) and
// <id>.lock (a QLockFile held while the session lives): an unlocked copy is an orphan.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    // A copy left by an earlier session. Claiming it (findOrphans does) locks it for us.
    struct Orphan {
        QString recoveryFile;  // the autosaved document
        QString originalFile;  // the file the session was editing; empty for an untitled one
        QDateTime savedAt;
        std::shared_ptr<QLockFile> lock;
    };

    explicit Autosaver(QObject *parent = nullptr);
    ~Autosaver() override;

    // $JUESUAN_RECOVERY_DIR, or "recovery" in the application's data folder.
    static QString recoveryDir();
    // Every copy no live session holds, newest first.
    static QList<Orphan> findOrphans();
    // Removes an orphan's files (after it was restored or declined).
    static void removeOrphan(const Orphan &orphan);

    // The document to watch and the file it belongs to. Removes the previous copy.
    void setDocument(Document *document, const QString &originalFile);
    void setOriginalFile(const QString &originalFile);
    // Milliseconds between checks: $JUESUAN_AUTOSAVE_MS, else one minute.
    int interval() const;
    // Writes the copy now if the document has changes the copy does not have.
    bool saveNow();
    // Removes this session's copy (the document was saved, closed or replaced).
    void discard();
    QString recoveryFile() const;

signals:
    void saved(const QString &recoveryFile);
    void failed(const QString &error);

private:
    bool ensureLocked();

    QPointer<Document> m_document;
    QString m_originalFile;
    QString m_id;
    QTimer *m_timer;
    std::unique_ptr<QLockFile> m_lock;
    bool m_dirty = false; // changed since the last copy
};

} // namespace Juesuan
