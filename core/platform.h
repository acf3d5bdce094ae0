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

    // Asks the C library to keep the memory the program frees for its next allocations rather
    // than hand it back to the system at once. A rebuild or balance of a document with 20,000
    // 项 per table allocates and frees tens of megabytes, and every page taken anew from the
    // system costs microseconds on a virtual desktop (12 µs on the machine bench_printed ran
    // on: a third of the balance). glibc (mallopt) only; elsewhere nothing. Called first thing
    // by main() and by the benchmarks, which measure what the program does.
    static void keepFreedMemory();
};

} // namespace Juesuan
