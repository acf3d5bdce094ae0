#pragma once

#include "cellkey.h"
#include "money.h"
#include "recalcengine.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Juesuan {

class Document;

// Ids of commands that merge with their successor (QUndoCommand::id()).
enum CommandId {
    CellCommandId = 1,   // repeated edits of one cell
    ValueCommandId = 2,  // repeated edits of one text, figure or field
};

// Sets one or many input cells; the engine recomputes their dependents. A paste is one
// such command. Successive single-cell edits of the same cell merge, and an edit that
// brings a cell back to where it started makes the command obsolete.
class SetCellsCommand : public QUndoCommand
{
public:
    SetCellsCommand(Document *document, const QList<QPair<CellKey, Money>> &changes,
                    const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    struct Change {
        CellKey key;
        Money before;
        Money after;
    };
    Document *m_document;
    QList<Change> m_changes;
};

// Adds or removes one 项 row of a code-list table. Removing remembers the row's values so
// that undo brings them back. Adding with a name also gives the code that name in the
// document (a 项 no catalogue knows); undo takes the name back.
class ItemRowCommand : public QUndoCommand
{
public:
    ItemRowCommand(Document *document, const QString &table, const QString &code, bool add,
                   const QString &name = QString(), QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(bool add);
    Document *m_document;
    QString m_table;
    QString m_code;
    bool m_add;
    QString m_name;
    QMap<QString, QString> m_namesBefore;
    QList<QPair<CellKey, Money>> m_values;
};

// Replaces the tables' item rows, inputs and subject names as a whole (a workbook import):
// both directions install a snapshot, so undo cannot drift from redo.
class ImportTablesCommand : public QUndoCommand
{
public:
    struct State {
        QHash<QString, QStringList> itemRows;
        QHash<CellKey, Money> inputs;
        QMap<QString, QString> itemNames;
    };
    // `built`: the engine of `after`, already built; the first redo installs it.
    ImportTablesCommand(Document *document, State before, State after, const QString &text,
                        std::optional<RecalcEngine> built = std::nullopt, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    State m_before;
    State m_after;
    std::optional<RecalcEngine> m_built;
};

// Changes one value of any type through a setter: texts, figures, metadata, the forms.
// Commands with the same merge key merge (typing into a text field is one step).
template<typename T>
class ChangeValueCommand : public QUndoCommand
{
public:
    using Setter = std::function<void(const T &)>;
    ChangeValueCommand(const QString &text, const QString &mergeKey, const T &before, const T &after,
                       Setter setter, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_mergeKey(mergeKey), m_before(before), m_after(after),
          m_setter(std::move(setter))
    {
    }
    void redo() override { m_setter(m_after); }
    void undo() override { m_setter(m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : ValueCommandId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeValueCommand<T> *>(other);
        if (!o || o->m_mergeKey != m_mergeKey)
            return false;
        m_after = o->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    QString m_mergeKey;
    T m_before;
    T m_after;
    Setter m_setter;
};

} // namespace Juesuan
