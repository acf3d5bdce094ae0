#include "workbookimporter.h"

#include "document.h"
#include "progress.h"
#include "reporttemplate.h"
#include "subjectcatalogue.h"
#include "usercatalogue.h"
#include "tabletemplate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::WorkbookImporter)
};

QString unitName(Money::Unit unit)
{
    return unit == Money::Unit::Yuan ? QStringLiteral("元") : QStringLiteral("万元");
}

// An amount as the workbook's unit prints it: 元 with 2 decimals, 万元 with 2 or as many as
// the exact value needs.
QString shown(const Money &m, Money::Unit unit)
{
    if (unit == Money::Unit::Yuan)
        return m.toYuan(true);
    return m.fen() % 10000 == 0 ? m.toWanyuan(true, 2) : m.toExactWanyuan();
}

bool isDash(const QString &s)
{
    static const QStringList dashes = {QStringLiteral("-"), QStringLiteral("—"), QStringLiteral("——"),
                                       QStringLiteral("–"), QStringLiteral("－"), QStringLiteral("--"),
                                       QStringLiteral("/")};
    return dashes.contains(s);
}

// How a row is named in a difference: 合计, 类207, 款20701, 项2070101, 行次27.
QString rowLabel(const TableTemplate &t, const QString &row)
{
    if (t.isCodeList()) {
        if (row == TableTemplate::totalRow())
            return TableLocator::fold(t.totalLabel());
        switch (SubjectCatalogue::level(row)) {
        case 1:
            return Tr::tr("类%1").arg(row);
        case 2:
            return Tr::tr("款%1").arg(row);
        default:
            return Tr::tr("项%1").arg(row);
        }
    }
    bool lineNumbers = false;
    for (const auto &r : t.body())
        for (const GridCell &g : r)
            lineNumbers = lineNumbers || g.kind == GridCell::Kind::LineNo;
    if (lineNumbers)
        return Tr::tr("行次%1").arg(row);
    const int li = t.lineIndex(row);
    const QString name = li >= 0 ? t.lines().at(li).name : QString();
    bool digits = !row.isEmpty();
    for (QChar c : row)
        digits = digits && c.isDigit();
    return digits ? QString(row + QLatin1Char(' ') + name).trimmed() : (name.isEmpty() ? row : name);
}

} // namespace

bool WorkbookImporter::toMoney(const WorkbookCell &cell, Money::Unit unit, Money *out, QString *why)
{
    *out = Money();
    // Fast path for what readers mostly give: plain ASCII decimals with at most the
    // decimals the unit allows ("1234567.89", "-12", "3087.790001").
    {
        const int maxDecimals = unit == Money::Unit::Yuan ? 2 : 6;
        const QString &t = cell.text;
        qsizetype i = 0;
        const bool negative = !t.isEmpty() && t.at(0) == QLatin1Char('-');
        if (negative)
            ++i;
        qint64 whole = 0;
        int digits = 0, decimals = -1;
        qint64 fraction = 0;
        bool plain = i < t.size() && t.size() <= 17;
        for (; plain && i < t.size(); ++i) {
            const char16_t u = t.at(i).unicode();
            if (u >= '0' && u <= '9') {
                if (decimals < 0) {
                    whole = whole * 10 + (u - '0');
                    ++digits;
                } else if (++decimals <= maxDecimals) {
                    fraction = fraction * 10 + (u - '0');
                } else {
                    plain = false;
                }
            } else if (u == '.' && decimals < 0) {
                decimals = 0;
            } else {
                plain = false;
            }
        }
        // Below 10^15 分, the limit the slow path and Money::parse put on amounts.
        if (plain && digits > 0 && digits <= (unit == Money::Unit::Yuan ? 12 : 8) && decimals != 0) {
            qint64 scale = 1;
            for (int d = std::max(decimals, 0); d < maxDecimals; ++d)
                scale *= 10;
            const qint64 fen = unit == Money::Unit::Yuan ? whole * 100 + fraction * scale
                                                         : whole * 1000000 + fraction * scale;
            *out = Money::fromFen(negative ? -fen : fen);
            return true;
        }
    }
    QString s = TableLocator::fold(cell.text);
    if (s.isEmpty() || isDash(s))
        return true;
    const bool number = cell.type == WorkbookCell::Type::Number;
    bool negative = false;
    if (!number) {
        s.remove(QLatin1Char(','));
        s.replace(QChar(0x3002), QLatin1Char('.')); // 。 typed for a point
        if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')')) && s.size() > 2) {
            negative = true; // accounting notation
            s = s.mid(1, s.size() - 2);
        }
    }
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = negative != s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    // Mantissa digits and a decimal exponent (xlsx may store "1.2345E+7").
    int exponent = 0;
    const qsizetype e = number ? s.indexOf(QLatin1Char('E'), 0, Qt::CaseInsensitive) : -1;
    if (e >= 0) {
        bool ok = false;
        exponent = s.mid(e + 1).toInt(&ok);
        if (!ok || std::abs(exponent) > 30) {
            *why = Tr::tr("“%1” is not a number").arg(cell.text);
            return false;
        }
        s.truncate(e);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString intDigits = dot < 0 ? s : s.left(dot);
    QString fracDigits = dot < 0 ? QString() : s.mid(dot + 1);
    const auto digitsOnly = [](const QString &d) {
        for (QChar c : d)
            if (c.unicode() < '0' || c.unicode() > '9')
                return false;
        return true;
    };
    if ((intDigits.isEmpty() && fracDigits.isEmpty()) || !digitsOnly(intDigits) || !digitsOnly(fracDigits)) {
        *why = Tr::tr("“%1” is not an amount").arg(cell.text);
        return false;
    }
    // Apply the exponent and the unit (元 → 分: 2 places, 万元 → 分: 6) by moving the point.
    const int shift = exponent + (unit == Money::Unit::Yuan ? 2 : 6);
    QString all = intDigits + fracDigits;
    int point = int(intDigits.size()) + shift; // digits before the point, in 分
    if (point < 0) {
        all.prepend(QString(-point, QLatin1Char('0')));
        point = 0;
    }
    if (point > all.size())
        all.append(QString(point - int(all.size()), QLatin1Char('0')));
    QString whole = all.left(point);
    const QString rest = all.mid(point);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (whole.size() > 16 || (whole.size() == 16 && whole > QLatin1String("1000000000000000"))) {
        *why = Tr::tr("“%1” is too large").arg(cell.text);
        return false;
    }
    qint64 fen = whole.isEmpty() ? 0 : whole.toLongLong();
    bool exact = true;
    for (QChar c : rest)
        exact = exact && c == QLatin1Char('0');
    if (!exact) {
        const QString decimals = unit == Money::Unit::Yuan ? Tr::tr("2 decimals in 元") : Tr::tr("6 decimals in 万元");
        if (!number) {
            *why = Tr::tr("“%1” is finer than one 分 (at most %2)").arg(cell.text, decimals);
            return false;
        }
        // Floating-point noise of a formula's cached value, or a real fraction of a 分?
        const long double r = QString(QStringLiteral("0.") + rest.left(30)).toDouble();
        const long double distance = std::min(r, 1.0L - r);
        const long double tolerance = std::max(1e-6L, std::fabs(static_cast<long double>(fen)) * 1e-15L);
        if (distance > tolerance) {
            *why = Tr::tr("“%1” is finer than one 分 (at most %2, or within floating-point noise of a 分)")
                           .arg(cell.text, decimals);
            return false;
        }
        if (r >= 0.5L)
            ++fen;
    }
    *out = Money::fromFen(negative ? -fen : fen);
    return true;
}

bool WorkbookImporter::import(Document *document, const Workbook &workbook, ImportSummary *summary,
                              Progress *progress)
{
    *summary = ImportSummary();
    summary->source = workbook.source;
    const ReportTemplate &edition = document->reportTemplate();
    const QString source = workbook.source.isEmpty() ? Tr::tr("the workbook") : QFileInfo(workbook.source).fileName();
    const auto refuse = [&](const QString &why) {
        summary->error = why;
        summary->imported = false;
        return false;
    };
    if (workbook.sheets.isEmpty())
        return refuse(Tr::tr("%1: the workbook has no sheets").arg(source));

    const LocatedWorkbook located = TableLocator(edition).locate(workbook);
    summary->skipped = located.skipped;
    summary->department = located.department;
    summary->year = located.year;
    if (located.tables.isEmpty()) {
        QStringList reasons;
        for (const ImportIssue &i : located.skipped)
            reasons.append(i.place + QStringLiteral(": ") + i.reason);
        return refuse(Tr::tr("%1: no table of the %2 edition found (%3)")
                              .arg(source, edition.edition(),
                                   reasons.isEmpty() ? Tr::tr("no sheet holds a title or a 公开NN表 code") : reasons.join(QStringLiteral("; "))));
    }

    QStringList tableIds;
    QHash<QString, QStringList> itemRows;
    QHash<CellKey, Money> inputs;
    QMap<QString, QString> names;
    struct Computed {
        const LocatedTable *table;
        const LocatedCell *cell;
        Money value;
    };
    QList<Computed> computed;
    const SubjectCatalogue &catalogue = edition.catalogue();
    // The user's imported catalogue of the edition knows 支出功能分类 subjects the bundled one
    // lacks: such a code needs no name from the workbook (SubjectNames shows the user's).
    const auto userCatalogue = UserCatalogue::forEdition(edition.edition());
    // A step per table mapped, and the last for the change itself: a cancel before it
    // changes nothing.
    const int steps = int(located.tables.size()) + 1;
    int step = 0;
    const auto cancelled = [&] {
        if (Progress::report(progress, step, steps))
            return false;
        refuse(Tr::tr("%1: import cancelled; nothing was changed").arg(source));
        summary->cancelled = true;
        return true;
    };
    if (cancelled())
        return false;
    for (const LocatedTable &lt : located.tables) {
        const TableTemplate *t = edition.table(lt.tableId);
        const QString sheetPlace = Tr::tr("%1 (sheet \"%2\" %3)");
        const auto place = [&](int row, int col) { return sheetPlace.arg(t->code(), lt.sheetName, TableLocator::cellName(row, col)); };
        tableIds.append(lt.tableId);
        summary->skipped.append(lt.skipped);
        ImportSummary::Table st;
        st.id = lt.tableId;
        st.code = t->code();
        st.title = t->title();
        st.sheet = lt.sheetName;
        st.range = TableLocator::cellName(lt.titleRow, lt.firstCol) + QLatin1Char(':')
                + TableLocator::cellName(lt.lastRow, lt.lastCol);
        st.unit = unitName(lt.unit);
        st.unitFound = lt.unitFound;
        if (!lt.unitFound)
            summary->notes.append(Tr::tr("%1: no 金额单位 line; amounts read as %2").arg(t->code(), unitName(lt.unit)));

        // Subject rows: every 项 comes in; a code the catalogue does not know needs its 类
        // in the catalogue and a name from the workbook (for itself and an unknown 款).
        if (t->isCodeList()) {
            QHash<QString, QString> wbNames;
            QSet<QString> parents;
            const bool functional = t->scheme() == SubjectCatalogue::Scheme::Functional;
            const auto catalogued = [&](const QString &code) {
                return catalogue.contains(t->scheme(), code) || (functional && userCatalogue->contains(code));
            };
            for (const LocatedRow &row : lt.rows)
                wbNames.insert(row.code, row.name);
            for (const LocatedRow &row : lt.rows) {
                if (row.code == TableTemplate::totalRow())
                    continue;
                const QString cls = row.code.left(3);
                if (!catalogued(cls))
                    return refuse(Tr::tr("%1: 类 %2 of subject %3 is not in the %4 catalogue, so the row cannot be placed")
                                          .arg(place(row.row, lt.firstCol), cls, row.code, edition.edition()));
                if (SubjectCatalogue::level(row.code) != 3) {
                    continue;
                }
                parents.insert(row.code.left(3));
                parents.insert(row.code.left(5));
                itemRows[lt.tableId].append(row.code);
                for (const QString &code : {row.code.left(5), row.code}) {
                    if (catalogued(code) || names.contains(code))
                        continue;
                    const QString name = wbNames.value(code).trimmed();
                    if (name.isEmpty())
                        return refuse(Tr::tr("%1: subject %2 is not in the %3 catalogue and the workbook gives it no name")
                                              .arg(place(row.row, lt.firstCol), code, edition.edition()));
                    if (name.size() > 200 || name.contains(QLatin1Char('\n')))
                        return refuse(Tr::tr("%1: the name of subject %2 is not one line of at most 200 characters")
                                              .arg(place(row.row, lt.firstCol), code));
                    names.insert(code, name);
                    if (document->itemName(code) != name)
                        summary->notes.append(Tr::tr("%1: subject %2 is not in the %3 catalogue; named “%4” as the workbook names it")
                                                      .arg(t->code(), code, edition.edition(), name));
                }
            }
            // 类 and 款 rows without any 项 below: Juesuan has no such row to put them in.
            for (const LocatedRow &row : lt.rows)
                if (row.code != TableTemplate::totalRow() && SubjectCatalogue::level(row.code) < 3
                    && !parents.contains(row.code))
                    summary->skipped.append({place(row.row, lt.firstCol),
                                             Tr::tr("%1 %2 has no 项 rows under it in the workbook: its amounts are not read")
                                                     .arg(SubjectCatalogue::level(row.code) == 1 ? Tr::tr("类") : Tr::tr("款"), row.code)});
        }

        // Amounts.
        // The rows Juesuan will have: the 项 and every 类 and 款 above them.
        QSet<QString> rows;
        for (const QString &code : itemRows.value(lt.tableId))
            rows << code << code.left(3) << code.left(5);
        for (const LocatedCell &lc : lt.cells) {
            if (t->isCodeList() && lc.key.row != TableTemplate::totalRow() && !rows.contains(lc.key.row))
                continue; // reported above with its row
            Money m;
            QString why;
            if (!toMoney(lc.cell, lt.unit, &m, &why))
                return refuse(place(lc.row, lc.col) + QStringLiteral(": ") + why);
            if (!lc.cell.text.trimmed().isEmpty()) {
                ++st.cells;
                ++summary->cellsRead;
            }
            if (edition.isInputCell(lc.key)) {
                if (!m.isBlank())
                    inputs.insert(lc.key, m);
            } else {
                computed.append({&lt, &lc, m});
            }
        }
        summary->tables.append(st);
        ++step;
        if (cancelled())
            return false;
    }

    // What the import replaces in a document that already holds figures.
    const QHash<CellKey, Money> before = document->inputValues();
    for (const QString &id : std::as_const(tableIds)) {
        int n = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            n += it.key().table == id ? 1 : 0;
        const int rowsBefore = int(document->itemRows(id).size());
        if (n > 0 || rowsBefore > 0)
            summary->notes.append(Tr::tr("%1: replaces the document's %2 figures and %3 subject rows")
                                          .arg(edition.table(id)->code()).arg(n).arg(rowsBefore));
    }

    QString why;
    ++step;
    if (cancelled())
        return false;
    if (!document->importTables(tableIds, itemRows, inputs, names,
                                Tr::tr("Import workbook %1").arg(source), &why))
        return refuse(Tr::tr("%1: %2").arg(source, why));
    summary->imported = true;
    summary->inputsSet = int(inputs.size());

    for (const Computed &c : std::as_const(computed)) {
        const TableTemplate *t = edition.table(c.cell->key.table);
        const QString place = Tr::tr("%1 (sheet \"%2\" %3)").arg(t->code(), c.table->sheetName,
                                                             TableLocator::cellName(c.cell->row, c.cell->col));
        if (!document->hasCell(c.cell->key))
            continue;
        const Money mine = document->value(c.cell->key);
        if (mine.fen() == c.value.fen())
            continue;
        ImportDifference d;
        d.key = c.cell->key;
        d.place = place;
        d.workbook = c.value;
        d.computed = mine;
        d.message = Tr::tr("%1 %2 %3栏: workbook %4, computed %5")
                            .arg(place, rowLabel(*t, c.cell->key.row), c.cell->key.col,
                                 shown(Money::fromFen(c.value.fen()), c.table->unit),
                                 shown(Money::fromFen(mine.fen()), c.table->unit));
        summary->differences.append(d);
    }
    return true;
}

QString ImportSummary::text() const
{
    QString out;
    const QString nl = QStringLiteral("\n");
    if (!imported) {
        out += Tr::tr("Nothing imported: %1").arg(error) + nl;
    } else {
        out += QCoreApplication::translate("Juesuan::WorkbookImporter",
                                           "Imported %n table(s) from %1: %2 amounts read, %3 input cells set.",
                                           nullptr, int(tables.size()))
                       .arg(QFileInfo(source).fileName())
                       .arg(cellsRead)
                       .arg(inputsSet)
                + nl;
        for (const Table &t : tables)
            out += QStringLiteral("  ") + Tr::tr("%1 %2: sheet \"%3\" %4, %5, %6 amounts")
                                                 .arg(t.code, t.title, t.sheet, t.range, t.unit)
                                                 .arg(t.cells)
                    + nl;
    }
    if (!department.isEmpty())
        out += Tr::tr("The workbook names the department “%1”.").arg(department) + nl;
    if (year)
        out += Tr::tr("The workbook's titles name the year %1.").arg(year) + nl;
    if (!notes.isEmpty()) {
        out += Tr::tr("Notes:") + nl;
        for (const QString &n : notes)
            out += QStringLiteral("  ") + n + nl;
    }
    if (!skipped.isEmpty()) {
        out += Tr::tr("Skipped (%1):").arg(skipped.size()) + nl;
        for (const ImportIssue &i : skipped)
            out += QStringLiteral("  ") + i.place + QStringLiteral(": ") + i.reason + nl;
    }
    if (imported) {
        if (differences.isEmpty())
            out += Tr::tr("Every total in the workbook equals what Juesuan computes.") + nl;
        else {
            out += Tr::tr("Differences between the workbook's totals and Juesuan's (%1):").arg(differences.size()) + nl;
            for (const ImportDifference &d : differences)
                out += QStringLiteral("  ") + d.message + nl;
        }
    }
    return out;
}

} // namespace Juesuan
