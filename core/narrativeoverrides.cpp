#include "narrativeoverrides.h"

#include "document.h"
#include "documentcommands.h"
#include "narrative.h"

#include <QUndoStack>

namespace Juesuan {

namespace {
const QLatin1String prefix("detached.");
} // namespace

QString NarrativeOverrides::key(const QString &sectionId)
{
    return prefix + sectionId;
}

QString NarrativeOverrides::sectionOf(const QString &textKey)
{
    return textKey.startsWith(prefix) ? textKey.mid(prefix.size()) : QString();
}

bool NarrativeOverrides::isDetached(const Document &document, const QString &sectionId)
{
    return !document.text(key(sectionId)).isEmpty();
}

QStringList NarrativeOverrides::detachedSections(const Document &document)
{
    QStringList out;
    for (auto it = document.texts().cbegin(); it != document.texts().cend(); ++it)
        if (it.key().startsWith(prefix) && !it.value().isEmpty())
            out.append(sectionOf(it.key()));
    return out;
}

void NarrativeOverrides::apply(const Document &document, QList<NarrativeSection> &sections)
{
    for (NarrativeSection &s : sections) {
        const QString text = document.text(key(s.id));
        if (text.isEmpty())
            continue;
        // One paragraph per line, as every text part of the file; blank lines are spacing.
        s.paragraphs.clear();
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QString p = line.trimmed();
            if (!p.isEmpty())
                s.paragraphs.append(p);
        }
        s.reasonKeys.clear();
        s.missingReasons.clear(); // the user's words ask for no reason of ours
    }
}

bool NarrativeOverrides::detach(Document *document, const QString &sectionId, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!Document::isValidTextKey(key(sectionId)))
        return fail(tr("“%1” is not the id of a section of part 3").arg(sectionId));
    if (isDetached(*document, sectionId))
        return fail(tr("section %1 is detached already").arg(sectionId));
    for (const NarrativeSection &s : Narrative::generate(*document)) {
        if (s.id != sectionId)
            continue;
        const QString text = s.paragraphs.join(QLatin1Char('\n'));
        if (text.trimmed().isEmpty())
            return fail(tr("section %1 has no paragraphs to detach").arg(s.heading));
        const QString k = key(sectionId);
        // Its own step, not merged with the typing that follows: undo re-attaches at once.
        document->undoStack()->push(new ChangeValueCommand<QString>(
                tr("Detach %1").arg(s.heading), QString(), QString(), text,
                [document, k](const QString &v) { document->applyText(k, v); }));
        return true;
    }
    return fail(tr("part 3 has no section %1").arg(sectionId));
}

bool NarrativeOverrides::reattach(Document *document, const QString &sectionId, QString *error)
{
    const QString k = key(sectionId);
    const QString before = document->text(k);
    if (before.isEmpty()) {
        if (error)
            *error = tr("section %1 is not detached").arg(sectionId);
        return false;
    }
    QString heading = sectionId;
    for (const NarrativeSection &s : Narrative::generate(*document))
        if (s.id == sectionId)
            heading = s.heading;
    document->undoStack()->push(new ChangeValueCommand<QString>(
            tr("Re-attach %1").arg(heading), QString(), before, QString(),
            [document, k](const QString &v) { document->applyText(k, v); }));
    return true;
}

} // namespace Juesuan
