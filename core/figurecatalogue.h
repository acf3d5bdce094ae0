#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Juesuan {

// The figures of an edition that are not table cells (edition.json "figures"): each 上年
// figure with the named quantity of last year's report it comes from, and each fact the
// explanations cite (政府采购, 国有资产, 机关运行经费, 三公 details) with its kind, amount in
// 分 or count. One table: the document, the file reader, the figures editor and Import
// Prior Year all read it.
class FigureCatalogue
{
public:
    enum class Kind { Amount, Count };
    struct Figure {
        QString key;
        QString zh;      // the label as the report words it
        QString en;      // the label in English, or empty
        Kind kind = Kind::Amount;
        QString prior;   // a 上年 figure: last year's quantity (e.g. "income_total"); empty for a fact
        QString group;   // facts: the editor's group ("procurement", "assets", …)
    };

    // Reads the array of edition.json "figures"; `where` names it in errors. An entry
    // {"key": K, "retired": true} removes K from what `base` holds; any other entry
    // replaces the base's entry of that key or adds one at the end.
    bool fromJson(const QJsonArray &json, const FigureCatalogue &base, const QString &where, QString *error);

    const QList<Figure> &figures() const { return m_figures; }
    const Figure *figure(const QString &key) const;
    QStringList priorYearKeys() const; // in table order
    QStringList factKeys() const;      // in table order
    bool isPriorYear(const QString &key) const;
    bool isFact(const QString &key) const;
    bool isCount(const QString &key) const;
    // The label in the user's language (English when the locale is English, else Chinese).
    QString label(const QString &key) const;
    // Why `value` cannot be stored as fact `key`; empty when it can.
    QString checkFact(const QString &key, qint64 value) const;

private:
    QList<Figure> m_figures;
    QHash<QString, int> m_index;
};

} // namespace Juesuan
