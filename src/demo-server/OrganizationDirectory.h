// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The fixed organizations (and their workspaces) every test user belongs to, with the paging,
// search and ordering of GET /api/identity/orgs.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace MesheryTest {

// The server's own model, written apart from the client's (src/core/MesheryTypes.h) on purpose:
// the demo server shares no code with the app it tests, so a mistake in one cannot hide in both.
struct Organization {
    QString id;
    QString name;
    QString country;
    QString region;
    QString owner;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Workspace {
    QString id;
    QString name;
    QString description;
    QString organizationId;
    QDateTime createdAt;
};

struct OrganizationQuery {
    int page = 0; // 0-based
    int pageSize = 10;
    QString search; // case-insensitive part of the name
    QString order; // "name asc" (default), "name desc", also created_at / updated_at
};

struct OrganizationPage {
    QList<Organization> organizations;
    int page = 0;
    int pageSize = 0;
    int totalCount = 0;
};

class OrganizationDirectory
{
public:
    OrganizationDirectory();

    const QList<Organization> &all() const { return m_organizations; }
    OrganizationPage find(const OrganizationQuery &query) const;
    // Two per organization; none for an id that is not one of ours.
    QList<Workspace> workspacesOf(const QString &organizationId) const;

private:
    QList<Organization> m_organizations;
};

} // namespace MesheryTest
