#pragma once

#include "auditrule.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Juesuan {

class ReportTemplate;

// The audit rules of one edition: audit.json beside the table templates (named by the
// "audit" member of edition.json), checked against the edition when read.
class AuditRuleSet
{
public:
    // Reads the rules of `edition` from its directory. An edition without an "audit"
    // member has no rules (and no error).
    static std::shared_ptr<const AuditRuleSet> load(const ReportTemplate &edition, QString *error);
    // The same, read once per edition directory and shared.
    static std::shared_ptr<const AuditRuleSet> forTemplate(const ReportTemplate &edition, QString *error = nullptr);

    const QList<AuditRule> &rules() const { return m_rules; }
    const AuditRule *rule(const QString &id) const;
    // Appended to a message whose difference rounding explains; "{tolerance}" is filled in.
    const AuditRule::Text &roundingNote() const { return m_roundingNote; }
    // The name of a fund scope ("allFunds" → 全部资金), from the file's "scopes".
    AuditRule::Text scopeName(const QString &scope) const { return m_scopes.value(scope); }
    QStringList scopes() const
    {
        QStringList keys = m_scopes.keys();
        keys.sort();
        return keys;
    }
    const QString &fileName() const { return m_fileName; }

private:
    QList<AuditRule> m_rules;
    QHash<QString, int> m_index;
    AuditRule::Text m_roundingNote;
    QHash<QString, AuditRule::Text> m_scopes;
    QString m_fileName;
};

} // namespace Juesuan
