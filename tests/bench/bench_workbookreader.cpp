// Benchmark: WorkbookReader::read() on an xlsx of the nine tables, written here with
// libxlsxwriter, with 2,000 项 rows × 12 numeric columns on each code-list sheet (02, 03,
// 05, 07, 08) under a banded, merged header. The whole import (reader + mapper) must stay
// within 300 ms, so the reader should take well under 150 ms. Also times the same
// code-list sheet as a CSV. Prints wall-clock medians and CPU-time medians (steadier on a
// shared machine); not run by CI.
#include "platform.h"
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
constexpr int amountColumns = 12;

// 7-digit 项 codes under 20 类, as a code-list table holds them.
QByteArray itemCode(int i)
{
    static const int classes[] = {201, 203, 204, 205, 206, 207, 208, 210, 211, 212,
                                  213, 214, 215, 216, 217, 219, 220, 221, 222, 224};
    const int perClass = itemRows / 20;
    return QByteArray::number(classes[i / perClass] * 10000 + ((i % perClass) / 10 + 1) * 100 + (i % 10) + 1);
}

bool writeWorkbook(const QString &path)
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb)
        return false;
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    const QList<int> codeList = {2, 3, 5, 7, 8};
    for (int t = 1; t <= 9; ++t) {
        const QByteArray name = QStringLiteral("公开%1表").arg(t, 2, 10, QLatin1Char('0')).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        worksheet_merge_range(ws, 0, 0, 0, 13, "一般公共预算财政拨款支出决算表", nullptr);
        worksheet_write_string(ws, 1, 13, name.constData(), nullptr);
        worksheet_write_string(ws, 2, 0, "部门：基准部门", nullptr);
        worksheet_write_string(ws, 2, 13, "金额单位：元", nullptr);
        worksheet_merge_range(ws, 3, 0, 3, 1, "项目", nullptr);
        worksheet_merge_range(ws, 3, 2, 3, 13, "本年支出", nullptr);
        worksheet_write_string(ws, 4, 0, "科目编码", nullptr);
        worksheet_write_string(ws, 4, 1, "科目名称", nullptr);
        for (int c = 0; c < amountColumns; ++c)
            worksheet_write_string(ws, 4, lxw_col_t(2 + c), QByteArray::number(c + 1).append("栏").constData(), nullptr);
        const int rows = codeList.contains(t) ? itemRows : 40;
        qint64 n = 1;
        for (int r = 0; r < rows; ++r) {
            const lxw_row_t row = lxw_row_t(5 + r);
            worksheet_write_string(ws, row, 0, itemCode(r % itemRows).constData(), nullptr);
            worksheet_write_string(ws, row, 1, "行政运行", nullptr);
            for (int c = 0; c < amountColumns; ++c)
                worksheet_write_number(ws, row, lxw_col_t(2 + c), double(n++ * 13717 % 100000000) / 100.0, money);
        }
        worksheet_write_string(ws, lxw_row_t(5 + rows), 1, "合计", nullptr);
        for (int c = 0; c < amountColumns; ++c)
            worksheet_write_formula_num(ws, lxw_row_t(5 + rows), lxw_col_t(2 + c), "=SUM(C6:C2005)", money, 1234.5);
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

bool writeCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "科目编码,科目名称";
    for (int c = 0; c < amountColumns; ++c)
        out += ',' + QByteArray::number(c + 1) + "栏";
    out += '\n';
    qint64 n = 1;
    for (int r = 0; r < itemRows; ++r) {
        out += itemCode(r) + ",行政运行";
        for (int c = 0; c < amountColumns; ++c)
            out += ',' + QByteArray::number(double(n++ * 13717 % 100000000) / 100.0, 'f', 2);
        out += '\n';
    }
    return f.write(out) == out.size() && f.flush();
}

struct Timing
{
    double median = 0, min = 0, cpuMedian = 0;
    qsizetype cells = 0;
};

Timing timeRead(const QString &path, int runs)
{
    std::vector<double> ms, cpu;
    Timing t;
    for (int i = 0; i < runs; ++i) {
        Workbook book;
        QString error;
        const auto start = Clock::now();
        const std::clock_t cpuStart = std::clock();
        const bool ok = WorkbookReader::read(path, &book, &error);
        cpu.push_back(1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!ok)
            qFatal("%s", qPrintable(error));
        t.cells = 0;
        for (const WorkbookSheet &s : std::as_const(book.sheets))
            t.cells += s.cells.size();
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    t.median = ms[ms.size() / 2];
    t.min = ms.front();
    t.cpuMedian = cpu[cpu.size() / 2];
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    Juesuan::Platform::keepFreedMemory(); // as juesuan's main() does
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("nine-tables.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("code-list.csv"));
    if (!dir.isValid() || !writeWorkbook(xlsx) || !writeCsv(csv))
        qFatal("cannot write the benchmark inputs");

    const int runs = 15;
    const Timing x = timeRead(xlsx, runs);
    out << "xlsx, 9 sheets, 5 × " << itemRows << " rows × " << amountColumns << " amounts ("
        << QFileInfo(xlsx).size() / 1024 << " KiB, " << x.cells << " cells): median " << QString::number(x.median, 'f', 1)
        << " ms, min " << QString::number(x.min, 'f', 1) << " ms, CPU median " << QString::number(x.cpuMedian, 'f', 1)
        << " ms (target for the reader: well under 150 ms)\n";
    const Timing c = timeRead(csv, runs);
    out << "csv, 1 sheet, " << itemRows << " rows × " << amountColumns << " amounts (" << QFileInfo(csv).size() / 1024
        << " KiB, " << c.cells << " cells): median " << QString::number(c.median, 'f', 1) << " ms, min "
        << QString::number(c.min, 'f', 1) << " ms, CPU median " << QString::number(c.cpuMedian, 'f', 1) << " ms\n";
    return 0;
}
