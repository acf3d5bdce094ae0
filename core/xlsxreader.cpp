#include "xlsxreader.h"

#include "workbookreader.h"
#include "xmlscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cstring>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::WorkbookReader)
};

// ---- minizip over a QByteArray, so that readData() needs no temporary file ----

struct MemoryStream
{
    const QByteArray *data = nullptr;
    qint64 pos = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void *, int mode)
{
    if (mode & ZLIB_FILEFUNC_MODE_CREATE)
        return nullptr;
    auto *s = new MemoryStream;
    s->data = static_cast<const QByteArray *>(opaque);
    return s;
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *s = static_cast<MemoryStream *>(stream);
    const qint64 n = qMin<qint64>(qint64(size), s->data->size() - s->pos);
    if (n <= 0)
        return 0;
    std::memcpy(buf, s->data->constData() + s->pos, size_t(n));
    s->pos += n;
    return uLong(n);
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryStream *>(stream)->pos);
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *s = static_cast<MemoryStream *>(stream);
    const qint64 size = s->data->size();
    if (offset > ZPOS64_T(size))
        return -1;
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = s->pos; break;
    case ZLIB_FILEFUNC_SEEK_END: base = size; break;
    default: return -1;
    }
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > size)
        return -1;
    s->pos = target;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf stream)
{
    delete static_cast<MemoryStream *>(stream);
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

// The zip package: an index of its entries, and bounded reads of one part at a time.
class Package
{
public:
    explicit Package(const QByteArray &data) : m_data(data) {}
    ~Package()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;

    bool open(QString *why)
    {
        zlib_filefunc64_def io;
        io.zopen64_file = memoryOpen;
        io.zread_file = memoryRead;
        io.zwrite_file = memoryWrite;
        io.ztell64_file = memoryTell;
        io.zseek64_file = memorySeek;
        io.zclose_file = memoryClose;
        io.zerror_file = memoryError;
        io.opaque = const_cast<QByteArray *>(&m_data);
        m_zip = unzOpen2_64("memory", &io);
        if (!m_zip) {
            *why = Tr::tr("the zip archive is damaged or truncated (its central directory cannot be read)");
            return false;
        }
        int rc = unzGoToFirstFile(m_zip);
        int count = 0;
        while (rc == UNZ_OK) {
            if (++count > 100000) {
                *why = Tr::tr("the zip archive holds more than 100000 entries");
                return false;
            }
            unz_file_info64 info;
            char name[1024];
            if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK) {
                *why = Tr::tr("the zip archive's directory is damaged");
                return false;
            }
            Entry e;
            if (unzGetFilePos64(m_zip, &e.pos) != UNZ_OK) {
                *why = Tr::tr("the zip archive's directory is damaged");
                return false;
            }
            e.size = info.uncompressed_size;
            e.encrypted = info.flag & 1;
            // Some writers store Windows separators; parts are named with '/'.
            QString n = QString::fromUtf8(name, int(qstrnlen(name, sizeof name))).replace(QLatin1Char('\\'), QLatin1Char('/'));
            if (n.startsWith(QLatin1Char('/')))
                n.remove(0, 1);
            m_lower.insert(n.toLower(), n);
            m_entries.insert(n, e);
            rc = unzGoToNextFile(m_zip);
        }
        if (rc != UNZ_END_OF_LIST_OF_FILE) {
            *why = Tr::tr("the zip archive's directory is damaged");
            return false;
        }
        return true;
    }

    // The stored name of a part, matching case-insensitively as Office does; empty if absent.
    QString find(const QString &name) const
    {
        if (m_entries.contains(name))
            return name;
        return m_lower.value(name.toLower());
    }

    bool read(const QString &name, QByteArray *out, QString *why)
    {
        const auto it = m_entries.constFind(name);
        if (it == m_entries.cend()) {
            *why = Tr::tr("the part is missing");
            return false;
        }
        // Checked before inflating anything: the declared size bounds what minizip will
        // produce (it stops at the declared size and then fails the CRC), so a zip bomb is
        // refused here without being expanded.
        if (it->size > quint64(WorkbookReader::maxPartSize)) {
            *why = Tr::tr("the part would expand to %1 MiB, more than the %2 MiB allowed")
                       .arg(it->size / (1024 * 1024))
                       .arg(WorkbookReader::maxPartSize / (1024 * 1024));
            return false;
        }
        if (m_totalRead + qint64(it->size) > WorkbookReader::maxTotalPartSize) {
            *why = Tr::tr("the workbook's parts expand to more than %1 MiB together")
                       .arg(WorkbookReader::maxTotalPartSize / (1024 * 1024));
            return false;
        }
        if (it->encrypted) {
            *why = Tr::tr("the part is encrypted");
            return false;
        }
        if (unzGoToFilePos64(m_zip, &it->pos) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK) {
            *why = Tr::tr("the part cannot be opened (damaged zip entry or unsupported compression)");
            return false;
        }
        out->clear();
        out->reserve(qsizetype(it->size));
        char buf[65536];
        for (;;) {
            const int n = unzReadCurrentFile(m_zip, buf, sizeof buf);
            if (n < 0) {
                unzCloseCurrentFile(m_zip);
                *why = Tr::tr("the compressed data is damaged (zip error %1)").arg(n);
                return false;
            }
            if (n == 0)
                break;
            if (out->size() + n > WorkbookReader::maxPartSize) {
                unzCloseCurrentFile(m_zip);
                *why = Tr::tr("the part expands to more than %1 MiB").arg(WorkbookReader::maxPartSize / (1024 * 1024));
                return false;
            }
            out->append(buf, n);
        }
        if (unzCloseCurrentFile(m_zip) != UNZ_OK) {
            *why = Tr::tr("the part is damaged (its CRC does not match)");
            return false;
        }
        m_totalRead += out->size();
        return true;
    }

private:
    struct Entry
    {
        unz64_file_pos pos{};
        quint64 size = 0;
        bool encrypted = false;
    };
    const QByteArray &m_data;
    unzFile m_zip = nullptr;
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_lower;
    qint64 m_totalRead = 0;
};

struct Relationship
{
    QString type;   // the full type URI; matched by its last segment
    QString target; // the resolved part name
};

// The builtin number formats (ECMA-376 Part 1, 18.8.30) that files refer to by id alone.
QString builtinFormat(int id)
{
    switch (id) {
    case 1: return QStringLiteral("0");
    case 2: return QStringLiteral("0.00");
    case 3: return QStringLiteral("#,##0");
    case 4: return QStringLiteral("#,##0.00");
    case 5: return QStringLiteral("$#,##0_);($#,##0)");
    case 6: return QStringLiteral("$#,##0_);[Red]($#,##0)");
    case 7: return QStringLiteral("$#,##0.00_);($#,##0.00)");
    case 8: return QStringLiteral("$#,##0.00_);[Red]($#,##0.00)");
    case 9: return QStringLiteral("0%");
    case 10: return QStringLiteral("0.00%");
    case 11: return QStringLiteral("0.00E+00");
    case 12: return QStringLiteral("# ?/?");
    case 13: return QStringLiteral("# ?\?/?\?"); // escaped: "??/" would be a trigraph
    case 14: return QStringLiteral("mm-dd-yy");
    case 15: return QStringLiteral("d-mmm-yy");
    case 16: return QStringLiteral("d-mmm");
    case 17: return QStringLiteral("mmm-yy");
    case 18: return QStringLiteral("h:mm AM/PM");
    case 19: return QStringLiteral("h:mm:ss AM/PM");
    case 20: return QStringLiteral("h:mm");
    case 21: return QStringLiteral("h:mm:ss");
    case 22: return QStringLiteral("m/d/yy h:mm");
    case 37: return QStringLiteral("#,##0 ;(#,##0)");
    case 38: return QStringLiteral("#,##0 ;[Red](#,##0)");
    case 39: return QStringLiteral("#,##0.00;(#,##0.00)");
    case 40: return QStringLiteral("#,##0.00;[Red](#,##0.00)");
    case 41: return QStringLiteral("_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)");
    case 42: return QStringLiteral("_($* #,##0_);_($* (#,##0);_($* \"-\"_);_(@_)");
    case 43: return QStringLiteral("_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)");
    case 44: return QStringLiteral("_($* #,##0.00_);_($* (#,##0.00);_($* \"-\"??_);_(@_)");
    case 45: return QStringLiteral("mm:ss");
    case 46: return QStringLiteral("[h]:mm:ss");
    case 47: return QStringLiteral("mmss.0");
    case 48: return QStringLiteral("##0.0E+0");
    case 49: return QStringLiteral("@");
    default: return QString(); // 0 is General: no format
    }
}

// OOXML escapes characters XML cannot carry as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19).
QString decodeEscapes(const QString &s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('_') && i + 6 < s.size() && s.at(i + 1) == QLatin1Char('x')
            && s.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = QStringView(s).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 6;
                continue;
            }
        }
        out.append(s.at(i));
    }
    return out;
}

// Text of an <si> or <is>: plain <t>, or the <t> of each rich-text run <r>; phonetic
// runs (<rPh>) are readings, not text, and are skipped.
QString readRichText(QXmlStreamReader &x)
{
    QString text;
    while (x.readNextStartElement()) {
        if (x.name() == QLatin1String("t")) {
            text += x.readElementText();
        } else if (x.name() == QLatin1String("r")) {
            while (x.readNextStartElement()) {
                if (x.name() == QLatin1String("t"))
                    text += x.readElementText();
                else
                    x.skipCurrentElement();
            }
        } else {
            x.skipCurrentElement();
        }
    }
    return decodeEscapes(text);
}


// One reading pass over a package; collects the error of the first failure.
class Reading
{
public:
    Reading(const QByteArray &data, const QString &source) : m_package(data), m_source(source) {}

    bool run(Workbook *out)
    {
        QString why;
        if (!m_package.open(&why))
            return fail(QString(), why);

        const QString workbookPart = officeDocumentPart();
        if (workbookPart.isEmpty())
            return false;
        const QString dir = workbookPart.section(QLatin1Char('/'), 0, -2);
        const QString relsPart = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + QStringLiteral("_rels/")
                                 + workbookPart.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
        QHash<QString, Relationship> rels;
        if (!readRelationships(relsPart, dir, &rels))
            return false;

        QList<QPair<QString, QString>> sheets; // name, relationship id
        if (!readWorkbook(workbookPart, &sheets))
            return false;

        QString sharedStringsPart, stylesPart;
        for (const Relationship &r : std::as_const(rels)) {
            if (r.type.endsWith(QLatin1String("/sharedStrings")))
                sharedStringsPart = r.target;
            else if (r.type.endsWith(QLatin1String("/styles")))
                stylesPart = r.target;
        }
        if (!sharedStringsPart.isEmpty() && !readSharedStrings(sharedStringsPart))
            return false;
        if (!stylesPart.isEmpty() && !readStyles(stylesPart))
            return false;

        Workbook book;
        book.source = m_source;
        for (const auto &[name, id] : std::as_const(sheets)) {
            const auto it = rels.constFind(id);
            if (it == rels.cend())
                return fail(workbookPart, Tr::tr("the sheet “%1” refers to relationship “%2”, which %3 does not define")
                                              .arg(name, id, relsPart));
            // Chart sheets, dialog sheets and macro sheets hold no cells.
            if (!it->type.endsWith(QLatin1String("/worksheet")))
                continue;
            WorkbookSheet sheet;
            sheet.name = name;
            if (!readSheet(it->target, &sheet))
                return false;
            book.sheets.append(std::move(sheet));
        }
        if (book.sheets.isEmpty())
            return fail(workbookPart, Tr::tr("the workbook has no worksheet"));
        *out = std::move(book);
        return true;
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &place, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = place.isEmpty() ? QString(m_source + QStringLiteral(": ") + why)
                                      : QString(m_source + QStringLiteral(": ") + place + QStringLiteral(": ") + why);
        return false;
    }

    bool xmlFail(const QString &part, const QXmlStreamReader &x, const QString &why)
    {
        return fail(Tr::tr("%1, line %2, column %3").arg(part).arg(x.lineNumber()).arg(x.columnNumber()), why);
    }

    bool load(const QString &part, QByteArray *bytes)
    {
        const QString stored = m_package.find(part);
        if (stored.isEmpty())
            return fail(part, Tr::tr("the part is missing, so this is not a complete workbook"));
        QString why;
        if (!m_package.read(stored, bytes, &why))
            return fail(part, why);
        return true;
    }

    // The workbook part named by the package relationships (usually xl/workbook.xml).
    QString officeDocumentPart()
    {
        const QString fallback = QStringLiteral("xl/workbook.xml");
        if (m_package.find(QStringLiteral("_rels/.rels")).isEmpty()) {
            if (m_package.find(fallback).isEmpty()) {
                fail(fallback, Tr::tr("the part is missing, so this zip is not an xlsx workbook"));
                return QString();
            }
            return fallback;
        }
        QHash<QString, Relationship> rels;
        if (!readRelationships(QStringLiteral("_rels/.rels"), QString(), &rels))
            return QString();
        for (const Relationship &r : std::as_const(rels)) {
            if (r.type.endsWith(QLatin1String("/officeDocument"))) {
                if (m_package.find(r.target).isEmpty()) {
                    fail(r.target, Tr::tr("the workbook part is missing, so this zip is not an xlsx workbook"));
                    return QString();
                }
                return r.target;
            }
        }
        if (!m_package.find(fallback).isEmpty())
            return fallback;
        fail(QStringLiteral("_rels/.rels"), Tr::tr("no workbook is named, so this zip is not an xlsx workbook (perhaps another Office document)"));
        return QString();
    }

    // Targets are relative to the folder of the part that owns the relationships, or
    // absolute from the package root when they start with '/'.
    static QString resolve(const QString &dir, const QString &target)
    {
        QString t = target;
        t.replace(QLatin1Char('\\'), QLatin1Char('/'));
        const QString joined = t.startsWith(QLatin1Char('/')) ? t.mid(1)
                               : dir.isEmpty()                ? t
                                                              : dir + QLatin1Char('/') + t;
        return QDir::cleanPath(joined);
    }

    bool readRelationships(const QString &part, const QString &dir, QHash<QString, Relationship> *out)
    {
        QByteArray bytes;
        if (!load(part, &bytes))
            return false;
        QXmlStreamReader x(bytes);
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement || x.name() != QLatin1String("Relationship"))
                continue;
            const QXmlStreamAttributes a = x.attributes();
            if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            const QString id = a.value(QLatin1String("Id")).toString();
            const QString target = a.value(QLatin1String("Target")).toString();
            if (id.isEmpty() || target.isEmpty())
                return xmlFail(part, x, Tr::tr("a relationship lacks its Id or Target"));
            out->insert(id, {a.value(QLatin1String("Type")).toString(), resolve(dir, target)});
        }
        if (x.hasError())
            return xmlFail(part, x, x.errorString());
        return true;
    }

    bool readWorkbook(const QString &part, QList<QPair<QString, QString>> *sheets)
    {
        QByteArray bytes;
        if (!load(part, &bytes))
            return false;
        QXmlStreamReader x(bytes);
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement || x.name() != QLatin1String("sheet"))
                continue;
            QString name, id;
            // r:id is in the relationships namespace, transitional or strict; match the local name.
            const QXmlStreamAttributes attributes = x.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == QLatin1String("name") && a.namespaceUri().isEmpty())
                    name = a.value().toString();
                else if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    id = a.value().toString();
            }
            if (name.isEmpty() || id.isEmpty())
                return xmlFail(part, x, Tr::tr("a sheet lacks its name or r:id"));
            if (sheets->size() >= WorkbookReader::maxSheets)
                return xmlFail(part, x, Tr::tr("more than %1 sheets").arg(WorkbookReader::maxSheets));
            sheets->append({name, id});
        }
        if (x.hasError())
            return xmlFail(part, x, x.errorString());
        return true;
    }

    bool readSharedStrings(const QString &part)
    {
        // Optional: a workbook of numbers only may name the part and not ship it.
        if (m_package.find(part).isEmpty())
            return true;
        QByteArray bytes;
        if (!load(part, &bytes))
            return false;
        QXmlStreamReader x(bytes);
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (x.name() == QLatin1String("sst")) {
                // Pre-size from the declared count, capped: the count is only a claim.
                const int n = x.attributes().value(QLatin1String("uniqueCount")).toInt();
                if (n > 0)
                    m_strings.reserve(qMin(n, 1 << 18));
            } else if (x.name() == QLatin1String("si")) {
                if (m_strings.size() >= WorkbookReader::maxCells)
                    return xmlFail(part, x, Tr::tr("more than %1 shared strings").arg(WorkbookReader::maxCells));
                m_strings.append(readRichText(x));
            }
        }
        if (x.hasError())
            return xmlFail(part, x, x.errorString());
        return true;
    }

    bool readStyles(const QString &part)
    {
        // Optional: a workbook of numbers only may name the part and not ship it.
        if (m_package.find(part).isEmpty())
            return true;
        QByteArray bytes;
        if (!load(part, &bytes))
            return false;
        QHash<int, QString> custom;
        QList<int> xfIds;
        bool inCellXfs = false;
        QXmlStreamReader x(bytes);
        while (!x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::EndElement && x.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = x.name();
            if (name == QLatin1String("numFmt")) {
                const QXmlStreamAttributes a = x.attributes();
                custom.insert(a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
            } else if (name == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (name == QLatin1String("xf") && inCellXfs) {
                xfIds.append(x.attributes().value(QLatin1String("numFmtId")).toInt());
                x.skipCurrentElement();
            }
        }
        if (x.hasError())
            return xmlFail(part, x, x.errorString());
        m_formats.reserve(xfIds.size());
        for (int id : std::as_const(xfIds)) {
            const auto it = custom.constFind(id);
            QString code = it != custom.cend() ? *it : builtinFormat(id);
            if (code == QLatin1String("General"))
                code.clear();
            m_formats.append(code);
        }
        return true;
    }

    // What a <c> element holds, whichever parser read it.
    struct CellData
    {
        QStringView ref, type, style;
        bool formula = false, hasValue = false, hasInline = false;
        QString value, inlineText;
    };

    bool readSheet(const QString &part, WorkbookSheet *sheet)
    {
        QByteArray bytes;
        if (!load(part, &bytes))
            return false;
        // The fast scanner reads well-formed sheets; on anything it does not handle, or
        // any fault, the part is read again with QXmlStreamReader, which gives the same
        // cells or the error with its line and column.
        const int cellsBefore = m_cellCount;
        if (scanSheet(bytes, sheet))
            return true;
        sheet->cells.clear();
        sheet->merges.clear();
        sheet->rowCount = sheet->columnCount = 0;
        m_cellCount = cellsBefore;
        return parseSheet(bytes, Tr::tr("%1 (sheet “%2”)").arg(part, sheet->name), sheet);
    }

    // A row's r attribute, or the row after the previous one.
    static bool rowNumber(QStringView r, int *row, QString *why)
    {
        if (r.isEmpty()) {
            ++*row;
            return true;
        }
        bool ok = false;
        const int n = r.toInt(&ok);
        if (!ok || n < 1 || n > WorkbookReader::maxRows) {
            *why = Tr::tr("row number “%1” is outside 1–%2").arg(r.left(20).toString()).arg(WorkbookReader::maxRows);
            return false;
        }
        *row = n - 1;
        return true;
    }

    static bool addMerge(QStringView ref, WorkbookSheet *sheet, QString *why)
    {
        const qsizetype colon = ref.indexOf(QLatin1Char(':'));
        WorkbookMerge m;
        const bool ok = colon > 0 ? WorkbookReader::parseCellReference(ref.left(colon), &m.firstRow, &m.firstCol)
                                        && WorkbookReader::parseCellReference(ref.mid(colon + 1), &m.lastRow, &m.lastCol)
                                  : WorkbookReader::parseCellReference(ref, &m.firstRow, &m.firstCol);
        if (!ok) {
            *why = Tr::tr("the merged range “%1” is not a valid range").arg(ref.left(40).toString());
            return false;
        }
        if (m.lastRow < m.firstRow)
            std::swap(m.firstRow, m.lastRow);
        if (m.lastCol < m.firstCol)
            std::swap(m.firstCol, m.lastCol);
        if (colon > 0 && (m.firstRow != m.lastRow || m.firstCol != m.lastCol))
            sheet->merges.append(m); // a one-cell merge merges nothing
        return true;
    }

    bool parseSheet(const QByteArray &bytes, const QString &place, WorkbookSheet *sheet)
    {
        QXmlStreamReader x(bytes);
        int row = -1, col = -1;
        bool inSheetData = false;
        QString why;
        while (!x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::EndElement && x.name() == QLatin1String("sheetData"))
                inSheetData = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = x.name();
            if (name == QLatin1String("sheetData")) {
                inSheetData = true;
            } else if (name == QLatin1String("row") && inSheetData) {
                if (!rowNumber(x.attributes().value(QLatin1String("r")), &row, &why))
                    return xmlFail(place, x, why);
                col = -1;
            } else if (name == QLatin1String("c") && inSheetData) {
                const QXmlStreamAttributes a = x.attributes();
                CellData d;
                d.ref = a.value(QLatin1String("r"));
                d.type = a.value(QLatin1String("t"));
                d.style = a.value(QLatin1String("s"));
                while (x.readNextStartElement()) {
                    const QStringView child = x.name();
                    if (child == QLatin1String("v")) {
                        d.value = x.readElementText();
                        d.hasValue = true;
                    } else if (child == QLatin1String("f")) {
                        d.formula = true;
                        x.skipCurrentElement();
                    } else if (child == QLatin1String("is")) {
                        d.inlineText = readRichText(x);
                        d.hasInline = true;
                    } else {
                        x.skipCurrentElement();
                    }
                }
                if (x.hasError())
                    return xmlFail(place, x, x.errorString());
                if (!storeCell(d, sheet, &row, &col, &why))
                    return xmlFail(place, x, why);
            } else if (name == QLatin1String("mergeCell")) {
                if (!addMerge(x.attributes().value(QLatin1String("ref")), sheet, &why))
                    return xmlFail(place, x, why);
            }
        }
        if (x.hasError())
            return xmlFail(place, x, x.errorString());
        return true;
    }

    // Skips the rest of the current element; false on a scanner fault.
    static bool skipElement(XmlScanner &x)
    {
        for (int depth = 1; depth > 0;) {
            switch (x.next()) {
            case XmlScanner::Token::StartElement: ++depth; break;
            case XmlScanner::Token::EndElement: --depth; break;
            case XmlScanner::Token::Characters: break;
            default: return false;
            }
        }
        return true;
    }

    // The text of the current element, which must hold text only.
    static bool elementText(XmlScanner &x, QString *text)
    {
        text->clear();
        for (;;) {
            switch (x.next()) {
            case XmlScanner::Token::Characters: *text += x.text(); break;
            case XmlScanner::Token::EndElement: return true;
            default: return false;
            }
        }
    }

    // As readRichText(), over the scanner.
    static bool scanRichText(XmlScanner &x, QString *text)
    {
        text->clear();
        QString run;
        for (;;) {
            switch (x.next()) {
            case XmlScanner::Token::StartElement:
                if (x.name() == "t") {
                    if (!elementText(x, &run))
                        return false;
                    *text += run;
                } else if (x.name() == "r") {
                    for (bool inRun = true; inRun;) {
                        switch (x.next()) {
                        case XmlScanner::Token::StartElement:
                            if (x.name() == "t") {
                                if (!elementText(x, &run))
                                    return false;
                                *text += run;
                            } else if (!skipElement(x)) {
                                return false;
                            }
                            break;
                        case XmlScanner::Token::EndElement: inRun = false; break;
                        case XmlScanner::Token::Characters: break;
                        default: return false;
                        }
                    }
                } else if (!skipElement(x)) {
                    return false;
                }
                break;
            case XmlScanner::Token::EndElement: *text = decodeEscapes(*text); return true;
            case XmlScanner::Token::Characters: break;
            default: return false;
            }
        }
    }

    // Attribute bytes (ASCII in practice) as UTF-16 in a caller's buffer; an empty view
    // for a longer value, which the caller treats as not handled.
    static QStringView widen(QByteArrayView v, char16_t *buf, qsizetype capacity, bool *ok)
    {
        if (v.size() > capacity) {
            *ok = false;
            return QStringView();
        }
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (uchar(v.at(i)) >= 0x80) {
                *ok = false;
                return QStringView();
            }
            buf[i] = char16_t(uchar(v.at(i)));
        }
        return QStringView(buf, v.size());
    }

    // The fast path of readSheet(): false when the part needs QXmlStreamReader.
    bool scanSheet(const QByteArray &bytes, WorkbookSheet *sheet)
    {
        XmlScanner x(bytes);
        int row = -1, col = -1;
        bool inSheetData = false;
        QString why;
        char16_t refBuf[32], typeBuf[16], styleBuf[16], rowBuf[16];
        for (;;) {
            const XmlScanner::Token token = x.next();
            if (token == XmlScanner::Token::EndDocument)
                return true;
            if (token == XmlScanner::Token::Invalid)
                return false;
            if (token == XmlScanner::Token::EndElement && x.name() == "sheetData")
                inSheetData = false;
            if (token != XmlScanner::Token::StartElement)
                continue;
            const QByteArrayView name = x.name();
            bool ok = true;
            if (name == "c" && inSheetData) {
                CellData d;
                d.ref = widen(x.attribute("r"), refBuf, 32, &ok);
                d.type = widen(x.attribute("t"), typeBuf, 16, &ok);
                d.style = widen(x.attribute("s"), styleBuf, 16, &ok);
                if (!ok)
                    return false;
                for (bool inCell = true; inCell;) {
                    switch (x.next()) {
                    case XmlScanner::Token::StartElement:
                        if (x.name() == "v") {
                            if (!elementText(x, &d.value))
                                return false;
                            d.hasValue = true;
                        } else if (x.name() == "f") {
                            d.formula = true;
                            if (!skipElement(x))
                                return false;
                        } else if (x.name() == "is") {
                            if (!scanRichText(x, &d.inlineText))
                                return false;
                            d.hasInline = true;
                        } else if (!skipElement(x)) {
                            return false;
                        }
                        break;
                    case XmlScanner::Token::EndElement: inCell = false; break;
                    case XmlScanner::Token::Characters: break;
                    default: return false;
                    }
                }
                if (!storeCell(d, sheet, &row, &col, &why))
                    return false;
            } else if (name == "row" && inSheetData) {
                if (!rowNumber(widen(x.attribute("r"), rowBuf, 16, &ok), &row, &why) || !ok)
                    return false;
                col = -1;
            } else if (name == "sheetData") {
                inSheetData = true;
            } else if (name == "dimension") {
                // Sized once from the declared range instead of rehashing as cells come;
                // capped, since the range is only a claim.
                const QString ref = QString::fromUtf8(x.attribute("ref"));
                const qsizetype colon = ref.indexOf(QLatin1Char(':'));
                int r1, c1, r2, c2;
                if (colon > 0 && WorkbookReader::parseCellReference(QStringView(ref).left(colon), &r1, &c1)
                    && WorkbookReader::parseCellReference(QStringView(ref).mid(colon + 1), &r2, &c2)) {
                    const qint64 cells = (qAbs(qint64(r2) - r1) + 1) * (qAbs(qint64(c2) - c1) + 1);
                    sheet->cells.reserve(qsizetype(qMin<qint64>(cells, 1 << 18)));
                }
            } else if (name == "mergeCell") {
                const QString ref = QString::fromUtf8(x.attribute("ref"));
                if (!addMerge(ref, sheet, &why))
                    return false;
            }
        }
    }

    bool storeCell(const CellData &d, WorkbookSheet *sheet, int *row, int *col, QString *why)
    {
        if (!d.ref.isEmpty()) {
            if (!WorkbookReader::parseCellReference(d.ref, row, col)) {
                *why = Tr::tr("the cell reference “%1” is not a cell of A1:XFD1048576").arg(d.ref.left(20).toString());
                return false;
            }
        } else {
            // A cell without r follows the previous one in its row.
            if (*row < 0)
                *row = 0;
            if (++*col >= WorkbookReader::maxColumns) {
                *why = Tr::tr("a row holds more than %1 cells").arg(WorkbookReader::maxColumns);
                return false;
            }
        }
        const QStringView type = d.type;
        WorkbookCell cell;
        cell.formula = d.formula;
        if (type.isEmpty() || type == QLatin1String("n")) {
            if (!d.hasValue || d.value.isEmpty()) {
                if (!d.formula)
                    return true; // a styled empty cell holds nothing
            } else if (!WorkbookReader::isPlainNumber(d.value)) {
                *why = Tr::tr("cell %1: the value “%2” is not a number")
                           .arg(WorkbookReader::cellReference(*row, *col), d.value.left(40));
                return false;
            } else {
                cell.type = WorkbookCell::Type::Number;
                cell.text = d.value;
            }
        } else if (type == QLatin1String("s")) {
            if (!d.hasValue)
                return true;
            bool ok = false;
            const int index = d.value.toInt(&ok);
            if (!ok || index < 0 || index >= m_strings.size()) {
                *why = Tr::tr("cell %1: shared string %2 does not exist (there are %3)")
                           .arg(WorkbookReader::cellReference(*row, *col), d.value.left(20))
                           .arg(m_strings.size());
                return false;
            }
            cell.text = m_strings.at(index);
        } else if (type == QLatin1String("inlineStr")) {
            cell.text = d.hasInline ? d.inlineText : d.value;
        } else if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d")) {
            cell.text = d.value;
        } else if (type == QLatin1String("b")) {
            if (d.hasValue)
                cell.text = d.value == QLatin1String("0") ? QStringLiteral("FALSE") : QStringLiteral("TRUE");
        } else {
            *why = Tr::tr("cell %1: unknown cell type “%2”").arg(WorkbookReader::cellReference(*row, *col), type.left(20).toString());
            return false;
        }
        if (cell.text.isEmpty() && !cell.formula)
            return true;
        if (!d.style.isEmpty()) {
            const int s = d.style.toInt();
            if (s >= 0 && s < m_formats.size())
                cell.format = m_formats.at(s);
        }
        if (++m_cellCount > WorkbookReader::maxCells) {
            *why = Tr::tr("the workbook holds more than %1 cells").arg(WorkbookReader::maxCells);
            return false;
        }
        sheet->cells.insert(qMakePair(*row, *col), std::move(cell));
        sheet->rowCount = qMax(sheet->rowCount, *row + 1);
        sheet->columnCount = qMax(sheet->columnCount, *col + 1);
        return true;
    }

    Package m_package;
    QString m_source;
    QString m_error;
    QList<QString> m_strings;
    QList<QString> m_formats; // by cellXfs index
    int m_cellCount = 0;
};

} // namespace

bool XlsxReader::read(const QByteArray &data, const QString &source, Workbook *out, QString *error)
{
    *out = Workbook();
    Reading reading(data, source);
    if (reading.run(out))
        return true;
    *out = Workbook();
    if (error)
        *error = reading.error();
    return false;
}

} // namespace Juesuan
