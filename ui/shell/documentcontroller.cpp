#include "documentcontroller.h"

#include "document.h"
#include "documentio.h"
#include "recentfiles.h"
#include "reporttemplate.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace Juesuan {

namespace {

QString sampleResource()
{
    const QStringList samples = QDir(QStringLiteral(":/samples")).entryList({QStringLiteral("*.juesuan")});
    return samples.isEmpty() ? QString() : QStringLiteral(":/samples/") + samples.first();
}

} // namespace

DocumentController::DocumentController(Prompts *prompts, QObject *parent)
    : QObject(parent), m_prompts(prompts), m_recentFiles(new RecentFiles(this)), m_autosaver(new Autosaver(this))
{
    Q_ASSERT(prompts);
    connect(m_autosaver, &Autosaver::failed, this,
            [this](const QString &error) { m_prompts->showStatus(tr("Autosave failed: %1").arg(error)); });
}

DocumentController::~DocumentController()
{
    m_autosaver->setDocument(nullptr, QString()); // a normal end: no copy to recover
}

QString DocumentController::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    return tr("Untitled") + QStringLiteral(".juesuan");
}

bool DocumentController::isModified() const
{
    return m_document && m_document->isModified();
}

void DocumentController::setDocument(std::unique_ptr<Document> document, const QString &filePath,
                                     const QString &displayName)
{
    Q_ASSERT(document);
    std::unique_ptr<Document> old = std::move(m_document);
    if (old)
        disconnect(old.get(), nullptr, this, nullptr);
    m_document = std::move(document);
    m_filePath = filePath;
    m_displayName = displayName.isEmpty() && !filePath.isEmpty() ? QFileInfo(filePath).fileName() : displayName;
    connect(m_document.get(), &Document::modifiedChanged, this, &DocumentController::titleChanged);
    m_autosaver->setDocument(m_document.get(), filePath);
    emit documentChanged(m_document.get(), old.get());
    emit titleChanged();
}

bool DocumentController::openFile(const QString &path)
{
    QString error;
    auto doc = DocumentIO::load(path, &error);
    if (!doc) {
        m_prompts->showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    setDocument(std::move(doc), QFileInfo(path).absoluteFilePath());
    m_recentFiles->add(path);
    m_prompts->showStatus(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::openSample()
{
    const QString resource = sampleResource();
    QString error;
    auto doc = resource.isEmpty() ? nullptr : DocumentIO::load(resource, &error);
    if (!doc) {
        m_prompts->showError(tr("Cannot open the sample report"), error);
        return false;
    }
    // Saving it asks for a file: the sample in the program cannot be overwritten.
    setDocument(std::move(doc), QString(), QFileInfo(resource).fileName());
    return true;
}

bool DocumentController::newDocument(const QString &department, int year, const QString &edition)
{
    QString error;
    auto doc = DocumentIO::create(edition, department, year, &error);
    if (!doc) {
        m_prompts->showError(tr("Cannot create a report"), error);
        return false;
    }
    setDocument(std::move(doc), QString());
    return true;
}

bool DocumentController::newEmptyDocument()
{
    const QStringList editions = ReportTemplate::builtinEditions();
    if (editions.isEmpty()) {
        m_prompts->showError(tr("Cannot create a report"), tr("No report template is built into this program."));
        return false;
    }
    return newDocument(QString(), QDate::currentDate().year() - 1, editions.last());
}

bool DocumentController::saveFile(const QString &path)
{
    if (!m_document)
        return false;
    if (m_document->metadata().department.trimmed().isEmpty()) {
        // The file format requires a department: ask for it rather than write a file that
        // would not open again.
        m_prompts->askDetails();
        if (m_document->metadata().department.trimmed().isEmpty())
            return false;
    }
    QString error;
    if (!DocumentIO::save(*m_document, path, &error)) {
        m_prompts->showError(tr("Cannot save %1").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_displayName = QFileInfo(path).fileName();
    m_autosaver->setOriginalFile(m_filePath);
    m_document->markSaved();
    m_autosaver->discard(); // also when the document was clean already (Save As)
    m_recentFiles->add(m_filePath);
    emit titleChanged();
    m_prompts->showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(m_filePath)));
    return true;
}

bool DocumentController::save()
{
    return m_filePath.isEmpty() ? saveAs() : saveFile(m_filePath);
}

bool DocumentController::saveAs()
{
    QString suggestion = m_filePath;
    if (suggestion.isEmpty()) {
        const QString department = m_document ? m_document->metadata().department : QString();
        suggestion = QDir::home().filePath(
                (department.isEmpty() ? displayName().section(QLatin1Char('.'), 0, 0) : department)
                + QStringLiteral(".juesuan"));
    }
    QString path = m_prompts->askSavePath(suggestion);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".juesuan")))
        path += QStringLiteral(".juesuan");
    return saveFile(path);
}

bool DocumentController::maybeSave()
{
    if (!isModified())
        return true;
    switch (m_prompts->askSaveChanges()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool DocumentController::offerRecovery()
{
    const QList<Autosaver::Orphan> orphans = Autosaver::findOrphans();
    for (const Autosaver::Orphan &orphan : orphans) {
        const QMessageBox::StandardButton answer = m_prompts->askRestore(orphan);
        if (answer == QMessageBox::Discard) {
            Autosaver::removeOrphan(orphan);
            continue;
        }
        if (answer != QMessageBox::Yes || !maybeSave())
            continue;
        QString error;
        auto doc = DocumentIO::load(orphan.recoveryFile, &error);
        if (!doc) {
            m_prompts->showError(tr("Cannot restore the unsaved changes"), error);
            continue;
        }
        const QString name = orphan.originalFile.isEmpty() ? QString() : QFileInfo(orphan.originalFile).fileName();
        setDocument(std::move(doc), orphan.originalFile, name);
        // Not what is on disk: modified, and saved again by this session's autosave at once,
        // so the changes are never without a copy.
        m_document->undoStack()->resetClean();
        m_autosaver->saveNow();
        Autosaver::removeOrphan(orphan);
        m_prompts->showStatus(tr("Restored the unsaved changes of %1").arg(displayName()));
        return true;
    }
    return false;
}

void DocumentController::close()
{
    m_autosaver->discard();
}

} // namespace Juesuan
