// Recalculation cost on a generated code-list document: one cell edit (with every
// dependent recomputed and the changed set reported) at 2,000 and 20,000 项 rows, and
// load + full recomputation of the 20,000-row document. Prints medians.
#include "platform.h"
#include "document.h"
#include "documentio.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace Juesuan;
using Clock = std::chrono::steady_clock;

namespace {

// `rows` 项 codes under 20 real 类, spread over 款 and 项 numbers (codes need not be in
// the catalogue for the engine).
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
                out.append(QString::fromLatin1(classes[c]) + QStringLiteral("%1%2").arg(k, 2, 10, QLatin1Char('0')).arg(x, 2, 10, QLatin1Char('0')));
    return out;
}

std::unique_ptr<Document> generated(int rows)
{
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("基准部门"), 2023, &error);
    const QStringList codes = itemCodes(rows);
    QHash<CellKey, Money> inputs;
    qint64 n = 1;
    for (const QString &code : codes)
        for (int col = 2; col <= 7; ++col)
            inputs.insert(CellKey{QStringLiteral("02"), code, QString::number(col)}, Money::fromFen(n++ * 137));
    if (!doc->resetTables({{QStringLiteral("02"), codes}}, inputs, &error))
        qFatal("%s", qPrintable(error));
    return doc;
}

double medianMicros(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double editMedian(Document &doc, int samples)
{
    const QStringList codes = doc.itemRows(QStringLiteral("02"));
    std::vector<double> times;
    times.reserve(size_t(samples));
    for (int i = 0; i < samples; ++i) {
        const CellKey k{QStringLiteral("02"), codes.at((i * 7919) % codes.size()), QString::number(3 + i % 5)};
        const Money m = Money::fromFen(1000 + i);
        const auto t0 = Clock::now();
        const QList<CellKey> changed = doc.applyCells({{k, m}});
        const auto t1 = Clock::now();
        if (changed.size() < 5)
            qFatal("an edit changed only %d cells", int(changed.size()));
        times.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    return medianMicros(times);
}

double pushMedian(Document &doc, int samples)
{
    // The same through the undo stack, as the editor does it.
    const QStringList codes = doc.itemRows(QStringLiteral("02"));
    std::vector<double> times;
    for (int i = 0; i < samples; ++i) {
        const CellKey k{QStringLiteral("02"), codes.at((i * 104729) % codes.size()), QString::number(2 + i % 6)};
        const auto t0 = Clock::now();
        doc.setCell(k, Money::fromFen(50000 + i));
        const auto t1 = Clock::now();
        times.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    return medianMicros(times);
}

} // namespace

int main(int argc, char **argv)
{
    Juesuan::Platform::keepFreedMemory(); // as juesuan's main() does
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const auto small = generated(2000);
    const auto large = generated(20000);
    out << "cells: 2k document " << small->cellCount() << ", 20k document " << large->cellCount() << Qt::endl;
    const double e2k = editMedian(*small, 2001);
    const double e20k = editMedian(*large, 2001);
    out << QStringLiteral("edit + recalculation, median of 2001: 2,000 rows %1 µs; 20,000 rows %2 µs; ratio %3")
                   .arg(e2k, 0, 'f', 2).arg(e20k, 0, 'f', 2).arg(e20k / e2k, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("edit through the undo stack (command + signal), median of 2001: 2,000 rows %1 µs; 20,000 rows %2 µs")
                   .arg(pushMedian(*small, 2001), 0, 'f', 2).arg(pushMedian(*large, 2001), 0, 'f', 2)
        << Qt::endl;

    const QByteArray json = DocumentIO::toJson(*large);
    std::vector<double> loads, rebuilds;
    for (int i = 0; i < 7; ++i) {
        QString error;
        const auto t0 = Clock::now();
        const auto doc = DocumentIO::fromJson(json, QStringLiteral("bench"), &error);
        const auto t1 = Clock::now();
        if (!doc)
            qFatal("%s", qPrintable(error));
        loads.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        const QHash<CellKey, Money> inputs = doc->inputValues();
        const auto t2 = Clock::now();
        doc->resetTables({{QStringLiteral("02"), doc->itemRows(QStringLiteral("02"))}}, inputs, &error);
        const auto t3 = Clock::now();
        rebuilds.push_back(std::chrono::duration<double, std::milli>(t3 - t2).count());
    }
    out << QStringLiteral("20,000 rows (%1 KiB of JSON): load + full recalculation median %2 ms; graph build + full recalculation alone %3 ms")
                   .arg(json.size() / 1024).arg(medianMicros(loads), 0, 'f', 1).arg(medianMicros(rebuilds), 0, 'f', 1)
        << Qt::endl;
    return 0;
}
