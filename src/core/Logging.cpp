// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Logging.h"

namespace MesheryAuth {
Q_LOGGING_CATEGORY(lcApi, "meshery.auth.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVault, "meshery.auth.vault", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSignIn, "meshery.auth.signin", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMesheryctl, "meshery.auth.mesheryctl", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "meshery.auth.gui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "meshery.auth.settings", QtWarningMsg)
} // namespace MesheryAuth
