// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"
#include "MesheryctlSync.h"

namespace MesheryAuth::Cli {

// mesheryctl import [--config PATH] | mesheryctl export [--config PATH] [--context NAME]:
// sign-ins shared with mesheryctl's own files, both ways.
class MesheryctlCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("mesheryctl"); }
    QString summary() const override;
    QStringList synopsis() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;

private:
    void importAll(const QString &configPath);
    void showImport(const QString &configPath, const MesheryctlSync::ImportOutcome &outcome);
    static QString resultText(const MesheryctlSync::ImportedProfile &imported); // the RESULT column
    void exportProfile(const QString &configPath, const QString &contextName, bool replace);
    void showExport(const QString &configPath, const ServerProfile &profile,
                    const MesheryctlSync::ExportOutcome &outcome);

    MesheryctlSync *m_sync = nullptr;
};

} // namespace MesheryAuth::Cli
