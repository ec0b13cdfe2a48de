// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "LoginCallback.h"

#include "TokenValidator.h"

namespace MesheryAuth {

LoginCallback LoginCallback::fromQuery(const QUrlQuery &query)
{
    // QUrlQuery leaves '+' as it is: base64 tokens keep theirs.
    return {query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8(),
            query.queryItemValue(QStringLiteral("session_cookie"), QUrl::FullyDecoded).toUtf8()};
}

ApiError LoginCallback::check(const QString &source) const
{
    const ApiError badToken = TokenValidator::check(token, source);
    if (!badToken.isOk() || sessionCookie.isEmpty())
        return badToken;
    return TokenValidator::check(sessionCookie, tr("the session cookie of %1").arg(source));
}

} // namespace MesheryAuth
