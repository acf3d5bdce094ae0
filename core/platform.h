#pragma once

#include <QByteArray>
#include <QString>

class QFile;

namespace Juesuan {

// The few calls that differ between operating systems, in one place: the rest of core, ui
// and app use Qt and standard C++ only. POSIX and Windows branches; anything else that Qt
// runs on takes the POSIX one.
class Platform
{
public:
    // Whether stderr is a terminal (a person watching), not a file or a pipe.
    static bool isStderrTerminal();

    // Names the current user in per-user temporary folders: the user id on POSIX, the user
    // name on Windows.
    static QString userTag();

    // Whether anything (file, folder, device) exists at a path given as the bytes of argv,
    // which need not be valid UTF-8.
    static bool exists(const char *nativePath);

    enum class Opened { File, Folder, NotRegular, Failed };
    // Opens a regular file for reading by its native bytes, without waiting for a writer
    // when it is a FIFO. Folder and NotRegular (a device, pipe or socket) leave `file`
    // closed; Failed gives the system's reason in `reason`.
    static Opened openRegularFile(const QByteArray &nativePath, QFile *file, QString *reason);
};

} // namespace Juesuan
