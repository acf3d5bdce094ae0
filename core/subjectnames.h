#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Juesuan {

class Document;

// The names of a document's 支出功能分类 subjects in layers, and where each came from: the
// edition's bundled catalogue (some of its names marked unverified), the user's imported
// catalogue over it (UserCatalogue), and the names this document gives over both. What the
// catalogue view lists and what Document::rowName reads.
class SubjectNames
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::SubjectNames)
public:
    enum class Origin { None, Bundled, Unverified, Imported, Document };
    struct Entry {
        QString code;
        QString name;         // the name shown and printed
        Origin origin = Origin::None;
        QString bundledName;  // the bundled catalogue's name when another layer overrides it
    };

    explicit SubjectNames(const Document &document);

    Entry entry(const QString &code) const;
    // Every code any layer names, in code order.
    QList<Entry> entries() const;
    // "bundled", "bundled (unverified)", "imported", "this document": for the catalogue view.
    static QString originText(Origin origin);

private:
    const Document &m_document;
};

} // namespace Juesuan
