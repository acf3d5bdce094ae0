#pragma once

#include <QFont>
#include <QString>

namespace Juesuan {

// Chooses the report's faces. Qt 6.4's PDF subsetter maps glyphs that Noto CJK shares
// with the Kangxi radicals to the radical code points, so PDF text would extract as ⽀出;
// WenQuanYi Micro Hei (黑体, headings) and AR PL UMing (宋体/明体, body) extract correctly.
class Fonts
{
public:
    static QString bodyFamily();    // Song/Ming face for body text and tables
    static QString headingFamily(); // Hei face for headings and the UI
    static QFont body(qreal pointSize = 10.5);
    static QFont heading(qreal pointSize = 14);
    // Sets the application font (before any chart or widget is created).
    static void applyToApplication();
};

} // namespace Juesuan
