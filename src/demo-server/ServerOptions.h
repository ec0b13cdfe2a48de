// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// How a MesheryTestServer behaves: which server generation it imitates and how its provider works.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace MesheryTest {

// Newer servers answer camelCase JSON, older ones snake_case.
enum class FieldSpelling { CamelCase, SnakeCase };

struct ServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: pick a free port
    bool tls = false; // https with a self-signed certificate made at start, unless certificateFile is set
    // With tls: the server's certificate (PEM; certificates after the first are sent as its chain)
    // and its unencrypted PEM private key (EC or RSA), instead of the self-signed one.
    QString certificateFile;
    QString privateKeyFile;
    // With tls: mutual TLS. Every client must present a certificate that this PEM file's CA
    // certificates issued and that is valid now; a handshake without one fails, like a
    // TLS-terminating proxy that requires client certificates.
    QString clientCaFile;
    FieldSpelling spelling = FieldSpelling::CamelCase;
    QString localProviderName = QStringLiteral("None"); // "None" (older servers) or "Local" (newer)
    QString remoteProviderKey = QStringLiteral("Meshery");
    // Further remote providers /api/providers lists (e.g. "Layer5"), as on a server with a choice
    // of them; each signs in through the same fake login as the first, as that one.
    QStringList otherRemoteProviders;
    qint64 tokenLifetimeSecs = 3600;
    bool refreshTokens = false; // every authenticated API call also sends Set-Cookie: token=<fresh token>
    QString password =
        QStringLiteral("meshery"); // the fake provider login accepts any non-empty user name with this password
    QString providerUrl; // what /api/providers names as the remote provider's address; empty: its own /provider-site
    QString callbackUrl; // MESHERY_SERVER_CALLBACK_URL; empty: http://<Host>/api/user/token
    // The features the remote provider lists as its capabilities (the Feature constants of Meshery's
    // server/models/providers.go). Like a real server, the test server refuses /api/identity/orgs
    // without "organizations" and /api/workspaces without "workspaces".
    QStringList remoteCapabilities = defaultRemoteCapabilities();

    static QStringList defaultRemoteCapabilities()
    {
        return {QStringLiteral("sync-prefs"), QStringLiteral("persist-results"), QStringLiteral("users-profile"),
                QStringLiteral("users-keys"), QStringLiteral("organizations"),   QStringLiteral("workspaces")};
    }
    // Cannot look for a newer release (offline, air-gapped): /api/system/version answers 500 in
    // plain text, as some Meshery releases do then; /healthz/* still answer 200 "ok".
    bool offline = false;
    // The /_test/ endpoints (faults, tokens, revocation over HTTP) for tests in another process.
    // Off unless asked for (--test-controls): the demo server the package ships has none.
    bool testControls = false;
    // The provider's login form fills itself in as this user and sends itself, by a script on the
    // page: it stands in for the person at the embedded browser, which runs in a helper process a
    // test cannot reach into. Tests set it in their process; the demo server has no switch for it.
    QString signInAutomaticallyAs;
};

} // namespace MesheryTest
