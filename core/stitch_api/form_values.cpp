#include "form_values.h"

#include "setup/setup_request.h"

namespace stitch::stitch_api {

SourceSshValues sourceValues(const SetupChoices &choices, const ssh::ConnectionSettings &connection,
                             const QString &sourceType)
{
    const setup::StitchFormValues v = setup::stitchFormValues(choices, connection);
    SourceSshValues values;
    values.sshHost = v.sshHost;
    values.sshPort = v.sshPort;
    values.sshUser = v.sshUser;
    values.databaseHost = v.databaseHost;
    values.databasePort = v.databasePort;
    values.databaseUser = choices.databaseUser;
    values.databaseName = choices.databaseName;
    const bool mysql = sourceType.contains(QLatin1String("mysql")) ||
                       sourceType.contains(QLatin1String("mariadb"));
    values.databaseType = mysql ? DatabaseType::MySql : choices.databaseType;
    return values;
}

} // namespace stitch::stitch_api
