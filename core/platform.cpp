#include "platform.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Juesuan {

#if defined(Q_OS_WIN)

bool Platform::isStderrTerminal()
{
    return _isatty(_fileno(stderr)) != 0;
}

QString Platform::userTag()
{
    return qEnvironmentVariable("USERNAME");
}

bool Platform::exists(const char *nativePath)
{
    return QFileInfo::exists(QString::fromLocal8Bit(nativePath));
}

Platform::Opened Platform::openRegularFile(const QByteArray &nativePath, QFile *file, QString *reason)
{
    // Windows has no FIFOs to block on; devices such as NUL or CON are not regular files.
    const QString path = QFile::decodeName(nativePath);
    const QFileInfo info(path);
    if (info.isDir())
        return Opened::Folder;
    if (info.exists() && !info.isFile())
        return Opened::NotRegular;
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *reason = file->errorString();
        return Opened::Failed;
    }
    return Opened::File;
}

#else

bool Platform::isStderrTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

QString Platform::userTag()
{
    return QString::number(qint64(getuid()));
}

bool Platform::exists(const char *nativePath)
{
    struct stat st {};
    return ::stat(nativePath, &st) == 0;
}

Platform::Opened Platform::openRegularFile(const QByteArray &nativePath, QFile *file, QString *reason)
{
    // The native bytes go to open() as they are: a name that is not valid UTF-8 does not
    // survive a trip through QString. O_NONBLOCK: opening a FIFO must not wait for a writer.
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        return Opened::Failed;
    }
    // Only a regular file has an end: /dev/zero would be read until memory runs out.
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return S_ISDIR(st.st_mode) ? Opened::Folder : Opened::NotRegular;
    }
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *reason = file->errorString();
        return Opened::Failed;
    }
    return Opened::File;
}

#endif

void Platform::keepFreedMemory()
{
#if defined(__GLIBC__)
    // Blocks up to 64 MiB come from the heap (not a mapping of their own that free() unmaps),
    // and the heap gives back its free top only beyond 256 MiB.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

} // namespace Juesuan
