#include "wizard_main.h"

int main(int argc, char **argv)
{
    return stitch::wizard::runWizard(argc, argv);
}
