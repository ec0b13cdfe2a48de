// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QCoreApplication>

namespace MesheryAuth {

// The one gate every token passes, wherever it comes from (login callback, stdin, the paste
// dialog, the embedded browser, the server's /api/token echo, a Set-Cookie refresh, mesheryctl's
// auth.json, the keychain): a token goes into a Cookie and an Authorization header as is, so a
// ';', a space, a quote or a line break in it would add cookies or whole header lines. Meshery's
// tokens are base64, base64url or JWTs; nothing outside that alphabet is ever sent or kept.
class TokenValidator
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::TokenValidator)

public:
    static constexpr qsizetype MaxBytes = 64 * 1024; // a JWT with its refresh token is a few KiB

    static bool isValid(const QByteArray &token);
    // Empty when valid; otherwise a translated sentence saying what is wrong. It never quotes the
    // token, which may be a real secret with one bad character.
    static QString problem(const QByteArray &token);
    // ApiError::Kind::InvalidToken, or no error; source says where it came from ("the login callback").
    static ApiError check(const QByteArray &token, const QString &source);
};

} // namespace MesheryAuth
