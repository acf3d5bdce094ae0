#include "tabletemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Juesuan {

namespace {
// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::TableTemplate)
};
} // namespace

bool TableTemplate::readGridRows(const QJsonArray &rows, QList<QList<GridCell>> *out, int *rowCount,
                                 bool body, const QString &where, QString *error)
{
    // Cells are placed like HTML table cells: left to right into the next place not
    // already covered by a row span from above.
    QList<QList<bool>> taken;
    const auto ensureRow = [&](int r) {
        while (taken.size() <= r)
            taken.append(QList<bool>(m_columns, false));
    };
    for (int r = 0; r < rows.size(); ++r) {
        ensureRow(r);
        if (!rows.at(r).isArray()) {
            *error = Tr::tr("%1[%2] must be an array of cells").arg(where).arg(r);
            return false;
        }
        const QJsonArray cells = rows.at(r).toArray();
        QList<GridCell> outRow;
        int c = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const QString place = QStringLiteral("%1[%2][%3]").arg(where).arg(r).arg(i);
            const QJsonObject o = cells.at(i).toObject();
            while (c < m_columns && taken[r][c])
                ++c;
            GridCell g;
            g.row = r;
            g.col = c;
            g.rowSpan = o.value(QLatin1String("rs")).toInt(1);
            g.colSpan = o.value(QLatin1String("cs")).toInt(1);
            if (g.rowSpan < 1 || g.colSpan < 1 || c + g.colSpan > m_columns) {
                *error = Tr::tr("%1 does not fit in %2 columns").arg(place).arg(m_columns);
                return false;
            }
            if (o.contains(QLatin1String("text"))) {
                g.kind = GridCell::Kind::Text;
                g.text = o.value(QLatin1String("text")).toString();
            } else if (body && o.contains(QLatin1String("name"))) {
                g.kind = GridCell::Kind::Name;
                g.text = o.value(QLatin1String("name")).toString();
            } else if (body && o.contains(QLatin1String("no"))) {
                g.kind = GridCell::Kind::LineNo;
                g.text = o.value(QLatin1String("no")).toString();
            } else if (body && o.contains(QLatin1String("code"))) {
                g.kind = GridCell::Kind::Code;
                g.text = o.value(QLatin1String("code")).toString();
            } else if (body && o.contains(QLatin1String("cell"))) {
                g.kind = GridCell::Kind::Amount;
                g.cell = CellKey::fromString(o.value(QLatin1String("cell")).toString(), m_id);
                if (!g.cell.isValid() || g.cell.table != m_id) {
                    *error = Tr::tr("%1: “%2” is not a cell of this table (row@column)")
                                     .arg(place, o.value(QLatin1String("cell")).toString());
                    return false;
                }
            }
            if ((g.kind == GridCell::Kind::Name || g.kind == GridCell::Kind::LineNo
                 || g.kind == GridCell::Kind::Code)
                && !m_lineIndex.contains(g.text)) {
                *error = Tr::tr("%1 names line “%2”, which is not in “lines”").arg(place, g.text);
                return false;
            }
            for (int rr = r; rr < r + g.rowSpan; ++rr) {
                ensureRow(rr);
                for (int cc = c; cc < c + g.colSpan; ++cc) {
                    if (taken[rr][cc]) {
                        *error = Tr::tr("%1 overlaps another cell").arg(place);
                        return false;
                    }
                    taken[rr][cc] = true;
                }
            }
            outRow.append(g);
            c += g.colSpan;
        }
        out->append(outRow);
    }
    for (int r = 0; r < taken.size(); ++r)
        if (taken[r].contains(false)) {
            *error = Tr::tr("%1 row %2 leaves columns uncovered (the table has %3)")
                             .arg(where).arg(r).arg(m_columns);
            return false;
        }
    *rowCount = int(taken.size());
    return true;
}

bool TableTemplate::fromJson(const QJsonObject &json, QString *error)
{
    m_id = json.value(QLatin1String("id")).toString();
    const QString where = QStringLiteral("table %1").arg(m_id);
    m_code = json.value(QLatin1String("code")).toString();
    m_title = json.value(QLatin1String("title")).toString();
    m_landscape = json.value(QLatin1String("orientation")).toString() == QLatin1String("landscape");
    m_columns = json.value(QLatin1String("columns")).toInt();
    m_emptyNote = json.value(QLatin1String("emptyNote")).toString();
    const QString kind = json.value(QLatin1String("kind")).toString();
    if (m_id.isEmpty() || m_code.isEmpty() || m_title.isEmpty() || m_columns < 1) {
        *error = Tr::tr("%1: id, code, title and columns are required").arg(where);
        return false;
    }
    if (kind == QLatin1String("fixed"))
        m_kind = Kind::Fixed;
    else if (kind == QLatin1String("codelist"))
        m_kind = Kind::CodeList;
    else {
        *error = Tr::tr("%1: kind must be “fixed” or “codelist”, not “%2”").arg(where, kind);
        return false;
    }
    for (const QJsonValue &n : json.value(QLatin1String("notes")).toArray())
        m_notes.append(n.toString());

    QList<QList<GridCell>> headerRows;
    if (!readGridRows(json.value(QLatin1String("header")).toArray(), &headerRows, &m_headerRows,
                      false, where + QStringLiteral(" header"), error))
        return false;
    for (const auto &row : std::as_const(headerRows))
        m_header.append(row);

    if (m_kind == Kind::Fixed) {
        const QJsonArray lines = json.value(QLatin1String("lines")).toArray();
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject o = lines.at(i).toObject();
            Line l{o.value(QLatin1String("key")).toString(), o.value(QLatin1String("name")).toString(),
                   o.value(QLatin1String("bold")).toBool(), {}};
            if (l.key.isEmpty() || m_lineIndex.contains(l.key) || l.key.contains(QLatin1Char('@'))) {
                *error = Tr::tr("%1 lines[%2]: missing, repeated or malformed key “%3”").arg(where).arg(i).arg(l.key);
                return false;
            }
            m_lineIndex.insert(l.key, int(m_lines.size()));
            m_lines.append(l);
        }
        int bodyRows = 0;
        if (!readGridRows(json.value(QLatin1String("body")).toArray(), &m_body, &bodyRows, true,
                          where + QStringLiteral(" body"), error))
            return false;
        QSet<CellKey> seen;
        for (const auto &row : std::as_const(m_body))
            for (const GridCell &g : row) {
                if (g.kind != GridCell::Kind::Amount)
                    continue;
                if (seen.contains(g.cell)) {
                    *error = Tr::tr("%1: cell %2 appears twice in the body").arg(where, g.cell.toString());
                    return false;
                }
                const int li = m_lineIndex.value(g.cell.row, -1);
                if (li < 0) {
                    *error = Tr::tr("%1: cell %2 belongs to no line").arg(where, g.cell.toString());
                    return false;
                }
                seen.insert(g.cell);
                m_amountCells.append(g.cell);
                m_lines[li].cells.append(g.cell);
            }
        const QJsonObject formulas = json.value(QLatin1String("formulas")).toObject();
        for (auto it = formulas.begin(); it != formulas.end(); ++it) {
            const CellKey target = CellKey::fromString(it.key(), m_id);
            if (!seen.contains(target)) {
                *error = Tr::tr("%1: formula for “%2”, which is not a cell of the table").arg(where, it.key());
                return false;
            }
            Formula f;
            QString why;
            if (!Formula::parse(it.value().toString(), m_id, &f, &why)) {
                *error = Tr::tr("%1: formula for %2: %3").arg(where, it.key(), why);
                return false;
            }
            for (const Formula::Term &t : f.terms())
                if (t.cell.row.isEmpty()) {
                    *error = Tr::tr("%1: formula for %2 needs explicit rows").arg(where, it.key());
                    return false;
                }
            m_formulas.insert(target, f);
        }
    } else {
        m_codeColumns = json.value(QLatin1String("codeColumns")).toInt(3);
        m_nameColumns = json.value(QLatin1String("nameColumns")).toInt(1);
        m_totalLabel = json.value(QLatin1String("totalLabel")).toString();
        const QString scheme = json.value(QLatin1String("scheme")).toString(QStringLiteral("functional"));
        m_scheme = scheme == QLatin1String("economic") ? SubjectCatalogue::Scheme::Economic
                                                       : SubjectCatalogue::Scheme::Functional;
        for (const QJsonValue &c : json.value(QLatin1String("amountColumns")).toArray())
            m_amountColumns.append(c.toString());
        if (m_codeColumns < 1 || m_nameColumns < 0
            || m_codeColumns + m_nameColumns + m_amountColumns.size() != m_columns
            || m_amountColumns.isEmpty()) {
            *error = Tr::tr("%1: codeColumns + nameColumns + amountColumns must make the %2 columns")
                             .arg(where).arg(m_columns);
            return false;
        }
        const QJsonObject formulas = json.value(QLatin1String("columnFormulas")).toObject();
        for (auto it = formulas.begin(); it != formulas.end(); ++it) {
            if (!m_amountColumns.contains(it.key())) {
                *error = Tr::tr("%1: column formula for unknown column “%2”").arg(where, it.key());
                return false;
            }
            Formula f;
            QString why;
            if (!Formula::parse(it.value().toString(), m_id, &f, &why)) {
                *error = Tr::tr("%1: column formula for %2: %3").arg(where, it.key(), why);
                return false;
            }
            for (const Formula::Term &t : f.terms())
                if (!t.cell.row.isEmpty() || t.cell.table != m_id || !m_amountColumns.contains(t.cell.col)) {
                    *error = Tr::tr("%1: column formula for %2 may only name columns of the same row")
                                     .arg(where, it.key());
                    return false;
                }
            m_columnFormulas.insert(it.key(), f);
        }
    }
    return true;
}

bool TableTemplate::hasCell(const CellKey &key) const
{
    if (key.table != m_id)
        return false;
    if (m_kind == Kind::CodeList)
        return m_amountColumns.contains(key.col);
    const int li = m_lineIndex.value(key.row, -1);
    return li >= 0 && m_lines.at(li).cells.contains(key);
}

QList<QPair<QString, int>> TableTemplate::codeListRows(const QStringList &itemCodes)
{
    // Plain string order is depth-first code order ("201" < "20101" < "2010101" < "20102"),
    // so one pass over the sorted 项 codes emits each 类 and 款 just before its first child.
    QStringList sorted = itemCodes;
    if (!std::is_sorted(sorted.cbegin(), sorted.cend()))
        std::sort(sorted.begin(), sorted.end());
    QList<QPair<QString, int>> rows;
    rows.reserve(sorted.size() * 5 / 4 + 1);
    rows.append({totalRow(), 0});
    QStringView cls, section;
    QStringView previous;
    for (const QString &code : std::as_const(sorted)) {
        if (code == previous)
            continue;
        previous = code;
        const QStringView c = QStringView(code).left(3);
        const QStringView s = QStringView(code).left(5);
        if (c != cls) {
            cls = c;
            section = QStringView();
            rows.append({c.toString(), 1});
        }
        if (code.size() >= 5 && s != section) {
            section = s;
            rows.append({s.toString(), 2});
        }
        if (code.size() == 7)
            rows.append({code, 3});
    }
    return rows;
}

QString TableTemplate::columnCaption(int gridColumn) const
{
    QStringList parts;
    for (const GridCell &g : m_header)
        if (g.kind == GridCell::Kind::Text && gridColumn >= g.col && gridColumn < g.col + g.colSpan
            && g.row < m_headerRows - 1 && g.colSpan < m_columns) {
            const QString t = g.text.simplified();
            if (!t.isEmpty() && !parts.contains(t))
                parts.append(t);
        }
    return parts.join(QLatin1Char('/'));
}

int TableTemplate::amountGridColumn(const QString &col) const
{
    const qsizetype i = m_amountColumns.indexOf(col);
    return i < 0 ? -1 : m_codeColumns + m_nameColumns + int(i);
}

} // namespace Juesuan
