// How long generating all of 第三部分 (and the four chart series) takes for the sample, and
// after a cell edit: the narrative view regenerates on every change, so this must stay small.
#include "chartseries.h"
#include "document.h"
#include "documentio.h"
#include "narrative.h"

#include <QTest>

using namespace Juesuan;

class BenchNarrative : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        m_doc = DocumentIO::load(QStringLiteral(JUESUAN_SOURCE_DIR "/resources/samples/jianghan-bigdata-center-2023.juesuan"),
                                 &error);
        QVERIFY2(m_doc, qPrintable(error));
    }
    void generate()
    {
        int paragraphs = 0;
        QBENCHMARK {
            for (const NarrativeSection &s : Narrative::generate(*m_doc))
                paragraphs += int(s.paragraphs.size());
        }
        QVERIFY(paragraphs > 0);
    }
    void editThenGenerate()
    {
        const CellKey key = CellKey::fromString(QStringLiteral("05!2010350@2"));
        qint64 fen = m_doc->value(key).fen();
        QBENCHMARK {
            m_doc->setCell(key, Money::fromFen(++fen));
            Narrative::generate(*m_doc);
            for (int n = 1; n <= ChartSeries::figureCount; ++n)
                ChartSeries::figure(*m_doc, n);
        }
    }

private:
    std::unique_ptr<Document> m_doc;
};

QTEST_GUILESS_MAIN(BenchNarrative)
#include "bench_narrative.moc"
