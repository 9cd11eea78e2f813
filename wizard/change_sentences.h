#pragma once

#include <QString>

namespace stitch::wizard {

// A change as the server's script reports it ("ufw turned on", "deleted user stitch") as a
// sentence in the user's language ("Turned on ufw."). A line it does not know keeps its words,
// with a capital and a full stop.
QString changeSentence(const QString &scriptLine);

} // namespace stitch::wizard
