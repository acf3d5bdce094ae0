#include "editionmigration.h"

#include "recalcengine.h"

#include <QSet>

namespace Juesuan {

namespace {

// Editions are named by their year; anything else sorts before every year.
int editionYear(const QString &edition)
{
    bool ok = false;
    const int y = edition.toInt(&ok);
    return ok ? y : -1;
}

} // namespace

QStringList EditionMigration::newerEditions(const QString &edition)
{
    QStringList out;
    for (const QString &e : ReportTemplate::builtinEditions())
        if (editionYear(e) > editionYear(edition))
            out << e;
    return out;
}

QString EditionMigration::editionForYear(int year)
{
    const QStringList editions = ReportTemplate::builtinEditions();
    QString best;
    for (const QString &e : editions)
        if (editionYear(e) >= 0 && editionYear(e) <= year)
            best = e; // oldest first: the last one that fits is the newest
    return best.isEmpty() && !editions.isEmpty() ? editions.first() : best;
}

bool EditionMigration::plan(const Document &document, const std::shared_ptr<const ReportTemplate> &target,
                            Document::EditionState *next, Report *report, QString *error)
{
    const ReportTemplate &from = document.reportTemplate();
    const ReportTemplate &to = *target;
    *report = Report();
    report->from = from.edition();
    report->to = to.edition();
    if (editionYear(to.edition()) <= editionYear(from.edition())) {
        *error = tr("the report uses edition %1; it can move only to a newer edition, not to %2")
                         .arg(from.edition(), to.edition());
        return false;
    }

    // Codes the editions between the two moved, applied in order (a → b, then b → c).
    const QStringList known = from.lineage();
    QList<ReportTemplate::Move> moves;
    for (const ReportTemplate::Move &m : to.moves())
        if (!known.contains(m.edition))
            moves.append(m);
    const auto follow = [&moves](SubjectCatalogue::Scheme scheme, QString code) {
        for (const ReportTemplate::Move &m : moves)
            if (m.scheme == scheme && m.from == code)
                code = m.to;
        return code;
    };
    const auto place = [&document](const CellKey &k) {
        const TableTemplate *t = document.reportTemplate().table(k.table);
        const QString row = document.rowName(k.table, k.row);
        return tr("%1 %2 column %3")
                .arg(t ? t->code() : k.table, row.isEmpty() ? k.row : k.row + QLatin1Char(' ') + row, k.col);
    };

    Document::EditionState state = document.editionState();
    state.reportTemplate = target;
    state.itemRows.clear();
    state.inputs.clear();
    // Rows: per code-list table, each 项 under its (possibly new) code when the new edition knows it.
    QHash<QString, QHash<QString, QString>> rowMap; // table → old code → new code
    for (const TableTemplate &t : from.tables()) {
        if (!t.isCodeList())
            continue;
        const TableTemplate *nt = to.table(t.id());
        for (const QString &code : document.itemRows(t.id())) {
            if (!nt || !nt->isCodeList())
                continue; // its cells are listed below
            const QString moved = follow(t.scheme(), code);
            bool known = true;
            for (const QString &part : {moved.left(3), moved.left(5), moved})
                known = known && (to.catalogue().contains(nt->scheme(), part) || document.itemNames().contains(part));
            if (!known)
                continue;
            rowMap[t.id()].insert(code, moved);
            state.itemRows[t.id()].append(moved);
            if (moved != code) {
                int cells = 0;
                for (const QString &col : t.amountColumns())
                    cells += !document.value(CellKey{t.id(), code, col}).isBlank() && document.isInput(CellKey{t.id(), code, col});
                report->moved << tr("%1 %2 → %3 %4 (%n cells)", nullptr, cells)
                                         .arg(t.code(), code, moved, to.catalogue().name(nt->scheme(), moved));
            }
        }
        std::sort(state.itemRows[t.id()].begin(), state.itemRows[t.id()].end());
    }
    // Names the new catalogue gives differently, for every 类, 款 and 项 that stays.
    QSet<QString> renamedSeen;
    for (auto it = rowMap.cbegin(); it != rowMap.cend(); ++it) {
        const TableTemplate *t = from.table(it.key());
        const TableTemplate *nt = to.table(it.key());
        for (auto r = it.value().cbegin(); r != it.value().cend(); ++r)
            for (int len : {3, 5, 7}) {
                const QString oldCode = r.key().left(len), newCode = r.value().left(len);
                const QString was = from.catalogue().name(t->scheme(), oldCode);
                const QString now = to.catalogue().name(nt->scheme(), newCode);
                if (!was.isEmpty() && !now.isEmpty() && was != now && !renamedSeen.contains(newCode)) {
                    renamedSeen.insert(newCode);
                    report->renamed << tr("%1: %2 → %3").arg(newCode, was, now);
                }
            }
    }
    std::sort(report->renamed.begin(), report->renamed.end());
    // Input cells: carried over where the new edition has the cell as an input.
    const QHash<CellKey, Money> inputs = document.inputValues();
    QList<CellKey> keys = inputs.keys();
    std::sort(keys.begin(), keys.end());
    for (const CellKey &k : std::as_const(keys)) {
        CellKey nk = k;
        const TableTemplate *t = from.table(k.table);
        if (t && t->isCodeList())
            nk.row = rowMap.value(k.table).value(k.row);
        if (!nk.row.isEmpty() && to.isInputCell(nk)) {
            state.inputs.insert(nk, inputs.value(k));
            ++report->cellsCarried;
        } else {
            report->dropped << tr("%1: %2 万元").arg(place(k), inputs.value(k).toWanyuan());
        }
    }
    // Budgets follow their 项; figures the new edition does not have are listed.
    state.budgets.clear();
    const TableTemplate *gpb = from.table(from.quantityCell(QStringLiteral("gpb_expense")).table);
    for (auto it = document.budgets().cbegin(); it != document.budgets().cend(); ++it) {
        const QString code = gpb ? follow(gpb->scheme(), it.key()) : it.key();
        if (to.catalogue().contains(SubjectCatalogue::Scheme::Functional, code) || document.itemNames().contains(code))
            state.budgets.insert(code, it.value());
        else
            report->dropped << tr("initial budget of %1: %2 万元").arg(it.key(), it.value().toWanyuan());
    }
    for (auto it = document.priorYearFigures().cbegin(); it != document.priorYearFigures().cend(); ++it)
        if (!to.figures().isPriorYear(it.key())) {
            state.priorYear.remove(it.key());
            report->dropped << tr("prior-year %1: %2 万元").arg(document.priorYearLabel(it.key()), it.value().toWanyuan());
        }
    for (auto it = document.facts().cbegin(); it != document.facts().cend(); ++it)
        if (!to.figures().isFact(it.key())) {
            state.facts.remove(it.key());
            report->dropped << tr("%1: %2")
                                       .arg(document.factLabel(it.key()),
                                            document.isCountFact(it.key()) ? QString::number(it.value())
                                                                           : Money::fromFen(it.value()).toWanyuan()
                                                            + QStringLiteral(" 万元"));
        }
    // Names the document gives codes the catalogue did not know follow moves too.
    QMap<QString, QString> names;
    for (auto it = state.itemNames.cbegin(); it != state.itemNames.cend(); ++it)
        names.insert(follow(SubjectCatalogue::Scheme::Functional, it.key()), it.value());
    state.itemNames = names;

    RecalcEngine probe;
    QString why;
    if (!probe.build(to.cellDefinitions(state.itemRows), state.inputs, &why)) {
        *error = tr("edition %1 cannot hold this report: %2").arg(to.edition(), why);
        return false;
    }
    *next = state;
    return true;
}

bool EditionMigration::apply(Document &document, const std::shared_ptr<const ReportTemplate> &target, Report *report,
                             QString *error)
{
    Document::EditionState next;
    if (!plan(document, target, &next, report, error))
        return false;
    document.changeEdition(next, tr("Change edition to %1").arg(target->edition()));
    return true;
}

QString EditionMigration::Report::text() const
{
    QStringList lines;
    lines << tr("Moved from edition %1 to %2: %n input cells carried over.", nullptr, cellsCarried).arg(from, to);
    const auto section = [&lines](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return;
        lines << QString() << heading;
        for (const QString &i : items)
            lines << QStringLiteral("  ") + i;
    };
    section(tr("Moved to a new code:"), moved);
    section(tr("Renamed in the new catalogue:"), renamed);
    section(tr("No longer in the new edition (values not carried over):"), dropped);
    if (moved.isEmpty() && renamed.isEmpty() && dropped.isEmpty())
        lines << tr("Nothing was moved, renamed or left behind.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace Juesuan
