// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "MesheryTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MesheryAuth {

namespace {

// Server-chosen text quoted in an error is cut short: the error is one line of detail.
QString quoted(const QString &text)
{
    constexpr qsizetype MaxLength = 60;
    if (text.size() <= MaxLength)
        return u'"' + text + u'"';
    return u'"' + text.left(MaxLength) + QChar(0x2026) + u'"';
}

// The body as a JSON object, or why it is not one. `expected` completes "expected ...".
Parsed<QJsonObject> objectBody(const QByteArray &json, const QString &expected)
{
    if (json.trimmed().isEmpty())
        return {{}, QStringLiteral("empty response body")};
    const JsonParse parsed = parseServerJson(json);
    if (!parsed.error.isEmpty())
        return {{}, parsed.error};
    const QJsonDocument &document = parsed.document;
    if (document.isArray())
        return {{}, QStringLiteral("expected %1, got an array").arg(expected)};
    if (!document.isObject())
        return {{}, QStringLiteral("expected %1").arg(expected)};
    return {document.object(), {}};
}

// Only well-formed absolute URLs: a relative or broken one could not be opened, so it reads as none.
QUrl urlField(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    const QJsonValue value = firstField(object, names);
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() ? url : QUrl();
}

// Reads `field` as an array of objects into `out`. Go writes an empty slice as null, so null is an
// empty list; an absent field or a non-object element means this is not the expected body.
template<typename T, typename Convert>
QString readObjectList(const QJsonObject &object, QLatin1String field, Convert convert, QList<T> *out)
{
    const QJsonValue value = object.value(field);
    if (value.isNull())
        return {};
    if (!value.isArray())
        return QStringLiteral("expected an object with a \"%1\" array").arg(field);
    const QJsonArray array = value.toArray();
    // A page is what we asked for (at most a few hundred items); a server that sends more is not
    // paging, and its items would only fill memory.
    if (array.size() > MaxItemsPerPage)
        return QStringLiteral("\"%1\" has %2 items, more than the %3 a page may have")
            .arg(field)
            .arg(array.size())
            .arg(MaxItemsPerPage);
    out->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return QStringLiteral("%1[%2] is not a JSON object").arg(field).arg(i);
        out->append(convert(array.at(i).toObject()));
    }
    return {};
}

Provider providerFromObject(const QJsonObject &object, const QString &key)
{
    Provider provider;
    provider.key = key;
    provider.name = stringField(object, {"providerName"_L1, "provider_name"_L1}, key);
    const QString type = stringField(object, {"providerType"_L1, "provider_type"_L1});
    provider.type = type.compare("local"_L1, Qt::CaseInsensitive) == 0 ? Provider::Type::Local : Provider::Type::Remote;
    provider.url = urlField(object, {"providerUrl"_L1, "provider_url"_L1});
    provider.packageVersion = stringField(object, {"packageVersion"_L1, "package_version"_L1});
    provider.description =
        stringListField(object, {"providerDescription"_L1, "provider_description"_L1, "description"_L1});
    const QJsonArray capabilities = firstField(object, {"capabilities"_L1}).toArray();
    for (const QJsonValue &entry : capabilities) {
        const QJsonObject capability = entry.toObject();
        const QString feature = stringField(capability, {"feature"_L1});
        if (!feature.isEmpty())
            provider.capabilities.append({feature, stringField(capability, {"endpoint"_L1})});
    }
    return provider;
}

QString providerNameOf(const QJsonObject &object)
{
    return stringField(object, {"providerName"_L1, "provider_name"_L1, "name"_L1});
}

bool remoteFirstByKey(const Provider &a, const Provider &b)
{
    if (a.isLocal() != b.isLocal())
        return !a.isLocal();
    const int byKey = a.key.compare(b.key, Qt::CaseInsensitive);
    return byKey != 0 ? byKey < 0 : a.key < b.key;
}

Organization organizationFromObject(const QJsonObject &object)
{
    Organization org;
    org.id = stringField(object, {"id"_L1, "ID"_L1});
    org.name = stringField(object, {"name"_L1});
    org.country = stringField(object, {"country"_L1});
    org.region = stringField(object, {"region"_L1});
    org.owner = stringField(object, {"owner"_L1});
    org.createdAt = dateTimeField(object, {"createdAt"_L1, "created_at"_L1});
    org.updatedAt = dateTimeField(object, {"updatedAt"_L1, "updated_at"_L1});
    return org;
}

Workspace workspaceFromObject(const QJsonObject &object)
{
    Workspace workspace;
    workspace.id = stringField(object, {"id"_L1, "ID"_L1});
    workspace.name = stringField(object, {"name"_L1});
    workspace.description = stringField(object, {"description"_L1});
    workspace.organizationId =
        stringField(object, {"organizationId"_L1, "organization_id"_L1, "orgId"_L1, "org_id"_L1});
    workspace.createdAt = dateTimeField(object, {"createdAt"_L1, "created_at"_L1});
    return workspace;
}

void readPaging(const QJsonObject &object, Paging *page)
{
    page->page = intField(object, {"page"_L1});
    page->pageSize = intField(object, {"pageSize"_L1, "page_size"_L1, "pagesize"_L1});
    page->totalCount = intField(object, {"totalCount"_L1, "total_count"_L1});
}

// A page of a list endpoint: {"<field>": [...], "page": .., "page_size": .., "total_count": ..}.
template<typename Page, typename Item>
Parsed<Page> parsePage(const QByteArray &json, QLatin1String field, Item (*fromObject)(const QJsonObject &),
                       QList<Item> Page::*items)
{
    const Parsed<QJsonObject> body = objectBody(json, QStringLiteral("an object with the array \"%1\"").arg(field));
    if (!body.ok())
        return {{}, body.error};
    Page page;
    const QString error = readObjectList(body.value, field, fromObject, &(page.*items));
    if (!error.isEmpty())
        return {{}, error};
    readPaging(body.value, &page);
    return {page, {}};
}

} // namespace

bool isLocalProviderName(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.compare("None"_L1, Qt::CaseInsensitive) == 0
        || trimmed.compare("Local"_L1, Qt::CaseInsensitive) == 0;
}

bool sameProvider(const QString &a, const QString &b)
{
    return a == b || (isLocalProviderName(a) && isLocalProviderName(b));
}

std::optional<Provider> findProvider(const QList<Provider> &providers, const QString &key)
{
    for (const Provider &provider : providers) {
        if (sameProvider(provider.key, key))
            return provider;
    }
    return std::nullopt;
}

QString preselectedProvider(const QList<Provider> &providers)
{
    QString only;
    for (const Provider &provider : providers) {
        if (provider.isLocal())
            continue;
        if (!only.isEmpty())
            return {}; // several: the user chooses
        only = provider.key;
    }
    return only;
}

bool Provider::isLocal() const
{
    return type == Type::Local || isLocalProviderName(key) || isLocalProviderName(name);
}

bool Provider::hasCapability(const QString &feature) const
{
    return std::any_of(capabilities.cbegin(), capabilities.cend(),
                       [&](const ProviderCapability &capability) { return capability.feature == feature; });
}

Parsed<QList<Provider>> parseProviders(const QByteArray &json)
{
    const Parsed<QJsonObject> body = objectBody(json, QStringLiteral("a JSON object keyed by provider"));
    if (!body.ok())
        return {{}, body.error};

    QList<Provider> providers;
    const QJsonValue available = body.value.value("available_providers"_L1);
    if (!available.isUndefined()) {
        // The array form some third-party docs show: each entry names itself.
        if (!available.isArray())
            return {{}, QStringLiteral("expected \"available_providers\" to be an array")};
        const QJsonArray array = available.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return {{}, QStringLiteral("available_providers[%1] is not a JSON object").arg(i)};
            const QJsonObject entry = array.at(i).toObject();
            const QString name = providerNameOf(entry);
            if (name.isEmpty())
                return {{}, QStringLiteral("available_providers[%1] has no provider name").arg(i)};
            providers.append(providerFromObject(entry, name));
        }
    } else {
        for (auto it = body.value.constBegin(); it != body.value.constEnd(); ++it) {
            // A non-object entry means this is some other object, e.g. an error body.
            if (!it.value().isObject())
                return {{}, QStringLiteral("provider %1 is not a JSON object").arg(quoted(it.key()))};
            providers.append(providerFromObject(it.value().toObject(), it.key()));
        }
    }
    std::stable_sort(providers.begin(), providers.end(), remoteFirstByKey);
    return {providers, {}};
}

Parsed<Provider> parseProvider(const QByteArray &json)
{
    const QString expected = QStringLiteral("a provider object");
    const Parsed<QJsonObject> body = objectBody(json, expected);
    if (!body.ok())
        return {{}, body.error};
    const QJsonObject &object = body.value;
    if (!hasAnyField(object, {"providerName"_L1, "provider_name"_L1, "providerType"_L1, "provider_type"_L1}))
        return {{}, QStringLiteral("expected %1 with a provider name or type").arg(expected)};
    return {providerFromObject(object, providerNameOf(object)), {}};
}

QString UserAccount::displayName() const
{
    const QString fullName = (firstName.trimmed() + u' ' + lastName.trimmed()).trimmed();
    if (!fullName.isEmpty())
        return fullName;
    if (!email.isEmpty())
        return email;
    return id;
}

Parsed<UserAccount> parseUser(const QByteArray &json)
{
    const QString expected = QStringLiteral("a user object with an id or email");
    const Parsed<QJsonObject> body = objectBody(json, expected);
    if (!body.ok())
        return {{}, body.error};
    const QJsonObject &object = body.value;

    UserAccount user;
    // Current servers send a uuid "id" beside the login "userId"; older ones only "user_id".
    user.id = stringField(object, {"id"_L1, "userId"_L1, "user_id"_L1});
    user.userName = stringField(object, {"userName"_L1, "user_name"_L1, "username"_L1, "userId"_L1, "user_id"_L1});
    user.firstName = stringField(object, {"firstName"_L1, "first_name"_L1});
    user.lastName = stringField(object, {"lastName"_L1, "last_name"_L1});
    user.email = stringField(object, {"email"_L1});
    user.avatarUrl = urlField(object, {"avatarUrl"_L1, "avatar_url"_L1});
    user.provider = stringField(object, {"provider"_L1});
    user.roleNames = stringListField(object, {"roleNames"_L1, "role_names"_L1});
    if (user.id.isEmpty() && user.email.isEmpty())
        return {{}, QStringLiteral("expected %1").arg(expected)};
    return {user, {}};
}

Parsed<TokenResponse> parseTokenResponse(const QByteArray &json)
{
    const QString expected = QStringLiteral("an object with \"meshery-provider\" and \"token\"");
    const Parsed<QJsonObject> body = objectBody(json, expected);
    if (!body.ok())
        return {{}, body.error};
    const QJsonObject &object = body.value;
    if (!hasAnyField(object, {"meshery-provider"_L1, "token"_L1}))
        return {{}, QStringLiteral("expected %1").arg(expected)};

    TokenResponse response;
    response.provider = stringField(object, {"meshery-provider"_L1});
    const QJsonValue token = object.value("token"_L1);
    if (token.isString())
        response.token = token.toString().toUtf8();
    return {response, {}};
}

Parsed<OrganizationPage> parseOrganizations(const QByteArray &json)
{
    return parsePage(json, "organizations"_L1, organizationFromObject, &OrganizationPage::organizations);
}

Parsed<WorkspacePage> parseWorkspaces(const QByteArray &json)
{
    return parsePage(json, "workspaces"_L1, workspaceFromObject, &WorkspacePage::workspaces);
}

Parsed<ServerVersion> parseServerVersion(const QByteArray &json)
{
    const QString expected = QStringLiteral("a version object with \"build\"");
    const Parsed<QJsonObject> body = objectBody(json, expected);
    if (!body.ok())
        return {{}, body.error};
    const QJsonObject &object = body.value;
    if (!hasAnyField(object, {"build"_L1, "latest"_L1}))
        return {{}, QStringLiteral("expected %1").arg(expected)};

    ServerVersion version;
    version.build = stringField(object, {"build"_L1});
    version.latest = stringField(object, {"latest"_L1});
    version.outdated = boolField(object, {"outdated"_L1});
    version.commitSha = stringField(object, {"commitsha"_L1, "commitSha"_L1, "commit_sha"_L1});
    version.releaseChannel = stringField(object, {"release_channel"_L1, "releaseChannel"_L1});
    return {version, {}};
}

Parsed<QJsonObject> parseGraphqlResponse(const QByteArray &json)
{
    const Parsed<QJsonObject> body = objectBody(json, QStringLiteral("a GraphQL response object"));
    if (!body.ok())
        return body;

    // Data beside errors is a partial result, still worth showing.
    const QJsonValue data = body.value.value("data"_L1);
    if (data.isObject())
        return {data.toObject(), {}};

    const QJsonArray errors = body.value.value("errors"_L1).toArray();
    if (!errors.isEmpty()) {
        const QString message = stringField(errors.first().toObject(), {"message"_L1}).trimmed();
        return {{}, QStringLiteral("GraphQL: %1").arg(message.isEmpty() ? QStringLiteral("unknown error") : message)};
    }
    return {{}, QStringLiteral("expected a GraphQL response with \"data\"")};
}

} // namespace MesheryAuth
