// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenRegistry.h"
#include "TokenFactory.h"

#include <QDateTime>

namespace MesheryTest {

QByteArray TokenRegistry::issue(const QString &userName, qint64 lifetimeSecs, const QString &issuer, Refresh refresh)
{
    const IssuedToken token = TokenFactory(issuer).make(userName, lifetimeSecs);
    Record record;
    record.userName = token.userName;
    record.expiresAt = token.expiresAt;
    record.refresh = refresh;
    m_records.insert(token.text, record);
    return token.text;
}

bool TokenRegistry::isRefreshable(const QByteArray &token) const
{
    const auto it = m_records.constFind(token);
    return it != m_records.cend() && !it->revoked && it->refresh == Refresh::Allowed
        && it->expiresAt <= QDateTime::currentSecsSinceEpoch();
}

QByteArray TokenRegistry::renewed(const QByteArray &token, qint64 lifetimeSecs, const QString &issuer)
{
    if (!isRefreshable(token))
        return {};
    if (!m_records.value(token).renewedTo.isEmpty())
        return m_records.value(token).renewedTo;
    const Record old = m_records.value(token);
    const QByteArray fresh = issue(old.userName, lifetimeSecs, issuer);
    m_records[fresh].sessionCookie = old.sessionCookie; // the provider's session goes on
    m_records[token].renewedTo = fresh;
    return fresh;
}

void TokenRegistry::attachSession(const QByteArray &token, const QByteArray &sessionCookie)
{
    const auto it = m_records.find(token);
    if (it != m_records.end())
        it->sessionCookie = sessionCookie;
}

QByteArray TokenRegistry::sessionOf(const QByteArray &token) const
{
    return m_records.value(token).sessionCookie;
}

std::optional<QString> TokenRegistry::userOf(const QByteArray &token) const
{
    const auto it = m_records.constFind(token);
    if (it == m_records.cend() || it->revoked || it->expiresAt <= QDateTime::currentSecsSinceEpoch())
        return std::nullopt;
    return it->userName;
}

void TokenRegistry::revoke(const QByteArray &token)
{
    const auto it = m_records.find(token);
    if (it != m_records.end())
        it->revoked = true;
}

void TokenRegistry::revokeAll()
{
    for (Record &record : m_records)
        record.revoked = true;
}

} // namespace MesheryTest
