// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenFactory.h"
#include "UserDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

namespace MesheryTest {

namespace {

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

TokenFactory::TokenFactory(QString issuer)
    : m_issuer(std::move(issuer))
{
}

IssuedToken TokenFactory::make(const QString &userName, qint64 lifetimeSecs) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    IssuedToken token;
    token.userName = userName;
    token.expiresAt = now + lifetimeSecs;

    // Written by hand, not with QJsonObject, to keep the field order of Go's oauth2.Token.
    QByteArray json = "{\"access_token\":\"" + accessToken(userName, now, token.expiresAt)
        + "\",\"token_type\":\"bearer\",\"refresh_token\":\"";
    json += refreshToken(json.size());
    json += "\",\"expiry\":\"" + expiryText(token.expiresAt) + "\"}";
    token.text = json.toBase64(QByteArray::OmitTrailingEquals);
    return token;
}

QByteArray TokenFactory::accessToken(const QString &userName, qint64 issuedAt, qint64 expiresAt) const
{
    const QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), QStringLiteral("public:meshery-test")},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
    };
    const QJsonObject claims{
        {QStringLiteral("aud"), QJsonArray()},
        {QStringLiteral("client_id"), QStringLiteral("meshery-cloud")},
        {QStringLiteral("exp"), expiresAt},
        {QStringLiteral("ext"), QJsonObject()},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("iss"), m_issuer},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("nbf"), issuedAt},
        {QStringLiteral("scp"), QJsonArray{QStringLiteral("openid"), QStringLiteral("offline")}},
        {QStringLiteral("sub"), UserDirectory::idFor(userName)},
    };
    // 256 bytes: the size of an RS256 signature made with a 2048-bit key.
    return base64Url(compact(header)) + '.' + base64Url(compact(claims)) + '.' + base64Url(randomBytes(256));
}

QByteArray TokenFactory::refreshToken(qsizetype offsetInJson)
{
    // Base64 of plain ASCII JSON never contains '+' or '/', so a client that forgets to
    // percent-encode the token in a URL would go unnoticed. A refresh token may hold any visible
    // ASCII (RFC 6749), so put a '~' and a '?' where base64 turns them into '+' and '/': every
    // token then carries both. (The last byte of each 3-byte group becomes a base64 digit alone.)
    QByteArray token = base64Url(randomBytes(32));
    qsizetype first = 4;
    while ((offsetInJson + first) % 3 != 2)
        ++first;
    token[first] = '~';
    token[first + 9] = '?';
    return token;
}

QByteArray TokenFactory::expiryText(qint64 expiresAt)
{
    // Real servers compute expiry from expires_in, so it lands a fraction of a second before the
    // JWT's exp; Go writes it as RFC 3339 with nanoseconds, trailing zeros dropped.
    const quint32 before = QRandomGenerator::global()->bounded(1000000u, 999999999u);
    const QDateTime second = QDateTime::fromSecsSinceEpoch(expiresAt - 1, QTimeZone::utc());
    QByteArray fraction = QByteArray::number(1000000000u - before).rightJustified(9, '0');
    while (fraction.endsWith('0'))
        fraction.chop(1);
    return second.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + '.' + fraction + 'Z';
}

} // namespace MesheryTest
