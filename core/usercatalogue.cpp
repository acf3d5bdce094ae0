#include "usercatalogue.h"

#include "filewriter.h"
#include "subjectcatalogue.h"
#include "workbookreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QStandardPaths>

namespace Juesuan {

namespace {

QMutex cacheMutex;
QHash<QString, std::shared_ptr<const UserCatalogue>> cache;
QHash<QString, QString> cacheErrors;

// Names in official workbooks are often indented with spaces or ideographic spaces.
QString cleanName(const QString &s)
{
    QString out = s;
    out.replace(QChar(0x3000), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
    return out.simplified();
}

bool isSubjectCode(const QString &s)
{
    if (SubjectCatalogue::level(s) == 0 || !s.startsWith(QLatin1Char('2')))
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// "2010301", "2010301 行政运行", "[2010301]行政运行", "2010301.0" (a number cell): the code and,
// when the cell holds one, the name after it.
bool splitCode(const QString &text, QString *code, QString *name)
{
    QString s = cleanName(text);
    if (s.startsWith(QLatin1Char('[')) || s.startsWith(QChar(0x3010))) // [ or 【
        s = s.mid(1);
    qsizetype n = 0;
    while (n < s.size() && s.at(n) >= QLatin1Char('0') && s.at(n) <= QLatin1Char('9'))
        ++n;
    *code = s.left(n);
    QString rest = s.mid(n);
    if (rest == QLatin1String(".0")) // a code stored as a number with a decimal part
        rest.clear();
    if (!isSubjectCode(*code))
        return false;
    while (!rest.isEmpty() && (rest.at(0) == QLatin1Char(']') || rest.at(0) == QChar(0x3011)
                               || rest.at(0) == QLatin1Char(' ') || rest.at(0) == QLatin1Char('-')
                               || rest.at(0) == QLatin1Char(':') || rest.at(0) == QChar(0xff1a)))
        rest = rest.mid(1);
    if (!rest.isEmpty() && rest.at(0).isDigit())
        return false; // a longer number: not a code
    *name = cleanName(rest);
    return true;
}

int captionColumn(const WorkbookSheet &sheet, int rows, const QStringList &captions, int *headerRow)
{
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < sheet.columnCount; ++c) {
            const QString t = cleanName(sheet.text(r, c)).remove(QLatin1Char(' ')).toLower();
            if (!t.isEmpty() && captions.contains(t)) {
                *headerRow = r;
                return c;
            }
        }
    return -1;
}

} // namespace

QStringList UserCatalogue::find(const QString &query, int level, int limit) const
{
    QStringList byCode, byName;
    const QString q = query.trimmed();
    if (q.isEmpty())
        return {};
    for (auto it = m_names.begin(); it != m_names.end(); ++it) {
        if (SubjectCatalogue::level(it.key()) != level)
            continue;
        if (it.key().startsWith(q))
            byCode.append(it.key());
        else if (it.value().contains(q))
            byName.append(it.key());
    }
    return (byCode + byName).mid(0, limit);
}

bool UserCatalogue::fromWorkbook(const Workbook &workbook, UserCatalogue *out, ImportSummary *summary,
                                 QString *error)
{
    static const QStringList codeCaptions = {QStringLiteral("科目编码"), QStringLiteral("科目代码"),
                                             QStringLiteral("功能分类科目编码"), QStringLiteral("编码"),
                                             QStringLiteral("代码"), QStringLiteral("code")};
    static const QStringList nameCaptions = {QStringLiteral("科目名称"), QStringLiteral("功能分类科目名称"),
                                             QStringLiteral("名称"), QStringLiteral("name")};
    const QString source = QFileInfo(workbook.source).fileName();
    for (const WorkbookSheet &sheet : workbook.sheets) {
        // Columns by caption in the first rows, else by content: the column with most codes.
        const int scan = qMin(sheet.rowCount, 20);
        int codeHeader = -1, nameHeader = -1;
        int codeCol = captionColumn(sheet, scan, codeCaptions, &codeHeader);
        int nameCol = captionColumn(sheet, scan, nameCaptions, &nameHeader);
        if (codeCol < 0) {
            QHash<int, int> counts;
            for (auto it = sheet.cells.begin(); it != sheet.cells.end(); ++it) {
                QString code, name;
                if (splitCode(it->text, &code, &name))
                    ++counts[it.key().second];
            }
            int best = 0;
            for (auto it = counts.begin(); it != counts.end(); ++it)
                if (it.value() > best || (it.value() == best && it.key() < codeCol)) {
                    best = it.value();
                    codeCol = it.key();
                }
        }
        if (codeCol < 0)
            continue;
        if (nameCol < 0 || nameCol == codeCol) {
            // The first column to the right of the codes that holds text that is not a number.
            nameCol = -1;
            for (int c = codeCol + 1; c < sheet.columnCount && nameCol < 0; ++c)
                for (int r = 0; r < qMin(sheet.rowCount, 200); ++r) {
                    const WorkbookCell *cell = sheet.cell(r, c);
                    if (cell && cell->type == WorkbookCell::Type::Text && !cleanName(cell->text).isEmpty()
                        && !WorkbookReader::isPlainNumber(cell->text)) {
                        nameCol = c;
                        break;
                    }
                }
        }
        UserCatalogue result;
        ImportSummary found;
        found.sheet = sheet.name;
        found.codeColumn = codeCol;
        found.nameColumn = nameCol;
        const int first = qMax(codeHeader, nameHeader) + 1;
        for (int r = first; r < sheet.rowCount; ++r) {
            QString code, name;
            if (!splitCode(sheet.text(r, codeCol), &code, &name)) {
                if (!cleanName(sheet.text(r, codeCol)).isEmpty() || (nameCol >= 0 && !sheet.text(r, nameCol).isEmpty()))
                    ++found.skipped;
                continue;
            }
            if (nameCol >= 0 && !cleanName(sheet.text(r, nameCol)).isEmpty())
                name = cleanName(sheet.text(r, nameCol));
            const QString place = tr("%1, sheet “%2” row %3").arg(source, sheet.name).arg(r + 1);
            if (name.isEmpty()) {
                *error = tr("%1: subject %2 has no name").arg(place, code);
                return false;
            }
            if (name.contains(QLatin1Char('\n')) || name.size() > 200) {
                *error = tr("%1: the name of %2 is not one line of at most 200 characters").arg(place, code);
                return false;
            }
            const QString before = result.m_names.value(code);
            if (!before.isEmpty() && before != name) {
                *error = tr("%1: subject %2 is named “%3” here and “%4” above").arg(place, code, name, before);
                return false;
            }
            result.m_names.insert(code, name);
        }
        if (result.isEmpty())
            continue;
        found.subjects = result.size();
        result.m_source = workbook.source;
        *out = result;
        if (summary)
            *summary = found;
        return true;
    }
    *error = tr("%1: no sheet holds subject codes (3, 5 or 7 digits beginning with 2) with names")
                     .arg(source.isEmpty() ? tr("the workbook") : source);
    return false;
}

void UserCatalogue::compare(const SubjectCatalogue &bundled, ImportSummary *summary) const
{
    for (auto it = m_names.begin(); it != m_names.end(); ++it) {
        const QString known = bundled.name(SubjectCatalogue::Scheme::Functional, it.key());
        if (known.isEmpty())
            summary->added.append(it.key());
        else if (known != it.value())
            summary->conflicts.append(QStringLiteral("%1 %2 → %3").arg(it.key(), known, it.value()));
    }
}

QJsonObject UserCatalogue::toJson(const QString &edition) const
{
    QJsonObject names;
    for (auto it = m_names.begin(); it != m_names.end(); ++it)
        names.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("juesuan-catalogue")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("edition"), edition},
                       {QStringLiteral("source"), m_source},
                       {QStringLiteral("functional"), names}};
}

bool UserCatalogue::fromJson(const QJsonObject &json, const QString &where, QString *error)
{
    if (json.value(QLatin1String("format")).toString() != QLatin1String("juesuan-catalogue")
        || json.value(QLatin1String("version")).toInt() != 1) {
        *error = tr("%1: not a Juesuan subject catalogue (version 1)").arg(where);
        return false;
    }
    const QJsonValue names = json.value(QLatin1String("functional"));
    if (!names.isObject()) {
        *error = tr("%1: “functional” must be an object of code → name").arg(where);
        return false;
    }
    QMap<QString, QString> read;
    const QJsonObject o = names.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString name = it.value().toString();
        if (!isSubjectCode(it.key()) || cleanName(name).isEmpty() || cleanName(name) != name) {
            *error = tr("%1: functional.%2: a subject needs a 3, 5 or 7 digit code and a one-line name")
                             .arg(where, it.key());
            return false;
        }
        read.insert(it.key(), name);
    }
    m_names = read;
    m_source = json.value(QLatin1String("source")).toString();
    return true;
}

QString UserCatalogue::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalogues");
}

QString UserCatalogue::filePath(const QString &edition)
{
    return directory() + QLatin1Char('/') + edition + QStringLiteral(".json");
}

std::shared_ptr<const UserCatalogue> UserCatalogue::forEdition(const QString &edition)
{
    QMutexLocker lock(&cacheMutex);
    const auto it = cache.constFind(edition);
    if (it != cache.cend())
        return *it;
    auto catalogue = std::make_shared<UserCatalogue>();
    QFile file(filePath(edition));
    if (file.exists()) {
        QString error;
        QJsonParseError parse;
        const QJsonDocument json = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parse)
                                                                   : QJsonDocument();
        if (!file.isOpen())
            error = tr("%1: %2").arg(file.fileName(), file.errorString());
        else if (!json.isObject())
            error = tr("%1: not a JSON object").arg(file.fileName());
        else if (!catalogue->fromJson(json.object(), file.fileName(), &error))
            *catalogue = UserCatalogue();
        if (!error.isEmpty())
            cacheErrors.insert(edition, error);
    }
    cache.insert(edition, catalogue);
    return catalogue;
}

QString UserCatalogue::loadError(const QString &edition)
{
    forEdition(edition);
    QMutexLocker lock(&cacheMutex);
    return cacheErrors.value(edition);
}

bool UserCatalogue::install(const QString &edition, const UserCatalogue &catalogue, QString *error)
{
    if (!QDir().mkpath(directory())) {
        *error = tr("%1: cannot create the folder").arg(directory());
        return false;
    }
    const QByteArray data = QJsonDocument(catalogue.toJson(edition)).toJson(QJsonDocument::Indented);
    if (!FileWriter::save(filePath(edition), data, error))
        return false;
    QMutexLocker lock(&cacheMutex);
    cache.insert(edition, std::make_shared<UserCatalogue>(catalogue));
    cacheErrors.remove(edition);
    return true;
}

bool UserCatalogue::remove(const QString &edition, QString *error)
{
    QFile file(filePath(edition));
    if (file.exists() && !file.remove()) {
        *error = tr("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QMutexLocker lock(&cacheMutex);
    cache.insert(edition, std::make_shared<UserCatalogue>());
    cacheErrors.remove(edition);
    return true;
}

void UserCatalogue::clearCache()
{
    QMutexLocker lock(&cacheMutex);
    cache.clear();
    cacheErrors.clear();
}

} // namespace Juesuan
