#include "cataloguedialog.h"

#include "document.h"
#include "subjectcatalogue.h"
#include "subjectnames.h"
#include "usercatalogue.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Juesuan {

namespace {

// Keeps the rows whose code starts with the query or whose name contains it.
class CatalogueFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setQuery(const QString &query)
    {
        m_query = query.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_query.isEmpty())
            return true;
        const QAbstractItemModel *m = sourceModel();
        return m->index(row, CatalogueDialog::CodeColumn, parent).data().toString().startsWith(m_query)
                || m->index(row, CatalogueDialog::NameColumn, parent).data().toString().contains(m_query,
                                                                                                  Qt::CaseInsensitive);
    }

private:
    QString m_query;
};

} // namespace

CatalogueDialog::CatalogueDialog(const Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_model(new QStandardItemModel(this)),
      m_filter(new CatalogueFilter(this)), m_search(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_summary(new QLabel(this)), m_removeButton(new QPushButton(tr("&Remove Imported Catalogue…"), this))
{
    setWindowTitle(tr("Subject Catalogue %1").arg(document->reportTemplate().edition()));
    setObjectName(QStringLiteral("catalogueDialog"));
    auto *label = new QLabel(tr("&Search code or name:"), this);
    label->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("e.g. 20103 or 事业运行"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("catalogueView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setObjectName(QStringLiteral("catalogueSummary"));
    m_summary->setWordWrap(true);
    m_removeButton->setObjectName(QStringLiteral("removeCatalogueButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_removeButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    auto *search = new QHBoxLayout;
    search->addWidget(label);
    search->addWidget(m_search, 1);
    layout->addLayout(search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { static_cast<CatalogueFilter *>(m_filter)->setQuery(text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_removeButton, &QPushButton::clicked, this, &CatalogueDialog::removeRequested);
    reload();
}

void CatalogueDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Source"), tr("Bundled name")});
    int counts[5] = {};
    const QList<SubjectNames::Entry> entries = SubjectNames(*m_document).entries();
    for (const SubjectNames::Entry &e : entries) {
        ++counts[int(e.origin)];
        QList<QStandardItem *> row;
        // Indent names by level, as the published catalogue does.
        const int level = SubjectCatalogue::level(e.code);
        row << new QStandardItem(e.code)
            << new QStandardItem(QString(qMax(0, level - 1) * 2, QChar(0x3000)) + e.name)
            << new QStandardItem(SubjectNames::originText(e.origin))
            << new QStandardItem(e.bundledName != e.name ? e.bundledName : QString());
        row.at(NameColumn)->setData(e.name, Qt::UserRole);
        row.at(OriginColumn)->setData(int(e.origin), Qt::UserRole);
        if (e.origin == SubjectNames::Origin::Unverified) {
            const QString tip = tr("Entered from memory and not checked against an official copy of the "
                                   "%1 政府收支分类科目: check it before relying on it.")
                                        .arg(m_document->reportTemplate().edition());
            for (QStandardItem *item : std::as_const(row)) {
                item->setToolTip(tip);
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
            }
        }
        m_model->appendRow(row);
    }
    m_view->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    const auto imported = UserCatalogue::forEdition(m_document->reportTemplate().edition());
    QString summary = tr("%n subjects: %1 bundled (%2 of them unverified), %3 imported, %4 named in this document.",
                         nullptr, int(entries.size()))
                              .arg(counts[int(SubjectNames::Origin::Bundled)] + counts[int(SubjectNames::Origin::Unverified)])
                              .arg(counts[int(SubjectNames::Origin::Unverified)])
                              .arg(counts[int(SubjectNames::Origin::Imported)])
                              .arg(counts[int(SubjectNames::Origin::Document)]);
    if (!imported->isEmpty())
        summary += QLatin1Char(' ') + tr("Imported from %1.").arg(imported->source());
    const QString error = UserCatalogue::loadError(m_document->reportTemplate().edition());
    if (!error.isEmpty())
        summary += QLatin1Char(' ') + tr("The imported catalogue could not be read: %1").arg(error);
    m_summary->setText(summary);
    m_removeButton->setEnabled(!imported->isEmpty());
}

} // namespace Juesuan
