// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Makes tokens in exactly the shape a real Meshery server hands out: unpadded standard base64 of
// an OAuth2 token JSON whose access_token is an RS256 JWT (with a random, unverifiable signature:
// clients never check it).
#pragma once

#include <QByteArray>
#include <QString>

namespace MesheryTest {

struct IssuedToken {
    QByteArray text;
    QString userName;
    qint64 expiresAt = 0; // the JWT's exp, seconds since the epoch
};

class TokenFactory
{
public:
    // issuer: the JWT's "iss", e.g. "http://127.0.0.1:PORT/provider-site/hydra/".
    explicit TokenFactory(QString issuer);

    // A negative lifetime gives a token that has already expired.
    IssuedToken make(const QString &userName, qint64 lifetimeSecs) const;

private:
    QByteArray accessToken(const QString &userName, qint64 issuedAt, qint64 expiresAt) const;
    static QByteArray refreshToken(qsizetype offsetInJson);
    static QByteArray expiryText(qint64 expiresAt);

    QString m_issuer;
};

} // namespace MesheryTest
