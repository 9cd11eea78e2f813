#include "setup_request.h"

namespace stitch::setup {

SetupRequest SetupRequest::clone() const
{
    return SetupRequest{connection, credentials.clone(), choices, options};
}

StitchFormValues stitchFormValues(const SetupChoices &choices,
                                  const ssh::ConnectionSettings &connection)
{
    StitchFormValues v;
    v.sshHost = choices.publicHost.isEmpty() ? connection.host : choices.publicHost;
    v.sshHostGiven = !choices.publicHost.isEmpty();
    v.sshPort = connection.port;
    v.sshUser = choices.tunnelUser;
    v.databaseHost = choices.databaseHost;
    v.databasePort = choices.databasePort;
    return v;
}

} // namespace stitch::setup
