// What one cell edit costs in the live views beside the table: the 第三部分 page
// regenerating its text and the four figures refilling their charts.
#include "chartview.h"
#include "document.h"
#include "documentio.h"
#include "fonts.h"
#include "narrativeview.h"

#include <QTest>

using namespace Juesuan;

class BenchLiveViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Fonts::applyToApplication();
        QString error;
        m_doc = DocumentIO::load(QStringLiteral(JUESUAN_SOURCE_DIR "/resources/samples/jianghan-bigdata-center-2023.juesuan"),
                                 &error);
        QVERIFY2(m_doc, qPrintable(error));
    }
    void narrativeViewPerEdit()
    {
        NarrativeView view(m_doc.get());
        const CellKey key = CellKey::fromString(QStringLiteral("05!2010350@2"));
        qint64 fen = m_doc->value(key).fen();
        QBENCHMARK {
            m_doc->setCell(key, Money::fromFen(++fen)); // the view regenerates from the signal
        }
    }
    void fourChartsPerEdit()
    {
        std::vector<std::unique_ptr<ChartView>> views;
        for (int n = 1; n <= 4; ++n)
            views.push_back(std::make_unique<ChartView>(m_doc.get(), n));
        const CellKey key = CellKey::fromString(QStringLiteral("05!2010350@2"));
        qint64 fen = m_doc->value(key).fen();
        QBENCHMARK {
            m_doc->setCell(key, Money::fromFen(++fen));
        }
    }

private:
    std::unique_ptr<Document> m_doc;
};

QTEST_MAIN(BenchLiveViews)
#include "bench_liveviews.moc"
