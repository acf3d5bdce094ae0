#pragma once

#include <QStandardItemModel>

namespace Juesuan {

class ReportTemplate;

// The report's outline as the published 目录 orders it: parts 1–6 with their sections, the
// nine tables of part 2 by their published titles, and the figures 图1–4. Every entry has a
// stable id (IdRole) that names the page showing it:
//   part1 duties organization part2 table/01 … table/09 part3 part4 part5 part6
//   figures figure/1 … figure/4
// Others add entries with addEntry (e.g. the self-evaluation forms under part6).
class OutlineModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit OutlineModel(QObject *parent = nullptr);

    // Lists the template's tables under part 2 (replacing the previous ones).
    void setTables(const ReportTemplate &reportTemplate);
    // Adds an entry (or retitles an existing one) under `parentId` (top level when empty).
    QModelIndex addEntry(const QString &id, const QString &title, const QString &parentId = QString());
    QModelIndex indexOf(const QString &id) const;
    static QString idOf(const QModelIndex &index);
    static QString tableId(const QString &outlineId); // "05" for "table/05", else empty
    static QString chineseNumeral(int n);             // 1 → 一, 12 → 十二
};

} // namespace Juesuan
