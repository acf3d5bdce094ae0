#include "xlsrecordscan.h"

#include "workbookreader.h"
#include "xlsreader.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace Juesuan {

namespace {

constexpr quint32 endOfChain = 0xFFFFFFFE;

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

// The compound file (MS-CFB) just far enough to read one stream by name.
class CompoundFile
{
public:
    explicit CompoundFile(const QByteArray &file) : m_file(file) {}

    bool open()
    {
        if (m_file.size() < 512 || !m_file.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")))
            return false;
        const quint16 shift = u16(m_file, 30);
        const quint16 miniShift = u16(m_file, 32);
        if ((shift != 9 && shift != 12) || miniShift != 6)
            return false;
        m_sectorSize = 1 << shift;
        m_miniCutoff = u32(m_file, 56);
        const qsizetype sectors = m_file.size() / m_sectorSize;

        // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
        QList<quint32> fatSectors;
        const quint32 fatCount = u32(m_file, 44);
        if (fatCount > quint32(sectors))
            return false;
        for (int i = 0; i < 109 && fatSectors.size() < qsizetype(fatCount); ++i)
            fatSectors.append(u32(m_file, 76 + 4 * i));
        quint32 difat = u32(m_file, 68);
        for (qsizetype guard = 0; fatSectors.size() < qsizetype(fatCount); ++guard) {
            if (guard > sectors || !validSector(difat))
                return false;
            const qsizetype base = offset(difat);
            const int perSector = m_sectorSize / 4 - 1;
            for (int i = 0; i < perSector && fatSectors.size() < qsizetype(fatCount); ++i)
                fatSectors.append(u32(m_file, base + 4 * i));
            difat = u32(m_file, base + 4 * perSector);
        }
        for (quint32 s : std::as_const(fatSectors)) {
            if (!validSector(s))
                return false;
            const qsizetype base = offset(s);
            for (int i = 0; i < m_sectorSize / 4; ++i)
                m_fat.append(u32(m_file, base + 4 * i));
        }

        if (!chain(u32(m_file, 48), -1, &m_directory))
            return false;
        if (m_directory.size() < 128)
            return false;
        // FreeXL converts each entry's name by its stated length: a length past the
        // 64-byte name field made it read uninitialised memory.
        for (qsizetype e = 0; e + 128 <= m_directory.size(); e += 128) {
            if (m_directory.at(e + 66) != 0 && (u16(m_directory, e + 64) > 64 || u16(m_directory, e + 64) % 2))
                return false;
        }
        // The root entry's stream is the mini stream; the mini FAT maps it.
        const quint32 rootStart = u32(m_directory, 116);
        const qint64 rootSize = entrySize(0);
        if (rootSize > 0 && !chain(rootStart, rootSize, &m_miniStream))
            return false;
        QByteArray miniFat;
        if (u32(m_file, 64) > 0 && !chain(u32(m_file, 60), -1, &miniFat))
            return false;
        for (qsizetype i = 0; i + 4 <= miniFat.size(); i += 4)
            m_miniFat.append(u32(miniFat, i));
        return true;
    }

    // The stream with this name (a direct child or not: xls files have it at the root).
    bool stream(const QString &name, QByteArray *out) const
    {
        for (qsizetype e = 0; e + 128 <= m_directory.size(); e += 128) {
            const quint16 nameBytes = u16(m_directory, e + 64);
            if (m_directory.at(e + 66) != 2 || nameBytes < 2 || nameBytes > 64)
                continue;
            const QString entryName = QString::fromUtf16(reinterpret_cast<const char16_t *>(m_directory.constData() + e),
                                                         nameBytes / 2 - 1);
            if (entryName.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            const quint32 start = u32(m_directory, e + 116);
            const qint64 size = entrySize(e / 128);
            if (size < 0 || size > WorkbookReader::maxFileSize)
                return false;
            if (size < qint64(m_miniCutoff))
                return miniChain(start, size, out);
            return chain(start, size, out);
        }
        return false;
    }

private:
    bool validSector(quint32 s) const { return qint64(s) + 2 <= m_file.size() / m_sectorSize; }
    qsizetype offset(quint32 s) const { return (qsizetype(s) + 1) * m_sectorSize; }

    qint64 entrySize(qsizetype index) const
    {
        const qsizetype at = index * 128 + 120;
        if (at + 8 > m_directory.size())
            return -1;
        // Version 3 files (512-byte sectors) may leave garbage in the high half.
        return m_sectorSize == 512 ? qint64(u32(m_directory, at)) : qint64(qFromLittleEndian<quint64>(m_directory.constData() + at));
    }

    // A FAT chain's sectors, cut to `size` (or all of them for -1).
    bool chain(quint32 start, qint64 size, QByteArray *out) const
    {
        out->clear();
        quint32 s = start;
        for (qsizetype guard = 0; s != endOfChain; ++guard) {
            if (guard > m_fat.size() || s >= quint32(m_fat.size()) || !validSector(s))
                return false;
            out->append(m_file.constData() + offset(s), m_sectorSize);
            if (size >= 0 && out->size() >= size)
                break;
            s = m_fat.at(s);
        }
        if (size >= 0) {
            if (out->size() < size)
                return false;
            out->truncate(qsizetype(size));
        }
        return true;
    }

    bool miniChain(quint32 start, qint64 size, QByteArray *out) const
    {
        out->clear();
        quint32 s = start;
        for (qsizetype guard = 0; out->size() < size; ++guard) {
            if (s == endOfChain || guard > m_miniFat.size() || s >= quint32(m_miniFat.size())
                || (qsizetype(s) + 1) * 64 > m_miniStream.size())
                return false;
            out->append(m_miniStream.constData() + qsizetype(s) * 64, 64);
            s = m_miniFat.at(s);
        }
        out->truncate(qsizetype(size));
        return true;
    }

    const QByteArray &m_file;
    int m_sectorSize = 512;
    quint32 m_miniCutoff = 4096;
    QList<quint32> m_fat, m_miniFat;
    QByteArray m_directory, m_miniStream;
};

QString errorText(quint8 code)
{
    switch (code) {
    case 0x00: return QStringLiteral("#NULL!");
    case 0x07: return QStringLiteral("#DIV/0!");
    case 0x0F: return QStringLiteral("#VALUE!");
    case 0x17: return QStringLiteral("#REF!");
    case 0x1D: return QStringLiteral("#NAME?");
    case 0x24: return QStringLiteral("#NUM!");
    default: return QStringLiteral("#N/A");
    }
}

// A BIFF8 unicode string: 16-bit count, flags, then Latin-1 or UTF-16LE characters.
bool biff8String(const QByteArray &b, qsizetype at, qsizetype end, QString *out)
{
    if (at + 3 > end)
        return false;
    const quint16 count = u16(b, at);
    const quint8 flags = quint8(b.at(at + 2));
    qsizetype p = at + 3;
    if (flags & 0x08)
        p += 2; // rich-text run count
    if (flags & 0x04)
        p += 4; // phonetic block size
    if (flags & 0x01) {
        if (p + 2 * qsizetype(count) > end)
            return false;
        *out = QString::fromUtf16(reinterpret_cast<const char16_t *>(b.constData() + p), count);
    } else {
        if (p + count > end)
            return false;
        *out = QString::fromLatin1(b.constData() + p, count);
    }
    return true;
}


// Whether the string that a FORMAT, BOUNDSHEET or LABEL record carries fits in it.
bool stringFits(quint16 type, const QByteArray &b, qsizetype data, quint16 len, bool biff8)
{
    qsizetype at = 0, count = 0, wide = 1;
    switch (type) {
    case 0x041E: at = 2; break; // FORMAT: index, then the string
    case 0x0085: at = 6; break; // BOUNDSHEET: position, flags, then the name
    case 0x0204: at = 6; break; // LABEL: row, column, XF, then the text
    default: return true;
    }
    const bool shortCount = type == 0x0085 || (!biff8 && type == 0x041E);
    const qsizetype header = (shortCount ? 1 : 2) + (biff8 ? 1 : 0);
    if (at + header > len)
        return false;
    count = shortCount ? quint8(b.at(data + at)) : u16(b, data + at);
    if (biff8 && (b.at(data + at + (shortCount ? 1 : 2)) & 1))
        wide = 2;
    return at + header + count * wide <= len;
}

} // namespace

bool XlsRecordScan::read(const QByteArray &file, QList<Sheet> *sheets, QString *error)
{
    sheets->clear();
    auto fail = [&](const char *why) {
        *error = QCoreApplication::translate("Juesuan::WorkbookReader", why);
        return false;
    };
    auto damaged = [&](const char *why, quint16 type, qsizetype at) {
        *error = QCoreApplication::translate("Juesuan::WorkbookReader", why)
                     .arg(type, 4, 16, QLatin1Char('0'))
                     .arg(at);
        return false;
    };
    const char *const longString = QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                                     "the record 0x%1 at byte %2 of the Workbook stream holds a string "
                                                     "longer than itself");
    const char *const pastEnd = QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                                  "the record 0x%1 at byte %2 of the Workbook stream runs past its end");
    CompoundFile cf(file);
    if (!cf.open())
        return fail(QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                      "the compound file is damaged (its header or allocation tables cannot be followed)"));
    QByteArray book;
    if (!cf.stream(QStringLiteral("Workbook"), &book) && !cf.stream(QStringLiteral("Book"), &book))
        return fail(QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                      "the compound file holds no Excel workbook (a Word or other Office file, "
                                      "or a password-protected workbook)"));

    // The globals substream: BOF, then BOUNDSHEET records naming each sheet's offset.
    struct Bound
    {
        quint32 pos;
        QString name;
    };
    QList<Bound> bounds;
    bool biff8 = false;
    qsizetype p = 0;
    for (bool first = true; p + 4 <= book.size(); first = false) {
        const quint16 type = u16(book, p);
        const quint16 len = u16(book, p + 2);
        const qsizetype data = p + 4;
        if (data + len > book.size())
            return damaged(pastEnd, type, p);
        if (first) {
            if ((type & 0xFF) != 0x09 || len < 2)
                return fail(QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                              "the Workbook stream does not start with a BIFF BOF record"));
            biff8 = u16(book, data) == 0x0600;
        } else if (!stringFits(type, book, data, len, biff8)) {
            return damaged(longString, type, p);
        } else if (type == 0x002F) {
            return fail(QT_TRANSLATE_NOOP("Juesuan::WorkbookReader", "the workbook is password-protected"));
        } else if (type == 0x0085 && len >= 7) {
            const quint32 pos = u32(book, data);
            const quint8 sheetType = quint8(book.at(data + 5));
            QString name;
            if (biff8) {
                const quint8 cch = quint8(book.at(data + 6));
                if (len >= 8) {
                    const bool wide = book.at(data + 7) & 1;
                    if (data + 8 + (wide ? 2 : 1) * cch <= data + len)
                        name = wide ? QString::fromUtf16(reinterpret_cast<const char16_t *>(book.constData() + data + 8), cch)
                                    : QString::fromLatin1(book.constData() + data + 8, cch);
                }
            }
            if (sheetType == 0)
                bounds.append({pos, name});
        } else if (type == 0x000A) {
            break; // end of the globals
        }
        p = data + len;
    }

    for (const Bound &bound : std::as_const(bounds)) {
        Sheet sheet;
        sheet.name = bound.name;
        qsizetype q = bound.pos;
        qsizetype pendingString = -1; // index of a result waiting for its STRING record
        int dimensions = 0;
        for (bool first = true; q + 4 <= book.size(); first = false) {
            const quint16 type = u16(book, q);
            const quint16 len = u16(book, q + 2);
            const qsizetype data = q + 4;
            if (data + len > book.size())
                return damaged(pastEnd, type, q);
            if (first && (type & 0xFF) != 0x09)
                return fail(QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                              "a worksheet's position does not lead to a BIFF BOF record"));
            if (type == 0x000A)
                break;
            if (!stringFits(type, book, data, len, biff8))
                return damaged(longString, type, q);
            // FreeXL sizes its cell array from this record and trusts it; a second one or
            // one of the wrong size (a damaged record type, say) made it crash.
            if (type == 0x0200 && (++dimensions > 1 || len != (biff8 ? 14 : 10)))
                return damaged(QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                                 "the record 0x%1 at byte %2 of the Workbook stream declares the "
                                                 "sheet's size again or with the wrong length"),
                               type, q);
            if (type == 0x00E5 && len >= 2) {
                const quint16 count = u16(book, data);
                for (quint16 i = 0; i < count && 2 + 8 * (i + 1) <= len; ++i) {
                    const qsizetype m = data + 2 + 8 * i;
                    WorkbookMerge merge;
                    merge.firstRow = u16(book, m);
                    merge.lastRow = u16(book, m + 2);
                    merge.firstCol = u16(book, m + 4);
                    merge.lastCol = u16(book, m + 6);
                    if (merge.lastRow >= merge.firstRow && merge.lastCol >= merge.firstCol
                        && (merge.lastRow > merge.firstRow || merge.lastCol > merge.firstCol))
                        sheet.merges.append(merge);
                }
            } else if (type == 0x0200 && len >= 14 && biff8) {
                sheet.rows = u32(book, data + 4);
                sheet.columns = u16(book, data + 10);
            } else if (type == 0x0200 && len >= 8 && !biff8) {
                sheet.rows = u16(book, data + 2);
                sheet.columns = u16(book, data + 6);
            } else if (type == 0x0006 && len >= 20) {
                pendingString = -1;
                Result r;
                r.row = u16(book, data);
                r.col = u16(book, data + 2);
                r.cell.formula = true;
                const qsizetype v = data + 6;
                if (quint8(book.at(v + 6)) == 0xFF && quint8(book.at(v + 7)) == 0xFF) {
                    switch (quint8(book.at(v))) {
                    case 0: // a string, in the STRING record that follows
                        if (biff8)
                            pendingString = sheet.results.size();
                        else
                            r.cell.formula = false; // not read: BIFF5 strings are in a code page
                        break;
                    case 1: r.cell.text = book.at(v + 2) ? QStringLiteral("TRUE") : QStringLiteral("FALSE"); break;
                    case 2: r.cell.text = errorText(quint8(book.at(v + 2))); break;
                    default: break; // an empty string
                    }
                } else {
                    double d;
                    std::memcpy(&d, book.constData() + v, sizeof d);
                    d = qFromLittleEndian(d);
                    if (std::isfinite(d)) {
                        r.cell.type = WorkbookCell::Type::Number;
                        r.cell.text = XlsReader::shortestDecimal(d);
                    }
                }
                if (r.cell.formula)
                    sheet.results.append(r);
            } else if (type == 0x0207 && pendingString >= 0) {
                QString text;
                if (biff8String(book, data, data + len, &text))
                    sheet.results[pendingString].cell.text = text;
                pendingString = -1;
            }
            q = data + len;
        }
        sheets->append(sheet);
    }
    return true;
}

} // namespace Juesuan
