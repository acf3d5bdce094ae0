#pragma once

class QApplication;

namespace Juesuan {

// Runs the editor: loads the translations for the chosen language (Chinese unless the
// preferences or $JUESUAN_LANG say English), opens FILE (or the last file, or an empty
// report), shows the window and offers the recovery copies of sessions that did not end
// normally. Hidden options serve tests, benchmarks and the screenshot script:
//   --page ID             show an outline entry ("05" for table 05, or an outline id)
//   --screenshot OUT.png  grab the window once shown, write OUT.png and quit
//   --quit-after-show     print "shown <ms>" once the window is up, and quit
//   --edit-text KEY=TEXT  change a text part after loading, as if typed
class GuiSession
{
public:
    static int run(QApplication &app);
};

} // namespace Juesuan
