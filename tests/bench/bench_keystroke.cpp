// Keystroke-to-model latency with the editor attached: the time from SheetModel::setData
// on a 项 cell of 05表 until every dataChanged of every attached view has been delivered
// (all synchronous: command push, recalculation, cellsChanged, the models' signals and
// the views' update requests). Measured on the sample and on a generated document with
// 20,000 项 rows. Prints medians in µs; targets ≤ 1 ms (sample) and ≤ 2 ms (20,000 rows).
#include "platform.h"
#include "document.h"
#include "documentio.h"
#include "fonts.h"
#include "sheetmodel.h"
#include "sheetview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <vector>

using namespace Juesuan;

namespace {

// 20,000 7-digit codes under the catalogue's real 款 (01..99 after each 款): the engine
// takes any code, the catalogue need not know them.
QStringList generatedCodes(const Document &doc, int rows)
{
    const SubjectCatalogue &cat = doc.reportTemplate().catalogue();
    const auto scheme = SubjectCatalogue::Scheme::Functional;
    QStringList sections;
    for (const QString &cls : cat.children(scheme, QString()))
        sections += cat.children(scheme, cls);
    QStringList out;
    for (int n = 1; n <= 99 && out.size() < rows; ++n)
        for (const QString &s : std::as_const(sections)) {
            if (out.size() == rows)
                break;
            out.append(s + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')));
        }
    return out;
}

std::unique_ptr<Document> generated(int rows)
{
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("基准部门"), 2023, &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    const QStringList codes = generatedCodes(*doc, rows);
    if (codes.size() != rows)
        qFatal("only %d codes", int(codes.size()));
    QHash<CellKey, Money> inputs;
    qint64 n = 1;
    for (const QString &code : codes)
        for (const char *col : {"2", "3"})
            inputs.insert(CellKey{QStringLiteral("05"), code, QString::fromLatin1(col)}, Money::fromFen(n++ * 137));
    if (!doc->resetTables({{QStringLiteral("05"), codes}}, inputs, &error))
        qFatal("%s", qPrintable(error));
    return doc;
}

struct Figures {
    double median = 0;
    double p90 = 0;
    int signalCount = 0;
};

Figures measure(Document &doc, const CellKey &cell, int samples)
{
    // The views a user has open: the table being typed into, and 04表 and 01表 that follow it.
    SheetView v05(&doc, QStringLiteral("05"));
    SheetView v04(&doc, QStringLiteral("04"));
    SheetView v01(&doc, QStringLiteral("01"));
    for (SheetView *v : {&v05, &v04, &v01}) {
        v->resize(1200, 800);
        v->show();
    }
    QApplication::processEvents();
    v05.selectCell(cell);
    QApplication::processEvents();
    SheetModel *model = v05.model();
    const QModelIndex index = model->indexOf(cell);
    if (!index.isValid())
        qFatal("no cell %s", qPrintable(cell.toString()));
    int signalCount = 0;
    for (SheetView *v : {&v05, &v04, &v01})
        QObject::connect(v->model(), &QAbstractItemModel::dataChanged, v->model(), [&signalCount] { ++signalCount; });

    std::vector<double> times;
    times.reserve(size_t(samples));
    QElapsedTimer timer;
    for (int i = 0; i < samples; ++i) {
        // A new value each time, so no edit is a no-op.
        const QString text = QString::number(1000 + i) + QStringLiteral(".25");
        signalCount = 0;
        timer.start();
        if (!model->setData(index, text))
            qFatal("refused: %s", qPrintable(model->lastError()));
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (i % 16 == 0)
            QApplication::processEvents(); // let the views paint now and then, as between keystrokes
    }
    Figures f;
    f.signalCount = signalCount;
    std::sort(times.begin(), times.end());
    f.median = times[times.size() / 2];
    f.p90 = times[times.size() * 9 / 10];
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    Juesuan::Platform::keepFreedMemory(); // as juesuan's main() does
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    Fonts::applyToApplication();
    QTextStream out(stdout);
    const int samples = 401;

    QString error;
    auto sample = DocumentIO::load(QStringLiteral(":/samples/jianghan-bigdata-center-2023.juesuan"), &error);
    if (!sample)
        qFatal("%s", qPrintable(error));
    const Figures s = measure(*sample, CellKey{QStringLiteral("05"), QStringLiteral("2010350"), QStringLiteral("2")},
                              samples);
    out << "sample 05表, " << sample->itemRows(QStringLiteral("05")).size() << " 项 rows: median "
        << qRound(s.median) << " µs, p90 " << qRound(s.p90) << " µs, " << s.signalCount
        << " dataChanged per edit (target ≤ 1000 µs)\n";
    out.flush();

    QElapsedTimer build;
    build.start();
    auto big = generated(20000);
    out << "generated 05表 with 20000 项 rows (" << big->bodyRows(QStringLiteral("05")).size()
        << " body rows) built in " << build.elapsed() << " ms\n";
    const QStringList codes = big->itemRows(QStringLiteral("05"));
    const CellKey mid{QStringLiteral("05"), codes.at(codes.size() / 2), QStringLiteral("2")};
    build.restart();
    const Figures b = measure(*big, mid, samples);
    out << "20000 项 rows, editing " << mid.toString() << ": median " << qRound(b.median) << " µs, p90 "
        << qRound(b.p90) << " µs, " << b.signalCount << " dataChanged per edit (target ≤ 2000 µs)\n";

    // For scale: adding and removing a 项 row there (the document rebuilds its engine; the
    // attached model signals one inserted run and re-indexes its rows).
    build.restart();
    SheetView view(big.get(), QStringLiteral("05"));
    view.resize(1200, 800);
    view.show();
    QApplication::processEvents();
    out << "20000 项 rows: opening the 05表 view took " << build.elapsed() << " ms\n";
    build.restart();
    QString rowError;
    if (!big->addItemRow(QStringLiteral("05"), QStringLiteral("2010199"), &rowError))
        qFatal("%s", qPrintable(rowError));
    const qint64 added = build.elapsed();
    build.restart();
    big->undoStack()->undo();
    out << "20000 项 rows with the view attached: add a 项 row " << added << " ms, undo it " << build.elapsed()
        << " ms\n";
    return 0;
}
