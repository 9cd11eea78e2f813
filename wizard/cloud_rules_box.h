#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace stitch::wizard {

// Step 1 without a host firewall: what to allow in plain words first ("allow TCP port 22 from
// these 4 addresses"), then one tab per cloud provider with its commands and its own Copy.
class CloudRulesBox : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(CloudRulesBox)
public:
    explicit CloudRulesBox(QWidget *parent = nullptr);

    // The rules as core words them: sections that start with a "# Provider" line.
    void setRules(const QString &rules);
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    void addProviderTab(const QString &header, const QString &commands);

    QString m_rules;
    QLabel *m_summary = nullptr;
    QLabel *m_addresses = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace stitch::wizard
