#pragma once

#include "cellkey.h"
#include "finding.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Juesuan {

class ReportTemplate;

// One audit rule of an edition, read from its audit.json: a generic kind (equal,
// lessOrEqual, nonNegative, …) with the terms, cells and messages that parametrise it.
// AuditEngine evaluates it; a new check is new JSON, not new C++.
class AuditRule
{
public:
    enum class Kind {
        Equal,          // Σ lhs = Σ rhs; a difference rounding explains is a warning
        LessOrEqual,    // Σ lhs ≤ Σ rhs, same tolerance
        NonNegative,    // the cells named (or every input cell) are not negative
        EmptyWhenZero,  // a table has amounts exactly when some cells of another are non-zero
        CatalogueCode,  // no amount on a 项 whose code the edition's catalogue lacks
        TextRequired,   // text parts that must be written
        ReasonRequired, // actual ≠ expected needs a reason text
        FormRate,       // a self-evaluation form's 执行率 can be computed
        ExplanationReason, // a 主要原因 an explanation asks for is written (Narrative's missingReasons)
        FormRequired,   // form fields that must be filled: a blank is "not filled", never 0
    };
    // What a placeholder in a term ranges over: the 类/款/项 codes or every body row of the
    // tables named with it, or every self-evaluation form.
    enum class Placeholder { None, Class, Subclass, Item, Row, Form };

    // One value a rule reads: a cell ("01!31@1", "02!<class>@1"), a prior-year figure
    // ("prior:income_total"), a 年初预算 ("budget:<item>") or a form field
    // ("form:overall.executed", "form:<form>.budget"); a leading "-" subtracts it.
    struct Term {
        enum class Source { Cell, Prior, Budget, Form };
        Source source = Source::Cell;
        int sign = 1;
        CellKey cell;  // Cell; the row may be a placeholder token
        QString key;   // Prior: the figure; Budget: the code or token; Form: "overall" or the token
        QString field; // Form: budget, executed, basicTotal, projectTotal or sources
        Placeholder placeholder = Placeholder::None;

        // The term with its placeholder replaced by `value` (a code, a row or a form index).
        Term bound(const QString &value) const;
        QString toString() const;
    };

    // Text in both languages; `language` is "zh" or "en".
    struct Text {
        QString zh;
        QString en;
        const QString &in(const QString &language) const
        {
            return language == QLatin1String("en") && !en.isEmpty() ? en : zh;
        }
        bool isEmpty() const { return zh.isEmpty(); }
    };

    // Reads one rule and checks every table, cell and key it names against `edition`.
    bool fromJson(const QJsonObject &json, const ReportTemplate &edition, QString *error);

    const QString &id() const { return m_id; }
    Kind kind() const { return m_kind; }
    Finding::Severity severity() const { return m_severity; }
    const Text &message() const { return m_message; }
    const Text &messageMissing() const { return m_messageMissing; } // EmptyWhenZero: the other direction

    // The placeholder the rule ranges over, and the code-list tables whose rows supply it.
    Placeholder placeholder() const { return m_placeholder; }
    const QStringList &placeholderTables() const { return m_placeholderTables; }

    const QList<Term> &lhs() const { return m_lhs; }
    const QList<Term> &rhs() const { return m_rhs; }
    // The fund scope both sides are read in ("allFunds", "gpb", …; empty when the rule does not
    // say). A rule whose lhs or rhs is an object keyed by scope reads the list of this scope, so
    // an edition changes what a form's totals are compared with by changing the scope alone.
    const QString &scope() const { return m_scope; }
    // Equal/LessOrEqual: the largest difference rounding explains, in 分, when the rule says
    // ("tolerance": "0.03" 万元); -1: AuditEngine::roundingTolerance of the number of terms.
    qint64 tolerance() const { return m_tolerance; }
    // Equal/LessOrEqual: cells whose non-zero value explains a difference beyond rounding (the
    // carry-over that lets 02 and 03 differ per 类); then the finding has `explainedSeverity`
    // and `explainedMessage` ({carry} names the non-zero cells and their amounts).
    const QList<Term> &explainedBy() const { return m_explainedBy; }
    Finding::Severity explainedSeverity() const { return m_explainedSeverity; }
    const Text &explainedMessage() const { return m_explainedMessage; }
    // FormRequired: the form fields (form terms) that must not be blank, each with its name.
    const QList<QPair<Term, Text>> &fields() const { return m_fields; }
    // Conditions: the rule applies only when every `whenZero` term is zero or blank,
    // every `whenNonZero` term is non-zero, every `whenNonBlank` term is not blank.
    const QList<Term> &whenZero() const { return m_whenZero; }
    const QList<Term> &whenNonZero() const { return m_whenNonZero; }
    const QList<Term> &whenNonBlank() const { return m_whenNonBlank; }

    // NonNegative and EmptyWhenZero: the cells named (NonNegative: each expands on its own).
    const QList<Term> &cells() const { return m_cells; }
    bool allInputs() const { return m_allInputs; }
    const QSet<CellKey> &exceptCells() const { return m_except; }
    const QString &table() const { return m_table; }          // EmptyWhenZero
    const QStringList &tables() const { return m_tables; }    // CatalogueCode
    // CatalogueCode: check the rows without amounts instead (they print with a blank name).
    bool emptyRows() const { return m_emptyRows; }
    // CatalogueCode: what to look for. Unknown (default): codes no catalogue knows, or whose 类
    // none knows. Named: codes the bundled and imported catalogues lack that this document
    // names. EmptyRow: 项 rows with no amount at all (they are not printed).
    enum class CatalogueCheck { Unknown, Named, EmptyRow };
    CatalogueCheck catalogueCheck() const { return m_check; }
    const QList<QPair<QString, Text>> &texts() const { return m_texts; } // TextRequired: key, name
    const Term &actual() const { return m_actual; }           // ReasonRequired
    const Term &expected() const { return m_expected; }
    const QString &reasonKey() const { return m_reason; }     // may hold the placeholder token

    static QString placeholderToken(Placeholder p);

private:
    bool readTerm(const QString &text, const QString &where, const ReportTemplate &edition, Term *out,
                  QString *error);
    bool readTerms(const QJsonObject &json, const QString &member, bool required, const ReportTemplate &edition,
                   QList<Term> *out, QString *error);
    bool readTermList(const QJsonValue &v, const QString &member, bool required, const ReportTemplate &edition,
                      QList<Term> *out, QString *error);
    bool usePlaceholder(Placeholder p, const QString &table, const QString &where, QString *error);

    QString m_id;
    Kind m_kind = Kind::Equal;
    Finding::Severity m_severity = Finding::Severity::Error;
    Text m_message;
    Text m_messageMissing;
    Placeholder m_placeholder = Placeholder::None;
    QStringList m_placeholderTables;
    QList<Term> m_lhs, m_rhs, m_whenZero, m_whenNonZero, m_whenNonBlank, m_cells;
    bool m_allInputs = false;
    QSet<CellKey> m_except;
    QString m_table;
    QStringList m_tables;
    bool m_emptyRows = false;
    CatalogueCheck m_check = CatalogueCheck::Unknown;
    QList<QPair<QString, Text>> m_texts;
    Term m_actual, m_expected;
    QString m_reason;
    QString m_scope;
    qint64 m_tolerance = -1;
    QList<Term> m_explainedBy;
    Finding::Severity m_explainedSeverity = Finding::Severity::Info;
    Text m_explainedMessage;
    QList<QPair<Term, Text>> m_fields;
};

} // namespace Juesuan
