#include "reportchart.h"

#include "chartseries.h"
#include "document.h"
#include "fonts.h"
#include "narrative.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QSvgGenerator>
#include <QValueAxis>

namespace Juesuan {

namespace {

// Bar heights and slice sizes are drawing coordinates, not amounts: the labels beside them
// are formatted from the exact Money.
qreal plotValue(const Money &m)
{
    return qreal(m.fen()) / qreal(Money::fenPerWanyuan);
}

const QColor barColors[] = {QColor(0x9e, 0xb8, 0xd9), QColor(0x2f, 0x5d, 0x9b)};
const QColor sliceColors[] = {QColor(0x2f, 0x5d, 0x9b), QColor(0xe0, 0x8a, 0x2c), QColor(0x5a, 0x9e, 0x4b),
                              QColor(0xb0, 0x3a, 0x2e), QColor(0x7b, 0x5a, 0xa6), QColor(0x8c, 0x8c, 0x8c)};

void fillBars(QChart *chart, const ChartSeries &s)
{
    auto *series = new QBarSeries;
    qint64 maxFen = 0;
    for (int i = 0; i < s.sets.size(); ++i) {
        auto *set = new QBarSet(s.sets.at(i).name);
        set->setColor(barColors[i % 2]);
        set->setBorderColor(barColors[i % 2]);
        set->setLabelColor(Qt::black);
        set->setLabelFont(Fonts::body(9));
        for (const Money &m : s.sets.at(i).values) {
            set->append(plotValue(m));
            maxFen = qMax(maxFen, m.fen());
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(15); // all of 4361.89, not 6 significant digits
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(s.categories);
    categories->setLabelsFont(Fonts::body(10));
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    // Headroom for the labels above the bars.
    values->setRange(0, maxFen > 0 ? plotValue(Money::fromFen(maxFen)) * 1.18 : 1.0);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(QStringLiteral("万元"));
    values->setTitleFont(Fonts::body(9));
    values->setLabelsFont(Fonts::body(9));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

// The share of the pie's plot area the pie's diameter takes.
constexpr qreal pieSize = 0.62;
// A single-slice pie stands left of centre, its label to its right.
constexpr qreal singlePiePosition = 0.34;
constexpr qreal singleLabelGap = 14; // between the pie's edge and its label, in chart units

const QString &singleLabelKey()
{
    static const QString key = QStringLiteral("juesuan-single-slice-label");
    return key;
}

// The pie's disc as QtCharts places it: centred at the series' relative position in the
// plot area, its diameter `pieSize` of the plot area's smaller side.
QRectF pieDisc(const QRectF &plot, const QPieSeries *series)
{
    const qreal d = qMin(plot.width(), plot.height()) * series->pieSize();
    const QPointF centre(plot.left() + plot.width() * series->horizontalPosition(),
                         plot.top() + plot.height() * series->verticalPosition());
    return QRectF(centre.x() - d / 2, centre.y() - d / 2, d, d);
}

void fillPie(QChart *chart, const ChartSeries &s)
{
    auto *series = new QPieSeries;
    series->setPieSize(pieSize);
    int drawn = 0; // slices with an area
    for (const ChartSeries::Slice &sl : s.slices)
        drawn += sl.value.fen() != 0;
    const bool single = drawn == 1;
    for (int i = 0; i < s.slices.size(); ++i) {
        const ChartSeries::Slice &sl = s.slices.at(i);
        // One slice is the whole disc: the empty ones beside it would draw as bare radii.
        if (single && sl.value.fen() == 0)
            continue;
        const QString share = Narrative::share(sl.value.fen(), s.denominator.fen());
        QPieSlice *slice = series->append(sl.label + QLatin1Char(' ') + Narrative::wan(sl.value) + QStringLiteral("万元")
                                                  + (share.isEmpty() ? QString() : QLatin1Char(' ') + share),
                                          plotValue(sl.value));
        slice->setColor(sliceColors[i % 6]);
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(true);
        slice->setLabelFont(Fonts::body(10));
        slice->setLabelColor(Qt::black);
        slice->setLabelPosition(QPieSlice::LabelOutside);
    }
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    if (!single)
        return;
    // A whole disc has no edge between slices: the white border would draw a seam from the
    // centre to the top. Its label, which QtCharts would hang on an arm under the disc across
    // its rim, goes to the right of the disc, clear of it, vertically centred.
    QPieSlice *slice = series->slices().constFirst();
    slice->setPen(Qt::NoPen);
    slice->setLabelVisible(false);
    series->setHorizontalPosition(singlePiePosition);
    auto *label = new QGraphicsSimpleTextItem(slice->label(), chart);
    label->setData(0, singleLabelKey());
    label->setFont(Fonts::body(10));
    label->setBrush(Qt::black);
    const auto place = [chart, series, label]() {
        const QRectF disc = pieDisc(chart->plotArea(), series);
        const QRectF text = label->boundingRect();
        label->setPos(disc.right() + singleLabelGap, disc.center().y() - text.height() / 2);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, series, place); // gone with the series
    place();
}

void removeSingleLabel(QChart *chart)
{
    const QList<QGraphicsItem *> children = chart->childItems();
    for (QGraphicsItem *item : children)
        if (item->data(0).toString() == singleLabelKey())
            delete item;
}

} // namespace

QChart *ReportChart::create(const ChartSeries &series)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setTitleFont(Fonts::heading(12));
    chart->legend()->setFont(Fonts::body(9));
    fill(chart, series);
    return chart;
}

void ReportChart::fill(QChart *chart, const ChartSeries &series)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    removeSingleLabel(chart);
    chart->setTitle(series.title);
    if (!series.isValid())
        return;
    if (series.kind == ChartSeries::Kind::Bars)
        fillBars(chart, series);
    else
        fillPie(chart, series);
}

namespace {
QAtomicInt builds;
} // namespace

int ReportChart::buildCount()
{
    return builds.loadRelaxed();
}

std::unique_ptr<QGraphicsScene> ReportChart::scene(const Document &document, int figure, const QSizeF &size)
{
    builds.ref();
    auto scene = std::make_unique<QGraphicsScene>();
    QChart *chart = create(ChartSeries::figure(document, figure));
    scene->addItem(chart); // the scene owns and deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene->setSceneRect(chart->geometry());
    return scene;
}

QRectF ReportChart::pieRect(const QChart *chart)
{
    for (QAbstractSeries *s : chart->series())
        if (const auto *pie = qobject_cast<const QPieSeries *>(s))
            return pieDisc(chart->plotArea(), pie);
    return QRectF();
}

QRectF ReportChart::singleSliceLabelRect(const QChart *chart)
{
    const QList<QGraphicsItem *> children = chart->childItems();
    for (const QGraphicsItem *item : children)
        if (item->data(0).toString() == singleLabelKey())
            return item->mapRectToParent(item->boundingRect());
    return QRectF();
}

void ReportChart::render(const Document &document, int figure, QPainter *painter, const QRectF &rect)
{
    const std::unique_ptr<QGraphicsScene> s = scene(document, figure, rect.size());
    s->render(painter, rect, s->sceneRect(), Qt::IgnoreAspectRatio);
}

QByteArray ReportChart::toSvg(const Document &document, int figure, const QSize &size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(ChartSeries::titleOf(figure));
    QPainter painter(&svg);
    render(document, figure, &painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return buffer.data();
}

QImage ReportChart::toImage(const Document &document, int figure, const QSize &size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(document, figure, &painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

} // namespace Juesuan
