// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// One logging category per component, all quiet below warnings by default: failures are logged at
// info, every step at debug, so the user sees only what the window or the CLI says. Turn one on
// with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="meshery.auth.*=true" (everything) or
// "meshery.auth.vault.info=true" (its failures).
// Nothing logged names a token or a session cookie: entry names, servers, providers and error ids only.
namespace MesheryAuth {
Q_DECLARE_LOGGING_CATEGORY(lcApi) // meshery.auth.api: requests and answers
Q_DECLARE_LOGGING_CATEGORY(lcVault) // meshery.auth.vault: keychain entries written, read, removed
Q_DECLARE_LOGGING_CATEGORY(lcSignIn) // meshery.auth.signin: sign-ins and logouts
Q_DECLARE_LOGGING_CATEGORY(lcMesheryctl) // meshery.auth.mesheryctl: import and export of mesheryctl's files
Q_DECLARE_LOGGING_CATEGORY(lcGui) // meshery.auth.gui: what the window reported to the user
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // meshery.auth.settings: the settings file itself
} // namespace MesheryAuth
