#include "key_errors.h"

#include <QObject>

#include "key_types.h"

namespace stitch::keys::detail {
namespace {

QString copyAgainFix()
{
    return QObject::tr("Copy the public key again from the Stitch web app (Integration "
                       "settings → SSH Tunnel, or destination settings → Encryption Type → "
                       "SSH Tunnel) and give it unchanged.");
}

} // namespace

// None of these quotes the text given, except a key type name (which cannot be key material).
// They say "give", not "paste" or "file": the wizard takes the key pasted, the CLI from a file.

Error keyEmpty()
{
    return withRemedy(makeError(ErrorCode::KeyEmpty, QObject::tr("No public key was given."),
                                QObject::tr("Copy Stitch's public key from the Stitch web app "
                                            "(Integration settings → SSH Tunnel) and give it "
                                            "here.")),
                      RemedyKind::GivePublicKey);
}

Error privateKeyGiven()
{
    return withRemedy(
        makeError(ErrorCode::PrivateKeyGiven,
                  QObject::tr("This is a PRIVATE key. A private key is a secret that must "
                              "never be shared or pasted anywhere; Stitch needs its own "
                              "PUBLIC key here, not one of yours."),
                  QObject::tr("Remove the private key from where you put it. If it was "
                              "copied anywhere else, treat it as exposed and replace it. Then "
                              "copy Stitch's public key (one line starting with \"ssh-\") "
                              "from the Stitch web app: Integration settings → SSH Tunnel.")),
        RemedyKind::ReplacePrivateKey);
}

Error tooLong()
{
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("The text is far too long to be an SSH public key."),
                     copyAgainFix());
}

Error notAKey()
{
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("The text is not an SSH public key. A public key is "
                                 "one line that starts with its type, for example "
                                 "\"ssh-ed25519 AAAA…\" or \"ssh-rsa AAAA…\"."),
                     copyAgainFix());
}

Error typeMissing()
{
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("The beginning of the key is missing: it should start with "
                                 "its type, for example \"ssh-ed25519\" or \"ssh-rsa\"."),
                     QObject::tr("Copy the whole key, including the type at the start. ") +
                         copyAgainFix());
}

Error fingerprintGiven()
{
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("This is a key fingerprint (a short checksum of a key), not "
                                 "the key itself."),
                     QObject::tr("Copy the full public key instead: one long line starting "
                                 "with its type, for example \"ssh-ed25519 AAAA…\". ") +
                         copyAgainFix());
}

Error optionsInFront()
{
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("There are authorized_keys options (such as \"restrict\" or "
                                 "\"command=...\") in front of the key."),
                     QObject::tr("Give only the key itself, starting with its type (for "
                                 "example \"ssh-ed25519\" or \"ssh-rsa\"); the options it "
                                 "needs are added for you."));
}

Error extraTextInFront()
{
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("There is extra text in front of the key."),
                     QObject::tr("Give only the key itself, starting with its type (for "
                                 "example \"ssh-ed25519\" or \"ssh-rsa\")."));
}

Error twoKeys()
{
    return makeError(ErrorCode::KeyMalformed, QObject::tr("The text contains more than one key."),
                     QObject::tr("Give one key: Stitch's public key only."));
}

Error extraTextAfter()
{
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("There is extra text after the end of the key."),
                     QObject::tr("Give only the key block, from its BEGIN line to its END "
                                 "line."));
}

Error dsaUnsupported()
{
    return makeError(ErrorCode::KeyTypeUnsupported,
                     QObject::tr("This is a DSA key (ssh-dss). DSA keys are insecure and "
                                 "modern OpenSSH servers refuse them."),
                     QObject::tr("Use Stitch's current public key (Ed25519, ECDSA or RSA). ") +
                         copyAgainFix());
}

Error typeUnsupported(const QString &type)
{
    const bool certificate = type.contains(QLatin1String("-cert-"));
    const QString what = type.isEmpty() ? QObject::tr("This kind of key")
                                        : QObject::tr("The key type \"%1\"").arg(type);
    return makeError(ErrorCode::KeyTypeUnsupported,
                     certificate ? QObject::tr("%1 is an SSH certificate, not a plain public "
                                               "key; certificates are not supported.")
                                       .arg(what)
                                 : QObject::tr("%1 is not supported. Supported are "
                                               "ssh-ed25519, ecdsa-sha2-nistp256/384/521, "
                                               "ssh-rsa and the sk- security-key variants.")
                                       .arg(what),
                     copyAgainFix());
}

Error tooWeak(int bits)
{
    return makeError(ErrorCode::KeyTooWeak,
                     QObject::tr("This RSA key is only %1 bits long, which is too weak; at "
                                 "least %2 bits are required.")
                         .arg(bits)
                         .arg(kMinRsaBits),
                     QObject::tr("Use Stitch's current public key; if it really is this "
                                 "short, ask Stitch support for a new one."));
}

Error invalidCharacters()
{
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("The key contains characters that cannot be part of a key; "
                                 "it was probably changed while copying."),
                     copyAgainFix());
}

Error incomplete(const QString &detail)
{
    return makeError(
        ErrorCode::KeyMalformed,
        QObject::tr("The key is incomplete: part of it is missing, probably cut "
                    "off while copying."),
        QObject::tr("Copy the whole key, all of it up to the very end. ") + copyAgainFix(), detail);
}

Error damaged(const QString &detail)
{
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("The key is damaged: its data is not a valid SSH public "
                                 "key."),
                     copyAgainFix(), detail);
}

Error mismatch(const QString &prefix, const QByteArray &inner)
{
    const QString innerText = findSpec(inner) || inner == "ssh-dss"
                                  ? QStringLiteral("an %1 key").arg(QString::fromLatin1(inner))
                                  : QStringLiteral("a different kind of key");
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("The key text was altered or mixed up: it says \"%1\" at the "
                                 "start, but the key data is %2.")
                         .arg(prefix, innerText),
                     copyAgainFix());
}

Error rfc4716Unterminated()
{
    return makeError(ErrorCode::KeyMalformed,
                     QObject::tr("The key block has no \"---- END SSH2 PUBLIC KEY ----\" "
                                 "line; it was probably cut off while copying."),
                     QObject::tr("Copy the whole block, from the BEGIN line to the END line. ") +
                         copyAgainFix());
}

} // namespace stitch::keys::detail
