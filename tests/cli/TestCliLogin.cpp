// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli, `login`: a token on stdin, the Local provider, the browser flows (--print-url, --web), and
// every way a token or a provider page is refused.
#include "BrowserPlayer.h"
#include "CliTestCase.h"

class TestCliLogin : public CliTestCase
{
    Q_OBJECT

private slots:
    void loginWithTokenFromStdin()
    {
        const QByteArray token = logInWithCli();
        QVERIFY(!token.isEmpty());

        // The window's core sees the login: the profile is saved and current, the token is in
        // the keychain under the entry the vault names.
        const ServerProfile profile = currentProfile();
        QCOMPARE(profile.serverUrl, m_server->baseUrl());
        QCOMPARE(profile.provider, QStringLiteral("Meshery"));
        const VaultResult stored = Core().load(profile);
        QVERIFY(stored.isOk());
        QVERIFY(stored.found);
        QVERIFY(stored.token == token);
        const SecretTool::Lookup inKeyring =
            SecretTool::lookup(TokenVault::defaultService(), profile.tokenSlot().keychainKey());
        QVERIFY(inKeyring.found);
        QVERIFY(inKeyring.value == token);
        QVERIFY(Core().settings->allKeys().join(QLatin1Char(' ')).contains(QLatin1String("keychainIndex")));
        // The settings file names the entry, never its value.
        QFile settings(Core::settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(token.left(32)));
    }

    void loginWithRefusedTokenExits3()
    {
        const CliRun result =
            run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                 QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                QByteArrayLiteral("forged-token-value\n"));
        QVERIFY2(result.exitCode == 3, result.describe());
        QVERIFY(result.errText().contains(ApiError(ApiError::Kind::Unauthenticated).message()));
        QVERIFY(noSecretIn(result, "forged-token-value"));
        // The transient profile is saved only by a successful login.
        QVERIFY(Core().profiles.profiles().isEmpty());
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), keyOf(m_server->baseUrl(), QStringLiteral("Meshery")))
                     .found);
    }

    void loginWithHeaderCharactersExits3_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::newRow("semicolon") << QByteArray("; meshery-provider=None");
        QTest::newRow("CR LF inside") << QByteArray("\r\nX-Injected: yes");
        QTest::newRow("space") << QByteArray(" x");
        QTest::newRow("quote") << QByteArray("\"");
    }

    void loginWithHeaderCharactersExits3()
    {
        QFETCH(QByteArray, tail);
        const QByteArray token = m_server->issueToken(QStringLiteral("ada")) + tail + "x";
        m_server->clearRequests();
        const CliRun result =
            run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                 QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                token + '\n');
        QVERIFY2(result.exitCode == 3, result.describe());
        QVERIFY2(result.errText().contains(ApiError(ApiError::Kind::InvalidToken).message()), result.describe());
        QVERIFY(noSecretIn(result, token.left(24)));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/token")), 0);
        QVERIFY(Core().profiles.profiles().isEmpty());
    }

    void endlessStdinIsNotReadForever()
    {
        // 8 MiB of "token": read up to what a token can be, then refused; the process ends.
        const QByteArray flood(8 * 1024 * 1024, 'A');
        const CliRun result =
            run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                 QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                flood);
        QVERIFY2(result.exitCode == 3, result.describe());
        QVERIFY(result.errText().contains(QLatin1String("standard input")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void loginWithEmptyStdinExits2()
    {
        const CliRun result =
            run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                 QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                QByteArrayLiteral("  \n"));
        QVERIFY2(result.exitCode == 2, result.describe());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void loginWithUnknownProviderFails()
    {
        const CliRun result =
            run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                 QStringLiteral("Nope"), QStringLiteral("--token-stdin")},
                QByteArrayLiteral("x\n"));
        QVERIFY2(result.exitCode == 1, result.describe());
        QVERIFY(result.errText().contains(QLatin1String("Meshery, None")));
    }

    void loginLocal_data()
    {
        QTest::addColumn<QString>("localName");
        QTest::addColumn<QString>("asked");
        QTest::newRow("None (older servers)") << QStringLiteral("None") << QStringLiteral("None");
        QTest::newRow("Local (newer servers)") << QStringLiteral("Local") << QStringLiteral("Local");
        // The server takes either name, in any case, for its local provider: so does login.
        QTest::newRow("Local asked of a None server") << QStringLiteral("None") << QStringLiteral("Local");
        QTest::newRow("none asked of a Local server") << QStringLiteral("Local") << QStringLiteral("none");
    }

    void loginLocal()
    {
        QFETCH(QString, localName);
        QFETCH(QString, asked);
        MesheryTest::ServerOptions options;
        options.localProviderName = localName;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();

        const CliRun login =
            run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"), asked});
        QVERIFY2(login.exitCode == 0, login.describe());
        QCOMPARE(currentProfile().provider, localName);
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), keyOf(m_server->baseUrl(), localName)).found);

        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.describe());
        const QJsonObject report = parseObject(status.out);
        QVERIFY(report.value(QLatin1String("signedIn")).toBool());
        QCOMPARE(report.value(QLatin1String("provider")).toString(), localName);
        QCOMPARE(report.value(QLatin1String("token")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("none"));
        QVERIFY(!report.value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString().isEmpty());

        // The Local provider has no token to print.
        const CliRun token = run({QStringLiteral("token")});
        QVERIFY2(token.exitCode == 3, token.describe());
        QVERIFY(token.out.isEmpty());
    }

    void loginPrintUrlWithPlayedBrowser()
    {
        CliProcess cli(environment(),
                       {QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                        QStringLiteral("Meshery"), QStringLiteral("--print-url")});
        const QByteArray line = cli.firstLine();
        const QByteArray expectedStart = m_server->providerBaseUrl().toEncoded() + "/login?source=";
        QVERIFY2(line.startsWith(expectedStart), line.constData());

        BrowserPlayer browser;
        QCOMPARE(browser.signIn(QUrl::fromEncoded(line), QStringLiteral("grace"), QStringLiteral("meshery")), 200);
        QCOMPARE(browser.callback().host(), QStringLiteral("localhost"));
        const CliRun result = cli.wait();
        QVERIFY2(result.exitCode == 0, result.describe());
        QCOMPARE(result.out, line + '\n'); // the URL is all there is on stdout
        QVERIFY(result.errText().contains(QLatin1String("grace")));

        const ServerProfile profile = currentProfile();
        QCOMPARE(profile.serverUrl, m_server->baseUrl());
        const VaultResult stored = Core().load(profile);
        QVERIFY(stored.found);
        QVERIFY(m_server->isTokenValid(stored.token));
        QVERIFY(noSecretIn(result, stored.token));

        const CliRun token = run({QStringLiteral("token")});
        QCOMPARE(token.exitCode, 0);
        QVERIFY(token.out == stored.token + '\n');

        // The provider's session came with the token, so logout really revokes it, and says so.
        QVERIFY(!stored.sessionCookie.isEmpty());
        QVERIFY(noSecretIn(result, stored.sessionCookie));
        const CliRun logout = run({QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.describe());
        QVERIFY(logout.outText().contains(QLatin1String("at the provider")));
        QVERIFY(!m_server->isTokenValid(stored.token));
        QCOMPARE(m_server->lastRequest(QStringLiteral("/user/logout"))
                     .cookies.value(QStringLiteral("session_cookie"))
                     .toLatin1(),
                 stored.sessionCookie);
    }

    void loginWebOpensTheBrowser()
    {
        // A stand-in for xdg-open that only notes the address it was asked to open.
        QTemporaryDir bin(QCoreApplication::applicationDirPath() + QStringLiteral("/xdg-open-XXXXXX"));
        QVERIFY(bin.isValid());
        const QString opened = bin.filePath(QStringLiteral("opened.txt"));
        const QProcessEnvironment env = withFakeProgram(environment(), bin, QStringLiteral("xdg-open"),
                                                        "printf '%s\\n' \"$1\" > '" + opened.toUtf8() + "'\n");

        CliProcess cli(env,
                       {QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                        QStringLiteral("Meshery")});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(opened).size() > 0, 20000);
        QFile file(opened);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QUrl loginUrl = QUrl::fromEncoded(file.readAll().trimmed());
        QVERIFY(loginUrl.toString().startsWith(m_server->providerBaseUrl().toString()));

        BrowserPlayer browser;
        QCOMPARE(browser.signIn(loginUrl, QStringLiteral("ada"), QStringLiteral("meshery")), 200);
        const CliRun result = cli.wait();
        QVERIFY2(result.exitCode == 0, result.describe());
        QVERIFY(result.outText().startsWith(QLatin1String("Signed in to ")));
        QVERIFY(Core().load(currentProfile()).found);
    }

    void aProviderPageThatIsNoWebAddressIsNeverOpened()
    {
        // The server names the provider's page; a hostile one names a local file.
        MesheryTest::ServerOptions options;
        options.providerUrl = QStringLiteral("file:///etc/passwd");
        MesheryTestServer hostile(options);
        QVERIFY(hostile.start());
        QTemporaryDir bin(QCoreApplication::applicationDirPath() + QStringLiteral("/xdg-open-XXXXXX"));
        QVERIFY(bin.isValid());
        const QString opened = bin.filePath(QStringLiteral("opened.txt"));
        const QProcessEnvironment env = withFakeProgram(environment(), bin, QStringLiteral("xdg-open"),
                                                        "printf '%s\\n' \"$1\" >> '" + opened.toUtf8() + "'\n");

        const CliRun result =
            CliProcess(env,
                       {QStringLiteral("--server"), hostile.baseUrl().toString(), QStringLiteral("login"),
                        QStringLiteral("--provider"), QStringLiteral("Meshery"), QStringLiteral("--web")})
                .wait();
        QVERIFY2(result.exitCode == 1, result.describe());
        QVERIFY2(result.errText().contains(QLatin1String("not a web address")), result.describe());
        QVERIFY(!result.err.contains("/etc/passwd"));
        QVERIFY(!QFileInfo::exists(opened)); // xdg-open was never asked
    }

    void loginWebWithoutBrowserPrintsTheUrl()
    {
        QTemporaryDir emptyPath; // no xdg-open anywhere
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PATH"), emptyPath.path());
        CliProcess cli(env,
                       {QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                        QStringLiteral("Meshery"), QStringLiteral("--web")});
        QVERIFY2(cli.waitForError("Waiting for the login"), cli.errorSoFar().constData());
        QUrl loginUrl;
        for (const QByteArray &line : cli.errorSoFar().split('\n')) {
            if (line.startsWith("http"))
                loginUrl = QUrl::fromEncoded(line.trimmed());
        }
        QVERIFY2(loginUrl.isValid(), cli.errorSoFar().constData());

        BrowserPlayer browser;
        QCOMPARE(browser.signIn(loginUrl, QStringLiteral("ada"), QStringLiteral("meshery")), 200);
        const CliRun result = cli.wait();
        QVERIFY2(result.exitCode == 0, result.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "TestCliLogin.moc"
