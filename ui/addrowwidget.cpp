#include "addrowwidget.h"

#include "document.h"
#include "usercatalogue.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QToolTip>

namespace Juesuan {

namespace {
bool isItemCode(const QString &s)
{
    if (SubjectCatalogue::level(s) != 3)
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}
} // namespace

AddRowWidget::AddRowWidget(Document *document, const QString &tableId, QWidget *parent)
    : QWidget(parent), m_document(document), m_tableId(tableId), m_edit(new QLineEdit(this)),
      m_completer(new QCompleter(this)), m_completions(new QStringListModel(this)),
      m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Add item:"), this);
    label->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("subject code or name, then Enter (a code no catalogue has: code and name)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
    // The catalogue does the matching (code prefix, name or path); the popup shows its answer as is.
    m_completer->setModel(m_completions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    m_remove->setText(tr("Remove item row"));
    m_remove->setToolTip(tr("Remove the selected item (项) row and its amounts"));
    m_remove->setEnabled(false);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_remove);
    layout->addStretch(1);

    connect(m_edit, &QLineEdit::textEdited, this, &AddRowWidget::updateCompletions);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_edit->setText(text);
        addItem(text);
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        // An entry the user moved to in the list wins over the typed text. Hiding the
        // popup first keeps the completer from activating the entry a second time.
        QAbstractItemView *popup = m_completer->popup();
        const QModelIndex picked = popup->isVisible() ? popup->currentIndex() : QModelIndex();
        popup->hide();
        addItem(picked.isValid() ? picked.data().toString() : m_edit->text());
    });
    connect(m_remove, &QToolButton::clicked, this, &AddRowWidget::removeRequested);
}

void AddRowWidget::setRemoveEnabled(bool enabled)
{
    m_remove->setEnabled(enabled);
}

void AddRowWidget::updateCompletions(const QString &text)
{
    const TableTemplate *t = m_document->reportTemplate().table(m_tableId);
    const SubjectCatalogue &catalogue = m_document->reportTemplate().catalogue();
    QStringList entries;
    const QStringList present = m_document->itemRows(m_tableId);
    QStringList codes = catalogue.find(t->scheme(), text, 3, 50);
    if (t->scheme() == SubjectCatalogue::Scheme::Functional) // and the user's imported names
        for (const QString &code : UserCatalogue::forEdition(m_document->reportTemplate().edition())->find(text, 3, 50))
            if (!codes.contains(code))
                codes.append(code);
    for (const QString &code : std::as_const(codes))
        if (!present.contains(code))
            entries.append(code + QLatin1Char(' ') + m_document->rowName(m_tableId, code));
    m_completions->setStringList(entries);
    if (entries.isEmpty())
        m_completer->popup()->hide();
    else {
        m_completer->complete();
        // Nothing highlighted until the user moves into the list: Enter then adds what was typed.
        m_completer->popup()->setCurrentIndex(QModelIndex());
    }
}

void AddRowWidget::refuse(const QString &reason)
{
    emit statusMessage(reason);
    if (m_edit->isVisible())
        QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())), reason, m_edit);
}

bool AddRowWidget::addItem(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return false;
    const TableTemplate *t = m_document->reportTemplate().table(m_tableId);
    const SubjectCatalogue &catalogue = m_document->reportTemplate().catalogue();
    QString code = query.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    // "2010398 数据资源专项事务": a code and the name to give it when no catalogue has it.
    const QString givenName = query.section(QLatin1Char(' '), 1, -1, QString::SectionSkipEmpty).simplified();
    if (!isItemCode(code)) {
        // A name (or part of one): it must pick exactly one 项, or be one's exact name.
        const QStringList matches = catalogue.find(t->scheme(), query, 3, 50);
        code.clear();
        for (const QString &m : matches)
            if (catalogue.name(t->scheme(), m) == query) {
                if (!code.isEmpty()) {
                    code.clear();
                    break;
                }
                code = m;
            }
        if (code.isEmpty() && matches.size() == 1)
            code = matches.first();
        if (code.isEmpty()) {
            refuse(matches.isEmpty()
                           ? tr("No item (项) subject matches “%1”").arg(query)
                           : tr("“%1” matches %n item subjects; choose one from the list", nullptr,
                                int(matches.size()))
                                     .arg(query));
            return false;
        }
    }
    QString error;
    if (!(isItemCode(code) ? m_document->addItemRow(m_tableId, code, givenName, &error)
                           : m_document->addItemRow(m_tableId, code, &error))) {
        refuse(error);
        return false;
    }
    m_edit->clear();
    m_completions->setStringList({});
    emit statusMessage(tr("Added %1 %2 to %3").arg(code, m_document->rowName(m_tableId, code), t->code()));
    emit itemAdded(code);
    return true;
}

} // namespace Juesuan
