#include "keyworkeditor.h"

#include "fittedtableview.h"
#include "keyworkmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Juesuan {

KeyWorkEditor::KeyWorkEditor(Document *document, QWidget *parent)
    : QWidget(parent), m_model(new KeyWorkModel(document, this)), m_view(new FittedTableView)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Key work table"));
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);

    m_view->setObjectName(QStringLiteral("keyWorkView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    QHeaderView *h = m_view->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("一"));
    h->setSectionResizeMode(KeyWorkModel::Number, QHeaderView::Fixed);
    m_view->setColumnWidth(KeyWorkModel::Number, 4 * em);
    h->setSectionResizeMode(KeyWorkModel::Item, QHeaderView::Interactive);
    m_view->setColumnWidth(KeyWorkModel::Item, 9 * em);
    h->setSectionResizeMode(KeyWorkModel::Content, QHeaderView::Stretch);
    h->setSectionResizeMode(KeyWorkModel::Result, QHeaderView::Stretch);
    layout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_add = button(tr("Add row"), QStringLiteral("addKeyWork"));
    m_remove = button(tr("Remove row"), QStringLiteral("removeKeyWork"));
    m_up = button(tr("Move up"), QStringLiteral("keyWorkUp"));
    m_down = button(tr("Move down"), QStringLiteral("keyWorkDown"));
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    auto current = [this] { return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1; };
    connect(m_add, &QPushButton::clicked, this, [this, current] { apply(m_model->insertRowAfter(current())); });
    connect(m_remove, &QPushButton::clicked, this, [this, current] { apply(m_model->removeRowAt(current())); });
    connect(m_up, &QPushButton::clicked, this, [this, current] { apply(m_model->moveRow(current(), -1)); });
    connect(m_down, &QPushButton::clicked, this, [this, current] { apply(m_model->moveRow(current(), 1)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &KeyWorkEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeyWorkEditor::updateButtons);
    updateButtons();
}

void KeyWorkEditor::apply(int selectRow)
{
    if (selectRow >= 0 && selectRow < m_model->rowCount()) {
        const int column = m_view->currentIndex().isValid() ? qMax(1, m_view->currentIndex().column())
                                                            : int(KeyWorkModel::Item);
        m_view->setCurrentIndex(m_model->index(selectRow, column));
    }
    updateButtons();
}

void KeyWorkEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool has = current.isValid();
    m_remove->setEnabled(has);
    m_up->setEnabled(has && current.row() > 0);
    m_down->setEnabled(has && current.row() + 1 < m_model->rowCount());
}

} // namespace Juesuan
