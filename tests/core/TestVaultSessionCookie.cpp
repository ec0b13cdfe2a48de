// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Loading reads a profile's session cookie alongside its token, and only when the index says one
// was stored: a browser login's cookie comes back with its token; a pasted token's load asks the
// keychain for nothing more; a failed token read still fails whole. Against the real keychain.
#include "SecretTool.h"
#include "VaultFixture.h"

#include <QtTest>

using namespace MesheryAuth;

class TestVaultSessionCookie : public QObject
{
    Q_OBJECT

private:
    static TokenSlot slot(const QString &profileId)
    {
        return {profileId, QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("Meshery")};
    }
    static const inline QByteArray Token = "dG9rZW4tb2YtdGhlLXNlc3Npb24tY29va2llLXRlc3Q";
    static const inline QByteArray Cookie = "c2Vzc2lvbi1jb29raWUtb2YtdGhlLXRlc3Q";

private slots:
    void aBrowserLoginsCookieComesBackWithItsToken()
    {
        TestSupport::VaultFixture vault;
        const TokenSlot browser = slot(QStringLiteral("cookie-browser"));
        QVERIFY(vault.store(browser, Token, Cookie).isOk());
        vault.reopen(); // as the next CLI run: what the index on disk says
        const VaultResult loaded = vault.load(browser);
        QVERIFY(loaded.found);
        QCOMPARE(loaded.token, Token);
        QCOMPARE(loaded.sessionCookie, Cookie);
        QVERIFY(vault.removeProfile(browser.profileId).isOk());
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), browser.sessionCookieKey()).found);
    }

    void aCookieTheIndexDoesNotNameIsNotRead()
    {
        TestSupport::VaultFixture vault;
        const TokenSlot pasted = slot(QStringLiteral("cookie-pasted"));
        QVERIFY(vault.store(pasted, Token).isOk());
        // An entry under the cookie's name that this app never recorded (another program's, or
        // left by a crash): the load does not take it for the session.
        QProcess store;
        store.start(QStringLiteral("secret-tool"),
                    {QStringLiteral("store"), QStringLiteral("--label=planted"), QStringLiteral("server"),
                     TokenVault::defaultService(), QStringLiteral("user"), pasted.sessionCookieKey()});
        QVERIFY(store.waitForStarted());
        store.write(Cookie);
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(15000) && store.exitCode() == 0);
        const VaultResult loaded = vault.load(pasted);
        QVERIFY(loaded.found);
        QCOMPARE(loaded.token, Token);
        QVERIFY(loaded.sessionCookie.isEmpty());
        QVERIFY(SecretTool::clear(TokenVault::defaultService(), pasted.sessionCookieKey()));
        QVERIFY(vault.removeProfile(pasted.profileId).isOk());
    }

    void aMissingTokenIsNotFoundThoughItsCookieIs()
    {
        TestSupport::VaultFixture vault;
        const TokenSlot browser = slot(QStringLiteral("cookie-orphan"));
        QVERIFY(vault.store(browser, Token, Cookie).isOk());
        QVERIFY(SecretTool::clear(TokenVault::defaultService(), browser.keychainKey()));
        const VaultResult loaded = vault.load(browser);
        QVERIFY(loaded.isOk());
        QVERIFY(!loaded.found);
        QVERIFY(loaded.sessionCookie.isEmpty()); // no token: no session to go with it
        QVERIFY(vault.removeProfile(browser.profileId).isOk());
    }
};

QTEST_GUILESS_MAIN(TestVaultSessionCookie)
#include "TestVaultSessionCookie.moc"
