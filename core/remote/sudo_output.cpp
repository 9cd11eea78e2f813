#include "sudo_output.h"

#include <QObject>

namespace stitch::remote {

std::optional<Error> classifySudoFailure(const QByteArray &stdErr, const QString &user)
{
    const QByteArray text = stdErr.toLower();
    if (text.contains("must have a tty") || text.contains("no tty present")) {
        return makeError(ErrorCode::SudoRequiresTty,
                         QObject::tr("sudo on the server requires a terminal (requiretty), so "
                                     "it cannot be used by a tool. Nothing was changed."),
                         QObject::tr("Ask the administrator to add \"Defaults:%1 "
                                     "!requiretty\" with visudo, or log in as root.")
                             .arg(user));
    }
    if (text.contains("not in the sudoers file") || text.contains("is not allowed to run sudo") ||
        text.contains("may not run sudo") || text.contains("is not allowed to execute")) {
        return makeError(
            ErrorCode::SudoNotAllowed,
            QObject::tr("%1 may not use sudo on the server. Nothing was changed.").arg(user),
            QObject::tr("Log in with an account that may use sudo (for example "
                        "one in the \"sudo\" or \"wheel\" group), or as root."));
    }
    if (text.contains("sorry, try again") || text.contains("incorrect password")) {
        return withRemedy(
            makeError(ErrorCode::SudoWrongPassword,
                      QObject::tr("The sudo password for %1 was not accepted. Nothing was "
                                  "changed.")
                          .arg(user),
                      QObject::tr("Give %1's own password (sudo asks for the login "
                                  "password, not root's).")
                          .arg(user)),
            RemedyKind::CheckSudoPassword, {user});
    }
    if (text.contains("no password was provided") || text.contains("a password is required")) {
        return withRemedy(
            makeError(ErrorCode::SudoPasswordRequired,
                      QObject::tr("sudo on the server asks for %1's password, but none "
                                  "was given. Nothing was changed.")
                          .arg(user),
                      QObject::tr("Give the sudo password (usually the login password).")),
            RemedyKind::GiveSudoPassword, {user});
    }
    return std::nullopt;
}

QByteArray stripSudoPrompt(QByteArray stdErr, const QByteArray &prompt)
{
    if (!prompt.isEmpty())
        stdErr.replace(prompt, QByteArray());
    return stdErr;
}

} // namespace stitch::remote
