#include "form_values.h"

#include "session/setup_session.h"
#include "setup/report.h"

namespace stitch::stitch_api {

SourceSshValues sourceValues(const SetupSession &session, const QString &sourceType)
{
    const setup::StitchFormValues v = setup::stitchFormValues(session);
    SourceSshValues values;
    values.sshHost = v.sshHost;
    values.sshPort = v.sshPort;
    values.sshUser = v.sshUser;
    values.databaseHost = v.databaseHost;
    values.databasePort = v.databasePort;
    values.databaseUser = session.choices().databaseUser;
    values.databaseName = session.choices().databaseName;
    const bool mysql = sourceType.contains(QLatin1String("mysql")) ||
                       sourceType.contains(QLatin1String("mariadb"));
    values.databaseType = mysql ? DatabaseType::MySql : session.choices().databaseType;
    return values;
}

} // namespace stitch::stitch_api
