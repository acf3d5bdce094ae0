#include "outlinemodel.h"

#include "document.h"
#include "fillprogress.h"
#include "reporttemplate.h"
#include "richtext.h"

#include <QTimer>

namespace Juesuan {

namespace {
QStandardItem *makeItem(const QString &id, const QString &title)
{
    auto *item = new QStandardItem(title);
    item->setData(id, OutlineModel::IdRole);
    item->setEditable(false);
    item->setToolTip(title);
    return item;
}
} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Outline"), tr("Filled")});
    addEntry(QStringLiteral("part1"), tr("Part 1  Overview"));
    addEntry(QStringLiteral("duties"), tr("1. Main duties"), QStringLiteral("part1"));
    addEntry(QStringLiteral("organization"), tr("2. Organisation"), QStringLiteral("part1"));
    addEntry(QStringLiteral("part2"), tr("Part 2  Final accounts tables"));
    addEntry(QStringLiteral("part3"), tr("Part 3  Explanations"));
    addEntry(QStringLiteral("part4"), tr("Part 4  Key work completed"));
    addEntry(QStringLiteral("part5"), tr("Part 5  Glossary"));
    addEntry(QStringLiteral("part6"), tr("Part 6  Attachments"));
    addEntry(QStringLiteral("figures"), tr("Figures"));
    addEntry(QStringLiteral("figure/1"), tr("Figure 1: Change in total revenue and expenditure"),
             QStringLiteral("figures"));
    addEntry(QStringLiteral("figure/2"), tr("Figure 2: Revenue structure"), QStringLiteral("figures"));
    addEntry(QStringLiteral("figure/3"), tr("Figure 3: Expenditure structure"), QStringLiteral("figures"));
    addEntry(QStringLiteral("figure/4"),
             tr("Figure 4: Change in total fiscal appropriation revenue and expenditure"),
             QStringLiteral("figures"));
}

void OutlineModel::setTables(const ReportTemplate &reportTemplate)
{
    QStandardItem *part2 = itemFromIndex(indexOf(QStringLiteral("part2")));
    part2->removeRows(0, part2->rowCount());
    int n = 0;
    for (const TableTemplate &t : reportTemplate.tables()) {
        // Numbered as the published 目录 numbers them: 一、收入支出决算总表
        QStandardItem *item = makeItem(QStringLiteral("table/") + t.id(),
                                       RichText::chineseNumber(++n, RichText::Zero::Circle) + QStringLiteral("、") + t.title());
        item->setToolTip(t.code() + QLatin1Char(' ') + t.title());
        auto *fill = new QStandardItem;
        fill->setEditable(false);
        fill->setData(QString(QStringLiteral("table/") + t.id()), IdRole);
        fill->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        part2->appendRow({item, fill});
    }
    updateFill();
}

void OutlineModel::setDocument(const Document *document)
{
    if (m_document)
        disconnect(m_document.data(), nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::cellsChanged, this, [this](const QList<CellKey> &cells) {
            for (const CellKey &k : cells)
                scheduleFill(k.table);
        });
        connect(document, &Document::rowsChanged, this, &OutlineModel::scheduleFill);
        connect(document, &Document::documentReset, this, [this] { scheduleFill(QString()); });
    }
    updateFill();
}

void OutlineModel::scheduleFill(const QString &table)
{
    // A paste or an import changes many cells: count once, when control returns.
    if (!m_pendingFill.contains(table))
        m_pendingFill.append(table);
    if (m_fillScheduled)
        return;
    m_fillScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_fillScheduled = false;
        const QStringList tables = m_pendingFill;
        m_pendingFill.clear();
        if (tables.contains(QString()))
            updateFill();
        else
            for (const QString &t : tables)
                updateFill(t);
    });
}

void OutlineModel::updateFill(const QString &table)
{
    const QModelIndex part2 = indexOf(QStringLiteral("part2"));
    for (int r = 0; r < rowCount(part2); ++r) {
        const QModelIndex title = index(r, TitleColumn, part2);
        const QString id = tableId(idOf(title));
        if (id.isEmpty() || (!table.isEmpty() && id != table))
            continue;
        QStandardItem *titleItem = itemFromIndex(title);
        QStandardItem *fill = itemFromIndex(index(r, FillColumn, part2));
        if (!fill)
            continue;
        if (!m_document || !m_document->reportTemplate().table(id)) {
            fill->setText(QString());
            continue;
        }
        const FillProgress p = FillProgress::of(*m_document, id);
        const QString code = m_document->reportTemplate().table(id)->code();
        QString tip;
        if (p.codeList && p.rows == 0)
            tip = tr("%1: to fill in. Add its items (项) by subject code or name, then type their amounts.").arg(code);
        else if (p.isMostlyDerived())
            tip = tr("%1: mostly derived from the other tables (%2 cells); fill in its %3 remaining input cells, "
                     "%4 of them filled.").arg(code).arg(p.derived).arg(p.inputs).arg(p.filled);
        else
            tip = tr("%1: to fill in: %2 of its %3 input cells hold a value; %4 cells are computed.")
                          .arg(code).arg(p.filled).arg(p.inputs).arg(p.derived);
        const QString text = p.isMostlyDerived() ? tr("derived, %1").arg(p.text()) : p.text();
        if (fill->text() != text)
            fill->setText(text);
        fill->setToolTip(tip);
        titleItem->setData(p.filled, FilledRole);
        titleItem->setData(p.inputs, InputsRole);
        titleItem->setData(p.isMostlyDerived(), DerivedRole);
    }
}

QModelIndex OutlineModel::addEntry(const QString &id, const QString &title, const QString &parentId)
{
    const QModelIndex existing = indexOf(id);
    if (existing.isValid()) {
        setData(existing, title, Qt::DisplayRole);
        setData(existing, title, Qt::ToolTipRole);
        return existing;
    }
    QStandardItem *parent = invisibleRootItem();
    if (!parentId.isEmpty()) {
        const QModelIndex p = indexOf(parentId);
        if (p.isValid())
            parent = itemFromIndex(p);
    }
    QStandardItem *item = makeItem(id, title);
    parent->appendRow(item);
    return item->index();
}

QModelIndex OutlineModel::indexOf(const QString &id) const
{
    const QModelIndexList found = match(index(0, 0), IdRole, id, 1,
                                        Qt::MatchExactly | Qt::MatchRecursive | Qt::MatchWrap);
    return found.isEmpty() ? QModelIndex() : found.first();
}

QString OutlineModel::idOf(const QModelIndex &index)
{
    return index.data(IdRole).toString();
}

QString OutlineModel::tableId(const QString &outlineId)
{
    const QLatin1String prefix("table/");
    return outlineId.startsWith(prefix) ? outlineId.mid(prefix.size()) : QString();
}

} // namespace Juesuan
