// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "OrganizationDirectory.h"
#include "UserDirectory.h"

#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace MesheryTest {

namespace {

const QUuid kOrganizationNamespace(QStringLiteral("{0f6d3c2a-8b41-4e7f-a5c9-3e1b2d4f6a80}"));

// Several names share "Acme", "Mesh", "Cloud" or "Systems", so a search finds more than one.
constexpr const char *kNames[] = {
    "Acme Cloud",         "Acme Labs",        "Acme Robotics",       "Blue Harbor",      "Cloud Native Guild",
    "Cobalt Systems",     "Delta Mesh Works", "Evergreen Analytics", "Fjord Data",       "Granite Ops",
    "Harbor Lights Tech", "Indigo Networks",  "Juniper Mesh",        "Kestrel Security", "Lumen Services",
    "Mesh Mates",         "Nimbus Platform",  "Orchid Software",     "Pinecone Cloud",   "Quartz Mesh Co",
    "Redwood Partners",   "Summit Cloud",     "Tidal Systems",
};

struct Place {
    const char *country;
    const char *region;
};
constexpr Place kPlaces[] = {
    {"Canada", "(UTC-04:00) Atlantic Time (Canada)"},
    {"United States", "(UTC-08:00) Pacific Time (US & Canada)"},
    {"Germany", "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"},
    {"India", "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi"},
    {"Japan", "(UTC+09:00) Osaka, Sapporo, Tokyo"},
};

bool lessBy(const QString &field, const Organization &a, const Organization &b)
{
    if (field == QLatin1String("created_at") || field == QLatin1String("createdAt"))
        return a.createdAt < b.createdAt;
    if (field == QLatin1String("updated_at") || field == QLatin1String("updatedAt"))
        return a.updatedAt < b.updatedAt;
    return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
}

} // namespace

OrganizationDirectory::OrganizationDirectory()
{
    const QDateTime start(QDate(2024, 1, 8), QTime(9, 30, 0), QTimeZone::utc());
    const QString owner = UserDirectory::idFor(QStringLiteral("owner"));
    int index = 0;
    for (const char *name : kNames) {
        const Place &place = kPlaces[index % std::size(kPlaces)];
        Organization org;
        org.name = QString::fromLatin1(name);
        org.id = QUuid::createUuidV5(kOrganizationNamespace, org.name).toString(QUuid::WithoutBraces);
        org.country = QString::fromLatin1(place.country);
        org.region = QString::fromLatin1(place.region);
        org.owner = owner;
        // Creation order differs from name order, so ordering by date is distinguishable.
        org.createdAt = start.addDays((index * 7) % 23).addSecs(index * 97);
        org.updatedAt = org.createdAt.addDays(30 + index);
        m_organizations.append(org);
        ++index;
    }
}

OrganizationPage OrganizationDirectory::find(const OrganizationQuery &query) const
{
    QList<Organization> matching;
    for (const Organization &org : m_organizations) {
        if (query.search.isEmpty() || org.name.contains(query.search, Qt::CaseInsensitive))
            matching.append(org);
    }

    const QStringList orderParts = query.order.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString field = orderParts.value(0, QStringLiteral("name"));
    const bool descending = orderParts.value(1).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;
    std::stable_sort(matching.begin(), matching.end(), [&](const Organization &a, const Organization &b) {
        return descending ? lessBy(field, b, a) : lessBy(field, a, b);
    });

    OrganizationPage page;
    page.page = qMax(0, query.page);
    page.pageSize = query.pageSize > 0 ? query.pageSize : 10;
    page.totalCount = static_cast<int>(matching.size());
    const qint64 first = qint64(page.page) * page.pageSize;
    if (first < matching.size())
        page.organizations = matching.mid(first, page.pageSize);
    return page;
}

QList<Workspace> OrganizationDirectory::workspacesOf(const QString &organizationId) const
{
    QList<Workspace> workspaces;
    for (const Organization &org : m_organizations) {
        if (org.id != organizationId)
            continue;
        const struct {
            const char *name;
            const char *description;
        } kinds[] = {
            {"Default Workspace", "Where %1 keeps its designs and environments"},
            {"Staging", "Pre-production clusters of %1"},
        };
        int index = 0;
        for (const auto &kind : kinds) {
            Workspace workspace;
            workspace.name = QString::fromLatin1(kind.name);
            workspace.id = QUuid::createUuidV5(kOrganizationNamespace, org.id + QLatin1Char('/') + workspace.name)
                               .toString(QUuid::WithoutBraces);
            workspace.description = QString::fromLatin1(kind.description).arg(org.name);
            workspace.organizationId = org.id;
            workspace.createdAt = org.createdAt.addDays(1 + index++);
            workspaces.append(workspace);
        }
    }
    return workspaces;
}

} // namespace MesheryTest
