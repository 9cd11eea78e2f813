#include "playbook_command.h"

#include "cli_exit_codes.h"
#include "cli_output.h"
#include "setup/ansible_playbook.h"

#include <QObject>
#include <QSaveFile>

namespace stitch::cli {

int runPlaybookCommand(const CliOptions &options, QTextStream &out, QTextStream &err)
{
    const auto text = setup::ansiblePlaybookFor(options.choices, options.connection.port,
                                                options.run, options.playbookHosts);
    if (!text)
        return printFailure(out, err, false, {}, text.error());
    if (options.outputFile.isEmpty()) {
        out << text.value();
        out.flush();
        return ExitOk;
    }
    // Whole or not at all: a half-written playbook must never be run against a fleet.
    QSaveFile file(options.outputFile);
    const QByteArray bytes = text->toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return printFailure(
            out, err, false, {},
            makeError(ErrorCode::LocalIoError,
                      QObject::tr("Cannot write the playbook to %1.").arg(options.outputFile),
                      QObject::tr("Check the folder exists and is writable.")));
    return ExitOk;
}

} // namespace stitch::cli
