#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Juesuan {

class Document;
struct NarrativeSection;

// Sections of 第三部分 the user has detached to word freely. A detached section's text is a
// Document text under "detached.<section id>" (one paragraph per line); Narrative::generate
// prints it instead of the generated paragraphs, so the page, the outline, PDF and HTML all
// show the same words. Re-attaching removes the text and the section is generated again.
class NarrativeOverrides
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::NarrativeOverrides)
public:
    // "detached.gpb.detail" for "gpb.detail"; the section id of such a key, else empty.
    static QString key(const QString &sectionId);
    static QString sectionOf(const QString &textKey);
    static bool isDetached(const Document &document, const QString &sectionId);
    // The sections that hold their own text now, in the order of the file's keys.
    static QStringList detachedSections(const Document &document);

    // What Narrative::generate calls last: a detached section prints its stored paragraphs
    // and no longer quotes the reasons (主要原因) — its text holds whatever the user kept.
    static void apply(const Document &document, QList<NarrativeSection> &sections);

    // Detaches the section with the words it prints now, as one undo step. False (with the
    // reason) when there is no such section, it has no paragraphs, or it is detached already.
    static bool detach(Document *document, const QString &sectionId, QString *error = nullptr);
    // Back to generated text, as one undo step; false when the section was not detached.
    static bool reattach(Document *document, const QString &sectionId, QString *error = nullptr);
};

} // namespace Juesuan
