// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerProfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace MesheryAuth::Cli {

// What a profile trusts on the way to its server, as `status` and `profiles` show it: the
// scheme, plain-http consent, pinned certificates, CA file and client identity.
class TrustReport
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::Cli::TrustReport)

public:
    // The "trust" object of docs/cli.md.
    static QJsonObject toJson(const ServerProfile &profile);
    // "Label: value" lines for the text form; only what is set, besides the connection itself.
    static QList<QPair<QString, QString>> fields(const ServerProfile &profile);
    // The warning a plain-http profile to another computer deserves wherever it is shown; empty otherwise.
    static QString plainHttpWarning(const ServerProfile &profile);

private:
    // Whether the client key can be read only with a passphrase (read from the files now).
    static bool keyNeedsPassphrase(const ServerTrust &trust);
};

} // namespace MesheryAuth::Cli
