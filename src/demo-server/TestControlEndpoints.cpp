// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TestControlEndpoints.h"
#include "ServerState.h"

namespace MesheryTest {

TestControlEndpoints::TestControlEndpoints(ServerState &state)
    : m_state(state)
{
    addRoute(QStringLiteral("/_test/faults"), {"POST"},
             [this](const HttpRequest &request) { return setFault(request); });
    addRoute(QStringLiteral("/_test/faults"), {"DELETE"},
             [this](const HttpRequest &request) { return clearFaults(request); });
    addRoute(QStringLiteral("/_test/token"), {"POST"},
             [this](const HttpRequest &request) { return issueToken(request); });
    addRoute(QStringLiteral("/_test/revoke-all"), {"POST"}, [this](const HttpRequest &) {
        m_state.tokens().revokeAll();
        return HttpResponse::text("ok");
    });
}

HttpResponse TestControlEndpoints::setFault(const HttpRequest &request) const
{
    const QString path = request.queryValue(QStringLiteral("path"));
    if (path != QLatin1String("*") && !path.startsWith(QLatin1Char('/')))
        return HttpResponse::text("path must start with '/' or be '*'", 400);
    const std::optional<FaultKind> kind = faultKindFromName(request.queryValue(QStringLiteral("kind")));
    if (!kind)
        return HttpResponse::text("unknown fault kind", 400);
    Fault fault{*kind, 0};
    const QString delay = request.queryValue(QStringLiteral("delay"));
    if (!delay.isEmpty()) {
        bool ok = false;
        fault.delayMs = delay.toInt(&ok);
        if (!ok || fault.delayMs < 0)
            return HttpResponse::text("delay must be a whole number of milliseconds", 400);
    }
    m_state.faults().set(path, fault);
    return HttpResponse::text("ok");
}

HttpResponse TestControlEndpoints::clearFaults(const HttpRequest &request) const
{
    // With ?path= only that path's fault goes.
    const QString path = request.queryValue(QStringLiteral("path"));
    if (path.isEmpty())
        m_state.faults().clear();
    else
        m_state.faults().set(path, Fault{});
    return HttpResponse::text("ok");
}

HttpResponse TestControlEndpoints::issueToken(const HttpRequest &request) const
{
    const QString user = request.queryValue(QStringLiteral("user"));
    if (user.trimmed().isEmpty())
        return HttpResponse::text("user is missing", 400);
    std::optional<qint64> lifetime;
    const QString lifetimeText = request.queryValue(QStringLiteral("lifetime"));
    if (!lifetimeText.isEmpty()) {
        bool ok = false;
        lifetime = lifetimeText.toLongLong(&ok);
        if (!ok)
            return HttpResponse::text("lifetime must be a whole number of seconds", 400);
    }
    // refreshable=0: the provider refuses its refresh token, so an expired token stays expired.
    const Refresh refresh =
        request.queryValue(QStringLiteral("refreshable")) == QLatin1String("0") ? Refresh::Refused : Refresh::Allowed;
    return HttpResponse::text(m_state.issueToken(user, lifetime, refresh));
}

} // namespace MesheryTest
