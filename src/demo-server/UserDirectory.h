// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The users the fake provider knows: anyone who signs in with the right password, plus the local
// provider's single user.
#pragma once

#include <QString>
#include <QUrl>

namespace MesheryTest {

struct TestUser {
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString avatarUrl;
    QString provider;
};

class UserDirectory
{
public:
    // The same name always gives the same id: it is the token's "sub" and /api/user's id.
    static QString idFor(const QString &userName);
    static TestUser remoteUser(const QString &userName, const QString &providerKey, const QUrl &providerBaseUrl);
    static TestUser localUser(const QString &localProviderName);
};

} // namespace MesheryTest
