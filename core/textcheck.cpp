#include "textcheck.h"

#include "document.h"
#include "narrative.h"
#include "narrativeoverrides.h"
#include "reporttemplate.h"

#include <QDir>
#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>

namespace Juesuan {

// ---------------------------------------------------------------- the table

namespace {

bool readTerm(const QString &text, const ReportTemplate &edition, TextCheckTable::Term *term, QString *why)
{
    using Kind = TextCheckTable::Term::Kind;
    const QString t = text.trimmed();
    const auto fixed = [&](const char *word, Kind kind) {
        if (t != QLatin1String(word))
            return false;
        term->kind = kind;
        return true;
    };
    if (fixed("projects.budget", Kind::ProjectsBudget) || fixed("projects.executed", Kind::ProjectsExecuted)
        || fixed("overall.executed", Kind::OverallExecuted))
        return true;
    const FigureCatalogue &figures = edition.figures();
    if (t.startsWith(QLatin1String("fact:"))) {
        term->kind = Kind::Fact;
        term->name = t.mid(5);
        if (!figures.isFact(term->name) || figures.isCount(term->name)) {
            *why = TextCheckTable::tr("“%1” is not an amount among the edition's figures").arg(term->name);
            return false;
        }
        return true;
    }
    if (t.startsWith(QLatin1String("prior:"))) {
        term->kind = Kind::Prior;
        term->name = t.mid(6);
        if (!figures.isPriorYear(term->name)) {
            *why = TextCheckTable::tr("“%1” is not a 上年 figure of the edition").arg(term->name);
            return false;
        }
        return true;
    }
    if (t.startsWith(QLatin1String("budgets:"))) {
        term->kind = Kind::Budgets;
        term->name = t.mid(8);
        if (!edition.quantityCell(term->name).isValid()) {
            *why = TextCheckTable::tr("“%1” is not a one-cell quantity of the edition").arg(term->name);
            return false;
        }
        return true;
    }
    term->kind = Kind::Quantity;
    term->name = t;
    if (!edition.hasQuantity(t)) {
        *why = TextCheckTable::tr("“%1” is not a quantity of the edition").arg(t);
        return false;
    }
    return true;
}

bool readSource(const QJsonValue &json, const ReportTemplate &edition, TextCheckTable::Source *source, QString *why)
{
    if (!json.isString() || json.toString().trimmed().isEmpty()) {
        *why = TextCheckTable::tr("a source is a non-empty string such as “income_total” or “fact:operating_expense”");
        return false;
    }
    for (const QString &part : json.toString().split(QLatin1Char('+'))) {
        TextCheckTable::Term term;
        if (!readTerm(part, edition, &term, why))
            return false;
        source->append(term);
    }
    return true;
}

} // namespace

bool TextCheckTable::readEntries(const QJsonValue &json, const ReportTemplate &edition, const QString &where,
                                 QList<Entry> *out, QString *error)
{
    if (!json.isArray()) {
        *error = tr("%1: an array of phrases is expected").arg(where);
        return false;
    }
    const QJsonArray entries = json.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject o = entries.at(i).toObject();
        static const QStringList members = {QStringLiteral("say"), QStringLiteral("value"), QStringLiteral("prior"),
                                            QStringLiteral("budget"), QStringLiteral("comment")};
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!members.contains(it.key())) {
                *error = tr("%1: unknown member “%2”").arg(at, it.key());
                return false;
            }
        Entry e;
        for (const QJsonValue &v : o.value(QLatin1String("say")).toArray())
            if (!v.toString().trimmed().isEmpty())
                e.say.append(v.toString().trimmed());
        if (e.say.isEmpty()) {
            *error = tr("%1: “say” lists no phrase").arg(at);
            return false;
        }
        const QJsonValue value = o.value(QLatin1String("value"));
        const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
        QString why;
        for (const QJsonValue &v : values) {
            Source s;
            if (!readSource(v, edition, &s, &why)) {
                *error = tr("%1: value: %2").arg(at, why);
                return false;
            }
            e.value.append(s);
        }
        if (o.contains(QLatin1String("prior")) && !readSource(o.value(QLatin1String("prior")), edition, &e.prior, &why)) {
            *error = tr("%1: prior: %2").arg(at, why);
            return false;
        }
        if (o.contains(QLatin1String("budget")) && !readSource(o.value(QLatin1String("budget")), edition, &e.budget, &why)) {
            *error = tr("%1: budget: %2").arg(at, why);
            return false;
        }
        out->append(e);
    }
    return true;
}

bool TextCheckTable::fromJson(const QJsonObject &json, const ReportTemplate &edition, const QString &where,
                              QString *error)
{
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != QLatin1String("phrases") && it.key() != QLatin1String("sections")
            && it.key() != QLatin1String("comment")) {
            *error = tr("%1: unknown member “%2”").arg(where, it.key());
            return false;
        }
    if (!readEntries(json.value(QLatin1String("phrases")), edition, where + QStringLiteral(".phrases"), &m_common, error))
        return false;
    const QJsonObject sections = json.value(QLatin1String("sections")).toObject();
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        QList<Entry> entries;
        if (!readEntries(it.value(), edition, where + QStringLiteral(".sections.") + it.key(), &entries, error))
            return false;
        m_sections.insert(it.key(), entries);
    }
    return true;
}

std::shared_ptr<const TextCheckTable> TextCheckTable::forTemplate(const ReportTemplate &edition, QString *error)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const TextCheckTable>> cache;
    QMutexLocker lock(&mutex);
    if (auto table = cache.value(edition.directory()))
        return table;
    auto table = std::make_shared<TextCheckTable>();
    // The edition's own table, else its base's (a base lives in a sibling folder).
    QString dir = edition.directory();
    for (int depth = 0; depth < 16 && !dir.isEmpty(); ++depth) {
        const QString file = dir + QStringLiteral("/edition.json");
        QJsonObject json;
        QString why;
        if (!ReportTemplate::readJsonObject(file, &json, &why)) {
            *error = why;
            return nullptr;
        }
        if (json.contains(QLatin1String("textChecks"))) {
            if (!table->fromJson(json.value(QLatin1String("textChecks")).toObject(), edition,
                                 file + QStringLiteral(": textChecks"), error))
                return nullptr;
            break;
        }
        const QString base = json.value(QLatin1String("base")).toString();
        dir = base.isEmpty() ? QString() : QDir::cleanPath(dir + QStringLiteral("/../") + base);
    }
    cache.insert(edition.directory(), table);
    return table;
}

// ---------------------------------------------------------------- the check

namespace {

using Entry = TextCheckTable::Entry;

// One phrase or number of a text.
struct Token {
    int start = 0;
    int end = 0;
    const Entry *entry = nullptr; // a phrase
    // a number: its digits as an integer, its decimals, its unit
    qint64 units = 0;
    int decimals = 0;
    bool percent = false;
    qint64 unitFen = 0; // 万元 1000000, 元 100, 亿元 10^10
};

bool isBoundary(QChar c)
{
    // Sentences and the clauses of a list (；): what a phrase's meaning does not cross.
    static const QString marks = QStringLiteral("。！？；!?;\n");
    return marks.contains(c);
}

qint64 magnitude(qint64 v)
{
    return v < 0 ? -v : v;
}

// Whether `fen` shows as `units` at `decimals` in a unit of `unitFen` 分, half up.
bool sameAmount(qint64 fen, qint64 units, int decimals, qint64 unitFen)
{
    fen = magnitude(fen);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    if (unitFen % scale == 0) {
        const qint64 step = unitFen / scale;
        return (fen + step / 2) / step == units;
    }
    // More decimals than 分 have: the text must say the exact amount.
    return __int128(units) * unitFen == __int128(fen) * scale;
}

bool samePercent(qint64 num, qint64 den, qint64 units, int decimals)
{
    if (den == 0)
        return num == 0 && units == 0; // 占…的0% of nothing, as the published wording has it
    qint64 u = 0;
    return Money::percentUnits(magnitude(num), magnitude(den), decimals, &u) && u == units;
}

QString wanyuanText(qint64 fen)
{
    return Narrative::wan(Money::fromFen(fen)) + QStringLiteral("万元");
}

QString percentText(qint64 num, qint64 den, int decimals)
{
    const QString s = Money::percent(magnitude(num), magnitude(den), decimals);
    return s.isEmpty() ? QStringLiteral("—") : s;
}

// The last word of `lead` that says which way a figure moved: +1 up, -1 down, 0 none; its offset.
int direction(const QString &lead, int *at)
{
    static const QStringList up = {QStringLiteral("增加"), QStringLiteral("增长"), QStringLiteral("上升"),
                                   QStringLiteral("提高"), QStringLiteral("超支")};
    static const QStringList down = {QStringLiteral("减少"), QStringLiteral("下降"), QStringLiteral("降低"),
                                     QStringLiteral("节约"), QStringLiteral("减支")};
    int best = -1, dir = 0;
    for (const QString &w : up)
        if (const int i = int(lead.lastIndexOf(w)); i > best) {
            best = i;
            dir = 1;
        }
    for (const QString &w : down)
        if (const int i = int(lead.lastIndexOf(w)); i > best) {
            best = i;
            dir = -1;
        }
    *at = best;
    return dir;
}

// Whether nothing but joining words stands between a phrase and its amount ("为", "：", "支出决算为").
bool onlyJoins(QString lead)
{
    static const QStringList words = {QStringLiteral("支出决算为"), QStringLiteral("决算数为"), QStringLiteral("决算为"),
                                      QStringLiteral("执行数为"), QStringLiteral("支出为"), QStringLiteral("总额为"),
                                      QStringLiteral("共计"), QStringLiteral("达到"), QStringLiteral("为"),
                                      QStringLiteral("是"), QStringLiteral("共"), QStringLiteral("达"),
                                      QStringLiteral("各"), QStringLiteral("的")};
    for (const QString &w : words)
        lead.remove(w);
    static const QString marks = QStringLiteral("，,：: \t\u3000");
    for (QChar c : std::as_const(lead))
        if (!marks.contains(c))
            return false;
    return true;
}

} // namespace

TextCheck::TextCheck(const Document &document)
    : m_document(document), m_table(TextCheckTable::forTemplate(document.reportTemplate(), &m_error))
{
}

std::optional<qint64> TextCheck::evaluate(const TextCheckTable::Source &source) const
{
    using Kind = TextCheckTable::Term::Kind;
    if (source.isEmpty())
        return std::nullopt;
    const Document &d = m_document;
    qint64 sum = 0;
    for (const TextCheckTable::Term &t : source) {
        switch (t.kind) {
        case Kind::Quantity:
            sum += d.quantity(t.name).fen(); // as printed; blank tables say 0
            break;
        case Kind::Fact:
            if (!d.hasFact(t.name))
                return std::nullopt; // not entered: nothing to compare with
            sum += d.factAmount(t.name).fen();
            break;
        case Kind::Prior: {
            const Money m = d.priorYear(t.name);
            if (m.isBlank())
                return std::nullopt;
            sum += m.fen();
            break;
        }
        case Kind::Budgets: {
            const QString table = d.reportTemplate().quantityCell(t.name).table;
            const QStringList items = d.itemRows(table);
            if (d.budgets().isEmpty())
                return std::nullopt;
            for (const QString &code : items)
                sum += d.budget(code).fen();
            break;
        }
        case Kind::ProjectsBudget:
        case Kind::ProjectsExecuted: {
            bool any = false;
            for (const EvaluationForm &f : d.evaluations())
                if (f.kind == EvaluationForm::Kind::Project) {
                    sum += (t.kind == Kind::ProjectsBudget ? f.budget : f.executed).fen();
                    any = true;
                }
            if (!any)
                return std::nullopt;
            break;
        }
        case Kind::OverallExecuted:
        case Kind::FormBudget:
        case Kind::FormExecuted: {
            const EvaluationForm *form = nullptr;
            for (const EvaluationForm &f : d.evaluations())
                if (t.kind == Kind::OverallExecuted ? f.kind == EvaluationForm::Kind::Overall : f.name == t.name)
                    form = &f;
            if (!form)
                return std::nullopt;
            const Money m = t.kind == Kind::FormBudget ? form->budget : form->executed;
            if (m.isBlank())
                return std::nullopt;
            sum += m.fen();
            break;
        }
        }
    }
    return sum;
}

QList<Finding> TextCheck::run() const
{
    QList<Finding> out;
    if (!m_table) {
        Finding f;
        f.severity = Finding::Severity::Error;
        f.ruleId = QStringLiteral("text.table");
        f.message = tr("The text cannot be checked against the tables: %1").arg(m_error);
        out.append(f);
        return out;
    }
    QStringList keys = Document::textKeys();
    for (const QString &id : NarrativeOverrides::detachedSections(m_document))
        keys.append(NarrativeOverrides::key(id));
    for (const QString &key : std::as_const(keys))
        out += check(key, m_document.text(key));
    return out;
}

QList<Finding> TextCheck::check(const QString &key, const QString &text) const
{
    QList<Finding> out;
    if (!m_table || text.isEmpty())
        return out;

    // The phrases this text may use: its section's own first, then the common ones, then the
    // names of the project self-evaluation forms (a project's 预算数 and 执行数).
    QList<Entry> entries = m_table->section(NarrativeOverrides::sectionOf(key));
    entries += m_table->common();
    for (const EvaluationForm &f : m_document.evaluations()) {
        if (f.kind != EvaluationForm::Kind::Project || f.name.trimmed().size() < 2)
            continue;
        Entry e;
        e.say << f.name.trimmed();
        e.value << TextCheckTable::Source{{TextCheckTable::Term::Kind::FormExecuted, f.name}};
        e.budget << TextCheckTable::Term{TextCheckTable::Term::Kind::FormBudget, f.name};
        entries.append(e);
    }
    struct Phrase {
        QString text;
        const Entry *entry;
    };
    QList<Phrase> phrases;
    for (const Entry &e : std::as_const(entries))
        for (const QString &s : e.say)
            if (std::none_of(phrases.cbegin(), phrases.cend(), [&](const Phrase &p) { return p.text == s; }))
                phrases.append({s, &e});
    // Longest first: 一般公共预算财政拨款支出 before 支出合计, 本年支出合计 before 本年支出.
    std::stable_sort(phrases.begin(), phrases.end(),
                     [](const Phrase &a, const Phrase &b) { return a.text.size() > b.text.size(); });

    // Tokens: phrases left to right, longest at each place, and the numbers outside them.
    QList<Token> tokens;
    for (int i = 0; i < text.size();) {
        const Phrase *hit = nullptr;
        for (const Phrase &p : std::as_const(phrases))
            if (QStringView(text).mid(i).startsWith(p.text)) {
                hit = &p;
                break;
            }
        if (!hit) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.end = i + int(hit->text.size());
        t.entry = hit->entry;
        tokens.append(t);
        i = t.end;
    }
    static const QRegularExpression number(QStringLiteral(
            "(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.([0-9]+))?\\s*(万元|亿元|元|%|％)"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Token t;
        t.start = int(m.capturedStart());
        t.end = int(m.capturedEnd());
        if (std::any_of(tokens.cbegin(), tokens.cend(),
                        [&](const Token &p) { return p.entry && p.start < t.end && t.start < p.end; }))
            continue;
        const QString digits = m.captured(1).remove(QLatin1Char(',')) + m.captured(2);
        if (digits.size() > 15)
            continue; // not an amount of a report
        t.units = digits.toLongLong();
        t.decimals = int(m.captured(2).size());
        const QString unit = m.captured(3);
        t.percent = unit == QLatin1String("%") || unit == QStringLiteral("％");
        t.unitFen = unit == QStringLiteral("万元") ? Money::fenPerWanyuan
                : unit == QStringLiteral("亿元")   ? Money::fenPerWanyuan * 10000
                                                   : Money::fenPerYuan;
        tokens.append(t);
    }
    std::sort(tokens.begin(), tokens.end(), [](const Token &a, const Token &b) { return a.start < b.start; });

    const auto finding = [&](const char *rule, int start, int end, const QString &message) {
        Finding f;
        f.severity = Finding::Severity::Warning;
        f.ruleId = QString::fromLatin1(rule);
        f.message = message;
        f.textKey = key;
        f.textOffset = start;
        f.textLength = end - start;
        out.append(f);
    };
    const auto words = [&](int start, int end) { return text.mid(start, end - start); };
    // Whether one of the entry's values over `den` is the token's percentage (an entry may name
    // alternatives, e.g. 资金 as Σ budgets or Σ executed); *shown gets the first value the
    // tables give, for the message. Unknown when no value can be computed.
    enum class Match { Unknown, Agrees, Differs };
    const auto percentOf = [&](const Entry &e, qint64 den, const Token &t, qint64 *shown) {
        Match match = Match::Unknown;
        for (const auto &v : e.value)
            if (const std::optional<qint64> num = evaluate(v)) {
                if (match == Match::Unknown)
                    *shown = *num;
                if (samePercent(*num, den, t.units, t.decimals))
                    return Match::Agrees;
                match = Match::Differs;
            }
        return match;
    };
    // The same for a change against `base` (上年 or 年初预算) in the text's direction `dir`:
    // agrees when a value moved that way by what `matches` accepts. *firstDiff: the first
    // change the tables give; *signOk: whether any value moved in the text's direction (a
    // wrong 增加/减少 points at the word too).
    const auto changeOf = [&](const Entry &e, qint64 base, int dir, const auto &matches, qint64 *firstDiff,
                              bool *signOk) {
        Match match = Match::Unknown;
        for (const auto &v : e.value)
            if (const std::optional<qint64> now = evaluate(v)) {
                const qint64 diff = *now - base;
                if (match == Match::Unknown) {
                    *firstDiff = diff;
                    match = Match::Differs;
                }
                const bool sign = diff == 0 || (diff > 0) == (dir > 0);
                *signOk = *signOk || sign;
                if (sign && matches(diff))
                    match = Match::Agrees;
            }
        return match;
    };

    // Walk each sentence: the last phrase is the subject of the figures after it; a phrase
    // right after 占 is the whole a share is of.
    const Token *subject = nullptr;
    const Token *whole = nullptr;
    const Token *previous = nullptr;
    bool budgetBase = false; // the last change was against the budget (比年初预算…)
    int lastEnd = 0;
    for (const Token &t : std::as_const(tokens)) {
        const QString lead = text.mid(lastEnd, t.start - lastEnd);
        if (std::any_of(lead.cbegin(), lead.cend(), isBoundary)) {
            subject = whole = previous = nullptr;
            budgetBase = false;
        }
        lastEnd = t.end;
        if (t.entry) {
            if (subject && (lead.endsWith(QChar(0x5360)) || lead.endsWith(QStringLiteral("占到")))) // 占
                whole = &t;
            else {
                subject = &t;
                whole = nullptr;
            }
            previous = &t;
            continue;
        }
        const Token *after = previous;
        previous = &t;
        if (!subject)
            continue;
        const Entry &e = *subject->entry;
        const QString name = words(subject->start, subject->end);
        int dirAt = -1;
        const int dir = direction(lead, &dirAt);
        if (t.percent) {
            if (whole && after == whole) {
                // "占本年支出的86.5%"
                if (!onlyJoins(lead))
                    continue;
                const Entry &w = *whole->entry;
                const std::optional<qint64> den = w.value.isEmpty() ? std::nullopt : evaluate(w.value.first());
                if (!den)
                    continue;
                qint64 firstNum = 0;
                if (percentOf(e, *den, t, &firstNum) == Match::Differs)
                    finding("text.share", t.start, t.end,
                            tr("%1 as a share of %2: the text says %3, the tables give %4")
                                    .arg(name, words(whole->start, whole->end), words(t.start, t.end),
                                         percentText(firstNum, *den, t.decimals)));
                whole = nullptr;
                continue;
            }
            if (lead.contains(QChar(0x5360))) // 占 with no whole we know: leave it
                continue;
            if (lead.contains(QStringLiteral("完成"))) {
                // "完成年初预算的53%": the figure over its budget.
                const std::optional<qint64> budget = evaluate(e.budget);
                if (!budget)
                    continue;
                qint64 firstNum = 0;
                if (percentOf(e, *budget, t, &firstNum) == Match::Differs)
                    finding("text.share", t.start, t.end,
                            tr("%1 against its budget: the text says %2 done, the tables give %3")
                                    .arg(name, words(t.start, t.end), percentText(firstNum, *budget, t.decimals)));
                continue;
            }
            if (dir != 0) {
                // "下降29.2%": the change over last year's figure (or the budget it was against).
                const bool againstBudget = lead.contains(QStringLiteral("预算")) || budgetBase;
                const std::optional<qint64> base = evaluate(againstBudget ? e.budget : e.prior);
                if (!base)
                    continue;
                qint64 firstDiff = 0;
                bool signOk = false;
                const auto percent = [&](qint64 diff) { return samePercent(diff, *base, t.units, t.decimals); };
                if (changeOf(e, *base, dir, percent, &firstDiff, &signOk) == Match::Differs) {
                    const QString truth = (firstDiff >= 0 ? QStringLiteral("增长") : QStringLiteral("下降"))
                            + percentText(firstDiff, *base, t.decimals);
                    // A wrong direction points at the word too: "增长29.2%" where it fell.
                    const int from = signOk ? t.start : t.start - (int(lead.size()) - dirAt);
                    finding("text.change", from, t.end,
                            tr("%1, rate of change: the text says %2, the tables give %3")
                                    .arg(name, words(from, t.end), truth));
                }
                continue;
            }
            continue;
        }

        // An amount.
        if (dir != 0) {
            // "减少1274.1万元" after a phrase, or "比年初预算增加0.08万元".
            const bool againstBudget = lead.contains(QStringLiteral("预算"));
            budgetBase = againstBudget;
            const std::optional<qint64> base = evaluate(againstBudget ? e.budget : e.prior);
            if (!base)
                continue;
            qint64 firstDiff = 0;
            bool signOk = false;
            const auto amount = [&](qint64 diff) { return sameAmount(diff, t.units, t.decimals, t.unitFen); };
            if (changeOf(e, *base, dir, amount, &firstDiff, &signOk) == Match::Differs) {
                const int from = signOk ? t.start : t.start - (int(lead.size()) - dirAt);
                const QString truth = firstDiff == 0 ? QStringLiteral("持平")
                                                     : (firstDiff > 0 ? QStringLiteral("增加") : QStringLiteral("减少"))
                                + wanyuanText(magnitude(firstDiff));
                finding("text.change", from, t.end,
                        (againstBudget ? tr("%1 against its budget: the text says %2, the tables give %3")
                                       : tr("%1 against last year: the text says %2, the tables give %3"))
                                .arg(name, words(from, t.end), truth));
            }
            continue;
        }
        const bool budgetWord = lead.contains(QStringLiteral("预算")) && !lead.contains(QStringLiteral("决算"))
                && !lead.contains(QStringLiteral("执行"));
        if (budgetWord) {
            // "预算为3万元", "项目全年预算数为44.71万元": within one clause of its phrase.
            if (after != subject || lead.contains(QChar(0xFF0C)) || lead.contains(QLatin1Char(',')))
                continue;
            const std::optional<qint64> budget = evaluate(e.budget);
            if (budget && !sameAmount(*budget, t.units, t.decimals, t.unitFen))
                finding("text.amount", t.start, t.end,
                        tr("%1, budget: the text says %2, the tables give %3")
                                .arg(name, words(t.start, t.end), wanyuanText(*budget)));
            continue;
        }
        // The figure itself: right after its phrase, or after another figure of it named
        // explicitly ("，支出决算为1.67万元", "，执行数为22.74万元").
        const bool explicitActual = lead.contains(QStringLiteral("决算")) || lead.contains(QStringLiteral("执行数"));
        if (!(after == subject || explicitActual) || !onlyJoins(lead))
            continue;
        bool ok = false, known = false;
        qint64 first = 0;
        for (const auto &v : e.value)
            if (const std::optional<qint64> value = evaluate(v)) {
                if (!known)
                    first = *value;
                known = true;
                ok = ok || sameAmount(*value, t.units, t.decimals, t.unitFen);
            }
        if (known && !ok)
            finding("text.amount", t.start, t.end,
                    tr("%1: the text says %2, the tables give %3").arg(name, words(t.start, t.end), wanyuanText(first)));
    }
    return out;
}

} // namespace Juesuan
