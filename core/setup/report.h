#pragma once

#include "operation_report.h"
#include "run_options.h"

#include <QJsonObject>
#include <QString>

#include <functional>

// The setup report: every step's findings, the commands, and Stitch's form values, from one
// OperationReport (the CLI's, or the one the wizard's session adds up to). Reports hold no
// secret: no OperationReport carries one.
namespace stitch::setup {

// A step's title as the guide numbers it ("1. Allow Stitch's IP addresses on the SSH port"):
// the CLI, the reports and the wizard's pages all show this one.
QString stepTitle(StepId id);

// How a front end words a finding's fix (its remedy); the default is core's neutral text.
using FixWording = std::function<QString(const Finding &)>;

// Which version made a report, on which system, when: "Stitch SSH Tunnel Wizard 1.4.0 on
// Ubuntu 24.04 LTS (x86_64), 2026-12-06 13:10:00 UTC".
QString reportOrigin();

QJsonObject reportJson(const OperationReport &report, const FixWording &wording = {});
// Markdown as GitHub and most viewers show it: each step's commands folded in <details>. Qt's
// own Markdown reader (the wizard's HTML and PDF export) knows no <details> and prints the
// summary after the code, so it asks for Plain: the commands under a heading of their own.
enum class MarkdownFlavour
{
    Folded,
    Plain
};
QString reportMarkdown(const OperationReport &report, const FixWording &wording = {},
                       MarkdownFlavour flavour = MarkdownFlavour::Folded);

} // namespace stitch::setup
