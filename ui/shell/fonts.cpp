#include "fonts.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace Juesuan {

namespace {
QString firstAvailable(const QStringList &families)
{
    const QStringList have = QFontDatabase::families();
    for (const QString &f : families)
        if (have.contains(f))
            return f;
    return families.first();
}
} // namespace

QString Fonts::bodyFamily()
{
    static const QString family = firstAvailable(
            {QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Micro Hei")});
    return family;
}

QString Fonts::headingFamily()
{
    static const QString family = firstAvailable(
            {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("AR PL UMing CN")});
    return family;
}

QFont Fonts::body(qreal pointSize)
{
    QFont f(bodyFamily());
    f.setPointSizeF(pointSize);
    return f;
}

QFont Fonts::heading(qreal pointSize)
{
    QFont f(headingFamily());
    f.setPointSizeF(pointSize);
    f.setBold(true);
    return f;
}

void Fonts::applyToApplication()
{
    QFont f(headingFamily());
    f.setPointSizeF(QGuiApplication::font().pointSizeF() > 0 ? QGuiApplication::font().pointSizeF() : 10);
    QGuiApplication::setFont(f);
}

} // namespace Juesuan
