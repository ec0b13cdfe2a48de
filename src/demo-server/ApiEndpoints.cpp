// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ApiEndpoints.h"
#include "MesheryJson.h"
#include "ServerState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace MesheryTest {

namespace {

HttpResponse json(const QJsonObject &object, int status = 200)
{
    return HttpResponse::json(QJsonDocument(object), status);
}

HttpResponse graphqlError(const QString &message, int status)
{
    const QJsonArray errors{QJsonObject{{QStringLiteral("message"), message}}};
    if (status == 200)
        return json({{QStringLiteral("data"), QJsonValue::Null}, {QStringLiteral("errors"), errors}});
    return json({{QStringLiteral("errors"), errors}}, status);
}

int intOr(const QString &text, int fallback)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

ApiEndpoints::ApiEndpoints(ServerState &state)
    : m_state(state)
{
    const QList<QByteArray> get{"GET"};
    addRoute(QStringLiteral("/api/system/version"), get, [this](const HttpRequest &) { return version(); });
    for (const char *probe : {"/healthz/live", "/healthz/ready"})
        addRoute(QString::fromLatin1(probe), get, [](const HttpRequest &) { return HttpResponse::text("ok"); });
    addRoute(QStringLiteral("/api/providers"), get,
             [this](const HttpRequest &) { return json(m_state.providers().all()); });
    addRoute(QStringLiteral("/api/providers/stream"), get, [this](const HttpRequest &) { return providerStream(); });

    addRoute(QStringLiteral("/api/provider/capabilities"), get,
             authenticated([this](const HttpRequest &, const Session &session) {
                 return json(m_state.providers().entry(session.kind));
             }));
    addRoute(QStringLiteral("/api/user"), get,
             authenticated([this](const HttpRequest &, const Session &session) { return user(session); }));
    addRoute(QStringLiteral("/api/token"), get,
             authenticated([this](const HttpRequest &, const Session &session) { return token(session); }));
    addRoute(QStringLiteral("/api/identity/orgs"), get,
             authenticated([this](const HttpRequest &request, const Session &session) {
                 return organizations(request, session);
             }));
    addRoute(QStringLiteral("/api/workspaces"), get,
             authenticated(
                 [this](const HttpRequest &request, const Session &session) { return workspaces(request, session); }));
    addRoute(QStringLiteral("/api/system/graphql/query"), {"GET", "POST"},
             authenticated([this](const HttpRequest &request, const Session &) { return graphql(request); }));
}

Endpoints::Answer ApiEndpoints::authenticated(SessionAnswer answer)
{
    return [this, answer = std::move(answer)](const HttpRequest &request) {
        const Session session = SessionResolver(m_state).resolve(request);
        if (!session.isSignedIn())
            return SessionResolver::redirectFor(session);
        HttpResponse response = answer(request, session);
        if (!session.renewedToken.isEmpty())
            response.addCookie("token", session.renewedToken);
        else if (m_state.options().refreshTokens && !session.isLocal())
            response.addCookie("token", m_state.issueToken(session.userName));
        return response;
    };
}

HttpResponse ApiEndpoints::version() const
{
    // What a release that checks GitHub for the latest version answers when it cannot reach it.
    if (m_state.options().offline)
        return HttpResponse::text("internal server error", 500);
    return json(MesheryJson::version());
}

HttpResponse ApiEndpoints::providerStream() const
{
    QByteArray events;
    for (const QString &key : m_state.providers().keys()) {
        const QJsonObject status{{QStringLiteral("provider"), key},
                                 {QStringLiteral("status"), QStringLiteral("online")}};
        events += "event: provider\ndata: " + QJsonDocument(status).toJson(QJsonDocument::Compact) + "\n\n";
    }
    HttpResponse response(200);
    response.setBody(events, "text/event-stream");
    response.setHeader("Cache-Control", "no-cache");
    response.setStreamed(true);
    return response;
}

HttpResponse ApiEndpoints::user(const Session &session) const
{
    const ServerOptions &options = m_state.options();
    const TestUser user = session.isLocal()
        ? UserDirectory::localUser(options.localProviderName)
        : UserDirectory::remoteUser(session.userName, session.providerKey, m_state.providerBaseUrl());
    return json(MesheryJson(options.spelling).user(user));
}

HttpResponse ApiEndpoints::token(const Session &session) const
{
    // The same JSON mesheryctl saves as auth.json.
    const QString token = session.isLocal() ? QString() : QString::fromLatin1(session.token);
    return json({{QStringLiteral("meshery-provider"), session.providerKey}, {QStringLiteral("token"), token}});
}

std::optional<HttpResponse> ApiEndpoints::providerRefusal(const HttpRequest &request, const Session &session,
                                                          const QString &feature, const char *capabilityName) const
{
    // Older servers' handlers (server/handlers/organization_handler.go and its workspace sibling)
    // answer every error of the provider with http.Error(w, ErrGetResult(err).Error(), 404): plain
    // text, whatever went wrong. MeshKit releases differ in which descriptions an error's text
    // joins, so a client may quote this text but must not parse it.
    const auto refused = [](const QString &reason) {
        return HttpResponse::text(QStringLiteral("unable to get result: %1\n").arg(reason).toUtf8(), 404);
    };
    // server/models/remote_provider.go: GetOrganizations and GetWorkspaces first check
    // Capabilities.IsSupported and fail with ErrInvalidCapability (its text, typo included). The
    // Local provider lists neither feature.
    if (!m_state.providers().offers(session.kind, feature)) {
        return refused(QStringLiteral("Capablity is not supported by your Provider. %1 (provider %2)")
                           .arg(QLatin1String(capabilityName), session.providerKey));
    }
    // remote_provider.go: the provider's own refusal (its 401/403) becomes ErrFetch.
    const std::optional<Fault> fault = m_state.faults().faultFor(request.path);
    if (fault && fault->kind == FaultKind::ProviderRefusal)
        return refused(QStringLiteral("failed to get %1: the provider answered 403 Forbidden").arg(feature));
    return std::nullopt;
}

HttpResponse ApiEndpoints::organizations(const HttpRequest &request, const Session &session) const
{
    if (std::optional<HttpResponse> refusal =
            providerRefusal(request, session, QStringLiteral("organizations"), "Organization"))
        return *refusal;
    OrganizationQuery query;
    query.page = intOr(request.queryValue(QStringLiteral("page")), 0);
    query.pageSize = intOr(request.queryValue(QStringLiteral("pagesize")), 10);
    query.search = request.queryValue(QStringLiteral("search"));
    query.order = request.queryValue(QStringLiteral("order"));
    return json(MesheryJson(m_state.options().spelling).organizationPage(m_state.organizations().find(query)));
}

HttpResponse ApiEndpoints::workspaces(const HttpRequest &request, const Session &session) const
{
    // Newer clients send orgId, older ones orgID.
    QString organizationId = request.queryValue(QStringLiteral("orgId"));
    if (organizationId.isEmpty())
        organizationId = request.queryValue(QStringLiteral("orgID"));
    // The handler checks its parameters before it asks the provider.
    if (organizationId.isEmpty())
        return HttpResponse::text("WorkspaceID or OrgID cannot be empty", 400);
    if (std::optional<HttpResponse> refusal =
            providerRefusal(request, session, QStringLiteral("workspaces"), "Workspace"))
        return *refusal;
    const QList<Workspace> workspaces = m_state.organizations().workspacesOf(organizationId);
    return json(MesheryJson(m_state.options().spelling).workspacePage(workspaces));
}

HttpResponse ApiEndpoints::graphql(const HttpRequest &request) const
{
    QString query;
    if (request.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return graphqlError(
                QStringLiteral("json request body could not be decoded: %1").arg(parseError.errorString()), 400);
        query = document.object().value(QStringLiteral("query")).toString();
    } else {
        query = request.queryValue(QStringLiteral("query"));
    }
    if (query.trimmed().isEmpty())
        return graphqlError(QStringLiteral("no operation provided"), 400);

    if (query.contains(QLatin1String("getAvailableNamespaces"))) {
        QJsonArray namespaces;
        for (const char *name : {"default", "meshery", "kube-system"})
            namespaces.append(QJsonObject{{QStringLiteral("namespace"), QString::fromLatin1(name)}});
        return json({{QStringLiteral("data"), QJsonObject{{QStringLiteral("getAvailableNamespaces"), namespaces}}}});
    }
    // Name the first field asked for, as a GraphQL server's validation error does.
    static const QRegularExpression firstField(QStringLiteral("\\{\\s*([_A-Za-z][_0-9A-Za-z]*)"));
    const QString field = firstField.match(query).captured(1);
    return graphqlError(QStringLiteral("Cannot query field \"%1\" on type \"Query\".").arg(field), 200);
}

} // namespace MesheryTest
