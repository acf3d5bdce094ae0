#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Juesuan {

// The subject codes of an edition: 功能分类 (类 3 digits, 款 5, 项 7) and 经济分类 (类 3,
// 款 5), with their official names and, where known, the description the 名词解释 uses.
class SubjectCatalogue
{
public:
    enum class Scheme { Functional, Economic };
    struct Subject {
        QString code;
        QString name;
        QString description;
        // False for a name entered from memory that nobody has checked against an official
        // copy of the year's 政府收支分类科目 ("verified": false in the resource).
        bool verified = true;
    };

    // Reads {"functional": [{code, name, description?, verified?}…], "economic": […]}. Codes
    // must be 3/5/7 digits and each one's parent must be listed before it.
    bool fromJson(const QJsonObject &json, QString *error);

    bool contains(Scheme scheme, const QString &code) const;
    QString name(Scheme scheme, const QString &code) const;
    QString description(Scheme scheme, const QString &code) const;
    // False when the name is marked unverified (and for a code not listed).
    bool isVerified(Scheme scheme, const QString &code) const;
    // Every subject of a scheme, in catalogue order.
    const QList<Subject> &subjects(Scheme scheme) const { return table(scheme).subjects; }
    // 类 of "2010350" is "201", 款 is "20103"; empty for a 类.
    static QString parentCode(const QString &code);
    // Level by length: 1 类, 2 款, 3 项; 0 for anything else.
    static int level(const QString &code);
    // Codes under `code` one level down, in catalogue order ("" for all 类).
    QStringList children(Scheme scheme, const QString &code) const;
    // 项 (or, with `level`, other) codes whose code starts with `query` or whose name contains it.
    QStringList find(Scheme scheme, const QString &query, int level = 3, int limit = 50) const;
    // "一般公共服务支出 / 政府办公厅（室）及相关机构事务 / 事业运行"
    QString path(Scheme scheme, const QString &code) const;

private:
    struct Table {
        QList<Subject> subjects;
        QHash<QString, int> index;
    };
    const Table &table(Scheme s) const { return s == Scheme::Functional ? m_functional : m_economic; }
    Table m_functional;
    Table m_economic;
};

} // namespace Juesuan
