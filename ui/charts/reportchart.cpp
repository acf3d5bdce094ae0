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

void fillPie(QChart *chart, const ChartSeries &s)
{
    auto *series = new QPieSeries;
    series->setPieSize(0.62);
    for (int i = 0; i < s.slices.size(); ++i) {
        const ChartSeries::Slice &sl = s.slices.at(i);
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
    chart->setTitle(series.title);
    if (!series.isValid())
        return;
    if (series.kind == ChartSeries::Kind::Bars)
        fillBars(chart, series);
    else
        fillPie(chart, series);
}

void ReportChart::render(const Document &document, int figure, QPainter *painter, const QRectF &rect)
{
    QGraphicsScene scene;
    QChart *chart = create(ChartSeries::figure(document, figure));
    scene.addItem(chart); // the scene owns and deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    scene.setSceneRect(chart->geometry());
    scene.render(painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
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
