// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AppCore.h"
#include "CliError.h"
#include "Output.h"
#include "ServerProfile.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QSettings;

namespace MesheryAuth {
class ApiClient;
}

namespace MesheryAuth::Cli {

// What every command shares: the settings file and keychain the window uses (so a login in one
// is seen by the other), which profile this run is about, and the output. Profile resolution:
// --profile NAME, else --server URL (its saved profile, or a transient one that a successful
// login saves), else the current profile.
class CliContext : public QObject
{
    Q_OBJECT

public:
    struct Selection {
        QString server; // --server, as typed
        QString profile; // --profile, a name or an id
        int timeoutSeconds = 0; // --timeout; 0: the profile's own
    };
    // What a command works on when nothing is chosen and no profile is current.
    enum class Fallback { None, DefaultServer };

    explicit CliContext(QObject *parent = nullptr);
    ~CliContext() override;

    void setSelection(const Selection &selection) { m_selection = selection; }
    Output &output() { return m_output; }
    AppCore *core() const { return m_core.get(); }
    ProfileStore *profiles() const { return m_core->profiles(); }
    TokenVault *vault() const { return m_core->vault(); }
    SignInService *signIn() const { return m_core->signIn(); }

    // The profile as stored (a transient one has no id); nullopt with the reason otherwise.
    std::optional<ServerProfile> resolveProfile(Fallback fallback, CliError *error) const;
    // By exact name, then id, then a name that matches regardless of case (when only one does).
    std::optional<ServerProfile> findProfile(const QString &nameOrId) const;

    // The time limit of each request of this run: --timeout, else the profile's. Never saved.
    std::chrono::seconds timeoutFor(const ServerProfile &profile) const;
    // A client for the profile, owned by the context. A token the server renews on the way is
    // stored, as the window does, and the run waits for that write before it ends.
    ApiClient *client(const ServerProfile &profile, const QByteArray &token);

    // No keychain write started here is still running; idle() follows the last one.
    bool isIdle() const { return m_pendingWrites == 0; }

signals:
    void idle();

private:
    void writeFinished();

    // Destroyed from the bottom up: the clients (and the savers that write to the vault) before
    // the core, the core before the settings it reads.
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppCore> m_core;
    std::vector<std::unique_ptr<ApiClient>> m_clients;
    Output m_output;
    Selection m_selection;
    int m_pendingWrites = 0;
};

} // namespace MesheryAuth::Cli
