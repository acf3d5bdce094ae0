#pragma once

#include <QString>

namespace Juesuan {

// The few facts about the terminal that headless verbs need, behind one small platform
// helper: progress lines go to stderr only when a person is watching it, never into a
// script's log or a pipe.
class Terminal
{
public:
    static bool isStderrTerminal();
    // A Progress callback that redraws one line "<label> done/total" on stderr (with \r) and
    // ends it with a newline when done reaches total. Never cancels.
    static void printProgress(const QString &label, int done, int total);
};

} // namespace Juesuan
