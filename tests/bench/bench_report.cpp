// Figures of the PDF page model (issue 14), one case per run so that the shell around it
// (bench_export.sh) can read each case's peak memory from /usr/bin/time:
//   bench_report rows N OUT.pdf     N 项 rows in each of 公开02/03/05表: seconds, pages, s/100 pages
//   bench_report cell CHARS OUT.pdf one self-evaluation indicator of CHARS characters
//   bench_report sample FILE OUT.pdf  the report of FILE (layout, then every page painted)
//   bench_report preview FILE       what print preview does before it shows: lay the report
//                                   out for a printer and paint every page
#include "platform.h"
#include "document.h"
#include "documentio.h"
#include "evaluationforms.h"
#include "fonts.h"
#include "reportlayout.h"
#include "reportprinter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace Juesuan;

namespace {

std::unique_ptr<Document> blank(QString *error)
{
    return DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试部门"), 2023, error);
}

// `n` distinct 项 codes: 类 201…, 款 01–99, 项 01–99.
QStringList codes(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(QStringLiteral("%1%2%3")
                           .arg(201 + i / (99 * 99))
                           .arg((i / 99) % 99 + 1, 2, 10, QLatin1Char('0'))
                           .arg(i % 99 + 1, 2, 10, QLatin1Char('0')));
    return out;
}

// Processor seconds of this process since `since` (std::clock): on a machine shared with other
// builds the wall clock measures the others too; this does not.
double cpuSeconds(std::clock_t since)
{
    return double(std::clock() - since) / CLOCKS_PER_SEC;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    Juesuan::Platform::keepFreedMemory(); // as juesuan's main() does
    QApplication app(argc, argv);
    Fonts::applyToApplication();
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return fail(QStringLiteral("usage: bench_report rows N OUT.pdf | cell CHARS OUT.pdf | sample FILE OUT.pdf | preview FILE"));
    const QString mode = args.at(0);
    QString error;
    std::unique_ptr<Document> doc;
    QElapsedTimer timer;
    std::clock_t cpu = 0;
    if (mode == QLatin1String("rows")) {
        doc = blank(&error);
        if (!doc)
            return fail(error);
        const QStringList items = codes(args.at(1).toInt());
        QHash<CellKey, Money> inputs;
        for (int i = 0; i < items.size(); ++i)
            inputs.insert(CellKey{QStringLiteral("05"), items.at(i), QStringLiteral("2")}, Money::fromFen(100 * (i + 1)));
        const QHash<QString, QStringList> rows{
                {QStringLiteral("02"), items}, {QStringLiteral("03"), items}, {QStringLiteral("05"), items}};
        if (!doc->resetTables(rows, inputs, &error))
            return fail(error);
    } else if (mode == QLatin1String("cell")) {
        doc = blank(&error);
        if (!doc)
            return fail(error);
        EvaluationForm f = EvaluationForms::newForm(*doc, EvaluationForm::Kind::Overall);
        if (f.indicators.isEmpty())
            f.indicators.append(Indicator{});
        const QString words = QStringLiteral("完成全区政务数据共享交换平台运维，");
        QString text;
        const int chars = args.at(1).toInt();
        text.reserve(chars);
        while (text.size() < chars)
            text += words;
        text.truncate(chars);
        f.indicators.first().level3 = text;
        doc->setEvaluations({f}, QStringLiteral("bench"));
    } else {
        doc = DocumentIO::load(args.at(1), &error);
        if (!doc)
            return fail(error);
    }

    if (mode == QLatin1String("preview")) {
        timer.start();
        cpu = std::clock();
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("preview.pdf")));
        if (!ReportPrinter::print(*doc, &printer, &error))
            return fail(error);
        std::printf("preview: %.3f s, cpu %.3f s (layout for a printer and every page painted)\n",
                    timer.nsecsElapsed() / 1e9, cpuSeconds(cpu));
        return 0;
    }
    if (args.size() < 3)
        return fail(QStringLiteral("no output file"));
    timer.start();
    cpu = std::clock();
    int pages = 0;
    if (!ReportPrinter::exportPdf(*doc, args.at(2), &error, &pages))
        return fail(error);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpuUsed = cpuSeconds(cpu);
    std::printf("%s %s: %.3f s (cpu %.3f s), %d pages, %.3f s per 100 pages (cpu %.3f s)\n", qPrintable(mode),
                qPrintable(args.at(1)), seconds, cpuUsed,
                pages, pages ? 100.0 * seconds / pages : 0.0, pages ? 100.0 * cpuUsed / pages : 0.0);
    return 0;
}
