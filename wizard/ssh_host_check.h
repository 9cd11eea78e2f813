#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

namespace stitch::wizard {

// Whether the SSH Host typed for Stitch leads to the server the wizard is connected to: looks the
// name up (QHostInfo, off the GUI thread) and compares its addresses with the connected
// server's. Reports in words; a new check drops the answer of the one before.
class SshHostCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(SshHostCheck)
public:
    enum class Verdict
    {
        None,        // nothing to say (empty, or a private address: said elsewhere)
        SameServer,  // resolves to the connected server's address
        NotFound,    // no address for the name
        OtherServer, // resolves, but not to the connected server's address
        Unknown      // resolves; the connected server's address is not comparable
    };

    explicit SshHostCheck(QObject *parent = nullptr);
    ~SshHostCheck() override;

    // Checks `sshHost` against `connectedHost` (a name or an address); `finished` follows.
    void start(const QString &sshHost, const QString &connectedHost);
    void cancel();

signals:
    void finished(stitch::wizard::SshHostCheck::Verdict verdict, const QString &words);

private:
    void lookUp(const QString &name, void (SshHostCheck::*then)(const QList<QHostAddress> &));
    void onSshHostResolved(const QList<QHostAddress> &addresses);
    void onConnectedHostResolved(const QList<QHostAddress> &addresses);
    void report(Verdict verdict, const QString &words);

    int m_lookupId = -1;
    int m_generation = 0;
    QString m_sshHost;
    QString m_connectedHost;
    QList<QHostAddress> m_sshHostAddresses;
};

} // namespace stitch::wizard
