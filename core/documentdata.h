#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Juesuan {

// Plain data the document holds besides the tables: metadata, the 重点工作 table and the
// performance self-evaluation forms. Changing them goes through Document's commands.

struct Metadata
{
    QString department;   // 部门
    int year = 0;         // 年度
    QDate publishDate;    // 公开日期
    QString amountUnit = QStringLiteral("万元");
    QString contactPhone; // 本单位咨询电话
    QString description;  // notes on the document itself (the sample records its choices)
    // Print the tables' 尾数误差 sentence even when the printed values balance (house style).
    bool keepRoundingNote = false;

    friend bool operator==(const Metadata &a, const Metadata &b)
    {
        return a.department == b.department && a.year == b.year && a.publishDate == b.publishDate
                && a.amountUnit == b.amountUnit && a.contactPhone == b.contactPhone
                && a.description == b.description && a.keepRoundingNote == b.keepRoundingNote;
    }
    friend bool operator!=(const Metadata &a, const Metadata &b) { return !(a == b); }
};

// The department's house style for the 第三部分 explanations: how many decimals each kind of
// percentage prints with, how amounts print, and a few choices of wording. The defaults are
// the wording of the bundled sample (and of the published reference report).
struct NarrativeStyle
{
    enum class Amounts { Trimmed, TwoDecimals };      // "1274.1万元" or "1274.10万元"
    enum class PerformanceFunds { Budgets, Executed }; // 十三（一）资金: Σ 预算数 or Σ 执行数
    enum class ProjectOrder { AsEntered, ByAmount };   // the projects of 五（三）and 十三（三）

    int shareDecimals = 1;      // 占…的 x% (0–2)
    int changeDecimals = 1;     // 增长/下降 x% against the prior year (0–2)
    int rateDecimals = 1;       // 完成（年初）预算的 x% of 五 and 九 (0–2)
    int formRateDecimals = 0;   // 执行率 of the self-evaluation forms quoted in 十三 (0–2)
    Amounts amounts = Amounts::Trimmed;
    bool rateOverBudget = false; // print 完成年初预算的 x% of a 项 whose actual exceeds its budget
    PerformanceFunds performanceFunds = PerformanceFunds::Budgets;
    ProjectOrder projectOrder = ProjectOrder::AsEntered;
    bool overallRate = false;    // print the 部门整体 执行率 in 十三（二）

    bool isDefault() const { return *this == NarrativeStyle(); }

    friend bool operator==(const NarrativeStyle &a, const NarrativeStyle &b)
    {
        return a.shareDecimals == b.shareDecimals && a.changeDecimals == b.changeDecimals
                && a.rateDecimals == b.rateDecimals && a.formRateDecimals == b.formRateDecimals
                && a.amounts == b.amounts && a.rateOverBudget == b.rateOverBudget
                && a.performanceFunds == b.performanceFunds && a.projectOrder == b.projectOrder
                && a.overallRate == b.overallRate;
    }
    friend bool operator!=(const NarrativeStyle &a, const NarrativeStyle &b) { return !(a == b); }
};

struct KeyWorkItem
{
    QString item;    // 重要事项
    QString content; // 工作内容及目标
    QString result;  // 完成情况

    friend bool operator==(const KeyWorkItem &a, const KeyWorkItem &b)
    {
        return a.item == b.item && a.content == b.content && a.result == b.result;
    }
};

struct Indicator
{
    QString level1; // 一级指标
    QString level2; // 二级指标
    QString level3; // 三级指标
    QString target; // 年初目标值
    QString actual; // 实际完成值

    friend bool operator==(const Indicator &a, const Indicator &b)
    {
        return a.level1 == b.level1 && a.level2 == b.level2 && a.level3 == b.level3
                && a.target == b.target && a.actual == b.actual;
    }
};

struct EvaluationForm
{
    enum class Kind { Overall, Project };
    enum class ProjectType { None, Recurring, Continuing, OneOff }; // 经常性/延续性/一次性
    struct Source {
        bool checked = false;
        Money amount; // 资金量
        friend bool operator==(const Source &a, const Source &b)
        {
            return a.checked == b.checked && a.amount == b.amount;
        }
    };

    Kind kind = Kind::Project;
    QString name;        // 项目名称, or 单位名称 for the overall form
    QString department;  // 主管部门
    QString implementer; // 项目实施单位
    ProjectType projectType = ProjectType::None;
    Source sources[3];   // 部门预算项目, 专项资金, 上级转移支付项目
    Money budget;        // 预算数 (A)
    Money executed;      // 执行数 (B)
    Money basicTotal;    // overall: 基本支出总额
    Money projectTotal;  // overall: 项目支出总额
    QString goal;        // overall: 年度目标
    QList<Indicator> indicators;
    QString deviation;   // 偏差大或目标未完成原因分析
    QString improvement; // 改进措施及结果应用方案

    // 执行率 B/A as the forms print it, whole percent ("51%"); empty when A is 0 or blank.
    QString executionRate() const { return Money::percent(executed.fen(), budget.fen(), 0); }

    friend bool operator==(const EvaluationForm &a, const EvaluationForm &b)
    {
        for (int i = 0; i < 3; ++i)
            if (!(a.sources[i] == b.sources[i]))
                return false;
        return a.kind == b.kind && a.name == b.name && a.department == b.department
                && a.implementer == b.implementer && a.projectType == b.projectType
                && a.budget == b.budget && a.executed == b.executed && a.basicTotal == b.basicTotal
                && a.projectTotal == b.projectTotal && a.goal == b.goal && a.indicators == b.indicators
                && a.deviation == b.deviation && a.improvement == b.improvement;
    }
};

} // namespace Juesuan
