#pragma once

namespace stitch {

// Sets the application/organisation names both executables share, so that they use the same
// app-data folder (known_hosts) and settings.
void setApplicationIdentity();

} // namespace stitch
