#pragma once

#include "workbook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Juesuan {

class SubjectCatalogue;

// The user's catalogue of an edition: 支出功能分类 subject names (类 3 digits, 款 5, 项 7) imported
// from the year's 政府收支分类科目 workbook. One JSON file per edition year in the application data
// folder, read by every document of that year; names here win over the bundled catalogue for
// display, and names a document gives win over both.
class UserCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::UserCatalogue)
public:
    // What an import found, for the summary the user reads.
    struct ImportSummary {
        QString sheet;          // the sheet the subjects came from
        int codeColumn = -1;    // 0-based columns used
        int nameColumn = -1;
        int subjects = 0;       // codes read
        int skipped = 0;        // rows with no usable code (headings, notes, other schemes)
        QStringList conflicts;  // "2010301 行政运行 → 行政运行（新）": the bundled name differs
        QStringList added;      // codes the bundled catalogue lacks
    };

    bool isEmpty() const { return m_names.isEmpty(); }
    int size() const { return int(m_names.size()); }
    const QMap<QString, QString> &names() const { return m_names; } // code → name, code order
    QString name(const QString &code) const { return m_names.value(code); }
    bool contains(const QString &code) const { return m_names.contains(code); }
    // The workbook the names were imported from, as the user chose it.
    const QString &source() const { return m_source; }
    // Codes at `level` (SubjectCatalogue::level) starting with `query`, then those whose name
    // contains it; at most `limit`.
    QStringList find(const QString &query, int level = 3, int limit = 50) const;

    // Reads the subjects of a workbook: on the first sheet that has any, the code column
    // (caption 科目编码 / 编码 / 代码 / code, else the column holding most 3/5/7-digit codes
    // beginning with 2) and the name column (科目名称 / 名称 / name, else the text column next
    // to it). A code cell may hold the name too ("2010301 行政运行"). Refused, with the reason,
    // when no sheet holds a subject or one code has two names.
    static bool fromWorkbook(const Workbook &workbook, UserCatalogue *out, ImportSummary *summary,
                             QString *error);
    // Fills summary->conflicts and ->added against the bundled catalogue.
    void compare(const SubjectCatalogue &bundled, ImportSummary *summary) const;

    QJsonObject toJson(const QString &edition) const;
    // `where` names the file in messages.
    bool fromJson(const QJsonObject &json, const QString &where, QString *error);

    // --- the per-edition store
    // The folder of the catalogue files (QStandardPaths::AppDataLocation + "/catalogues").
    static QString directory();
    static QString filePath(const QString &edition);
    // The catalogue installed for `edition` (empty when none), read once and cached. A file
    // that cannot be read gives an empty catalogue; loadError says why.
    static std::shared_ptr<const UserCatalogue> forEdition(const QString &edition);
    static QString loadError(const QString &edition);
    // Writes `catalogue` atomically as the edition's catalogue (replacing any before it).
    static bool install(const QString &edition, const UserCatalogue &catalogue, QString *error);
    // Deletes the edition's catalogue; true when there is none afterwards.
    static bool remove(const QString &edition, QString *error);
    // Forgets cached catalogues (tests that change the folder).
    static void clearCache();

private:
    QMap<QString, QString> m_names;
    QString m_source;
};

} // namespace Juesuan
