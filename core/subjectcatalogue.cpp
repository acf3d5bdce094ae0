#include "subjectcatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Juesuan {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Juesuan::SubjectCatalogue", s);
}

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}
} // namespace

bool SubjectCatalogue::fromJson(const QJsonObject &json, QString *error)
{
    const auto readScheme = [&](const char *name, Table *t) {
        const QJsonValue v = json.value(QLatin1String(name));
        if (!v.isArray()) {
            *error = tr("catalogue: “%1” must be an array").arg(QLatin1String(name));
            return false;
        }
        const QJsonArray arr = v.toArray();
        for (int i = 0; i < arr.size(); ++i) {
            const QJsonObject o = arr.at(i).toObject();
            Subject s{o.value(QLatin1String("code")).toString(), o.value(QLatin1String("name")).toString(),
                      o.value(QLatin1String("description")).toString(),
                      o.value(QLatin1String("verified")).toBool(true)};
            const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i);
            if (!allDigits(s.code) || level(s.code) == 0 || s.name.isEmpty()) {
                *error = tr("catalogue %1: a subject needs a 3, 5 or 7 digit code and a name").arg(where);
                return false;
            }
            if (t->index.contains(s.code)) {
                *error = tr("catalogue %1: code %2 listed twice").arg(where, s.code);
                return false;
            }
            const QString parent = parentCode(s.code);
            if (!parent.isEmpty() && !t->index.contains(parent)) {
                *error = tr("catalogue %1: the parent %2 of %3 is not listed before it").arg(where, parent, s.code);
                return false;
            }
            t->index.insert(s.code, int(t->subjects.size()));
            t->subjects.append(s);
        }
        return true;
    };
    m_functional = Table();
    m_economic = Table();
    return readScheme("functional", &m_functional) && readScheme("economic", &m_economic);
}

bool SubjectCatalogue::contains(Scheme scheme, const QString &code) const
{
    return table(scheme).index.contains(code);
}

QString SubjectCatalogue::name(Scheme scheme, const QString &code) const
{
    const Table &t = table(scheme);
    const int i = t.index.value(code, -1);
    return i < 0 ? QString() : t.subjects.at(i).name;
}

QString SubjectCatalogue::description(Scheme scheme, const QString &code) const
{
    const Table &t = table(scheme);
    const int i = t.index.value(code, -1);
    return i < 0 ? QString() : t.subjects.at(i).description;
}

bool SubjectCatalogue::isVerified(Scheme scheme, const QString &code) const
{
    const Table &t = table(scheme);
    const int i = t.index.value(code, -1);
    return i >= 0 && t.subjects.at(i).verified;
}

QString SubjectCatalogue::parentCode(const QString &code)
{
    switch (level(code)) {
    case 2:
        return code.left(3);
    case 3:
        return code.left(5);
    default:
        return QString();
    }
}

int SubjectCatalogue::level(const QString &code)
{
    switch (code.size()) {
    case 3:
        return 1;
    case 5:
        return 2;
    case 7:
        return 3;
    default:
        return 0;
    }
}

QStringList SubjectCatalogue::children(Scheme scheme, const QString &code) const
{
    QStringList out;
    const int wanted = code.isEmpty() ? 1 : level(code) + 1;
    for (const Subject &s : table(scheme).subjects)
        if (level(s.code) == wanted && s.code.startsWith(code))
            out.append(s.code);
    return out;
}

QStringList SubjectCatalogue::find(Scheme scheme, const QString &query, int wantedLevel, int limit) const
{
    QStringList byCode, byName;
    const QString q = query.trimmed();
    if (q.isEmpty())
        return {};
    for (const Subject &s : table(scheme).subjects) {
        if (level(s.code) != wantedLevel)
            continue;
        if (s.code.startsWith(q))
            byCode.append(s.code);
        else if (s.name.contains(q) || path(scheme, s.code).contains(q))
            byName.append(s.code);
    }
    QStringList out = byCode + byName; // code matches first: typing digits means a code
    if (out.size() > limit)
        out = out.mid(0, limit);
    return out;
}

QString SubjectCatalogue::path(Scheme scheme, const QString &code) const
{
    QStringList parts;
    for (QString c = code; !c.isEmpty(); c = parentCode(c))
        parts.prepend(name(scheme, c));
    return parts.join(QStringLiteral(" / "));
}

} // namespace Juesuan
