// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace MesheryAuth {

// The only form in which a secret (token, cookie value) may reach a log or the screen:
// "eyJh…(1784 chars)". Short secrets show no characters at all, since 4 of 8 would be half of it.
QString redactSecret(const QByteArray &secret);

} // namespace MesheryAuth
