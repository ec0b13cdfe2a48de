// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SessionCookie.h"

#include "TokenValidator.h"

#include <QList>
#include <QNetworkCookie>

namespace MesheryAuth::SessionCookie {

QByteArray renewedToken(const QByteArray &setCookieHeader)
{
    QByteArray token;
    const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(setCookieHeader);
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "token" && !cookie.value().isEmpty())
            token = cookie.value();
    }
    return TokenValidator::isValid(token) ? token : QByteArray();
}

} // namespace MesheryAuth::SessionCookie
