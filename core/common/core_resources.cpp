#include "core_resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerCoreResources()
{
    Q_INIT_RESOURCE(core_resources);
}

namespace stitch {

void initCoreResources()
{
    registerCoreResources();
}

} // namespace stitch
