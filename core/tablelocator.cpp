#include "tablelocator.h"

#include "reporttemplate.h"
#include "subjectcatalogue.h"
#include "tabletemplate.h"
#include "workbookreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Juesuan {

namespace {

// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::TableLocator)
};

constexpr int maxHeaderRows = 4;

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    return true;
}

// A small whole number such as a 栏次 or 行次 ("1", "12", "1.0" as a reader may store it).
int smallInteger(const QString &folded)
{
    QString s = folded;
    if (s.endsWith(QLatin1String(".0")))
        s.chop(2);
    if (!allDigits(s) || s.size() > 3)
        return 0;
    return s.toInt();
}

// Whether folded text reads as an amount rather than a caption: digits with a decimal
// point, grouping or sign, or a whole number too large to be a 栏次.
bool looksLikeAmount(const QString &folded, int maxLane)
{
    static const QRegularExpression number(QStringLiteral("^[-+(]?[0-9][0-9,]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?\\)?$"));
    if (!number.match(folded).hasMatch())
        return false;
    const int n = smallInteger(folded);
    return !(n >= 1 && n <= maxLane);
}

// Leading enumerations of line names: "一、", "（一）", "1.", "其中：".
QString withoutNumbering(const QString &folded)
{
    static const QRegularExpression prefix(
            QStringLiteral("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|[0-9]+[.、]|其中:)"));
    QString s = folded;
    s.remove(prefix);
    return s;
}

// Resolves merges: the text a reader sees at (r, c) is that of the merge's top-left cell.
class MergedGrid
{
public:
    explicit MergedGrid(const WorkbookSheet &sheet) : m_sheet(sheet)
    {
        for (int i = 0; i < sheet.merges.size(); ++i) {
            const WorkbookMerge &m = sheet.merges.at(i);
            for (int r = m.firstRow; r <= m.lastRow; ++r)
                for (int c = m.firstCol; c <= m.lastCol; ++c)
                    m_cover.insert(qMakePair(r, c), i);
        }
    }
    const WorkbookMerge *merge(int r, int c) const
    {
        const auto it = m_cover.constFind(qMakePair(r, c));
        return it == m_cover.cend() ? nullptr : &m_sheet.merges.at(*it);
    }
    // The text shown at (r, c), merges resolved.
    QString text(int r, int c) const
    {
        if (const WorkbookMerge *m = merge(r, c))
            return m_sheet.text(m->firstRow, m->firstCol).trimmed();
        return m_sheet.text(r, c).trimmed();
    }
    // Whether (r, c) lies under a merge that starts in an earlier row.
    bool coveredFromAbove(int r, int c) const
    {
        const WorkbookMerge *m = merge(r, c);
        return m && m->firstRow < r;
    }
    bool rowIsBlank(int r) const
    {
        for (int c = 0; c < m_sheet.columnCount; ++c)
            if (!m_sheet.text(r, c).trimmed().isEmpty())
                return false;
        return true;
    }
    const WorkbookSheet &sheet() const { return m_sheet; }

private:
    const WorkbookSheet &m_sheet;
    QHash<QPair<int, int>, int> m_cover;
};

// What the locator compares for one template: folded title, code, header texts, and per
// grid column the caption path and 栏次.
struct TemplateInfo
{
    const TableTemplate *table = nullptr;
    QString title, code;
    QSet<QString> headerTexts;
    QSet<QString> lineNames; // fixed tables: folded line names that are not also captions
    QStringList paths;       // per grid column: captions joined by "/"
    QStringList leaves;      // per grid column: the lowest caption
    QList<int> lanes;        // per grid column: its 栏次, 0 if none
};

TemplateInfo templateInfo(const TableTemplate &t)
{
    TemplateInfo info;
    info.table = &t;
    info.title = TableLocator::fold(t.title());
    info.code = TableLocator::fold(t.code());
    QList<QStringList> parts(t.columnCount());
    info.lanes = QList<int>(t.columnCount(), 0);
    QList<GridCell> header = t.header();
    std::stable_sort(header.begin(), header.end(), [](const GridCell &a, const GridCell &b) { return a.row < b.row; });
    for (const GridCell &g : std::as_const(header)) {
        const QString f = TableLocator::fold(g.text);
        if (f.isEmpty() || g.colSpan >= t.columnCount())
            continue;
        if (const int lane = smallInteger(f); lane > 0 && g.colSpan == 1) {
            info.lanes[g.col] = lane;
            continue;
        }
        if (f == QStringLiteral("栏次"))
            continue;
        info.headerTexts.insert(f);
        for (int c = g.col; c < g.col + g.colSpan; ++c)
            if (parts[c].isEmpty() || parts[c].last() != f)
                parts[c].append(f);
    }
    for (const QStringList &p : std::as_const(parts)) {
        info.paths.append(p.join(QLatin1Char('/')));
        info.leaves.append(p.isEmpty() ? QString() : p.last());
    }
    if (!t.isCodeList())
        for (const TableTemplate::Line &l : t.lines()) {
            const QString f = TableLocator::fold(l.name);
            if (!f.isEmpty() && !info.headerTexts.contains(f))
                info.lineNames.insert(f);
        }
    return info;
}

bool isTotalLabel(const QString &folded, const TableTemplate &t)
{
    return !folded.isEmpty()
            && (folded == TableLocator::fold(t.totalLabel()) || folded == QStringLiteral("合计")
                || folded == QStringLiteral("总计"));
}

bool isNoteLine(const QString &folded)
{
    return folded.startsWith(QStringLiteral("注")) || folded.startsWith(QStringLiteral("说明"))
            || folded.startsWith(QStringLiteral("备注"));
}

} // namespace

struct TableLocator::Anchor
{
    int row = 0;
    QString tableId;
};

TableLocator::TableLocator(const ReportTemplate &edition) : m_edition(edition) { }

QString TableLocator::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar ch : text) {
        char16_t u = ch.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFF01 + 0x21);
        if (ch.isSpace() || u == 0x3000 || u == 0x00A0)
            continue;
        switch (u) {
        case '"': case '\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019:
        case 0x300C: case 0x300D: case 0x300E: case 0x300F:
            continue; // quotes: 财政拨款"三公"经费 matches 财政拨款“三公”经费
        case 0x3010: // 【
            u = '[';
            break;
        case 0x3011: // 】
            u = ']';
            break;
        default:
            break;
        }
        out.append(QChar(u));
    }
    return out;
}

QString TableLocator::cellName(int row, int col)
{
    return WorkbookReader::cellReference(row, col);
}

LocatedWorkbook TableLocator::locate(const Workbook &workbook) const
{
    LocatedWorkbook out;
    for (int i = 0; i < workbook.sheets.size(); ++i)
        locateSheet(workbook, i, &out);
    return out;
}

void TableLocator::locateSheet(const Workbook &workbook, int sheetIndex, LocatedWorkbook *out) const
{
    const WorkbookSheet &sheet = workbook.sheets.at(sheetIndex);
    const QString sheetPlace = Tr::tr("sheet \"%1\"").arg(sheet.name);
    QList<TemplateInfo> infos;
    for (const TableTemplate &t : m_edition.tables())
        infos.append(templateInfo(t));

    // Titles and codes. Titles nest ("收入支出决算总表" is in "财政拨款收入支出决算总表"),
    // so the longest title a cell contains wins; long cells are prose, not titles.
    static const QRegularExpression yearRe(QStringLiteral("(20[0-9]{2})年度?"));
    static const QRegularExpression deptRe(
            QStringLiteral("(?:编制单位|填报单位|单位名称|部门名称|部门)[:：]\\s*(.+?)(?:\\s{2,}|\\s*(?:金额)?单位[:：]|$)"));
    QList<Anchor> anchors;
    for (int r = 0; r < sheet.rowCount; ++r) {
        for (int c = 0; c < sheet.columnCount; ++c) {
            const WorkbookCell *cell = sheet.cell(r, c);
            // Every title and every 公开NN表 code has a 表: most cells are passed over unfolded.
            if (!cell || cell->type != WorkbookCell::Type::Text || cell->text.size() < 5
                || !cell->text.contains(QChar(0x8868)))
                continue;
            const QString f = fold(cell->text);
            if (f.isEmpty() || f.size() > 80 || isNoteLine(f))
                continue;
            int best = -1;
            for (int i = 0; i < infos.size(); ++i) {
                const TemplateInfo &info = infos.at(i);
                const bool byTitle = f.contains(info.title) && f.size() <= info.title.size() + 40;
                if ((byTitle && (best < 0 || info.title.size() > infos.at(best).title.size()))
                    || (best < 0 && f.contains(info.code)))
                    best = i;
            }
            if (best < 0)
                continue;
            const QString id = infos.at(best).table->id();
            if (!anchors.isEmpty() && anchors.last().tableId == id && r - anchors.last().row <= 3)
                continue; // the title and the code of one table
            anchors.append({r, id});
            // "2023年度" and a department before it, as published titles print them.
            const QString raw = cell->text.simplified();
            const auto ym = yearRe.match(raw);
            if (ym.hasMatch() && raw.contains(infos.at(best).table->title().left(2))) {
                if (!out->year)
                    out->year = ym.captured(1).toInt();
                const QString prefix = raw.left(ym.capturedStart()).trimmed();
                if (out->department.isEmpty() && !prefix.isEmpty() && fold(prefix).size() >= 2)
                    out->department = prefix;
            }
        }
    }
    if (anchors.isEmpty()) {
        // A sheet named after a table, whose title row was left out.
        for (const TemplateInfo &info : std::as_const(infos))
            if (fold(sheet.name) == info.code || fold(sheet.name).contains(info.title)) {
                anchors.append({-1, info.table->id()});
                break;
            }
    }
    if (anchors.isEmpty()) {
        if (sheet.rowCount > 0)
            out->skipped.append({sheetPlace, Tr::tr("no table of the %1 edition found (no title and no 公开NN表 code)")
                                                     .arg(m_edition.edition())});
        return;
    }
    for (int a = 0; a < anchors.size(); ++a) {
        const Anchor &anchor = anchors.at(a);
        const int end = a + 1 < anchors.size() ? anchors.at(a + 1).row : sheet.rowCount;
        const TableTemplate *t = m_edition.table(anchor.tableId);
        const QString place = Tr::tr("%1 (sheet \"%2\" %3)").arg(t->code(), sheet.name,
                                                             cellName(std::max(anchor.row, 0), 0));
        bool seen = false;
        for (const LocatedTable &lt : std::as_const(out->tables))
            seen = seen || lt.tableId == anchor.tableId;
        if (seen) {
            out->skipped.append({place, Tr::tr("the table was already found earlier; this copy is not read")});
            continue;
        }
        LocatedTable lt;
        lt.tableId = anchor.tableId;
        lt.sheet = sheetIndex;
        lt.sheetName = sheet.name;
        QString why;
        if (!readTable(sheet, *t, anchor.row, std::max(anchor.row, 0), end, &lt, &why)) {
            out->skipped.append({place, why});
            continue;
        }
        // Department from an 编制单位 line between the title and the header.
        if (out->department.isEmpty())
            for (int r = std::max(anchor.row, 0); r < lt.headerFirstRow && out->department.isEmpty(); ++r)
                for (int c = 0; c < sheet.columnCount; ++c) {
                    const auto m = deptRe.match(sheet.text(r, c).trimmed());
                    if (m.hasMatch() && !m.captured(1).trimmed().isEmpty()) {
                        out->department = m.captured(1).trimmed();
                        break;
                    }
                }
        out->tables.append(lt);
    }
}

bool TableLocator::readTable(const WorkbookSheet &sheet, const TableTemplate &t, int titleRow, int firstRow,
                             int endRow, LocatedTable *out, QString *why) const
{
    const MergedGrid view(sheet);
    const TemplateInfo info = templateInfo(t);
    const int maxLane = t.columnCount() + 2;
    static const QRegularExpression unitRe(QStringLiteral("单位[:]?(万元|元)"));
    static const QRegularExpression codeRe(QStringLiteral("^[0-9]{3}(?:[0-9]{2}){0,2}$"));

    out->titleRow = std::max(titleRow, 0);
    // Meta lines between the title and the header: 编制单位, 金额单位, the code.
    int r = firstRow;
    const auto isMeta = [&](int row) {
        bool any = false;
        for (int c = 0; c < sheet.columnCount; ++c) {
            const QString f = fold(sheet.text(row, c));
            if (f.isEmpty())
                continue;
            any = true;
            const auto um = unitRe.match(f);
            if (um.hasMatch() && !out->unitFound) {
                out->unitFound = true;
                out->unit = um.captured(1) == QStringLiteral("元") ? Money::Unit::Yuan : Money::Unit::Wanyuan;
            }
            if (!(um.hasMatch() || f.contains(info.title) || f.contains(info.code) || f.contains(QStringLiteral("单位:"))
                  || f.contains(QStringLiteral("部门:")) || f.contains(QStringLiteral("年度"))))
                return false;
        }
        return any;
    };
    while (r < endRow && (view.rowIsBlank(r) || isMeta(r)))
        ++r;

    // The header band: up to four rows of captions, ending with the 栏次 row if there is one.
    const auto headerLike = [&](int row, bool *laneRow) {
        bool any = false;
        int lanes = 0, lastLane = 0;
        bool ordered = true;
        bool firstCell = true;
        for (int c = 0; c < sheet.columnCount; ++c) {
            if (view.coveredFromAbove(row, c)) {
                any = true;
                continue;
            }
            const WorkbookCell *cell = sheet.cell(row, c);
            if (!cell)
                continue;
            const QString f = fold(cell->text);
            if (f.isEmpty())
                continue;
            any = true;
            const bool first = firstCell;
            firstCell = false;
            if (info.headerTexts.contains(f))
                continue;
            if (f == QStringLiteral("栏次"))
                continue;
            if (const int lane = smallInteger(f); lane > 0 && lane <= maxLane) {
                ordered = ordered && lane > lastLane;
                lastLane = lane;
                ++lanes;
                continue;
            }
            if (looksLikeAmount(f, maxLane) || (t.isCodeList() && codeRe.match(f).hasMatch()))
                return false;
            if (t.isCodeList() && first && isTotalLabel(f, t))
                return false;
            if (!t.isCodeList() && (info.lineNames.contains(f) || info.lineNames.contains(withoutNumbering(f))))
                return false;
        }
        *laneRow = lanes >= 2 && ordered;
        return any;
    };
    out->headerFirstRow = r;
    int headerEnd = r; // one past the header
    bool knownCaption = false;
    while (headerEnd < endRow && headerEnd - r < maxHeaderRows) {
        bool laneRow = false;
        if (!headerLike(headerEnd, &laneRow))
            break;
        for (int c = 0; c < sheet.columnCount && !knownCaption; ++c)
            knownCaption = info.headerTexts.contains(fold(sheet.text(headerEnd, c)));
        ++headerEnd;
        if (laneRow)
            break;
    }
    if (headerEnd == r || !knownCaption) {
        *why = Tr::tr("no header with the table's captions below its title");
        return false;
    }
    out->headerLastRow = headerEnd - 1;

    // The table's columns: those the header covers.
    int firstCol = sheet.columnCount, lastCol = -1;
    for (int hr = out->headerFirstRow; hr <= out->headerLastRow; ++hr)
        for (int c = 0; c < sheet.columnCount; ++c)
            if (!view.text(hr, c).isEmpty()) {
                firstCol = std::min(firstCol, c);
                lastCol = std::max(lastCol, c);
            }
    out->firstCol = firstCol;
    out->lastCol = lastCol;
    const int width = lastCol - firstCol + 1;

    // Caption path and 栏次 of every workbook column.
    QStringList paths, leaves;
    QList<int> lanes;
    for (int c = firstCol; c <= lastCol; ++c) {
        QStringList parts;
        int lane = 0;
        for (int hr = out->headerFirstRow; hr <= out->headerLastRow; ++hr) {
            const WorkbookMerge *m = view.merge(hr, c);
            if (m && m->lastCol - m->firstCol + 1 >= width && width > 1)
                continue; // a caption over the whole table names no column
            const QString f = fold(view.text(hr, c));
            if (f.isEmpty() || f == QStringLiteral("栏次"))
                continue;
            if (const int l = smallInteger(f); l > 0) {
                lane = l;
                continue;
            }
            if (parts.isEmpty() || parts.last() != f)
                parts.append(f);
        }
        paths.append(parts.join(QLatin1Char('/')));
        leaves.append(parts.isEmpty() ? QString() : parts.last());
        lanes.append(lane);
    }

    // Template grid column -> workbook column: the whole caption path, then the 栏次, then
    // the lowest caption, each only where it is unambiguous; then position, when the
    // columns left over on both sides are equally many.
    QHash<int, int> map;
    QSet<int> used;
    const int tcols = t.columnCount();
    const auto unique = [](const QStringList &list, const QString &s) { return !s.isEmpty() && list.count(s) == 1; };
    for (int tc = 0; tc < tcols; ++tc) {
        const QString &p = info.paths.at(tc);
        if (!unique(info.paths, p) || !unique(paths, p))
            continue;
        const int wc = int(paths.indexOf(p));
        map.insert(tc, wc);
        used.insert(wc);
    }
    for (int tc = 0; tc < tcols; ++tc) {
        const int lane = info.lanes.at(tc);
        if (map.contains(tc) || lane == 0 || info.lanes.count(lane) != 1 || lanes.count(lane) != 1)
            continue;
        const int wc = int(lanes.indexOf(lane));
        if (used.contains(wc))
            continue;
        map.insert(tc, wc);
        used.insert(wc);
    }
    for (int tc = 0; tc < tcols; ++tc) {
        const QString &leaf = info.leaves.at(tc);
        if (map.contains(tc) || !unique(info.leaves, leaf) || !unique(leaves, leaf))
            continue;
        const int wc = int(leaves.indexOf(leaf));
        if (used.contains(wc))
            continue;
        map.insert(tc, wc);
        used.insert(wc);
    }
    {
        QList<int> restT, restW;
        for (int tc = 0; tc < tcols; ++tc)
            if (!map.contains(tc))
                restT.append(tc);
        for (int wc = 0; wc < width; ++wc)
            if (!used.contains(wc))
                restW.append(wc);
        if (!restT.isEmpty() && restT.size() == restW.size())
            for (int i = 0; i < restT.size(); ++i) {
                map.insert(restT.at(i), restW.at(i));
                used.insert(restW.at(i));
            }
    }

    const QString sheetPrefix = Tr::tr("%1 (sheet \"%2\" %3)");
    const auto place = [&](int row, int col) { return sheetPrefix.arg(t.code(), sheet.name, cellName(row, col)); };
    for (int wc = 0; wc < width; ++wc)
        if (!used.contains(wc) && !paths.at(wc).isEmpty())
            out->skipped.append({place(out->headerFirstRow, firstCol + wc),
                                 Tr::tr("column “%1” is not a column of %2: not read").arg(paths.at(wc), t.code())});

    // Body rows: until the next table, a note line (注：…) or the end of the sheet.
    int bodyEnd = headerEnd;
    while (bodyEnd < endRow) {
        bool note = false;
        for (int c = firstCol; c <= lastCol && !note; ++c) {
            const QString f = fold(sheet.text(bodyEnd, c));
            if (!f.isEmpty()) {
                note = isNoteLine(f);
                break;
            }
        }
        if (note)
            break;
        ++bodyEnd;
    }
    const auto rowHasAmounts = [&](int row) {
        for (int c = firstCol; c <= lastCol; ++c) {
            const WorkbookCell *cell = sheet.cell(row, c);
            if (cell && (cell->type == WorkbookCell::Type::Number
                         || looksLikeAmount(fold(cell->text), 0)))
                return true;
        }
        return false;
    };
    const auto wbCol = [&](int tc) { return map.contains(tc) ? firstCol + map.value(tc) : -1; };
    const auto addCell = [&](const CellKey &key, int row, int col) {
        LocatedCell lc;
        lc.key = key;
        lc.row = row;
        lc.col = col;
        if (const WorkbookCell *cell = sheet.cell(row, col))
            lc.cell = *cell;
        out->cells.append(lc);
    };
    out->lastRow = headerEnd - 1;

    if (t.isCodeList()) {
        const int nCode = t.codeColumns();
        const int firstAmount = nCode + t.nameColumns();
        QList<int> codeCols;
        for (int tc = 0; tc < nCode; ++tc)
            if (wbCol(tc) >= 0)
                codeCols.append(wbCol(tc));
        int nameCol = t.nameColumns() > 0 ? wbCol(nCode) : -1;
        if (codeCols.isEmpty()) {
            // Codes in columns whose captions the template does not use ("科目编码"): the
            // unmatched columns left of the amounts.
            int firstAmountCol = lastCol + 1;
            for (int tc = firstAmount; tc < tcols; ++tc)
                if (wbCol(tc) >= 0)
                    firstAmountCol = std::min(firstAmountCol, wbCol(tc));
            for (int c = firstCol; c < firstAmountCol; ++c)
                if (c != nameCol && !used.contains(c - firstCol)) {
                    if (nameCol < 0 && leaves.at(c - firstCol).contains(QStringLiteral("名称")))
                        nameCol = c;
                    else
                        codeCols.append(c);
                }
            for (int c : std::as_const(codeCols))
                out->skipped.removeIf([&](const ImportIssue &i) { return i.place == place(out->headerFirstRow, c); });
        }
        if (codeCols.isEmpty()) {
            *why = Tr::tr("no subject code column (类/款/项 or 科目编码) in the header");
            return false;
        }
        static const QRegularExpression codeAndName(QStringLiteral("^([0-9]{3}(?:[0-9]{2}){0,2})\\s*(\\S.*)$"));
        QString cls, section;
        QSet<QString> seen;
        for (int row = headerEnd; row < bodyEnd; ++row) {
            // A code merged across the 类/款/项 columns is one joined code: read it once.
            QStringList parts;
            for (int c : std::as_const(codeCols)) {
                const WorkbookMerge *m = view.merge(row, c);
                parts.append(m && m->firstCol != c ? QString() : fold(view.text(row, c)));
            }
            QString name = nameCol >= 0 ? view.text(row, nameCol) : QString();
            QString code;
            bool total = false;
            for (const QString &p : std::as_const(parts))
                total = total || isTotalLabel(p, t);
            total = total || (nameCol >= 0 && isTotalLabel(fold(name), t));
            if (!total) {
                if (codeCols.size() == 1) {
                    const QString raw = view.text(row, codeCols.first());
                    const QString f = parts.first();
                    if (codeRe.match(f).hasMatch())
                        code = f;
                    else if (const auto m = codeAndName.match(raw.trimmed()); m.hasMatch()) {
                        code = m.captured(1);
                        if (name.isEmpty())
                            name = m.captured(2).trimmed();
                    }
                } else {
                    // Split codes: a 款 row may carry only its 款 part, a 项 row only its 项
                    // part; the parts left out are those of the rows above.
                    const QString p0 = parts.value(0), p1 = parts.value(1), p2 = parts.value(2);
                    const bool ok0 = p0.isEmpty() || codeRe.match(p0).hasMatch();
                    const bool ok1 = p1.isEmpty() || (allDigits(p1) && (p1.size() == 2 || p1.size() == 5));
                    const bool ok2 = p2.isEmpty() || (allDigits(p2) && (p2.size() == 2 || p2.size() == 7));
                    if (ok0 && ok1 && ok2) {
                        const QString c0 = p0.size() == 3 ? p0 : cls;
                        if (p0.size() > 3)
                            code = p0;
                        if (!p2.isEmpty())
                            code = p2.size() == 7 ? p2
                                                  : (p1.size() == 5 ? p1 : c0 + (p1.isEmpty() ? section : p1)) + p2;
                        else if (!p1.isEmpty())
                            code = p1.size() == 5 ? p1 : c0 + p1;
                        else if (p0.size() == 3)
                            code = p0;
                        if (code.size() != 3 && code.size() != 5 && code.size() != 7)
                            code.clear();
                    }
                }
            }
            if (!total && code.isEmpty()) {
                if (rowHasAmounts(row))
                    out->skipped.append({place(row, codeCols.first()),
                                         Tr::tr("row has amounts but no subject code or 合计 label: not read")});
                continue;
            }
            if (!total) {
                cls = code.left(3);
                section = code.size() >= 5 ? code.mid(3, 2) : QString();
            }
            const QString key = total ? TableTemplate::totalRow() : code;
            if (seen.contains(key)) {
                out->skipped.append({place(row, codeCols.first()),
                                     Tr::tr("row %1 appears a second time: not read").arg(key)});
                continue;
            }
            seen.insert(key);
            out->rows.append({key, name.simplified(), row});
            for (int tc = firstAmount; tc < tcols; ++tc)
                if (wbCol(tc) >= 0)
                    addCell(CellKey{t.id(), key, t.amountColumns().at(tc - firstAmount)}, row, wbCol(tc));
            out->lastRow = row;
        }
        return true;
    }

    // Fixed tables: each workbook row is matched, column group by column group, by its 行次,
    // its code or its line name; rows with none of these (公开09表) are taken in order.
    struct IdColumn {
        int tc;
        GridCell::Kind kind;
    };
    QList<IdColumn> idColumns;
    QHash<QString, QString> byId; // "tc|kind|folded text" -> line key
    QHash<QString, int> cellColumn; // cell key -> template column
    QList<QList<CellKey>> anonymousRows;
    for (const QList<GridCell> &row : t.body()) {
        bool identified = false;
        QList<CellKey> amounts;
        for (const GridCell &g : row) {
            if (g.kind == GridCell::Kind::Amount) {
                cellColumn.insert(g.cell.toString(), g.col);
                amounts.append(g.cell);
                continue;
            }
            if (g.kind != GridCell::Kind::LineNo && g.kind != GridCell::Kind::Code && g.kind != GridCell::Kind::Name)
                continue;
            identified = true;
            bool listed = false;
            for (const IdColumn &ic : std::as_const(idColumns))
                listed = listed || (ic.tc == g.col && ic.kind == g.kind);
            if (!listed)
                idColumns.append({g.col, g.kind});
            const QString prefix = QString::number(g.col) + QLatin1Char('|') + QString::number(int(g.kind)) + QLatin1Char('|');
            if (g.kind == GridCell::Kind::Name) {
                const QString n = fold(t.lines().at(t.lineIndex(g.text)).name);
                if (!n.isEmpty()) {
                    byId.insert(prefix + n, g.text);
                    byId.insert(prefix + withoutNumbering(n), g.text);
                }
            } else {
                byId.insert(prefix + g.text, g.text);
            }
        }
        if (!identified && !amounts.isEmpty())
            anonymousRows.append(amounts);
    }
    // 行次 first, then codes, then names: the most specific identifier wins.
    std::stable_sort(idColumns.begin(), idColumns.end(), [](const IdColumn &a, const IdColumn &b) {
        const auto rank = [](GridCell::Kind k) { return k == GridCell::Kind::LineNo ? 0 : k == GridCell::Kind::Code ? 1 : 2; };
        return rank(a.kind) < rank(b.kind);
    });
    QSet<QString> seenLines;
    int nextAnonymous = 0;
    for (int row = headerEnd; row < bodyEnd; ++row) {
        QStringList lines;
        for (const IdColumn &ic : std::as_const(idColumns)) {
            const int wc = wbCol(ic.tc);
            if (wc < 0)
                continue;
            QString f = fold(view.text(row, wc));
            if (f.isEmpty())
                continue;
            if (ic.kind == GridCell::Kind::LineNo && smallInteger(f) > 0)
                f = QString::number(smallInteger(f));
            const QString prefix = QString::number(ic.tc) + QLatin1Char('|') + QString::number(int(ic.kind)) + QLatin1Char('|');
            QString line = byId.value(prefix + f);
            if (line.isEmpty() && ic.kind == GridCell::Kind::Name)
                line = byId.value(prefix + withoutNumbering(f));
            if (!line.isEmpty() && !lines.contains(line))
                lines.append(line);
        }
        // A line identified by its 行次 in one group and by its name in the same group
        // is one line; lines already read in an earlier row are not read again.
        QList<CellKey> cells;
        for (const QString &line : std::as_const(lines)) {
            if (seenLines.contains(line))
                continue;
            seenLines.insert(line);
            cells.append(t.lines().at(t.lineIndex(line)).cells);
        }
        if (lines.isEmpty()) {
            if (!rowHasAmounts(row))
                continue;
            if (nextAnonymous < anonymousRows.size()) {
                cells = anonymousRows.at(nextAnonymous++);
            } else {
                out->skipped.append({place(row, firstCol), Tr::tr("row has amounts but matches no line of %1: not read")
                                                                   .arg(t.code())});
                continue;
            }
        }
        for (const CellKey &k : std::as_const(cells)) {
            const int wc = wbCol(cellColumn.value(k.toString(), -1));
            if (wc >= 0)
                addCell(k, row, wc);
        }
        out->lastRow = row;
    }
    return true;
}

} // namespace Juesuan
