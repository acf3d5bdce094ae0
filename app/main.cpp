// juesuan: the GUI editor, or a headless verb (table, check, export, import).
#include "commandline.h"

int main(int argc, char **argv)
{
    return Juesuan::CommandLine::run(argc, argv);
}
