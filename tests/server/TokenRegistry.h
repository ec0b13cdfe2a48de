// The tokens this server has issued, so it can tell a valid session from an expired, revoked or
// made-up one. Tokens are compared byte for byte: a client must send them back unchanged.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace MesheryTest {

class TokenRegistry
{
public:
    QByteArray issue(const QString &userName, qint64 lifetimeSecs, const QString &issuer);
    // The user a token belongs to, if it is known, not revoked and not expired.
    std::optional<QString> userOf(const QByteArray &token) const;
    bool isValid(const QByteArray &token) const { return userOf(token).has_value(); }
    void revoke(const QByteArray &token);
    void revokeAll();

private:
    struct Record
    {
        QString userName;
        qint64 expiresAt = 0;
        bool revoked = false;
    };
    QHash<QByteArray, Record> m_records;
};

} // namespace MesheryTest
