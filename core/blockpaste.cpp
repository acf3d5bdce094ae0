#include "blockpaste.h"

#include "cellwording.h"
#include "document.h"
#include "inputtext.h"
#include "sheetlayout.h"
#include "tabletemplate.h"

#include <QCoreApplication>

namespace Juesuan {

namespace {

// The messages of this file, under the context lupdate files them in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::BlockPaste)
};

QString unitName(Money::Unit unit)
{
    return unit == Money::Unit::Yuan ? QStringLiteral("元") : QStringLiteral("万元");
}

QString withoutSpaces(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace() && c != QChar(0x00A0) && c != QChar(0x3000))
            out.append(c);
    return out;
}

// Names a grid place that is not an amount cell: "公开05表 2010350 事业运行, grid column 4".
QString labelPlace(const Document &document, const SheetLayout &layout, int row, int column)
{
    const TableTemplate &t = layout.tableTemplate();
    const QString key = layout.row(row).key;
    if (key.isEmpty())
        return Tr::tr("%1 row %2, grid column %3").arg(t.code()).arg(row + 1).arg(column + 1);
    return Tr::tr("%1 %2, grid column %3").arg(t.code(), CellWording::row(document, t.id(), key)).arg(column + 1);
}

struct Compared {
    CellKey key;
    Money pasted;
};

} // namespace

QString BlockPaste::shown(const Money &money, Money::Unit unit)
{
    if (money.isBlank())
        return Tr::tr("blank");
    if (unit == Money::Unit::Yuan)
        return money.toYuan(true);
    return money.fen() % (Money::fenPerWanyuan / 100) == 0 ? money.toWanyuan(true, 2) : money.toExactWanyuan();
}

QList<QStringList> BlockPaste::split(const QString &text)
{
    QList<QStringList> rows;
    QStringList fields;
    QString field;
    bool quoted = false;     // inside a "quoted" field
    bool fieldStart = true;  // nothing of the current field read yet
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == QLatin1Char('\t')) {
            fields.append(field);
            field.clear();
            fieldStart = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            fields.append(field);
            rows.append(fields);
            fields.clear();
            field.clear();
            fieldStart = true;
        } else {
            field.append(c);
            fieldStart = false;
        }
    }
    // The last row, unless the text ended with the line break spreadsheets add.
    if (!fieldStart || !fields.isEmpty() || rows.isEmpty()) {
        fields.append(field);
        rows.append(fields);
    }
    return rows;
}

BlockPaste::Result BlockPaste::paste(Document *document, const QString &tableId, const QRect &selection,
                                     const QString &text, Money::Unit unit, const QString &actionText)
{
    Result r;
    const TableTemplate *t = document->reportTemplate().table(tableId);
    if (!t) {
        r.error = Tr::tr("there is no table %1").arg(tableId);
        return r;
    }
    if (!selection.isValid()) {
        r.error = Tr::tr("select the cell where the block should start");
        return r;
    }
    const SheetLayout layout(*document, tableId);
    const auto refuse = [&r](int row, int column, const QString &why) {
        r.error = why;
        r.errorRow = row;
        r.errorColumn = column;
        return r;
    };
    // An amount cell starting at (row, column), or nullptr.
    const auto amountAt = [&layout](int row, int column) -> const GridCell * {
        const GridCell *g = layout.cellAt(row, column);
        return g && g->kind == GridCell::Kind::Amount && g->row == row && g->col == column ? g : nullptr;
    };
    const auto parseAt = [&](int row, int column, const QString &field, Money *out) {
        const Money::ParseResult parsed = Money::parse(field, unit);
        if (parsed.ok) {
            *out = parsed.value;
            return true;
        }
        const GridCell *g = amountAt(row, column);
        const QString place = g ? CellWording::place(*document, g->cell) : labelPlace(*document, layout, row, column);
        refuse(row, column, Tr::tr("%1: “%2” is not an amount in %3: %4")
                                    .arg(place, InputText::forMessage(field, 40), unitName(unit), parsed.error));
        return false;
    };

    const QList<QStringList> rows = split(text);
    QList<QPair<CellKey, Money>> changes;
    QList<Compared> compared;
    const bool single = rows.size() == 1 && rows.first().size() == 1;
    if (single && selection.width() * selection.height() > 1) {
        // One value over a selection fills it, as a spreadsheet does; what is computed stays.
        Money value;
        if (!parseAt(selection.top(), selection.left(), rows.first().first(), &value))
            return r;
        const QRect area = selection.intersected(QRect(0, 0, layout.columnCount(), layout.rowCount()));
        for (int row = area.top(); row <= area.bottom(); ++row)
            for (int column = area.left(); column <= area.right(); ++column)
                if (const GridCell *g = amountAt(row, column)) {
                    if (document->isComputed(g->cell))
                        ++r.skipped;
                    else
                        changes.append({g->cell, value});
                }
        if (changes.isEmpty())
            return refuse(selection.top(), selection.left(),
                          Tr::tr("%1: the selection holds no cell that can be typed into")
                                  .arg(t->code()));
        r.area = area;
    } else {
        int width = 0;
        for (const QStringList &fields : rows)
            width = qMax(width, int(fields.size()));
        const int top = selection.top();
        const int left = selection.left();
        if (top + rows.size() > layout.rowCount() || left + width > layout.columnCount()) {
            const GridCell *g = amountAt(top, left);
            return refuse(top, left,
                          Tr::tr("%1: a block of %2 × %3 cells does not fit here: it would go past the edge of the table")
                                  .arg(g ? CellWording::place(*document, g->cell)
                                         : labelPlace(*document, layout, top, left))
                                  .arg(rows.size())
                                  .arg(width));
        }
        for (int i = 0; i < rows.size(); ++i) {
            const QStringList &fields = rows.at(i);
            for (int j = 0; j < fields.size(); ++j) {
                const int row = top + i;
                const int column = left + j;
                const QString field = fields.at(j).trimmed();
                const GridCell *g = amountAt(row, column);
                if (!g) {
                    // A code, a name, a 行次 or the inside of a span: fine when the block brings
                    // nothing or what the grid shows (a block copied with its row names).
                    const GridCell *cover = layout.cellAt(row, column);
                    const QString here = cover && cover->kind != GridCell::Kind::Amount ? layout.text(*cover) : QString();
                    if (!field.isEmpty() && withoutSpaces(field) != withoutSpaces(here))
                        return refuse(row, column,
                                      here.isEmpty()
                                              ? Tr::tr("%1 takes no value, and the block has “%2” there: is the block out of line?")
                                                        .arg(labelPlace(*document, layout, row, column),
                                                             InputText::forMessage(field, 40))
                                              : Tr::tr("%1 shows “%2”, and the block has “%3” there: is the block out of line?")
                                                        .arg(labelPlace(*document, layout, row, column), here,
                                                             InputText::forMessage(field, 40)));
                    continue;
                }
                Money value;
                if (!parseAt(row, column, field, &value))
                    return r;
                if (document->isComputed(g->cell))
                    compared.append({g->cell, value});
                else
                    changes.append({g->cell, value});
            }
        }
        r.area = QRect(left, top, width, int(rows.size()));
    }

    QString why;
    if (!changes.isEmpty() && !document->setCells(changes, actionText, &why))
        return refuse(r.area.top(), r.area.left(), Tr::tr("%1: %2").arg(t->code(), why));
    r.ok = true;
    r.inputs = int(changes.size());
    r.compared = int(compared.size());
    // Compared after the block's own inputs are in: a block copied whole agrees with itself.
    for (const Compared &c : std::as_const(compared)) {
        const Money mine = document->value(c.key);
        if (mine.fen() == c.pasted.fen())
            continue;
        Difference d;
        d.key = c.key;
        d.pasted = c.pasted;
        d.computed = mine;
        d.message = Tr::tr("%1: pasted %2, computed %3, difference %4 (%5)")
                            .arg(CellWording::place(*document, c.key), shown(c.pasted, unit), shown(mine, unit),
                                 shown(Money::fromFen(c.pasted.fen() - mine.fen()), unit), unitName(unit));
        r.differences.append(d);
    }
    return r;
}

QString BlockPaste::Result::summary() const
{
    if (!ok)
        return error;
    QString out = Tr::tr("Pasted %n cells", nullptr, inputs);
    if (skipped > 0)
        out += Tr::tr("; %n computed cells left as they are", nullptr, skipped);
    if (!differences.isEmpty()) {
        out += Tr::tr("; %n computed cells differ from the block: ", nullptr, int(differences.size()))
                + differences.first().message;
        if (differences.size() > 1)
            out += Tr::tr(" …");
    }
    return out;
}

} // namespace Juesuan
