#include "evaluationformspage.h"

#include "document.h"
#include "evaluationformeditor.h"
#include "evaluationforms.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace Juesuan {

EvaluationFormsPage::EvaluationFormsPage(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget;
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("formList"));
    m_list->setWordWrap(true);
    lv->addWidget(m_list, 1);
    auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        lv->addWidget(b);
        return b;
    };
    m_addProject = button(tr("Add project form"), QStringLiteral("addProject"));
    m_addOverall = button(tr("Add overall form"), QStringLiteral("addOverall"));
    m_remove = button(tr("Remove form"), QStringLiteral("removeForm"));
    auto *moves = new QHBoxLayout;
    m_up = new QPushButton(tr("Move up"));
    m_up->setObjectName(QStringLiteral("formUp"));
    m_down = new QPushButton(tr("Move down"));
    m_down->setObjectName(QStringLiteral("formDown"));
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    lv->addLayout(moves);
    splitter->addWidget(left);

    m_editor = new EvaluationFormEditor(document);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_editor);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_addProject, &QPushButton::clicked, this, &EvaluationFormsPage::addProject);
    connect(m_addOverall, &QPushButton::clicked, this, &EvaluationFormsPage::addOverallForm);
    connect(m_remove, &QPushButton::clicked, this, &EvaluationFormsPage::removeCurrentForm);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentForm(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentForm(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updating)
            return;
        m_editor->setFormIndex(row);
        updateButtons();
    });
    connect(document, &Document::evaluationsChanged, this, &EvaluationFormsPage::refreshList);
    connect(document, &Document::documentReset, this, &EvaluationFormsPage::refreshList);
    refreshList();
    if (!document->evaluations().isEmpty())
        setCurrentForm(0);
}

int EvaluationFormsPage::currentForm() const
{
    return m_list->currentRow();
}

void EvaluationFormsPage::setCurrentForm(int index)
{
    m_list->setCurrentRow(index);
    m_editor->setFormIndex(m_list->currentRow());
    updateButtons();
}

void EvaluationFormsPage::refreshList()
{
    const QList<EvaluationForm> &forms = m_document->evaluations();
    const int current = m_list->currentRow();
    m_updating = true;
    while (m_list->count() > forms.size())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < forms.size())
        m_list->addItem(new QListWidgetItem);
    int project = 0;
    for (int i = 0; i < forms.size(); ++i) {
        const EvaluationForm &f = forms.at(i);
        const QString text = f.kind == EvaluationForm::Kind::Overall ? tr("Overall: %1").arg(f.name)
                                                                     : tr("%1. %2").arg(++project).arg(f.name);
        m_list->item(i)->setText(text);
    }
    // Undo of an add or a remove may leave the selection past the end.
    const int row = forms.isEmpty() ? -1 : qBound(0, current, int(forms.size()) - 1);
    m_list->setCurrentRow(row);
    m_updating = false;
    if (m_editor->formIndex() != row)
        m_editor->setFormIndex(row);
    updateButtons();
}

void EvaluationFormsPage::updateButtons()
{
    const QList<EvaluationForm> &forms = m_document->evaluations();
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < forms.size();
    const bool project = valid && forms.at(row).kind == EvaluationForm::Kind::Project;
    m_addOverall->setEnabled(EvaluationForms::overallIndex(forms) < 0);
    m_remove->setEnabled(valid);
    m_up->setEnabled(project && row > 0 && forms.at(row - 1).kind == EvaluationForm::Kind::Project);
    m_down->setEnabled(project && row + 1 < forms.size());
}

void EvaluationFormsPage::addProject()
{
    QList<EvaluationForm> forms = m_document->evaluations();
    const int at = EvaluationForms::insertForm(&forms, EvaluationForms::newForm(*m_document, EvaluationForm::Kind::Project),
                                               m_list->currentRow());
    m_document->setEvaluations(forms, tr("Add project form"));
    setCurrentForm(at);
}

void EvaluationFormsPage::addOverallForm()
{
    QList<EvaluationForm> forms = m_document->evaluations();
    const int at = EvaluationForms::insertForm(&forms, EvaluationForms::newForm(*m_document, EvaluationForm::Kind::Overall));
    if (at < 0)
        return;
    m_document->setEvaluations(forms, tr("Add overall form"));
    setCurrentForm(at);
}

void EvaluationFormsPage::removeCurrentForm()
{
    const int row = m_list->currentRow();
    QList<EvaluationForm> forms = m_document->evaluations();
    if (row < 0 || row >= forms.size())
        return;
    const QString name = forms.at(row).name;
    forms.removeAt(row);
    m_document->setEvaluations(forms, tr("Remove form “%1”").arg(name));
    setCurrentForm(qMin(row, int(forms.size()) - 1));
}

void EvaluationFormsPage::moveCurrentForm(int delta)
{
    const int row = m_list->currentRow();
    QList<EvaluationForm> forms = m_document->evaluations();
    if (!EvaluationForms::moveForm(&forms, row, delta))
        return;
    m_document->setEvaluations(forms, tr("Move form"));
    setCurrentForm(row + delta);
}

} // namespace Juesuan
