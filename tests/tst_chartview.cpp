// The figures as drawn: each chart of the sample is non-blank offscreen with its title set,
// follows edits at once, and exports to PNG and SVG (text kept as text) and onto a painter.
#include "chartseries.h"
#include "chartview.h"
#include "document.h"
#include "documentio.h"
#include "fonts.h"
#include "reportchart.h"
#include "testsupport.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {


// Pixels that differ clearly from white, in `rect` (whole image by default).
int inkedPixels(const QImage &image, QRect rect = QRect())
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    if (rect.isNull())
        rect = img.rect();
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb p = img.pixel(x, y);
            if (qRed(p) < 235 || qGreen(p) < 235 || qBlue(p) < 235)
                ++n;
        }
    return n;
}

QStringList sliceLabels(QChart *chart)
{
    QStringList out;
    for (QAbstractSeries *s : chart->series())
        if (auto *pie = qobject_cast<QPieSeries *>(s))
            for (QPieSlice *slice : pie->slices())
                out << slice->label();
    return out;
}

QList<qreal> barValues(QChart *chart, int set)
{
    QList<qreal> out;
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QBarSeries *>(s))
            for (int i = 0; i < bars->barSets().at(set)->count(); ++i)
                out << bars->barSets().at(set)->at(i);
    return out;
}

} // namespace

class TestChartView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void grabIsNonBlank_data();
    void grabIsNonBlank();
    void pieLabelsFollowEdits();
    void barsFollowPriorYear();
    void svgKeepsTitleText_data();
    void svgKeepsTitleText();
    void saveFiles();
    void renderIntoRect();
    void emptyDocument();
    void singleSlicePie();

private:
    std::unique_ptr<Document> m_doc;
};

void TestChartView::initTestCase()
{
    Fonts::applyToApplication();
    QString error;
    m_doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestChartView::grabIsNonBlank_data()
{
    QTest::addColumn<int>("figure");
    for (int n = 1; n <= ChartSeries::figureCount; ++n)
        QTest::newRow(qPrintable(QStringLiteral("图%1").arg(n))) << n;
}

void TestChartView::grabIsNonBlank()
{
    QFETCH(int, figure);
    ChartView view(m_doc.get(), figure);
    view.resize(640, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.title(), ChartSeries::titleOf(figure));
    QCOMPARE(view.chart()->animationOptions(), QChart::NoAnimation);
    QVERIFY(!view.chart()->series().isEmpty());
    const QImage image = view.grab().toImage();
    const int inked = inkedPixels(image);
    // Bars or a pie plus the title and labels cover several percent of the page.
    QVERIFY2(inked > image.width() * image.height() / 25, qPrintable(QString::number(inked)));
    // The title is drawn: ink in the top band, where nothing but the title is.
    QVERIFY(inkedPixels(image, QRect(0, 0, image.width(), image.height() / 12)) > 50);
}

void TestChartView::pieLabelsFollowEdits()
{
    QString error;
    auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    ChartView view(doc.get(), 3);
    QCOMPARE(sliceLabels(view.chart()),
             (QStringList{QStringLiteral("基本支出 417.23万元 13.5%"), QStringLiteral("项目支出 2670.56万元 86.5%")}));
    QVERIFY(doc->setCell(CellKey::fromString(QStringLiteral("03!2060404@3")), wan("413.61"), &error));
    QCOMPARE(sliceLabels(view.chart()),
             (QStringList{QStringLiteral("基本支出 417.23万元 13.1%"), QStringLiteral("项目支出 2770.56万元 86.9%")}));
    doc->undoStack()->undo();
    QCOMPARE(sliceLabels(view.chart()).at(1), QStringLiteral("项目支出 2670.56万元 86.5%"));

    ChartView income(doc.get(), 2);
    QCOMPARE(sliceLabels(income.chart()), QStringList{QStringLiteral("财政拨款收入 3087.79万元 100%")});
}

void TestChartView::barsFollowPriorYear()
{
    QString error;
    auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    ChartView view(doc.get(), 1);
    QCOMPARE(barValues(view.chart(), 0), (QList<qreal>{4361.89, 4361.89}));
    QCOMPARE(barValues(view.chart(), 1), (QList<qreal>{3087.79, 3087.79}));
    doc->setPriorYear(QStringLiteral("income_total"), wan("5000"));
    QCOMPARE(barValues(view.chart(), 0), (QList<qreal>{5000.0, 4361.89}));
}

void TestChartView::svgKeepsTitleText_data()
{
    grabIsNonBlank_data();
}

void TestChartView::svgKeepsTitleText()
{
    QFETCH(int, figure);
    const QString svg = QString::fromUtf8(ReportChart::toSvg(*m_doc, figure, QSize(640, 400)));
    QVERIFY(svg.startsWith(QLatin1String("<?xml")));
    QVERIFY2(svg.contains(ChartSeries::titleOf(figure)), qPrintable(svg.left(2000)));
    // Labels are text too, not outlines.
    if (figure == 3)
        QVERIFY(svg.contains(QStringLiteral("项目支出 2670.56万元 86.5%")));
}

void TestChartView::saveFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChartView view(m_doc.get(), 4);
    const QString png = dir.filePath(QStringLiteral("fig4.png"));
    const QString svg = dir.filePath(QStringLiteral("fig4.svg"));
    QString error;
    QVERIFY2(view.savePng(png, &error), qPrintable(error));
    QVERIFY2(view.saveSvg(svg, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(inkedPixels(image) > image.width() * image.height() / 25);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("图4：财政拨款收、支决算总计变动情况")));
    QVERIFY(!view.savePng(dir.filePath(QStringLiteral("no/such/dir/x.png")), &error));
    QVERIFY(!error.isEmpty());
}

void TestChartView::renderIntoRect()
{
    // The report draws a figure into a rectangle of its page: ink inside, none outside.
    QImage page(800, 1000, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    ReportChart::render(*m_doc, 2, &painter, QRectF(100, 300, 600, 360));
    painter.end();
    QVERIFY(inkedPixels(page, QRect(100, 300, 600, 360)) > 1000);
    QCOMPARE(inkedPixels(page, QRect(0, 0, 800, 290)), 0);
    QCOMPARE(inkedPixels(page, QRect(0, 670, 800, 330)), 0);
}

void TestChartView::emptyDocument()
{
    // Nothing entered yet: each figure still has its title and draws without dividing by zero.
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试单位"), 2024, &error);
    QVERIFY2(doc, qPrintable(error));
    for (int n = 1; n <= ChartSeries::figureCount; ++n) {
        ChartView view(doc.get(), n);
        QCOMPARE(view.title(), ChartSeries::titleOf(n));
        QVERIFY(QString::fromUtf8(ReportChart::toSvg(*doc, n, QSize(320, 200))).contains(ChartSeries::titleOf(n)));
    }
    // The first amount typed appears in 图2 at once.
    ChartView income(doc.get(), 2);
    QVERIFY(sliceLabels(income.chart()).isEmpty());
    QVERIFY2(doc->setCell(CellKey::fromString(QStringLiteral("01!1@1")), wan("100"), &error), qPrintable(error));
    QCOMPARE(sliceLabels(income.chart()), QStringList{QStringLiteral("财政拨款收入 100万元 100%")});
}

// 图2 of the sample is one slice, 财政拨款收入 100%: the disc is drawn whole, without a border
// that would show a seam from its centre, and its label stands beside the disc, not across it.
void TestChartView::singleSlicePie()
{
    const QSizeF size(567, 302); // the report's 150 × 80 mm at 96 dpi
    const std::unique_ptr<QGraphicsScene> scene = ReportChart::scene(*m_doc, 2, size);
    QChart *chart = nullptr;
    for (QGraphicsItem *item : scene->items())
        if (auto *c = dynamic_cast<QChart *>(item))
            chart = c;
    QVERIFY(chart);
    QCOMPARE(chart->series().size(), 1);
    auto *pie = qobject_cast<QPieSeries *>(chart->series().constFirst());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 1); // no second slice, not even an empty one
    QPieSlice *slice = pie->slices().constFirst();
    QCOMPARE(slice->pen().style(), Qt::NoPen);
    QVERIFY(!slice->isLabelVisible()); // not QtCharts' label on an arm under the disc

    const QRectF disc = ReportChart::pieRect(chart);
    const QRectF label = ReportChart::singleSliceLabelRect(chart);
    QVERIFY(disc.width() > 50);
    QVERIFY(label.width() > 50);
    QVERIFY2(!label.intersects(disc), qPrintable(QStringLiteral("label %1,%2 %3×%4 on the disc %5,%6 %7×%8")
                                                       .arg(label.x()).arg(label.y()).arg(label.width()).arg(label.height())
                                                       .arg(disc.x()).arg(disc.y()).arg(disc.width()).arg(disc.height())));
    QVERIFY(QRectF(QPointF(0, 0), size).contains(label)); // and on the chart

    // Drawn: the radius up from the centre, where the seam was, is the slice's colour all along.
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene->render(&painter, QRectF(QPointF(0, 0), size), scene->sceneRect());
    painter.end();
    const QColor fill = slice->color();
    const int x = qRound(disc.center().x());
    for (int y = qRound(disc.top() + disc.height() * 0.1); y < qRound(disc.center().y()); ++y) {
        const QColor c = image.pixelColor(x, y);
        QVERIFY2(qAbs(c.red() - fill.red()) < 40 && qAbs(c.blue() - fill.blue()) < 40,
                 qPrintable(QStringLiteral("(%1, %2) is %3, not the slice's %4").arg(x).arg(y).arg(c.name(), fill.name())));
    }
    // And the label is ink to the right of the disc.
    QVERIFY(inkedPixels(image, label.toAlignedRect().intersected(image.rect())) > 100);

    // A view refilled with two slices drops the beside-label and shows QtCharts' own again.
    ChartView view(m_doc.get(), 3);
    QVERIFY(ReportChart::singleSliceLabelRect(view.chart()).isNull());
}

QTEST_MAIN(TestChartView)

#include "tst_chartview.moc"
