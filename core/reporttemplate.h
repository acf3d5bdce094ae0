#pragma once

#include "recalcengine.h"
#include "subjectcatalogue.h"
#include "tabletemplate.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Juesuan {

// One edition of the disclosure report: its nine table templates and subject catalogue,
// read from resources/templates/<edition>/ (edition.json lists the tables).
class ReportTemplate
{
public:
    // Reads the edition in `dir` (a resource path such as ":/templates/2023" or a folder).
    // Checks every table, every cross-table reference and that the formulas have no cycle.
    static std::shared_ptr<const ReportTemplate> load(const QString &dir, QString *error);
    // The edition compiled into the program; nullptr when there is none of that name.
    static std::shared_ptr<const ReportTemplate> builtin(const QString &edition, QString *error = nullptr);
    static QStringList builtinEditions();
    // Reads a JSON file of an edition that must hold an object; the error names the file.
    static bool readJsonObject(const QString &path, QJsonObject *out, QString *error);

    const QString &edition() const { return m_edition; }
    const QString &name() const { return m_name; }
    // Where the edition was read from; other edition data (audit rules) lives beside it.
    const QString &directory() const { return m_directory; }
    const QList<TableTemplate> &tables() const { return m_tables; }
    const TableTemplate *table(const QString &id) const;
    const SubjectCatalogue &catalogue() const { return m_catalogue; }

    // Where each 上年 figure of next year's report is found in a document of this edition:
    // prior-year key (Document::priorYearKeys) → the cell holding this year's value
    // (edition.json "priorYear"). What Import Prior Year reads from last year's report.
    const QHash<QString, CellKey> &priorYearSources() const { return m_priorYearSources; }

    // The name shown for a body row: a line name, a subject name, or the 合计 label.
    QString rowName(const QString &table, const QString &row) const;

    // Every amount cell of a document whose code-list tables hold the given 项 codes,
    // with its formula: what RecalcEngine::build takes.
    QList<RecalcEngine::Definition> cellDefinitions(const QHash<QString, QStringList> &itemRows) const;
    // Whether `key` is an input cell (typed by the user) for such a document.
    bool isInputCell(const CellKey &key) const;

private:
    bool checkReferences(QString *error) const;

    QString m_edition;
    QString m_name;
    QString m_directory;
    QList<TableTemplate> m_tables;
    QHash<QString, int> m_tableIndex;
    SubjectCatalogue m_catalogue;
    QHash<QString, CellKey> m_priorYearSources;
};

} // namespace Juesuan
