#include "auditrule.h"

#include "document.h"
#include "reporttemplate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Juesuan {

namespace {
// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::AuditRule)
};

const QStringList &formFields()
{
    static const QStringList fields = {QStringLiteral("budget"), QStringLiteral("executed"),
                                       QStringLiteral("basicTotal"), QStringLiteral("projectTotal"),
                                       QStringLiteral("sources")};
    return fields;
}

AuditRule::Placeholder placeholderOf(const QString &token)
{
    for (auto p : {AuditRule::Placeholder::Class, AuditRule::Placeholder::Subclass, AuditRule::Placeholder::Item,
                   AuditRule::Placeholder::Row, AuditRule::Placeholder::Form})
        if (token == AuditRule::placeholderToken(p))
            return p;
    return AuditRule::Placeholder::None;
}

bool readText(const QJsonValue &v, AuditRule::Text *out)
{
    const QJsonObject o = v.toObject();
    out->zh = o.value(QLatin1String("zh")).toString();
    out->en = o.value(QLatin1String("en")).toString();
    return !out->zh.isEmpty() && !out->en.isEmpty();
}
} // namespace

QString AuditRule::placeholderToken(Placeholder p)
{
    switch (p) {
    case Placeholder::None:
        break;
    case Placeholder::Class:
        return QStringLiteral("<class>");
    case Placeholder::Subclass:
        return QStringLiteral("<subclass>");
    case Placeholder::Item:
        return QStringLiteral("<item>");
    case Placeholder::Row:
        return QStringLiteral("<row>");
    case Placeholder::Form:
        return QStringLiteral("<form>");
    }
    return QString();
}

AuditRule::Term AuditRule::Term::bound(const QString &value) const
{
    if (placeholder == Placeholder::None)
        return *this;
    Term t = *this;
    t.placeholder = Placeholder::None;
    if (source == Source::Cell)
        t.cell.row = value;
    else
        t.key = value;
    return t;
}

QString AuditRule::Term::toString() const
{
    QString s = sign < 0 ? QStringLiteral("-") : QString();
    switch (source) {
    case Source::Cell:
        return s + cell.toString();
    case Source::Prior:
        return s + QStringLiteral("prior:") + key;
    case Source::Budget:
        return s + QStringLiteral("budget:") + key;
    case Source::Form:
        return s + QStringLiteral("form:") + key + QLatin1Char('.') + field;
    }
    return s;
}

bool AuditRule::usePlaceholder(Placeholder p, const QString &table, const QString &where, QString *error)
{
    if (p == Placeholder::None)
        return true;
    // NonNegative expands each of its cells on its own; other kinds bind one placeholder
    // for all their terms at once, so they may use only one.
    if (m_kind != Kind::NonNegative && m_placeholder != Placeholder::None && m_placeholder != p) {
        *error = Tr::tr("%1: a rule may use only one placeholder (%2 and %3)")
                         .arg(where, placeholderToken(m_placeholder), placeholderToken(p));
        return false;
    }
    m_placeholder = p;
    if (!table.isEmpty() && !m_placeholderTables.contains(table))
        m_placeholderTables.append(table);
    return true;
}

bool AuditRule::readTerm(const QString &text, const QString &where, const ReportTemplate &edition, Term *out,
                         QString *error)
{
    Term t;
    QString s = text.trimmed();
    if (s.startsWith(QLatin1Char('-'))) {
        t.sign = -1;
        s = s.mid(1).trimmed();
    }
    const auto bad = [&](const QString &why) {
        *error = Tr::tr("%1: “%2”: %3").arg(where, text, why);
        return false;
    };
    if (s.startsWith(QLatin1String("prior:"))) {
        t.source = Term::Source::Prior;
        t.key = s.mid(6);
        if (!edition.figures().isPriorYear(t.key))
            return bad(Tr::tr("not a prior-year figure (%1)").arg(edition.figures().priorYearKeys().join(QStringLiteral(", "))));
    } else if (s.startsWith(QLatin1String("budget:"))) {
        t.source = Term::Source::Budget;
        t.key = s.mid(7);
        t.placeholder = placeholderOf(t.key);
        if (t.placeholder == Placeholder::None && SubjectCatalogue::level(t.key) != 3)
            return bad(Tr::tr("a budget is kept per 项 code (7 digits) or <item>"));
        if (t.placeholder != Placeholder::None && t.placeholder != Placeholder::Item)
            return bad(Tr::tr("a budget is kept per 项: use <item>"));
        if (!usePlaceholder(t.placeholder, QString(), where, error))
            return false;
    } else if (s.startsWith(QLatin1String("form:"))) {
        t.source = Term::Source::Form;
        const qsizetype dot = s.indexOf(QLatin1Char('.'));
        t.key = s.mid(5, dot < 0 ? -1 : dot - 5);
        t.field = dot < 0 ? QString() : s.mid(dot + 1);
        t.placeholder = placeholderOf(t.key);
        if (t.key != QLatin1String("overall") && t.placeholder != Placeholder::Form)
            return bad(Tr::tr("a form is “overall” or <form>"));
        if (!formFields().contains(t.field))
            return bad(Tr::tr("a form field is one of %1").arg(formFields().join(QStringLiteral(", "))));
        if (!usePlaceholder(t.placeholder, QString(), where, error))
            return false;
    } else {
        t.source = Term::Source::Cell;
        t.cell = CellKey::fromString(s);
        if (!t.cell.isValid() || !s.contains(QLatin1Char('!')))
            return bad(Tr::tr("not a cell name (TT!row@column)"));
        const TableTemplate *table = edition.table(t.cell.table);
        if (!table)
            return bad(Tr::tr("edition %1 has no table %2").arg(edition.edition(), t.cell.table));
        t.placeholder = placeholderOf(t.cell.row);
        if (t.placeholder == Placeholder::Form
            || (t.placeholder == Placeholder::None && t.cell.row.startsWith(QLatin1Char('<'))))
            return bad(Tr::tr("unknown placeholder"));
        if (table->isCodeList()) {
            if (!table->amountColumns().contains(t.cell.col))
                return bad(Tr::tr("%1 has no column %2").arg(table->code(), t.cell.col));
            if (t.placeholder == Placeholder::None && t.cell.row != TableTemplate::totalRow()
                && SubjectCatalogue::level(t.cell.row) == 0)
                return bad(Tr::tr("a row of %1 is “total”, a subject code or a placeholder").arg(table->code()));
        } else if (t.placeholder == Placeholder::Row) {
            bool any = false;
            for (const TableTemplate::Line &line : table->lines())
                any = any || table->hasCell(CellKey{t.cell.table, line.key, t.cell.col});
            if (!any)
                return bad(Tr::tr("%1 has no column %2").arg(table->code(), t.cell.col));
        } else if (t.placeholder != Placeholder::None) {
            return bad(Tr::tr("%1 is a fixed table: only <row> ranges over its lines").arg(table->code()));
        } else if (!table->hasCell(t.cell)) {
            return bad(Tr::tr("%1 has no such cell").arg(table->code()));
        }
        if (!usePlaceholder(t.placeholder, t.cell.table, where, error))
            return false;
    }
    *out = t;
    return true;
}

bool AuditRule::readTerms(const QJsonObject &json, const QString &member, bool required,
                          const ReportTemplate &edition, QList<Term> *out, QString *error)
{
    const QJsonValue v = json.value(member);
    if (!v.isObject())
        return readTermList(v, member, required, edition, out, error);
    // One list per fund scope: every list must read, the rule's scope picks one.
    const QJsonObject byScope = v.toObject();
    if (m_scope.isEmpty()) {
        *error = Tr::tr("%1: terms per scope need the rule's “scope”").arg(member);
        return false;
    }
    if (!byScope.contains(m_scope)) {
        *error = Tr::tr("%1: no terms for the scope “%2” (%3)")
                         .arg(member, m_scope, byScope.keys().join(QStringLiteral(", ")));
        return false;
    }
    for (auto it = byScope.begin(); it != byScope.end(); ++it) {
        if (it.key() == m_scope)
            continue;
        // Checked, not used: the placeholder bookkeeping stays the chosen list's.
        const Placeholder placeholder = m_placeholder;
        const QStringList tables = m_placeholderTables;
        QList<Term> unused;
        const bool ok = readTermList(it.value(), member + QLatin1Char('.') + it.key(), required, edition, &unused,
                                     error);
        m_placeholder = placeholder;
        m_placeholderTables = tables;
        if (!ok)
            return false;
    }
    return readTermList(byScope.value(m_scope), member + QLatin1Char('.') + m_scope, required, edition, out, error);
}

bool AuditRule::readTermList(const QJsonValue &v, const QString &member, bool required,
                             const ReportTemplate &edition, QList<Term> *out, QString *error)
{
    if (v.isUndefined() && !required)
        return true;
    const QJsonArray a = v.toArray();
    if (!v.isArray() || (required && a.isEmpty())) {
        *error = Tr::tr("%1: a list of terms is needed").arg(member);
        return false;
    }
    for (int i = 0; i < a.size(); ++i) {
        Term t;
        if (!readTerm(a.at(i).toString(), QStringLiteral("%1[%2]").arg(member).arg(i), edition, &t, error))
            return false;
        out->append(t);
    }
    return true;
}

bool AuditRule::fromJson(const QJsonObject &json, const ReportTemplate &edition, QString *error)
{
    m_id = json.value(QLatin1String("id")).toString();
    QString why;
    const auto fail = [&](const QString &reason) {
        *error = m_id.isEmpty() ? reason : m_id + QStringLiteral(": ") + reason;
        return false;
    };
    if (m_id.isEmpty())
        return fail(Tr::tr("a rule needs an id"));
    static const QList<QPair<QString, Kind>> kinds = {
        {QStringLiteral("equal"), Kind::Equal},
        {QStringLiteral("lessOrEqual"), Kind::LessOrEqual},
        {QStringLiteral("nonNegative"), Kind::NonNegative},
        {QStringLiteral("emptyWhenZero"), Kind::EmptyWhenZero},
        {QStringLiteral("catalogueCode"), Kind::CatalogueCode},
        {QStringLiteral("textRequired"), Kind::TextRequired},
        {QStringLiteral("reasonRequired"), Kind::ReasonRequired},
        {QStringLiteral("formRate"), Kind::FormRate},
        {QStringLiteral("explanationReason"), Kind::ExplanationReason},
        {QStringLiteral("formRequired"), Kind::FormRequired},
    };
    const QString kind = json.value(QLatin1String("kind")).toString();
    bool known = false;
    for (const auto &k : kinds)
        if (k.first == kind) {
            m_kind = k.second;
            known = true;
        }
    if (!known)
        return fail(Tr::tr("unknown kind “%1”").arg(kind));
    if (!Finding::severityFromName(json.value(QLatin1String("severity")).toString(), &m_severity))
        return fail(Tr::tr("severity must be error, warning or info"));
    if (!readText(json.value(QLatin1String("message")), &m_message))
        return fail(Tr::tr("a message needs both zh and en"));

    m_scope = json.value(QLatin1String("scope")).toString();
    if (json.contains(QLatin1String("scope")) && m_scope.isEmpty())
        return fail(Tr::tr("scope: name a fund scope"));

    switch (m_kind) {
    case Kind::Equal:
    case Kind::LessOrEqual: {
        if (!readTerms(json, QStringLiteral("lhs"), true, edition, &m_lhs, &why)
            || !readTerms(json, QStringLiteral("rhs"), true, edition, &m_rhs, &why))
            return fail(why);
        if (json.contains(QLatin1String("tolerance"))) {
            const Money::ParseResult t = Money::parse(json.value(QLatin1String("tolerance")).toString());
            if (!t.ok || t.value.isBlank() || t.value.isNegative())
                return fail(Tr::tr("tolerance: an amount in 万元 such as \"0.03\" is needed"));
            m_tolerance = t.value.fen();
        }
        if (!json.contains(QLatin1String("explainedBy")))
            break;
        const QJsonObject explained = json.value(QLatin1String("explainedBy")).toObject();
        if (!readTerms(explained, QStringLiteral("cells"), true, edition, &m_explainedBy, &why))
            return fail(QStringLiteral("explainedBy.") + why);
        for (const Term &t : std::as_const(m_explainedBy))
            if (t.source != Term::Source::Cell || t.placeholder != Placeholder::None)
                return fail(Tr::tr("explainedBy: cells only, without placeholders (%1)").arg(t.toString()));
        if (!Finding::severityFromName(explained.value(QLatin1String("severity")).toString(), &m_explainedSeverity))
            return fail(Tr::tr("explainedBy: severity must be error, warning or info"));
        if (!readText(explained.value(QLatin1String("message")), &m_explainedMessage))
            return fail(Tr::tr("explainedBy: a message needs both zh and en"));
        break;
    }
    case Kind::NonNegative:
        m_allInputs = json.value(QLatin1String("inputs")).toBool();
        if (!readTerms(json, QStringLiteral("cells"), !m_allInputs, edition, &m_cells, &why))
            return fail(why);
        for (const Term &t : std::as_const(m_cells))
            if (t.source != Term::Source::Cell)
                return fail(Tr::tr("nonNegative checks cells only (%1)").arg(t.toString()));
        for (const QJsonValue &v : json.value(QLatin1String("exceptCells")).toArray()) {
            const CellKey k = CellKey::fromString(v.toString());
            const TableTemplate *t = k.isValid() ? edition.table(k.table) : nullptr;
            if (!t || (!t->isCodeList() && !t->hasCell(k)))
                return fail(Tr::tr("exceptCells: “%1” is not a cell").arg(v.toString()));
            m_except.insert(k);
        }
        break;
    case Kind::EmptyWhenZero: {
        m_table = json.value(QLatin1String("table")).toString();
        const TableTemplate *t = edition.table(m_table);
        if (!t || !t->isCodeList())
            return fail(Tr::tr("table: “%1” is not a code-list table").arg(m_table));
        // An empty table is published with its 注明 line, so the template must have one.
        if (t->emptyNote().isEmpty())
            return fail(Tr::tr("table: %1 has no 注明 line (emptyNote) to print when it is empty").arg(t->code()));
        if (!readTerms(json, QStringLiteral("cells"), true, edition, &m_cells, &why))
            return fail(why);
        if (!readText(json.value(QLatin1String("messageMissing")), &m_messageMissing))
            return fail(Tr::tr("messageMissing needs both zh and en"));
        break;
    }
    case Kind::CatalogueCode:
        for (const QJsonValue &v : json.value(QLatin1String("tables")).toArray()) {
            const TableTemplate *t = edition.table(v.toString());
            if (!t || !t->isCodeList())
                return fail(Tr::tr("tables: “%1” is not a code-list table").arg(v.toString()));
            m_tables.append(v.toString());
        }
        if (m_tables.isEmpty())
            return fail(Tr::tr("tables: name the code-list tables to check"));
        m_emptyRows = json.value(QLatin1String("empty")).toBool();
        if (json.contains(QLatin1String("check"))) {
            const QString check = json.value(QLatin1String("check")).toString();
            if (check == QLatin1String("unknown"))
                m_check = CatalogueCheck::Unknown;
            else if (check == QLatin1String("named"))
                m_check = CatalogueCheck::Named;
            else if (check == QLatin1String("emptyRow"))
                m_check = CatalogueCheck::EmptyRow;
            else
                return fail(Tr::tr("check: “%1” is not unknown, named or emptyRow").arg(check));
        }
        break;
    case Kind::TextRequired: {
        const QJsonObject texts = json.value(QLatin1String("texts")).toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            Text name;
            if (!Document::isValidTextKey(it.key()) || !readText(it.value(), &name))
                return fail(Tr::tr("texts: “%1” needs a valid text key and a zh and en name").arg(it.key()));
            m_texts.append({it.key(), name});
        }
        if (m_texts.isEmpty())
            return fail(Tr::tr("texts: name the text parts required"));
        break;
    }
    case Kind::ReasonRequired:
        if (!readTerm(json.value(QLatin1String("actual")).toString(), QStringLiteral("actual"), edition, &m_actual, &why)
            || !readTerm(json.value(QLatin1String("expected")).toString(), QStringLiteral("expected"), edition,
                         &m_expected, &why))
            return fail(why);
        m_reason = json.value(QLatin1String("reason")).toString();
        why = m_reason;
        if (m_placeholder != Placeholder::None)
            why.replace(placeholderToken(m_placeholder), QStringLiteral("x"));
        if (!Document::isValidTextKey(why) || !why.startsWith(QLatin1String("reason.")))
            return fail(Tr::tr("reason: “%1” is not a reason text key").arg(m_reason));
        break;
    case Kind::FormRate:
    case Kind::ExplanationReason:
        break;
    case Kind::FormRequired: {
        const QJsonObject fields = json.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            Term t;
            Text name;
            if (!readTerm(it.key(), QStringLiteral("fields"), edition, &t, &why))
                return fail(why);
            if (t.source != Term::Source::Form || t.sign < 0 || t.field == QLatin1String("sources"))
                return fail(Tr::tr("fields: “%1” is not a form amount (form:overall.FIELD or form:<form>.FIELD)")
                                    .arg(it.key()));
            if (!readText(it.value(), &name))
                return fail(Tr::tr("fields: “%1” needs a zh and en name").arg(it.key()));
            m_fields.append({t, name});
        }
        if (m_fields.isEmpty())
            return fail(Tr::tr("fields: name the form fields required"));
        break;
    }
    }
    if (m_kind == Kind::Equal || m_kind == Kind::LessOrEqual || m_kind == Kind::ReasonRequired) {
        const QJsonObject when = json.value(QLatin1String("when")).toObject();
        if (!readTerms(when, QStringLiteral("zero"), false, edition, &m_whenZero, &why)
            || !readTerms(when, QStringLiteral("nonZero"), false, edition, &m_whenNonZero, &why)
            || !readTerms(when, QStringLiteral("nonBlank"), false, edition, &m_whenNonBlank, &why))
            return fail(why);
    }
    return true;
}

} // namespace Juesuan
