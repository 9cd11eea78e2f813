#include "cli_main.h"

int main(int argc, char **argv)
{
    return stitch::cli::runCli(argc, argv);
}
