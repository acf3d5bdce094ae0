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

    // False with the reason when the header, the allocation tables or the directory cannot
    // be followed, or hold what FreeXL would misread.
    bool open(QString *why)
    {
        auto damaged = [why](const QString &reason) {
            *why = reason;
            return false;
        };
        const QString tables = QCoreApplication::translate("Juesuan::WorkbookReader", "its header or allocation tables cannot be followed");
        if (m_file.size() < 512 || !m_file.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")))
            return damaged(tables);
        const quint16 shift = u16(m_file, 30);
        const quint16 miniShift = u16(m_file, 32);
        // FreeXL takes a stream of less than 4096 bytes from the mini stream whatever the
        // header says, so a different cut-off would have it read other bytes than this walk.
        if ((shift != 9 && shift != 12) || miniShift != 6 || u32(m_file, 56) != 4096)
            return damaged(tables);
        m_sectorSize = 1 << shift;
        const qsizetype sectors = m_file.size() / m_sectorSize;

        // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
        QList<quint32> fatSectors;
        const quint32 fatCount = u32(m_file, 44);
        if (fatCount > quint32(sectors))
            return damaged(tables);
        for (int i = 0; i < 109 && fatSectors.size() < qsizetype(fatCount); ++i)
            fatSectors.append(u32(m_file, 76 + 4 * i));
        quint32 difat = u32(m_file, 68);
        for (qsizetype guard = 0; fatSectors.size() < qsizetype(fatCount); ++guard) {
            if (guard > sectors || !validSector(difat))
                return damaged(tables);
            const qsizetype base = offset(difat);
            const int perSector = m_sectorSize / 4 - 1;
            for (int i = 0; i < perSector && fatSectors.size() < qsizetype(fatCount); ++i)
                fatSectors.append(u32(m_file, base + 4 * i));
            difat = u32(m_file, base + 4 * perSector);
        }
        for (quint32 s : std::as_const(fatSectors)) {
            if (!validSector(s))
                return damaged(tables);
            const qsizetype base = offset(s);
            for (int i = 0; i < m_sectorSize / 4; ++i)
                m_fat.append(u32(m_file, base + 4 * i));
        }

        if (!chain(u32(m_file, 48), -1, &m_directory) || m_directory.size() < 128)
            return damaged(tables);
        // FreeXL reads only the directory's first sector and converts the name of each entry
        // in it, by the entry's stated length, until it meets the workbook: a length past the
        // 64-byte name field made iconv read past its 4 KiB stack buffer (ASan, fuzz_workbook).
        // Entries after the workbook it never reads. The root entry must come first and be
        // one: FreeXL finds the mini stream by that name.
        const qsizetype firstSector = qMin<qsizetype>(m_sectorSize, m_directory.size());
        for (qsizetype e = 0; e + 128 <= firstSector; e += 128) {
            const quint16 nameBytes = u16(m_directory, e + 64);
            if (nameBytes < 2 || nameBytes > 64 || nameBytes % 2)
                return damaged(QCoreApplication::translate("Juesuan::WorkbookReader", "directory entry %1 gives its name %2 bytes (2 to 64, an even number)")
                                   .arg(e / 128)
                                   .arg(nameBytes));
            const QString name = entryName(e);
            if (e == 0 && (name != QLatin1String("Root Entry") || m_directory.at(66) != 5))
                return damaged(QCoreApplication::translate("Juesuan::WorkbookReader", "its first directory entry is not the root entry"));
            if (name == QLatin1String("Workbook") || name == QLatin1String("Book")) {
                m_workbookEntry = e / 128;
                break;
            }
        }
        // The root entry's stream is the mini stream; the mini FAT maps it.
        const quint32 rootStart = u32(m_directory, 116);
        const qint64 rootSize = entrySize(0);
        if (rootSize > 0 && !chain(rootStart, rootSize, &m_miniStream))
            return damaged(tables);
        QByteArray miniFat;
        if (u32(m_file, 64) > 0 && !chain(u32(m_file, 60), -1, &miniFat))
            return damaged(tables);
        for (qsizetype i = 0; i + 4 <= miniFat.size(); i += 4)
            m_miniFat.append(u32(miniFat, i));
        return true;
    }

    // The workbook stream as FreeXL finds it: the first entry of the directory's first
    // sector named exactly "Workbook" or "Book". False when there is none, or it cannot be
    // read whole.
    bool workbook(QByteArray *out) const
    {
        if (m_workbookEntry < 0)
            return false;
        const qsizetype e = m_workbookEntry * 128;
        const quint32 start = u32(m_directory, e + 116);
        const qint64 size = entrySize(m_workbookEntry);
        if (size < 0 || size > WorkbookReader::maxFileSize)
            return false;
        if (size < 4096)
            return miniChain(start, size, out);
        return chain(start, size, out);
    }

private:
    // An entry's name as FreeXL compares it: up to its first NUL character.
    QString entryName(qsizetype e) const
    {
        const auto *name = reinterpret_cast<const char16_t *>(m_directory.constData() + e);
        qsizetype length = 0;
        while (length < u16(m_directory, e + 64) / 2 && name[length] != 0)
            ++length;
        return QString::fromUtf16(name, length);
    }

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
    qsizetype m_workbookEntry = -1;
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


// The reasons the string check gives (translated where they are reported).
const char *const longString = QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                                 "the record 0x%1 at byte %2 of the Workbook stream holds a string "
                                                 "longer than itself");
const char *const emptyString = QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                                  "the record 0x%1 at byte %2 of the Workbook stream holds an empty "
                                                  "string where Excel writes none");
const char *const splitString = QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                                  "the record 0x%1 at byte %2 of the Workbook stream continues a shared "
                                                  "string in a way FreeXL misreads (a string's header cut, or a string "
                                                  "over more than two records)");
const char *const shortTable = QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                                 "the record 0x%1 at byte %2 of the Workbook stream is a shared string "
                                                 "table that ends before the strings it declares");
const char *const secondTable = QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                                  "the record 0x%1 at byte %2 of the Workbook stream is a second shared "
                                                  "string table");
const char *const shortRecord = QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                                  "the record 0x%1 at byte %2 of the Workbook stream is too short for "
                                                  "its kind");

// Where the string check stopped, and why.
struct StringFault
{
    const char *why = nullptr;
    quint16 type = 0;
    qsizetype at = 0;
};

// A BIFF8 unicode string's header at `at`: character count, flags, optional run count and
// phonetic size. `header` is its length, `extra` the bytes after the characters.
struct Biff8Header
{
    quint16 count = 0;
    bool wide = false;
    qsizetype header = 0, extra = 0;
};

bool biff8Header(const QByteArray &b, qsizetype at, qsizetype end, Biff8Header *h)
{
    if (at + 3 > end)
        return false;
    h->count = u16(b, at);
    const quint8 flags = quint8(b.at(at + 2));
    h->wide = flags & 0x01;
    h->header = 3 + ((flags & 0x08) ? 2 : 0) + ((flags & 0x04) ? 4 : 0);
    if (at + h->header > end)
        return false;
    h->extra = 0;
    if (flags & 0x08)
        h->extra += 4 * qsizetype(u16(b, at + 3));
    if (flags & 0x04)
        h->extra += qsizetype(u32(b, at + 3 + ((flags & 0x08) ? 2 : 0)));
    return true;
}

// The shared string table (SST and the CONTINUE records after it, `records` as offsets of
// their headers), walked as the format defines it and as FreeXL reads it, which is less:
// FreeXL resumes a string only once, takes a cut string header as whole, and skips the
// bytes of a string's formatting runs into the next record only when the string itself
// was not cut (its source, 1.0.5; 1.0.6 gives up on such tables and offers no sheets).
// Whatever it would read otherwise than the format says is refused.
StringFault checkSharedStrings(const QByteArray &book, const QList<qsizetype> &records)
{
    auto length = [&](qsizetype r) { return qsizetype(u16(book, records.at(r) + 2)); };
    auto fault = [&](const char *why, qsizetype r) {
        return StringFault{why, u16(book, records.at(r)), records.at(r)};
    };
    if (length(0) < 8)
        return fault(shortRecord, 0);
    const quint32 total = u32(book, records.at(0) + 4 + 4);
    qsizetype r = 0, pos = 8;
    for (quint32 i = 0; i < total; ++i) {
        if (pos >= length(r)) {
            // The next string starts in the next record, after any bytes carried over.
            pos -= length(r);
            if (++r >= records.size())
                return fault(shortTable, 0);
            if (pos >= length(r))
                return fault(splitString, r);
        }
        const qsizetype data = records.at(r) + 4;
        Biff8Header h;
        if (!biff8Header(book, data + pos, data + length(r), &h))
            return fault(splitString, r);
        if (h.count == 0)
            return fault(emptyString, r);
        pos += h.header;
        const qsizetype bytes = qsizetype(h.count) * (h.wide ? 2 : 1);
        if (pos + bytes <= length(r)) {
            pos += bytes + h.extra;
            continue;
        }
        // Cut: the rest follows in the next record, after a flags byte of its own.
        const qsizetype available = length(r) - pos;
        if (h.wide && available % 2)
            return fault(splitString, r);
        const qsizetype rest = h.count - (h.wide ? available / 2 : available);
        if (++r >= records.size())
            return fault(shortTable, 0);
        const qsizetype next = records.at(r) + 4;
        if (length(r) < 1)
            return fault(splitString, r);
        const qsizetype restBytes = rest * ((quint8(book.at(next)) & 0x01) ? 2 : 1);
        if (1 + restBytes + h.extra > length(r))
            return fault(splitString, r);
        pos = 1 + restBytes + h.extra;
    }
    return {};
}

// Every string FreeXL 1.0.6 decodes from the Workbook stream, checked before it does: it
// reads the stream record after record from the start (not sheet by sheet), stops at a
// record longer than 8224 bytes or an empty record of type 0, and converts with iconv the
// strings of BOUNDSHEET, FORMAT, LABEL and the shared string table by the lengths and
// flags they state. What it does with a string that does not fit its record, or that it
// reads by other rules than the format's, is never what the file says: it reads the bytes
// of earlier records into names and cells, or stops and offers a workbook without sheets
// (an empty string, a cut shared string). Such a record is refused, by type and offset.
StringFault checkStrings(const QByteArray &book)
{
    bool biff8 = false;
    QList<qsizetype> sst; // the SST record and the CONTINUE records that follow it
    bool sstDone = false;
    auto fault = [](const char *why, quint16 type, qsizetype at) { return StringFault{why, type, at}; };
    for (qsizetype p = 0; p + 4 <= book.size();) {
        const quint16 type = u16(book, p);
        const qsizetype len = u16(book, p + 2);
        if ((type == 0 && len == 0) || len > 8224)
            break; // where FreeXL stops reading
        const qsizetype data = p + 4;
        if (data + len > book.size())
            break; // the record walk proper reports it
        if (type != 0x003C && !sst.isEmpty()) {
            if (const StringFault f = checkSharedStrings(book, sst); f.why)
                return f;
            sst.clear();
            sstDone = true;
        }
        switch (type) {
        case 0x0809: // BOF
            if (p == 0 && len >= 2)
                biff8 = u16(book, data) == 0x0600;
            break;
        case 0x00FC: // SST
            if (sstDone)
                return fault(secondTable, type, p);
            sst.append(p);
            break;
        case 0x003C: // CONTINUE
            if (!sst.isEmpty())
                sst.append(p);
            break;
        case 0x0085: { // BOUNDSHEET: position, state, type, 8-bit count, [flags,] characters
            if (len < (biff8 ? 8 : 7))
                return fault(shortRecord, type, p);
            const qsizetype count = quint8(book.at(data + 6));
            if (count == 0)
                return fault(emptyString, type, p);
            // FreeXL takes any flags but 0 for UTF-16.
            const qsizetype bytes = biff8 ? 8 + count * (book.at(data + 7) ? 2 : 1) : 7 + count;
            if (bytes > len)
                return fault(longString, type, p);
            break;
        }
        case 0x041E: // FORMAT: index, then the string
            if (biff8) {
                Biff8Header h;
                if (!biff8Header(book, data + 2, data + len, &h))
                    return fault(shortRecord, type, p);
                if (h.count == 0)
                    return fault(emptyString, type, p);
                if (2 + h.header + qsizetype(h.count) * (h.wide ? 2 : 1) > len)
                    return fault(longString, type, p);
            } else {
                if (len < 3)
                    return fault(shortRecord, type, p);
                if (quint8(book.at(data + 2)) == 0)
                    return fault(emptyString, type, p);
                if (3 + qsizetype(quint8(book.at(data + 2))) > len)
                    return fault(longString, type, p);
            }
            break;
        case 0x0204: // LABEL: row, column, XF, then the string
            if (biff8) {
                Biff8Header h;
                if (!biff8Header(book, data + 6, data + len, &h))
                    return fault(shortRecord, type, p);
                if (h.count == 0)
                    return fault(emptyString, type, p);
                if (6 + h.header + qsizetype(h.count) * (h.wide ? 2 : 1) > len)
                    return fault(longString, type, p);
            } else {
                if (len < 8)
                    return fault(shortRecord, type, p);
                if (u16(book, data + 6) == 0)
                    return fault(emptyString, type, p);
                if (8 + qsizetype(u16(book, data + 6)) > len)
                    return fault(longString, type, p);
            }
            break;
        case 0x0042: // CODEPAGE: FreeXL picks the converter of BIFF5 text from it
            if (len < 2)
                return fault(shortRecord, type, p);
            break;
        default: break;
        }
        p = data + len;
    }
    if (!sst.isEmpty())
        return checkSharedStrings(book, sst);
    return {};
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
    const char *const pastEnd = QT_TRANSLATE_NOOP("Juesuan::WorkbookReader",
                                                  "the record 0x%1 at byte %2 of the Workbook stream runs past its end");
    CompoundFile cf(file);
    QString why;
    if (!cf.open(&why)) {
        *error = QCoreApplication::translate("Juesuan::WorkbookReader", "the compound file is damaged (%1)").arg(why);
        return false;
    }
    QByteArray book;
    if (!cf.workbook(&book))
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

    // After the globals, so that an encrypted workbook is named as such, not as damaged.
    if (const StringFault f = checkStrings(book); f.why)
        return damaged(f.why, f.type, f.at);

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
