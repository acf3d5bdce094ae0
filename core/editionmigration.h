#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Juesuan {

// Moves a document to a newer edition (File → Change Edition…, `juesuan migrate`): every
// value whose cell, subject row or figure exists in the new edition is carried over, 项
// codes the new catalogue moved follow their new code, and what the new edition renames
// or no longer has is reported, with the values that cannot come along listed one by one
// rather than silently dropped. Planning changes nothing; applying is one undo step.
class EditionMigration
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::EditionMigration)
public:
    struct Report {
        QString from;         // "2023"
        QString to;           // "2025"
        int cellsCarried = 0; // input cells carried over (under their new code where moved)
        QStringList moved;    // "公开05表 2010350 → 2010351 (2 cells)"
        QStringList renamed;  // "2010350: 事业运行 → 事业运行服务"
        QStringList dropped;  // what no longer exists, each with its value
        // The report for the user: one line per item under headings, in the UI language.
        QString text() const;
    };

    // What moving `document` to `target` would do. Refused (false, with the reason) when
    // `target` is not newer than the document's edition or the result cannot be built.
    static bool plan(const Document &document, const std::shared_ptr<const ReportTemplate> &target,
                     Document::EditionState *next, Report *report, QString *error);
    // plan, then the change as one undo step on the document's stack.
    static bool apply(Document &document, const std::shared_ptr<const ReportTemplate> &target, Report *report,
                      QString *error);
    // The built-in editions a document of `edition` may move to, oldest first.
    static QStringList newerEditions(const QString &edition);
    // The built-in edition a report of 决算 year `year` is made in: that year's edition, else
    // the newest one before it (a report of a year this program has no edition for yet), else
    // the oldest. Used where a report is created from data that names its year (import).
    static QString editionForYear(int year);
};

} // namespace Juesuan
