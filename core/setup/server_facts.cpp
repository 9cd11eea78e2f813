#include "server_facts.h"

#include "common/server_text.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace stitch::setup {

QString firewallKindName(FirewallKind kind)
{
    switch (kind) {
    case FirewallKind::None:
        return QStringLiteral("none");
    case FirewallKind::Ufw:
        return QStringLiteral("ufw");
    case FirewallKind::Firewalld:
        return QStringLiteral("firewalld");
    case FirewallKind::Nftables:
        return QStringLiteral("nftables");
    case FirewallKind::Iptables:
        return QStringLiteral("iptables");
    }
    return {};
}

QString ServerFacts::sshdValue(const QString &keyword) const
{
    const QStringList values = sshd.value(keyword);
    return values.isEmpty() ? QString() : values.first();
}

QStringList ServerFacts::sshdPorts() const
{
    return sshd.value(QStringLiteral("port"));
}

namespace {

void parseStat(const QString &value, FileState *state)
{
    // "<mode> <owner> <group>" or "missing"
    const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    state->exists = parts.size() == 3;
    state->mode = state->exists ? parts[0] : QString();
    state->owner = state->exists ? parts[1] : QString();
    state->group = state->exists ? parts[2] : QString();
}

QString decode(const QByteArray &base64)
{
    return QString::fromUtf8(QByteArray::fromBase64(base64));
}

FirewallKind parseFirewall(const QByteArray &v)
{
    if (v == "ufw")
        return FirewallKind::Ufw;
    if (v == "firewalld")
        return FirewallKind::Firewalld;
    if (v == "nftables")
        return FirewallKind::Nftables;
    if (v == "iptables")
        return FirewallKind::Iptables;
    return FirewallKind::None;
}

// An IPv4 or IPv6 address in its plain form: what the server printed is untrusted text.
bool isAddress(const QString &text)
{
    QHostAddress address;
    return !text.contains(QLatin1Char('%')) && address.setAddress(text);
}

} // namespace

QString ServerFacts::recordedFirewallRulesText() const
{
    QStringList rules;
    for (auto it = recordedFirewallRules.cbegin(); it != recordedFirewallRules.cend(); ++it)
        rules << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return rules.join(QStringLiteral(", "));
}

bool ServerFacts::keyFileIsDefault() const
{
    return keyFile == userHome + QStringLiteral("/.ssh/authorized_keys");
}

ServerFacts parseProbeOutput(const QByteArray &output)
{
    ServerFacts f;
    // "stat_ssh", "kind_ssh", "link_ssh_b64": the path the suffix names.
    const auto fileNamed = [&f](const QByteArray &name) -> FileState * {
        if (name == "home")
            return &f.home;
        if (name == "ssh")
            return &f.sshDir;
        if (name == "ak")
            return &f.authorizedKeys;
        return nullptr;
    };
    for (const QByteArray &rawLine : output.split('\n')) {
        const qsizetype eq = rawLine.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = rawLine.left(eq);
        const QByteArray value = rawLine.mid(eq + 1).trimmed();
        const QString text = textFromServer(QString::fromUtf8(value));
        const auto flag = [&] {
            return value == "1" || value == "yes";
        };
        if (key == "probe_version") {
            f.probeVersion = value.toInt();
        } else if (key == "facts_sha") {
            static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16}$"));
            if (hex.match(text).hasMatch())
                f.factsSha = text;
        } else if (key == "os_b64") {
            for (const QString &line : decode(value).split(QLatin1Char('\n'))) {
                const qsizetype e = line.indexOf(QLatin1Char('='));
                if (e <= 0)
                    continue;
                QString v = line.mid(e + 1).trimmed();
                if (v.size() >= 2 &&
                    (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))))
                    v = v.mid(1, v.size() - 2);
                if (line.startsWith(QLatin1String("ID=")))
                    f.osId = v;
                else if (line.startsWith(QLatin1String("PRETTY_NAME=")))
                    f.osPrettyName = v;
            }
        } else if (key == "sshd_rc") {
            f.sshdExitStatus = value.toInt();
        } else if (key == "sshd_b64") {
            const QString config = decode(value);
            for (const QString &line : config.split(QLatin1Char('\n'))) {
                const QString trimmed = line.trimmed();
                const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
                if (space <= 0)
                    continue;
                f.sshd[trimmed.left(space).toLower()] << trimmed.mid(space + 1).trimmed();
            }
            // sshd -T that failed prints only its complaint ("…: Bad configuration option"),
            // which is no setting.
            if (f.sshdExitStatus > 0)
                f.sshd.clear();
            if (f.sshd.isEmpty())
                f.sshdError = textFromServer(config.trimmed()).left(500);
        } else if (key == "sshd_dropins") {
            f.sshdIncludesDropins = flag();
        } else if (key == "sshd_fix_where") {
            if (value == "dropin" || value == "config")
                f.sshdFixWhere = text;
        } else if (key == "sshd_fix_b64") {
            for (const QString &line : decode(value).split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    f.sshdFixLines << line.trimmed();
            }
        } else if (key == "firewall") {
            f.firewall = parseFirewall(value);
        } else if (key == "firewall_active") {
            f.firewallActive = flag();
        } else if (key == "firewall_b64") {
            f.firewallStatus = decode(value);
            for (const QString &line : f.firewallStatus.split(QLatin1Char('\n'))) {
                if (line.contains(QLatin1String("stitch-tunnel")))
                    f.taggedRules << line.trimmed();
            }
        } else if (key == "user_passwd") {
            // name:x:uid:gid:gecos:home:shell
            const QStringList p = text.split(QLatin1Char(':'));
            if (p.size() >= 7) {
                f.userExists = true;
                f.userUid = p[2].toInt();
                f.userGecos = p[4];
                f.userHome = p[5];
                f.userShell = p[6];
            }
        } else if (key == "group_exists") {
            f.groupExists = flag();
        } else if (key == "user_group") {
            f.userPrimaryGroup = text;
        } else if (key == "password_state") {
            f.passwordState = text;
        } else if (key == "user_groups") {
            f.userGroups = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (key == "user_marked") {
            f.userMarked = flag();
        } else if (key == "account_refusal") {
            f.accountRefusal = text.simplified();
        } else if (key == "uid_min") {
            bool ok = false;
            const int min = value.toInt(&ok);
            if (ok && min > 0)
                f.uidMin = min;
        } else if (key.startsWith("stat_") && fileNamed(key.mid(5))) {
            parseStat(text, fileNamed(key.mid(5)));
        } else if (key.startsWith("kind_") && fileNamed(key.mid(5))) {
            fileNamed(key.mid(5))->kind = text;
        } else if (key.startsWith("link_") && key.endsWith("_b64") &&
                   fileNamed(key.mid(5, key.size() - 9))) {
            fileNamed(key.mid(5, key.size() - 9))->linkTarget = textFromServer(decode(value));
        } else if (key == "key_file") {
            f.keyFile = text;
        } else if (key == "key_file_as") {
            f.keyFileByRoot = value == "root";
        } else if (key == "key_files") {
            f.keyFiles << text;
        } else if (key == "key_file_skipped") {
            f.keyFilesSkipped << text;
        } else if (key == "ak_selinux_label_wrong") {
            f.keyFileLabelWrong = flag();
        } else if (key == "ak_exact") {
            f.authorizedKeysExactLine = flag();
        } else if (key == "ak_lines") {
            f.authorizedKeysLines = value.toInt();
        } else if (key == "ak_has_key") {
            f.authorizedKeysHasKey = flag();
        } else if (key == "ak_final_newline") {
            f.authorizedKeysEndsWithNewline = flag();
        } else if (key == "ak_cr") {
            f.authorizedKeysHasCarriageReturn = flag();
        } else if (key == "ak_selftest") {
            f.selfTestLines = value.toInt();
        } else if (key == "ak_older_key") {
            static const QRegularExpression fingerprint(
                QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$"));
            if (const QString fp = QString::fromLatin1(value); fingerprint.match(fp).hasMatch())
                f.olderStitchKeys << fp;
        } else if (key == "record_rules") {
            static const QRegularExpression counted(
                QStringLiteral("^(ufw|firewalld|iptables|ip6tables|nftables) ([0-9]{1,6})$"));
            if (const auto m = counted.match(text); m.hasMatch())
                f.recordedFirewallRules.insert(m.captured(1), m.captured(2).toInt());
        } else if (key == "listen_port") {
            bool ok = false;
            const int port = text.toInt(&ok);
            if (ok && port > 0 && port < 65536 && !f.listeningPorts.contains(text))
                f.listeningPorts << text;
        } else if (key == "ssh_peer") {
            if (isAddress(text) && !f.sshPeers.contains(text))
                f.sshPeers << text;
        } else if (key == "record_ufw_enabled") {
            f.recordSaysUfwEnabled = flag();
        } else if (key == "selinux_enforcing") {
            f.selinuxEnforcing = flag();
        } else if (key == "has_useradd") {
            f.hasUseradd = flag();
        } else if (key == "has_busybox_adduser") {
            f.hasBusyboxAdduser = flag();
        } else if (key == "has_flock") {
            f.hasFlock = flag();
        } else if (key == "has_setpriv") {
            f.hasSetpriv = flag();
        } else if (key == "addr") {
            if (!text.isEmpty())
                f.privateAddresses << text;
        } else if (key == "db_route_to") {
            if (isAddress(text))
                f.databaseRouteTo = text;
        } else if (key == "db_route_src") {
            if (f.databaseSourceAddress.isEmpty() && isAddress(text))
                f.databaseSourceAddress = text;
        } else if (key == "db_route_dev") {
            f.databaseRouteInterface = text;
        } else if (key == "db_route_local") {
            f.databaseIsLocal = flag();
        } else if (key == "db_addr") {
            if (!text.isEmpty() && !f.databaseAddresses.contains(text))
                f.databaseAddresses << text;
        }
    }
    // A probe from before sshd's AuthorizedKeysFile was read: the tool wrote ~/.ssh then.
    if (f.probeVersion < 4 && f.userExists && f.keyFile.isEmpty())
        f.keyFile = f.userHome + QStringLiteral("/.ssh/authorized_keys");
    return f;
}

} // namespace stitch::setup
