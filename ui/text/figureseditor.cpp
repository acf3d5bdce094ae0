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
        if (table == QLatin1String("05"))
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
    for (const QString &key : Document::priorYearKeys())
        addField(form, Document::priorYearLabel(key),
                 {QStringLiteral("prior/") + key, nullptr, [d, key] { return amountText(d->priorYear(key)); },
                  [d, key](const QString &text, QString *error) {
                      Money m;
                      if (!parseAmount(text, &m, error))
                          return false;
                      d->setPriorYear(key, m);
                      return true;
                  }});

    group(tr("Initial budgets of the table 05 items"), &m_budgetForm);
    rebuildBudgets();

    // 09表 预算数: 合计 and 公务用车购置及运行费 are computed, the rest typed (as in the table).
    group(tr("“Three public” budgets (table 09)"), &form);
    for (int col : {2, 4, 5, 6}) {
        const CellKey key = CellKey::fromString(QStringLiteral("09!1@") + QString::number(col));
        const QString label = d->reportTemplate().table(QStringLiteral("09"))->columnCaption(col - 1);
        addField(form, label.isEmpty() ? key.toString() : label,
                 {QStringLiteral("cell/") + key.toString(), nullptr, [d, key] { return amountText(d->value(key)); },
                  [d, key](const QString &text, QString *error) {
                      Money m;
                      return parseAmount(text, &m, error) && d->setCell(key, m, error);
                  }});
    }

    const struct { const char *title; QStringList keys; } groups[] = {
        {QT_TR_NOOP("Government procurement"),
         {QStringLiteral("procurement_goods"), QStringLiteral("procurement_works"), QStringLiteral("procurement_services"),
          QStringLiteral("procurement_sme"), QStringLiteral("procurement_small_micro"),
          QStringLiteral("procurement_sme_goods"), QStringLiteral("procurement_sme_works"),
          QStringLiteral("procurement_sme_services")}},
        {QT_TR_NOOP("State-owned assets"),
         {QStringLiteral("vehicles"), QStringLiteral("vehicles_other"), QStringLiteral("equipment_1m")}},
        {QT_TR_NOOP("Administrative operating costs"), {QStringLiteral("operating_expense")}},
        {QT_TR_NOOP("“Three public” details"),
         {QStringLiteral("vehicle_fuel"), QStringLiteral("vehicle_repair"), QStringLiteral("vehicle_insurance"),
          QStringLiteral("official_vehicles"), QStringLiteral("reception_batches"), QStringLiteral("reception_people")}},
    };
    for (const auto &g : groups) {
        group(tr(g.title), &form);
        for (const QString &key : g.keys) {
            const bool count = Document::isCountFact(key);
            addField(form, Document::factLabel(key),
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
    while (m_budgetForm->rowCount() > 0)
        m_budgetForm->removeRow(0);
    Document *d = m_document;
    for (const QString &code : d->itemRows(QStringLiteral("05")))
        addField(m_budgetForm, code + QLatin1Char(' ') + d->rowName(QStringLiteral("05"), code),
                 {QStringLiteral("budget/") + code, nullptr, [d, code] { return amountText(d->budget(code)); },
                  [d, code](const QString &text, QString *error) {
                      Money m;
                      if (!parseAmount(text, &m, error))
                          return false;
                      d->setBudget(code, m);
                      return true;
                  }});
    if (d->itemRows(QStringLiteral("05")).isEmpty())
        m_budgetForm->addRow(new QLabel(tr("Add items to table 05 first.")));
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
