// juesuan: the GUI editor, or a headless verb (table, check, export, import).
#include "commandline.h"
#include "platform.h"

int main(int argc, char **argv)
{
    Juesuan::Platform::keepFreedMemory();
    return Juesuan::CommandLine::run(argc, argv);
}
