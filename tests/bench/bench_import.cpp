// Benchmark: the whole workbook import of a report with 2,000 项 rows in each code-list
// table (02, 03, 05, 07, 08; the catalogue's 652 项 and named ones beyond) and every fixed
// table filled: (1) locator + mapper on the grid in memory, (2) the same written as xlsx
// (libxlsxwriter, merges included) and read back with WorkbookReader first. Target: the
// whole import within 300 ms. Prints medians; not run by CI.
#include "platform.h"
#include "../workbooktestutil.h"
#include "documentio.h"
#include "reporttemplate.h"
#include "workbookimporter.h"
#include "workbookreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <vector>

using namespace Juesuan;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int itemRows = 2000;

std::unique_ptr<Document> bigDocument()
{
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("基准部门"), 2023, &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    const ReportTemplate &edition = doc->reportTemplate();
    const SubjectCatalogue &cat = edition.catalogue();
    QStringList codes;
    QMap<QString, QString> names;
    for (const QString &cls : cat.children(SubjectCatalogue::Scheme::Functional, QString()))
        for (const QString &section : cat.children(SubjectCatalogue::Scheme::Functional, cls))
            codes.append(cat.children(SubjectCatalogue::Scheme::Functional, section));
    // Beyond the catalogue: 项 with names of their own under the catalogue's 款.
    for (const QString &cls : cat.children(SubjectCatalogue::Scheme::Functional, QString()))
        for (const QString &section : cat.children(SubjectCatalogue::Scheme::Functional, cls))
            for (int i = 1; i < 99 && codes.size() < itemRows; ++i) {
                const QString code = section + QString::number(i).rightJustified(2, QLatin1Char('0'));
                if (!cat.contains(SubjectCatalogue::Scheme::Functional, code) && !codes.contains(code)) {
                    codes.append(code);
                    names.insert(code, QStringLiteral("基准项目") + code);
                }
            }
    codes = codes.mid(0, itemRows);
    QHash<QString, QStringList> rows;
    QHash<CellKey, Money> inputs;
    qint64 n = 1;
    for (const TableTemplate &t : edition.tables()) {
        if (t.isCodeList()) {
            rows.insert(t.id(), codes);
            for (const QString &code : std::as_const(codes))
                for (const QString &col : t.amountColumns()) {
                    const CellKey k{t.id(), code, col};
                    if (edition.isInputCell(k))
                        inputs.insert(k, Money::fromFen(n++ * 13717 % 100000000));
                }
        } else {
            for (const CellKey &k : t.amountCells())
                if (edition.isInputCell(k))
                    inputs.insert(k, Money::fromFen(n++ * 13717 % 100000000));
        }
    }
    if (!doc->resetTables(rows, inputs, &error))
        qFatal("%s", qPrintable(error));
    doc->applyItemNames(names);
    return doc;
}

bool writeXlsx(const Workbook &book, const QString &path)
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb)
        return false;
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    for (const WorkbookSheet &s : book.sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, s.name.toUtf8().constData());
        for (const WorkbookMerge &m : s.merges)
            worksheet_merge_range(ws, lxw_row_t(m.firstRow), lxw_col_t(m.firstCol), lxw_row_t(m.lastRow),
                                  lxw_col_t(m.lastCol), s.text(m.firstRow, m.firstCol).toUtf8().constData(), nullptr);
        for (auto it = s.cells.cbegin(); it != s.cells.cend(); ++it) {
            const auto [r, c] = it.key();
            bool merged = false;
            for (const WorkbookMerge &m : s.merges)
                merged = merged || (m.firstRow == r && m.firstCol == c);
            if (merged)
                continue;
            if (it->type == WorkbookCell::Type::Number)
                worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), it->text.toDouble(), money);
            else
                worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), it->text.toUtf8().constData(), nullptr);
        }
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    Juesuan::Platform::keepFreedMemory(); // as juesuan's main() does
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const auto source = bigDocument();
    ImportTest::Layout layout;
    const Workbook book = ImportTest::layOut(*source, layout);
    qsizetype cells = 0;
    for (const WorkbookSheet &s : book.sheets)
        cells += s.cells.size();

    const int runs = 7;
    std::vector<double> grid, file, read, gridCpu;
    ImportSummary summary;
    for (int i = 0; i < runs; ++i) {
        QString error;
        auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("x"), 2023, &error);
        const auto start = Clock::now();
        const std::clock_t cpu = std::clock();
        if (!WorkbookImporter::import(doc.get(), book, &summary))
            qFatal("%s", qPrintable(summary.error));
        grid.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        gridCpu.push_back(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        if (!summary.differences.isEmpty() || summary.inputsSet != source->inputValues().size())
            qFatal("the import does not reproduce the document:\n%s", qPrintable(summary.text()));
    }
    out << "import of the grid in memory: 9 tables, 5 × " << itemRows << " 项 rows, " << cells << " cells, "
        << summary.cellsRead << " amounts: median " << QString::number(median(grid), 'f', 1) << " ms wall, "
        << QString::number(median(gridCpu), 'f', 1) << " ms CPU (target 300 ms)\n";

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("big.xlsx"));
    if (!dir.isValid() || !writeXlsx(book, xlsx))
        qFatal("cannot write the benchmark workbook");
    for (int i = 0; i < runs; ++i) {
        QString error;
        auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("x"), 2023, &error);
        Workbook fromFile;
        const auto start = Clock::now();
        if (!WorkbookReader::read(xlsx, &fromFile, &error))
            qFatal("%s", qPrintable(error));
        const auto readDone = Clock::now();
        if (!WorkbookImporter::import(doc.get(), fromFile, &summary))
            qFatal("%s", qPrintable(summary.error));
        file.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        read.push_back(std::chrono::duration<double, std::milli>(readDone - start).count());
        if (!summary.differences.isEmpty())
            qFatal("the xlsx import differs:\n%s", qPrintable(summary.text()));
    }
    out << "import of the same as xlsx (" << QFileInfo(xlsx).size() / 1024 << " KiB): median "
        << QString::number(median(file), 'f', 1) << " ms, of which reading " << QString::number(median(read), 'f', 1)
        << " ms (target 300 ms)\n";
    return 0;
}
