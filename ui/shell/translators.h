#pragma once

#include <QString>

class QCoreApplication;

namespace Juesuan {

// Installs the interface's translations (compiled in at :/i18n) and, for Chinese, Qt's own.
class Translators
{
public:
    // language: "zh_CN" or "en". Returns false when Juesuan's own translation is missing.
    static bool install(QCoreApplication &app, const QString &language);
};

} // namespace Juesuan
