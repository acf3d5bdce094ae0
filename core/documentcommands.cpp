#include "documentcommands.h"

#include "document.h"

#include <QCoreApplication>

namespace Juesuan {

SetCellsCommand::SetCellsCommand(Document *document, const QList<QPair<CellKey, Money>> &changes,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document)
{
    for (const auto &c : changes)
        m_changes.append({c.first, document->value(c.first), c.second});
}

void SetCellsCommand::redo()
{
    QList<QPair<CellKey, Money>> values;
    values.reserve(m_changes.size());
    for (const Change &c : std::as_const(m_changes))
        values.append({c.key, c.after});
    m_document->applyCells(values);
}

void SetCellsCommand::undo()
{
    QList<QPair<CellKey, Money>> values;
    values.reserve(m_changes.size());
    for (const Change &c : std::as_const(m_changes))
        values.append({c.key, c.before});
    m_document->applyCells(values);
}

int SetCellsCommand::id() const
{
    return m_changes.size() == 1 ? CellCommandId : -1;
}

bool SetCellsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetCellsCommand *>(other);
    if (o->m_changes.size() != 1 || o->m_changes.first().key != m_changes.first().key)
        return false;
    m_changes.first().after = o->m_changes.first().after;
    setObsolete(m_changes.first().after == m_changes.first().before);
    return true;
}

ItemRowCommand::ItemRowCommand(Document *document, const QString &table, const QString &code, bool add,
                               const QString &name, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_table(table), m_code(code), m_add(add), m_name(name),
      m_namesBefore(document->itemNames())
{
    const TableTemplate *t = document->reportTemplate().table(table);
    setText((add ? QCoreApplication::translate("Juesuan::Document", "Add row %1 %2")
                 : QCoreApplication::translate("Juesuan::Document", "Remove row %1 %2"))
                    .arg(code, name.isEmpty() ? document->rowName(table, code) : name)
                    .trimmed());
    if (!add)
        for (const QString &col : t->amountColumns()) {
            const CellKey k{table, code, col};
            if (document->isInput(k) && !document->value(k).isBlank())
                m_values.append({k, document->value(k)});
        }
}

void ItemRowCommand::apply(bool add)
{
    if (!m_name.isEmpty()) {
        QMap<QString, QString> names = m_namesBefore;
        if (add)
            names.insert(m_code, m_name);
        m_document->applyItemNames(names); // before the rows, so that their views read the name
    }
    QStringList codes = m_document->itemRows(m_table);
    if (add)
        codes.append(m_code);
    else
        codes.removeAll(m_code);
    m_document->applyItemRows(m_table, codes, add ? m_values : QList<QPair<CellKey, Money>>());
}

void ItemRowCommand::redo()
{
    apply(m_add);
}

void ItemRowCommand::undo()
{
    apply(!m_add);
}

ImportTablesCommand::ImportTablesCommand(Document *document, State before, State after, const QString &text,
                                         std::optional<RecalcEngine> built, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_built(std::move(built))
{
}

void ImportTablesCommand::redo()
{
    m_document->applyTables(m_after.itemRows, m_after.inputs, m_after.itemNames, m_built ? &*m_built : nullptr);
    m_built.reset();
}

void ImportTablesCommand::undo()
{
    m_document->applyTables(m_before.itemRows, m_before.inputs, m_before.itemNames);
}

} // namespace Juesuan
