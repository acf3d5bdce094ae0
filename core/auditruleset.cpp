#include "auditruleset.h"

#include "reporttemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

namespace Juesuan {

namespace {
// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::AuditRuleSet)
};

} // namespace

std::shared_ptr<const AuditRuleSet> AuditRuleSet::load(const ReportTemplate &edition, QString *error)
{
    auto set = std::make_shared<AuditRuleSet>();
    // The edition has already applied its base's rules and its own changes.
    const QJsonObject &json = edition.auditRules();
    if (json.isEmpty())
        return set;
    set->m_fileName = edition.auditFile();
    const QJsonObject note = json.value(QLatin1String("roundingNote")).toObject();
    set->m_roundingNote.zh = note.value(QLatin1String("zh")).toString();
    set->m_roundingNote.en = note.value(QLatin1String("en")).toString();
    const QJsonObject scopes = json.value(QLatin1String("scopes")).toObject();
    for (auto it = scopes.begin(); it != scopes.end(); ++it) {
        const QJsonObject name = it.value().toObject();
        AuditRule::Text text{name.value(QLatin1String("zh")).toString(), name.value(QLatin1String("en")).toString()};
        if (text.zh.isEmpty() || text.en.isEmpty()) {
            *error = Tr::tr("%1: scopes: “%2” needs a zh and en name").arg(set->m_fileName, it.key());
            return nullptr;
        }
        set->m_scopes.insert(it.key(), text);
    }
    const QJsonArray rules = json.value(QLatin1String("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        AuditRule rule;
        QString why;
        if (!rule.fromJson(rules.at(i).toObject(), edition, &why)) {
            *error = QStringLiteral("%1: rules[%2]: %3").arg(set->m_fileName).arg(i).arg(why);
            return nullptr;
        }
        if (!rule.scope().isEmpty() && !set->m_scopes.contains(rule.scope())) {
            *error = Tr::tr("%1: rules[%2]: %3: the scope “%4” is not one of the file's scopes (%5)")
                             .arg(set->m_fileName)
                             .arg(i)
                             .arg(rule.id(), rule.scope(), set->scopes().join(QStringLiteral(", ")));
            return nullptr;
        }
        if (set->m_index.contains(rule.id())) {
            *error = Tr::tr("%1: rules[%2]: the id %3 is used twice").arg(set->m_fileName).arg(i).arg(rule.id());
            return nullptr;
        }
        set->m_index.insert(rule.id(), int(set->m_rules.size()));
        set->m_rules.append(rule);
    }
    return set;
}

std::shared_ptr<const AuditRuleSet> AuditRuleSet::forTemplate(const ReportTemplate &edition, QString *error)
{
    // Rules never change once read, and every document of an edition shares them.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const AuditRuleSet>> cache;
    QMutexLocker lock(&mutex);
    if (auto set = cache.value(edition.directory()))
        return set;
    QString why;
    auto set = load(edition, &why);
    if (!set) {
        if (error)
            *error = why;
        return nullptr;
    }
    cache.insert(edition.directory(), set);
    return set;
}

const AuditRule *AuditRuleSet::rule(const QString &id) const
{
    const int i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_rules.at(i);
}

} // namespace Juesuan
