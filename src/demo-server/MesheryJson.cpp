// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "MesheryJson.h"

#include <QJsonArray>

namespace MesheryTest {

QJsonObject MesheryJson::user(const TestUser &user) const
{
    const QJsonArray roles{QStringLiteral("admin")};
    if (m_name.spelling() == FieldSpelling::SnakeCase) {
        // Older servers: no "id" and no "status".
        return {{QStringLiteral("user_id"), user.id},           {QStringLiteral("first_name"), user.firstName},
                {QStringLiteral("last_name"), user.lastName},   {QStringLiteral("email"), user.email},
                {QStringLiteral("avatar_url"), user.avatarUrl}, {QStringLiteral("provider"), user.provider},
                {QStringLiteral("role_names"), roles}};
    }
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("userId"), user.id},
            {QStringLiteral("firstName"), user.firstName},
            {QStringLiteral("lastName"), user.lastName},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("avatarUrl"), user.avatarUrl},
            {QStringLiteral("provider"), user.provider},
            {QStringLiteral("roleNames"), roles},
            {QStringLiteral("status"), QStringLiteral("active")}};
}

QJsonObject MesheryJson::organization(const Organization &org) const
{
    return {{QStringLiteral("id"), org.id},
            {QStringLiteral("name"), org.name},
            {QStringLiteral("country"), org.country},
            {QStringLiteral("region"), org.region},
            {QStringLiteral("owner"), org.owner},
            {m_name("createdAt"), timestamp(org.createdAt)},
            {m_name("updatedAt"), timestamp(org.updatedAt)}};
}

QJsonObject MesheryJson::workspace(const Workspace &workspace) const
{
    return {{QStringLiteral("id"), workspace.id},
            {QStringLiteral("name"), workspace.name},
            {QStringLiteral("description"), workspace.description},
            {m_name("organizationId"), workspace.organizationId},
            {m_name("createdAt"), timestamp(workspace.createdAt)}};
}

QJsonObject MesheryJson::organizationPage(const OrganizationPage &page) const
{
    QJsonArray organizations;
    for (const Organization &org : page.organizations)
        organizations.append(organization(org));
    return {{QStringLiteral("organizations"), organizations},
            {QStringLiteral("page"), page.page},
            {m_name("pageSize"), page.pageSize},
            {m_name("totalCount"), page.totalCount}};
}

QJsonObject MesheryJson::workspacePage(const QList<Workspace> &workspaces) const
{
    QJsonArray items;
    for (const Workspace &item : workspaces)
        items.append(workspace(item));
    const int count = static_cast<int>(workspaces.size());
    return {{QStringLiteral("workspaces"), items},
            {QStringLiteral("page"), 0},
            {m_name("pageSize"), count},
            {m_name("totalCount"), count}};
}

QJsonObject MesheryJson::version()
{
    return {{QStringLiteral("build"), QStringLiteral("v0.8.0-test")},
            {QStringLiteral("latest"), QStringLiteral("v0.8.1")},
            {QStringLiteral("outdated"), true},
            {QStringLiteral("commitsha"), QStringLiteral("0a1b2c3")},
            {QStringLiteral("release_channel"), QStringLiteral("stable")}};
}

QString MesheryJson::timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace MesheryTest
