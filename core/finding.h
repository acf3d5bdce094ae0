#pragma once

#include "cellkey.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Juesuan {

// One result of the audit: which rule, how serious, what it says (in the current
// language) and where it points — cells, a text part or a self-evaluation form.
struct Finding
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString ruleId;
    QString message;
    QList<CellKey> cells;  // the cells the rule concerns, in the rule's order
    QString textKey;       // the text part to write (e.g. "reason.item.2010350"), or empty
    int textOffset = -1;   // the words of textKey the finding is about: first character, or -1
    int textLength = 0;    //   and how many characters (表文一致, TextCheck)
    int evaluation = -1;   // index into Document::evaluations() of the form concerned, or -1
    bool rounding = false; // a difference that rounding to 0.01 万元 explains
    bool printed = false;  // about the printed values (舍位平衡), not the exact ones

    // "error", "warning", "info": what files and the command line use.
    static QString severityName(Severity severity)
    {
        switch (severity) {
        case Severity::Error:
            return QStringLiteral("error");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Info:
            break;
        }
        return QStringLiteral("info");
    }
    static bool severityFromName(const QString &name, Severity *severity)
    {
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
            if (severityName(s) == name) {
                *severity = s;
                return true;
            }
        return false;
    }

    friend bool operator==(const Finding &a, const Finding &b)
    {
        return a.severity == b.severity && a.ruleId == b.ruleId && a.message == b.message
                && a.cells == b.cells && a.textKey == b.textKey && a.textOffset == b.textOffset
                && a.textLength == b.textLength && a.evaluation == b.evaluation
                && a.rounding == b.rounding && a.printed == b.printed;
    }
    friend bool operator!=(const Finding &a, const Finding &b) { return !(a == b); }
};

// How many of `findings` are errors: what `check` exits with and what export warns about.
inline int errorCount(const QList<Finding> &findings)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.severity == Finding::Severity::Error;
    return n;
}

} // namespace Juesuan

Q_DECLARE_METATYPE(Juesuan::Finding)
