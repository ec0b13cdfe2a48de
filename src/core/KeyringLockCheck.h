// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SecretBackend.h"

#include <chrono>

namespace MesheryAuth {

// Whether the Secret Service's default collection is locked. Needed because libsecret, asked for
// an entry of a locked keyring whose unlock prompt is dismissed (or cannot be shown), answers
// "no such entry" (QtKeychain: EntryNotFound) rather than "locked". Finishes AccessDenied when the
// collection reports itself locked; Ok otherwise, including on systems without a Secret Service
// or when it does not answer in time (no claim is made then).
class KeyringLockCheck : public SecretJob
{
    Q_OBJECT

public:
    KeyringLockCheck(std::chrono::milliseconds timeout, QObject *parent);

protected:
    void start() override;

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace MesheryAuth
