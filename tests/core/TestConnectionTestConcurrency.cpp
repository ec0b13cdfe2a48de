// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The connection test's independent checks run at the same time: with every answer of the test
// server held back for seconds, all their requests arrive before the first answer leaves; the
// organizations check, which needs the provider's capabilities first, waits for them. Decided by
// what the server received, not by a clock.
#include "ConnectionTest.h"
#include "MesheryTestServer.h"

#include <QtTest>

using namespace MesheryAuth;
using MesheryTest::MesheryTestServer;

namespace {

constexpr int HeldBackMs = 4000;

} // namespace

class TestConnectionTestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void independentChecksAreAskedTogether()
    {
        MesheryTestServer server;
        QVERIFY(server.start());
        ServerProfile profile;
        profile.id = QStringLiteral("test");
        profile.serverUrl = server.baseUrl();
        profile.provider = QStringLiteral("Meshery");
        ApiClient client;
        client.setServerUrl(profile.serverUrl);
        client.setProvider(profile.provider);
        client.setToken(server.issueToken(QStringLiteral("ada")));
        server.setFault(QStringLiteral("*"), {MesheryTest::FaultKind::Delay, HeldBackMs});

        ConnectionTest test;
        QSignalSpy finished(&test, &ConnectionTest::finished);
        QElapsedTimer clock;
        clock.start();
        test.start(profile, &client);
        // The version, readiness, providers, user, capabilities and GraphQL requests: six.
        const auto paths = [&server] {
            QSet<QString> seen;
            for (const MesheryTest::RecordedRequest &request : server.requests())
                seen << request.path;
            return seen;
        };
        QTRY_VERIFY_WITH_TIMEOUT(paths().size() >= 6, HeldBackMs / 2);
        QVERIFY2(clock.elapsed() < HeldBackMs, "the requests came one after another's answer");
        const QSet<QString> asked = paths();
        for (const char *path : {"/healthz/ready", "/api/system/version", "/api/providers", "/api/user",
                                 "/api/provider/capabilities", "/api/system/graphql/query"}) {
            QVERIFY2(asked.contains(QLatin1String(path)),
                     qPrintable(QLatin1String(path) + QStringLiteral(" not asked at once; asked: ")
                                + QStringList(asked.cbegin(), asked.cend()).join(QStringLiteral(", "))));
        }
        QVERIFY2(!asked.contains(QStringLiteral("/api/identity/orgs")), "organizations asked before capabilities");

        // The dependent check follows the capabilities' answer, and the run ends in two rounds.
        QVERIFY(finished.wait(3 * HeldBackMs));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(test.report()));
        QVERIFY(server.requestCount(QStringLiteral("/api/identity/orgs")) == 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTestConcurrency)
#include "TestConnectionTestConcurrency.moc"
