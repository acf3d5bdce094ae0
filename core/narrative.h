#pragma once

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
    // num/den to one decimal, half up, ".0" dropped ("13.5%", "100%"); empty when den is 0.
    static QString share(qint64 num, qint64 den);
    // The text key of a per-project text ("reason.effect." + the name's letters and digits).
    static QString projectKey(const QString &prefix, const QString &projectName);
};

} // namespace Juesuan
