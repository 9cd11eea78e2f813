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

namespace {

// One KEY=VALUE line of the probe's output: the value as the server sent it, and as text
// (textFromServer: it is untrusted).
struct ProbeLine
{
    QByteArray key;
    QByteArray value;
    QString text;

    bool flag() const { return value == "1" || value == "yes"; }
};

// Lines that set one field as they are: yes/no flags, whole numbers, and plain text.
bool parsePlainFact(ServerFacts &f, const ProbeLine &line)
{
    static const QHash<QByteArray, bool ServerFacts::*> flags = {
        {"sshd_dropins", &ServerFacts::sshdIncludesDropins},
        {"firewall_active", &ServerFacts::firewallActive},
        {"record_ufw_enabled", &ServerFacts::recordSaysUfwEnabled},
        {"group_exists", &ServerFacts::groupExists},
        {"user_marked", &ServerFacts::userMarked},
        {"ak_selinux_label_wrong", &ServerFacts::keyFileLabelWrong},
        {"ak_exact", &ServerFacts::authorizedKeysExactLine},
        {"ak_has_key", &ServerFacts::authorizedKeysHasKey},
        {"ak_final_newline", &ServerFacts::authorizedKeysEndsWithNewline},
        {"ak_cr", &ServerFacts::authorizedKeysHasCarriageReturn},
        {"selinux_enforcing", &ServerFacts::selinuxEnforcing},
        {"has_useradd", &ServerFacts::hasUseradd},
        {"has_busybox_adduser", &ServerFacts::hasBusyboxAdduser},
        {"has_flock", &ServerFacts::hasFlock},
        {"has_setpriv", &ServerFacts::hasSetpriv},
        {"db_route_local", &ServerFacts::databaseIsLocal},
    };
    static const QHash<QByteArray, int ServerFacts::*> numbers = {
        {"probe_version", &ServerFacts::probeVersion},
        {"sshd_rc", &ServerFacts::sshdExitStatus},
        {"ak_lines", &ServerFacts::authorizedKeysLines},
        {"ak_selftest", &ServerFacts::selfTestLines},
    };
    static const QHash<QByteArray, QString ServerFacts::*> texts = {
        {"user_group", &ServerFacts::userPrimaryGroup},
        {"password_state", &ServerFacts::passwordState},
        {"key_file", &ServerFacts::keyFile},
        {"db_route_dev", &ServerFacts::databaseRouteInterface},
    };
    if (const auto it = flags.constFind(line.key); it != flags.cend())
        f.**it = line.flag();
    else if (const auto n = numbers.constFind(line.key); n != numbers.cend())
        f.**n = line.value.toInt();
    else if (const auto t = texts.constFind(line.key); t != texts.cend())
        f.**t = line.text;
    else
        return false;
    return true;
}

// /etc/os-release: ID and PRETTY_NAME, quoted or not.
void parseOsRelease(ServerFacts &f, const QString &osRelease)
{
    for (const QString &line : osRelease.split(QLatin1Char('\n'))) {
        const qsizetype e = line.indexOf(QLatin1Char('='));
        if (e <= 0)
            continue;
        QString v = line.mid(e + 1).trimmed();
        if (v.size() >= 2 && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))))
            v = v.mid(1, v.size() - 2);
        if (line.startsWith(QLatin1String("ID=")))
            f.osId = v;
        else if (line.startsWith(QLatin1String("PRETTY_NAME=")))
            f.osPrettyName = v;
    }
}

// `sshd -T` output, "keyword value" a line; the probe prints sshd_rc before it.
void parseSshdConfig(ServerFacts &f, const QString &config)
{
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
}

// The probe's own lines and what the server's sshd is set to.
bool parseSystemFact(ServerFacts &f, const ProbeLine &line)
{
    if (line.key == "facts_sha") {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16}$"));
        if (hex.match(line.text).hasMatch())
            f.factsSha = line.text;
    } else if (line.key == "os_b64") {
        parseOsRelease(f, decode(line.value));
    } else if (line.key == "sshd_b64") {
        parseSshdConfig(f, decode(line.value));
    } else if (line.key == "sshd_fix_where") {
        if (line.value == "dropin" || line.value == "config")
            f.sshdFixWhere = line.text;
    } else if (line.key == "sshd_fix_b64") {
        for (const QString &fixLine : decode(line.value).split(QLatin1Char('\n'))) {
            if (!fixLine.trimmed().isEmpty())
                f.sshdFixLines << fixLine.trimmed();
        }
    } else {
        return false;
    }
    return true;
}

bool parseFirewallFact(ServerFacts &f, const ProbeLine &line)
{
    if (line.key == "firewall") {
        f.firewall = parseFirewall(line.value);
    } else if (line.key == "firewall_b64") {
        f.firewallStatus = decode(line.value);
        for (const QString &rule : f.firewallStatus.split(QLatin1Char('\n'))) {
            if (rule.contains(QLatin1String("stitch-tunnel")))
                f.taggedRules << rule.trimmed();
        }
    } else if (line.key == "record_rules") {
        static const QRegularExpression counted(
            QStringLiteral("^(ufw|firewalld|iptables|ip6tables|nftables) ([0-9]{1,6})$"));
        if (const auto m = counted.match(line.text); m.hasMatch())
            f.recordedFirewallRules.insert(m.captured(1), m.captured(2).toInt());
    } else {
        return false;
    }
    return true;
}

bool parseAccountFact(ServerFacts &f, const ProbeLine &line)
{
    if (line.key == "user_passwd") {
        // name:x:uid:gid:gecos:home:shell
        const QStringList p = line.text.split(QLatin1Char(':'));
        if (p.size() >= 7) {
            f.userExists = true;
            f.userUid = p[2].toInt();
            f.userGecos = p[4];
            f.userHome = p[5];
            f.userShell = p[6];
        }
    } else if (line.key == "user_groups") {
        f.userGroups = line.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    } else if (line.key == "account_refusal") {
        f.accountRefusal = line.text.simplified();
    } else if (line.key == "uid_min") {
        bool ok = false;
        const int min = line.value.toInt(&ok);
        if (ok && min > 0)
            f.uidMin = min;
    } else {
        return false;
    }
    return true;
}

// "stat_ssh", "kind_ssh", "link_ssh_b64": the path the suffix names.
FileState *fileNamed(ServerFacts &f, const QByteArray &name)
{
    if (name == "home")
        return &f.home;
    if (name == "ssh")
        return &f.sshDir;
    if (name == "ak")
        return &f.authorizedKeys;
    return nullptr;
}

bool parseFileFact(ServerFacts &f, const ProbeLine &line)
{
    const QByteArray &key = line.key;
    if (key.startsWith("stat_") && fileNamed(f, key.mid(5)))
        parseStat(line.text, fileNamed(f, key.mid(5)));
    else if (key.startsWith("kind_") && fileNamed(f, key.mid(5)))
        fileNamed(f, key.mid(5))->kind = line.text;
    else if (key.startsWith("link_") && key.endsWith("_b64") &&
             fileNamed(f, key.mid(5, key.size() - 9)))
        fileNamed(f, key.mid(5, key.size() - 9))->linkTarget = textFromServer(decode(line.value));
    else
        return false;
    return true;
}

// Which authorized_keys files sshd reads, and the Stitch keys in them.
bool parseKeyFact(ServerFacts &f, const ProbeLine &line)
{
    if (line.key == "key_file_as") {
        f.keyFileByRoot = line.value == "root";
    } else if (line.key == "key_files") {
        f.keyFiles << line.text;
    } else if (line.key == "key_file_skipped") {
        f.keyFilesSkipped << line.text;
    } else if (line.key == "ak_older_key") {
        static const QRegularExpression fingerprint(QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$"));
        if (const QString fp = QString::fromLatin1(line.value); fingerprint.match(fp).hasMatch())
            f.olderStitchKeys << fp;
    } else {
        return false;
    }
    return true;
}

// The server's ports, peers and addresses, and its route to the database.
bool parseNetworkFact(ServerFacts &f, const ProbeLine &line)
{
    const QString &text = line.text;
    if (line.key == "listen_port") {
        bool ok = false;
        const int port = text.toInt(&ok);
        if (ok && port > 0 && port < 65536 && !f.listeningPorts.contains(text))
            f.listeningPorts << text;
    } else if (line.key == "ssh_peer") {
        if (isAddress(text) && !f.sshPeers.contains(text))
            f.sshPeers << text;
    } else if (line.key == "addr") {
        if (!text.isEmpty())
            f.privateAddresses << text;
    } else if (line.key == "db_route_to") {
        if (isAddress(text))
            f.databaseRouteTo = text;
    } else if (line.key == "db_route_src") {
        if (f.databaseSourceAddress.isEmpty() && isAddress(text))
            f.databaseSourceAddress = text;
    } else if (line.key == "db_addr") {
        if (!text.isEmpty() && !f.databaseAddresses.contains(text))
            f.databaseAddresses << text;
    } else {
        return false;
    }
    return true;
}

} // namespace

ServerFacts parseProbeOutput(const QByteArray &output)
{
    // Each key belongs to one of these; a key none knows is ignored.
    using FactParser = bool (*)(ServerFacts &, const ProbeLine &);
    static constexpr FactParser kParsers[] = {parsePlainFact,   parseSystemFact, parseFirewallFact,
                                              parseAccountFact, parseFileFact,   parseKeyFact,
                                              parseNetworkFact};
    ServerFacts f;
    for (const QByteArray &rawLine : output.split('\n')) {
        const qsizetype eq = rawLine.indexOf('=');
        if (eq <= 0)
            continue;
        ProbeLine line;
        line.key = rawLine.left(eq);
        line.value = rawLine.mid(eq + 1).trimmed();
        line.text = textFromServer(QString::fromUtf8(line.value));
        for (const FactParser parse : kParsers) {
            if (parse(f, line))
                break;
        }
    }
    // A probe from before sshd's AuthorizedKeysFile was read: the tool wrote ~/.ssh then.
    if (f.probeVersion < 4 && f.userExists && f.keyFile.isEmpty())
        f.keyFile = f.userHome + QStringLiteral("/.ssh/authorized_keys");
    return f;
}

} // namespace stitch::setup
