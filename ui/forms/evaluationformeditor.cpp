#include "evaluationformeditor.h"

#include "document.h"
#include "evaluationforms.h"
#include "fittedtableview.h"
#include "indicatormodel.h"
#include "richtexthighlighter.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Juesuan {

namespace {

using L = EvaluationForms::Label;

QString shownAmount(const Money &m)
{
    return m.toWanyuan(true, 2);
}

} // namespace

EvaluationFormEditor::EvaluationFormEditor(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_indicators(new IndicatorModel(document, this))
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(document, &Document::evaluationsChanged, this, &EvaluationFormEditor::refresh);
    connect(document, &Document::documentReset, this, &EvaluationFormEditor::refresh);
    connect(document, &Document::metadataChanged, this, &EvaluationFormEditor::refresh);
    setFormIndex(-1);
}

QString EvaluationFormEditor::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void EvaluationFormEditor::setMessage(const QString &message)
{
    if (m_message->text() == message && m_message->isVisible() == !message.isEmpty())
        return;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    emit messageChanged(message);
}

bool EvaluationFormEditor::hasForm() const
{
    return m_formIndex >= 0 && m_formIndex < m_document->evaluations().size();
}

const EvaluationForm &EvaluationFormEditor::form() const
{
    return m_document->evaluations().at(m_formIndex);
}

void EvaluationFormEditor::setFormIndex(int index)
{
    m_formIndex = index;
    setMessage(QString());
    for (const auto &e : std::as_const(m_amounts))
        e.second->setModified(false); // a half-typed amount of the previous form is not this one's
    m_indicators->setFormIndex(hasForm() ? index : -1);
    refresh();
}

void EvaluationFormEditor::change(const std::function<void(EvaluationForm &)> &edit, const QString &actionText,
                                  const QString &mergeKey)
{
    if (!hasForm())
        return;
    QList<EvaluationForm> forms = m_document->evaluations();
    edit(forms[m_formIndex]);
    m_document->setEvaluations(forms, actionText,
                               mergeKey.isEmpty() ? QString() : QString::number(m_formIndex) + QLatin1Char('/') + mergeKey);
}

// --- building the sheet

QLabel *EvaluationFormEditor::label(const QString &text, bool bold)
{
    auto *l = new QLabel(text);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    if (bold) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    return l;
}

// A cell of the printed form: white on the sheet's dark background, so that the 1-pixel
// gaps of the grid draw the rules between cells, merged cells included.
QWidget *EvaluationFormEditor::cell(QWidget *content)
{
    auto *box = new QWidget;
    box->setAutoFillBackground(true);
    QPalette p = box->palette();
    p.setColor(QPalette::Window, Qt::white);
    box->setPalette(p);
    auto *l = new QVBoxLayout(box);
    l->setContentsMargins(4, 3, 4, 3);
    if (content)
        l->addWidget(content);
    return box;
}

QString EvaluationFormEditor::textOf(const EvaluationForm &form, Field field)
{
    switch (field) {
    case Field::Name:
        return form.name;
    case Field::Department:
        return form.department;
    case Field::Implementer:
        return form.implementer;
    case Field::Goal:
        return form.goal;
    case Field::Deviation:
        return form.deviation;
    case Field::Improvement:
        return form.improvement;
    }
    return QString();
}

void EvaluationFormEditor::setText(EvaluationForm &form, Field field, const QString &text)
{
    switch (field) {
    case Field::Name:
        form.name = text;
        break;
    case Field::Department:
        form.department = text;
        break;
    case Field::Implementer:
        form.implementer = text;
        break;
    case Field::Goal:
        form.goal = text;
        break;
    case Field::Deviation:
        form.deviation = text;
        break;
    case Field::Improvement:
        form.improvement = text;
        break;
    }
}

Money EvaluationFormEditor::amountOf(const EvaluationForm &form, AmountField field)
{
    switch (field) {
    case AmountField::Budget:
        return form.budget;
    case AmountField::Executed:
        return form.executed;
    case AmountField::BasicTotal:
        return form.basicTotal;
    case AmountField::ProjectTotal:
        return form.projectTotal;
    case AmountField::Source0:
    case AmountField::Source1:
    case AmountField::Source2:
        return form.sources[int(field) - int(AmountField::Source0)].amount;
    }
    return Money();
}

void EvaluationFormEditor::setAmount(EvaluationForm &form, AmountField field, const Money &value)
{
    switch (field) {
    case AmountField::Budget:
        form.budget = value;
        break;
    case AmountField::Executed:
        form.executed = value;
        break;
    case AmountField::BasicTotal:
        form.basicTotal = value;
        break;
    case AmountField::ProjectTotal:
        form.projectTotal = value;
        break;
    case AmountField::Source0:
    case AmountField::Source1:
    case AmountField::Source2:
        form.sources[int(field) - int(AmountField::Source0)].amount = value;
        break;
    }
}

QLineEdit *EvaluationFormEditor::textField(Field field)
{
    static const char *names[] = {"name", "department", "implementer", "goal", "deviation", "improvement"};
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(names[int(field)]));
    m_lineEdits.append({field, edit});
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
        if (field == Field::Name && text.trimmed().isEmpty()) {
            setMessage(tr("A form needs a name; the previous name is kept."));
            return;
        }
        setMessage(QString());
        change([&](EvaluationForm &f) { setText(f, field, text); }, tr("Edit form field"),
               QString::number(int(field)));
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
        if (hasForm() && edit->text() != textOf(form(), field))
            edit->setText(textOf(form(), field)); // an empty name was refused
    });
    return edit;
}

QPlainTextEdit *EvaluationFormEditor::textArea(Field field)
{
    static const char *names[] = {"name", "department", "implementer", "goal", "deviation", "improvement"};
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(names[int(field)]));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 12);
    edit->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);
    m_textAreas.append({field, edit});
    edit->setUndoRedoEnabled(false);
    edit->installEventFilter(this);
    new RichTextHighlighter(edit->document()); // **bold** shows as it prints
    // Typing into one text is one undo step (the commands merge by form and field).
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
        if (!m_updating)
            change([&](EvaluationForm &f) { setText(f, field, edit->toPlainText()); }, tr("Edit form text"),
                   QString::number(int(field)));
    });
    return edit;
}

QLineEdit *EvaluationFormEditor::amountField(AmountField field)
{
    static const char *names[] = {"budget", "executed", "basicTotal", "projectTotal",
                                  "source0Amount", "source1Amount", "source2Amount"};
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(names[int(field)]));
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setPlaceholderText(m_document->metadata().amountUnit);
    m_amounts.append({field, edit});
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] { commitAmount(field, edit); });
    if (field == AmountField::Budget || field == AmountField::Executed)
        connect(edit, &QLineEdit::textEdited, this, &EvaluationFormEditor::updateRate);
    return edit;
}

void EvaluationFormEditor::commitAmount(AmountField field, QLineEdit *edit)
{
    if (!hasForm() || m_updating)
        return;
    const Money current = amountOf(form(), field);
    const QString text = edit->text();
    if (text == shownAmount(current)) { // unchanged (the display may round an exact value)
        edit->setModified(false);
        return;
    }
    const Money::ParseResult parsed = Money::parse(text);
    if (!parsed.ok) {
        setMessage(tr("“%1” is not an amount: %2. The previous value is kept.").arg(text, parsed.error));
        edit->setText(shownAmount(current));
        updateRate();
        return;
    }
    setMessage(QString());
    change([&](EvaluationForm &f) { setAmount(f, field, parsed.value); }, tr("Edit form amount"));
    edit->setText(shownAmount(amountOf(form(), field)));
    updateRate();
}

QWidget *EvaluationFormEditor::indicatorPanel()
{
    auto *panel = new QWidget;
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 0, 0);
    m_indicatorView = new FittedTableView;
    m_indicatorView->setObjectName(QStringLiteral("indicatorView"));
    m_indicatorView->setModel(m_indicators);
    m_indicatorView->verticalHeader()->hide();
    m_indicatorView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_indicatorView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_indicatorView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed);
    QHeaderView *h = m_indicatorView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(IndicatorModel::Level3, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("一"));
    m_indicatorView->setColumnWidth(IndicatorModel::Level1, 6 * em);
    m_indicatorView->setColumnWidth(IndicatorModel::Level2, 9 * em);
    m_indicatorView->setColumnWidth(IndicatorModel::Target, 8 * em);
    m_indicatorView->setColumnWidth(IndicatorModel::Actual, 8 * em);
    v->addWidget(m_indicatorView);
    connect(m_indicatorView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EvaluationFormEditor::updateButtons);

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    m_addRow = button(tr("Add indicator"), QStringLiteral("addIndicator"),
                      tr("A new level-3 indicator in the group of the current row"));
    m_addGroup2 = button(tr("New level-2 group"), QStringLiteral("addLevel2"),
                         tr("A new level-2 group under the level-1 indicator of the current row"));
    m_addGroup1 = button(tr("New level-1 group"), QStringLiteral("addLevel1"), tr("A new level-1 indicator group"));
    m_removeRow = button(tr("Remove"), QStringLiteral("removeIndicator"), tr("Remove the current row"));
    m_rowUp = button(tr("Move up"), QStringLiteral("indicatorUp"), QString());
    m_rowDown = button(tr("Move down"), QStringLiteral("indicatorDown"), QString());
    buttons->addStretch(1);
    v->addLayout(buttons);

    auto insert = [this](int level, const QString &text) {
        editIndicators([level](QList<Indicator> &rows, int current, int *select) {
            return EvaluationForms::insertIndicator(&rows, current, level, select);
        }, text);
    };
    connect(m_addRow, &QPushButton::clicked, this, [insert] { insert(3, tr("Add indicator")); });
    connect(m_addGroup2, &QPushButton::clicked, this, [insert] { insert(2, tr("Add indicator group")); });
    connect(m_addGroup1, &QPushButton::clicked, this, [insert] { insert(1, tr("Add indicator group")); });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        editIndicators([](QList<Indicator> &rows, int current, int *select) {
            *select = qMin(current, int(rows.size()) - 2);
            return EvaluationForms::removeIndicator(&rows, current);
        }, tr("Remove indicator"));
    });
    for (int delta : {-1, 1})
        connect(delta < 0 ? m_rowUp : m_rowDown, &QPushButton::clicked, this, [this, delta] {
            editIndicators([delta](QList<Indicator> &rows, int current, int *select) {
                *select = current + delta;
                return EvaluationForms::moveIndicator(&rows, current, delta);
            }, tr("Move indicator"));
        });
    return panel;
}

void EvaluationFormEditor::editIndicators(const std::function<bool(QList<Indicator> &, int, int *)> &edit,
                                          const QString &actionText)
{
    if (!hasForm())
        return;
    const QModelIndex current = m_indicatorView->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    const int column = current.isValid() ? current.column() : IndicatorModel::Level3;
    QList<EvaluationForm> forms = m_document->evaluations();
    int select = -1;
    if (!edit(forms[m_formIndex].indicators, row, &select))
        return;
    m_document->setEvaluations(forms, actionText);
    if (select >= 0 && select < m_indicators->rowCount())
        m_indicatorView->setCurrentIndex(m_indicators->index(select, column));
    updateButtons();
}

void EvaluationFormEditor::rebuild()
{
    m_lineEdits.clear();
    m_textAreas.clear();
    m_amounts.clear();
    m_typeBoxes.clear();
    m_sourceBoxes.clear();
    if (m_sheet) {
        // Fields losing focus as they are deleted must not commit into the new form.
        for (QObject *child : m_sheet->findChildren<QObject *>())
            disconnect(child, nullptr, this, nullptr);
        delete m_sheet; // the indicator model is the editor's and outlives its view
        m_sheet = nullptr;
        m_indicatorView = nullptr;
    }
    m_built = hasForm();
    if (!m_built)
        return;
    const bool overall = form().kind == EvaluationForm::Kind::Overall;
    m_builtOverall = overall;

    m_sheet = new QWidget(this);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_sheet->setAutoFillBackground(true);
    QPalette p = m_sheet->palette();
    p.setColor(QPalette::Window, QColor(0x40, 0x40, 0x40));
    m_sheet->setPalette(p);
    m_grid = new QGridLayout(m_sheet);
    m_grid->setSpacing(1);
    m_grid->setContentsMargins(1, 1, 1, 1);
    auto put = [this](QWidget *w, int row, int col, int rowSpan = 1, int colSpan = 1) {
        m_grid->addWidget(cell(w), row, col, rowSpan, colSpan);
    };

    int r = 0;
    put(label(EvaluationForms::label(overall ? L::UnitName : L::ProjectName)), r, 0, 1, 2);
    put(textField(Field::Name), r++, 2, 1, 4);
    if (overall) {
        put(label(EvaluationForms::label(L::BasicTotal)), r, 0, 1, 2);
        put(amountField(AmountField::BasicTotal), r, 2);
        put(label(EvaluationForms::label(L::ProjectTotal)), r, 3);
        put(amountField(AmountField::ProjectTotal), r++, 4, 1, 2);
    } else {
        put(label(EvaluationForms::label(L::Department)), r, 0, 1, 2);
        put(textField(Field::Department), r, 2);
        put(label(EvaluationForms::label(L::Implementer)), r, 3);
        put(textField(Field::Implementer), r++, 4, 1, 2);

        put(label(EvaluationForms::label(L::ProjectType)), r, 0, 1, 2);
        auto *types = new QWidget;
        auto *th = new QHBoxLayout(types);
        th->setContentsMargins(0, 0, 0, 0);
        int n = 1;
        for (auto type : {EvaluationForm::ProjectType::Recurring, EvaluationForm::ProjectType::Continuing,
                          EvaluationForm::ProjectType::OneOff}) {
            auto *box = new QCheckBox(QStringLiteral("%1、%2").arg(n++).arg(EvaluationForms::projectTypeLabel(type)));
            box->setObjectName(QStringLiteral("type%1").arg(int(type)));
            m_typeBoxes.append({type, box});
            th->addWidget(box);
            // One type at most: checking one clears the others; clearing it leaves none.
            connect(box, &QCheckBox::clicked, this, [this, type](bool checked) {
                change([&](EvaluationForm &f) { f.projectType = checked ? type : EvaluationForm::ProjectType::None; },
                       tr("Change project type"));
            });
        }
        th->addStretch(1);
        put(types, r++, 2, 1, 4);

        put(label(EvaluationForms::label(L::Sources)), r, 0, 1, 2);
        auto *sources = new QWidget;
        auto *sg = new QGridLayout(sources);
        sg->setContentsMargins(0, 0, 0, 0);
        for (int i = 0; i < EvaluationForms::sourceCount; ++i) {
            auto *box = new QCheckBox(QStringLiteral("%1、%2").arg(i + 1).arg(EvaluationForms::sourceLabel(i)));
            box->setObjectName(QStringLiteral("source%1").arg(i));
            m_sourceBoxes.append(box);
            connect(box, &QCheckBox::clicked, this, [this, i](bool checked) {
                change([&](EvaluationForm &f) { f.sources[i].checked = checked; }, tr("Change budget source"));
            });
            sg->addWidget(box, i, 0);
            sg->addWidget(new QLabel(EvaluationForms::label(L::SourceAmount)), i, 1, Qt::AlignRight);
            sg->addWidget(amountField(AmountField(int(AmountField::Source0) + i)), i, 2);
        }
        sg->setColumnStretch(0, 2);
        sg->setColumnStretch(2, 1);
        put(sources, r++, 2, 1, 4);
    }

    put(label(EvaluationForms::label(L::Execution)), r, 0, 2, 2);
    put(nullptr, r, 2);
    put(label(EvaluationForms::label(L::Budget)), r, 3);
    put(label(EvaluationForms::label(L::Executed)), r, 4);
    put(label(EvaluationForms::label(L::Rate)), r++, 5);
    put(label(EvaluationForms::fundsLabel(form().kind)), r, 2);
    put(amountField(AmountField::Budget), r, 3);
    put(amountField(AmountField::Executed), r, 4);
    m_rate = label(QString(), true);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setToolTip(tr("Executed (B) / budget (A) in whole percent; blank when the budget is 0"));
    put(m_rate, r++, 5);

    if (overall) {
        put(label(EvaluationForms::label(L::Goal)), r, 0, 1, 2);
        put(textArea(Field::Goal), r++, 2, 1, 4);
    }
    put(label(EvaluationForms::indicatorsLabel(form().kind)), r, 0);
    put(indicatorPanel(), r++, 1, 1, 5);
    put(label(EvaluationForms::label(L::Deviation)), r, 0, 1, 2);
    put(textArea(Field::Deviation), r++, 2, 1, 4);
    put(label(EvaluationForms::label(L::Improvement)), r, 0, 1, 2);
    put(textArea(Field::Improvement), r++, 2, 1, 4);

    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    for (int c = 2; c < 6; ++c)
        m_grid->setColumnStretch(c, 2);
    m_grid->setColumnMinimumWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("一二三四")));

    auto *v = static_cast<QVBoxLayout *>(layout());
    v->insertWidget(2, m_sheet); // under the title and the message
}

bool EvaluationFormEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *ke = static_cast<QKeyEvent *>(event);
        const bool undo = ke->matches(QKeySequence::Undo), redo = ke->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                // Leave the keys to the window's Undo/Redo actions when there are any.
                event->ignore();
                return true;
            }
            // Reached only when no window action took the keys (the editor on its own).
            if (undo)
                m_document->undoStack()->undo();
            else
                m_document->undoStack()->redo();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- showing the document

void EvaluationFormEditor::refresh()
{
    if (!hasForm()) {
        if (m_built)
            rebuild();
        m_title->setText(tr("No form selected"));
        return;
    }
    if (!m_built || m_builtOverall != (form().kind == EvaluationForm::Kind::Overall))
        rebuild();
    const EvaluationForm &f = form();
    m_updating = true;
    m_title->setText(EvaluationForms::title(f.kind, m_document->metadata().year));
    for (const auto &e : std::as_const(m_lineEdits)) {
        const QString text = textOf(f, e.first);
        // Keep what the user is typing when it is the refused empty name.
        if (e.second->text() != text && !(e.second->hasFocus() && e.second->text().trimmed().isEmpty()))
            e.second->setText(text);
    }
    for (const auto &e : std::as_const(m_textAreas))
        if (e.second->toPlainText() != textOf(f, e.first))
            e.second->setPlainText(textOf(f, e.first)); // only on undo or a change elsewhere: keeps the cursor otherwise
    for (const auto &e : std::as_const(m_amounts)) {
        const QString text = shownAmount(amountOf(f, e.first));
        if (e.second->text() != text && !(e.second->hasFocus() && e.second->isModified()))
            e.second->setText(text);
    }
    for (const auto &t : std::as_const(m_typeBoxes))
        t.second->setChecked(f.projectType == t.first);
    for (int i = 0; i < m_sourceBoxes.size(); ++i)
        m_sourceBoxes.at(i)->setChecked(f.sources[i].checked);
    m_updating = false;
    updateRate();
    updateSpans();
    updateButtons();
}

void EvaluationFormEditor::updateRate()
{
    if (!m_rate || !hasForm())
        return;
    // Live while typing: an amount being typed counts as soon as it parses.
    EvaluationForm f = form();
    for (const auto &e : std::as_const(m_amounts)) {
        if (e.first != AmountField::Budget && e.first != AmountField::Executed)
            continue;
        if (e.second->isModified()) {
            const Money::ParseResult parsed = Money::parse(e.second->text());
            if (parsed.ok)
                setAmount(f, e.first, parsed.value);
        }
    }
    m_rate->setText(f.executionRate());
}

void EvaluationFormEditor::updateSpans()
{
    if (!m_indicatorView || !hasForm())
        return;
    m_indicatorView->clearSpans();
    const QList<Indicator> &rows = form().indicators;
    for (int level = 1; level <= 2; ++level)
        for (const EvaluationForms::Span &s : EvaluationForms::spans(rows, level))
            if (s.count > 1)
                m_indicatorView->setSpan(s.first, level - 1, s.count, 1);
}

void EvaluationFormEditor::updateButtons()
{
    if (!m_indicatorView)
        return;
    const QModelIndex current = m_indicatorView->currentIndex();
    const int rows = m_indicators->rowCount();
    const bool has = current.isValid();
    m_removeRow->setEnabled(has);
    m_rowUp->setEnabled(has && current.row() > 0);
    m_rowDown->setEnabled(has && current.row() + 1 < rows);
    m_addGroup2->setEnabled(has);
}

} // namespace Juesuan
