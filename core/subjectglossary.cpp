#include "subjectglossary.h"

#include "document.h"
#include "subjectnames.h"

#include <QUndoStack>

#include <algorithm>

namespace Juesuan {

QStringList SubjectGlossary::itemCodes(const Document &document)
{
    QStringList codes;
    for (const QString &table : {QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("05")})
        for (const QString &code : document.itemRows(table))
            if (!codes.contains(code))
                codes << code;
    std::sort(codes.begin(), codes.end());
    return codes;
}

QString SubjectGlossary::subjectPath(const Document &document, const QString &itemCode)
{
    // The names the report prints: the document's over the user's imported catalogue over
    // the bundled one (SubjectNames), so a glossary line matches its table row.
    const SubjectNames names(document);
    const QString kuan = SubjectCatalogue::parentCode(itemCode);
    const QString lei = SubjectCatalogue::parentCode(kuan);
    return names.entry(lei).name + QStringLiteral("(类)") + names.entry(kuan).name
            + QStringLiteral("(款)") + names.entry(itemCode).name + QStringLiteral("(项)");
}

QStringList SubjectGlossary::lines(const Document &document, const QString &existingText)
{
    const SubjectCatalogue &catalogue = document.reportTemplate().catalogue();
    QStringList out;
    for (const QString &code : itemCodes(document)) {
        const QString path = subjectPath(document, code);
        // Already explained (inserted before, or typed): offering it again would duplicate it.
        if (existingText.contains(path))
            continue;
        const QString description = catalogue.description(SubjectCatalogue::Scheme::Functional, code);
        QString line = QStringLiteral("%1. %2").arg(out.size() + 1).arg(path);
        if (!description.isEmpty())
            line += QStringLiteral("，") + description;
        out << line;
    }
    return out;
}

int SubjectGlossary::insertInto(Document *document)
{
    const QString key = QStringLiteral("glossary");
    const QString text = document->text(key);
    const QStringList added = lines(*document, text);
    if (added.isEmpty())
        return 0;
    QString result = text;
    if (!result.isEmpty() && !result.endsWith(QLatin1Char('\n')))
        result += QLatin1Char('\n');
    result += added.join(QLatin1Char('\n'));
    // A macro of its own: the insertion never merges with typing into the text before or after.
    document->undoStack()->beginMacro(tr("Insert subject explanations"));
    document->setText(key, result);
    document->undoStack()->endMacro();
    return int(added.size());
}

} // namespace Juesuan
