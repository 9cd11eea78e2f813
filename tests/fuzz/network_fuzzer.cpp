// Fuzzes the validators of what the admin types or a setup file holds: normalizeCidr(),
// validateDatabaseHost(), validatePublicHost(), validateTunnelUser(), validatePort() and
// stitchRegion(). Whatever they accept goes into shell scripts and authorized_keys options, so an
// accepted value must be plain (no shell or option syntax) and must validate again to itself.

#include "fuzz_support.h"
#include "setup/stitch_network.h"

#include <QRegularExpression>

#include <cstring>

namespace {

bool onlyCharacters(const QString &s, const char *allowed)
{
    for (const QChar c : s) {
        if (c.unicode() == 0 || c.unicode() > 0x7f ||
            !std::strchr(allowed, static_cast<char>(c.unicode())))
            return false;
    }
    return true;
}

bool regionsNormalise()
{
    const auto regions = stitch::setup::stitchRegions();
    FUZZ_CHECK(!regions.isEmpty());
    for (const auto &region : regions) {
        for (const QString &cidr : region.cidrs) {
            const auto normal = stitch::setup::normalizeCidr(cidr);
            FUZZ_CHECK(normal.ok() && normal.value() == cidr);
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace stitch::setup;
    static const bool regionsOk = regionsNormalise();
    FUZZ_CHECK(regionsOk);
    const QString text = fuzz::text(data, size);

    const stitch::Result<QString> cidr = normalizeCidr(text);
    if (cidr.ok()) {
        FUZZ_CHECK(onlyCharacters(cidr.value(), "0123456789abcdef.:/"));
        const stitch::Result<QString> again = normalizeCidr(cidr.value());
        FUZZ_CHECK(again.ok() && again.value() == cidr.value());
        const int prefix = cidr.value().section(QLatin1Char('/'), 1).toInt();
        FUZZ_CHECK(prefix >= 8 && prefix <= 128);
    }

    const stitch::Result<QString> host = validateDatabaseHost(text);
    if (host.ok()) {
        FUZZ_CHECK(!host.value().isEmpty());
        FUZZ_CHECK(onlyCharacters(host.value(),
                                  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                  "_.-:"));
        FUZZ_CHECK(!host.value().startsWith(QLatin1Char('-')));
        const stitch::Result<QString> again = validateDatabaseHost(host.value());
        FUZZ_CHECK(again.ok() && again.value() == host.value());
    }

    // The SSH Host for Stitch: the same validator, stricter (no "_"); what it takes, the
    // database host rule takes too.
    const stitch::Result<QString> publicHost = validatePublicHost(text);
    if (publicHost.ok()) {
        FUZZ_CHECK(onlyCharacters(publicHost.value(), "abcdefghijklmnopqrstuvwxyz0123456789.-:"));
        FUZZ_CHECK(!publicHost.value().startsWith(QLatin1Char('-')));
        const stitch::Result<QString> again = validatePublicHost(publicHost.value());
        FUZZ_CHECK(again.ok() && again.value() == publicHost.value());
        const stitch::Result<QString> asDatabase = validateDatabaseHost(text);
        FUZZ_CHECK(asDatabase.ok() && asDatabase.value() == publicHost.value());
    }

    const stitch::Result<QString> user = validateTunnelUser(text);
    if (user.ok()) {
        static const QRegularExpression portable(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
        FUZZ_CHECK(portable.match(user.value()).hasMatch());
        FUZZ_CHECK(user.value() != QLatin1String("root"));
        const stitch::Result<QString> again = validateTunnelUser(user.value());
        FUZZ_CHECK(again.ok() && again.value() == user.value());
    }

    const stitch::Result<quint16> port = validatePort(text);
    if (port.ok()) {
        FUZZ_CHECK(port.value() >= 1);
        const stitch::Result<quint16> again = validatePort(QString::number(port.value()));
        FUZZ_CHECK(again.ok() && again.value() == port.value());
    }

    const stitch::Result<StitchRegion> region = stitchRegion(text);
    if (region.ok())
        FUZZ_CHECK(region->id == text && !region->cidrs.isEmpty());
    return 0;
}
