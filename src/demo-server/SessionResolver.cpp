// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SessionResolver.h"
#include "ServerState.h"

namespace MesheryTest {

QString SessionResolver::requestedProvider(const HttpRequest &request)
{
    const QMap<QString, QString> cookies = request.cookies();
    const QString fromCookie = cookies.value(QStringLiteral("meshery-provider"));
    if (!fromCookie.isEmpty())
        return fromCookie;
    const QByteArray fromHeader = request.header("meshery-provider");
    if (!fromHeader.isEmpty())
        return QString::fromUtf8(fromHeader);
    return request.queryValue(QStringLiteral("provider"));
}

Session SessionResolver::resolve(const HttpRequest &request) const
{
    Session session;
    const ProviderCatalog providers = m_state.providers();
    session.kind = providers.kindOf(requestedProvider(request));
    if (session.kind == ProviderCatalog::Kind::Unknown)
        return session;
    session.providerKey = providers.canonicalKey(session.kind);
    session.token = request.cookie(QStringLiteral("token")).toLatin1();
    if (session.isLocal()) {
        session.status = Session::Status::SignedIn;
        return session;
    }
    const QByteArray renewed = m_state.renewToken(session.token);
    if (!renewed.isEmpty()) {
        session.renewedToken = renewed;
        session.token = renewed;
    }
    const std::optional<QString> user = m_state.tokens().userOf(session.token);
    session.status = user ? Session::Status::SignedIn : Session::Status::NotSignedIn;
    session.userName = user.value_or(QString());
    return session;
}

HttpResponse SessionResolver::redirectFor(const Session &session)
{
    return HttpResponse::redirect(session.status == Session::Status::NoProvider ? "/provider" : "/user/login");
}

} // namespace MesheryTest
