#include "auditpanel.h"

#include "auditmodel.h"
#include "document.h"
#include "finding.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace Juesuan {

namespace {

// Filters findings by severity and table and gives each its severity icon.
class FindingFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSeverity(int severity)
    {
        m_severity = severity;
        invalidateFilter();
    }
    void setTable(const QString &table)
    {
        m_table = table;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == AuditModel::RuleColumn) {
            const auto severity = Finding::Severity(index.data(AuditModel::SeverityRole).toInt());
            const QStyle::StandardPixmap icon = severity == Finding::Severity::Error
                    ? QStyle::SP_MessageBoxCritical
                    : severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_MessageBoxInformation;
            return m_style->standardIcon(icon);
        }
        return QSortFilterProxyModel::data(index, role);
    }

    void setStyle(QStyle *style) { m_style = style; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (m_severity >= 0 && i.data(AuditModel::SeverityRole).toInt() != m_severity)
            return false;
        return m_table.isEmpty() || i.data(AuditModel::TablesRole).toStringList().contains(m_table);
    }

private:
    int m_severity = -1;
    QString m_table;
    QStyle *m_style = nullptr;
};

} // namespace

AuditPanel::AuditPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_filter(new FindingFilter(this))
    , m_view(new QTreeView(this))
    , m_severity(new QComboBox(this))
    , m_table(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    static_cast<FindingFilter *>(m_filter)->setStyle(style());
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->addItem(tr("All findings"), -1);
    m_severity->addItem(style()->standardIcon(QStyle::SP_MessageBoxCritical), tr("Errors"),
                        int(Finding::Severity::Error));
    m_severity->addItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Warnings"),
                        int(Finding::Severity::Warning));
    m_severity->addItem(style()->standardIcon(QStyle::SP_MessageBoxInformation), tr("Notes"),
                        int(Finding::Severity::Info));
    m_table->setObjectName(QStringLiteral("tableFilter"));
    m_summary->setObjectName(QStringLiteral("auditSummary"));

    m_view->setObjectName(QStringLiteral("auditFindings"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_severity);
    filters->addWidget(m_table);
    filters->addStretch(1);
    filters->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { setSeverityFilter(m_severity->currentData().toInt()); });
    connect(m_table, &QComboBox::currentIndexChanged, this,
            [this] { setTableFilter(m_table->currentData().toString()); });
    // activated covers a double-click and Enter alike.
    connect(m_view, &QAbstractItemView::activated, this, &AuditPanel::activate);
    setDocument(document);
}

AuditPanel::~AuditPanel() = default;

void AuditPanel::setDocument(Document *document)
{
    if (m_model) {
        m_filter->setSourceModel(nullptr);
        delete m_model;
        m_model = nullptr;
    }
    disconnect(m_documentGone);
    m_document = document;
    if (document) {
        m_model = new AuditModel(document, this);
        m_filter->setSourceModel(m_model);
        // A re-audit resets the list; the finding the user was on stays current if it remains.
        connect(m_model, &AuditModel::modelAboutToBeReset, this, [this] {
            const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
            m_current = current.isValid() ? m_model->finding(current.row()) : Finding();
        });
        connect(m_model, &AuditModel::modelReset, this, [this] {
            for (int r = 0; r < m_model->rowCount() && !m_current.ruleId.isEmpty(); ++r) {
                const Finding &f = m_model->finding(r);
                if (f.ruleId == m_current.ruleId && f.cells == m_current.cells && f.textKey == m_current.textKey
                    && f.textOffset == m_current.textOffset && f.evaluation == m_current.evaluation) {
                    m_view->setCurrentIndex(m_filter->mapFromSource(m_model->index(r, 0)));
                    break;
                }
            }
            updateSummary();
        });
        connect(m_model, &AuditModel::findingsChanged, this, &AuditPanel::findingsChanged);
        // The document may go away before the panel does.
        m_documentGone = connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    fillTableFilter();
    if (m_model) { // the header has sections only with a model
        QHeaderView *header = m_view->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(AuditModel::RuleColumn, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(AuditModel::MessageColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(AuditModel::PlaceColumn, QHeaderView::ResizeToContents);
    }
    updateSummary();
}

void AuditPanel::fillTableFilter()
{
    const QString current = m_table->currentData().toString();
    const QSignalBlocker block(m_table);
    m_table->clear();
    m_table->addItem(tr("All tables"), QString());
    if (m_document)
        for (const TableTemplate &t : m_document->reportTemplate().tables())
            m_table->addItem(t.code(), t.id());
    m_table->addItem(tr("Text parts"), QStringLiteral("text"));
    m_table->addItem(tr("Self-evaluation forms"), QStringLiteral("forms"));
    m_table->setCurrentIndex(qMax(0, m_table->findData(current)));
}

void AuditPanel::setSeverityFilter(int severity)
{
    static_cast<FindingFilter *>(m_filter)->setSeverity(severity);
    const int i = m_severity->findData(severity);
    if (i >= 0 && i != m_severity->currentIndex())
        m_severity->setCurrentIndex(i);
    updateSummary();
}

void AuditPanel::setTableFilter(const QString &table)
{
    static_cast<FindingFilter *>(m_filter)->setTable(table);
    const int i = m_table->findData(table);
    if (i >= 0 && i != m_table->currentIndex())
        m_table->setCurrentIndex(i);
    updateSummary();
}

int AuditPanel::visibleCount() const
{
    return m_filter->rowCount();
}

void AuditPanel::updateSummary()
{
    if (!m_model) {
        m_summary->clear();
        return;
    }
    const int errors = m_model->count(Finding::Severity::Error);
    const int warnings = m_model->count(Finding::Severity::Warning);
    QString text = tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings);
    if (visibleCount() != m_model->rowCount())
        text += QStringLiteral(" — ") + tr("%n shown", nullptr, visibleCount());
    m_summary->setText(text);
}

void AuditPanel::activate(const QModelIndex &index)
{
    if (!m_model || !index.isValid())
        return;
    const Finding &f = m_model->finding(m_filter->mapToSource(index).row());
    if (!f.cells.isEmpty())
        emit cellActivated(f.cells.first());
    else if (!f.textKey.isEmpty() && f.textOffset >= 0)
        emit wordsActivated(f.textKey, f.textOffset, f.textLength);
    else if (!f.textKey.isEmpty())
        emit textActivated(f.textKey);
    else if (f.evaluation >= 0)
        emit evaluationActivated(f.evaluation);
}

} // namespace Juesuan
