// Printed values (舍位平衡): balancing documents with N 项 rows in each code-list table
// (02, 03, 05), every column filled with 元-precise amounts; then one edit re-balanced.
// Prints the figures; the targets are ≤ 50 ms (2,000) and ≤ 500 ms (20,000),
// one edit ≤ 5 ms. Wall time and the process's CPU time are both printed: on a machine shared
// with other builds the wall time says more about the neighbours than about the code.
#include "platform.h"
#include "document.h"
#include "printedvalues.h"
#include "randomreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>

#include <sys/resource.h>

using namespace Juesuan;

namespace {
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

// Pages the process touched for the first time (on a virtual machine each costs microseconds:
// memory newly taken shows in the wall time).
long pageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt + usage.ru_majflt;
}
} // namespace

int main(int argc, char **argv)
{
    Juesuan::Platform::keepFreedMemory(); // as juesuan's main() does
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString error;
    const auto edition = ReportTemplate::builtin(QStringLiteral("2023"), &error);
    if (!edition) {
        out << error << Qt::endl;
        return 1;
    }
    QList<int> sizes{300, 2000, 20000};
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
        const double cpu0 = cpuMs();
        const long faults0 = pageFaults();
        const PrintedValues::Stats stats = doc->printed().stats();
        const long faults1 = pageFaults();
        const double full = timer.nsecsElapsed() / 1e6, fullCpu = cpuMs() - cpu0;
        out << items << " 项 per code-list table, " << doc->cellCount() << " cells: balanced in " << full
            << " ms (CPU " << fullCpu << " ms); " << stats.freeCells << " free cells, " << stats.components
            << " components (largest " << stats.largestComponent << "), " << stats.flowSolves << " flow, "
            << stats.solverCalls << " solver calls, " << stats.augmentations << " paths, " << stats.nudged
            << " cells nudged, balanced: " << (doc->printed().balanced() ? "yes" : "no") << Qt::endl;
        out << "  of which: structure " << stats.structureNs / 1e6 << " ms, rules " << stats.rulesNs / 1e6
            << " ms, network " << stats.networkNs / 1e6 << " ms, flow " << stats.flowNs / 1e6 << " ms; "
            << faults1 - faults0 << " page faults" << Qt::endl;
        // One edit of a 项 in 05 (fiscal 基本支出), re-balanced; five different ones, median-ish.
        const QStringList codes = g.itemRows.value(QStringLiteral("05"));
        // The first edit of a 05 基本支出 breaks "05 基本支出合计 = 06 人员经费 + 公用经费" (06 does
        // not follow; its row's slack arc opens in place) and 04表's general-budget balance, a
        // rule that is a copy once 04's cells are merged with 05's: the network is built again
        // once, from the old one. The others repair the flow; 21 edits, median and max of the
        // last 20.
        QList<double> edits, editsCpu;
        double firstEdit = 0;
        PrintedValues::Stats rebuilt;
        for (int i = 0; i < 21; ++i) {
            const CellKey k{QStringLiteral("05"), codes.at((i * 7919) % codes.size()), QStringLiteral("2")};
            doc->applyCells({{k, Money::fromFen(doc->value(k).fen() + 100 * (i + 1))}});
            timer.restart();
            const double c0 = cpuMs();
            const PrintedValues::Stats s = doc->printed().stats();
            if (i == 0) {
                firstEdit = timer.nsecsElapsed() / 1e6;
                rebuilt = s;
                continue;
            }
            edits.append(timer.nsecsElapsed() / 1e6);
            editsCpu.append(cpuMs() - c0);
            if (i == 20)
                out << "  last edit: " << s.components << " components re-solved (" << s.largestComponent
                    << " free cells decided), " << s.augmentations << " paths, " << s.nudged << " cells nudged, balanced: "
                    << (doc->printed().balanced() ? "yes" : "no") << Qt::endl;
        }
        std::sort(edits.begin(), edits.end());
        std::sort(editsCpu.begin(), editsCpu.end());
        out << "  first edit (04's balance stops holding, network rebuilt from the old one): " << firstEdit
            << " ms (network " << rebuilt.networkNs / 1e6 << " ms, flow " << rebuilt.flowNs / 1e6 << " ms, "
            << rebuilt.augmentations << " paths)" << Qt::endl;
        out << "  one edit re-balanced: median " << edits.at(10) << " ms, max " << edits.last() << " ms (CPU median "
            << editsCpu.at(10) << " ms, max " << editsCpu.last() << " ms)" << Qt::endl;
    }
    return 0;
}
