#include "chartseries.h"

#include "document.h"
#include "yearlabel.h"

namespace Juesuan {

namespace {

// A named quantity of the edition, as the tables print it.
Money qty(const Document &d, const char *name)
{
    return d.quantity(QString::fromLatin1(name));
}

void addSlice(ChartSeries &s, const QString &label, const Money &value)
{
    // Zero and blank sources are left out, as the published pies do.
    if (value.fen() == 0)
        return;
    s.slices.append({label, value, Money::percent(value.fen(), s.denominator.fen())});
}

} // namespace

QString ChartSeries::titleOf(int number)
{
    switch (number) {
    case 1:
        return QStringLiteral("图1：收、支决算总计变动情况");
    case 2:
        return QStringLiteral("图2：收入决算结构");
    case 3:
        return QStringLiteral("图3：支出决算结构");
    case 4:
        return QStringLiteral("图4：财政拨款收、支决算总计变动情况");
    default:
        return QString();
    }
}

bool ChartSeries::isEmpty() const
{
    if (kind == Kind::Pie)
        return slices.isEmpty();
    for (const BarSet &set : sets)
        for (const Money &m : set.values)
            if (!m.isBlank())
                return false;
    return true;
}

ChartSeries ChartSeries::figure(const Document &d, int number)
{
    ChartSeries s;
    if (number < 1 || number > figureCount)
        return s;
    s.number = number;
    s.title = titleOf(number);
    const int year = d.metadata().year;
    switch (number) {
    case 1:
    case 4: {
        s.kind = Kind::Bars;
        const bool fiscal = number == 4;
        // 04表 has one 总计 for both sides' 合计 column (one 上年 figure); 01表 has 收入总计 and 支出总计.
        s.categories = fiscal ? QStringList{QStringLiteral("财政拨款收入总计"), QStringLiteral("财政拨款支出总计")}
                              : QStringList{QStringLiteral("收入总计"), QStringLiteral("支出总计")};
        const Money priorIn = d.priorYear(fiscal ? QStringLiteral("fiscal_total") : QStringLiteral("income_total"));
        const Money priorOut = d.priorYear(fiscal ? QStringLiteral("fiscal_total") : QStringLiteral("expense_total"));
        s.sets.append({yearLabel(year - 1), {priorIn, priorOut}});
        s.sets.append({yearLabel(year),
                       fiscal ? QList<Money>{qty(d, "fiscal_total"), qty(d, "fiscal_expense_total")}
                              : QList<Money>{qty(d, "income_total"), qty(d, "expense_total")}});
        break;
    }
    case 2:
        s.kind = Kind::Pie;
        s.denominator = qty(d, "income_year");
        addSlice(s, QStringLiteral("财政拨款收入"), qty(d, "income_fiscal"));
        addSlice(s, QStringLiteral("上级补助收入"), qty(d, "income_superior"));
        addSlice(s, QStringLiteral("事业收入"), qty(d, "income_business"));
        addSlice(s, QStringLiteral("经营收入"), qty(d, "income_operating"));
        addSlice(s, QStringLiteral("附属单位上缴收入"), qty(d, "income_affiliated"));
        addSlice(s, QStringLiteral("其他收入"), qty(d, "income_other"));
        break;
    case 3:
        s.kind = Kind::Pie;
        s.denominator = qty(d, "expense_year");
        addSlice(s, QStringLiteral("基本支出"), qty(d, "expense_basic"));
        addSlice(s, QStringLiteral("项目支出"), qty(d, "expense_project"));
        addSlice(s, QStringLiteral("上缴上级支出"), qty(d, "expense_superior"));
        addSlice(s, QStringLiteral("经营支出"), qty(d, "expense_operating"));
        addSlice(s, QStringLiteral("对附属单位补助支出"), qty(d, "expense_affiliated"));
        break;
    }
    return s;
}

} // namespace Juesuan
