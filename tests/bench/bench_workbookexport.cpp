// Benchmark: XLSX export of a generated document with 2,000 项 rows in each code-list table
// (02, 03, 05, 07, 08: about 2,500 body rows each with their 款, 类 and 合计) besides the
// fixed tables, every input column filled. Target ≤ 300 ms. Prints the median of a few runs
// and the size of the workbook; not run by CI.
#include "platform.h"
#include "document.h"
#include "documentio.h"
#include "workbookexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Juesuan;

namespace {

// `rows` 项 codes under 20 real 类, spread over 款 and 项 numbers (the engine does not need
// them in the catalogue), as bench_recalc makes them.
QStringList itemCodes(int rows)
{
    static const char *classes[] = {"201", "203", "204", "205", "206", "207", "208", "210", "211", "212",
                                    "213", "214", "215", "216", "217", "219", "220", "221", "222", "224"};
    const int perClass = rows / 20;
    const int perSection = std::min(99, std::max(1, perClass / 10));
    QStringList out;
    for (int c = 0; c < 20 && out.size() < rows; ++c)
        for (int k = 1; k <= 99 && out.size() < (c + 1) * perClass; ++k)
            for (int x = 1; x <= perSection && out.size() < (c + 1) * perClass; ++x)
                out.append(QString::fromLatin1(classes[c])
                           + QStringLiteral("%1%2").arg(k, 2, 10, QLatin1Char('0')).arg(x, 2, 10, QLatin1Char('0')));
    return out;
}

std::unique_ptr<Document> generated(int rows)
{
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("基准部门"), 2023, &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    const ReportTemplate &rt = doc->reportTemplate();
    const QStringList codes = itemCodes(rows);
    QHash<QString, QStringList> itemRows;
    QHash<CellKey, Money> inputs;
    qint64 n = 1;
    for (const TableTemplate &t : rt.tables()) {
        if (t.isCodeList()) {
            itemRows.insert(t.id(), codes);
            for (const QString &code : codes)
                for (const QString &col : t.amountColumns())
                    if (!t.columnFormulas().contains(col))
                        inputs.insert(CellKey{t.id(), code, col}, Money::fromFen(n++ * 137));
        } else {
            for (const CellKey &k : t.amountCells())
                if (rt.isInputCell(k))
                    inputs.insert(k, Money::fromFen(n++ * 1009));
        }
    }
    if (!doc->resetTables(itemRows, inputs, &error))
        qFatal("%s", qPrintable(error));
    return doc;
}

} // namespace

int main(int argc, char **argv)
{
    Juesuan::Platform::keepFreedMemory(); // as juesuan's main() does
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QElapsedTimer build;
    build.start();
    const auto doc = generated(2000);
    int bodyRows = 0;
    for (const TableTemplate &t : doc->reportTemplate().tables())
        if (t.isCodeList())
            bodyRows += int(doc->bodyRows(t.id()).size());
    out << "generated: 2000 项 rows in each code-list table, " << bodyRows << " code-list body rows, "
        << doc->cellCount() << " amount cells (" << build.elapsed() << " ms)" << Qt::endl;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.xlsx"));
    // Wall clock, and the CPU time of this process (what a machine busy with other work does
    // not inflate).
    const auto cpuMs = [] {
        timespec ts;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    };
    std::vector<double> wall, cpu;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        QString error;
        if (!WorkbookExport::exportXlsx(*doc, path, &error))
            qFatal("%s", qPrintable(error));
        cpu.push_back(cpuMs() - c0);
        wall.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    out << "XLSX export: median wall " << QString::number(wall[wall.size() / 2], 'f', 1) << " ms (min "
        << QString::number(wall.front(), 'f', 1) << "), median cpu " << QString::number(cpu[cpu.size() / 2], 'f', 1)
        << " ms over " << wall.size() << " runs (target ≤ 300 ms), " << QFileInfo(path).size() << " bytes" << Qt::endl;
    out << "machine load: " << [] {
        QFile f(QStringLiteral("/proc/loadavg"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
    }() << Qt::endl;
    return 0;
}
