#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Juesuan {

class Document;
class ReportTemplate;

// What the words of a report may be checked against (edition.json "textChecks"): for each
// phrase a report uses ("收入合计", "公务接待费") where its amount, its 上年 figure and its
// 年初预算 come from — named quantities, facts, 上年 figures, budgets, the self-evaluation
// forms. Common phrases, and per 第三部分 section the phrases that mean something else there
// (基本支出 of 五 is the 一般公共预算 one). Data, so that a new edition changes no C++.
class TextCheckTable
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::TextCheckTable)
public:
    struct Term {
        enum class Kind { Quantity, Fact, Prior, Budgets, ProjectsBudget, ProjectsExecuted, OverallExecuted,
                          FormBudget, FormExecuted };
        Kind kind = Kind::Quantity;
        QString name; // quantity, fact, 上年 key or form name
    };
    using Source = QList<Term>; // a sum of terms
    struct Entry {
        QStringList say;      // the phrases, as the text words them
        QList<Source> value;  // what the phrase's amount is; alternatives (a house style may mean either)
        Source prior;         // its 上年 figure, for 较上年 changes; empty when none
        Source budget;        // its 年初预算, for 完成预算的 x% and 比年初预算; empty when none
    };

    // Reads a "textChecks" object; `where` names it in errors. Every name must exist in `edition`.
    bool fromJson(const QJsonObject &json, const ReportTemplate &edition, const QString &where, QString *error);
    const QList<Entry> &common() const { return m_common; }
    QList<Entry> section(const QString &sectionId) const { return m_sections.value(sectionId); }
    bool isEmpty() const { return m_common.isEmpty() && m_sections.isEmpty(); }

    // The table of the edition or the nearest edition it is built on that has one (read
    // once per edition); an empty table when none has. nullptr, with the reason, when the
    // table cannot be read.
    static std::shared_ptr<const TextCheckTable> forTemplate(const ReportTemplate &edition, QString *error);

private:
    bool readEntries(const QJsonValue &json, const ReportTemplate &edition, const QString &where,
                     QList<Entry> *out, QString *error);
    QList<Entry> m_common;
    QHash<QString, QList<Entry>> m_sections;
};

// 表文一致: finds each amount and percentage of the free text — the text parts (职责, 机构设置,
// 重点工作, 名词解释) and every 第三部分 section the user detached — that sits next to a
// phrase the edition's table knows, and compares it with the tables at the text's own
// precision (万元 or 元 with its decimals; shares, changes and completion rates with its
// decimals, half up). Recognised: "收入合计3087.79万元", "较上年减少1274.1万元，下降29.2%",
// "占本年支出的86.5%", "完成年初预算的53%", "比年初预算增加0.08万元", "预算为3万元，支出决算
// 为1.67万元". A mismatch is a warning whose place is the words (text key, offset, length).
// Anything it cannot read with certainty it leaves alone: no false alarms on free prose.
class TextCheck
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::TextCheck)
public:
    explicit TextCheck(const Document &document);

    bool isValid() const { return m_table != nullptr; }
    const QString &errorString() const { return m_error; }

    // Every free text part and detached section. When the edition's table cannot be read,
    // one error finding says why.
    QList<Finding> run() const;
    // One text, as if it were the text under `key` (a text part, or "detached.<section id>",
    // whose section chooses the section's phrases).
    QList<Finding> check(const QString &key, const QString &text) const;

private:
    std::optional<qint64> evaluate(const TextCheckTable::Source &source) const;

    const Document &m_document;
    std::shared_ptr<const TextCheckTable> m_table;
    QString m_error;
};

} // namespace Juesuan
