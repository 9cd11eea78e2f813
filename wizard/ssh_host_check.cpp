#include "ssh_host_check.h"

#include <QHostInfo>

namespace stitch::wizard {

namespace {

QString addressList(const QList<QHostAddress> &addresses)
{
    QStringList words;
    for (const QHostAddress &a : addresses)
        words << a.toString();
    return words.join(QStringLiteral(", "));
}

bool shareAnAddress(const QList<QHostAddress> &a, const QList<QHostAddress> &b)
{
    for (const QHostAddress &x : a) {
        for (const QHostAddress &y : b) {
            if (x.isEqual(y, QHostAddress::TolerantConversion))
                return true;
        }
    }
    return false;
}

} // namespace

SshHostCheck::SshHostCheck(QObject *parent) : QObject(parent) {}

SshHostCheck::~SshHostCheck()
{
    cancel();
}

void SshHostCheck::cancel()
{
    ++m_generation;
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
}

void SshHostCheck::start(const QString &sshHost, const QString &connectedHost)
{
    cancel();
    m_sshHost = sshHost.trimmed();
    m_connectedHost = connectedHost.trimmed();
    m_sshHostAddresses.clear();
    if (m_sshHost.isEmpty()) {
        report(Verdict::None, {});
        return;
    }
    if (const QHostAddress literal(m_sshHost); !literal.isNull()) {
        onSshHostResolved({literal});
        return;
    }
    lookUp(m_sshHost, &SshHostCheck::onSshHostResolved);
}

void SshHostCheck::lookUp(const QString &name,
                          void (SshHostCheck::*then)(const QList<QHostAddress> &))
{
    const int generation = m_generation;
    m_lookupId = QHostInfo::lookupHost(name, this, [this, generation, then](const QHostInfo &info) {
        if (generation != m_generation)
            return; // an answer to a check that was replaced
        m_lookupId = -1;
        (this->*then)(info.error() == QHostInfo::NoError ? info.addresses()
                                                         : QList<QHostAddress>());
    });
}

void SshHostCheck::onSshHostResolved(const QList<QHostAddress> &addresses)
{
    if (addresses.isEmpty()) {
        report(Verdict::NotFound,
               tr("%1 could not be found from this computer. Check the spelling: Stitch needs "
                  "a name it can look up on the internet.")
                   .arg(m_sshHost));
        return;
    }
    m_sshHostAddresses = addresses;
    if (const QHostAddress literal(m_connectedHost); !literal.isNull()) {
        onConnectedHostResolved({literal});
        return;
    }
    lookUp(m_connectedHost, &SshHostCheck::onConnectedHostResolved);
}

void SshHostCheck::onConnectedHostResolved(const QList<QHostAddress> &addresses)
{
    const QString found = addressList(m_sshHostAddresses);
    if (shareAnAddress(m_sshHostAddresses, addresses)) {
        report(
            Verdict::SameServer,
            tr("%1 leads to %2, the address this wizard is connected to.").arg(m_sshHost, found));
        return;
    }
    bool comparable = !addresses.isEmpty();
    for (const QHostAddress &a : addresses)
        comparable = comparable && a.isGlobal();
    if (!comparable) {
        // Connected over a private network or a VPN: the public address cannot be compared.
        report(Verdict::Unknown,
               tr("%1 leads to %2. The wizard is connected to %3 by another way, so it cannot "
                  "tell whether that is this server: check it is.")
                   .arg(m_sshHost, found, m_connectedHost));
        return;
    }
    report(Verdict::OtherServer,
           tr("%1 leads to %2, but this wizard is connected to %3 (%4). Check that it is the "
              "same server: Stitch would connect to %2.")
               .arg(m_sshHost, found, m_connectedHost, addressList(addresses)));
}

void SshHostCheck::report(Verdict verdict, const QString &words)
{
    emit finished(verdict, words);
}

} // namespace stitch::wizard
