#include "findingplace.h"

#include "document.h"
#include "finding.h"

#include <QStringList>

namespace Juesuan {

namespace {
// Templates space some labels out for the page ("合 计", "总 计"); in a sentence they read
// as one word. Spaces between two Chinese characters go; others stay.
QString compact(const QString &label)
{
    QString out;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == QLatin1Char(' ') && i > 0 && i + 1 < label.size() && label.at(i - 1).unicode() > 0x2e7f
            && label.at(i + 1).unicode() > 0x2e7f)
            continue;
        out.append(label.at(i));
    }
    return out;
}
} // namespace

QString FindingPlace::cell(const Document &document, const CellKey &key)
{
    const TableTemplate *t = document.reportTemplate().table(key.table);
    if (!t)
        return key.toString(); // not a table of this edition: the key is all there is
    QStringList parts{t->code()};
    const QString name = compact(document.rowName(key.table, key.row));
    if (t->isCodeList()) {
        if (key.row != TableTemplate::totalRow())
            parts.append(key.row);
        else
            parts.append(name);
        if (key.row != TableTemplate::totalRow())
            parts.append(name.isEmpty() ? tr("(no name)") : name);
    } else {
        bool digits = !key.row.isEmpty();
        for (QChar c : key.row)
            digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (digits && key.row.size() >= 3) // an economic subject code (公开06表 30101 基本工资)
            parts.append(key.row);
        parts.append(name.isEmpty() ? key.row : name);
        // A 行次: the name alone may repeat on both sides of a table.
        if (digits && key.row.size() < 3 && !name.isEmpty())
            parts.append(tr("line %1").arg(key.row));
    }
    const QString caption = t->columnCaption(t->amountGridColumn(key.col));
    parts.append(caption.isEmpty() ? tr("column %1").arg(key.col) : caption);
    return parts.join(QLatin1Char(' '));
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
        // "reason.item.2010350": the 主要原因 of an explanation; other keys are text parts.
        const QString key = finding.textKey;
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
    const QList<EvaluationForm> &forms = document.evaluations();
    if (finding.evaluation >= 0 && finding.evaluation < forms.size())
        return tr("self-evaluation form %1").arg(forms.at(finding.evaluation).name);
    return QString();
}

} // namespace Juesuan
