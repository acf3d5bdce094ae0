#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>

class QChart;
class QPainter;

namespace Juesuan {

class ChartSeries;
class Document;

// The only place that knows QtCharts: turns a ChartSeries (图1–4) into a QChart in the
// report's style (title, 万元 value labels, "名称 金额万元 占比%" slice labels, the report
// font, no animation), and renders figures for the report and for files. Moving to Qt
// Graphs later means rewriting this class only.
class ReportChart
{
public:
    // A new chart for `series` (the caller owns it).
    static QChart *create(const ChartSeries &series);
    // Replaces what `chart` shows by `series` (same chart object: views keep it).
    static void fill(QChart *chart, const ChartSeries &series);

    // Draws figure `figure` of `document` into `rect` of `painter` as vector graphics
    // (text stays text in PDF and SVG).
    static void render(const Document &document, int figure, QPainter *painter, const QRectF &rect);
    static QByteArray toSvg(const Document &document, int figure, const QSize &size);
    static QImage toImage(const Document &document, int figure, const QSize &size, qreal scale = 2.0);
};

} // namespace Juesuan
