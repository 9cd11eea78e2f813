#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace stitch::setup {

enum class FirewallKind
{
    None,
    Ufw,
    Firewalld,
    Nftables,
    Iptables
};
QString firewallKindName(FirewallKind kind);

struct FileState
{
    bool exists = false;
    QString mode; // octal, "700"
    QString owner;
    QString group;
    QString kind;       // what the path itself is (lstat): "directory", "file", "link", "other"
    QString linkTarget; // where a link points (never followed)

    bool isLink() const { return kind == QLatin1String("link"); }
};

// Everything one read-only probe learns about the server, parsed from its KEY=VALUE output.
struct ServerFacts
{
    int probeVersion = 0;
    // A digest of what the probe saw (probe.sh's facts_sha), to check on the server that it
    // still holds when an apply planned on these facts starts; empty when the server could not
    // make one.
    QString factsSha;
    QString osId;         // "debian"
    QString osPrettyName; // "Debian GNU/Linux 12 (bookworm)"

    // `sshd -T -C user=…,host=…,addr=…` keywords (lower-case) → values, in order.
    QHash<QString, QStringList> sshd;
    int sshdExitStatus = -1;
    QString sshdError;
    QString sshdValue(const QString &keyword) const;
    QStringList sshdPorts() const;
    // The main sshd_config includes sshd_config.d/*.conf before any Match block of its own.
    bool sshdIncludesDropins = false;
    // Our "Match User <tunnel user>" block (resources/scripts/lib_sshd.sh), when there is one:
    // "dropin" (sshd_config.d/00-stitch-tunnel.conf) or "config" (in sshd_config); its lines
    // between the markers, the Match line first.
    QString sshdFixWhere;
    QStringList sshdFixLines;

    FirewallKind firewall = FirewallKind::None;
    bool firewallActive = false;
    QString firewallStatus;  // the tool's own listing (ufw status, nft list ruleset, …)
    QStringList taggedRules; // lines of that listing carrying our tag

    bool userExists = false;
    bool groupExists = false;
    int userUid = -1;
    QString userHome;
    QString userShell;
    QString userPrimaryGroup;
    QString passwordState; // "locked" ('!'), "none" ('*' or empty), "set"
    QString userGecos;
    QStringList userGroups;  // every group the user is in
    bool userMarked = false; // created by this tool (GECOS = tunnelAccountMarker())
    // Why the account must never carry Stitch's key, "CODE DETAIL…" (lib_tunnel_account.sh:
    // uid0, system, login, admin_group, sudoer); empty when it may.
    QString accountRefusal;
    int uidMin = 1000; // UID_MIN from /etc/login.defs

    // The authorized_keys file apply writes: the first of sshd's AuthorizedKeysFile for the
    // user (tokens expanded) that is safe to write (lib_tunnel_account.sh, key_file_choice).
    // keyFileByRoot: it sits in a folder only root can change (/etc/ssh/authorized_keys/%u)
    // and root writes it; otherwise it is under the home and written as the user. Empty
    // keyFile: sshd reads no such file (AuthorizedKeysFile none, or only folders other
    // accounts can change). keyFiles: every file sshd reads; keyFilesSkipped: those before
    // keyFile that are not safe to write.
    QString keyFile;
    bool keyFileByRoot = false;
    QStringList keyFiles;
    QStringList keyFilesSkipped;
    QString keyDir() const { return keyFile.section(QLatin1Char('/'), 0, -2); }
    bool keyFileIsDefault() const;
    // SELinux is on and the key file's label is not the one sshd may read (restorecon -n).
    bool keyFileLabelWrong = false;

    FileState home;
    FileState sshDir;         // keyDir(): ~/.ssh unless AuthorizedKeysFile says otherwise
    FileState authorizedKeys; // keyFile
    int authorizedKeysLines = 0;
    bool authorizedKeysHasKey = false;    // an uncommented line carries the Stitch key's blob
    bool authorizedKeysExactLine = false; // that line is exactly the wanted one, and only once
    bool authorizedKeysEndsWithNewline = true;
    bool authorizedKeysHasCarriageReturn = false;
    int selfTestLines = 0; // self-test lines (left over from an interrupted run)
    // Fingerprints of earlier Stitch keys this tool wrote for the user (the server's record)
    // that are still in authorized_keys beside the current one.
    QStringList olderStitchKeys;
    // The firewall rules the server's record says this tool added, counted by firewall
    // ("ufw" → 2), and whether it turned ufw on.
    QMap<QString, int> recordedFirewallRules;
    // recordedFirewallRules as people read it: "ufw 4, iptables 1" (empty: none recorded).
    QString recordedFirewallRulesText() const;
    // With no firewall active, what turning one on would close: TCP ports listening beyond
    // loopback, and the addresses SSH sessions come from now.
    QStringList listeningPorts;
    QStringList sshPeers;
    bool recordSaysUfwEnabled = false;

    bool selinuxEnforcing = false;
    bool hasUseradd = false;
    bool hasBusyboxAdduser = false;
    bool hasFlock = false;
    bool hasSetpriv = false; // setpriv or runuser: needed to act as the tunnel user

    QStringList privateAddresses;  // the server's own addresses (scope global)
    QStringList databaseAddresses; // `getent ahosts <db host>` on the server

    // The route to the first of databaseAddresses (`ip route get`): the source address the
    // database sees (empty when the server could not tell), the interface, and whether the
    // database is on this server itself.
    QString databaseRouteTo;
    QString databaseSourceAddress;
    QString databaseRouteInterface;
    bool databaseIsLocal = false;
};

// Parses the probe's output. Unknown keys are ignored, broken lines skipped: the server's
// output is untrusted text.
ServerFacts parseProbeOutput(const QByteArray &output);

} // namespace stitch::setup
