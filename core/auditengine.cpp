#include "auditengine.h"

#include "document.h"
#include "fillprogress.h"
#include "narrative.h"
#include "reporttemplate.h"
#include "textcheck.h"
#include "usercatalogue.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Juesuan {

namespace {
using Term = AuditRule::Term;
using Placeholder = AuditRule::Placeholder;

// Amounts in messages: 万元 with two decimals, or every decimal when there are more.
QString amount(qint64 fen)
{
    const Money m = Money::fromFen(fen);
    return fen % 10000 == 0 ? m.toWanyuan(true, 2) : m.toExactWanyuan();
}

Finding::Severity lighter(Finding::Severity a, Finding::Severity b)
{
    return int(a) > int(b) ? a : b; // Error < Warning < Info
}

// Whether the (blank) cells of `terms` are blank because the tables they are made of have
// nothing entered yet: every cell they are computed from lies in a table with no value at
// all, and no such table may stay empty in a finished report (none has a 注明 line for an
// empty table, as 07 and 08 do). Then a blank means "not filled in", not zero.
bool notFilledYet(const Document &document, const QList<Term> &terms, const QString &binding)
{
    QList<CellKey> pending;
    for (const Term &t : terms) {
        if (t.source != Term::Source::Cell)
            return false; // 上年, 年初预算 and forms are figures of their own
        pending.append(t.bound(binding).cell);
    }
    QSet<CellKey> seen;
    QSet<QString> tables;
    while (!pending.isEmpty()) {
        const CellKey k = pending.takeLast();
        if (seen.contains(k))
            continue;
        seen.insert(k);
        tables.insert(k.table);
        if (document.isComputed(k))
            pending += document.operands(k);
    }
    for (const QString &id : std::as_const(tables)) {
        const TableTemplate *t = document.reportTemplate().table(id);
        if (!t || !t->emptyNote().isEmpty() || FillProgress::of(document, id).filled > 0)
            return false;
    }
    return !tables.isEmpty();
}
} // namespace

AuditEngine::AuditEngine(const Document &document)
    : m_document(document)
    , m_rules(AuditRuleSet::forTemplate(document.reportTemplate(), &m_error))
    , m_language(systemLanguage())
{
}

AuditEngine::AuditEngine(const Document &document, std::shared_ptr<const AuditRuleSet> rules)
    : m_document(document)
    , m_rules(std::move(rules))
    , m_language(systemLanguage())
{
    if (!m_rules)
        m_error = tr("no audit rules");
}

void AuditEngine::setLanguage(const QString &language)
{
    m_language = language == QLatin1String("en") ? language : QStringLiteral("zh");
}

QString AuditEngine::systemLanguage()
{
    const QStringList languages = QLocale().uiLanguages();
    return !languages.isEmpty() && languages.first().startsWith(QLatin1String("zh")) ? QStringLiteral("zh")
                                                                                      : QStringLiteral("en");
}

QList<Finding> AuditEngine::run() const
{
    QList<Finding> out;
    if (!m_rules)
        return out;
    for (const AuditRule &rule : m_rules->rules())
        out += run(rule);
    out += TextCheck(m_document).run(); // 表文一致: the figures the free text quotes
    if (!m_printed)
        out += printedFindings();
    return out;
}

QList<Finding> AuditEngine::printedFindings() const
{
    QList<Finding> out;
    if (!m_rules)
        return out;
    const PrintedValues &printed = m_document.printed();
    // Equality rules that hold on exact values but not on what is printed: only where the
    // printed layer had to give a relation up (PrintedValues::unkept).
    if (!printed.unkept().isEmpty()) {
        AuditEngine onPrinted(m_document, m_rules);
        onPrinted.m_language = m_language;
        onPrinted.m_printed = true;
        for (const AuditRule &rule : m_rules->rules()) {
            if (rule.kind() != AuditRule::Kind::Equal)
                continue;
            QList<Finding> exact, shown;
            compare(rule, &exact);
            onPrinted.compare(rule, &shown);
            for (Finding f : std::as_const(shown)) {
                if (std::any_of(exact.cbegin(), exact.cend(), [&](const Finding &x) { return x.cells == f.cells; }))
                    continue;
                f.printed = true;
                f.rounding = true;
                f.severity = lighter(f.severity, Finding::Severity::Warning);
                f.message = tr("On printed values (舍位平衡): %1").arg(f.message);
                out.append(f);
            }
        }
        for (const PrintedValues::Unkept &u : printed.unkept()) {
            if (!u.grandTotal)
                continue;
            Finding f;
            f.severity = Finding::Severity::Info;
            f.ruleId = QStringLiteral("printed.total");
            f.message = tr("%1: %2").arg(u.relation, u.reason);
            f.cells = u.cells;
            f.printed = true;
            out.append(f);
        }
    }
    // Cells printed other than half-up rounding, as information: the reader may wonder.
    for (const CellKey &k : printed.nudgedCells()) {
        Finding f;
        f.severity = Finding::Severity::Info;
        f.ruleId = QStringLiteral("printed.nudged");
        f.message = printed.nudgeReason(k);
        f.cells = {k};
        f.printed = true;
        out.append(f);
    }
    return out;
}

QList<Finding> AuditEngine::run(const AuditRule &rule) const
{
    QList<Finding> out;
    switch (rule.kind()) {
    case AuditRule::Kind::Equal:
    case AuditRule::Kind::LessOrEqual:
        compare(rule, &out);
        break;
    case AuditRule::Kind::NonNegative:
        nonNegative(rule, &out);
        break;
    case AuditRule::Kind::EmptyWhenZero:
        emptyWhenZero(rule, &out);
        break;
    case AuditRule::Kind::CatalogueCode:
        catalogueCode(rule, &out);
        break;
    case AuditRule::Kind::TextRequired:
        textRequired(rule, &out);
        break;
    case AuditRule::Kind::ReasonRequired:
        reasonRequired(rule, &out);
        break;
    case AuditRule::Kind::FormRate:
        formRate(rule, &out);
        break;
    case AuditRule::Kind::ExplanationReason:
        explanationReason(rule, &out);
        break;
    case AuditRule::Kind::FormRequired:
        formRequired(rule, &out);
        break;
    }
    return out;
}

int AuditEngine::overallForm() const
{
    const QList<EvaluationForm> &forms = m_document.evaluations();
    for (int i = 0; i < forms.size(); ++i)
        if (forms.at(i).kind == EvaluationForm::Kind::Overall)
            return i;
    return -1;
}

AuditEngine::Value AuditEngine::value(const Term &term) const
{
    Money m;
    switch (term.source) {
    case Term::Source::Cell:
        m = m_printed ? m_document.printed().printedValue(term.cell) : m_document.value(term.cell);
        break;
    case Term::Source::Prior:
        m = m_document.priorYear(term.key);
        break;
    case Term::Source::Budget:
        m = m_document.budget(term.key);
        break;
    case Term::Source::Form: {
        const int i = term.key == QLatin1String("overall") ? overallForm() : term.key.toInt();
        if (i < 0 || i >= m_document.evaluations().size())
            return Value{0, true, false};
        const EvaluationForm &f = m_document.evaluations().at(i);
        if (term.field == QLatin1String("budget"))
            m = f.budget;
        else if (term.field == QLatin1String("executed"))
            m = f.executed;
        else if (term.field == QLatin1String("basicTotal"))
            m = f.basicTotal;
        else if (term.field == QLatin1String("projectTotal"))
            m = f.projectTotal;
        else // sources: what the checked 预算来源 add up to
            for (const EvaluationForm::Source &s : f.sources)
                if (s.checked)
                    m += s.amount;
        break;
    }
    }
    return Value{term.sign * m.fen(), m.isBlank(), true};
}

AuditEngine::Value AuditEngine::sum(const QList<Term> &terms, const QString &binding) const
{
    Value total;
    for (const Term &t : terms) {
        const Value v = value(t.bound(binding));
        total.fen += v.fen;
        total.blank = total.blank && v.blank;
        total.available = total.available && v.available;
        total.unfilled = total.unfilled || (v.available && v.blank && t.source != Term::Source::Cell);
    }
    return total;
}

QStringList AuditEngine::placeholderValues(Placeholder p, const QStringList &tables) const
{
    QStringList values;
    if (p == Placeholder::None)
        return {QString()};
    if (p == Placeholder::Form) {
        for (int i = 0; i < m_document.evaluations().size(); ++i)
            values.append(QString::number(i));
        return values;
    }
    for (const QString &id : tables) {
        const TableTemplate *t = m_document.reportTemplate().table(id);
        if (!t)
            continue;
        if (!t->isCodeList()) { // <row> over a fixed table's lines
            for (const TableTemplate::Line &line : t->lines())
                values.append(line.key);
            continue;
        }
        if (p == Placeholder::Row) {
            for (const auto &r : m_document.bodyRows(id))
                values.append(r.first);
            continue;
        }
        const int length = p == Placeholder::Class ? 3 : p == Placeholder::Subclass ? 5 : 7;
        for (const QString &code : m_document.itemRows(id))
            values.append(code.left(length));
    }
    if (p != Placeholder::Row)
        std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

QList<AuditEngine::CellEquality> AuditEngine::cellEqualities(Conditions conditions) const
{
    QList<CellEquality> out;
    if (!m_rules)
        return out;
    const QList<AuditRule> &rules = m_rules->rules();
    for (int index = 0; index < rules.size(); ++index) {
        const AuditRule &rule = rules.at(index);
        if (rule.kind() != AuditRule::Kind::Equal)
            continue;
        const QList<Term> all = rule.lhs() + rule.rhs();
        const bool cellsOnly = std::all_of(all.cbegin(), all.cend(),
                                           [](const Term &t) { return t.source == Term::Source::Cell; });
        if (!cellsOnly)
            continue;
        const bool conditional =
                !rule.whenZero().isEmpty() || !rule.whenNonZero().isEmpty() || !rule.whenNonBlank().isEmpty();
        for (const QString &binding : bindings(rule)) {
            if (conditions == Conditions::Checked && conditional && !conditionsHold(rule, binding))
                continue;
            CellEquality eq{rule.id(), binding, {}, index, conditional};
            for (const Term &t : rule.lhs())
                eq.terms.append({t.sign, t.bound(binding).cell});
            for (const Term &t : rule.rhs())
                eq.terms.append({-t.sign, t.bound(binding).cell});
            out.append(eq);
        }
    }
    return out;
}

bool AuditEngine::conditionsHold(const CellEquality &equality) const
{
    if (!m_rules || equality.rule < 0 || equality.rule >= m_rules->rules().size())
        return false;
    return conditionsHold(m_rules->rules().at(equality.rule), equality.binding);
}

QStringList AuditEngine::bindings(const AuditRule &rule) const
{
    return placeholderValues(rule.placeholder(), rule.placeholderTables());
}

bool AuditEngine::conditionsHold(const AuditRule &rule, const QString &binding) const
{
    for (const Term &t : rule.whenZero())
        if (value(t.bound(binding)).fen != 0)
            return false;
    for (const Term &t : rule.whenNonZero()) {
        const Value v = value(t.bound(binding));
        if (!v.available || v.fen == 0)
            return false;
    }
    for (const Term &t : rule.whenNonBlank()) {
        const Value v = value(t.bound(binding));
        if (!v.available || v.blank)
            return false;
    }
    return true;
}

void AuditEngine::addBindingVars(const AuditRule &rule, const QString &binding, Vars *vars) const
{
    if (rule.placeholder() == Placeholder::None)
        return;
    if (rule.placeholder() == Placeholder::Form) {
        const int i = binding.toInt();
        if (i >= 0 && i < m_document.evaluations().size())
            vars->insert(QStringLiteral("form"), m_document.evaluations().at(i).name);
        return;
    }
    vars->insert(QStringLiteral("code"), binding);
    if (!rule.placeholderTables().isEmpty())
        vars->insert(QStringLiteral("name"), m_document.rowName(rule.placeholderTables().first(), binding));
}

void AuditEngine::addCells(const QList<Term> &terms, const QString &binding, Finding *f) const
{
    for (const Term &t : terms) {
        if (t.source != Term::Source::Cell)
            continue;
        const CellKey k = t.bound(binding).cell;
        if (m_document.hasCell(k) && !f->cells.contains(k))
            f->cells.append(k);
    }
}

void AuditEngine::addForm(const QList<Term> &terms, const QString &binding, Finding *f, Vars *vars) const
{
    for (const Term &t : terms) {
        if (t.source != Term::Source::Form || f->evaluation >= 0)
            continue;
        const Term b = t.bound(binding);
        const int i = b.key == QLatin1String("overall") ? overallForm() : b.key.toInt();
        if (i >= 0 && i < m_document.evaluations().size()) {
            f->evaluation = i;
            vars->insert(QStringLiteral("form"), m_document.evaluations().at(i).name);
        }
    }
}

QString AuditEngine::format(const AuditRule::Text &text, const Vars &vars) const
{
    QString s = text.in(m_language);
    for (auto it = vars.begin(); it != vars.end(); ++it)
        s.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return s;
}

Finding AuditEngine::make(const AuditRule &rule, const AuditRule::Text &message, const Vars &vars) const
{
    Finding f;
    f.severity = rule.severity();
    f.ruleId = rule.id();
    f.message = format(message, vars);
    return f;
}

void AuditEngine::cellVars(const CellKey &key, Vars *vars) const
{
    vars->insert(QStringLiteral("table"), key.table);
    vars->insert(QStringLiteral("code"), key.row == TableTemplate::totalRow() ? QString() : key.row);
    vars->insert(QStringLiteral("name"), m_document.rowName(key.table, key.row));
    vars->insert(QStringLiteral("column"), key.col);
    vars->insert(QStringLiteral("value"), amount(m_document.value(key).fen()));
}

void AuditEngine::compare(const AuditRule &rule, QList<Finding> *out) const
{
    const bool equal = rule.kind() == AuditRule::Kind::Equal;
    const int terms = int(rule.lhs().size() + rule.rhs().size());
    for (const QString &binding : bindings(rule)) {
        if (!conditionsHold(rule, binding))
            continue;
        const Value lhs = sum(rule.lhs(), binding);
        const Value rhs = sum(rule.rhs(), binding);
        // A form field, 上年 figure or 年初预算 left blank is not 0: its rule (formRequired)
        // says "not filled", and nothing is compared with it.
        if (!lhs.available || !rhs.available || lhs.unfilled || rhs.unfilled)
            continue;
        const qint64 diff = lhs.fen - rhs.fen;
        if (equal ? diff == 0 : diff <= 0)
            continue;
        Vars vars;
        addBindingVars(rule, binding, &vars);
        vars.insert(QStringLiteral("lhs"), amount(lhs.fen));
        vars.insert(QStringLiteral("rhs"), amount(rhs.fen));
        vars.insert(QStringLiteral("diff"), amount(qAbs(diff)));
        const qint64 tolerance = rule.tolerance() >= 0 ? rule.tolerance() : roundingTolerance(terms);
        vars.insert(QStringLiteral("tolerance"), amount(tolerance));
        if (!rule.scope().isEmpty())
            vars.insert(QStringLiteral("scope"), m_rules->scopeName(rule.scope()).in(m_language));
        Finding form; // which self-evaluation form the terms name, if any
        addForm(rule.lhs() + rule.rhs(), binding, &form, &vars);
        Finding made = make(rule, rule.message(), vars);
        made.evaluation = form.evaluation;
        addCells(rule.lhs(), binding, &made);
        addCells(rule.rhs(), binding, &made);
        if ((lhs.blank && notFilledYet(m_document, rule.lhs(), binding))
            || (rhs.blank && notFilledYet(m_document, rule.rhs(), binding))) {
            // One side waits for tables nobody has started (a new report): the relation is
            // work to do, not a contradiction between figures the user entered.
            made.severity = lighter(made.severity, Finding::Severity::Warning);
            made.message = tr("Not filled in yet: %1").arg(made.message);
        } else if (qAbs(diff) <= tolerance) {
            // Amounts kept in 元 and shown in 万元 may differ by a few 分 per term.
            made.rounding = true;
            made.severity = lighter(made.severity, Finding::Severity::Warning);
            if (m_language == QLatin1String("en"))
                made.message += QLatin1Char(' ');
            made.message += format(m_rules->roundingNote(), vars);
        } else if (const QString carry = carryOver(rule); !carry.isEmpty()) {
            // Beyond rounding, but the report has carry-over that lets the sides differ: say
            // which carry-over the difference is taken to be.
            vars.insert(QStringLiteral("carry"), carry);
            made.severity = rule.explainedSeverity();
            made.message = format(rule.explainedMessage(), vars);
        }
        out->append(made);
    }
}

QString AuditEngine::carryOver(const AuditRule &rule) const
{
    QStringList parts;
    for (const Term &t : rule.explainedBy()) {
        const Value v = value(t);
        if (v.fen == 0)
            continue;
        const QString name = m_document.rowName(t.cell.table, t.cell.row);
        parts.append(QStringLiteral("%1 %2").arg(name.isEmpty() ? t.cell.toString() : name, amount(v.fen)));
    }
    return parts.join(m_language == QLatin1String("en") ? QStringLiteral(", ") : QStringLiteral("，"));
}

void AuditEngine::nonNegative(const AuditRule &rule, QList<Finding> *out) const
{
    QList<CellKey> negative;
    if (rule.allInputs()) {
        const QHash<CellKey, Money> inputs = m_document.inputValues();
        for (auto it = inputs.begin(); it != inputs.end(); ++it)
            if (it.value().isNegative() && !rule.exceptCells().contains(it.key()))
                negative.append(it.key());
        std::sort(negative.begin(), negative.end());
    }
    for (const Term &t : rule.cells()) {
        const QStringList values = t.placeholder == Placeholder::None
                ? QStringList{QString()}
                : placeholderValues(t.placeholder, {t.cell.table});
        for (const QString &v : values) {
            const CellKey k = t.bound(v).cell;
            if (m_document.value(k).isNegative() && !rule.exceptCells().contains(k) && !negative.contains(k))
                negative.append(k);
        }
    }
    for (const CellKey &k : std::as_const(negative)) {
        Vars vars;
        cellVars(k, &vars);
        Finding f = make(rule, rule.message(), vars);
        f.cells = {k};
        out->append(f);
    }
}

void AuditEngine::emptyWhenZero(const AuditRule &rule, QList<Finding> *out) const
{
    const TableTemplate *t = m_document.reportTemplate().table(rule.table());
    QList<CellKey> amounts; // the table's input cells that hold an amount
    for (const QString &code : m_document.itemRows(rule.table()))
        for (const QString &col : t->amountColumns()) {
            const CellKey k{rule.table(), code, col};
            if (!t->columnFormulas().contains(col) && m_document.value(k).fen() != 0)
                amounts.append(k);
        }
    QList<CellKey> nonZero; // the cells of the matching column that are not zero
    for (const Term &term : rule.cells())
        if (m_document.value(term.cell).fen() != 0)
            nonZero.append(term.cell);
    if (amounts.isEmpty() == nonZero.isEmpty())
        return;
    Vars vars;
    vars.insert(QStringLiteral("table"), rule.table());
    vars.insert(QStringLiteral("note"), t->emptyNote());
    Finding f;
    if (!amounts.isEmpty()) {
        vars.insert(QStringLiteral("value"), amount(m_document.value(amounts.first()).fen()));
        f = make(rule, rule.message(), vars);
        f.cells = amounts;
    } else {
        vars.insert(QStringLiteral("value"), amount(m_document.value(nonZero.first()).fen()));
        f = make(rule, rule.messageMissing(), vars);
        f.cells = nonZero;
    }
    out->append(f);
}

void AuditEngine::catalogueCode(const AuditRule &rule, QList<Finding> *out) const
{
    const ReportTemplate &edition = m_document.reportTemplate();
    const auto user = UserCatalogue::forEdition(edition.edition());
    using Check = AuditRule::CatalogueCheck;
    for (const QString &id : rule.tables()) {
        const TableTemplate *t = edition.table(id);
        const bool functional = t->scheme() == SubjectCatalogue::Scheme::Functional;
        // Known to a catalogue: the bundled one, or the user's imported one.
        const auto catalogued = [&](const QString &code) {
            return edition.catalogue().contains(t->scheme(), code) || (functional && user->contains(code));
        };
        for (const QString &code : m_document.itemRows(id)) {
            const bool named = !catalogued(code) && !m_document.itemName(code).isEmpty();
            // A code is unknown when no catalogue and no name of the document know it, or
            // when its 类 is in no catalogue: a name cannot make up a 类.
            const bool unknown = (!catalogued(code) && !named) || !catalogued(code.left(3));
            Finding f;
            for (const QString &col : t->amountColumns()) {
                const CellKey k{id, code, col};
                if (m_document.value(k).fen() != 0)
                    f.cells.append(k);
            }
            const bool empty = f.cells.isEmpty();
            switch (rule.catalogueCheck()) {
            case Check::Unknown:
                if (!unknown || rule.emptyRows() != empty)
                    continue; // "empty": true speaks for the rows without amounts
                break;
            case Check::Named:
                if (!named || unknown)
                    continue;
                break;
            case Check::EmptyRow:
                if (!empty || unknown)
                    continue; // an unknown code has its own finding
                break;
            }
            if (empty)
                for (const QString &col : t->amountColumns())
                    f.cells.append(CellKey{id, code, col});
            Vars vars;
            cellVars(f.cells.first(), &vars);
            vars.insert(QStringLiteral("edition"), edition.edition());
            if (vars.value(QStringLiteral("name")).isEmpty())
                vars.insert(QStringLiteral("name"), m_language == QLatin1String("en") ? QStringLiteral("(no name)")
                                                                                      : QStringLiteral("（无名称）"));
            const QList<CellKey> cells = f.cells;
            f = make(rule, rule.message(), vars);
            f.cells = cells;
            out->append(f);
        }
    }
}

void AuditEngine::textRequired(const AuditRule &rule, QList<Finding> *out) const
{
    for (const auto &text : rule.texts()) {
        if (!m_document.text(text.first).trimmed().isEmpty())
            continue;
        Vars vars;
        vars.insert(QStringLiteral("part"), text.second.in(m_language));
        Finding f = make(rule, rule.message(), vars);
        f.textKey = text.first;
        out->append(f);
    }
}

void AuditEngine::reasonRequired(const AuditRule &rule, QList<Finding> *out) const
{
    const QString token = AuditRule::placeholderToken(rule.placeholder());
    for (const QString &binding : bindings(rule)) {
        if (!conditionsHold(rule, binding))
            continue;
        const Term actualTerm = rule.actual().bound(binding);
        const Term expectedTerm = rule.expected().bound(binding);
        const Value actual = value(actualTerm);
        const Value expected = value(expectedTerm);
        // A figure nobody entered (上年, 年初预算, a form) cannot ask for a reason; a blank
        // cell is zero.
        if (!actual.available || !expected.available
            || (expected.blank && expectedTerm.source != Term::Source::Cell)
            || (actual.blank && actualTerm.source != Term::Source::Cell))
            continue;
        if (actual.fen == expected.fen)
            continue;
        QString reason = rule.reasonKey();
        if (!token.isEmpty())
            reason.replace(token, binding);
        if (!m_document.text(reason).trimmed().isEmpty())
            continue;
        Vars vars;
        addBindingVars(rule, binding, &vars);
        vars.insert(QStringLiteral("actual"), amount(actual.fen));
        vars.insert(QStringLiteral("expected"), amount(expected.fen));
        Finding f = make(rule, rule.message(), vars);
        addCells({actualTerm, expectedTerm}, QString(), &f);
        f.textKey = reason;
        out->append(f);
    }
}

void AuditEngine::formRate(const AuditRule &rule, QList<Finding> *out) const
{
    const QList<EvaluationForm> &forms = m_document.evaluations();
    for (int i = 0; i < forms.size(); ++i) {
        const EvaluationForm &form = forms.at(i);
        if (form.budget.fen() != 0 || form.executed.fen() == 0)
            continue;
        Vars vars;
        vars.insert(QStringLiteral("form"), form.name);
        vars.insert(QStringLiteral("value"), amount(form.executed.fen()));
        Finding f = make(rule, rule.message(), vars);
        f.evaluation = i;
        out->append(f);
    }
}

void AuditEngine::formRequired(const AuditRule &rule, QList<Finding> *out) const
{
    for (const QString &binding : bindings(rule)) {
        for (const auto &field : rule.fields()) {
            const Term t = field.first.bound(binding);
            const Value v = value(t);
            if (!v.available || !v.blank)
                continue;
            Vars vars;
            vars.insert(QStringLiteral("field"), field.second.in(m_language));
            Finding located;
            addForm({t}, QString(), &located, &vars);
            Finding f = make(rule, rule.message(), vars);
            f.evaluation = located.evaluation;
            out->append(f);
        }
    }
}

// The reasons the explanations ask for and nobody wrote, each named by its section's heading.
void AuditEngine::explanationReason(const AuditRule &rule, QList<Finding> *out) const
{
    for (const NarrativeSection &s : Narrative::generate(m_document)) {
        for (const QString &key : s.missingReasons) {
            Vars vars;
            vars.insert(QStringLiteral("section"), s.heading);
            Finding f = make(rule, rule.message(), vars);
            f.textKey = key;
            out->append(f);
        }
    }
}

} // namespace Juesuan
