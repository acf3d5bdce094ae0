#include "figurecatalogue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace Juesuan {

namespace {
QString tr(const char *s)
{
    // The context the checks had when they lived in Document: their translations stay.
    return QCoreApplication::translate("Juesuan::Document", s);
}

bool isKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,47}$"));
    return re.match(key).hasMatch();
}
} // namespace

bool FigureCatalogue::fromJson(const QJsonArray &json, const FigureCatalogue &base, const QString &where,
                               QString *error)
{
    QList<Figure> figures = base.m_figures;
    const auto indexOf = [&figures](const QString &key) {
        for (int i = 0; i < figures.size(); ++i)
            if (figures.at(i).key == key)
                return i;
        return -1;
    };
    for (int i = 0; i < json.size(); ++i) {
        const QString place = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject o = json.at(i).toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        if (!json.at(i).isObject() || !isKey(key)) {
            *error = tr("%1: a figure needs a key of lower-case letters, digits and _").arg(place);
            return false;
        }
        const int at = indexOf(key);
        if (o.value(QLatin1String("retired")).toBool()) {
            if (at < 0) {
                *error = tr("%1: retires “%2”, which the base edition does not have").arg(place, key);
                return false;
            }
            figures.removeAt(at);
            continue;
        }
        Figure f;
        f.key = key;
        const QJsonObject label = o.value(QLatin1String("label")).toObject();
        f.zh = label.value(QLatin1String("zh")).toString();
        f.en = label.value(QLatin1String("en")).toString();
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("count"))
            f.kind = Kind::Count;
        else if (kind != QLatin1String("amount")) {
            *error = tr("%1 (%2): kind must be “amount” or “count”, not “%3”").arg(place, key, kind);
            return false;
        }
        f.prior = o.value(QLatin1String("prior")).toString();
        f.group = o.value(QLatin1String("group")).toString();
        if (f.zh.isEmpty()) {
            *error = tr("%1 (%2): a figure needs a label (label.zh)").arg(place, key);
            return false;
        }
        if (!f.prior.isEmpty() && f.kind != Kind::Amount) {
            *error = tr("%1 (%2): a prior-year figure is an amount").arg(place, key);
            return false;
        }
        if (at >= 0)
            figures[at] = f;
        else
            figures.append(f);
    }
    m_figures = figures;
    m_index.clear();
    for (int i = 0; i < m_figures.size(); ++i)
        m_index.insert(m_figures.at(i).key, i);
    return true;
}

const FigureCatalogue::Figure *FigureCatalogue::figure(const QString &key) const
{
    const int i = m_index.value(key, -1);
    return i < 0 ? nullptr : &m_figures.at(i);
}

QStringList FigureCatalogue::priorYearKeys() const
{
    QStringList out;
    for (const Figure &f : m_figures)
        if (!f.prior.isEmpty())
            out << f.key;
    return out;
}

QStringList FigureCatalogue::factKeys() const
{
    QStringList out;
    for (const Figure &f : m_figures)
        if (f.prior.isEmpty())
            out << f.key;
    return out;
}

bool FigureCatalogue::isPriorYear(const QString &key) const
{
    const Figure *f = figure(key);
    return f && !f->prior.isEmpty();
}

bool FigureCatalogue::isFact(const QString &key) const
{
    const Figure *f = figure(key);
    return f && f->prior.isEmpty();
}

bool FigureCatalogue::isCount(const QString &key) const
{
    const Figure *f = figure(key);
    return f && f->kind == Kind::Count;
}

QString FigureCatalogue::label(const QString &key) const
{
    const Figure *f = figure(key);
    if (!f)
        return key;
    return QLocale().language() == QLocale::English && !f->en.isEmpty() ? f->en : f->zh;
}

QString FigureCatalogue::checkFact(const QString &key, qint64 value) const
{
    if (!isFact(key))
        return tr("“%1” is not a figure of the report").arg(key);
    if (isCount(key)) {
        if (value < 0)
            return tr("%1 is a count and cannot be negative").arg(label(key));
        if (value > 1000000000)
            return tr("%1: %2 is not a plausible count").arg(label(key)).arg(value);
        return QString();
    }
    // The same limit the file format puts on every amount (±10^15 分).
    if (value > 1000000000000000LL || value < -1000000000000000LL)
        return tr("%1: the amount is out of range").arg(label(key));
    return QString();
}

} // namespace Juesuan
