#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace stitch::remote {

// Recognises sudo's own complaints on stderr. Returns nothing when sudo itself was content
// (the command's own failure is then the caller's business).
std::optional<Error> classifySudoFailure(const QByteArray &stdErr, const QString &user);

// Removes our unique sudo prompt from stderr so the transcript shows only real output.
QByteArray stripSudoPrompt(QByteArray stdErr, const QByteArray &prompt);

} // namespace stitch::remote
