#pragma once

#include "common/error.h"
#include "session/step_result.h"
#include "ssh/connection_settings.h"
#include "ssh/host_key.h"

#include <QJsonObject>
#include <QTextStream>

namespace stitch::cli {

QJsonObject errorToJson(const Error &error);
QJsonObject hostKeyToJson(const ssh::HostKeyInfo &info);
QString hostKeyStatusText(const ssh::HostKeyInfo &info);

void printJson(QTextStream &out, const QJsonObject &object);
// {"host", "port", "login"}: where an online command's JSON report starts.
QJsonObject connectionJson(const ssh::ConnectionSettings &settings);
// One line on stderr: "stitch-tunnel: error: <message> Fix: <fix>".
void printError(QTextStream &err, const Error &error);

// A finding's severity as the text output marks it ("ok", "WARN", "FAIL", translated).
QString severityWord(Severity severity);
// "  WARN  message" and, under the message, "fix: …": the words padded to the longest of the
// three, so that the findings line up in every language.
void printFinding(QTextStream &out, const Finding &finding);
// Where the text under a finding's message starts.
int findingIndent();

// How every command ends on an error: with `json`, `report` plus "ok": false and "error" as one
// object on stdout; else printError. Returns the exit code for the error.
int printFailure(QTextStream &out, QTextStream &err, bool json, QJsonObject report,
                 const Error &error);

} // namespace stitch::cli
