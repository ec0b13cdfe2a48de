// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "UserDirectory.h"

#include <QUuid>

namespace MesheryTest {

namespace {

// A namespace of our own for name-based (version 5) user ids.
const QUuid kUserNamespace(QStringLiteral("{5b0c4a8e-2f6d-4c1e-9a37-6d2e8f1b7c40}"));

} // namespace

QString UserDirectory::idFor(const QString &userName)
{
    return QUuid::createUuidV5(kUserNamespace, userName).toString(QUuid::WithoutBraces);
}

TestUser UserDirectory::remoteUser(const QString &userName, const QString &providerKey, const QUrl &providerBaseUrl)
{
    TestUser user;
    user.id = idFor(userName);
    user.firstName = userName;
    user.lastName = QStringLiteral("Tester");
    user.email = userName + QStringLiteral("@example.com");
    user.avatarUrl = providerBaseUrl.toString() + QStringLiteral("/avatars/") + user.id + QStringLiteral(".png");
    user.provider = providerKey;
    return user;
}

TestUser UserDirectory::localUser(const QString &localProviderName)
{
    TestUser user;
    user.id = QStringLiteral("meshery");
    user.firstName = QStringLiteral("Meshery");
    user.email = QStringLiteral("meshery@meshery.local");
    user.provider = localProviderName;
    return user;
}

} // namespace MesheryTest
