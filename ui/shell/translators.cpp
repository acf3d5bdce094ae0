#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Juesuan {

bool Translators::install(QCoreApplication &app, const QString &language)
{
    // The default locale follows the chosen language, not the system's: what reads QLocale()
    // (the edition's figure labels, Qt's dialogs) speaks the language the menus speak.
    if (language == QLatin1String("en"))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (language == QLatin1String("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        // Qt's own dialogs and the undo texts ("撤销 %1") come from qtbase.
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/juesuan_") + language)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace Juesuan
