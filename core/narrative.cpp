#include "narrative.h"

#include "chartseries.h"
#include "document.h"
#include "narrativeoverrides.h"
#include "tabletemplate.h"
#include "yearlabel.h"

#include <QSet>

#include <algorithm>

namespace Juesuan {

namespace {

// A named quantity of the edition, as the tables print it.
Money qty(const Document &d, const char *name)
{
    return d.quantity(QString::fromLatin1(name));
}

Money cell(const Document &d, const CellKey &key)
{
    return d.printed().printedValue(key); // the figures the tables print
}

// The cell of `row` and the column of a single-cell quantity (a row of the table it totals).
CellKey besideQuantity(const Document &d, const char *name, const QString &row)
{
    CellKey k = d.reportTemplate().quantityCell(QString::fromLatin1(name));
    k.row = row;
    return k;
}

// An amount in the text, as the document's style prints it ("1274.1万元" or "1274.10万元").
QString wanyuan(const Document &d, const Money &m)
{
    return Narrative::wan(m, d.narrativeStyle()) + QStringLiteral("万元");
}

// The three kinds of percentage the style sets decimals for.
QString sharePct(const Document &d, qint64 num, qint64 den)
{
    return Narrative::share(num, den, d.narrativeStyle().shareDecimals);
}

QString changePct(const Document &d, qint64 num, qint64 den)
{
    return Narrative::share(num, den, d.narrativeStyle().changeDecimals);
}

QString ratePct(const Document &d, qint64 num, qint64 den)
{
    return Narrative::share(num, den, d.narrativeStyle().rateDecimals);
}

// A self-evaluation form's 执行率 B/A in the style's decimals; empty when A is 0 or blank.
QString formRate(const Document &d, const Money &executed, const Money &budget)
{
    return Narrative::share(executed.fen(), budget.fen(), d.narrativeStyle().formRateDecimals);
}

QString yearText(const Document &d, int offset = 0)
{
    return yearLabel(d.metadata().year, offset);
}

// "<年度><scope>支出年初预算为X万元，支出决算为Y万元，完成年初预算的Z%" over the 项 `items`
// (五（三） for 一般公共预算, 七 for 政府性基金); the rate is left out when there is no budget.
QString budgetAgainstActual(const Document &d, const QString &scope, const QStringList &items, const Money &spent)
{
    Money budgetTotal = Money::fromFen(0);
    for (const QString &code : items)
        budgetTotal += d.budget(code);
    QString q = yearText(d) + scope + QStringLiteral("支出年初预算为") + wanyuan(d, budgetTotal)
            + QStringLiteral("，支出决算为") + wanyuan(d, spent);
    const QString done = ratePct(d, spent.fen(), budgetTotal.fen());
    if (!done.isEmpty())
        q += QStringLiteral("，完成年初预算的") + done;
    return q;
}

// Ends a sentence with 。 unless the text already closes one.
QString closed(const QString &s)
{
    if (s.isEmpty())
        return s;
    const QChar last = s.back();
    if (last == QChar(0x3002) || last == QChar(0xFF01) || last == QChar(0xFF1F) || last == QLatin1Char(')')
        || last == QChar(0xFF09) || last == QChar(0x201D))
        return s;
    return s + QChar(0x3002);
}

QString reasonText(const Document &d, const QString &key)
{
    QString r = d.text(key).trimmed();
    while (r.endsWith(QChar(0x3002)))
        r.chop(1);
    return r;
}

// "，主要原因是…" (or with another lead-in) when the accountant gave a reason; empty otherwise.
QString reasonClause(const Document &d, const QString &key, const QString &leadIn)
{
    const QString r = reasonText(d, key);
    return r.isEmpty() ? QString() : leadIn + r;
}

// The 主要原因 of `key`, asked for in section `s` because its figures differ: when nobody has
// written it, the section says so (missingReasons) and the audit warns.
QString askReason(const Document &d, NarrativeSection &s, const QString &key, const QString &leadIn)
{
    if (!s.reasonKeys.contains(key))
        s.reasonKeys << key;
    if (reasonText(d, key).isEmpty() && !s.missingReasons.contains(key))
        s.missingReasons << key;
    return reasonClause(d, key, leadIn);
}

qint64 absFen(const Money &m)
{
    return m.fen() < 0 ? -m.fen() : m.fen();
}

// "与2022年度相比，<subject>[各]减少1274.1万元，下降29.2%"; "…持平"; empty without a 上年 figure.
QString comparison(const Document &d, const QString &subject, const Money &now, const Money &prior, bool each)
{
    if (prior.isBlank())
        return QString();
    QString s = QStringLiteral("与") + yearText(d, -1) + QStringLiteral("相比，") + subject;
    const Money diff = now - prior;
    if (diff.fen() == 0)
        return s + QStringLiteral("持平");
    const bool up = diff.fen() > 0;
    s += (each ? QStringLiteral("各") : QString()) + (up ? QStringLiteral("增加") : QStringLiteral("减少"))
            + wanyuan(d, Money::fromFen(absFen(diff)));
    const QString rate = changePct(d, absFen(diff), absFen(prior));
    if (!rate.isEmpty())
        s += (up ? QStringLiteral("，增长") : QStringLiteral("，下降")) + rate;
    return s;
}

// "完成年初预算的94.4%" when the actual does not exceed a non-zero budget (the published
// wording gives no rate for overruns); empty otherwise.
QString completion(const Document &d, const Money &actual, const Money &budget,
                   const QString &lead = QStringLiteral("完成年初预算的"))
{
    if (budget.fen() == 0 || (actual.fen() > budget.fen() && !d.narrativeStyle().rateOverBudget))
        return QString();
    return lead + ratePct(d, actual.fen(), budget.fen());
}

QString numbered(int n, const QString &text, bool space = true)
{
    return QString::number(n) + (space ? QStringLiteral(". ") : QStringLiteral(".")) + text;
}

// Whether the code-list table that quantity `total` totals has no rows and all-zero totals.
bool tableEmpty(const Document &d, const char *total)
{
    const CellKey key = d.reportTemplate().quantityCell(QString::fromLatin1(total));
    if (!d.itemRows(key.table).isEmpty())
        return false;
    const TableTemplate *t = d.reportTemplate().table(key.table);
    if (!t)
        return true;
    for (const QString &col : t->amountColumns())
        if (cell(d, CellKey{key.table, key.row, col}).fen() != 0)
            return false;
    return true;
}

// The non-zero leaf lines of 06表 that make up `total` (人员经费合计 or 公用经费合计), in line order.
QStringList basicLines(const Document &d, const CellKey &total)
{
    QSet<CellKey> leaves;
    QList<CellKey> todo = d.operands(total);
    while (!todo.isEmpty()) {
        const CellKey k = todo.takeLast();
        if (d.isComputed(k))
            todo += d.operands(k);
        else
            leaves.insert(k);
    }
    QStringList names;
    const TableTemplate *t = d.reportTemplate().table(total.table);
    if (!t)
        return names;
    for (const TableTemplate::Line &line : t->lines())
        for (const CellKey &k : line.cells)
            if (leaves.contains(k) && d.value(k).fen() != 0)
                names.append(line.name);
    return names;
}

// The project forms in the order the style asks: as entered, or by 执行数 (largest first,
// ties as entered).
QList<const EvaluationForm *> projectForms(const Document &d)
{
    QList<const EvaluationForm *> out;
    for (const EvaluationForm &f : d.evaluations())
        if (f.kind == EvaluationForm::Kind::Project)
            out.append(&f);
    if (d.narrativeStyle().projectOrder == NarrativeStyle::ProjectOrder::ByAmount)
        std::stable_sort(out.begin(), out.end(), [](const EvaluationForm *a, const EvaluationForm *b) {
            return a->executed.fen() > b->executed.fen();
        });
    return out;
}

const EvaluationForm *overallForm(const Document &d)
{
    for (const EvaluationForm &f : d.evaluations())
        if (f.kind == EvaluationForm::Kind::Overall)
            return &f;
    return nullptr;
}

using Sections = QList<NarrativeSection>;

NarrativeSection section(const QString &id, int level, const QString &heading)
{
    NarrativeSection s;
    s.id = id;
    s.level = level;
    s.heading = heading;
    return s;
}

// 一、收入支出决算总体情况说明
NarrativeSection overview(const Document &d)
{
    NarrativeSection s = section(QStringLiteral("overview"), 1, QStringLiteral("一、收入支出决算总体情况说明"));
    s.figure = 1;
    const QString reason = QStringLiteral("reason.total");
    s.reasonKeys << reason;
    const Money in = qty(d, "income_total"), out = qty(d, "expense_total");
    const Money priorIn = d.priorYear(QStringLiteral("income_total"));
    const Money priorOut = d.priorYear(QStringLiteral("expense_total"));
    QString p;
    QString cmp;
    if (in == out && priorIn == priorOut) {
        p = yearText(d) + QStringLiteral("收、支总计") + wanyuan(d, in) + QChar(0x3002);
        cmp = comparison(d, QStringLiteral("收、支总计"), in, priorIn, true);
    } else {
        p = yearText(d) + QStringLiteral("收入总计") + wanyuan(d, in) + QStringLiteral("，支出总计") + wanyuan(d, out)
                + QChar(0x3002);
        const QString a = comparison(d, QStringLiteral("收入总计"), in, priorIn, false);
        const QString b = comparison(d, QStringLiteral("支出总计"), out, priorOut, false);
        cmp = a.isEmpty() ? b : (b.isEmpty() ? a : a + QChar(0xFF1B) + b.mid(b.indexOf(QChar(0xFF0C)) + 1));
    }
    if (!cmp.isEmpty())
        p += cmp + reasonClause(d, reason, QStringLiteral("，主要原因是")) + QChar(0x3002);
    s.paragraphs << p;
    return s;
}

// "其中：A万元，占本年收入x%；B…。" from a pie's slices.
QString sliceList(const Document &d, const ChartSeries &pie, const QString &ofWhat)
{
    QStringList parts;
    for (const ChartSeries::Slice &sl : pie.slices)
        parts << sl.label + wanyuan(d, sl.value)
                        + (sl.share.isEmpty() ? QString() : QStringLiteral("，占") + ofWhat + sharePct(d, sl.value.fen(), pie.denominator.fen()));
    return parts.isEmpty() ? QString() : QStringLiteral("其中：") + parts.join(QChar(0xFF1B)) + QChar(0x3002);
}

// 二、收入决算情况说明
NarrativeSection income(const Document &d)
{
    NarrativeSection s = section(QStringLiteral("income"), 1, QStringLiteral("二、收入决算情况说明"));
    s.figure = 2;
    const QString reason = QStringLiteral("reason.income");
    s.reasonKeys << reason;
    const Money total = qty(d, "income_year");
    QString p = yearText(d) + QStringLiteral("收入合计") + wanyuan(d, total) + QChar(0x3002);
    const QString cmp = comparison(d, QStringLiteral("收入合计"), total, d.priorYear(QStringLiteral("income_year")), false);
    if (!cmp.isEmpty())
        p += cmp + reasonClause(d, reason, QStringLiteral("，主要原因是")) + QChar(0x3002);
    p += sliceList(d, ChartSeries::figure(d, 2), QStringLiteral("本年收入"));
    s.paragraphs << p;
    return s;
}

// 三、支出决算情况说明
NarrativeSection expense(const Document &d)
{
    NarrativeSection s = section(QStringLiteral("expense"), 1, QStringLiteral("三、支出决算情况说明"));
    s.figure = 3;
    const QString reason = QStringLiteral("reason.expense");
    s.reasonKeys << reason;
    const Money total = qty(d, "expense_year");
    QString p = yearText(d) + QStringLiteral("支出合计") + wanyuan(d, total);
    const QString cmp = comparison(d, QStringLiteral("支出合计"), total, d.priorYear(QStringLiteral("expense_year")), false);
    p += cmp.isEmpty() ? QString(QChar(0x3002))
                       : QStringLiteral("，") + cmp + reasonClause(d, reason, QStringLiteral("，主要原因是")) + QChar(0x3002);
    p += sliceList(d, ChartSeries::figure(d, 3), QStringLiteral("本年支出"));
    s.paragraphs << p;
    return s;
}

// 四、财政拨款收入支出决算总体情况说明
NarrativeSection fiscal(const Document &d)
{
    NarrativeSection s = section(QStringLiteral("fiscal"), 1, QStringLiteral("四、财政拨款收入支出决算总体情况说明"));
    s.figure = 4;
    const QString reason = QStringLiteral("reason.fiscal");
    const QString reasonGpb = QStringLiteral("reason.fiscalIncomeGpb");
    s.reasonKeys << reason << reasonGpb;
    const Money in = qty(d, "fiscal_total"), out = qty(d, "fiscal_expense_total");
    const Money prior = d.priorYear(QStringLiteral("fiscal_total"));
    QString p;
    QString cmp;
    if (in == out) {
        p = yearText(d) + QStringLiteral("财政拨款收、支总计") + wanyuan(d, in) + QChar(0x3002);
        cmp = comparison(d, QStringLiteral("财政拨款收、支总计"), in, prior, true);
    } else {
        p = yearText(d) + QStringLiteral("财政拨款收入总计") + wanyuan(d, in) + QStringLiteral("，财政拨款支出总计")
                + wanyuan(d, out) + QChar(0x3002);
        cmp = comparison(d, QStringLiteral("财政拨款收入总计"), in, prior, false);
    }
    if (!cmp.isEmpty())
        p += cmp + QChar(0x3002) + reasonClause(d, reason, QStringLiteral("主要原因是")) + (reasonText(d, reason).isEmpty() ? QString() : QString(QChar(0x3002)));
    s.paragraphs << p;

    const Money gpb = qty(d, "fiscal_income_gpb");
    const Money priorGpb = d.priorYear(QStringLiteral("fiscal_income_gpb"));
    QString q = yearText(d) + QStringLiteral("财政拨款收入中，一般公共预算财政拨款收入") + wanyuan(d, gpb);
    if (!priorGpb.isBlank()) {
        const Money diff = gpb - priorGpb;
        if (diff.fen() == 0) {
            q += QStringLiteral("，与") + yearText(d, -1) + QStringLiteral("决算数持平。");
        } else {
            const QString verb = diff.fen() > 0 ? QStringLiteral("增加") : QStringLiteral("减少");
            q += QStringLiteral("，比") + yearText(d, -1) + QStringLiteral("决算数") + verb
                    + wanyuan(d, Money::fromFen(absFen(diff))) + QChar(0x3002)
                    + reasonClause(d, reasonGpb, verb + QStringLiteral("主要原因是"))
                    + (reasonText(d, reasonGpb).isEmpty() ? QString() : QString(QChar(0x3002)));
        }
    } else {
        q += QChar(0x3002);
    }
    const Money fund = qty(d, "fiscal_income_fund"), capital = qty(d, "fiscal_income_capital");
    if (fund.fen() != 0)
        q += QStringLiteral("政府性基金预算财政拨款收入") + wanyuan(d, fund) + QChar(0x3002);
    if (capital.fen() != 0)
        q += QStringLiteral("国有资本经营预算财政拨款收入") + wanyuan(d, capital) + QChar(0x3002);
    s.paragraphs << q;
    return s;
}

// 五、一般公共预算财政拨款支出决算情况说明, with its three parts.
void gpb(const Document &d, Sections &out)
{
    out << section(QStringLiteral("gpb"), 1, QStringLiteral("五、一般公共预算财政拨款支出决算情况说明"));
    const Money total = qty(d, "gpb_expense");

    NarrativeSection a = section(QStringLiteral("gpb.overall"), 2, QStringLiteral("（一）一般公共预算财政拨款支出决算总体情况"));
    const QString reason = QStringLiteral("reason.gpbExpense");
    a.reasonKeys << reason;
    QString p = yearText(d) + QStringLiteral("一般公共预算财政拨款支出") + wanyuan(d, total);
    const QString ofAll = sharePct(d, total.fen(), qty(d, "expense_year").fen());
    if (!ofAll.isEmpty())
        p += QStringLiteral("，占本年支出合计的") + ofAll;
    p += QChar(0x3002);
    const QString cmp = comparison(d, QStringLiteral("一般公共预算财政拨款支出"), total,
                                   d.priorYear(QStringLiteral("gpb_expense")), false);
    if (!cmp.isEmpty())
        p += cmp + QChar(0x3002) + reasonClause(d, reason, QStringLiteral("主要原因是"))
                + (reasonText(d, reason).isEmpty() ? QString() : QString(QChar(0x3002)));
    a.paragraphs << p;
    out << a;

    // (二) per 类, with the 项 it covers.
    NarrativeSection b = section(QStringLiteral("gpb.structure"), 2, QStringLiteral("（二）一般公共预算财政拨款支出决算结构情况"));
    b.paragraphs << yearText(d) + QStringLiteral("一般公共预算财政拨款支出") + wanyuan(d, total) + QStringLiteral("，主要用于以下方面：");
    const QString table = d.reportTemplate().quantityCell(QStringLiteral("gpb_expense")).table;
    const QStringList items = d.itemRows(table);
    int n = 0;
    for (const auto &row : d.bodyRows(table)) {
        if (row.second != 1)
            continue;
        const Money amount = cell(d, besideQuantity(d, "gpb_expense", row.first));
        if (amount.fen() == 0)
            continue;
        QStringList covered;
        for (const QString &code : items)
            if (code.startsWith(row.first) && cell(d, besideQuantity(d, "gpb_expense", code)).fen() != 0)
                covered << d.rowName(table, code);
        QString line = d.rowName(table, row.first) + QStringLiteral("（类）") + wanyuan(d, amount);
        const QString sh = sharePct(d, amount.fen(), total.fen());
        if (!sh.isEmpty())
            line += QStringLiteral("，占") + sh;
        line += QChar(0x3002);
        if (!covered.isEmpty())
            line += QStringLiteral("主要是用于") + covered.join(QChar(0x3001)) + QChar(0x3002);
        b.paragraphs << numbered(++n, line);
    }
    out << b;

    // (三) budget against actual, the projects, then each 项.
    NarrativeSection c = section(QStringLiteral("gpb.detail"), 2, QStringLiteral("（三）一般公共预算财政拨款支出决算具体情况"));
    QString q = budgetAgainstActual(d, QStringLiteral("一般公共预算财政拨款"), items, total);
    q += QStringLiteral("。其中：基本支出") + wanyuan(d, qty(d, "gpb_basic")) + QStringLiteral("，项目支出")
            + wanyuan(d, qty(d, "gpb_project")) + QChar(0x3002);
    QStringList projects;
    for (const EvaluationForm *f : projectForms(d)) {
        const QString key = Narrative::projectKey(QStringLiteral("reason.effect."), f->name);
        c.reasonKeys << key;
        const QString effect = reasonText(d, key);
        projects << f->name + wanyuan(d, f->executed)
                        + (effect.isEmpty() ? QString() : QStringLiteral("，主要成效是") + effect) + QChar(0x3002);
    }
    if (!projects.isEmpty())
        q += QStringLiteral("项目支出主要用于（不含涉密项目）：") + projects.join(QString());
    c.paragraphs << q;
    n = 0;
    for (const QString &code : items) {
        const Money actual = cell(d, besideQuantity(d, "gpb_expense", code));
        const Money budget = d.budget(code);
        if (actual.fen() == 0 && budget.fen() == 0)
            continue;
        const QString key = QStringLiteral("reason.item.") + code;
        c.reasonKeys << key;
        QString line = d.rowName(table, code.left(3)) + QStringLiteral("（类）") + d.rowName(table, code.left(5))
                + QStringLiteral("（款）") + d.rowName(table, code) + QStringLiteral("（项）。年初预算为")
                + wanyuan(d, budget.isBlank() ? Money::fromFen(0) : budget) + QStringLiteral("，支出决算为") + wanyuan(d, actual);
        const QString rate = completion(d, actual, budget);
        if (!rate.isEmpty())
            line += QChar(0xFF0C) + rate;
        if (actual.fen() != budget.fen()) {
            line += QStringLiteral("，支出决算数") + (actual.fen() > budget.fen() ? QStringLiteral("大于") : QStringLiteral("小于"))
                    + QStringLiteral("年初预算数") + reasonClause(d, key, QStringLiteral("的主要原因是"));
        }
        c.paragraphs << numbered(++n, line + QChar(0x3002));
    }
    out << c;
}

// 六、一般公共预算财政拨款基本支出决算情况说明
NarrativeSection gpbBasic(const Document &d)
{
    NarrativeSection s = section(QStringLiteral("gpbBasic"), 1, QStringLiteral("六、一般公共预算财政拨款基本支出决算情况说明"));
    s.paragraphs << yearText(d) + QStringLiteral("一般公共预算财政拨款基本支出") + wanyuan(d, qty(d, "gpb_basic"))
                    + QStringLiteral("，其中：");
    const struct { const char *quantity; const char *name; } parts[] = {
        {"basic_personnel", "人员经费"}, {"basic_public", "公用经费"}};
    for (const auto &part : parts) {
        const CellKey key = d.reportTemplate().quantityCell(QString::fromLatin1(part.quantity));
        const QStringList lines = basicLines(d, key);
        QString p = QString::fromUtf8(part.name) + wanyuan(d, cell(d, key));
        if (!lines.isEmpty())
            p += QStringLiteral("，主要包括：") + lines.join(QChar(0x3001));
        s.paragraphs << p + QChar(0x3002);
    }
    return s;
}

// "与2022年度相比，A增加…，增长…；B减少…，下降…" from two comparisons (either may be empty).
QString joinComparisons(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() ? b : a;
    return a + QChar(0xFF1B) + b.mid(b.indexOf(QChar(0xFF0C)) + 1);
}

// One 项 against its 年初预算, as 五（三）words it: "类（类）款（款）项（项）。年初预算为…，支出决算为…，
// 完成年初预算的…，支出决算数大于年初预算数的主要原因是…。"
QString itemAgainstBudget(const Document &d, NarrativeSection &s, const QString &table, const QString &code,
                          const Money &actual, const Money &budget, const QString &reasonPrefix)
{
    QString line = d.rowName(table, code.left(3)) + QStringLiteral("（类）") + d.rowName(table, code.left(5))
            + QStringLiteral("（款）") + d.rowName(table, code) + QStringLiteral("（项）。年初预算为")
            + wanyuan(d, budget.isBlank() ? Money::fromFen(0) : budget) + QStringLiteral("，支出决算为") + wanyuan(d, actual);
    const QString rate = completion(d, actual, budget);
    if (!rate.isEmpty())
        line += QChar(0xFF0C) + rate;
    if (actual.fen() != budget.fen())
        line += QStringLiteral("，支出决算数") + (actual.fen() > budget.fen() ? QStringLiteral("大于") : QStringLiteral("小于"))
                + QStringLiteral("年初预算数") + askReason(d, s, reasonPrefix + code, QStringLiteral("的主要原因是"));
    return line + QChar(0x3002);
}

// 七、政府性基金: the year's sentence, its 增减 against the 上年 figures when they are entered, and
// each 项 against its 年初预算 once any 07表 项 has one (as 五 does for 一般公共预算).
NarrativeSection fund(const Document &d)
{
    NarrativeSection s = section(QStringLiteral("fund"), 1, QStringLiteral("七、政府性基金预算财政拨款收入支出决算情况说明"));
    if (tableEmpty(d, "fund_carry_in")) {
        s.paragraphs << QStringLiteral("本部门当年无政府性基金预算财政拨款收入支出。");
        return s;
    }
    const Money income = qty(d, "fund_income"), spent = qty(d, "fund_expense");
    QString p = yearText(d) + QStringLiteral("政府性基金预算财政拨款年初结转和结余") + wanyuan(d, qty(d, "fund_carry_in"))
            + QStringLiteral("，本年收入") + wanyuan(d, income) + QStringLiteral("，本年支出") + wanyuan(d, spent)
            + QStringLiteral("（基本支出") + wanyuan(d, qty(d, "fund_basic")) + QStringLiteral("，项目支出")
            + wanyuan(d, qty(d, "fund_project")) + QStringLiteral("），年末结转和结余") + wanyuan(d, qty(d, "fund_carry_out"))
            + QChar(0x3002);
    const Money priorIncome = d.priorYear(QStringLiteral("fund_income"));
    const Money priorSpent = d.priorYear(QStringLiteral("fund_expense"));
    const QString cmp = joinComparisons(comparison(d, QStringLiteral("本年收入"), income, priorIncome, false),
                                        comparison(d, QStringLiteral("本年支出"), spent, priorSpent, false));
    if (!cmp.isEmpty()) {
        const bool changed = (!priorIncome.isBlank() && priorIncome.fen() != income.fen())
                || (!priorSpent.isBlank() && priorSpent.fen() != spent.fen());
        const QString reason = QStringLiteral("reason.fund");
        s.reasonKeys << reason;
        p += cmp + (changed ? askReason(d, s, reason, QStringLiteral("，主要原因是")) : QString()) + QChar(0x3002);
    }
    s.paragraphs << p;

    const QString table = d.reportTemplate().quantityCell(QStringLiteral("fund_expense")).table;
    const QStringList items = d.itemRows(table);
    bool budgeted = false;
    for (const QString &code : items)
        budgeted = budgeted || !d.budget(code).isBlank();
    if (!budgeted)
        return s;
    s.paragraphs << budgetAgainstActual(d, QStringLiteral("政府性基金预算财政拨款"), items, spent) + QChar(0x3002);
    int n = 0;
    for (const QString &code : items) {
        const Money actual = cell(d, besideQuantity(d, "fund_expense", code));
        const Money budget = d.budget(code);
        if (actual.fen() == 0 && budget.fen() == 0)
            continue;
        s.reasonKeys << QStringLiteral("reason.fundItem.") + code;
        s.paragraphs << numbered(++n, itemAgainstBudget(d, s, table, code, actual, budget, QStringLiteral("reason.fundItem.")));
    }
    return s;
}

// 八、国有资本经营: the year's sentence and its 增减 against the 上年 figure when entered.
NarrativeSection capital(const Document &d)
{
    NarrativeSection s = section(QStringLiteral("capital"), 1, QStringLiteral("八、国有资本经营预算财政拨款支出决算情况说明"));
    if (tableEmpty(d, "capital_expense")) {
        s.paragraphs << QStringLiteral("本部门当年无国有资本经营预算财政拨款支出。");
        return s;
    }
    const Money spent = qty(d, "capital_expense");
    QString p = yearText(d) + QStringLiteral("国有资本经营预算财政拨款支出") + wanyuan(d, spent)
            + QStringLiteral("，其中：基本支出") + wanyuan(d, qty(d, "capital_basic")) + QStringLiteral("，项目支出")
            + wanyuan(d, qty(d, "capital_project")) + QChar(0x3002);
    const Money prior = d.priorYear(QStringLiteral("capital_expense"));
    const QString cmp = comparison(d, QStringLiteral("国有资本经营预算财政拨款支出"), spent, prior, false);
    if (!cmp.isEmpty()) {
        const QString reason = QStringLiteral("reason.capital");
        s.reasonKeys << reason;
        p += cmp + (prior.fen() != spent.fen() ? askReason(d, s, reason, QStringLiteral("，主要原因是")) : QString()) + QChar(0x3002);
    }
    s.paragraphs << p;
    return s;
}

// "比年初预算增加/减少X万元" or empty when equal.
QString againstBudget(const Document &d, const Money &actual, const Money &budget)
{
    const Money diff = actual - budget;
    if (diff.fen() == 0)
        return QString();
    return QStringLiteral("比年初预算") + (diff.fen() > 0 ? QStringLiteral("增加") : QStringLiteral("减少"))
            + wanyuan(d, Money::fromFen(absFen(diff)));
}

// 九、财政拨款“三公”经费支出决算情况说明, from the 三公 quantities (预算数 and 决算数).
void threePublic(const Document &d, Sections &out)
{
    out << section(QStringLiteral("threePublic"), 1, QStringLiteral("九、财政拨款“三公”经费支出决算情况说明"));
    // 预算数 and 决算数 of 合计, 因公出国(境)费, 公务用车购置及运行费, 购置, 运行费, 公务接待费.
    static const char *const parts[] = {nullptr, "total", "abroad", "vehicle", "vehicle_purchase", "vehicle_running", "reception"};
    const auto b = [&](int i) { return d.quantity(QStringLiteral("three_public_budget_") + QLatin1String(parts[i])); };
    const auto a = [&](int i) { return d.quantity(QStringLiteral("three_public_actual_") + QLatin1String(parts[i])); };

    NarrativeSection s = section(QStringLiteral("threePublic.overall"), 2, QStringLiteral("（一）“三公”经费财政拨款支出决算总体情况说明。"));
    const QString reason = QStringLiteral("reason.threePublic");
    s.reasonKeys << reason;
    QString p = yearText(d) + QStringLiteral("“三公”经费财政拨款支出预算为") + wanyuan(d, b(1)) + QStringLiteral("，支出决算为")
            + wanyuan(d, a(1));
    const QString done = ratePct(d, a(1).fen(), b(1).fen());
    if (!done.isEmpty())
        p += QStringLiteral("，完成预算的") + done;
    p += QChar(0x3002);
    if (a(1).fen() != b(1).fen())
        p += QStringLiteral("决算数") + (a(1).fen() > b(1).fen() ? QStringLiteral("大于") : QStringLiteral("小于"))
                + QStringLiteral("预算数") + reasonClause(d, reason, QStringLiteral("的主要原因：")) + QChar(0x3002);
    s.paragraphs << p;
    out << s;

    NarrativeSection t = section(QStringLiteral("threePublic.detail"), 2, QStringLiteral("（二）“三公”经费财政拨款支出决算具体情况说明。"));
    // "支出决算为X万元，完成年初预算的y%" or 无预算无支出 / 无支出.
    const auto spent = [&](const QString &name, const Money &budget, const Money &actual, bool noun) -> QString {
        // The published wording: a heading item "无预算无支出", a sub-item (noun) just "无支出".
        if (actual.fen() == 0)
            return name + (budget.fen() == 0 && !noun ? QStringLiteral("无预算无支出") : QStringLiteral("无支出"));
        QString r = name + (noun ? QString() : QStringLiteral("支出决算为")) + wanyuan(d, actual);
        const QString rate = ratePct(d, actual.fen(), budget.fen());
        if (!rate.isEmpty())
            r += QStringLiteral("，完成年初预算的") + rate;
        return r;
    };
    const auto withReason = [&](const QString &head, const Money &budget, const Money &actual, const QString &key) {
        QString r = head;
        const QString diff = actual.fen() == 0 ? QString() : againstBudget(d, actual, budget);
        if (!diff.isEmpty())
            r += QChar(0xFF0C) + diff + reasonClause(d, key, QStringLiteral("，主要原因是"));
        return r;
    };
    t.reasonKeys << QStringLiteral("reason.abroad") << QStringLiteral("reason.vehiclePurchase")
                 << QStringLiteral("reason.vehicleRunning") << QStringLiteral("reason.reception")
                 << QStringLiteral("reason.receptionPurpose");
    QString abroad = withReason(spent(QStringLiteral("因公出国(境)费"), b(2), a(2), false), b(2), a(2),
                                QStringLiteral("reason.abroad")) + QChar(0x3002);
    // 团组 and 人次 when the department gives them (a trip was made).
    if (a(2).fen() != 0 && d.hasFact(QStringLiteral("abroad_groups")))
        abroad += QStringLiteral("全年因公出国（境）团组") + QString::number(d.factCount(QStringLiteral("abroad_groups")))
                + QStringLiteral("个，累计") + QString::number(d.factCount(QStringLiteral("abroad_people")))
                + QStringLiteral("人次。");
    t.paragraphs << numbered(1, abroad, false);
    QString car = spent(QStringLiteral("公务用车购置及运行费"), b(3), a(3), false);
    car += a(3).fen() == 0 ? QString(QChar(0x3002)) : QStringLiteral("；其中：");
    t.paragraphs << numbered(2, car, false);
    if (a(3).fen() != 0) {
        QString purchase = QStringLiteral("(1)")
                + withReason(spent(QStringLiteral("公务用车购置"), b(4), a(4), true), b(4), a(4),
                             QStringLiteral("reason.vehiclePurchase")) + QChar(0x3002);
        // How many vehicles the purchase bought, when the department gives it.
        if (a(4).fen() != 0 && d.factCount(QStringLiteral("vehicles_purchased")) > 0)
            purchase += QStringLiteral("购置公务用车") + QString::number(d.factCount(QStringLiteral("vehicles_purchased")))
                    + QStringLiteral("辆。");
        t.paragraphs << purchase;
        QString running = QStringLiteral("(2)")
                + withReason(spent(QStringLiteral("公务用车运行费"), b(5), a(5), true), b(5), a(5),
                             QStringLiteral("reason.vehicleRunning")) + QChar(0x3002);
        QStringList uses;
        const struct { const char *key; const char *name; } parts[] = {
            {"vehicle_fuel", "燃料费"}, {"vehicle_repair", "维修费"}, {"vehicle_insurance", "保险费"}};
        for (const auto &part : parts) {
            const Money m = d.factAmount(QString::fromLatin1(part.key));
            if (m.fen() != 0)
                uses << QString::fromUtf8(part.name) + wanyuan(d, m);
        }
        if (a(5).fen() != 0 && !uses.isEmpty())
            running += QStringLiteral("主要用于") + uses.join(QChar(0xFF1B)) + QChar(0x3002);
        if (d.hasFact(QStringLiteral("official_vehicles")))
            running += QStringLiteral("截至") + QString::number(d.metadata().year)
                    + QStringLiteral("年12月31日，开支财政拨款的公务用车保有量")
                    + QString::number(d.factCount(QStringLiteral("official_vehicles"))) + QStringLiteral("辆。");
        t.paragraphs << running;
    }
    QString reception = withReason(spent(QStringLiteral("公务接待费"), b(6), a(6), false), b(6), a(6),
                                   QStringLiteral("reason.reception"));
    reception += a(6).fen() == 0 ? QString(QChar(0x3002)) : QStringLiteral("。其中：");
    t.paragraphs << numbered(3, reception, false);
    if (a(6).fen() != 0) {
        QString domestic = QStringLiteral("国内公务接待支出") + wanyuan(d, a(6));
        const QString purpose = reasonText(d, QStringLiteral("reason.receptionPurpose"));
        domestic += purpose.isEmpty() ? QString(QChar(0x3002)) : QChar(0xFF0C) + closed(purpose);
        if (d.hasFact(QStringLiteral("reception_batches")))
            domestic += QString::number(d.metadata().year) + QStringLiteral("年共接待国内来访团组")
                    + QString::number(d.factCount(QStringLiteral("reception_batches"))) + QStringLiteral("个，")
                    + QString::number(d.factCount(QStringLiteral("reception_people")))
                    + QStringLiteral("人次（不包括陪同人员）。");
        t.paragraphs << domestic;
    }
    out << t;
}

// 十、机关运行经费支出说明, with its 增减 against last year's 机关运行经费 when that is entered.
NarrativeSection operating(const Document &d)
{
    NarrativeSection s = section(QStringLiteral("operating"), 1, QStringLiteral("十、机关运行经费支出说明"));
    const Money m = d.factAmount(QStringLiteral("operating_expense"));
    const QString who = yearText(d) + d.metadata().department;
    QString p = m.fen() == 0 ? QString(who + QStringLiteral("无机关运行经费支出。"))
                             : QString(who + QStringLiteral("机关运行经费支出") + wanyuan(d, m) + QChar(0x3002));
    const Money prior = d.factAmount(QStringLiteral("operating_expense_prior"));
    const Money now = m.isBlank() ? Money::fromFen(0) : m;
    const QString cmp = comparison(d, QStringLiteral("机关运行经费支出"), now, prior, false);
    if (!cmp.isEmpty()) {
        const QString reason = QStringLiteral("reason.operating");
        s.reasonKeys << reason;
        p += cmp + (prior.fen() != now.fen() ? askReason(d, s, reason, QStringLiteral("，主要原因是")) : QString())
                + QChar(0x3002);
    }
    s.paragraphs << p;
    return s;
}

// 十一、政府采购支出说明
NarrativeSection procurement(const Document &d)
{
    NarrativeSection s = section(QStringLiteral("procurement"), 1, QStringLiteral("十一、政府采购支出说明"));
    const auto f = [&](const char *key) {
        const Money m = d.factAmount(QString::fromLatin1(key));
        return m.isBlank() ? Money::fromFen(0) : m;
    };
    const Money goods = f("procurement_goods"), works = f("procurement_works"), services = f("procurement_services");
    const Money total = goods + works + services;
    const QString who = yearText(d) + d.metadata().department;
    if (total.fen() == 0) {
        s.paragraphs << who + QStringLiteral("无政府采购支出。");
        return s;
    }
    // A share of nothing is 0% in the published wording (工程 with no 工程 spending).
    const auto pct = [&d](const Money &num, const Money &den) {
        const QString r = sharePct(d, num.fen(), den.fen());
        return r.isEmpty() ? QStringLiteral("0%") : r;
    };
    const Money sme = f("procurement_sme"), small = f("procurement_small_micro");
    s.paragraphs << who + QStringLiteral("政府采购支出总额") + wanyuan(d, total) + QStringLiteral("，其中：政府采购货物支出")
                    + wanyuan(d, goods) + QStringLiteral("、政府采购工程支出") + wanyuan(d, works) + QStringLiteral("、政府采购服务支出")
                    + wanyuan(d, services) + QStringLiteral("。授予中小企业合同金额") + wanyuan(d, sme)
                    + QStringLiteral("，占政府采购支出总额的") + pct(sme, total) + QStringLiteral("，其中：授予小微企业合同金额")
                    + wanyuan(d, small) + QStringLiteral("，占授予中小企业合同金额的") + pct(small, sme)
                    + QStringLiteral("；货物采购授予中小企业合同金额占货物支出金额的") + pct(f("procurement_sme_goods"), goods)
                    + QStringLiteral("，工程采购授予中小企业合同金额占工程支出金额的") + pct(f("procurement_sme_works"), works)
                    + QStringLiteral("，服务采购授予中小企业合同金额占服务支出金额的") + pct(f("procurement_sme_services"), services)
                    + QChar(0x3002);
    return s;
}

// 十二、国有资产占用情况说明
NarrativeSection assets(const Document &d)
{
    NarrativeSection s = section(QStringLiteral("assets"), 1, QStringLiteral("十二、国有资产占用情况说明"));
    const QString why = QStringLiteral("reason.otherVehicles");
    s.reasonKeys << why;
    QString p = QStringLiteral("截至") + QString::number(d.metadata().year) + QStringLiteral("年12月31日，")
            + d.metadata().department;
    const qint64 vehicles = d.factCount(QStringLiteral("vehicles"));
    const qint64 other = d.factCount(QStringLiteral("vehicles_other"));
    if (vehicles == 0) {
        p += QStringLiteral("无车辆。");
    } else {
        p += QStringLiteral("共有车辆") + QString::number(vehicles) + QStringLiteral("辆");
        // By type, as far as the department gives them (其他用车 with what they are).
        const struct { const char *key; const char *name; } types[] = {
            {"vehicles_general", "一般公务用车"}, {"vehicles_enforcement", "执法执勤用车"},
            {"vehicles_special", "特种专业技术用车"}, {"vehicles_other", "其他用车"}};
        QStringList byType;
        for (const auto &type : types) {
            const qint64 n = d.factCount(QString::fromLatin1(type.key));
            if (n > 0)
                byType << QString::fromUtf8(type.name) + QString::number(n) + QStringLiteral("辆");
        }
        if (!byType.isEmpty())
            p += QStringLiteral("，其中，") + byType.join(QChar(0x3001));
        const QString r = other > 0 ? reasonText(d, why) : QString();
        p += r.isEmpty() ? QString(QChar(0x3002)) : QChar(0xFF0C) + closed(r);
    }
    const qint64 equipment = d.factCount(QStringLiteral("equipment_1m"));
    p += equipment == 0 ? QStringLiteral("本单位无单价100万元(含)以上设备。")
                        : QStringLiteral("本单位有单价100万元(含)以上设备") + QString::number(equipment) + QStringLiteral("台（套）。");
    s.paragraphs << p;
    return s;
}

// 十三、预算绩效情况说明, from the self-evaluation forms.
void performance(const Document &d, Sections &out)
{
    out << section(QStringLiteral("performance"), 1, QStringLiteral("十三、预算绩效情况说明"));
    const QList<const EvaluationForm *> projects = projectForms(d);
    // 资金 covered: the projects' budgets, or what they executed, as the department reports it.
    const bool executed = d.narrativeStyle().performanceFunds == NarrativeStyle::PerformanceFunds::Executed;
    Money funds = Money::fromFen(0);
    for (const EvaluationForm *f : projects)
        funds += executed ? f->executed : f->budget;

    NarrativeSection a = section(QStringLiteral("performance.work"), 2, QStringLiteral("（一）预算绩效管理工作开展情况"));
    const QString conclusion = QStringLiteral("reason.performance");
    a.reasonKeys << conclusion;
    // The published wording speaks of 一般公共预算 project spending. A department whose projects
    // also spend other funds (政府性基金, 事业收入…) evaluates those too: its sentence and share
    // are of all project spending (公开03表), or the share could pass 100%.
    const Money gpbProject = qty(d, "gpb_project"), allProject = qty(d, "expense_project");
    const bool otherFunds = allProject.fen() != gpbProject.fen();
    const QString scope = otherFunds ? QStringLiteral("项目支出") : QStringLiteral("一般公共预算项目支出");
    QString p = QStringLiteral("根据预算绩效管理要求，我部门组织对") + yearText(d) + scope
            + QStringLiteral("全面开展绩效自评，共涉及项目") + QString::number(projects.size())
            + QStringLiteral("个，资金") + wanyuan(d, funds);
    const QString sh = sharePct(d, funds.fen(), (otherFunds ? allProject : gpbProject).fen());
    if (!sh.isEmpty())
        p += QStringLiteral("，占") + scope + QStringLiteral("总额的") + sh;
    p += QChar(0x3002) + reasonClause(d, conclusion, QStringLiteral("从绩效评价情况来看，"));
    a.paragraphs << closed(p);
    out << a;

    NarrativeSection b = section(QStringLiteral("performance.overall"), 2, QStringLiteral("（二）部门整体支出自评结果"));
    const QString overallText = QStringLiteral("reason.overallEvaluation");
    b.reasonKeys << overallText;
    if (const EvaluationForm *o = overallForm(d)) {
        const QString rate = d.narrativeStyle().overallRate ? formRate(d, o->executed, o->budget) : QString();
        b.paragraphs << closed(QStringLiteral("我部门组织对1个部门开展整体支出绩效自评，资金") + wanyuan(d, o->executed)
                               + (rate.isEmpty() ? QString() : QStringLiteral("，执行率为") + rate)
                               + reasonClause(d, overallText, QStringLiteral("，从评价情况来看，")));
    } else {
        b.paragraphs << QStringLiteral("本部门当年未开展部门整体支出绩效自评。");
    }
    out << b;

    NarrativeSection c = section(QStringLiteral("performance.projects"), 2, QStringLiteral("（三）项目支出自评结果"));
    c.paragraphs << QStringLiteral("我部门在") + yearText(d)
                    + QStringLiteral("部门决算中反映所有项目绩效自评结果(不包括涉密项目)，共涉及") + QString::number(projects.size())
                    + QStringLiteral("个一级项目。");
    int n = 0;
    for (const EvaluationForm *f : projects) {
        const QString key = Narrative::projectKey(QStringLiteral("reason.outcome."), f->name);
        c.reasonKeys << key;
        QString line = f->name + QStringLiteral("项目绩效自评综述：项目全年预算数为") + wanyuan(d, f->budget)
                + QStringLiteral("，执行数为") + wanyuan(d, f->executed);
        const QString rate = formRate(d, f->executed, f->budget);
        if (!rate.isEmpty())
            line += QStringLiteral("，完成预算的") + rate;
        line += QChar(0x3002) + reasonClause(d, key, QStringLiteral("主要产出和效益是："));
        c.paragraphs << numbered(++n, closed(line));
    }
    out << c;

    NarrativeSection u = section(QStringLiteral("performance.use"), 2, QStringLiteral("（四）绩效自评结果应用情况"));
    const QString use = QStringLiteral("reason.performanceUse");
    u.reasonKeys << use;
    const QString text = d.text(use).trimmed();
    if (!text.isEmpty())
        u.paragraphs << closed(text);
    out << u;
}

} // namespace

QString Narrative::wan(const Money &amount)
{
    return wan(amount, NarrativeStyle());
}

QString Narrative::wan(const Money &amount, const NarrativeStyle &style)
{
    // Prose says 0万元 for nothing at all.
    const Money m = amount.isBlank() ? Money::fromFen(0) : amount;
    return style.amounts == NarrativeStyle::Amounts::TwoDecimals ? m.toWanyuan(false, 2) : m.toShortWanyuan(2);
}

QString Narrative::share(qint64 num, qint64 den)
{
    return share(num, den, 1);
}

QString Narrative::share(qint64 num, qint64 den, int decimals)
{
    QString s = Money::percent(num, den, decimals);
    // A fraction of zeros is left out, as the published text does ("100%", "53%"); 94.40% keeps its 0.
    const int dot = s.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        bool zeros = true;
        for (int i = dot + 1; i < s.size() - 1; ++i)
            zeros = zeros && s.at(i) == QLatin1Char('0');
        if (zeros)
            s = s.left(dot) + QLatin1Char('%');
    }
    return s;
}

QString Narrative::projectKey(const QString &prefix, const QString &projectName)
{
    QString key = prefix;
    for (QChar c : projectName)
        if (c.isLetterOrNumber())
            key += c;
    return key;
}

QString Narrative::title(const Document &d)
{
    return QStringLiteral("第三部分 ") + d.metadata().department + yearLabel(d.metadata().year)
            + QStringLiteral("部门决算情况说明");
}

QList<NarrativeSection> Narrative::generate(const Document &d)
{
    Sections out;
    out << overview(d) << income(d) << expense(d) << fiscal(d);
    gpb(d, out);
    out << gpbBasic(d) << fund(d) << capital(d);
    threePublic(d, out);
    out << operating(d) << procurement(d) << assets(d);
    performance(d, out);
    NarrativeOverrides::apply(d, out); // sections the user detached print their own words
    return out;
}

} // namespace Juesuan
