// Pins the explanations (第三部分) and figures 图1–4 of the bundled sample, and of the sample
// with 07表 and 08表 filled, to golden text: the sentences must not change when the cells
// they read move from C++ into the edition's named quantities.
#include "chartseries.h"
#include "document.h"
#include "documentio.h"
#include "narrative.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Juesuan;

namespace {

const QString samplePath = QStringLiteral(JUESUAN_SOURCE_DIR "/resources/samples/jianghan-bigdata-center-2023.juesuan");

QString dump(const Document &doc)
{
    QString out = Narrative::title(doc) + QLatin1Char('\n');
    for (const NarrativeSection &s : Narrative::generate(doc)) {
        out += QStringLiteral("## %1 [%2] %3 fig=%4 reasons=%5\n")
                       .arg(s.id)
                       .arg(s.level)
                       .arg(s.heading)
                       .arg(s.figure)
                       .arg(s.reasonKeys.join(QLatin1Char(',')));
        for (const QString &p : s.paragraphs)
            out += p + QLatin1Char('\n');
    }
    for (int n = 1; n <= ChartSeries::figureCount; ++n) {
        const ChartSeries c = ChartSeries::figure(doc, n);
        out += QStringLiteral("## %1 kind=%2 denominator=%3 categories=%4\n")
                       .arg(c.title)
                       .arg(int(c.kind))
                       .arg(c.denominator.toWanyuan())
                       .arg(c.categories.join(QLatin1Char(',')));
        for (const ChartSeries::BarSet &set : c.sets) {
            QStringList values;
            for (const Money &m : set.values)
                values << (m.isBlank() ? QStringLiteral("-") : m.toWanyuan());
            out += set.name + QLatin1Char(':') + values.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
        for (const ChartSeries::Slice &sl : c.slices)
            out += sl.label + QLatin1Char(':') + sl.value.toWanyuan() + QLatin1Char(':') + sl.share + QLatin1Char('\n');
    }
    return out;
}

// Fills every input column of one 项 row in `table`, so that the sentence about the table
// is written instead of 本部门当年无….
void fillTable(Document &doc, const QString &table, const QString &code, qint64 base)
{
    QString error;
    QVERIFY2(doc.addItemRow(table, code, &error), qPrintable(error));
    const TableTemplate *t = doc.reportTemplate().table(table);
    QVERIFY(t);
    QList<QPair<CellKey, Money>> changes;
    qint64 n = base;
    for (const QString &col : t->amountColumns()) {
        const CellKey k{table, code, col};
        if (doc.isInput(k))
            changes.append({k, Money::fromFen(n += 123457)});
    }
    QVERIFY2(doc.setCells(changes, QString(), &error), qPrintable(error));
}

void compareWithGolden(const QString &actual, const QString &name)
{
    QFile f(QStringLiteral(JUESUAN_TEST_DATA "/editions/") + name);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QString expected = QString::fromUtf8(f.readAll());
    if (actual != expected) {
        // Leave what was produced beside the build for a diff.
        QFile out(QDir::temp().filePath(name));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual.toUtf8());
        const QStringList a = actual.split(QLatin1Char('\n')), e = expected.split(QLatin1Char('\n'));
        for (int i = 0; i < qMin(a.size(), e.size()); ++i)
            QCOMPARE(a.at(i), e.at(i));
        QCOMPARE(a.size(), e.size());
    }
}

} // namespace

class TestNarrativePin : public QObject
{
    Q_OBJECT
private slots:
    void sample()
    {
        QString error;
        auto doc = DocumentIO::load(samplePath, &error);
        QVERIFY2(doc, qPrintable(error));
        compareWithGolden(dump(*doc), QStringLiteral("sample-narrative.txt"));
    }

    void fundAndCapitalFilled()
    {
        QString error;
        auto doc = DocumentIO::load(samplePath, &error);
        QVERIFY2(doc, qPrintable(error));
        fillTable(*doc, QStringLiteral("07"), QStringLiteral("2120101"), 1000000);
        fillTable(*doc, QStringLiteral("08"), QStringLiteral("2010101"), 2000000);
        compareWithGolden(dump(*doc), QStringLiteral("sample-narrative-filled.txt"));
    }
};

QTEST_GUILESS_MAIN(TestNarrativePin)
#include "tst_narrativepin.moc"
