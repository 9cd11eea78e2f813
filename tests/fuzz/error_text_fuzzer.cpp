// Fuzzes the classifiers of error text the server sends: libssh's channel-open failure message
// (classifyForwardFailure) and sudo's stderr (classifySudoFailure, stripSudoPrompt).
// Input: two bytes of port, then the text.

#include "fuzz_support.h"
#include "remote/sudo_output.h"
#include "ssh/forward_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace stitch;
    quint16 port = 5432;
    if (size >= 2) {
        port = static_cast<quint16>((data[0] << 8) | data[1]);
        data += 2;
        size -= 2;
    }
    const QByteArray raw = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(raw);

    const Error forward = ssh::classifyForwardFailure(text, QStringLiteral("db.internal"), port);
    FUZZ_CHECK(forward.code == ErrorCode::ForwardProhibited ||
               forward.code == ErrorCode::ForwardRefused ||
               forward.code == ErrorCode::ForwardTimedOut ||
               forward.code == ErrorCode::ForwardNameNotResolved ||
               forward.code == ErrorCode::ForwardFailed);
    FUZZ_CHECK(!forward.message.isEmpty() && !forward.fix.isEmpty());
    FUZZ_CHECK(forward.detail == text);

    const std::optional<Error> sudo = remote::classifySudoFailure(raw, QStringLiteral("alice"));
    if (sudo) {
        FUZZ_CHECK(sudo->code == ErrorCode::SudoRequiresTty ||
                   sudo->code == ErrorCode::SudoNotAllowed ||
                   sudo->code == ErrorCode::SudoWrongPassword ||
                   sudo->code == ErrorCode::SudoPasswordRequired);
        FUZZ_CHECK(!sudo->message.isEmpty() && !sudo->fix.isEmpty());
    }
    static const QByteArray prompt = "[stitch-sudo-prompt-0f3c]";
    const QByteArray stripped = remote::stripSudoPrompt(raw, prompt);
    FUZZ_CHECK(stripped.size() <= raw.size());
    FUZZ_CHECK(raw.contains(prompt) || stripped == raw);
    return 0;
}
