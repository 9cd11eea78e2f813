#pragma once

#include "common/error.h"
#include "ssh/host_key.h"

#include <QJsonObject>
#include <QTextStream>

namespace stitch::cli {

QJsonObject errorToJson(const Error &error);
QJsonObject hostKeyToJson(const ssh::HostKeyInfo &info);
QString hostKeyStatusText(const ssh::HostKeyInfo &info);

void printJson(QTextStream &out, const QJsonObject &object);
// One line on stderr: "stitch-tunnel: error: <message> Fix: <fix>".
void printError(QTextStream &err, const Error &error);

} // namespace stitch::cli
