// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "FaultInjector.h"
#include "HtmlPages.h"

#include <QJsonArray>
#include <QJsonObject>

namespace MesheryTest {

namespace {

HttpResponse meshKitError(int status)
{
    const QJsonObject body{
        {QStringLiteral("error"), QStringLiteral("Unable to get the token for the user")},
        {QStringLiteral("code"), QStringLiteral("meshery-server-1033")},
        {QStringLiteral("severity"), QStringLiteral("ERROR")},
        {QStringLiteral("probableCause"),
         QJsonArray{QStringLiteral("The token in the request could not be read or refreshed.")}},
        {QStringLiteral("suggestedRemediation"), QJsonArray{QStringLiteral("Log out and log in again.")}},
        {QStringLiteral("longDescription"),
         QJsonArray{QStringLiteral("Meshery Server could not get a token from the remote provider.")}},
    };
    return HttpResponse::json(QJsonDocument(body), status);
}

HttpResponse oversizedBody()
{
    // One long string inside an otherwise valid object: exactly OversizedBodyBytes in all.
    const QByteArray head = "{\"padding\":\"";
    const QByteArray tail = "\"}";
    QByteArray body = head;
    body.append(QByteArray(FaultInjector::OversizedBodyBytes - head.size() - tail.size(), 'x'));
    body.append(tail);
    HttpResponse response(200);
    response.setBody(body, "application/json");
    return response;
}

HttpResponse hugePages()
{
    // Each item is tiny, so the body stays under the client's 8 MiB cap: only a bound on the
    // number of items stops it.
    QByteArray body = "{\"organizations\":[";
    for (int i = 0; i < FaultInjector::HugePageItems; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"id\":\"o" + QByteArray::number(i) + "\"}";
    }
    body +=
        "],\"page\":0,\"pageSize\":" + QByteArray::number(FaultInjector::HugePageItems) + ",\"totalCount\":1000000000}";
    HttpResponse response(200);
    response.setBody(body, "application/json");
    return response;
}

} // namespace

void FaultInjector::set(const QString &path, Fault fault)
{
    if (fault.kind == FaultKind::None && fault.delayMs <= 0)
        m_faults.remove(path);
    else
        m_faults.insert(path, fault);
}

std::optional<Fault> FaultInjector::faultFor(const QString &path) const
{
    const auto own = m_faults.constFind(path);
    if (own != m_faults.cend())
        return *own;
    const auto everyPath = m_faults.constFind(QStringLiteral("*"));
    if (everyPath != m_faults.cend())
        return *everyPath;
    return std::nullopt;
}

std::optional<HttpResponse> FaultInjector::responseFor(const Fault &fault)
{
    switch (fault.kind) {
    case FaultKind::RedirectElsewhere: {
        HttpResponse response(307);
        response.setHeader("Location",
                           fault.location.isEmpty() ? QByteArray("http://example.invalid/") : fault.location);
        return response;
    }
    case FaultKind::None:
    case FaultKind::Delay:
    case FaultKind::AnonymousSession: // needs a token: MesheryTestServer::respond makes it
    case FaultKind::HostileTokenCookie: // the normal answer, amended by MesheryTestServer::respond
    case FaultKind::ForeignTokenCookie:
    case FaultKind::HostileTokenEcho: // needs a token: MesheryTestServer::respond makes it
    case FaultKind::ProviderRefusal: // the handlers that ask the provider answer it (ApiEndpoints)
    case FaultKind::RedirectLoop: // needs the request: MesheryTestServer::respond makes it
    case FaultKind::DropMidBody: // the normal answer, cut by MesheryTestServer::respond
        return std::nullopt;
    case FaultKind::EndlessBody: {
        HttpResponse response(200);
        response.setHeader("Content-Type", "application/json");
        response.setFiller(HttpResponse::EndlessFillerBytes, false);
        return response;
    }
    case FaultKind::HugePages:
        return hugePages();
    case FaultKind::MeshKitError500:
        return meshKitError(500);
    case FaultKind::MeshKitError503:
        return meshKitError(503);
    case FaultKind::UnannouncedHugeBody: {
        HttpResponse response(200);
        response.setHeader("Content-Type", "application/json");
        response.setFiller(UnannouncedHugeBodyBytes, false);
        return response;
    }
    case FaultKind::EndlessChunkedBody: {
        HttpResponse response(200);
        response.setHeader("Content-Type", "application/json");
        response.setFiller(HttpResponse::EndlessFillerBytes, true);
        return response;
    }
    case FaultKind::PlainTextError500:
        return HttpResponse::text("failed to get token", 500);
    case FaultKind::ServiceUnavailable503:
        return HttpResponse::text("remote provider is not reachable", 503);
    case FaultKind::Unauthorized401:
        return HttpResponse::text("Authentication failed after multiple attempts. Please log in again.", 401);
    case FaultKind::Forbidden403:
        return HttpResponse::text("Forbidden: you do not have permission to access this resource", 403);
    case FaultKind::HtmlInsteadOfJson:
        return HttpResponse::html(HtmlPages::signInRequired());
    case FaultKind::MalformedJson: {
        HttpResponse response(200);
        response.setBody("{\"id\":\"3f2c\",\"email\":\"ada@example.com\",\"roleNames\":[\"adm", "application/json");
        return response;
    }
    case FaultKind::OversizedBody:
        return oversizedBody();
    case FaultKind::DropConnection: {
        HttpResponse response(0);
        response.setDropsConnection(true);
        return response;
    }
    }
    return std::nullopt;
}

} // namespace MesheryTest
