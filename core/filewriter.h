#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Juesuan {

// Writes bytes so that a failure is never mistaken for success: every write call's result
// is checked (a short write on a full disk is a failure, and QSaveFile would otherwise
// commit it), and a file is replaced only when the whole new content is on disk.
class FileWriter
{
public:
    // Writes all of `data`; false as soon as the device takes less than it was given.
    static bool writeAll(QIODevice *device, const QByteArray &data);
    // Replaces `path` with `data` atomically (QSaveFile); on failure the old file stays as it
    // was, no temporary file is left, and *error names the file and the reason.
    static bool save(const QString &path, const QByteArray &data, QString *error);
};

} // namespace Juesuan
