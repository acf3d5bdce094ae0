#include "workbookreader.h"

#include "csvreader.h"
#include "xlsreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::WorkbookReader)
};

const QByteArray zipMagic = QByteArrayLiteral("PK\x03\x04");
const QByteArray ole2Magic = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");

bool fail(const QString &source, const QString &why, Workbook *out, QString *error)
{
    *out = Workbook();
    if (error)
        *error = source + QStringLiteral(": ") + why;
    return false;
}

} // namespace

bool WorkbookReader::read(const QString &path, Workbook *out, QString *error)
{
    *out = Workbook();
    const QFileInfo info(path);
    if (!info.exists())
        return fail(path, Tr::tr("no such file"), out, error);
    if (info.isDir())
        return fail(path, Tr::tr("this is a folder, not a workbook"), out, error);
    if (!info.isFile())
        return fail(path, Tr::tr("this is not a regular file (a device, pipe or socket), so it is not read"), out, error);
    if (info.size() > maxFileSize)
        return fail(path, Tr::tr("the file is %1 MiB, more than the %2 MiB a workbook may have")
                              .arg(info.size() / (1024 * 1024))
                              .arg(maxFileSize / (1024 * 1024)),
                    out, error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, Tr::tr("cannot open: %1").arg(file.errorString()), out, error);
    if (file.isSequential())
        return fail(path, Tr::tr("this is not a regular file (a device, pipe or socket), so it is not read"), out, error);
    // FreeXL reads the file itself; everything else is read from memory.
    if (file.peek(ole2Magic.size()) == ole2Magic) {
        QString why;
        if (!XlsReader::readFile(path, path, out, &why)) {
            *out = Workbook();
            if (error)
                *error = why;
            return false;
        }
        return true;
    }
    // Read one byte past the limit, so a file that grew since stat() is still refused.
    const QByteArray data = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(path, Tr::tr("cannot read: %1").arg(file.errorString()), out, error);
    return readData(data, path, out, error);
}

bool WorkbookReader::readData(const QByteArray &data, const QString &source, Workbook *out, QString *error)
{
    *out = Workbook();
    QString why;
    bool ok = false;
    if (data.isEmpty())
        return fail(source, Tr::tr("the file is empty"), out, error);
    if (data.size() > maxFileSize)
        return fail(source, Tr::tr("the file is more than the %1 MiB a workbook may have").arg(maxFileSize / (1024 * 1024)),
                    out, error);
    if (data.startsWith(zipMagic)) {
        ok = XlsxReader::read(data, source, out, &why);
    } else if (data.startsWith(ole2Magic)) {
        QTemporaryFile temp(QDir::tempPath() + QStringLiteral("/juesuan-import-XXXXXX.xls"));
        if (!temp.open())
            return fail(source, Tr::tr("cannot create a temporary file for reading the xls: %1").arg(temp.errorString()), out,
                        error);
        if (temp.write(data) != data.size() || !temp.flush())
            return fail(source, Tr::tr("cannot write a temporary file for reading the xls: %1").arg(temp.errorString()), out,
                        error);
        ok = XlsReader::readFile(temp.fileName(), source, out, &why);
    } else {
        ok = CsvReader::read(data, source, out, &why);
    }
    if (!ok) {
        *out = Workbook();
        if (error)
            *error = why;
    }
    return ok;
}

bool WorkbookReader::parseCellReference(QStringView ref, int *row, int *col)
{
    qsizetype i = 0;
    if (i < ref.size() && ref.at(i) == QLatin1Char('$'))
        ++i;
    int c = 0, letters = 0;
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref.at(i).unicode();
        if (ch >= u'a' && ch <= u'z')
            c = c * 26 + (ch - u'a' + 1);
        else if (ch >= u'A' && ch <= u'Z')
            c = c * 26 + (ch - u'A' + 1);
        else
            break;
        if (++letters > 3)
            return false;
    }
    if (letters == 0 || c > WorkbookReader::maxColumns)
        return false;
    if (i < ref.size() && ref.at(i) == QLatin1Char('$'))
        ++i;
    qint64 r = 0;
    int digits = 0;
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref.at(i).unicode();
        if (ch < u'0' || ch > u'9' || ++digits > 7)
            return false;
        r = r * 10 + (ch - u'0');
    }
    if (digits == 0 || r < 1 || r > WorkbookReader::maxRows)
        return false;
    *row = int(r - 1);
    *col = c - 1;
    return true;
}

QString WorkbookReader::cellReference(int row, int col)
{
    QString letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

bool WorkbookReader::isPlainNumber(QStringView t)
{
    qsizetype i = 0;
    const qsizetype n = t.size();
    if (i < n && (t.at(i) == QLatin1Char('-') || t.at(i) == QLatin1Char('+')))
        ++i;
    int digits = 0;
    while (i < n && t.at(i).unicode() >= u'0' && t.at(i).unicode() <= u'9') {
        ++i;
        ++digits;
    }
    if (i < n && t.at(i) == QLatin1Char('.')) {
        ++i;
        while (i < n && t.at(i).unicode() >= u'0' && t.at(i).unicode() <= u'9') {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (t.at(i) == QLatin1Char('e') || t.at(i) == QLatin1Char('E'))) {
        ++i;
        if (i < n && (t.at(i) == QLatin1Char('-') || t.at(i) == QLatin1Char('+')))
            ++i;
        int exp = 0;
        while (i < n && t.at(i).unicode() >= u'0' && t.at(i).unicode() <= u'9') {
            ++i;
            ++exp;
        }
        if (exp == 0 || exp > 3)
            return false;
    }
    return i == n;
}

} // namespace Juesuan
