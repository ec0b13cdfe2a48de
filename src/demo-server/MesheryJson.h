// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The JSON bodies of Meshery's account endpoints, in either field spelling.
#pragma once

#include "FieldSpeller.h"
#include "OrganizationDirectory.h"
#include "UserDirectory.h"

#include <QJsonObject>

namespace MesheryTest {

class MesheryJson
{
public:
    explicit MesheryJson(FieldSpelling spelling)
        : m_name(spelling)
    {
    }

    QJsonObject user(const TestUser &user) const;
    QJsonObject organization(const Organization &org) const;
    QJsonObject workspace(const Workspace &workspace) const;
    QJsonObject organizationPage(const OrganizationPage &page) const;
    QJsonObject workspacePage(const QList<Workspace> &workspaces) const;
    static QJsonObject version();
    // RFC 3339 in UTC, as Go writes time.Time.
    static QString timestamp(const QDateTime &when);

private:
    FieldSpeller m_name;
};

} // namespace MesheryTest
