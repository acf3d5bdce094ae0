#include "evaluationforms.h"

#include "auditruleset.h"
#include "document.h"
#include "printedvalues.h"
#include "yearlabel.h"

namespace Juesuan {

QString EvaluationForms::label(Label label)
{
    switch (label) {
    case Label::UnitName:
        return QStringLiteral("单位名称");
    case Label::ProjectName:
        return QStringLiteral("项目名称");
    case Label::Department:
        return QStringLiteral("主管部门");
    case Label::Implementer:
        return QStringLiteral("项目实施单位");
    case Label::ProjectType:
        return QStringLiteral("项目类型");
    case Label::Sources:
        return QStringLiteral("预算来源及资金规模");
    case Label::SourceAmount:
        return QStringLiteral("资金量：");
    case Label::Execution:
        return QStringLiteral("预算执行情况（万元）");
    case Label::Budget:
        return QStringLiteral("预算数(A)");
    case Label::Executed:
        return QStringLiteral("执行数(B)");
    case Label::Rate:
        return QStringLiteral("执行率(B/A)");
    case Label::ProjectFunds:
        return QStringLiteral("年度财政资金总额");
    case Label::OverallFunds:
        return QStringLiteral("部门整体支出总额");
    case Label::BasicTotal:
        return QStringLiteral("基本支出总额");
    case Label::ProjectTotal:
        return QStringLiteral("项目支出总额");
    case Label::Goal:
        return QStringLiteral("年度目标");
    case Label::Indicators:
        return QStringLiteral("年度绩效指标");
    case Label::Level1:
        return QStringLiteral("一级指标");
    case Label::Level2:
        return QStringLiteral("二级指标");
    case Label::Level3:
        return QStringLiteral("三级指标");
    case Label::Target:
        return QStringLiteral("年初目标值(A)");
    case Label::Actual:
        return QStringLiteral("实际完成值(B)");
    case Label::Deviation:
        return QStringLiteral("偏差大或目标未完成原因分析");
    case Label::Improvement:
        return QStringLiteral("改进措施及结果应用方案");
    case Label::Seal:
        return QStringLiteral("单位名称（盖章）：");
    case Label::FillDate:
        return QStringLiteral("填报日期：");
    }
    return QString();
}

QString EvaluationForms::indicatorsLabel(EvaluationForm::Kind kind)
{
    return kind == EvaluationForm::Kind::Overall ? label(Label::Indicators) : QStringLiteral("项目年度绩效指标");
}

QString EvaluationForms::fundsLabel(EvaluationForm::Kind kind)
{
    return label(kind == EvaluationForm::Kind::Overall ? Label::OverallFunds : Label::ProjectFunds);
}

QString EvaluationForms::title(EvaluationForm::Kind kind, int year)
{
    const QString y = year > 0 ? yearLabel(year) : QStringLiteral("年度");
    return y + (kind == EvaluationForm::Kind::Overall ? QStringLiteral("部门整体绩效自评表")
                                                      : QStringLiteral("项目支出绩效自评表"));
}

QString EvaluationForms::projectTypeLabel(EvaluationForm::ProjectType type)
{
    switch (type) {
    case EvaluationForm::ProjectType::Recurring:
        return QStringLiteral("经常性项目");
    case EvaluationForm::ProjectType::Continuing:
        return QStringLiteral("延续性项目");
    case EvaluationForm::ProjectType::OneOff:
        return QStringLiteral("一次性项目");
    case EvaluationForm::ProjectType::None:
        break;
    }
    return QString();
}

QString EvaluationForms::sourceLabel(int index)
{
    switch (index) {
    case 0:
        return QStringLiteral("部门预算项目");
    case 1:
        return QStringLiteral("专项资金");
    case 2:
        return QStringLiteral("上级转移支付项目");
    }
    return QString();
}

QString EvaluationForms::printedAmount(const Money &amount)
{
    return amount.toShortWanyuan(6); // exact: forms show what was typed
}

EvaluationForm EvaluationForms::asPrinted(const Document &document, const EvaluationForm &form)
{
    EvaluationForm out = form;
    const auto rules = AuditRuleSet::forTemplate(document.reportTemplate());
    if (!rules)
        return out;
    using Term = AuditRule::Term;
    const auto field = [&out](const QString &name) -> Money * {
        if (name == QLatin1String("budget"))
            return &out.budget;
        if (name == QLatin1String("executed"))
            return &out.executed;
        if (name == QLatin1String("basicTotal"))
            return &out.basicTotal;
        if (name == QLatin1String("projectTotal"))
            return &out.projectTotal;
        return nullptr; // sources are the department's split of the budget, no table figure
    };
    for (const AuditRule &rule : rules->rules()) {
        if (rule.kind() != AuditRule::Kind::Equal || rule.lhs().size() != 1 || rule.rhs().size() != 1)
            continue;
        const Term &a = rule.lhs().first(), &b = rule.rhs().first();
        const bool aForm = a.source == Term::Source::Form;
        const Term &f = aForm ? a : b, &c = aForm ? b : a;
        if (f.source != Term::Source::Form || c.source != Term::Source::Cell || a.sign != b.sign
            || c.placeholder != AuditRule::Placeholder::None)
            continue;
        const bool applies = f.key == QLatin1String("overall") ? form.kind == EvaluationForm::Kind::Overall
                                                                : f.placeholder == AuditRule::Placeholder::Form;
        Money *amount = applies ? field(f.field) : nullptr;
        if (!amount || amount->isBlank() || !document.hasCell(c.cell) || document.value(c.cell) != *amount)
            continue;
        *amount = document.printed().printedValue(c.cell);
    }
    return out;
}

QList<Indicator> EvaluationForms::standardIndicators(EvaluationForm::Kind kind)
{
    const QString output = QStringLiteral("产出指标"), benefit = QStringLiteral("效益指标"),
                  satisfaction = QStringLiteral("满意度指标"), cost = QStringLiteral("成本指标");
    QList<QPair<QString, QStringList>> tree;
    if (kind == EvaluationForm::Kind::Overall) {
        tree = {{output, {QStringLiteral("数量指标"), QStringLiteral("质量指标"), QStringLiteral("时效指标"), cost}},
                {benefit,
                 {QStringLiteral("经济效益指标"), QStringLiteral("社会效益指标"), QStringLiteral("生态效益指标"),
                  QStringLiteral("可持续影响指标")}},
                {satisfaction, {QStringLiteral("服务对象满意度指标")}}};
    } else {
        tree = {{cost, {QStringLiteral("经济成本指标"), QStringLiteral("社会成本指标"), QStringLiteral("生态环境成本指标")}},
                {output, {QStringLiteral("数量指标"), QStringLiteral("质量指标"), QStringLiteral("时效指标")}},
                {benefit, {QStringLiteral("经济效益指标"), QStringLiteral("社会效益指标"), QStringLiteral("生态效益指标")}},
                {satisfaction, {QStringLiteral("服务对象满意度指标")}}};
    }
    QList<Indicator> rows;
    for (const auto &group : tree)
        for (const QString &level2 : group.second) {
            Indicator i;
            i.level1 = group.first;
            i.level2 = level2;
            rows.append(i);
        }
    return rows;
}

EvaluationForm EvaluationForms::newForm(const Document &document, EvaluationForm::Kind kind)
{
    EvaluationForm form;
    form.kind = kind;
    // The forms name the unit as the overall form does (the sample: 江汉区大数据中心, not the
    // full 武汉市… of the metadata); without an overall form, the metadata's department.
    const int overall = overallIndex(document.evaluations());
    const QString unit = overall >= 0 ? document.evaluations().at(overall).name : document.metadata().department;
    if (kind == EvaluationForm::Kind::Overall) {
        form.name = document.metadata().department;
    } else {
        form.name = tr("New project");
        form.department = unit;
        form.sources[0].checked = true;
    }
    form.indicators = standardIndicators(kind);
    return form;
}

namespace {

bool sameGroup(const Indicator &a, const Indicator &b, int level)
{
    return a.level1 == b.level1 && (level < 2 || a.level2 == b.level2);
}

} // namespace

QList<EvaluationForms::Span> EvaluationForms::spans(const QList<Indicator> &indicators, int level)
{
    QList<Span> result;
    for (int row = 0; row < indicators.size(); ++row) {
        if (!result.isEmpty() && sameGroup(indicators.at(result.last().first), indicators.at(row), level))
            ++result.last().count;
        else
            result.append(Span{row, 1});
    }
    return result;
}

EvaluationForms::Span EvaluationForms::spanAt(const QList<Indicator> &indicators, int level, int row)
{
    if (row < 0 || row >= indicators.size())
        return Span{row, 0};
    int first = row, last = row;
    while (first > 0 && sameGroup(indicators.at(first - 1), indicators.at(row), level))
        --first;
    while (last + 1 < indicators.size() && sameGroup(indicators.at(last + 1), indicators.at(row), level))
        ++last;
    return Span{first, last - first + 1};
}

bool EvaluationForms::insertIndicator(QList<Indicator> *indicators, int row, int level, int *newRow)
{
    if (row >= indicators->size() || level < 1 || level > 3)
        return false;
    Indicator added;
    int at = indicators->size();
    if (row >= 0) {
        const Indicator &current = indicators->at(row);
        if (level >= 2)
            added.level1 = current.level1;
        if (level == 3)
            added.level2 = current.level2;
        // A new group goes after the whole group the current row is in, so that it does
        // not split it; a new row goes right after the current one.
        const Span span = level == 3 ? Span{row, 1} : spanAt(*indicators, level, row);
        at = span.first + span.count;
    }
    indicators->insert(at, added);
    if (newRow)
        *newRow = at;
    return true;
}

bool EvaluationForms::removeIndicator(QList<Indicator> *indicators, int row)
{
    if (row < 0 || row >= indicators->size())
        return false;
    indicators->removeAt(row);
    return true;
}

bool EvaluationForms::moveIndicator(QList<Indicator> *indicators, int row, int delta)
{
    if (delta != 1 && delta != -1)
        return false;
    const int to = row + delta;
    if (row < 0 || row >= indicators->size() || to < 0 || to >= indicators->size())
        return false;
    QList<Indicator> &rows = *indicators;
    // Within its 二级 group a row swaps with its neighbour.
    if (sameGroup(rows.at(row), rows.at(to), 2)) {
        rows.move(row, to);
        return true;
    }
    // At the edge of a group of several rows it crosses into the next group: it takes
    // that group's 一级/二级 and stays where it is, so no group is ever split.
    if (spanAt(rows, 2, row).count > 1) {
        rows[row].level1 = rows.at(to).level1;
        rows[row].level2 = rows.at(to).level2;
        return true;
    }
    // A 二级 group of one row moves past the neighbouring 二级 group of the same 一级, or
    // into the neighbouring 一级 group.
    if (rows.at(row).level1 != rows.at(to).level1) {
        rows[row].level1 = rows.at(to).level1;
        return true;
    }
    const Span next = spanAt(rows, 2, to);
    rows.move(row, delta > 0 ? next.first + next.count - 1 : next.first);
    return true;
}

bool EvaluationForms::renameGroup(QList<Indicator> *indicators, int row, int level, const QString &name)
{
    if (row < 0 || row >= indicators->size() || (level != 1 && level != 2))
        return false;
    const Span span = spanAt(*indicators, level, row);
    for (int r = span.first; r < span.first + span.count; ++r) {
        if (level == 1)
            (*indicators)[r].level1 = name;
        else
            (*indicators)[r].level2 = name;
    }
    return true;
}

int EvaluationForms::overallIndex(const QList<EvaluationForm> &forms)
{
    for (int i = 0; i < forms.size(); ++i)
        if (forms.at(i).kind == EvaluationForm::Kind::Overall)
            return i;
    return -1;
}

int EvaluationForms::insertForm(QList<EvaluationForm> *forms, const EvaluationForm &form, int after, QString *error)
{
    if (form.kind == EvaluationForm::Kind::Overall) {
        if (overallIndex(*forms) >= 0) {
            if (error)
                *error = tr("The report has an overall form already.");
            return -1;
        }
        forms->prepend(form);
        return 0;
    }
    int at = after < 0 || after >= forms->size() ? int(forms->size()) : after + 1;
    if (at == 0 && overallIndex(*forms) == 0)
        at = 1;
    forms->insert(at, form);
    return at;
}

bool EvaluationForms::moveForm(QList<EvaluationForm> *forms, int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || index >= forms->size() || to < 0 || to >= forms->size() || delta == 0)
        return false;
    if (forms->at(index).kind == EvaluationForm::Kind::Overall || forms->at(to).kind == EvaluationForm::Kind::Overall)
        return false;
    forms->move(index, to);
    return true;
}

QString EvaluationForms::check(const QList<EvaluationForm> &forms)
{
    int overall = 0;
    for (int i = 0; i < forms.size(); ++i) {
        const EvaluationForm &f = forms.at(i);
        if (f.name.trimmed().isEmpty())
            return tr("Form %1 needs a name.").arg(i + 1);
        if (f.kind == EvaluationForm::Kind::Overall && ++overall > 1)
            return tr("A report has at most one overall form.");
    }
    return QString();
}

QString EvaluationForms::toText(const QList<EvaluationForm> &forms)
{
    QString out;
    auto line = [&out](const QStringList &cells) {
        out += cells.join(QLatin1Char('\t'));
        out += QLatin1Char('\n');
    };
    // Newlines inside a field would break the one-line-per-field layout.
    auto flat = [](const QString &s) {
        QString t = s;
        t.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        return t;
    };
    for (const EvaluationForm &f : forms) {
        const bool overall = f.kind == EvaluationForm::Kind::Overall;
        line({overall ? QStringLiteral("[overall]") : QStringLiteral("[project]"), flat(f.name)});
        if (overall) {
            line({label(Label::BasicTotal), printedAmount(f.basicTotal)});
            line({label(Label::ProjectTotal), printedAmount(f.projectTotal)});
        } else {
            line({label(Label::Department), flat(f.department)});
            line({label(Label::Implementer), flat(f.implementer)});
            line({label(Label::ProjectType), projectTypeLabel(f.projectType)});
            QStringList sources{label(Label::Sources)};
            for (int i = 0; i < sourceCount; ++i)
                sources << (f.sources[i].checked ? QStringLiteral("[x]") : QStringLiteral("[ ]")) + sourceLabel(i)
                                + QLatin1Char(' ') + printedAmount(f.sources[i].amount);
            line(sources);
        }
        line({fundsLabel(f.kind), printedAmount(f.budget), printedAmount(f.executed), f.executionRate()});
        if (overall)
            line({label(Label::Goal), flat(f.goal)});
        for (const Indicator &i : f.indicators)
            line({QStringLiteral("indicator"), flat(i.level1), flat(i.level2), flat(i.level3), flat(i.target),
                  flat(i.actual)});
        line({label(Label::Deviation), flat(f.deviation)});
        line({label(Label::Improvement), flat(f.improvement)});
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Juesuan
