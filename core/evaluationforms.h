#pragma once

#include "documentdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Juesuan {

class Document;

// Rules of the performance self-evaluation forms shared by the editor and the report:
// their published labels, the indicator skeleton of a new form, the merged cells of the
// indicator tree, edits of the form list and the indicator rows, and the forms as text.
class EvaluationForms
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::EvaluationForms)
public:
    // The labels printed on the forms. They are part of the published layout (like a
    // table template's headers), so they stay Chinese whatever the UI language is.
    enum class Label {
        UnitName,      // 单位名称
        ProjectName,   // 项目名称
        Department,    // 主管部门
        Implementer,   // 项目实施单位
        ProjectType,   // 项目类型
        Sources,       // 预算来源及资金规模
        SourceAmount,  // 资金量：
        Execution,     // 预算执行情况（万元）
        Budget,        // 预算数(A)
        Executed,      // 执行数(B)
        Rate,          // 执行率(B/A)
        ProjectFunds,  // 年度财政资金总额
        OverallFunds,  // 部门整体支出总额
        BasicTotal,    // 基本支出总额
        ProjectTotal,  // 项目支出总额
        Goal,          // 年度目标
        Indicators,    // 年度绩效指标 (overall) — see indicatorsLabel()
        Level1,        // 一级指标
        Level2,        // 二级指标
        Level3,        // 三级指标
        Target,        // 年初目标值(A)
        Actual,        // 实际完成值(B)
        Deviation,     // 偏差大或目标未完成原因分析
        Improvement,   // 改进措施及结果应用方案
        Seal,          // 单位名称（盖章）：
        FillDate,      // 填报日期：
    };
    static QString label(Label label);
    static QString indicatorsLabel(EvaluationForm::Kind kind); // 年度绩效指标 / 项目年度绩效指标
    static QString fundsLabel(EvaluationForm::Kind kind);      // 部门整体支出总额 / 年度财政资金总额
    // "2023年度部门整体绩效自评表" / "2023年度项目支出绩效自评表"
    static QString title(EvaluationForm::Kind kind, int year);
    static QString projectTypeLabel(EvaluationForm::ProjectType type); // 经常性项目…; "" for None
    static QString sourceLabel(int index);                             // 部门预算项目, 专项资金, 上级转移支付项目
    static constexpr int sourceCount = 3;

    // An amount as the forms print it: 万元 without separators or trailing zeros
    // ("1129.8", "3", "44.71"); blank gives "".
    static QString printedAmount(const Money &amount);
    // The form as the report prints it: an amount that restates a table figure (an equality
    // rule of the edition between the field and one cell, such as 执行数 = 01表 58行 or
    // 基本支出总额 = 05表 合计 基本支出, holding exactly) takes that cell's printed value
    // (舍位平衡, Document::printed()), so the form and the tables print the same figure. Other
    // amounts stay as typed.
    static EvaluationForm asPrinted(const Document &document, const EvaluationForm &form);

    // The 一级/二级 rows a new form starts with, as the 2023 forms have them.
    static QList<Indicator> standardIndicators(EvaluationForm::Kind kind);
    // A new form with the document's department filled in and the standard indicators.
    static EvaluationForm newForm(const Document &document, EvaluationForm::Kind kind);

    // Merged cells of the indicator tree: the runs of consecutive rows that share their
    // 一级指标 (level 1), or their 一级 and 二级指标 (level 2). Every row is in exactly one run.
    struct Span {
        int first = 0;
        int count = 0;
        friend bool operator==(const Span &a, const Span &b) { return a.first == b.first && a.count == b.count; }
    };
    static QList<Span> spans(const QList<Indicator> &indicators, int level);
    // The run of `level` that holds `row`.
    static Span spanAt(const QList<Indicator> &indicators, int level, int row);

    // --- edits of the indicator rows (all return false and change nothing when out of range)
    // Inserts a row after `row` in the same 一级/二级 group (at the end when row < 0).
    // With level 1 or 2 the new row starts a new group at that level instead: a new 二级
    // under the same 一级, or a new 一级.
    static bool insertIndicator(QList<Indicator> *indicators, int row, int level = 3, int *newRow = nullptr);
    static bool removeIndicator(QList<Indicator> *indicators, int row);
    // Moves a row one place up (delta -1) or down (+1) in the tree: inside its group it
    // swaps; at a group's edge it joins the neighbouring group; a one-row 二级 group moves
    // past its neighbouring 二级 group. Groups are never split.
    static bool moveIndicator(QList<Indicator> *indicators, int row, int delta);
    // Renames the 一级 (level 1) or 二级 (level 2) group `row` belongs to: a merged cell is
    // one name for all its rows.
    static bool renameGroup(QList<Indicator> *indicators, int row, int level, const QString &name);

    // --- edits of the form list. The overall form, when there is one, stays first.
    static int overallIndex(const QList<EvaluationForm> &forms);
    // Inserts `form`: an overall form at the front (refused when there is one already),
    // a project after `after` (at the end when after < 0). Returns the new index or -1.
    static int insertForm(QList<EvaluationForm> *forms, const EvaluationForm &form, int after = -1,
                          QString *error = nullptr);
    // Moves a project form among the projects; the overall form does not move.
    static bool moveForm(QList<EvaluationForm> *forms, int index, int delta);
    // Why this list could not be saved (two overall forms, a form without a name…); empty when fine.
    static QString check(const QList<EvaluationForm> &forms);

    // The forms as text, one block per form, one line per field (TAB between columns):
    // what the golden tests compare and the headless output prints.
    static QString toText(const QList<EvaluationForm> &forms);
};

} // namespace Juesuan
