#pragma once

#include "common/error.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace stitch {

// The five steps of Stitch's guide, in order.
enum class StepId
{
    Firewall,
    Database,
    PublicKey,
    TunnelUser,
    Finish
};
constexpr int kStepCount = 5;

QString stepIdName(StepId id); // "firewall", "database", "public_key", "tunnel_user", "finish"

enum class Severity
{
    Pass,
    Warn,
    Fail
};
QString severityName(Severity severity);

// One observation about the server, in words a non-expert understands.
struct Finding
{
    Severity severity = Severity::Pass;
    QString code;    // stable, e.g. "sshd.forwarding_disabled"
    QString message; // what is the case
    QString fix;     // what to do about it (empty for a pass), in words any front end can show
    Remedy remedy;   // when the fix is an action in the front end: each words it itself
};

enum class StepStatus
{
    NotChecked,
    Pass,
    Warn,
    Fail,
    Changed,
    Skipped
};
QString stepStatusName(StepStatus status);

Finding makeFinding(Severity severity, const char *code, const QString &message,
                    const QString &fix = {});
// An error as a failing finding of a step (code, message, fix and remedy kept).
Finding failingFinding(const Error &error);
Finding withRemedy(Finding finding, RemedyKind kind, const QStringList &values = {});

struct StepResult
{
    StepStatus status = StepStatus::NotChecked;
    QVector<Finding> findings;
    QStringList commands; // what apply runs / ran, for "show the exact commands"
    // The codes of the findings that make apply refuse this step (an account or files the tool
    // must not touch): while any holds, apply changes nothing, so no other finding's "apply"
    // fix stands. Empty when apply may change the step.
    QStringList refusals;
};

// Fail if any finding fails, else Warn if any warns, else Pass.
StepStatus statusFromFindings(const QVector<Finding> &findings);

} // namespace stitch

Q_DECLARE_METATYPE(stitch::StepResult)
Q_DECLARE_METATYPE(stitch::StepId)
