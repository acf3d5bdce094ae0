#include "outlinemodel.h"

#include "reporttemplate.h"

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
    setHorizontalHeaderLabels({tr("Outline")});
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
                                       chineseNumeral(++n) + QStringLiteral("、") + t.title());
        item->setToolTip(t.code() + QLatin1Char(' ') + t.title());
        part2->appendRow(item);
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

QString OutlineModel::chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n < 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString s = tens == 1 ? QString() : QString(digits.at(tens));
    s += QStringLiteral("十");
    if (ones)
        s += digits.at(ones);
    return s;
}

} // namespace Juesuan
