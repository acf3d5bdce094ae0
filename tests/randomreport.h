#pragma once
// Seeded random final-accounts documents with 元-precise amounts, all nine tables filled
// consistently (02 类 = 03 类, 01 from 02/03, 04 balanced, 06 = 05 基本支出): what the
// printed-value tests and benchmark balance. Shared by tst_printedvalues and bench_printed.

#include "document.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <random>

namespace Juesuan::RandomReport {

// The 类 that 01表 and 04表 list line by line, so every 03/05 class reaches them.
inline QStringList classes()
{
    return {QStringLiteral("201"), QStringLiteral("204"), QStringLiteral("205"), QStringLiteral("206"),
            QStringLiteral("207"), QStringLiteral("208"), QStringLiteral("210"), QStringLiteral("211"),
            QStringLiteral("212"), QStringLiteral("213"), QStringLiteral("214"), QStringLiteral("215"),
            QStringLiteral("216"), QStringLiteral("217"), QStringLiteral("219"), QStringLiteral("220"),
            QStringLiteral("221"), QStringLiteral("222"), QStringLiteral("223"), QStringLiteral("224"),
            QStringLiteral("229"), QStringLiteral("231"), QStringLiteral("232"), QStringLiteral("234")};
}

struct Generated {
    QHash<QString, QStringList> itemRows;
    QHash<CellKey, Money> inputs;
};

// `items` 项 rows in 02, 03 and 05 (05 takes every 项 of 03). Amounts are whole 元 up to
// `maxYuan`; `blankShare` of the optional columns stay blank.
inline Generated generate(quint64 seed, int items, qint64 maxYuan = 5000000)
{
    std::mt19937_64 rng(seed);
    const auto uniform = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    const auto yuan = [&](qint64 hi) { return Money::fromFen(100 * uniform(0, hi)); };
    Generated g;
    const QStringList cls = classes();
    // Distinct 项 codes: class + 款 01–20 + 项 01–60, picked at random.
    QSet<QString> codes;
    const int capacity = int(cls.size()) * 20 * 60;
    const int n = std::min(items, capacity);
    while (codes.size() < n) {
        const QString c = cls.at(int(uniform(0, cls.size() - 1)));
        codes.insert(c + QStringLiteral("%1%2").arg(uniform(1, 20), 2, 10, QLatin1Char('0')).arg(uniform(1, 60), 2, 10, QLatin1Char('0')));
    }
    QStringList sorted(codes.cbegin(), codes.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const char *t : {"02", "03", "05"})
        g.itemRows.insert(QString::fromLatin1(t), sorted);
    const auto put = [&](const char *table, const QString &row, const char *col, const Money &m) {
        if (!m.isBlank())
            g.inputs.insert(CellKey{QString::fromLatin1(table), row, QString::fromLatin1(col)}, m);
    };
    // 03: 基本支出 and 项目支出 always, the other columns now and then.
    QHash<QString, qint64> row03;
    qint64 basic05 = 0, total05 = 0;
    for (const QString &code : std::as_const(sorted)) {
        const Money basic = yuan(maxYuan), project = yuan(maxYuan);
        put("03", code, "2", basic);
        put("03", code, "3", project);
        qint64 sum = basic.fen() + project.fen();
        for (const char *col : {"4", "5", "6"})
            if (uniform(0, 3) == 0) {
                const Money m = yuan(maxYuan / 10);
                put("03", code, col, m);
                sum += m.fen();
            }
        row03.insert(code, sum);
        // 05: the fiscal share of 基本支出 and 项目支出.
        const Money b05 = Money::fromFen(100 * uniform(0, basic.fen() / 100));
        const Money p05 = Money::fromFen(100 * uniform(0, project.fen() / 100));
        put("05", code, "2", b05);
        put("05", code, "3", p05);
        basic05 += b05.fen();
        total05 += b05.fen() + p05.fen();
    }
    // 02: each row's income equals its 03 expenditure, split over the six sources; within a
    // class some income moves between 项 (class totals stay equal, as in real reports).
    QHash<QString, qint64> fiscal02;
    QHash<QString, QList<qint64>> split;
    for (const QString &code : std::as_const(sorted)) {
        const qint64 yuanTotal = row03.value(code) / 100;
        QList<qint64> cuts{0, yuanTotal};
        for (int i = 0; i < 5; ++i)
            cuts.append(uniform(0, yuanTotal));
        std::sort(cuts.begin(), cuts.end());
        QList<qint64> parts;
        for (int i = 0; i < 6; ++i)
            parts.append(100 * (cuts.at(i + 1) - cuts.at(i)));
        // The fiscal column takes the largest share, as in real reports.
        std::sort(parts.begin(), parts.end(), std::greater<qint64>());
        split.insert(code, parts);
    }
    for (int i = 0; i + 1 < sorted.size(); ++i) {
        const QString &a = sorted.at(i), &b = sorted.at(i + 1);
        if (a.left(3) != b.left(3) || uniform(0, 2) != 0)
            continue;
        const qint64 move = 100 * uniform(0, split[a][0] / 100);
        split[a][0] -= move;
        split[b][0] += move;
    }
    qint64 fiscalTotal = 0;
    for (const QString &code : std::as_const(sorted)) {
        const QList<qint64> &parts = split.value(code);
        const char *cols[] = {"2", "3", "4", "5", "6", "7"};
        for (int i = 0; i < 6; ++i)
            if (parts.at(i) != 0 || i == 0)
                put("02", code, cols[i], Money::fromFen(parts.at(i)));
        fiscalTotal += parts.at(0);
    }
    // 01: all fiscal income is general budget; no carry-over, so 02 类 = 03 类 applies.
    put("01", QStringLiteral("1"), "1", Money::fromFen(fiscalTotal));
    // 04: what the general budget did not spend (05) is carried over.
    put("04", QStringLiteral("60"), "3", Money::fromFen(fiscalTotal - total05));
    // 06: 05's 基本支出 split over the economic lines.
    const QStringList lines06 = {QStringLiteral("30101"), QStringLiteral("30102"), QStringLiteral("30103"),
                                 QStringLiteral("30108"), QStringLiteral("30112"), QStringLiteral("30301"),
                                 QStringLiteral("30201"), QStringLiteral("30211"), QStringLiteral("30217"),
                                 QStringLiteral("30231"), QStringLiteral("31002")};
    qint64 left = basic05 / 100;
    for (int i = 0; i < lines06.size(); ++i) {
        const qint64 part = i + 1 == lines06.size() ? left : uniform(0, left);
        left -= part;
        put("06", lines06.at(i), "1", Money::fromFen(100 * part));
    }
    // 09: 三公 budget and actuals.
    for (const char *col : {"2", "4", "5", "6", "8", "10", "11", "12"})
        put("09", QStringLiteral("1"), col, yuan(200000));
    return g;
}

inline std::unique_ptr<Document> document(std::shared_ptr<const ReportTemplate> edition, const Generated &g,
                                          QString *error)
{
    auto doc = std::make_unique<Document>(std::move(edition));
    if (!doc->resetTables(g.itemRows, g.inputs, error))
        return nullptr;
    return doc;
}

} // namespace Juesuan::RandomReport
