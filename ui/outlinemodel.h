#pragma once

#include <QPointer>
#include <QStandardItemModel>

namespace Juesuan {

class Document;
class ReportTemplate;

// The report's outline as the published 目录 orders it: parts 1–6 with their sections, the
// nine tables of part 2 by their published titles, and the figures 图1–4. Every entry has a
// stable id (IdRole) that names the page showing it:
//   part1 duties organization part2 table/01 … table/09 part3 part4 part5 part6
//   figures figure/1 … figure/4
// Others add entries with addEntry (e.g. the self-evaluation forms under part6).
// A second column says, per table, how much of it is filled in ("12 / 40", FillProgress),
// or that it is mostly derived from other tables; it follows the document's edits.
class OutlineModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FilledRole,   // table entries: input cells that hold a value
        InputsRole,   // table entries: input cells
        DerivedRole,  // table entries: true when most of the table is computed from others
    };
    enum Column { TitleColumn, FillColumn };

    explicit OutlineModel(QObject *parent = nullptr);

    // Lists the template's tables under part 2 (replacing the previous ones).
    void setTables(const ReportTemplate &reportTemplate);
    // Shows the fill state of `document`'s tables and keeps it current (nullptr: none).
    void setDocument(const Document *document);
    // Recounts the fill state of one table ("" for all).
    void updateFill(const QString &table = QString());
    // Adds an entry (or retitles an existing one) under `parentId` (top level when empty).
    QModelIndex addEntry(const QString &id, const QString &title, const QString &parentId = QString());
    QModelIndex indexOf(const QString &id) const;
    static QString idOf(const QModelIndex &index);
    static QString tableId(const QString &outlineId); // "05" for "table/05", else empty

private:
    void scheduleFill(const QString &table);

    QPointer<const Document> m_document;
    QStringList m_pendingFill;
    bool m_fillScheduled = false;
};

} // namespace Juesuan
