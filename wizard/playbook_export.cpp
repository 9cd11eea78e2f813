#include "playbook_export.h"

#include "model/setup_session.h"
#include "setup/ansible_playbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace stitch::wizard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stitch::wizard", text);
}

} // namespace

Result<QString> playbookFor(const SetupSession &session, const setup::RunOptions &optIns)
{
    return setup::ansiblePlaybookFor(session.choices(), session.connection().port, optIns);
}

Status writePlaybook(const QString &path, const QString &playbook)
{
    QSaveFile file(path);
    const QByteArray bytes = playbook.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            ErrorCode::LocalIoError,
            tr("The playbook could not be written to %1.").arg(QDir::toNativeSeparators(path)),
            tr("Choose a folder you can write to, and check the free space."), file.errorString());
    return {};
}

} // namespace stitch::wizard
