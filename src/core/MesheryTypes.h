// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JsonFields.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Plain values for what Meshery's REST API answers, and parsers from raw response bodies.
// Parsers accept both the camelCase of current servers and the snake_case of older ones; their
// errors are short technical English, shown as the detail of a "bad response" error.
namespace MesheryAuth {

struct ProviderCapability {
    QString feature;
    QString endpoint;
};

struct Provider {
    enum class Type { Local, Remote };

    QString key; // the value for the meshery-provider cookie
    QString name; // providerName / provider_name, falls back to key
    Type type = Type::Remote;
    QUrl url; // providerUrl / provider_url
    QString packageVersion;
    QStringList description;
    QList<ProviderCapability> capabilities;

    bool isLocal() const; // type local, or key/name "None" / "Local" in any case
    bool hasCapability(const QString &feature) const;
    // "persist-anonymous-user": the server answers the start of a login with an anonymous session
    // (a token cookie and a redirect) instead of the provider's login page. That token is nobody's.
    bool persistsAnonymousUsers() const { return hasCapability(QStringLiteral("persist-anonymous-user")); }
};

// "None" (older servers) and "Local" (newer) both name the local provider, which needs no token.
bool isLocalProviderName(const QString &name);
// Whether two provider keys name the same provider, as the server decides: "None" and "Local" in
// any case are one (Meshery's NormalizeProviderName); any other key only itself, as written.
bool sameProvider(const QString &a, const QString &b);
// The provider of that key in a server's list (see sameProvider), if it offers it.
std::optional<Provider> findProvider(const QList<Provider> &providers, const QString &key);
// The provider a profile without one starts with: the server's only remote provider, when it
// lists exactly one (Local stays one choice away). Empty with none or several to choose from.
QString preselectedProvider(const QList<Provider> &providers);

// GET /api/providers: an object keyed by provider key; also {"available_providers": [...]}.
// Remote providers first, by key, then local ones.
Parsed<QList<Provider>> parseProviders(const QByteArray &json);
// GET /api/provider/capabilities: one provider's properties; the key is its name.
Parsed<Provider> parseProvider(const QByteArray &json);

struct UserAccount {
    QString id;
    QString userName;
    QString firstName;
    QString lastName;
    QString email;
    QUrl avatarUrl;
    QString provider;
    QStringList roleNames;

    QString displayName() const; // "First Last", else email, else id
};

// GET /api/user; an error unless the body names at least an id or an email.
Parsed<UserAccount> parseUser(const QByteArray &json);

// GET /api/token, and mesheryctl's auth.json: {"meshery-provider": ..., "token": ...}.
struct TokenResponse {
    QString provider;
    QByteArray token; // empty with the local provider
};

Parsed<TokenResponse> parseTokenResponse(const QByteArray &json);

struct Organization {
    QString id;
    QString name;
    QString country;
    QString region;
    QString owner;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The most items one page of organizations or workspaces may carry: far above any page size this
// app asks for, far below what would hurt. More is refused as a bad response.
inline constexpr int MaxItemsPerPage = 1000;

// The counters every paged list endpoint sends beside its items.
struct Paging {
    int page = 0;
    int pageSize = 0;
    int totalCount = 0;
};

struct OrganizationPage : Paging {
    QList<Organization> organizations;
};

// GET /api/identity/orgs
Parsed<OrganizationPage> parseOrganizations(const QByteArray &json);

struct Workspace {
    QString id;
    QString name;
    QString description;
    QString organizationId;
    QDateTime createdAt;
};

struct WorkspacePage : Paging {
    QList<Workspace> workspaces;
};

// GET /api/workspaces?orgId=
Parsed<WorkspacePage> parseWorkspaces(const QByteArray &json);

struct ServerVersion {
    QString build;
    QString latest;
    bool outdated = false;
    QString commitSha;
    QString releaseChannel;
};

// GET /api/system/version
Parsed<ServerVersion> parseServerVersion(const QByteArray &json);

// A GraphQL answer's "data"; an error when it has only "errors" ("GraphQL: <first message>").
Parsed<QJsonObject> parseGraphqlResponse(const QByteArray &json);

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::ProviderCapability)
Q_DECLARE_METATYPE(MesheryAuth::Provider)
Q_DECLARE_METATYPE(QList<MesheryAuth::Provider>)
Q_DECLARE_METATYPE(MesheryAuth::UserAccount)
Q_DECLARE_METATYPE(MesheryAuth::TokenResponse)
Q_DECLARE_METATYPE(MesheryAuth::Organization)
Q_DECLARE_METATYPE(MesheryAuth::OrganizationPage)
Q_DECLARE_METATYPE(MesheryAuth::Workspace)
Q_DECLARE_METATYPE(MesheryAuth::WorkspacePage)
Q_DECLARE_METATYPE(MesheryAuth::ServerVersion)
