#pragma once

#include "documentdata.h"
#include "money.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Juesuan {

class Document;

// One heading of 第三部分 with its paragraphs. Level 1 is 一…十三, level 2 （一）（二）….
struct NarrativeSection
{
    QString id;            // "overview", "gpb.detail", "threePublic.detail", …
    int level = 1;
    QString heading;       // "一、收入支出决算总体情况说明"
    QList<QString> paragraphs;
    QStringList reasonKeys; // the Document texts ("reason.<id>") these paragraphs quote
    // Of those, the 主要原因 a sentence of the new explanations (七 and 八 against 上年 and 年初预算,
    // 十 against 上年) asks for because its figures differ, and nobody has written: the audit
    // warns about each (rule kind explanationReason). The older explanations' reasons are
    // checked by the edition's reasonRequired rules.
    QStringList missingReasons;
    int figure = 0;         // the figure (图1–4) printed after the paragraphs, or 0
};

// Writes 第三部分 情况说明 in the published wording from the document: every amount, share,
// 增减额/增减率 and completion rate comes from the tables and figures; only the reasons
// (主要原因) and the descriptive clauses are the accountant's texts.
class Narrative
{
public:
    static QString title(const Document &document); // "第三部分 …2023年度部门决算情况说明"
    static QList<NarrativeSection> generate(const Document &document);

    // Formatting as the report prints it, exposed for the tests and the report:
    // 万元 without separators and without trailing zeros ("1274.1", "3", "0").
    static QString wan(const Money &amount);
    // The same in a house style: trimmed as above, or always two decimals ("1274.10").
    static QString wan(const Money &amount, const NarrativeStyle &style);
    // num/den to one decimal, half up, ".0" dropped ("13.5%", "100%"); empty when den is 0.
    static QString share(qint64 num, qint64 den);
    // The same to 0, 1 or 2 decimals; a fraction of zeros only is dropped ("100%", "94.40%").
    static QString share(qint64 num, qint64 den, int decimals);
    // The text key of a per-project text ("reason.effect." + the name's letters and digits).
    static QString projectKey(const QString &prefix, const QString &projectName);
};

} // namespace Juesuan
