#include "autosaver.h"

#include "document.h"
#include "documentio.h"
#include "filewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace Juesuan {

namespace {

const char suffix[] = ".juesuan";

QString infoPath(const QString &recoveryFile)
{
    return recoveryFile.chopped(int(sizeof(suffix)) - 1) + QStringLiteral(".json");
}

QString lockPath(const QString &recoveryFile)
{
    return recoveryFile.chopped(int(sizeof(suffix)) - 1) + QStringLiteral(".lock");
}

} // namespace

Autosaver::Autosaver(QObject *parent)
    : QObject(parent), m_timer(new QTimer(this))
{
    m_id = QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
            + QString::number(QDateTime::currentMSecsSinceEpoch());
    m_timer->setInterval(interval());
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            saveNow();
    });
    m_timer->start();
}

Autosaver::~Autosaver()
{
    // A normal end of the session: whoever owns us decided about the changes already.
    discard();
}

QString Autosaver::recoveryDir()
{
    const QString env = qEnvironmentVariable("JUESUAN_RECOVERY_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

int Autosaver::interval() const
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("JUESUAN_AUTOSAVE_MS", &ok);
    return ok && ms > 0 ? ms : 60 * 1000;
}

QString Autosaver::recoveryFile() const
{
    return recoveryDir() + QLatin1Char('/') + m_id + QLatin1String(suffix);
}

void Autosaver::setDocument(Document *document, const QString &originalFile)
{
    if (m_document)
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    discard();
    m_document = document;
    m_originalFile = originalFile;
    m_dirty = false;
    if (!document)
        return;
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { m_dirty = true; });
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) // back to what is on disk (saved, or undone to it): nothing to recover
            discard();
    });
}

void Autosaver::setOriginalFile(const QString &originalFile)
{
    m_originalFile = originalFile;
}

bool Autosaver::ensureLocked()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(recoveryDir()))
        return false;
    auto lock = std::make_unique<QLockFile>(lockPath(recoveryFile()));
    lock->setStaleLockTime(0); // a live session's copy is never stale, however old
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

bool Autosaver::saveNow()
{
    if (!m_document || !m_document->isModified())
        return false;
    QString error;
    if (!ensureLocked()) {
        emit failed(tr("cannot lock the recovery folder %1").arg(QDir::toNativeSeparators(recoveryDir())));
        return false;
    }
    // Where the copy comes from first: the copy itself appearing is what marks it complete,
    // so a session killed between the two writes never leaves a copy without its origin.
    QJsonObject info;
    info.insert(QStringLiteral("original"), m_originalFile);
    info.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!FileWriter::save(infoPath(recoveryFile()), QJsonDocument(info).toJson(), &error)) {
        emit failed(error);
        return false;
    }
    if (!DocumentIO::save(*m_document, recoveryFile(), &error)) {
        emit failed(error);
        return false;
    }
    m_dirty = false;
    emit saved(recoveryFile());
    return true;
}

void Autosaver::discard()
{
    if (!m_lock)
        return;
    QFile::remove(recoveryFile());
    QFile::remove(infoPath(recoveryFile()));
    m_lock.reset(); // unlocks and removes the lock file
    m_dirty = m_document && m_document->isModified();
}

QList<Autosaver::Orphan> Autosaver::findOrphans()
{
    QList<Orphan> orphans;
    const QDir dir(recoveryDir());
    if (!dir.exists())
        return orphans;
    const QStringList files = dir.entryList({QStringLiteral("*") + QLatin1String(suffix)}, QDir::Files);
    for (const QString &name : files) {
        Orphan o;
        o.recoveryFile = dir.filePath(name);
        auto lock = std::make_shared<QLockFile>(lockPath(o.recoveryFile));
        lock->setStaleLockTime(0);
        // Succeeds only when no live session holds the copy (QLockFile removes a dead owner's lock).
        if (!lock->tryLock(0))
            continue;
        o.lock = lock;
        QFile f(infoPath(o.recoveryFile));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject info = QJsonDocument::fromJson(f.readAll()).object();
            o.originalFile = info.value(QStringLiteral("original")).toString();
            o.savedAt = QDateTime::fromString(info.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        }
        if (!o.savedAt.isValid())
            o.savedAt = QFileInfo(o.recoveryFile).lastModified();
        orphans.append(o);
    }
    // A session killed between writing where its first copy comes from and the copy itself
    // leaves only the former: nothing to offer, so tidy it away.
    const QStringList infos = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : infos) {
        const QString copy = dir.filePath(name.chopped(5) + QLatin1String(suffix));
        if (QFile::exists(copy))
            continue;
        QLockFile lock(lockPath(copy));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            QFile::remove(dir.filePath(name));
    }
    std::sort(orphans.begin(), orphans.end(),
              [](const Orphan &a, const Orphan &b) { return a.savedAt > b.savedAt; });
    return orphans;
}

void Autosaver::removeOrphan(const Orphan &orphan)
{
    QFile::remove(orphan.recoveryFile);
    QFile::remove(infoPath(orphan.recoveryFile));
    if (orphan.lock)
        orphan.lock->unlock();
}

} // namespace Juesuan
