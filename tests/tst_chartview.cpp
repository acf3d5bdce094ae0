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

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
