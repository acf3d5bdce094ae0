#include "editionoverlay.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Juesuan {

namespace {
// The messages of this file; lupdate files them under the context they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::EditionOverlay)
};

int indexOfCode(const QJsonArray &subjects, const QString &code)
{
    for (int i = 0; i < subjects.size(); ++i)
        if (subjects.at(i).toObject().value(QLatin1String("code")).toString() == code)
            return i;
    return -1;
}

// Codes in the catalogue run in code order, which for 3/5/7-digit codes is also the order
// parents come before their children: a new code goes before the first larger one.
void insertInOrder(QJsonArray *subjects, const QJsonObject &subject)
{
    const QString code = subject.value(QLatin1String("code")).toString();
    int at = int(subjects->size());
    for (int i = 0; i < subjects->size(); ++i)
        if (subjects->at(i).toObject().value(QLatin1String("code")).toString() > code) {
            at = i;
            break;
        }
    subjects->insert(at, subject);
}

bool applyScheme(QJsonArray *subjects, const QJsonObject &changes, SubjectCatalogue::Scheme scheme,
                 const QString &where, QList<EditionOverlay::CodeMove> *moves, QString *error)
{
    const auto fail = [error](const QString &why) {
        *error = why;
        return false;
    };
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (it.key() != QLatin1String("added") && it.key() != QLatin1String("renamed")
            && it.key() != QLatin1String("moved") && it.key() != QLatin1String("retired"))
            return fail(Tr::tr("%1: unknown change “%2” (added, renamed, moved, retired)").arg(where, it.key()));

    const QJsonArray retired = changes.value(QLatin1String("retired")).toArray();
    for (int i = 0; i < retired.size(); ++i) {
        const QString code = retired.at(i).toString();
        const QString place = QStringLiteral("%1.retired[%2]").arg(where).arg(i);
        if (indexOfCode(*subjects, code) < 0)
            return fail(Tr::tr("%1: %2 is not in the base catalogue").arg(place, code));
        for (int j = int(subjects->size()) - 1; j >= 0; --j)
            if (subjects->at(j).toObject().value(QLatin1String("code")).toString().startsWith(code))
                subjects->removeAt(j);
    }

    const QJsonArray renamed = changes.value(QLatin1String("renamed")).toArray();
    for (int i = 0; i < renamed.size(); ++i) {
        const QJsonObject o = renamed.at(i).toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        const QString name = o.value(QLatin1String("name")).toString();
        const QString place = QStringLiteral("%1.renamed[%2]").arg(where).arg(i);
        const int at = indexOfCode(*subjects, code);
        if (at < 0)
            return fail(Tr::tr("%1: %2 is not in the base catalogue").arg(place, code));
        if (name.trimmed().isEmpty())
            return fail(Tr::tr("%1: %2 needs a new name").arg(place, code));
        QJsonObject subject = subjects->at(at).toObject();
        subject.insert(QStringLiteral("name"), name);
        (*subjects)[at] = subject;
    }

    const QJsonArray moved = changes.value(QLatin1String("moved")).toArray();
    for (int i = 0; i < moved.size(); ++i) {
        const QJsonObject o = moved.at(i).toObject();
        const QString from = o.value(QLatin1String("from")).toString();
        const QString to = o.value(QLatin1String("to")).toString();
        const QString place = QStringLiteral("%1.moved[%2]").arg(where).arg(i);
        const int at = indexOfCode(*subjects, from);
        if (at < 0)
            return fail(Tr::tr("%1: %2 is not in the base catalogue").arg(place, from));
        if (SubjectCatalogue::level(from) != 3 || SubjectCatalogue::level(to) != 3)
            return fail(Tr::tr("%1: only a 项 (7 digits) moves to another code").arg(place));
        if (indexOfCode(*subjects, to) >= 0)
            return fail(Tr::tr("%1: %2 is already in the catalogue").arg(place, to));
        QJsonObject subject = subjects->at(at).toObject();
        subjects->removeAt(at);
        subject.insert(QStringLiteral("code"), to);
        if (o.contains(QLatin1String("name")))
            subject.insert(QStringLiteral("name"), o.value(QLatin1String("name")).toString());
        insertInOrder(subjects, subject);
        moves->append({scheme, from, to});
    }

    const QJsonArray added = changes.value(QLatin1String("added")).toArray();
    for (int i = 0; i < added.size(); ++i) {
        const QJsonObject o = added.at(i).toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        const QString place = QStringLiteral("%1.added[%2]").arg(where).arg(i);
        if (indexOfCode(*subjects, code) >= 0)
            return fail(Tr::tr("%1: %2 is already in the base catalogue").arg(place, code));
        insertInOrder(subjects, o);
    }
    return true;
}

} // namespace

bool EditionOverlay::applyCatalogueChanges(QJsonObject *catalogue, const QJsonObject &changes,
                                           const QString &file, QList<CodeMove> *moves, QString *error)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() == QLatin1String("comment"))
            continue;
        SubjectCatalogue::Scheme scheme;
        if (it.key() == QLatin1String("functional"))
            scheme = SubjectCatalogue::Scheme::Functional;
        else if (it.key() == QLatin1String("economic"))
            scheme = SubjectCatalogue::Scheme::Economic;
        else {
            *error = Tr::tr("%1: “%2” is not a catalogue (functional or economic)").arg(file, it.key());
            return false;
        }
        QJsonArray subjects = catalogue->value(it.key()).toArray();
        if (!applyScheme(&subjects, it.value().toObject(), scheme, file + QLatin1Char(':') + it.key(), moves, error))
            return false;
        catalogue->insert(it.key(), subjects);
    }
    return true;
}

bool EditionOverlay::applyAuditChanges(QJsonObject *audit, const QJsonObject &changes, const QString &file,
                                       QString *error)
{
    QJsonArray rules = audit->value(QLatin1String("rules")).toArray();
    const auto indexOfRule = [&rules](const QString &id) {
        for (int i = 0; i < rules.size(); ++i)
            if (rules.at(i).toObject().value(QLatin1String("id")).toString() == id)
                return i;
        return -1;
    };
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (it.key() != QLatin1String("add") && it.key() != QLatin1String("replace")
            && it.key() != QLatin1String("remove") && it.key() != QLatin1String("roundingNote")
            && it.key() != QLatin1String("scope") && it.key() != QLatin1String("comment")) {
            *error = Tr::tr("%1: unknown member “%2” (add, replace, remove, scope, roundingNote)").arg(file, it.key());
            return false;
        }
    const QJsonArray remove = changes.value(QLatin1String("remove")).toArray();
    for (int i = 0; i < remove.size(); ++i) {
        const int at = indexOfRule(remove.at(i).toString());
        if (at < 0) {
            *error = Tr::tr("%1: remove[%2]: the base edition has no rule “%3”").arg(file).arg(i).arg(remove.at(i).toString());
            return false;
        }
        rules.removeAt(at);
    }
    const QJsonArray replace = changes.value(QLatin1String("replace")).toArray();
    for (int i = 0; i < replace.size(); ++i) {
        const QString id = replace.at(i).toObject().value(QLatin1String("id")).toString();
        const int at = indexOfRule(id);
        if (at < 0) {
            *error = Tr::tr("%1: replace[%2]: the base edition has no rule “%3”").arg(file).arg(i).arg(id);
            return false;
        }
        rules[at] = replace.at(i);
    }
    const QJsonArray add = changes.value(QLatin1String("add")).toArray();
    for (int i = 0; i < add.size(); ++i) {
        const QString id = add.at(i).toObject().value(QLatin1String("id")).toString();
        if (indexOfRule(id) >= 0) {
            *error = Tr::tr("%1: add[%2]: the base edition already has a rule “%3” (replace it instead)").arg(file).arg(i).arg(id);
            return false;
        }
        rules.append(add.at(i));
    }
    // "scope": {"rule id": "scope"}: the fund scope a rule reads in, the rest of the rule kept
    // (the overall form's totals are 一般公共预算 figures where an edition says so).
    const QJsonObject scope = changes.value(QLatin1String("scope")).toObject();
    for (auto it = scope.begin(); it != scope.end(); ++it) {
        const int at = indexOfRule(it.key());
        if (at < 0 || !it.value().isString()) {
            *error = Tr::tr("%1: scope: “%2”: the base edition has no such rule, or the scope is not a name")
                             .arg(file, it.key());
            return false;
        }
        QJsonObject rule = rules.at(at).toObject();
        rule.insert(QStringLiteral("scope"), it.value());
        rules[at] = rule;
    }
    audit->insert(QStringLiteral("rules"), rules);
    if (changes.contains(QLatin1String("roundingNote")))
        audit->insert(QStringLiteral("roundingNote"), changes.value(QLatin1String("roundingNote")));
    return true;
}

} // namespace Juesuan
