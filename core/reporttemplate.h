#pragma once

#include "figurecatalogue.h"
#include "formula.h"
#include "recalcengine.h"
#include "subjectcatalogue.h"
#include "tabletemplate.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Juesuan {

// One edition of the disclosure report: its nine table templates, subject catalogue, audit
// rules, the named quantities the explanations and charts read, and the figure table, read
// from resources/templates/<edition>/. An edition may inherit another ("base" in
// edition.json) and override parts of it; see docs/file-format.md, "Editions".
class ReportTemplate
{
public:
    // Reads the edition in `dir` (a resource path such as ":/templates/2023" or a folder),
    // with the editions it inherits from (a base lives in a sibling folder named as the base).
    // Checks every table, every cross-table reference and that the formulas have no cycle;
    // refuses a missing base, a cycle of bases and overrides of things that do not exist.
    static std::shared_ptr<const ReportTemplate> load(const QString &dir, QString *error);
    // The edition compiled into the program; nullptr when there is none of that name.
    static std::shared_ptr<const ReportTemplate> builtin(const QString &edition, QString *error = nullptr);
    static QStringList builtinEditions(); // oldest first

    // Reads a JSON file of an edition that must hold an object; the error names the file.
    static bool readJsonObject(const QString &path, QJsonObject *out, QString *error);

    const QString &edition() const { return m_edition; }
    const QString &name() const { return m_name; }
    // What the edition is and what it was checked against (edition.json "description").
    const QString &description() const { return m_description; }
    // The editions this one is built on, the oldest first, ending with this one.
    const QStringList &lineage() const { return m_lineage; }
    // Where the edition was read from; other edition data (audit rules) lives beside it.
    const QString &directory() const { return m_directory; }
    const QList<TableTemplate> &tables() const { return m_tables; }
    const TableTemplate *table(const QString &id) const;
    const SubjectCatalogue &catalogue() const { return m_catalogue; }

    // Named quantities (edition.json "quantities"): what the explanations, the charts and the
    // figures editor read, each a signed sum of cells of this edition ("01!31@1",
    // "01!1@1 + 01!2@1 + 01!3@1"). An empty formula when the edition has no such quantity.
    const Formula &quantity(const QString &name) const;
    bool hasQuantity(const QString &name) const { return m_quantities.contains(name); }
    QStringList quantityNames() const;
    // The one cell a single-cell quantity names; an invalid key for a sum or an unknown name.
    CellKey quantityCell(const QString &name) const;

    // The 上年 figures and the facts (edition.json "figures"), with labels and kinds. Each
    // 上年 figure names the quantity of last year's report it is read from.
    const FigureCatalogue &figures() const { return m_figures; }

    // Grand totals the printed values anchor on (edition.json "printedAnchors").
    const QList<CellKey> &printedAnchors() const { return m_printedAnchors; }
    // The audit rules of the edition after its overrides ({"roundingNote", "rules"}) and the
    // file they were last changed in (for messages); an empty object when it has none.
    const QJsonObject &auditRules() const { return m_audit; }
    const QString &auditFile() const { return m_auditFile; }

    // A subject code that an edition moved to another code (edition.json "catalogueChanges").
    struct Move {
        QString edition;
        SubjectCatalogue::Scheme scheme;
        QString from;
        QString to;
    };
    // Every move made by the editions of this one's lineage, the oldest first.
    const QList<Move> &moves() const { return m_moves; }

    // The name shown for a body row: a line name, a subject name, or the 合计 label.
    QString rowName(const QString &table, const QString &row) const;

    // Every amount cell of a document whose code-list tables hold the given 项 codes,
    // with its formula: what RecalcEngine::build takes.
    QList<RecalcEngine::Definition> cellDefinitions(const QHash<QString, QStringList> &itemRows) const;
    // Whether `key` is an input cell (typed by the user) for such a document.
    bool isInputCell(const CellKey &key) const;

private:
    static std::shared_ptr<ReportTemplate> loadChain(const QString &dir, QStringList *seen, QString *error);
    bool checkReferences(QString *error) const;
    bool cellExists(const CellKey &key) const;

    QString m_edition;
    QString m_name;
    QString m_directory;
    QList<TableTemplate> m_tables;
    QHash<QString, int> m_tableIndex;
    SubjectCatalogue m_catalogue;
    QString m_description;
    QStringList m_lineage;
    QJsonObject m_catalogueJson;
    QHash<QString, Formula> m_quantities;
    QHash<QString, QString> m_quantityTexts;
    FigureCatalogue m_figures;
    QList<CellKey> m_printedAnchors;
    QJsonObject m_audit;
    QString m_auditFile;
    QList<Move> m_moves;
};

} // namespace Juesuan
