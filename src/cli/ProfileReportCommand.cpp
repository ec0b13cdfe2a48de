// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileReportCommand.h"

namespace MesheryAuth::Cli {

QStringList ProfileReportCommand::synopsis() const
{
    return {name() + QStringLiteral(" [--json]")};
}

void ProfileReportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(jsonOption());
}

void ProfileReportCommand::run(const QCommandLineParser &parser)
{
    output().setJson(parser.isSet(jsonOption()));
    if (!expectArguments(parser.positionalArguments(), 0, 0))
        return;
    const auto profile = profileOrFail(CliContext::Fallback::None);
    if (!profile)
        return;
    connect(this, &Command::tokenLoaded, this, &ProfileReportCommand::report);
    loadToken(*profile, Need::Nothing);
}

} // namespace MesheryAuth::Cli
