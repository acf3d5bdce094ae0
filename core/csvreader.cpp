#include "csvreader.h"

#include "workbookreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::WorkbookReader)
};

// Line (1-based) of a byte offset, for encoding errors.
int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(QByteArrayView(data.constData(), offset).count('\n')) + 1;
}

// The first byte offset at which `data` stops being valid UTF-8, or -1 when it is all valid.
qsizetype invalidUtf8Offset(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        unsigned min;
        unsigned cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1; min = 0x80; cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2; min = 0x800; cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3; min = 0x10000; cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

bool decode(const QByteArray &data, const QString &source, QString *text, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = source + QStringLiteral(": ") + why;
        return false;
    };
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" export is UTF-16 with a BOM.
        QStringDecoder d(data.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        *text = d.decode(QByteArrayView(data.constData() + 2, data.size() - 2));
        if (d.hasError())
            return fail(Tr::tr("the text is not valid UTF-16"));
    } else {
        if (data.contains('\0'))
            return fail(Tr::tr("the file holds binary data: it is neither an xlsx, an xls nor a CSV/TSV text table"));
        const bool bom = data.startsWith("\xEF\xBB\xBF");
        const QByteArray body = bom ? data.mid(3) : data;
        const qsizetype bad = invalidUtf8Offset(body);
        if (bad < 0) {
            *text = QString::fromUtf8(body);
        } else if (bom) {
            return fail(Tr::tr("line %1: the text starts with a UTF-8 mark but is not valid UTF-8").arg(lineOfOffset(body, bad)));
        } else {
            QStringDecoder d("GB18030");
            if (!d.isValid())
                return fail(Tr::tr("the text is not UTF-8 and this system cannot decode GB18030"));
            *text = d.decode(body);
            if (d.hasError())
                return fail(Tr::tr("the text is neither UTF-8 (invalid from line %1) nor GB18030").arg(lineOfOffset(body, bad)));
        }
    }
    // Control characters other than layout ones mean this is not a text table.
    for (qsizetype i = 0; i < text->size(); ++i) {
        const char16_t c = text->at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != 0x1A) {
            int line = 1;
            for (qsizetype k = 0; k < i; ++k)
                line += text->at(k) == QLatin1Char('\n');
            return fail(Tr::tr("line %1: control character U+%2: this is not a CSV/TSV text table")
                            .arg(line)
                            .arg(int(c), 4, 16, QLatin1Char('0')));
        }
    }
    return true;
}

// The delimiter that separates the most of the first records, counted outside quotes;
// ties go to tab, then comma, then semicolon.
QChar detectDelimiter(const QString &text)
{
    const QChar candidates[3] = {QLatin1Char('\t'), QLatin1Char(','), QLatin1Char(';')};
    int lines[3] = {0, 0, 0};
    qint64 totals[3] = {0, 0, 0};
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    int records = 0;
    for (qsizetype i = 0; i < text.size() && records < 30; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || i + 1 == text.size())) {
            bool any = false;
            for (int k = 0; k < 3; ++k) {
                if (i + 1 == text.size() && c == candidates[k])
                    ++counts[k];
                lines[k] += counts[k] > 0;
                totals[k] += counts[k];
                any = any || counts[k] > 0;
                counts[k] = 0;
            }
            records += any;
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k];
        }
    }
    int best = 1; // a single column reads the same with any delimiter
    for (int k = 0; k < 3; ++k) {
        if (lines[k] > lines[best] || (lines[k] == lines[best] && totals[k] > totals[best])
            || (lines[k] == lines[best] && totals[k] == totals[best] && lines[k] > 0 && k < best))
            best = k;
    }
    return candidates[best];
}

} // namespace

bool CsvReader::read(const QByteArray &data, const QString &source, Workbook *out, QString *error)
{
    *out = Workbook();
    QString text;
    if (!decode(data, source, &text, error))
        return false;
    auto fail = [&](int line, const QString &why) {
        *error = source + QStringLiteral(": ") + Tr::tr("line %1: ").arg(line) + why;
        return false;
    };

    const QChar delimiter = detectDelimiter(text);
    WorkbookSheet sheet;
    sheet.name = QFileInfo(source).completeBaseName();
    if (sheet.name.isEmpty())
        sheet.name = QStringLiteral("Sheet1");

    int line = 1, row = 0, col = 0, cells = 0;
    QString field;
    bool wasQuoted = false;
    auto flush = [&]() {
        if (!field.isEmpty()) {
            if (++cells > WorkbookReader::maxCells)
                return fail(line, Tr::tr("the table holds more than %1 cells").arg(WorkbookReader::maxCells));
            if (row >= WorkbookReader::maxRows)
                return fail(line, Tr::tr("the table has more than %1 rows").arg(WorkbookReader::maxRows));
            if (col >= WorkbookReader::maxColumns)
                return fail(line, Tr::tr("the row has more than %1 fields").arg(WorkbookReader::maxColumns));
            WorkbookCell cell;
            const QString trimmed = field.trimmed();
            if (!wasQuoted && WorkbookReader::isPlainNumber(trimmed)) {
                cell.type = WorkbookCell::Type::Number;
                cell.text = trimmed;
            } else {
                cell.text = field;
            }
            sheet.cells.insert(qMakePair(row, col), std::move(cell));
            sheet.rowCount = qMax(sheet.rowCount, row + 1);
            sheet.columnCount = qMax(sheet.columnCount, col + 1);
        }
        field.clear();
        wasQuoted = false;
        return true;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    bool atFieldStart = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (atFieldStart && c == QLatin1Char('"')) {
            // A quoted field: delimiters and line breaks inside are data, "" is a quote.
            const int openedOn = line;
            wasQuoted = true;
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(openedOn, Tr::tr("a quoted field is not closed"));
                const QChar q = text.at(i);
                if (q == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field.append(QLatin1Char('"'));
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (q == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                    ++i; // a line break inside a cell is LF, as in xlsx, whatever the file's line ends
                    continue;
                }
                if (q == QLatin1Char('\n'))
                    ++line;
                field.append(q);
                ++i;
            }
            atFieldStart = false;
            continue;
        }
        atFieldStart = false;
        if (c == delimiter) {
            if (!flush())
                return false;
            ++col;
            atFieldStart = true;
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (!flush())
                return false;
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++i;
            ++line;
            ++row;
            col = 0;
            atFieldStart = true;
        } else {
            // Text after a closing quote, or a quote inside an unquoted field, is kept as
            // typed, as spreadsheet programs do.
            field.append(c);
            ++i;
        }
    }
    if (!flush())
        return false;
    if (sheet.cells.isEmpty()) {
        *error = source + QStringLiteral(": ") + Tr::tr("the table holds no cells");
        return false;
    }
    out->source = source;
    out->sheets.append(std::move(sheet));
    return true;
}

} // namespace Juesuan
