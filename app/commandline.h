#pragma once

namespace Juesuan {

// Parses the command line and runs the GUI or one headless verb; returns the exit code.
// Verbs run on the offscreen platform, so they need no display.
class CommandLine
{
public:
    static int run(int argc, char **argv);
};

} // namespace Juesuan
