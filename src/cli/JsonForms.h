// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MesheryTypes.h"
#include "ServerProfile.h"
#include "TlsCertificateInfo.h"

#include <QJsonObject>

// The JSON shapes several commands share, documented once in docs/cli.md. None holds a secret.
namespace MesheryAuth::Cli::JsonForms {

// {"id", "name", "server", "provider", "organizationId", "timeoutSeconds", "saved", "trust"}
QJsonObject profile(const ServerProfile &profile);
// {"id", "userName", "name", "email", "provider"}
QJsonObject user(const UserAccount &user);
// {"subject", "issuer", "validFrom", "validUntil", "alternativeNames", "sha256Fingerprint"}
QJsonObject certificate(const TlsCertificateInfo &certificate);
// ISO 8601 in UTC ("2025-01-31T12:00:00Z"), or null.
QJsonValue time(const QDateTime &when);

} // namespace MesheryAuth::Cli::JsonForms
