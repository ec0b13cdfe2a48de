// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"
#include "MesheryTypes.h"
#include "SignInService.h"

namespace MesheryAuth {
class SystemBrowserLogin;
}

namespace MesheryAuth::Cli {

// login --provider KEY [--web | --token-stdin | --print-url]: the Local provider is simply
// selected; a remote one signs in in the system browser (the mesheryctl-compatible loopback
// flow) or with a token read from stdin. Every way ends the same: the server confirms the
// token, it goes into the keychain, and the profile becomes current.
class LoginCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    QStringList synopsis() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;

private:
    enum class Mode { Web, PrintUrl, TokenStdin };

    void useProvider(const Provider &provider);
    void startBrowserFlow(const Provider &provider, const QString &mesheryVersion);
    void keep(const SignInResult &confirmed);
    // Reports how the sign-in ended: who, where, and that the token is in the keychain.
    void reportWhenDone(SignInJob *job);
    // Messages go to stdout, except with --print-url: its stdout is the login URL alone.
    void say(const QString &text) const;

    ServerProfile m_profile;
    QString m_providerKey;
    Mode m_mode = Mode::Web;
    bool m_modeChosen = false;
    SystemBrowserLogin *m_browserLogin = nullptr;
};

} // namespace MesheryAuth::Cli
