// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The tokens this server has issued, so it can tell a valid session from an expired, revoked or
// made-up one. Tokens are compared byte for byte: a client must send them back unchanged.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace MesheryTest {

// Whether the provider renews a token whose JWT has expired (its refresh token is still good).
enum class Refresh { Allowed, Refused };

class TokenRegistry
{
public:
    QByteArray issue(const QString &userName, qint64 lifetimeSecs, const QString &issuer,
                     Refresh refresh = Refresh::Allowed);
    // The user a token belongs to, if it is known, not revoked and not expired.
    std::optional<QString> userOf(const QByteArray &token) const;
    bool isValid(const QByteArray &token) const { return userOf(token).has_value(); }
    // An expired token the provider would renew through its refresh token (RemoteProvider's
    // refreshToken); the same new token for every ask, as Meshery caches it in its TokenStore.
    bool isRefreshable(const QByteArray &token) const;
    QByteArray renewed(const QByteArray &token, qint64 lifetimeSecs, const QString &issuer);
    void revoke(const QByteArray &token);
    void revokeAll();

    // The provider's session behind a browser login: what /user/logout must present to revoke.
    void attachSession(const QByteArray &token, const QByteArray &sessionCookie);
    QByteArray sessionOf(const QByteArray &token) const;

private:
    struct Record {
        QString userName;
        qint64 expiresAt = 0;
        bool revoked = false;
        Refresh refresh = Refresh::Allowed;
        QByteArray sessionCookie;
        QByteArray renewedTo;
    };
    QHash<QByteArray, Record> m_records;
};

} // namespace MesheryTest
