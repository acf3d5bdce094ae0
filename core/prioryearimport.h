#pragma once

#include "cellkey.h"
#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Juesuan {

class Document;

// Fills a report's 上年 figures from last year's report: each 上年 figure of this year's
// edition names a quantity ("income_total"), and last year's edition says which cells make
// that quantity in last year's report, so a document of an older edition with other cell
// names still maps. Collecting changes
// nothing; applying is one undo step.
class PriorYearImport
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::PriorYearImport)
public:
    struct Entry {
        QString key;      // Document::priorYearKeys()
        CellKey source;   // where last year's report holds it (invalid when a sum of cells)
        QString place;    // the same in words: "公开01表 总计 1栏"
        Money value;      // what it holds
        Money previous;   // what this report had (blank when nothing)
    };
    struct Result {
        QList<Entry> figures;   // every key last year's report has a value for
        QStringList missing;    // keys it cannot supply (no such cell, or the cell is blank)
        QString yearMismatch;   // non-empty when last year's report is not for the year before
        QHash<QString, QString> labels; // the figures' labels, from this year's edition
        bool isEmpty() const { return figures.isEmpty(); }
    };

    // Last year's report from `path`: a .juesuan file, or a workbook of last year's tables
    // (xlsx, xls, csv), imported into a new document of the current report's edition for the
    // year before (or the year its titles name). nullptr with the reason when unreadable.
    // `notes` (optional) receives what the workbook import assumed or found.
    static std::unique_ptr<Document> loadLastYear(const QString &path, const Document &current, QString *error,
                                                  QStringList *notes = nullptr);
    static Result collect(const Document &lastYear, const Document &current);
    // Sets every collected figure as one undo step; false (and nothing changed) when
    // there is nothing to set.
    static bool apply(Document &current, const Result &result, QString *error);
    // What collect found, one line per figure, for the user: "收入总计 4,361.89 (was blank)".
    static QString summary(const Result &result);
};

} // namespace Juesuan
