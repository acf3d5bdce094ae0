#include "reporttemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>

namespace Juesuan {

namespace {
// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::ReportTemplate)
};

bool isItemCode(const QString &row)
{
    return SubjectCatalogue::level(row) > 0;
}
} // namespace

bool ReportTemplate::readJsonObject(const QString &path, QJsonObject *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Tr::tr("%1: not a JSON object (%2 at offset %3)").arg(path, pe.errorString()).arg(pe.offset);
        return false;
    }
    *out = doc.object();
    return true;
}

std::shared_ptr<const ReportTemplate> ReportTemplate::load(const QString &dir, QString *error)
{
    auto t = std::make_shared<ReportTemplate>();
    QJsonObject edition;
    if (!readJsonObject(dir + QStringLiteral("/edition.json"), &edition, error))
        return nullptr;
    t->m_edition = edition.value(QLatin1String("edition")).toString();
    t->m_name = edition.value(QLatin1String("name")).toString();
    t->m_directory = dir;
    QJsonObject catalogue;
    if (!readJsonObject(dir + QLatin1Char('/') + edition.value(QLatin1String("catalogue")).toString(), &catalogue, error)
        || !t->m_catalogue.fromJson(catalogue, error))
        return nullptr;
    for (const QJsonValue &v : edition.value(QLatin1String("tables")).toArray()) {
        QJsonObject tableJson;
        if (!readJsonObject(dir + QLatin1Char('/') + v.toString(), &tableJson, error))
            return nullptr;
        TableTemplate table;
        if (!table.fromJson(tableJson, error))
            return nullptr;
        if (t->m_tableIndex.contains(table.id())) {
            *error = Tr::tr("table %1 appears twice in %2").arg(table.id(), dir);
            return nullptr;
        }
        t->m_tableIndex.insert(table.id(), int(t->m_tables.size()));
        t->m_tables.append(table);
    }
    if (t->m_edition.isEmpty() || t->m_tables.isEmpty()) {
        *error = Tr::tr("%1/edition.json: an edition needs a name and tables").arg(dir);
        return nullptr;
    }
    if (!t->checkReferences(error))
        return nullptr;
    const QJsonObject prior = edition.value(QLatin1String("priorYear")).toObject();
    for (auto it = prior.begin(); it != prior.end(); ++it) {
        const CellKey key = CellKey::fromString(it.value().toString());
        const TableTemplate *target = t->table(key.table);
        const bool exists = target
                && (target->isCodeList() ? key.row == TableTemplate::totalRow() && target->amountColumns().contains(key.col)
                                         : target->hasCell(key));
        if (!exists) {
            *error = Tr::tr("%1/edition.json: priorYear.%2 names “%3”, which is not a cell of this edition")
                             .arg(dir, it.key(), it.value().toString());
            return nullptr;
        }
        t->m_priorYearSources.insert(it.key(), key);
    }
    // A template whose formulas loop is refused now, not when a document is opened:
    // build a graph with one 项 under every 类 a formula names.
    QHash<QString, QStringList> probe;
    for (const TableTemplate &tt : std::as_const(t->m_tables))
        if (tt.isCodeList())
            probe.insert(tt.id(), {QStringLiteral("2010101")});
    RecalcEngine engine;
    if (!engine.build(t->cellDefinitions(probe), {}, error)) {
        *error = Tr::tr("edition %1: %2").arg(t->m_edition, *error);
        return nullptr;
    }
    return t;
}

std::shared_ptr<const ReportTemplate> ReportTemplate::builtin(const QString &edition, QString *error)
{
    // Templates are immutable once loaded, so one copy serves every document.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const ReportTemplate>> cache;
    QMutexLocker lock(&mutex);
    if (auto t = cache.value(edition))
        return t;
    QString why;
    auto t = load(QStringLiteral(":/templates/") + edition, &why);
    if (!t) {
        if (error)
            *error = builtinEditions().contains(edition)
                    ? why
                    : Tr::tr("no template edition “%1” (this program knows %2)")
                              .arg(edition, builtinEditions().join(QStringLiteral(", ")));
        return nullptr;
    }
    cache.insert(edition, t);
    return t;
}

QStringList ReportTemplate::builtinEditions()
{
    return QDir(QStringLiteral(":/templates")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

const TableTemplate *ReportTemplate::table(const QString &id) const
{
    const int i = m_tableIndex.value(id, -1);
    return i < 0 ? nullptr : &m_tables.at(i);
}

bool ReportTemplate::checkReferences(QString *error) const
{
    const auto check = [&](const QString &where, const Formula &f) {
        for (const Formula::Term &term : f.terms()) {
            const TableTemplate *target = table(term.cell.table);
            bool ok = target != nullptr;
            if (ok && target->isCodeList())
                ok = target->amountColumns().contains(term.cell.col)
                        && (term.cell.row.isEmpty() || term.cell.row == TableTemplate::totalRow()
                            || isItemCode(term.cell.row));
            else if (ok)
                ok = target->hasCell(term.cell);
            if (!ok) {
                *error = Tr::tr("%1 refers to %2, which does not exist").arg(where, term.cell.toString());
                return false;
            }
        }
        return true;
    };
    for (const TableTemplate &t : m_tables) {
        for (auto it = t.formulas().begin(); it != t.formulas().end(); ++it)
            if (!check(Tr::tr("formula of %1").arg(it.key().toString()), it.value()))
                return false;
        for (auto it = t.columnFormulas().begin(); it != t.columnFormulas().end(); ++it)
            if (!check(Tr::tr("table %1 column %2 rule").arg(t.id(), it.key()), it.value()))
                return false;
    }
    return true;
}

QString ReportTemplate::rowName(const QString &tableId, const QString &row) const
{
    const TableTemplate *t = table(tableId);
    if (!t)
        return QString();
    if (t->isCodeList()) {
        if (row == TableTemplate::totalRow())
            return t->totalLabel();
        return m_catalogue.name(t->scheme(), row);
    }
    const int li = t->lineIndex(row);
    return li < 0 ? QString() : t->lines().at(li).name;
}

QList<RecalcEngine::Definition> ReportTemplate::cellDefinitions(const QHash<QString, QStringList> &itemRows) const
{
    QList<RecalcEngine::Definition> defs;
    for (const TableTemplate &t : m_tables) {
        if (!t.isCodeList()) {
            for (const CellKey &k : t.amountCells()) {
                const auto f = t.formulas().constFind(k);
                defs.append({k, f != t.formulas().cend(), f != t.formulas().cend() ? *f : Formula(), {}});
            }
            continue;
        }
        const QList<QPair<QString, int>> rows = TableTemplate::codeListRows(itemRows.value(t.id()));
        // Every row emits one definition per amount column, so a row's cells start at
        // first + row × columns: operands are addressed by position, with no key lookups.
        const QStringList &cols = t.amountColumns();
        const int ncols = int(cols.size());
        const int first = int(defs.size());
        QList<QList<int>> children(rows.size());
        QList<int> open = {0, -1, -1}; // the current 合计, 类 and 款 rows
        for (int r = 1; r < rows.size(); ++r) {
            const int level = rows.at(r).second;
            children[open[level - 1]].append(r);
            if (level < 3)
                open[level] = r;
        }
        QList<QPair<QList<QPair<int, int>>, bool>> columnRule(ncols); // operands by column offset
        for (int j = 0; j < ncols; ++j) {
            const auto cf = t.columnFormulas().constFind(cols.at(j));
            if (cf == t.columnFormulas().cend())
                continue;
            columnRule[j].second = true;
            for (const Formula::Term &term : cf->terms())
                columnRule[j].first.append({int(cols.indexOf(term.cell.col)), term.sign});
        }
        defs.reserve(defs.size() + rows.size() * ncols);
        for (int r = 0; r < rows.size(); ++r) {
            const int base = first + r * ncols;
            for (int j = 0; j < ncols; ++j) {
                RecalcEngine::Definition d;
                d.key = CellKey{t.id(), rows.at(r).first, cols.at(j)};
                if (columnRule.at(j).second) {
                    d.computed = true;
                    for (const auto &op : columnRule.at(j).first)
                        d.operandIndexes.append({base + op.first, op.second});
                } else if (rows.at(r).second != 3) {
                    d.computed = true;
                    for (int child : children.at(r))
                        d.operandIndexes.append({first + child * ncols + j, 1});
                }
                defs.append(d);
            }
        }
    }
    return defs;
}

bool ReportTemplate::isInputCell(const CellKey &key) const
{
    const TableTemplate *t = table(key.table);
    if (!t || !t->hasCell(key))
        return false;
    if (t->isCodeList())
        return SubjectCatalogue::level(key.row) == 3 && !t->columnFormulas().contains(key.col);
    return !t->formulas().contains(key);
}

} // namespace Juesuan
