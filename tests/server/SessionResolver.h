// Decides who a request is from, the way Meshery's auth middleware does: the provider comes from
// the meshery-provider cookie (else header, else ?provider=); a remote provider also needs a
// valid token cookie, the local provider needs none.
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "ProviderCatalog.h"

namespace MesheryTest {

class ServerState;

struct Session
{
    enum class Status { SignedIn, NoProvider, NotSignedIn };
    Status status = Status::NoProvider;
    ProviderCatalog::Kind kind = ProviderCatalog::Kind::Unknown;
    QString providerKey;    // canonical: the server's own spelling of the key
    QString userName;       // remote sessions only
    QByteArray token;       // the token cookie as sent

    bool isSignedIn() const { return status == Status::SignedIn; }
    bool isLocal() const { return kind == ProviderCatalog::Kind::Local; }
};

class SessionResolver
{
public:
    explicit SessionResolver(const ServerState &state) : m_state(state) {}

    Session resolve(const HttpRequest &request) const;
    static QString requestedProvider(const HttpRequest &request);
    // Where a request without a session is sent: 302 /provider or 302 /user/login.
    static HttpResponse redirectFor(const Session &session);

private:
    const ServerState &m_state;
};

} // namespace MesheryTest
