#include "auditmodel.h"

#include "findingplace.h"

#include "document.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Juesuan {

namespace {
// Models live in the GUI thread only.
QHash<const Document *, AuditModel *> &registry()
{
    static QHash<const Document *, AuditModel *> models;
    return models;
}
} // namespace

AuditModel::AuditModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_engine(*document)
{
    registry().insert(document, this);
    for (auto signal : {&Document::metadataChanged, &Document::figuresChanged, &Document::keyWorkChanged,
                        &Document::evaluationsChanged, &Document::documentReset})
        connect(document, signal, this, &AuditModel::scheduleRefresh);
    connect(document, &Document::cellsChanged, this, &AuditModel::scheduleRefresh);
    connect(document, &Document::rowsChanged, this, &AuditModel::scheduleRefresh);
    connect(document, &Document::textChanged, this, &AuditModel::scheduleRefresh);
    m_findings = m_engine.run();
    for (int i = 0; i < m_findings.size(); ++i)
        for (const CellKey &k : std::as_const(m_findings.at(i).cells))
            m_byCell[k].append(i);
}

AuditModel::~AuditModel()
{
    if (registry().value(m_document) == this)
        registry().remove(m_document);
}

AuditModel *AuditModel::forDocument(const Document *document)
{
    return registry().value(document);
}

void AuditModel::scheduleRefresh()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pending)
            refresh();
    });
}

void AuditModel::refresh()
{
    m_pending = false;
    QList<Finding> findings = m_engine.run();
    if (findings == m_findings)
        return;
    QSet<CellKey> touched;
    for (const Finding &f : std::as_const(m_findings))
        for (const CellKey &k : f.cells)
            touched.insert(k);
    beginResetModel();
    m_findings = std::move(findings);
    m_byCell.clear();
    for (int i = 0; i < m_findings.size(); ++i)
        for (const CellKey &k : std::as_const(m_findings.at(i).cells)) {
            m_byCell[k].append(i);
            touched.insert(k);
        }
    endResetModel();
    QList<CellKey> cells(touched.begin(), touched.end());
    std::sort(cells.begin(), cells.end());
    emit findingsChanged(cells);
}

QList<Finding> AuditModel::findingsFor(const CellKey &key) const
{
    QList<Finding> out;
    for (int i : m_byCell.value(key))
        out.append(m_findings.at(i));
    std::stable_sort(out.begin(), out.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return out;
}

int AuditModel::count(Finding::Severity severity) const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::place(const Finding &f) const
{
    return FindingPlace::of(*m_document, f);
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RuleColumn:
            return f.ruleId;
        case MessageColumn:
            return f.message;
        case PlaceColumn:
            return place(f);
        }
        break;
    case Qt::ToolTipRole:
        return f.message;
    case SeverityRole:
        return int(f.severity);
    case CellsRole:
        return QVariant::fromValue(f.cells);
    case TablesRole: {
        QStringList tables;
        for (const CellKey &k : f.cells)
            if (!tables.contains(k.table))
                tables.append(k.table);
        if (!f.textKey.isEmpty())
            tables.append(QStringLiteral("text"));
        if (f.evaluation >= 0)
            tables.append(QStringLiteral("forms"));
        return tables;
    }
    }
    return QVariant();
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case PlaceColumn:
        return tr("Where");
    }
    return QVariant();
}

} // namespace Juesuan
