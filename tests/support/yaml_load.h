#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QString>

#include <gtest/gtest.h>

namespace stitch::test {

// A YAML document as PyYAML (the parser Ansible itself uses) reads it, returned as JSON.
// Ansible's !unsafe tag is read as the plain string it marks.
inline QJsonDocument loadYaml(const QString &document)
{
    QProcess p;
    p.start(
        QStringLiteral("python3"),
        {QStringLiteral("-I"), QStringLiteral("-c"),
         QStringLiteral("import json, sys, yaml\n"
                        "yaml.SafeLoader.add_constructor('!unsafe', lambda l, n: "
                        "l.construct_scalar(n) if isinstance(n, yaml.ScalarNode) else None)\n"
                        "print(json.dumps(yaml.safe_load(sys.stdin.buffer.read().decode())))")});
    p.write(document.toUtf8());
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(20000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString() << document.toStdString();
    return QJsonDocument::fromJson(p.readAllStandardOutput());
}

} // namespace stitch::test
