// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenInfo.h"

#include "JsonFields.h"
#include "Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace MesheryAuth {

namespace {

// Seconds of 9999-12-31T23:59:59Z: anything later is not a date a token could mean.
constexpr double MaxEpochSeconds = 253402300799.0;

// Base64 in either alphabet, padded or not, but not a mix: the token spec allows all four forms,
// and a strict check keeps random text from "decoding" into bytes by accident.
std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    qsizetype length = text.size();
    qsizetype padding = 0;
    while (length > 0 && padding < 2 && text.at(length - 1) == '=') {
        --length;
        ++padding;
    }
    if (length == 0 || length % 4 == 1)
        return std::nullopt;
    if (padding > 0 && text.size() % 4 != 0)
        return std::nullopt;

    bool standard = false;
    bool urlSafe = false;
    for (qsizetype i = 0; i < length; ++i) {
        const char c = text.at(i);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            continue;
        if (c == '+' || c == '/')
            standard = true;
        else if (c == '-' || c == '_')
            urlSafe = true;
        else
            return std::nullopt;
    }
    if (standard && urlSafe)
        return std::nullopt;

    const auto options = urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding;
    auto result = QByteArray::fromBase64Encoding(text.first(length).toByteArray(),
                                                 options | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<QJsonObject> decodeBase64Object(QByteArrayView text)
{
    const std::optional<QByteArray> bytes = decodeBase64(text);
    if (!bytes)
        return std::nullopt;
    return parseObject(*bytes);
}

// The payload of a compact JWS (header.payload.signature, each base64url), when both header and
// payload are JSON objects. The signature is only checked for shape: there is no key to check it.
std::optional<QJsonObject> jwtPayload(QByteArrayView token)
{
    const qsizetype firstDot = token.indexOf('.');
    if (firstDot <= 0)
        return std::nullopt;
    const qsizetype secondDot = token.indexOf('.', firstDot + 1);
    if (secondDot <= firstDot + 1)
        return std::nullopt;
    const QByteArrayView signature = token.sliced(secondDot + 1);
    if (signature.contains('.'))
        return std::nullopt;
    // An unsecured JWT has an empty signature; anything else must at least be base64.
    if (!signature.isEmpty() && !decodeBase64(signature))
        return std::nullopt;
    if (!decodeBase64Object(token.first(firstDot)))
        return std::nullopt;
    return decodeBase64Object(token.sliced(firstDot + 1, secondDot - firstDot - 1));
}

// NumericDate claims: seconds since the epoch, integer or fraction. Anything else, negative or
// past year 9999 is ignored rather than turned into a nonsense date.
QDateTime numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > MaxEpochSeconds)
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::floor(seconds * 1000.0)), Qt::UTC);
}

// "scp" is Hydra's array of scopes; "scope" is the space-separated string of RFC 9068.
QStringList scopesOf(const QJsonObject &claims)
{
    const QJsonValue scp = claims.value("scp"_L1);
    if (scp.isArray())
        return stringListField(claims, {"scp"_L1});
    const QString joined = stringField(claims, {"scp"_L1, "scope"_L1});
    return joined.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

void TokenInfo::readClaims(const QJsonObject &claims)
{
    m_claims = claims;
    m_expiry = numericDate(claims.value("exp"_L1));
    m_issuedAt = numericDate(claims.value("iat"_L1));
    m_notBefore = numericDate(claims.value("nbf"_L1));
    m_subject = stringField(claims, {"sub"_L1});
    m_issuer = stringField(claims, {"iss"_L1});
    m_clientId = stringField(claims, {"client_id"_L1, "azp"_L1});
    m_scopes = scopesOf(claims);
}

TokenInfo TokenInfo::decode(const QByteArray &token)
{
    TokenInfo info;
    info.m_redacted = redactSecret(token);
    const QByteArrayView trimmed = QByteArrayView(token).trimmed();
    if (trimmed.isEmpty())
        return info;

    // The usual Meshery token: base64 of Go's oauth2.Token as JSON.
    if (const std::optional<QJsonObject> oauth = decodeBase64Object(trimmed)) {
        const QJsonValue accessToken = oauth->value("access_token"_L1);
        if (accessToken.isString() && !accessToken.toString().isEmpty()) {
            info.m_format = Format::OAuth2Json;
            info.m_tokenType = stringField(*oauth, {"token_type"_L1});
            info.m_hasRefreshToken = !stringField(*oauth, {"refresh_token"_L1}).isEmpty();
            if (const auto claims = jwtPayload(accessToken.toString().trimmed().toUtf8()))
                info.readClaims(*claims);
            // The JWT's exp is what the provider enforces; "expiry" is the client library's copy.
            if (!info.m_expiry.isValid())
                info.m_expiry = dateTimeField(*oauth, {"expiry"_L1});
            return info;
        }
    }

    if (const std::optional<QJsonObject> claims = jwtPayload(trimmed)) {
        info.m_format = Format::Jwt;
        info.readClaims(*claims);
        return info;
    }

    info.m_format = Format::Opaque;
    return info;
}

bool TokenInfo::isExpiredAt(const QDateTime &now) const
{
    // A JWT is valid strictly before exp (RFC 7519, 4.1.4).
    return m_expiry.isValid() && now.isValid() && now >= m_expiry;
}

} // namespace MesheryAuth
