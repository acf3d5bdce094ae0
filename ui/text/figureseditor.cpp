#include "figureseditor.h"

#include "document.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace Juesuan {

namespace {

QString amountText(const Money &m)
{
    return m.toWanyuan(true, 2);
}

// Parses 万元 text; empty text is a blank amount.
bool parseAmount(const QString &text, Money *out, QString *error)
{
    const Money::ParseResult r = Money::parse(text);
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    *out = r.value;
    return true;
}

} // namespace

FiguresEditor::FiguresEditor(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("figuresEditor"));
    auto *inner = new QWidget;
    m_groups = new QVBoxLayout(inner);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("figuresStatus"));
    m_status->setStyleSheet(QStringLiteral("color:#b00020"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Amounts in 万元. These figures feed the explanations of part 3 and figures 1–4."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(scroll);
    layout->addWidget(m_status);
    build();

    connect(document, &Document::figuresChanged, this, &FiguresEditor::refresh);
    connect(document, &Document::cellsChanged, this, &FiguresEditor::refresh);
    connect(document, &Document::metadataChanged, this, [this] {
        if (m_priorGroup && m_document)
            m_priorGroup->setTitle(tr("Prior year (%1)").arg(m_document->metadata().year - 1));
    });
    connect(document, &Document::rowsChanged, this, [this](const QString &table) {
        if (table == budgetTable() || table == fundBudgetTable())
            rebuildBudgets();
    });
    connect(document, &Document::documentReset, this, &FiguresEditor::rebuildBudgets);
}

FiguresEditor::~FiguresEditor()
{
    // A focused field emits editingFinished while QWidget's destructor hides it, after
    // m_fields is gone: stop listening first.
    for (const Field &f : m_fields)
        f.edit->disconnect(this);
}

QLineEdit *FiguresEditor::field(const QString &id) const
{
    for (const Field &f : m_fields)
        if (f.id == id)
            return f.edit;
    return nullptr;
}

QString FiguresEditor::lastError() const
{
    return m_status->text();
}

QGroupBox *FiguresEditor::group(const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_groups->addWidget(box);
    return box;
}

void FiguresEditor::addField(QFormLayout *form, const QString &label, Field field)
{
    field.edit = new QLineEdit;
    field.edit->setObjectName(field.id);
    field.edit->setMinimumWidth(160);
    field.edit->setAlignment(Qt::AlignRight);
    field.edit->setText(field.current());
    const QString id = field.id;
    connect(field.edit, &QLineEdit::editingFinished, this, [this, id] { commit(id); });
    form->addRow(label, field.edit);
    m_fields.append(field);
}

void FiguresEditor::build()
{
    Document *d = m_document;
    QFormLayout *form = nullptr;

    m_priorGroup = group(tr("Prior year (%1)").arg(d->metadata().year - 1), &form);
    for (const QString &key : d->priorYearKeys())
        addField(form, d->priorYearLabel(key),
                 {QStringLiteral("prior/") + key, nullptr, [d, key] { return amountText(d->priorYear(key)); },
                  [d, key](const QString &text, QString *error) {
                      Money m;
                      if (!parseAmount(text, &m, error))
                          return false;
                      d->setPriorYear(key, m);
                      return true;
                  }});

    group(tr("Initial budgets of the table 05 items"), &m_budgetForm);
    group(tr("Initial budgets of the table 07 items (government funds)"), &m_fundBudgetForm);
    rebuildBudgets();

    // 三公 预算数: 合计 and 公务用车购置及运行费 are computed, the rest typed (as in the table);
    // the edition says which cells they are.
    group(tr("“Three public” budgets (table 09)"), &form);
    for (const char *name : {"three_public_budget_abroad", "three_public_budget_vehicle_purchase",
                             "three_public_budget_vehicle_running", "three_public_budget_reception"}) {
        const CellKey key = d->reportTemplate().quantityCell(QString::fromLatin1(name));
        const TableTemplate *table = d->reportTemplate().table(key.table);
        if (!table)
            continue;
        const QString label = table->columnCaption(key.col.toInt() - 1);
        addField(form, label.isEmpty() ? key.toString() : label,
                 {QStringLiteral("cell/") + key.toString(), nullptr, [d, key] { return amountText(d->value(key)); },
                  [d, key](const QString &text, QString *error) {
                      Money m;
                      return parseAmount(text, &m, error) && d->setCell(key, m, error);
                  }});
    }

    // The edition's facts, by the group its figure table gives each.
    const struct { const char *id; const char *title; } titles[] = {
        {"procurement", QT_TR_NOOP("Government procurement")},
        {"assets", QT_TR_NOOP("State-owned assets")},
        {"operating", QT_TR_NOOP("Administrative operating costs")},
        {"threePublic", QT_TR_NOOP("“Three public” details")},
    };
    QStringList groups;
    for (const QString &key : d->factKeys()) {
        const QString g = d->reportTemplate().figures().figure(key)->group;
        if (!groups.contains(g))
            groups << g;
    }
    for (const QString &g : std::as_const(groups)) {
        QString title = tr("Other figures");
        for (const auto &t : titles)
            if (g == QLatin1String(t.id))
                title = tr(t.title);
        group(title, &form);
        for (const QString &key : d->factKeys()) {
            if (d->reportTemplate().figures().figure(key)->group != g)
                continue;
            const bool count = d->isCountFact(key);
            addField(form, d->factLabel(key),
                     {QStringLiteral("fact/") + key, nullptr,
                      [d, key, count]() -> QString {
                          if (!d->hasFact(key))
                              return QString();
                          return count ? QString::number(d->factCount(key)) : amountText(d->factAmount(key));
                      },
                      [d, key, count](const QString &text, QString *error) {
                          const QString t = text.trimmed();
                          if (t.isEmpty())
                              return d->setFact(key, std::nullopt, error);
                          if (count) {
                              bool ok = false;
                              const qint64 n = t.toLongLong(&ok);
                              if (!ok) {
                                  *error = tr("“%1” is not a whole number").arg(t);
                                  return false;
                              }
                              return d->setFact(key, n, error);
                          }
                          Money m;
                          return parseAmount(t, &m, error) && d->setFact(key, m.fen(), error);
                      }});
        }
    }
    m_groups->addStretch(1);
}

QString FiguresEditor::budgetTable() const
{
    // 年初预算 are given per 项 of the table that totals 一般公共预算财政拨款支出 (05表)…
    return m_document ? m_document->reportTemplate().quantityCell(QStringLiteral("gpb_expense")).table : QString();
}

QString FiguresEditor::fundBudgetTable() const
{
    // …and of the one that totals 政府性基金预算财政拨款支出 (07表).
    return m_document ? m_document->reportTemplate().quantityCell(QStringLiteral("fund_expense")).table : QString();
}

void FiguresEditor::rebuildBudgets()
{
    if (!m_document || !m_budgetForm)
        return;
    // Forget the old fields before deleting them (a focused one would commit while dying).
    for (const Field &f : m_fields)
        if (f.id.startsWith(QLatin1String("budget/")))
            f.edit->disconnect(this);
    m_fields.erase(std::remove_if(m_fields.begin(), m_fields.end(),
                                  [](const Field &f) { return f.id.startsWith(QLatin1String("budget/")); }),
                   m_fields.end());
    Document *d = m_document;
    const struct { QFormLayout *form; QString table; QString empty; } lists[] = {
        {m_budgetForm, budgetTable(), tr("Add items to table 05 first.")},
        {m_fundBudgetForm, fundBudgetTable(), tr("Table 07 has no items.")}};
    for (const auto &list : lists) {
        if (!list.form)
            continue;
        while (list.form->rowCount() > 0)
            list.form->removeRow(0);
        const QString table = list.table;
        for (const QString &code : d->itemRows(table))
            addField(list.form, code + QLatin1Char(' ') + d->rowName(table, code),
                     {QStringLiteral("budget/") + code, nullptr, [d, code] { return amountText(d->budget(code)); },
                      [d, code](const QString &text, QString *error) {
                          Money m;
                          if (!parseAmount(text, &m, error))
                              return false;
                          d->setBudget(code, m);
                          return true;
                      }});
        if (d->itemRows(table).isEmpty())
            list.form->addRow(new QLabel(list.empty));
    }
    refresh();
}

void FiguresEditor::commit(const QString &id)
{
    for (const Field &f : m_fields) {
        if (f.id != id)
            continue;
        if (f.edit->text() == f.current())
            return;
        QString error;
        if (f.commit(f.edit->text(), &error)) {
            m_status->clear();
            f.edit->setText(f.current()); // normalised: "3087.79" shows as "3,087.79"
        } else {
            m_status->setText(tr("Not changed: %1").arg(error));
            f.edit->setText(f.current());
        }
        return;
    }
}

void FiguresEditor::refresh()
{
    for (const Field &f : m_fields)
        if (!f.edit->hasFocus() || !f.edit->isModified())
            f.edit->setText(f.current());
}

} // namespace Juesuan
