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
        QCOMPARE(TokenFormats::cookieHeader("abc", QStringLiteral("Meshery")), QByteArray("Cookie: token=abc; meshery-provider=Meshery"));
    }

    void mesheryctlAuthJsonIsWhatMesheryctlWrites()
    {
        const QByteArray json = TokenFormats::mesheryctlAuthJson("tok", QStringLiteral("Meshery"));
        QCOMPARE(json, QByteArray("{\"meshery-provider\":\"Meshery\",\"token\":\"tok\"}\n"));
    }

    void curlWithTheToken()
    {
        const QByteArray line = TokenFormats::curlCommand(QUrl(QStringLiteral("http://localhost:9081")), QStringLiteral("Meshery"), "t0k'en");
        QCOMPARE(line, QByteArray("curl -sS -H 'Cookie: token=t0k'\\''en; meshery-provider=Meshery' "
                                  "-H 'Authorization: Bearer t0k'\\''en' -H 'Accept: application/json' 'http://localhost:9081/api/user'"));
    }

    void curlWithTheVariable()
    {
        const QByteArray line = TokenFormats::curlCommand(QUrl(QStringLiteral("http://h:1/base")), QStringLiteral("Meshery"),
                                                          TokenFormats::TokenVariable, QStringLiteral("/api/workspaces?orgId=a%20b"));
        QVERIFY(line.contains("\"Authorization: Bearer $MESHERY_TOKEN\""));
        QVERIFY(line.contains("'http://h:1/base/api/workspaces?orgId=a%20b'"));
        const QByteArray post = TokenFormats::curlCommand(QUrl(QStringLiteral("http://h:1")), QStringLiteral("None"), {},
                                                          QStringLiteral("/api/system/graphql/query"), R"({"query":"{ x }"})");
        QVERIFY(post.contains("-X POST"));
        QVERIFY(post.contains(R"(--data '{"query":"{ x }"}')"));
        QVERIFY(!post.contains("Authorization"));
        QVERIFY(post.contains("meshery-provider=None"));
    }

    void curlLineRunsInAShell()
    {
        // The quoting is checked by a real shell: it must hand curl exactly these arguments.
        const QByteArray token = "a'b\"c$d`e\\f";
        const QByteArray line = TokenFormats::curlCommand(QUrl(QStringLiteral("http://localhost:9081")), QStringLiteral("Meshery"), token);
        QProcess shell;
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("curl() { printf '%s\\n' \"$@\"; }; ") + QString::fromUtf8(line)});
        QVERIFY(shell.waitForFinished(10000));
        const QList<QByteArray> arguments = shell.readAllStandardOutput().split('\n');
        QVERIFY(arguments.contains("Cookie: token=" + token + "; meshery-provider=Meshery"));
        QVERIFY(arguments.contains("Authorization: Bearer " + token));
    }

    void matcherCatchesOnlyTheServersCallback()
    {
        const LoginCallbackMatcher matcher(QUrl(QStringLiteral("http://127.0.0.1:9081")));
        QCOMPARE(matcher.tokenFromNavigation(QUrl(QStringLiteral("http://127.0.0.1:9081/api/user/token?token=ab%2Bc&session_cookie=x"))),
                 QByteArray("ab+c"));
        QVERIFY(matcher.tokenFromNavigation(QUrl(QStringLiteral("http://evil.example/api/user/token?token=x"))).isEmpty());
        QVERIFY(matcher.tokenFromNavigation(QUrl(QStringLiteral("http://127.0.0.1:9082/api/user/token?token=x"))).isEmpty());
        QVERIFY(matcher.tokenFromNavigation(QUrl(QStringLiteral("https://127.0.0.1:9081/api/user/token?token=x"))).isEmpty());
        QVERIFY(matcher.tokenFromNavigation(QUrl(QStringLiteral("http://127.0.0.1:9081/api/user?token=x"))).isEmpty());

        QNetworkCookie cookie("token", "cookie-token");
        cookie.setDomain(QStringLiteral("127.0.0.1"));
        QCOMPARE(matcher.tokenFromCookie(cookie), QByteArray("cookie-token"));
        cookie.setDomain(QStringLiteral(".provider.example"));
        QVERIFY(matcher.tokenFromCookie(cookie).isEmpty());
        QNetworkCookie other("session_cookie", "x");
        other.setDomain(QStringLiteral("127.0.0.1"));
        QVERIFY(matcher.tokenFromCookie(other).isEmpty());

        QCOMPARE(matcher.startUrl(QStringLiteral("Meshery")).toString(), QStringLiteral("http://127.0.0.1:9081/api/provider?provider=Meshery"));
        const LoginCallbackMatcher https(QUrl(QStringLiteral("https://meshery.example/base")));
        QVERIFY(https.isServerOrigin(QUrl(QStringLiteral("https://MESHERY.example:443/x"))));
        QCOMPARE(https.tokenFromNavigation(QUrl(QStringLiteral("https://meshery.example/base/api/user/token?token=t"))), QByteArray("t"));
    }
};

QTEST_GUILESS_MAIN(TestTokenFormats)
#include "TestTokenFormats.moc"
