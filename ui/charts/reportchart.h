#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>

#include <memory>

class QChart;
class QGraphicsScene;
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
    // A pie chart's geometry in the chart's coordinates: the disc, and the label of a pie of
    // one slice (drawn beside the disc by this class, not by QtCharts); empty when there is none.
    static QRectF pieRect(const QChart *chart);
    static QRectF singleSliceLabelRect(const QChart *chart);

    // Draws figure `figure` of `document` into `rect` of `painter` as vector graphics
    // (text stays text in PDF and SVG).
    static void render(const Document &document, int figure, QPainter *painter, const QRectF &rect);
    // Figure `figure` built and laid out once at `size` (the chart's 96-dpi units) in a scene
    // of its own, for a caller that draws it many times (the report, on every page pass and
    // preview repaint): draw it with scene->render(painter, target). QtCharts builds the
    // chart (series, axes, labels, layout) here and never again for that figure.
    static std::unique_ptr<QGraphicsScene> scene(const Document &document, int figure, const QSizeF &size);
    // How many charts QtCharts has built for drawing in this process (render, scene, toSvg,
    // toImage): what tests count to see that the report builds each figure once.
    static int buildCount();
    static QByteArray toSvg(const Document &document, int figure, const QSize &size);
    static QImage toImage(const Document &document, int figure, const QSize &size, qreal scale = 2.0);
};

} // namespace Juesuan
