#pragma once

#include "cellkey.h"
#include "documentdata.h"
#include "money.h"
#include "printedvalues.h"
#include "recalcengine.h"
#include "reporttemplate.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QUndoStack;

namespace Juesuan {

// A final-accounts report being edited: metadata, every table's values (kept consistent
// by the recalculation engine), prior-year and budget figures, text parts, 重点工作 and the
// self-evaluation forms. Every change is a QUndoCommand on the document's undo stack, so
// the editor, paste, import and scripts all undo alike; "modified" is the stack's clean state.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(std::shared_ptr<const ReportTemplate> reportTemplate, QObject *parent = nullptr);
    ~Document() override;

    const ReportTemplate &reportTemplate() const { return *m_template; }
    std::shared_ptr<const ReportTemplate> sharedTemplate() const { return m_template; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    void markSaved(); // the current state is what is on disk

    // --- metadata
    const Metadata &metadata() const { return m_metadata; }
    void setMetadata(const Metadata &metadata);

    // --- the house style of the 第三部分 explanations (one undo step per change)
    const NarrativeStyle &narrativeStyle() const { return m_narrativeStyle; }
    void setNarrativeStyle(const NarrativeStyle &style);

    // --- cells
    Money value(const CellKey &key) const { return m_engine.value(key); }
    bool hasCell(const CellKey &key) const { return m_engine.contains(key); }
    bool isComputed(const CellKey &key) const;
    bool isInput(const CellKey &key) const { return hasCell(key) && !isComputed(key); }
    // The cells a computed cell is made of, and the computed cells that read `key`.
    QList<CellKey> operands(const CellKey &key) const;
    QList<CellKey> dependents(const CellKey &key) const;
    // Every input cell that is not blank.
    QHash<CellKey, Money> inputValues() const;
    int cellCount() const { return m_engine.cellCount(); }
    const RecalcEngine &engine() const { return m_engine; }
    // What the report prints (舍位平衡): every output reads amounts from here, edits work on
    // exact values. Follows the values lazily; see PrintedValues.
    const PrintedValues &printed() const { return *m_printed; }

    // Code-list tables: the 项 codes, and the body rows they make (合计, 类, 款, 项 with levels).
    QStringList itemRows(const QString &table) const { return m_itemRows.value(table); }
    QList<QPair<QString, int>> bodyRows(const QString &table) const;
    // The name a body row prints with: a name this document gives the code, else the user's
    // imported catalogue of the edition (UserCatalogue), else the bundled one, else empty.
    // SubjectNames says where a name came from.
    QString rowName(const QString &table, const QString &row) const;
    // Whether a body row goes into the printed report: fixed lines and 合计 always; a 类, 款
    // or 项 row only when some 项 row under it (itself included) holds a non-zero amount. An
    // added 项 row left empty is not printed (the audit warns about it).
    bool isPrintedRow(const QString &table, const QString &row) const;
    // The user's imported catalogue changed: names may differ, so every view reloads
    // (documentReset). Nothing in the document changes.
    void subjectNamesChanged();

    // Names given in this document to subject codes the catalogue does not know, by code.
    const QMap<QString, QString> &itemNames() const { return m_itemNames; }
    QString itemName(const QString &code) const { return m_itemNames.value(code); }

    // Edits. Each is one undo step; a refused edit changes nothing and says why.
    bool setCell(const CellKey &key, const Money &value, QString *error = nullptr);
    bool setCells(const QList<QPair<CellKey, Money>> &changes, const QString &actionText,
                  QString *error = nullptr);
    bool addItemRow(const QString &table, const QString &code, QString *error = nullptr);
    // The same for a 项 code no catalogue names, with the name the user gives it: its 类
    // and 款 must be known (bundled or imported catalogue, or named in this document). The
    // name is stored with the document (itemNames); undo takes it away with the row.
    bool addItemRow(const QString &table, const QString &code, const QString &name, QString *error = nullptr);
    bool removeItemRow(const QString &table, const QString &code, QString *error = nullptr);
    // Replaces the 项 rows (code-list tables) and every input cell of the tables listed in
    // `tables` with `itemRows` and `inputs`, and adds `names` to the document's subject names:
    // one undo step. Refused as a whole, changing nothing, when any row or cell is refused
    // (a table that does not exist, a code that is not a 7-digit 项, a code neither the
    // catalogue nor `names` names, a cell that is computed or not in the table).
    bool importTables(const QStringList &tables, const QHash<QString, QStringList> &itemRows,
                      const QHash<CellKey, Money> &inputs, const QMap<QString, QString> &names,
                      const QString &actionText, QString *error = nullptr);

    // --- named quantities of the edition (ReportTemplate::quantity): what the explanations
    // and charts read, as printed (舍位平衡). Blank when the edition has no such quantity.
    Money quantity(const QString &name) const;

    // --- figures the explanations need: 上年 (the edition's figure table) and 年初预算 per
    // 05表 项. Keys, labels and kinds come from the edition (ReportTemplate::figures).
    QStringList priorYearKeys() const { return m_template->figures().priorYearKeys(); }
    QString priorYearLabel(const QString &key) const { return m_template->figures().label(key); }
    Money priorYear(const QString &key) const { return m_priorYear.value(key); }
    void setPriorYear(const QString &key, const Money &value);
    Money budget(const QString &itemCode) const { return m_budgets.value(itemCode); }
    const QMap<QString, Money> &budgets() const { return m_budgets; }
    const QMap<QString, Money> &priorYearFigures() const { return m_priorYear; }
    void setBudget(const QString &itemCode, const Money &value);

    // --- other figures the explanations cite (政府采购, 国有资产, 机关运行经费, 三公 details):
    // the edition's facts, each an amount in 分 or a count (车辆, 批次, 人次). Absent = not entered.
    QStringList factKeys() const { return m_template->figures().factKeys(); }
    bool isCountFact(const QString &key) const { return m_template->figures().isCount(key); }
    QString factLabel(const QString &key) const { return m_template->figures().label(key); }
    // Why `value` cannot be stored under `key`; empty when it can.
    QString checkFact(const QString &key, qint64 value) const { return m_template->figures().checkFact(key, value); }
    const QMap<QString, qint64> &facts() const { return m_facts; }
    bool hasFact(const QString &key) const { return m_facts.contains(key); }
    Money factAmount(const QString &key) const; // blank when not entered
    qint64 factCount(const QString &key) const { return m_facts.value(key, 0); }
    // std::nullopt clears the figure. Refused (false, with the reason) when checkFact refuses.
    bool setFact(const QString &key, std::optional<qint64> value, QString *error = nullptr);

    // --- text parts: keys from textKeys(), or "reason.<id>" for the 主要原因 of an explanation.
    static QStringList textKeys();
    static bool isValidTextKey(const QString &key);
    QString text(const QString &key) const { return m_texts.value(key); }
    const QMap<QString, QString> &texts() const { return m_texts; }
    void setText(const QString &key, const QString &text);

    // --- 重点工作 table and self-evaluation forms
    const QList<KeyWorkItem> &keyWork() const { return m_keyWork; }
    void setKeyWork(const QList<KeyWorkItem> &items, const QString &actionText);
    const QList<EvaluationForm> &evaluations() const { return m_evaluations; }
    // Successive calls with the same non-empty mergeKey merge into one undo step (typing
    // into one field of one form).
    void setEvaluations(const QList<EvaluationForm> &forms, const QString &actionText,
                        const QString &mergeKey = QString());

    // --- the edition: moving the document to another one (EditionMigration plans it and
    // reports what moved, was renamed or no longer exists). One undo step.
    struct EditionState {
        std::shared_ptr<const ReportTemplate> reportTemplate;
        QHash<QString, QStringList> itemRows;
        QHash<CellKey, Money> inputs;
        QMap<QString, QString> itemNames;
        QMap<QString, Money> priorYear;
        QMap<QString, Money> budgets;
        QMap<QString, qint64> facts;
        friend bool operator==(const EditionState &a, const EditionState &b)
        {
            return a.reportTemplate == b.reportTemplate && a.itemRows == b.itemRows && a.inputs == b.inputs
                    && a.itemNames == b.itemNames && a.priorYear == b.priorYear && a.budgets == b.budgets
                    && a.facts == b.facts;
        }
    };
    EditionState editionState() const;
    // Pushes the change to `next` (built and checked by the caller) as one undo step.
    void changeEdition(const EditionState &next, const QString &actionText);
    // Non-undoable: what the command and its undo call. Emits editionChanged, then documentReset.
    bool applyEditionState(const EditionState &state, QString *error);

    // --- non-undoable mutators: what commands and the file loader call. Each emits the
    // matching signal. applyCells returns the cells whose value changed.
    QList<CellKey> applyCells(const QList<QPair<CellKey, Money>> &changes);
    void applyItemRows(const QString &table, const QStringList &codes,
                       const QList<QPair<CellKey, Money>> &values = {});
    void applyMetadata(const Metadata &metadata);
    void applyNarrativeStyle(const NarrativeStyle &style);
    void applyPriorYear(const QString &key, const Money &value);
    void applyBudget(const QString &itemCode, const Money &value);
    void applyFact(const QString &key, std::optional<qint64> value);
    void applyText(const QString &key, const QString &text);
    void applyKeyWork(const QList<KeyWorkItem> &items);
    void applyEvaluations(const QList<EvaluationForm> &forms);
    void applyItemNames(const QMap<QString, QString> &names);
    // Replaces item rows, inputs and subject names at once (an import and its undo); emits
    // documentReset. Fails only when the template cannot be built, which load time excludes.
    // `prebuilt`, when given, is an engine already built from exactly these rows and inputs
    // (an import builds one to check them): it is taken instead of building another.
    void applyTables(const QHash<QString, QStringList> &itemRows, const QHash<CellKey, Money> &inputs,
                     const QMap<QString, QString> &names, RecalcEngine *prebuilt = nullptr);
    // Replaces all item rows and inputs at once (loading); one rebuild, no undo, no signals
    // but documentReset.
    bool resetTables(const QHash<QString, QStringList> &itemRows, const QHash<CellKey, Money> &inputs,
                     QString *error);

signals:
    void cellsChanged(const QList<Juesuan::CellKey> &cells);
    void rowsChanged(const QString &table); // code-list body rows were added or removed
    void metadataChanged();
    void narrativeStyleChanged();
    void figuresChanged();
    void textChanged(const QString &key);
    void keyWorkChanged();
    void evaluationsChanged();
    void documentReset();
    void editionChanged(); // the document now uses another edition: rebuild what shows its tables
    void modifiedChanged(bool modified);

private:
    QString checkInput(const CellKey &key, const Money &value) const;
    // A code the bundled or imported catalogue or this document names.
    bool isKnownSubject(const QString &table, const QString &code) const;
    bool rebuild(const QHash<QString, QStringList> &itemRows, const QHash<CellKey, Money> &inputs,
                 QList<CellKey> *changed, QString *error);

    std::shared_ptr<const ReportTemplate> m_template;
    QUndoStack *m_undoStack;
    Metadata m_metadata;
    NarrativeStyle m_narrativeStyle;
    RecalcEngine m_engine;
    QHash<QString, QStringList> m_itemRows;
    QMap<QString, Money> m_priorYear;
    QMap<QString, Money> m_budgets;
    QMap<QString, qint64> m_facts;
    QMap<QString, QString> m_texts;
    QList<KeyWorkItem> m_keyWork;
    QList<EvaluationForm> m_evaluations;
    QMap<QString, QString> m_itemNames;
    std::unique_ptr<PrintedValues> m_printed;
};

} // namespace Juesuan
