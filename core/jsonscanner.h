#pragma once

#include <QByteArray>
#include <QString>

namespace Juesuan {

// Checks what QJsonDocument lets through but the .juesuan format forbids, on the raw bytes
// of already valid JSON: a member given twice in one object (QJsonDocument keeps the last
// silently), and numbers that are not JSON integers within 64 bits (`1.0`, `1.`, `1e3`,
// `18446744073709551616`), which QJsonDocument rounds or turns into integers unseen.
// The first problem comes back as "path: reason", the path spelled as DocumentIO spells it.
class JsonScanner
{
public:
    // True when `json` has none of these problems; otherwise false with *error set.
    static bool check(const QByteArray &json, QString *error);
    // How DocumentIO writes a member's path: `a.b`, `a[3]`, `a["1@1"]`.
    static QString member(const QString &path, const QString &key);
};

} // namespace Juesuan
