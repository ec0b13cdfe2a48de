// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The session against the test server and the real keychain, where answers race: a sign-in or a
// sign-out made while the stored token is still being read is the one that counts.
#include "MesheryTestServer.h"
#include "ProfileStore.h"
#include "Session.h"
#include "TokenVault.h"
#include "VaultFixture.h"

#include <QtTest>

using namespace MesheryAuth;
using MesheryTest::MesheryTestServer;

class TestSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::VaultFixture> m_fixture;
    std::unique_ptr<MesheryTestServer> m_server;
    ServerProfile m_profile;
    QByteArray m_storedToken;

    // The stored token's load, started by Session::open, has answered: a load of the same entry
    // started after it has, as the keychain answers one connection's calls in order.
    bool storedTokenLoadAnswered() { return m_fixture->load(m_profile.tokenSlot()).isOk(); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<TestSupport::VaultFixture>();
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
        m_profile = ProfileStore::draft(m_server->baseUrl());
        m_profile.provider = m_server->options().remoteProviderKey;
        QVERIFY(m_fixture->profiles()->save(m_profile).isOk());
        m_storedToken = m_server->issueToken(QStringLiteral("earlier"));
        QVERIFY(m_fixture->store(m_profile.tokenSlot(), m_storedToken).isOk());
    }

    void cleanup()
    {
        m_fixture->removeProfile(m_profile.id);
        m_server.reset();
        m_fixture.reset();
    }

    void aSignInWhileTheStoredTokenLoadsWins()
    {
        Session session(m_fixture->profiles(), m_fixture->vault());
        session.open(m_profile);
        QCOMPARE(session.state(), Session::State::Loading);

        SignInResult signedIn;
        signedIn.provider = m_profile.provider;
        signedIn.token = m_server->issueToken(QStringLiteral("ada"));
        signedIn.user.userName = QStringLiteral("ada");
        session.signedIn(signedIn);
        QVERIFY(storedTokenLoadAnswered());

        QCOMPARE(session.state(), Session::State::SignedIn);
        QVERIFY2(session.token() == signedIn.token, "the session lost the token just signed in with");
        QVERIFY2(session.client()->token() == signedIn.token, "calls do not carry the token just signed in with");
        QCOMPARE(session.user().userName, QStringLiteral("ada"));
        // Nobody asked who the earlier token belongs to.
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void aSignOutWhileTheStoredTokenLoadsStaysSignedOut()
    {
        Session session(m_fixture->profiles(), m_fixture->vault());
        session.open(m_profile);
        QCOMPARE(session.state(), Session::State::Loading);

        session.signedOut();
        QVERIFY(storedTokenLoadAnswered());

        QCOMPARE(session.state(), Session::State::SignedOut);
        QVERIFY(session.token().isEmpty());
        QVERIFY(session.client()->token().isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    // Without a race, the stored token is loaded and its user asked for (the control case).
    void theStoredTokenIsLoadedWhenNothingIntervenes()
    {
        Session session(m_fixture->profiles(), m_fixture->vault());
        session.open(m_profile);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::SignedIn, 20000);
        QVERIFY2(session.token() == m_storedToken, "the session holds another token than the stored one");
        QCOMPARE(session.user().firstName, QStringLiteral("earlier"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
