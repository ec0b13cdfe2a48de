// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// What the test server can be told to do wrong on a path, so clients can be tested against every
// kind of failure a real Meshery server (or what sits in front of it) produces.
#pragma once

#include <QString>

#include <optional>

namespace MesheryTest {

enum class FaultKind {
    None,
    Delay, // answer normally, but only after delayMs
    MeshKitError500, // 500, application/json MeshKit error body
    PlainTextError500, // 500 text/plain "failed to get token" (what older servers send)
    ServiceUnavailable503, // 503 text/plain (remote provider unreachable)
    Unauthorized401, // 401 text/plain "Authentication failed after multiple attempts. Please log in again."
    Forbidden403, // 403 text/plain
    HtmlInsteadOfJson, // 200 text/html; a full HTML page
    MalformedJson, // 200 application/json; a truncated, invalid JSON body
    OversizedBody, // 200 application/json; a valid JSON body of 9 MiB (one large string)
    DropConnection, // close the socket without answering anything
    // Hostile answers, for the client's defences:
    AnonymousSession, // 302 to /user/login with Set-Cookie: token=<a valid anonymous token>, as a
    // provider with persist-anonymous-user answers InitiateLogin
    HostileTokenCookie, // the normal answer, plus Set-Cookie: token="<token> x" (a space and quotes)
    ForeignTokenCookie, // the normal answer, plus Set-Cookie: token=<a valid token of user "mallory">
    HostileTokenEcho, // 200, /api/token's JSON with a token that carries a CR LF and a header line
    EndlessBody, // 200 application/json, no Content-Length, a body that never ends (bounded at 1 GiB)
    HugePages, // 200, a page of 200,000 tiny organizations claiming a billion in all
    // The remote provider refuses the organization and workspace calls (its 401/403): those handlers
    // answer as Meshery's do (see ApiEndpoints). Other paths answer normally.
    ProviderRefusal,
    // 307 to Fault::location (another origin, or https to http): a token must never follow it.
    RedirectElsewhere,
    // For the fault matrix (docs/fault-matrix.md):
    MeshKitError503, // 503, application/json MeshKit error body (a newer server, provider down)
    UnannouncedHugeBody, // 200 application/json, 20 MiB without Content-Length: only a read cap stops it
    EndlessChunkedBody, // 200 application/json, Transfer-Encoding: chunked, chunks that never end
    RedirectLoop, // 302 to the very path and query asked for, forever
    DropMidBody, // the normal answer, Content-Length twice its body, closed after the body
};

// delayMs applies to every kind: the (faulty or normal) answer leaves after that many milliseconds.
struct Fault {
    FaultKind kind = FaultKind::None;
    int delayMs = 0;
    QByteArray location = {}; // RedirectElsewhere's target; empty: http://example.invalid/
};

// "none", "delay", "meshkit500", "text500", "503", "401", "403", "html", "malformed", "oversized", "drop",
// "anonymous", "badcookie", "foreigncookie", "badecho", "endless", "hugepages", "refused", "redirect",
// "meshkit503", "huge", "endlesschunked", "redirectloop", "dropmidbody"
QString faultKindName(FaultKind kind);
std::optional<FaultKind> faultKindFromName(const QString &name);

// One fault as the executable's --fault takes it: "PATH=KIND[:MS]", e.g. "/api/user=delay:500".
struct FaultSpec {
    QString path;
    Fault fault;
};
std::optional<FaultSpec> parseFaultSpec(const QString &text, QString *errorMessage = nullptr);

} // namespace MesheryTest
