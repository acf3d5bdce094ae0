#pragma once

#include "auditrule.h"
#include "auditruleset.h"
#include "finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Juesuan {

class Document;

// Runs an edition's audit rules over a document and returns the findings, each with its
// severity, rule, message (in the chosen language) and the cells it concerns. Stateless
// between runs: a full audit of a report takes well under a millisecond or two, so callers
// simply re-run it after each change.
class AuditEngine
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::AuditEngine)
public:
    // Uses the rules of the document's edition (AuditRuleSet::forTemplate).
    explicit AuditEngine(const Document &document);
    AuditEngine(const Document &document, std::shared_ptr<const AuditRuleSet> rules);

    // False when the edition's rules could not be read; errorString() says why.
    bool isValid() const { return m_rules != nullptr; }
    const QString &errorString() const { return m_error; }
    const AuditRuleSet *ruleSet() const { return m_rules.get(); }

    // "zh" or "en": the language of the messages. Defaults to systemLanguage().
    const QString &language() const { return m_language; }
    void setLanguage(const QString &language);
    // "zh" when the user's UI languages start with Chinese, else "en".
    static QString systemLanguage();

    QList<Finding> run() const;
    QList<Finding> run(const AuditRule &rule) const;
    // What run() adds about the printed values (舍位平衡): equality rules that hold exactly
    // but not as printed (warnings), grand totals off half-up rounding and cells printed
    // other than half-up (information).
    QList<Finding> printedFindings() const;

    // One binding of an Equal rule over cells only whose conditions hold: Σ sign × cell over
    // `terms` (lhs positive, rhs negated) ought to be 0. What the printed layer keeps.
    struct CellEquality {
        QString ruleId;
        QString binding; // the placeholder value ("201"), empty when the rule has none
        QList<QPair<int, CellKey>> terms;
        int rule = -1;            // index in the rule set
        bool conditional = false; // the rule has "when" conditions
    };
    // With `Conditions::Unchecked`, every binding of every such rule, whether or not its
    // conditions hold: what depends on the rows alone (the printed layer keeps that list and
    // asks conditionsHold() again only for conditional ones as values change).
    enum class Conditions { Checked, Unchecked };
    QList<CellEquality> cellEqualities(Conditions conditions = Conditions::Checked) const;
    bool conditionsHold(const CellEquality &equality) const;
    // Reads cells as printed (舍位平衡, Document::printed()) instead of exact: how `check`
    // tests the rules on what the report prints.
    void setPrintedValues(bool printed) { m_printed = printed; }
    bool printedValues() const { return m_printed; }

    // The largest difference rounding each of `terms` amounts to 0.01 万元 explains:
    // (terms + 1) × 0.005 万元, in 分.
    static qint64 roundingTolerance(int terms) { return qint64(terms + 1) * 5000; }

private:
    struct Value {
        qint64 fen = 0;
        bool blank = true;
        bool available = true; // false when the term names something the document lacks
        bool unfilled = false; // a form field, 上年 figure or 年初预算 among the terms is blank
    };
    using Vars = QHash<QString, QString>;

    Value value(const AuditRule::Term &term) const;
    Value sum(const QList<AuditRule::Term> &terms, const QString &binding) const;
    QStringList bindings(const AuditRule &rule) const;
    QStringList placeholderValues(AuditRule::Placeholder p, const QStringList &tables) const;
    bool conditionsHold(const AuditRule &rule, const QString &binding) const;
    int overallForm() const;
    void addBindingVars(const AuditRule &rule, const QString &binding, Vars *vars) const;
    void addCells(const QList<AuditRule::Term> &terms, const QString &binding, Finding *f) const;
    void addForm(const QList<AuditRule::Term> &terms, const QString &binding, Finding *f, Vars *vars) const;
    QString format(const AuditRule::Text &text, const Vars &vars) const;
    Finding make(const AuditRule &rule, const AuditRule::Text &message, const Vars &vars) const;

    void compare(const AuditRule &rule, QList<Finding> *out) const;
    void nonNegative(const AuditRule &rule, QList<Finding> *out) const;
    void emptyWhenZero(const AuditRule &rule, QList<Finding> *out) const;
    void catalogueCode(const AuditRule &rule, QList<Finding> *out) const;
    void textRequired(const AuditRule &rule, QList<Finding> *out) const;
    void reasonRequired(const AuditRule &rule, QList<Finding> *out) const;
    void formRate(const AuditRule &rule, QList<Finding> *out) const;
    void explanationReason(const AuditRule &rule, QList<Finding> *out) const;
    void formRequired(const AuditRule &rule, QList<Finding> *out) const;
    QString carryOver(const AuditRule &rule) const;
    void cellVars(const CellKey &key, Vars *vars) const;

    const Document &m_document;
    std::shared_ptr<const AuditRuleSet> m_rules;
    QString m_error;
    QString m_language;
    bool m_printed = false;
};

} // namespace Juesuan
