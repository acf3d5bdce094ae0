// Printed values (舍位平衡): balancing documents with N 项 rows in each code-list table
// (02, 03, 05), every column filled with 元-precise amounts; then one edit re-balanced.
// Prints the figures; the targets are ≤ 50 ms (2,000) and ≤ 500 ms (20,000),
// one edit ≤ 5 ms.
#include "document.h"
#include "printedvalues.h"
#include "randomreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Juesuan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString error;
    const auto edition = ReportTemplate::builtin(QStringLiteral("2023"), &error);
    if (!edition) {
        out << error << Qt::endl;
        return 1;
    }
    QList<int> sizes{2000, 20000};
    if (argc > 1)
        sizes = {QString::fromLocal8Bit(argv[1]).toInt()};
    for (int items : sizes) {
        const RandomReport::Generated g = RandomReport::generate(2023, items);
        const auto doc = RandomReport::document(edition, g, &error);
        if (!doc) {
            out << error << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const PrintedValues::Stats stats = doc->printed().stats();
        const double full = timer.nsecsElapsed() / 1e6;
        out << items << " 项 per code-list table, " << doc->cellCount() << " cells: balanced in " << full
            << " ms; " << stats.freeCells << " free cells, " << stats.components << " components (largest "
            << stats.largestComponent << "), " << stats.solverCalls << " solver calls, " << stats.nudged
            << " cells nudged, balanced: " << (doc->printed().balanced() ? "yes" : "no") << Qt::endl;
        // One edit of a 项 in 05 (fiscal 基本支出), re-balanced; five different ones, median-ish.
        const QStringList codes = g.itemRows.value(QStringLiteral("05"));
        QList<double> edits;
        for (int i = 0; i < 5; ++i) {
            const CellKey k{QStringLiteral("05"), codes.at((i * 7919) % codes.size()), QStringLiteral("2")};
            doc->applyCells({{k, Money::fromFen(doc->value(k).fen() + 100 * (i + 1))}});
            timer.restart();
            const PrintedValues::Stats s = doc->printed().stats();
            edits.append(timer.nsecsElapsed() / 1e6);
            if (i == 4)
                out << "  last edit: " << s.components << " components re-solved (largest " << s.largestComponent
                    << "), " << s.nudged << " cells nudged" << Qt::endl;
        }
        std::sort(edits.begin(), edits.end());
        out << "  one edit re-balanced: median " << edits.at(2) << " ms, max " << edits.last() << " ms" << Qt::endl;
    }
    return 0;
}
