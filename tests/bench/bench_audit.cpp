// Benchmark: a full audit of the sample report (every rule of the 2023 edition), the
// figure that decides whether the audit dock can simply re-audit after each edit
// (target ≤ 5 ms). Prints the median of many runs; not run by CI.
#include "platform.h"
#include "auditengine.h"
#include "auditmodel.h"
#include "document.h"
#include "documentio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Juesuan;

namespace {
double median(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns[ns.size() / 2] / 1000.0; // µs
}
} // namespace

int main(int argc, char **argv)
{
    Juesuan::Platform::keepFreedMemory(); // as juesuan's main() does
    QCoreApplication app(argc, argv);
    QString error;
    const auto doc = DocumentIO::load(QStringLiteral(":/samples/jianghan-bigdata-center-2023.juesuan"), &error);
    if (!doc) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    AuditEngine engine(*doc);
    if (!engine.isValid()) {
        QTextStream(stderr) << engine.errorString() << Qt::endl;
        return 1;
    }
    const int runs = 2000;
    std::vector<qint64> times;
    times.reserve(runs);
    int findings = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        findings = int(engine.run().size());
        times.push_back(t.nsecsElapsed());
    }
    // The same through the model, as the dock sees it: an edit, then the re-audit.
    AuditModel model(doc.get());
    const CellKey cell{QStringLiteral("06"), QStringLiteral("30201"), QStringLiteral("1")};
    const Money original = doc->value(cell);
    std::vector<qint64> edits;
    for (int i = 0; i < 500; ++i) {
        QElapsedTimer t;
        t.start();
        doc->applyCells({{cell, i % 2 ? original : Money::fromFen(original.fen() + 10000000)}});
        model.refresh();
        edits.push_back(t.nsecsElapsed());
    }
    QTextStream out(stdout);
    out << "rules: " << engine.ruleSet()->rules().size() << ", findings on the sample: " << findings << Qt::endl;
    out << "full audit of the sample: median " << median(times) << " µs over " << runs << " runs (target ≤ 5000 µs)"
        << Qt::endl;
    out << "edit + re-audit through AuditModel: median " << median(edits) << " µs over " << edits.size()
        << " runs" << Qt::endl;
    return 0;
}
