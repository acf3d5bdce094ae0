#include "document.h"

#include "documentcommands.h"
#include "subjectcatalogue.h"
#include "subjectnames.h"
#include "usercatalogue.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Juesuan {

Document::Document(std::shared_ptr<const ReportTemplate> reportTemplate, QObject *parent)
    : QObject(parent), m_template(std::move(reportTemplate)), m_undoStack(new QUndoStack(this)),
      m_printed(std::make_unique<PrintedValues>(*this))
{
    Q_ASSERT(m_template);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    QString error;
    rebuild({}, {}, nullptr, &error); // a loaded template has no cycles, so this cannot fail
}

Document::~Document() = default;

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::markSaved()
{
    m_undoStack->setClean();
}

void Document::setMetadata(const Metadata &metadata)
{
    if (metadata == m_metadata)
        return;
    m_undoStack->push(new ChangeValueCommand<Metadata>(
            tr("Edit report details"), QStringLiteral("metadata"), m_metadata, metadata,
            [this](const Metadata &m) { applyMetadata(m); }));
}

void Document::setNarrativeStyle(const NarrativeStyle &style)
{
    if (style == m_narrativeStyle)
        return;
    m_undoStack->push(new ChangeValueCommand<NarrativeStyle>(
            tr("Change the style of the explanations"), QString(), m_narrativeStyle, style,
            [this](const NarrativeStyle &s) { applyNarrativeStyle(s); }));
}

bool Document::isComputed(const CellKey &key) const
{
    const int id = m_engine.idOf(key);
    return id >= 0 && m_engine.isComputed(id);
}

QList<CellKey> Document::operands(const CellKey &key) const
{
    QList<CellKey> out;
    const int id = m_engine.idOf(key);
    if (id >= 0)
        for (int op : m_engine.operandsOf(id))
            out.append(m_engine.keyOf(op));
    return out;
}

QList<CellKey> Document::dependents(const CellKey &key) const
{
    QList<CellKey> out;
    const int id = m_engine.idOf(key);
    if (id >= 0)
        for (int dep : m_engine.dependentsOf(id))
            out.append(m_engine.keyOf(dep));
    return out;
}

QHash<CellKey, Money> Document::inputValues() const
{
    QHash<CellKey, Money> out;
    for (int id = 0; id < m_engine.cellCount(); ++id)
        if (!m_engine.isComputed(id) && !m_engine.value(id).isBlank())
            out.insert(m_engine.keyOf(id), m_engine.value(id));
    return out;
}

QList<QPair<QString, int>> Document::bodyRows(const QString &table) const
{
    return TableTemplate::codeListRows(m_itemRows.value(table));
}

QString Document::rowName(const QString &table, const QString &row) const
{
    const TableTemplate *t = m_template->table(table);
    if (!t || !t->isCodeList() || row == TableTemplate::totalRow()
        || t->scheme() != SubjectCatalogue::Scheme::Functional)
        return m_template->rowName(table, row);
    return SubjectNames(*this).entry(row).name; // document > imported > bundled
}

bool Document::isPrintedRow(const QString &table, const QString &row) const
{
    const TableTemplate *t = m_template->table(table);
    if (!t || !t->isCodeList() || row == TableTemplate::totalRow())
        return true;
    // A row with an amount is printed; a 项 row without one is not. Only a 类 or 款 row whose
    // sums are zero looks at the rows under it (amounts that cancel out): the report asks
    // for every row, and a look through all items per row was quadratic in the items.
    for (const QString &col : t->amountColumns())
        if (m_engine.value(CellKey{table, row, col}).fen() != 0)
            return true;
    if (SubjectCatalogue::level(row) == 3)
        return false;
    for (const QString &code : m_itemRows.value(table)) {
        if (!code.startsWith(row))
            continue;
        for (const QString &col : t->amountColumns())
            if (m_engine.value(CellKey{table, code, col}).fen() != 0)
                return true;
    }
    return false;
}

void Document::subjectNamesChanged()
{
    emit documentReset();
}

bool Document::isKnownSubject(const QString &table, const QString &code) const
{
    const TableTemplate *t = m_template->table(table);
    if (!t)
        return false;
    if (m_template->catalogue().contains(t->scheme(), code) || m_itemNames.contains(code))
        return true;
    return t->scheme() == SubjectCatalogue::Scheme::Functional
            && UserCatalogue::forEdition(m_template->edition())->contains(code);
}

QString Document::checkInput(const CellKey &key, const Money &value) const
{
    Q_UNUSED(value);
    if (!m_engine.contains(key)) {
        const TableTemplate *t = m_template->table(key.table);
        if (!t)
            return tr("there is no table %1").arg(key.table);
        return tr("%1 is not a cell of %2").arg(key.row + QLatin1Char('@') + key.col, t->code());
    }
    if (isComputed(key))
        return tr("%1 is computed from other cells and cannot be typed into").arg(key.toString());
    return QString();
}

bool Document::setCell(const CellKey &key, const Money &value, QString *error)
{
    return setCells({{key, value}}, QString(), error);
}

bool Document::setCells(const QList<QPair<CellKey, Money>> &changes, const QString &actionText, QString *error)
{
    QList<QPair<CellKey, Money>> effective;
    QSet<CellKey> seen;
    for (const auto &c : changes) {
        const QString why = checkInput(c.first, c.second);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        if (seen.contains(c.first)) {
            // The last value for a cell wins, as when typing twice.
            for (auto &e : effective)
                if (e.first == c.first)
                    e.second = c.second;
            continue;
        }
        seen.insert(c.first);
        if (value(c.first) != c.second)
            effective.append(c);
    }
    if (effective.isEmpty())
        return true;
    QString text = actionText;
    if (text.isEmpty()) {
        const CellKey &k = effective.first().first;
        const TableTemplate *t = m_template->table(k.table);
        text = effective.size() == 1
                ? tr("Edit %1 %2 column %3").arg(t->code(), rowName(k.table, k.row).isEmpty() ? k.row : rowName(k.table, k.row), k.col)
                : tr("Edit %n cells", nullptr, int(effective.size()));
    }
    m_undoStack->push(new SetCellsCommand(this, effective, text));
    return true;
}

namespace {

// Why `code` cannot be added as a 项 row of `table`, whatever its name: the table lists no
// subjects, the code is not a 项 code, or the row is there already. Empty when it can be.
QString itemRowRefusal(const TableTemplate *t, const QString &table, const QString &code, const QStringList &rows)
{
    if (!t || !t->isCodeList())
        return Document::tr("table %1 has no subject rows").arg(table);
    if (SubjectCatalogue::level(code) != 3 || code.toLongLong() <= 0)
        return Document::tr("“%1” is not a 项 code (7 digits)").arg(code);
    if (rows.contains(code))
        return Document::tr("%1 already has row %2").arg(t->code(), code);
    return QString();
}

} // namespace

bool Document::addItemRow(const QString &table, const QString &code, QString *error)
{
    QString why = itemRowRefusal(m_template->table(table), table, code, m_itemRows.value(table));
    if (why.isEmpty() && !isKnownSubject(table, code))
        why = tr("%1 is not in the %2 subject catalogue: give its name after the code (%1 名称)")
                      .arg(code, m_template->edition());
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_undoStack->push(new ItemRowCommand(this, table, code, true));
    return true;
}

bool Document::addItemRow(const QString &table, const QString &code, const QString &name, QString *error)
{
    const QString given = name.simplified();
    if (given.isEmpty() || isKnownSubject(table, code))
        return addItemRow(table, code, error);
    QString why = itemRowRefusal(m_template->table(table), table, code, m_itemRows.value(table));
    if (why.isEmpty() && !isKnownSubject(table, code.left(3)))
        why = tr("%1: the 类 %2 is not in the %3 subject catalogue").arg(code, code.left(3), m_template->edition());
    else if (why.isEmpty() && !isKnownSubject(table, code.left(5)))
        why = tr("%1: the 款 %2 is not in the %3 subject catalogue").arg(code, code.left(5), m_template->edition());
    else if (why.isEmpty() && given.size() > 200)
        why = tr("the name of %1 must be one line of at most 200 characters").arg(code);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_undoStack->push(new ItemRowCommand(this, table, code, true, given));
    return true;
}

bool Document::removeItemRow(const QString &table, const QString &code, QString *error)
{
    if (!m_itemRows.value(table).contains(code)) {
        if (error)
            *error = tr("table %1 has no row %2").arg(table, code);
        return false;
    }
    m_undoStack->push(new ItemRowCommand(this, table, code, false));
    return true;
}

bool Document::importTables(const QStringList &tables, const QHash<QString, QStringList> &itemRows,
                            const QHash<CellKey, Money> &inputs, const QMap<QString, QString> &names,
                            const QString &actionText, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QMap<QString, QString> newNames = m_itemNames;
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (SubjectCatalogue::level(it.key()) == 0 || it.value().trimmed().isEmpty())
            return refuse(tr("“%1” cannot name subject “%2”").arg(it.value(), it.key()));
        newNames.insert(it.key(), it.value().trimmed());
    }
    QHash<QString, QStringList> newRows = m_itemRows;
    QSet<QString> replaced;
    for (const QString &id : tables) {
        const TableTemplate *t = m_template->table(id);
        if (!t)
            return refuse(tr("there is no table %1").arg(id));
        replaced.insert(id);
        if (!t->isCodeList()) {
            if (!itemRows.value(id).isEmpty())
                return refuse(tr("%1 is a fixed table and has no subject rows").arg(t->code()));
            continue;
        }
        QStringList codes = itemRows.value(id);
        std::sort(codes.begin(), codes.end());
        for (int i = 0; i < codes.size(); ++i) {
            const QString &code = codes.at(i);
            bool digits = SubjectCatalogue::level(code) == 3;
            for (QChar c : code)
                digits = digits && c.isDigit() && c.unicode() < 128;
            if (!digits)
                return refuse(tr("%1: “%2” is not a 项 code (7 digits)").arg(t->code(), code));
            if (i > 0 && codes.at(i - 1) == code)
                return refuse(tr("%1: row %2 is listed twice").arg(t->code(), code));
            for (const QString &part : {code.left(3), code.left(5), code})
                if (!isKnownSubject(id, part) && !newNames.contains(part))
                    return refuse(tr("%1: %2 is not in the %3 subject catalogue and has no name")
                                          .arg(t->code(), part, m_template->edition()));
        }
        if (codes.isEmpty())
            newRows.remove(id);
        else
            newRows.insert(id, codes);
    }
    QHash<CellKey, Money> newInputs;
    const QHash<CellKey, Money> current = inputValues();
    for (auto it = current.begin(); it != current.end(); ++it)
        if (!replaced.contains(it.key().table))
            newInputs.insert(it.key(), it.value());
    QHash<QString, QSet<QString>> rowSets; // a large import checks tens of thousands of cells
    for (const QString &id : tables)
        rowSets.insert(id, QSet<QString>(newRows.value(id).cbegin(), newRows.value(id).cend()));
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const CellKey &k = it.key();
        const TableTemplate *t = m_template->table(k.table);
        if (!replaced.contains(k.table) || !t || !t->hasCell(k)
            || (t->isCodeList() && !rowSets.value(k.table).contains(k.row)))
            return refuse(tr("%1 is not a cell of the imported tables").arg(k.toString()));
        if (!m_template->isInputCell(k))
            return refuse(tr("%1 is computed from other cells and cannot be imported").arg(k.toString()));
        if (!it.value().isBlank())
            newInputs.insert(k, it.value());
    }
    // Build once before pushing, so that a refusal leaves the stack and the document alone.
    RecalcEngine probe;
    QString why;
    if (!probe.build(m_template->cellDefinitions(newRows), newInputs, &why))
        return refuse(why);

    // The checked engine becomes the document's on the first redo: a large import builds once.
    m_undoStack->push(new ImportTablesCommand(this, {m_itemRows, current, m_itemNames},
                                              {newRows, newInputs, newNames},
                                              actionText.isEmpty() ? tr("Import tables") : actionText,
                                              std::move(probe)));
    return true;
}

Money Document::quantity(const QString &name) const
{
    const Formula &f = m_template->quantity(name);
    if (f.isEmpty())
        return Money();
    // The figures the tables print. One cell is returned as it is (blank stays blank).
    if (f.terms().size() == 1 && f.terms().first().sign > 0)
        return m_printed->printedValue(f.terms().first().cell);
    Money sum = Money::fromFen(0);
    for (const Formula::Term &term : f.terms()) {
        const Money v = m_printed->printedValue(term.cell);
        sum += term.sign < 0 ? Money::fromFen(0) - v : v;
    }
    return sum;
}

void Document::setPriorYear(const QString &key, const Money &value)
{
    Q_ASSERT(m_template->figures().isPriorYear(key));
    if (priorYear(key) == value)
        return;
    m_undoStack->push(new ChangeValueCommand<Money>(
            tr("Edit prior-year %1").arg(priorYearLabel(key)), QStringLiteral("prior/") + key,
            priorYear(key), value, [this, key](const Money &v) { applyPriorYear(key, v); }));
}

void Document::setBudget(const QString &itemCode, const Money &value)
{
    if (budget(itemCode) == value)
        return;
    m_undoStack->push(new ChangeValueCommand<Money>(
            tr("Edit initial budget of %1").arg(itemCode), QStringLiteral("budget/") + itemCode,
            budget(itemCode), value, [this, itemCode](const Money &v) { applyBudget(itemCode, v); }));
}

Money Document::factAmount(const QString &key) const
{
    const auto it = m_facts.constFind(key);
    return it == m_facts.constEnd() ? Money() : Money::fromFen(it.value());
}

bool Document::setFact(const QString &key, std::optional<qint64> value, QString *error)
{
    const QString why = value ? checkFact(key, *value) : (m_template->figures().isFact(key) ? QString()
                                                                                               : checkFact(key, 0));
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const std::optional<qint64> before =
            m_facts.contains(key) ? std::optional<qint64>(m_facts.value(key)) : std::nullopt;
    if (before == value)
        return true;
    m_undoStack->push(new ChangeValueCommand<std::optional<qint64>>(
            tr("Edit %1").arg(factLabel(key)), QStringLiteral("fact/") + key, before, value,
            [this, key](const std::optional<qint64> &v) { applyFact(key, v); }));
    return true;
}

QStringList Document::textKeys()
{
    return {QStringLiteral("duties"), QStringLiteral("organization"), QStringLiteral("keyWork"),
            QStringLiteral("glossary")};
}

bool Document::isValidTextKey(const QString &key)
{
    if (textKeys().contains(key))
        return true;
    // "reason.<id>": a 主要原因; "detached.<section id>": a 第三部分 section the user words
    // (NarrativeOverrides).
    const qsizetype head = key.startsWith(QLatin1String("reason."))       ? 7
                         : key.startsWith(QLatin1String("detached.")) ? 9
                                                                          : 0;
    if (head == 0 || key.size() <= head)
        return false;
    for (QChar c : key.mid(head))
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-')))
            return false;
    return true;
}

void Document::setText(const QString &key, const QString &text)
{
    Q_ASSERT(isValidTextKey(key));
    if (this->text(key) == text)
        return;
    m_undoStack->push(new ChangeValueCommand<QString>(
            tr("Edit text"), QStringLiteral("text/") + key, this->text(key), text,
            [this, key](const QString &v) { applyText(key, v); }));
}

void Document::setKeyWork(const QList<KeyWorkItem> &items, const QString &actionText)
{
    if (items == m_keyWork)
        return;
    m_undoStack->push(new ChangeValueCommand<QList<KeyWorkItem>>(
            actionText, QString(), m_keyWork, items, [this](const QList<KeyWorkItem> &v) { applyKeyWork(v); }));
}

void Document::setEvaluations(const QList<EvaluationForm> &forms, const QString &actionText,
                              const QString &mergeKey)
{
    if (forms == m_evaluations)
        return;
    m_undoStack->push(new ChangeValueCommand<QList<EvaluationForm>>(
            actionText, mergeKey.isEmpty() ? QString() : QStringLiteral("evaluations/") + mergeKey,
            m_evaluations, forms,
            [this](const QList<EvaluationForm> &v) { applyEvaluations(v); }));
}

Document::EditionState Document::editionState() const
{
    return {m_template, m_itemRows, inputValues(), m_itemNames, m_priorYear, m_budgets, m_facts};
}

void Document::changeEdition(const EditionState &next, const QString &actionText)
{
    m_undoStack->push(new ChangeValueCommand<EditionState>(
            actionText, QString(), editionState(), next, [this](const EditionState &s) {
                QString error;
                if (!applyEditionState(s, &error)) // the caller built it once already
                    qFatal("Juesuan: changing the edition failed: %s", qPrintable(error));
            }));
}

bool Document::applyEditionState(const EditionState &state, QString *error)
{
    Q_ASSERT(state.reportTemplate);
    RecalcEngine next;
    if (!next.build(state.reportTemplate->cellDefinitions(state.itemRows), state.inputs, error))
        return false;
    m_template = state.reportTemplate;
    m_engine = std::move(next);
    m_itemRows = state.itemRows;
    m_itemNames = state.itemNames;
    m_priorYear = state.priorYear;
    m_budgets = state.budgets;
    m_facts = state.facts;
    m_printed->invalidate();
    emit editionChanged();
    emit documentReset();
    emit figuresChanged();
    return true;
}

QList<CellKey> Document::applyCells(const QList<QPair<CellKey, Money>> &changes)
{
    QList<QPair<int, Money>> byId;
    byId.reserve(changes.size());
    for (const auto &c : changes) {
        const int id = m_engine.idOf(c.first);
        if (id >= 0)
            byId.append({id, c.second});
    }
    const QList<int> changedIds = m_engine.setValues(byId);
    m_printed->cellsChanged(changedIds);
    QList<CellKey> changed;
    changed.reserve(changedIds.size());
    for (int id : changedIds)
        changed.append(m_engine.keyOf(id));
    if (!changed.isEmpty())
        emit cellsChanged(changed);
    return changed;
}

void Document::applyItemRows(const QString &table, const QStringList &codes,
                             const QList<QPair<CellKey, Money>> &values)
{
    QHash<QString, QStringList> rows = m_itemRows;
    QStringList sorted = codes;
    std::sort(sorted.begin(), sorted.end());
    rows.insert(table, sorted);
    QHash<CellKey, Money> inputs = inputValues();
    for (const auto &v : values)
        inputs.insert(v.first, v.second);
    QList<CellKey> changed;
    QString error;
    if (!rebuild(rows, inputs, &changed, &error))
        qFatal("Juesuan: rebuilding the tables failed: %s", qPrintable(error)); // templates are checked at load
    emit rowsChanged(table);
    if (!changed.isEmpty())
        emit cellsChanged(changed);
}

bool Document::rebuild(const QHash<QString, QStringList> &itemRows, const QHash<CellKey, Money> &inputs,
                       QList<CellKey> *changed, QString *error)
{
    RecalcEngine next;
    if (!next.build(m_template->cellDefinitions(itemRows), inputs, error))
        return false;
    if (changed) {
        for (int id = 0; id < next.cellCount(); ++id) {
            const CellKey &k = next.keyOf(id);
            if (next.value(id) != m_engine.value(k))
                changed->append(k);
        }
    }
    m_engine = std::move(next);
    m_itemRows = itemRows;
    m_printed->invalidate();
    return true;
}

bool Document::resetTables(const QHash<QString, QStringList> &itemRows, const QHash<CellKey, Money> &inputs,
                           QString *error)
{
    QHash<QString, QStringList> sortedRows;
    for (auto it = itemRows.begin(); it != itemRows.end(); ++it) {
        QStringList s = it.value();
        if (!std::is_sorted(s.cbegin(), s.cend()))
            std::sort(s.begin(), s.end());
        sortedRows.insert(it.key(), s);
    }
    if (!rebuild(sortedRows, inputs, nullptr, error))
        return false;
    emit documentReset();
    return true;
}

void Document::applyMetadata(const Metadata &metadata)
{
    m_metadata = metadata;
    emit metadataChanged();
}

void Document::applyNarrativeStyle(const NarrativeStyle &style)
{
    m_narrativeStyle = style;
    emit narrativeStyleChanged();
}

void Document::applyPriorYear(const QString &key, const Money &value)
{
    if (value.isBlank())
        m_priorYear.remove(key);
    else
        m_priorYear.insert(key, value);
    emit figuresChanged();
}

void Document::applyBudget(const QString &itemCode, const Money &value)
{
    if (value.isBlank())
        m_budgets.remove(itemCode);
    else
        m_budgets.insert(itemCode, value);
    emit figuresChanged();
}

void Document::applyFact(const QString &key, std::optional<qint64> value)
{
    if (value)
        m_facts.insert(key, *value);
    else
        m_facts.remove(key);
    emit figuresChanged();
}

void Document::applyText(const QString &key, const QString &text)
{
    if (text.isEmpty())
        m_texts.remove(key);
    else
        m_texts.insert(key, text);
    emit textChanged(key);
}

void Document::applyKeyWork(const QList<KeyWorkItem> &items)
{
    m_keyWork = items;
    emit keyWorkChanged();
}

void Document::applyEvaluations(const QList<EvaluationForm> &forms)
{
    m_evaluations = forms;
    emit evaluationsChanged();
}

void Document::applyItemNames(const QMap<QString, QString> &names)
{
    m_itemNames = names;
}

void Document::applyTables(const QHash<QString, QStringList> &itemRows, const QHash<CellKey, Money> &inputs,
                           const QMap<QString, QString> &names, RecalcEngine *prebuilt)
{
    m_itemNames = names;
    QString error;
    if (prebuilt) {
        m_engine = std::move(*prebuilt);
        m_itemRows = itemRows;
    } else if (!rebuild(itemRows, inputs, nullptr, &error))
        qFatal("Juesuan: rebuilding the tables failed: %s", qPrintable(error)); // checked before the push
    emit documentReset();
}

} // namespace Juesuan
