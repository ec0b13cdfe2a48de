// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "LoginCallbackMatcher.h"
#include "TokenFormats.h"

#include <QtTest>

using namespace MesheryAuth;

// The paste-ready forms of a token, and the embedded login's recognition of the token.
class TestTokenFormats : public QObject
{
    Q_OBJECT

private slots:
    void headers()
    {
        QCOMPARE(TokenFormats::bearerHeader("abc+/="), QByteArray("Authorization: Bearer abc+/="));
        QCOMPARE(TokenFormats::cookieHeader("abc", QStringLiteral("Meshery")),
                 QByteArray("Cookie: token=abc; meshery-provider=Meshery"));
    }

    void mesheryctlAuthJsonIsWhatMesheryctlWrites()
    {
        const QByteArray json = TokenFormats::mesheryctlAuthJson("tok", QStringLiteral("Meshery"));
        QCOMPARE(json, QByteArray("{\"meshery-provider\":\"Meshery\",\"token\":\"tok\"}\n"));
    }

    void headerLinesAreWhatCurlReadsFromStdin()
    {
        QCOMPARE(TokenFormats::headerLines("abc", QStringLiteral("Meshery")),
                 QByteArray("Cookie: token=abc; meshery-provider=Meshery\nAuthorization: Bearer abc\n"));
    }

    void curlLinesHoldNoSecret()
    {
        ServerProfile profile;
        profile.id = QStringLiteral("id-1");
        profile.name = QStringLiteral("Ada server");
        profile.serverUrl = QUrl(QStringLiteral("http://h:1/base"));
        profile.provider = QStringLiteral("Meshery");
        const QByteArray line = TokenFormats::curlCommand(profile, QStringLiteral("/api/workspaces?orgId=a%20b"));
        QCOMPARE(
            line,
            QByteArray("meshery-auth-cli --profile 'Ada server' token --format headers | "
                       "curl -sS -H @- -H 'Accept: application/json' 'http://h:1/base/api/workspaces?orgId=a%20b'"));

        profile.id.clear(); // not saved yet: found by address
        QVERIFY(TokenFormats::curlCommand(profile).startsWith("meshery-auth-cli --server 'http://h:1/base' token"));
        // A name from someone's mesheryctl config that fish would read differently: by address.
        profile.id = QStringLiteral("id-1");
        profile.name = QStringLiteral("\\';touch /tmp/pwn;#");
        QVERIFY(TokenFormats::curlCommand(profile).startsWith("meshery-auth-cli --server 'http://h:1/base' token"));
        QCOMPARE(TokenFormats::cookieHeader("t", QStringLiteral("Meshery; x=1\r\nX-Injected: 1")),
                 QByteArray("Cookie: token=t; meshery-provider=Meshery%3B%20x%3D1%0D%0AX-Injected%3A%201"));

        profile.provider = QStringLiteral("None");
        const QByteArray post =
            TokenFormats::curlCommand(profile, QStringLiteral("/api/system/graphql/query"), R"({"query":"{ x }"})");
        QVERIFY(!post.contains("meshery-auth-cli"));
        QVERIFY(post.contains("-X POST"));
        QVERIFY(post.contains(R"(--data '{"query":"{ x }"}')"));
        QVERIFY(post.contains("'Cookie: meshery-provider=None'"));
    }

    void curlLinesCarryTheProfilesTrust()
    {
        ServerProfile profile;
        profile.serverUrl = QUrl(QStringLiteral("https://h"));
        profile.provider = QStringLiteral("None");
        profile.trust.caFile = QStringLiteral("/etc/company ca.pem");
        profile.trust.clientCertificateFile = QStringLiteral("/home/a/me.pem");
        profile.trust.clientKeyFile = QStringLiteral("/home/a/me.key");
        QByteArray line = TokenFormats::curlCommand(profile);
        QVERIFY2(line.contains(" --cacert '/etc/company ca.pem' --cert '/home/a/me.pem' --key '/home/a/me.key' "),
                 line);
        QVERIFY(!line.contains(" -k ") && !line.contains("--insecure"));

        profile.trust.clientCertificateFile = QStringLiteral("/home/a/me.P12");
        profile.trust.clientKeyFile.clear();
        line = TokenFormats::curlCommand(profile);
        QVERIFY2(line.contains(" --cert-type P12 --cert '/home/a/me.P12' "), line);

        profile.serverUrl = QUrl(QStringLiteral("http://localhost:9081")); // no TLS: nothing to add
        QVERIFY(!TokenFormats::curlCommand(profile).contains("--cert"));
    }

    void curlLineRunsInAShell()
    {
        // The quoting is checked by a real shell: it must hand each program exactly these arguments.
        ServerProfile profile;
        profile.id = QStringLiteral("id-1");
        profile.name = QStringLiteral("a'b\"c$d`e\\f");
        profile.serverUrl = QUrl(QStringLiteral("http://localhost:9081"));
        profile.provider = QStringLiteral("Meshery");
        const QByteArray line = TokenFormats::curlCommand(profile);
        QProcess shell;
        shell.start(
            QStringLiteral("bash"),
            {QStringLiteral("-c"), // sh takes no "-" in a function name
             QStringLiteral("meshery-auth-cli() { printf '%s\\n' \"$@\"; }; curl() { cat; printf '%s\\n' \"$@\"; }; ")
                 + QString::fromUtf8(line)});
        QVERIFY(shell.waitForFinished(10000));
        const QList<QByteArray> lines = shell.readAllStandardOutput().split('\n');
        QCOMPARE(lines.value(0), "--server"); // a name that is not plain is left out: by address
        QCOMPARE(lines.value(1), "http://localhost:9081");
        QVERIFY(lines.contains("-H"));
        QVERIFY(lines.contains("@-"));
        QVERIFY(lines.contains("http://localhost:9081/api/user"));
    }

    void matcherCatchesOnlyTheServersCallback()
    {
        const LoginCallbackMatcher matcher(QUrl(QStringLiteral("http://127.0.0.1:9081")));
        const auto caught = matcher.callbackFrom(
            QUrl(QStringLiteral("http://127.0.0.1:9081/api/user/token?token=ab%2Bc&session_cookie=s%2Bc")));
        QVERIFY(caught);
        QCOMPARE(caught->token, QByteArray("ab+c"));
        QCOMPARE(caught->sessionCookie, QByteArray("s+c"));
        QVERIFY(!matcher.callbackFrom(QUrl(QStringLiteral("http://evil.example/api/user/token?token=x"))));
        QVERIFY(!matcher.callbackFrom(QUrl(QStringLiteral("http://127.0.0.1:9082/api/user/token?token=x"))));
        QVERIFY(!matcher.callbackFrom(QUrl(QStringLiteral("http://127.0.0.1:9081/api/user?token=x"))));
        QVERIFY(!matcher.callbackFrom(QUrl(QStringLiteral("ftp://127.0.0.1:9081/api/user/token?token=x"))));
        QVERIFY(
            !matcher.callbackFrom(QUrl(QStringLiteral("http://127.0.0.1:9081/api/user/token")))); // no token: not yet
        QCOMPARE(matcher.startUrl(QStringLiteral("Meshery")).toString(),
                 QStringLiteral("http://127.0.0.1:9081/api/provider?provider=Meshery"));
    }

    void anHttpsServersCallbackNamesHttp()
    {
        // Meshery builds "http://" + Host + "/api/user/token" even behind TLS: same host and port.
        const LoginCallbackMatcher https(QUrl(QStringLiteral("https://meshery.example/base")));
        QVERIFY(https.isServerOrigin(QUrl(QStringLiteral("https://MESHERY.example:443/x"))));
        QCOMPARE(https.callbackFrom(QUrl(QStringLiteral("https://meshery.example/base/api/user/token?token=t")))->token,
                 QByteArray("t"));
        QCOMPARE(https.callbackFrom(QUrl(QStringLiteral("http://meshery.example/api/user/token?token=t")))->token,
                 QByteArray("t"));
        QVERIFY(!https.callbackFrom(
            QUrl(QStringLiteral("http://meshery.example:80/api/user/token?token=t")))); // another port
        QVERIFY(!https.callbackFrom(QUrl(QStringLiteral("http://other.example/api/user/token?token=t"))));
        const LoginCallbackMatcher ownPort(QUrl(QStringLiteral("https://meshery.example:8443")));
        QCOMPARE(
            ownPort.callbackFrom(QUrl(QStringLiteral("http://meshery.example:8443/api/user/token?token=t")))->token,
            QByteArray("t"));
        QVERIFY(!ownPort.callbackFrom(QUrl(QStringLiteral("http://meshery.example/api/user/token?token=t"))));
    }
};

QTEST_GUILESS_MAIN(TestTokenFormats)
#include "TestTokenFormats.moc"
