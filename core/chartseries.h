#pragma once

#include "cellkey.h"
#include "money.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Juesuan {

class Document;

// The data of one of the figures 图1–4, computed from the document: bars (上年 vs 本年)
// for 图1 and 图4, pie slices with their shares for 图2 and 图3. Drawing is the ui's job.
class ChartSeries
{
public:
    enum class Kind { Bars, Pie };
    static constexpr int figureCount = 4;

    struct BarSet {
        QString name;        // "2022年度"
        QList<Money> values; // one per category
    };
    struct Slice {
        QString label;  // "财政拨款收入"
        Money value;
        QString share;  // "13.5%" of the figure's denominator, via Money::percent
    };

    // Figure `number` (1–4) of `document`; an invalid series (number 0) for other numbers.
    static ChartSeries figure(const Document &document, int number);
    static QString titleOf(int number); // "图1：收、支决算总计变动情况"

    int number = 0;
    Kind kind = Kind::Bars;
    QString title;
    QStringList categories; // bars: "收入总计", "支出总计"
    QList<BarSet> sets;     // bars: 上年 then 本年
    QList<Slice> slices;    // pies: non-zero slices only
    Money denominator;      // pies: 本年收入合计 or 本年支出合计

    bool isValid() const { return number >= 1 && number <= figureCount; }
    bool isEmpty() const;   // nothing to draw (all bars blank, or no slice)
};

} // namespace Juesuan
