#include "stitch_source_options.h"

#include <QObject>
#include <QUrl>

namespace stitch::cli {

namespace {

Error usage(const QString &message, const QString &fix)
{
    return makeError(ErrorCode::InvalidInput, message, fix);
}

} // namespace

// stitch-source: the token file, the source, and the SSH Host Stitch is to use (--host, or
// --public-host when Stitch reaches the server by another name). The token is read later.
Result<CliOptions> stitchSourceOptions(const QCommandLineParser &parser, CliOptions options)
{
    CliOptions::StitchApi &api = options.stitchApi;
    api.tokenFile = parser.value(QStringLiteral("token-file"));
    if (api.tokenFile.isEmpty())
        return usage(QObject::tr("stitch-source needs a Stitch Connect API token."),
                     QObject::tr("Save the token (it starts with ac_) in a file only you can "
                                 "read (chmod 600) and give --token-file FILE."));
    api.list = parser.isSet(QStringLiteral("list"));
    api.caFile = parser.value(QStringLiteral("ca-file"));
    if (parser.isSet(QStringLiteral("api-url"))) {
        const QUrl url(parser.value(QStringLiteral("api-url")), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return usage(QObject::tr("\"%1\" is not an https:// address.")
                             .arg(parser.value(QStringLiteral("api-url"))),
                         QObject::tr("Give --api-url as https://HOST[:PORT], or leave it out "
                                     "for Stitch's own API."));
        api.baseUrl = url.toString();
    }
    if (api.list) {
        // Listing changes nothing and writes no value: an option for the values would be lost.
        QStringList lost;
        for (const char *o : {"source-id", "host", "public-host", "db-host", "db-port", "db-user",
                              "db-name", "tunnel-user", "minutes", "port", "db-type"}) {
            if (parser.isSet(QLatin1String(o)))
                lost << QStringLiteral("--") + QLatin1String(o);
        }
        if (!lost.isEmpty())
            return usage(QObject::tr("--list only lists the sources; %1 has no effect with it.")
                             .arg(lost.join(QStringLiteral(", "))),
                         QObject::tr("Leave out --list to write the values into a source, or "
                                     "leave out %1.")
                             .arg(lost.join(QStringLiteral(", "))));
        return options;
    }
    bool idOk = false;
    api.sourceId = parser.value(QStringLiteral("source-id")).toLongLong(&idOk);
    if (!parser.isSet(QStringLiteral("source-id")) || !idOk || api.sourceId <= 0)
        return usage(parser.isSet(QStringLiteral("source-id"))
                         ? QObject::tr("\"%1\" is not a source ID.")
                               .arg(parser.value(QStringLiteral("source-id")))
                         : QObject::tr("stitch-source needs --source-id or --list."),
                     QObject::tr("Give --source-id N (a number; stitch-tunnel stitch-source "
                                 "--token-file FILE --list shows them)."));
    ssh::ConnectionSettings &c = options.connection;
    c.host = parser.value(QStringLiteral("host")).trimmed();
    if (c.host.isEmpty() && options.choices.publicHost.isEmpty())
        return usage(QObject::tr("No SSH Host for Stitch given."),
                     QObject::tr("Add --host with the SSH server's name or address (or "
                                 "--public-host with the name Stitch reaches it by)."));
    return options;
}

} // namespace stitch::cli
