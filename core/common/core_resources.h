#pragma once

namespace stitch {

// Registers core's Qt resources (Stitch's address list, the remote scripts). A static
// library's resources are not registered on their own; call this before opening one.
void initCoreResources();

} // namespace stitch
