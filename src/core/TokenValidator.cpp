// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenValidator.h"

namespace MesheryAuth {

namespace {
// base64 (+ / =), base64url (- _), JWT ('.'), and '~' of RFC 6750's b64token.
bool isTokenCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
}
} // namespace

QString TokenValidator::problem(const QByteArray &token)
{
    if (token.isEmpty())
        return tr("The token is empty.");
    if (token.size() > MaxBytes)
        return tr("The token is longer than %1 KiB, far more than any Meshery token.").arg(MaxBytes / 1024);
    const auto bad = std::find_if_not(token.cbegin(), token.cend(), isTokenCharacter);
    if (bad != token.cend()) {
        const qsizetype at = bad - token.cbegin() + 1;
        const char c = *bad;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            return tr("The token has a space or a line break at character %1.").arg(at);
        return tr("The token has a character that no Meshery token has, at character %1.").arg(at);
    }
    return {};
}

bool TokenValidator::isValid(const QByteArray &token)
{
    return problem(token).isEmpty();
}

ApiError TokenValidator::check(const QByteArray &token, const QString &source)
{
    const QString why = problem(token);
    if (why.isEmpty())
        return {};
    return ApiError(ApiError::Kind::InvalidToken, tr("%1 (from %2)").arg(why, source));
}

} // namespace MesheryAuth
