#include "subjectnames.h"

#include "document.h"
#include "usercatalogue.h"

#include <QMap>

namespace Juesuan {

SubjectNames::SubjectNames(const Document &document)
    : m_document(document)
{
}

SubjectNames::Entry SubjectNames::entry(const QString &code) const
{
    const SubjectCatalogue &bundled = m_document.reportTemplate().catalogue();
    const auto scheme = SubjectCatalogue::Scheme::Functional;
    Entry e{code, bundled.name(scheme, code), Origin::None, QString()};
    if (!e.name.isEmpty())
        e.origin = bundled.isVerified(scheme, code) ? Origin::Bundled : Origin::Unverified;
    const QString bundledName = e.name;
    const QString imported = UserCatalogue::forEdition(m_document.reportTemplate().edition())->name(code);
    if (!imported.isEmpty()) {
        e.name = imported;
        e.origin = Origin::Imported;
    }
    const QString given = m_document.itemName(code);
    if (!given.isEmpty()) {
        e.name = given;
        e.origin = Origin::Document;
    }
    if (e.origin == Origin::Imported || e.origin == Origin::Document)
        e.bundledName = bundledName;
    return e;
}

QList<SubjectNames::Entry> SubjectNames::entries() const
{
    QMap<QString, bool> codes; // ordered, unique
    for (const SubjectCatalogue::Subject &s :
         m_document.reportTemplate().catalogue().subjects(SubjectCatalogue::Scheme::Functional))
        codes.insert(s.code, true);
    const auto user = UserCatalogue::forEdition(m_document.reportTemplate().edition());
    for (auto it = user->names().begin(); it != user->names().end(); ++it)
        codes.insert(it.key(), true);
    for (auto it = m_document.itemNames().begin(); it != m_document.itemNames().end(); ++it)
        codes.insert(it.key(), true);
    QList<Entry> out;
    out.reserve(codes.size());
    for (auto it = codes.begin(); it != codes.end(); ++it)
        out.append(entry(it.key()));
    return out;
}

QString SubjectNames::originText(Origin origin)
{
    switch (origin) {
    case Origin::None:
        break;
    case Origin::Bundled:
        return tr("bundled");
    case Origin::Unverified:
        return tr("bundled, unverified");
    case Origin::Imported:
        return tr("imported");
    case Origin::Document:
        return tr("this document");
    }
    return tr("unknown");
}

} // namespace Juesuan
