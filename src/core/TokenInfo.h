// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace MesheryAuth {

// What can be read from a Meshery token without any key: its shape, and (when it is a JWT or
// an OAuth2 token JSON) expiry and identity claims. Informational only: the signature is never
// checked, and the server's answer is the truth about whether a token works.
// Keeps no copy of the token, only its redacted form.
class TokenInfo
{
public:
    enum class Format {
        Empty, // nothing, or only whitespace
        OAuth2Json, // base64 of {"access_token": ..., "token_type": ..., "expiry": ...}
        Jwt, // a bare JWT: header.payload.signature
        Opaque, // anything else (API tokens, garbage): sent as is, nothing shown
    };

    static TokenInfo decode(const QByteArray &token);

    Format format() const { return m_format; }
    bool isDecoded() const { return m_format == Format::OAuth2Json || m_format == Format::Jwt; }

    QDateTime expiry() const { return m_expiry; } // UTC; JWT exp, else OAuth2 "expiry"
    QDateTime issuedAt() const { return m_issuedAt; } // JWT iat
    QDateTime notBefore() const { return m_notBefore; } // JWT nbf
    QString subject() const { return m_subject; }
    QString issuer() const { return m_issuer; }
    QString clientId() const { return m_clientId; }
    QStringList scopes() const { return m_scopes; }
    QString tokenType() const { return m_tokenType; } // OAuth2 token_type; empty for a bare JWT
    bool hasRefreshToken() const { return m_hasRefreshToken; }
    QJsonObject claims() const { return m_claims; } // the access token's JWT payload

    // False when the expiry is unknown: only a readable expiry can say a token is dead.
    bool isExpiredAt(const QDateTime &now) const;
    QString redacted() const { return m_redacted; }

private:
    void readClaims(const QJsonObject &claims);

    Format m_format = Format::Empty;
    QDateTime m_expiry;
    QDateTime m_issuedAt;
    QDateTime m_notBefore;
    QString m_subject;
    QString m_issuer;
    QString m_clientId;
    QStringList m_scopes;
    QString m_tokenType;
    bool m_hasRefreshToken = false;
    QJsonObject m_claims;
    QString m_redacted = QStringLiteral("(empty)");
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::TokenInfo)
