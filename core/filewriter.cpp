#include "filewriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::FileWriter)
};

// Written in pieces so that a device which stops taking bytes is noticed at once and a
// huge buffer never goes to one write call.
constexpr qint64 chunk = 1 << 20;

} // namespace

bool FileWriter::writeAll(QIODevice *device, const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = qMin(chunk, qint64(data.size()) - done);
        const qint64 written = device->write(data.constData() + done, n);
        if (written != n)
            return false;
        done += written;
    }
    return true;
}

bool FileWriter::save(const QString &path, const QByteArray &data, QString *error)
{
    const QString where = QFileInfo(path).absoluteFilePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("%1: cannot write: %2").arg(where, file.errorString());
        return false;
    }
    if (!writeAll(&file, data) || !file.flush()) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString()
                                                                    : Tr::tr("the disk may be full");
        file.cancelWriting(); // the temporary file goes, the old file stays
        if (error)
            *error = Tr::tr("%1: writing failed (%2); the previous file, if any, is unchanged").arg(where, reason);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("%1: writing failed (%2); the previous file, if any, is unchanged")
                             .arg(where, file.errorString());
        return false;
    }
    return true;
}

} // namespace Juesuan
