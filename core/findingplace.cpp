#include "findingplace.h"

#include "cellwording.h"
#include "document.h"
#include "finding.h"
#include "narrative.h"
#include "narrativeoverrides.h"

#include <QStringList>

namespace Juesuan {

QString FindingPlace::cell(const Document &document, const CellKey &key)
{
    return CellWording::place(document, key); // one wording for tooltips, pastes and findings
}

QString FindingPlace::of(const Document &document, const Finding &finding, int maxCells)
{
    if (!finding.cells.isEmpty()) {
        QStringList names;
        for (int i = 0; i < finding.cells.size() && i < maxCells; ++i)
            names.append(cell(document, finding.cells.at(i)));
        QString out = names.join(QStringLiteral("; "));
        if (finding.cells.size() > maxCells)
            out += tr(" and %n more cells", nullptr, int(finding.cells.size() - maxCells));
        return out;
    }
    if (!finding.textKey.isEmpty()) {
        const QString part = textPart(document, finding.textKey);
        if (finding.textOffset < 0)
            return part;
        // The words themselves (表文一致), so the place reads without opening the text.
        const QString words = document.text(finding.textKey).mid(finding.textOffset, finding.textLength);
        return tr("%1, at “%2”").arg(part, words);
    }
    const QList<EvaluationForm> &forms = document.evaluations();
    if (finding.evaluation >= 0 && finding.evaluation < forms.size())
        return tr("self-evaluation form %1").arg(forms.at(finding.evaluation).name);
    return QString();
}

QString FindingPlace::textPart(const Document &document, const QString &key)
{
    // "detached.<section id>": a 第三部分 section in the user's own words.
    const QString section = NarrativeOverrides::sectionOf(key);
    if (!section.isEmpty()) {
        for (const NarrativeSection &s : Narrative::generate(document))
            if (s.id == section)
                return tr("part 3 %1 (detached)").arg(s.heading);
        return tr("part 3 section %1 (detached)").arg(section);
    }
    // "reason.item.2010350": the 主要原因 of an explanation; other keys are text parts.
    if (key.startsWith(QLatin1String("reason."))) {
        const QString code = key.section(QLatin1Char('.'), -1);
        const QString name = SubjectCatalogue::level(code) ? document.rowName(QStringLiteral("05"), code)
                                                           : QString();
        return name.isEmpty() ? tr("reason (主要原因) of %1").arg(key.mid(7))
                              : tr("reason (主要原因) of %1 %2").arg(code, name);
    }
    if (key == QLatin1String("duties"))
        return tr("text part 主要职能 (duties)");
    if (key == QLatin1String("organization"))
        return tr("text part 机构设置 (organization)");
    if (key == QLatin1String("keyWork"))
        return tr("text part 重点工作 (key work)");
    if (key == QLatin1String("glossary"))
        return tr("text part 名词解释 (glossary)");
    return tr("text part %1").arg(key);
}

} // namespace Juesuan
