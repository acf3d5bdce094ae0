#include "reporttemplate.h"

#include "editionoverlay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

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
    QStringList seen;
    auto t = loadChain(QDir::cleanPath(dir), &seen, error);
    if (!t)
        return nullptr;
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

std::shared_ptr<ReportTemplate> ReportTemplate::loadChain(const QString &dir, QStringList *seen, QString *error)
{
    const QString editionFile = dir + QStringLiteral("/edition.json");
    if (seen->contains(dir)) {
        *error = Tr::tr("%1: the editions inherit from each other in a circle (%2)")
                         .arg(editionFile, (*seen + QStringList{dir}).join(QStringLiteral(" → ")));
        return nullptr;
    }
    seen->append(dir);
    QJsonObject edition;
    if (!readJsonObject(editionFile, &edition, error))
        return nullptr;
    static const QStringList members = {
        QStringLiteral("edition"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("base"),
        QStringLiteral("catalogue"), QStringLiteral("catalogueChanges"), QStringLiteral("audit"),
        QStringLiteral("auditChanges"), QStringLiteral("quantities"), QStringLiteral("figures"),
        QStringLiteral("printedAnchors"), QStringLiteral("tables"), QStringLiteral("comment"),
        QStringLiteral("textChecks")}; // textChecks: read by TextCheckTable
    for (auto it = edition.begin(); it != edition.end(); ++it)
        if (!members.contains(it.key())) {
            *error = Tr::tr("%1: unknown member “%2”").arg(editionFile, it.key());
            return nullptr;
        }

    // Start from the base edition, or from nothing.
    std::shared_ptr<ReportTemplate> t;
    const QString base = edition.value(QLatin1String("base")).toString();
    if (edition.contains(QLatin1String("base"))) {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
        if (!plain.match(base).hasMatch()) {
            *error = Tr::tr("%1: base “%2” is not the name of an edition").arg(editionFile, base);
            return nullptr;
        }
        const QString baseDir = QDir::cleanPath(dir + QStringLiteral("/../") + base);
        if (!QFileInfo::exists(baseDir + QStringLiteral("/edition.json")) && !seen->contains(baseDir)) {
            *error = Tr::tr("%1: base edition “%2” does not exist (no %3)").arg(editionFile, base, baseDir + QStringLiteral("/edition.json"));
            return nullptr;
        }
        t = loadChain(baseDir, seen, error);
        if (!t)
            return nullptr;
    } else {
        t = std::make_shared<ReportTemplate>();
    }
    t->m_edition = edition.value(QLatin1String("edition")).toString();
    t->m_name = edition.value(QLatin1String("name")).toString();
    t->m_description = edition.value(QLatin1String("description")).toString();
    t->m_directory = dir;
    t->m_lineage.append(t->m_edition);
    if (t->m_edition.isEmpty()) {
        *error = Tr::tr("%1: an edition needs a name (“edition”)").arg(editionFile);
        return nullptr;
    }

    // Subject catalogue: a whole file replaces the base's; changes amend it.
    if (edition.contains(QLatin1String("catalogue"))) {
        const QString file = dir + QLatin1Char('/') + edition.value(QLatin1String("catalogue")).toString();
        if (!readJsonObject(file, &t->m_catalogueJson, error))
            return nullptr;
    }
    if (edition.contains(QLatin1String("catalogueChanges"))) {
        const QString file = dir + QLatin1Char('/') + edition.value(QLatin1String("catalogueChanges")).toString();
        QJsonObject changes;
        QList<EditionOverlay::CodeMove> moves;
        if (!readJsonObject(file, &changes, error)
            || !EditionOverlay::applyCatalogueChanges(&t->m_catalogueJson, changes, file, &moves, error))
            return nullptr;
        for (const EditionOverlay::CodeMove &m : std::as_const(moves))
            t->m_moves.append({t->m_edition, m.scheme, m.from, m.to});
    }
    t->m_catalogue = SubjectCatalogue();
    if (!t->m_catalogue.fromJson(t->m_catalogueJson, error)) {
        *error = Tr::tr("edition %1: catalogue: %2").arg(t->m_edition, *error);
        return nullptr;
    }

    // Tables: each file replaces the base's table of the same id, or adds one.
    const QJsonArray tableFiles = edition.value(QLatin1String("tables")).toArray();
    QSet<QString> own;
    for (const QJsonValue &v : tableFiles) {
        QJsonObject tableJson;
        if (!readJsonObject(dir + QLatin1Char('/') + v.toString(), &tableJson, error))
            return nullptr;
        TableTemplate table;
        if (!table.fromJson(tableJson, error))
            return nullptr;
        if (own.contains(table.id())) {
            *error = Tr::tr("table %1 appears twice in %2").arg(table.id(), dir);
            return nullptr;
        }
        own.insert(table.id());
        const int at = t->m_tableIndex.value(table.id(), -1);
        if (at >= 0) {
            t->m_tables[at] = table;
        } else {
            t->m_tableIndex.insert(table.id(), int(t->m_tables.size()));
            t->m_tables.append(table);
        }
    }
    if (t->m_tables.isEmpty()) {
        *error = Tr::tr("%1/edition.json: an edition needs a name and tables").arg(dir);
        return nullptr;
    }
    if (!t->checkReferences(error))
        return nullptr;

    // Audit rules: a whole file replaces the base's; changes add, replace and remove by id.
    if (edition.contains(QLatin1String("audit"))) {
        t->m_auditFile = dir + QLatin1Char('/') + edition.value(QLatin1String("audit")).toString();
        if (!readJsonObject(t->m_auditFile, &t->m_audit, error))
            return nullptr;
    }
    if (edition.contains(QLatin1String("auditChanges"))) {
        const QString file = dir + QLatin1Char('/') + edition.value(QLatin1String("auditChanges")).toString();
        QJsonObject changes;
        if (!readJsonObject(file, &changes, error) || !EditionOverlay::applyAuditChanges(&t->m_audit, changes, file, error))
            return nullptr;
        t->m_auditFile = file;
    }

    // Named quantities: each name defined here replaces the base's. Every quantity, also an
    // inherited one, must name cells of this edition's tables.
    const QJsonObject quantities = edition.value(QLatin1String("quantities")).toObject();
    for (auto it = quantities.begin(); it != quantities.end(); ++it)
        t->m_quantityTexts.insert(it.key(), it.value().toString());
    t->m_quantities.clear();
    for (auto it = t->m_quantityTexts.cbegin(); it != t->m_quantityTexts.cend(); ++it) {
        Formula f;
        QString why;
        bool ok = Formula::parse(it.value(), QString(), &f, &why) && !f.isEmpty();
        for (const Formula::Term &term : f.terms())
            ok = ok && t->cellExists(term.cell);
        if (!ok) {
            *error = Tr::tr("%1: quantities.%2: “%3” does not name cells of edition %4%5")
                             .arg(editionFile, it.key(), it.value(), t->m_edition,
                                  why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'));
            return nullptr;
        }
        t->m_quantities.insert(it.key(), f);
    }

    // Figures: 上年 figures and facts, by key.
    FigureCatalogue figures;
    if (!figures.fromJson(edition.value(QLatin1String("figures")).toArray(), t->m_figures,
                          editionFile + QStringLiteral(": figures"), error))
        return nullptr;
    for (const FigureCatalogue::Figure &f : figures.figures())
        if (!f.prior.isEmpty() && !t->m_quantities.contains(f.prior)) {
            *error = Tr::tr("%1: figure %2 is read from quantity “%3”, which the edition does not define")
                             .arg(editionFile, f.key, f.prior);
            return nullptr;
        }
    t->m_figures = figures;

    if (edition.contains(QLatin1String("printedAnchors"))) {
        t->m_printedAnchors.clear();
        for (const QJsonValue &v : edition.value(QLatin1String("printedAnchors")).toArray())
            t->m_printedAnchors.append(CellKey::fromString(v.toString()));
    }
    for (const CellKey &k : std::as_const(t->m_printedAnchors))
        if (!t->cellExists(k)) {
            *error = Tr::tr("%1: printedAnchors: “%2” is not a cell of edition %3").arg(editionFile, k.toString(), t->m_edition);
            return nullptr;
        }
    return t;
}

bool ReportTemplate::cellExists(const CellKey &key) const
{
    const TableTemplate *target = table(key.table);
    return key.isValid() && target
            && (target->isCodeList() ? key.row == TableTemplate::totalRow() && target->amountColumns().contains(key.col)
                                     : target->hasCell(key));
}

const Formula &ReportTemplate::quantity(const QString &name) const
{
    static const Formula none;
    const auto it = m_quantities.constFind(name);
    return it == m_quantities.cend() ? none : *it;
}

QStringList ReportTemplate::quantityNames() const
{
    QStringList names = m_quantities.keys();
    names.sort();
    return names;
}

CellKey ReportTemplate::quantityCell(const QString &name) const
{
    const Formula &f = quantity(name);
    return f.terms().size() == 1 && f.terms().first().sign == 1 ? f.terms().first().cell : CellKey();
}

std::shared_ptr<const ReportTemplate> ReportTemplate::builtin(const QString &edition, QString *error)
{
    // Templates are immutable once loaded, so one copy serves every document.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const ReportTemplate>> cache;
    QMutexLocker lock(&mutex);
    if (auto t = cache.value(edition))
        return t;
    if (!builtinEditions().contains(edition)) {
        if (error)
            *error = Tr::tr("no template edition “%1” (this program knows %2)")
                             .arg(edition, builtinEditions().join(QStringLiteral(", ")));
        return nullptr;
    }
    QString why;
    auto t = load(QStringLiteral(":/templates/") + edition, &why);
    if (!t) {
        if (error)
            *error = why;
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
