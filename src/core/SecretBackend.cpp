// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SecretBackend.h"

namespace MesheryAuth {

void SecretJob::finish(const KeychainOutcome &outcome)
{
    if (settle())
        emit finished(outcome);
}

} // namespace MesheryAuth
