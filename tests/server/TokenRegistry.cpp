#include "TokenRegistry.h"
#include "TokenFactory.h"

#include <QDateTime>

namespace MesheryTest {

QByteArray TokenRegistry::issue(const QString &userName, qint64 lifetimeSecs, const QString &issuer)
{
    const IssuedToken token = TokenFactory(issuer).make(userName, lifetimeSecs);
    m_records.insert(token.text, Record{token.userName, token.expiresAt, false});
    return token.text;
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
