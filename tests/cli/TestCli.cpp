// meshery-auth-cli as a user runs it: a separate process against the Meshery test server and
// the real keychain, with a settings folder of its own per test. Checks what it prints (text
// and the JSON documents of docs/cli.md), its exit codes for each class of failure, and that
// the window's core sees what the CLI stored and the other way round.
#include "AppSettings.h"
#include "BillionLaughs.h"
#include "BrowserPlayer.h"
#include "CliRunner.h"
#include "MesheryTestServer.h"
#include "ProfileStore.h"
#include "SecretTool.h"
#include "TokenVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sys/stat.h>

using namespace MesheryAuth;
using MesheryTest::FaultKind;
using MesheryTest::MesheryTestServer;

namespace {

// The core objects of the window, on the same settings file and keychain as the CLI. Opened
// afresh each time, so they read what the CLI process has just written.
struct Core {
    std::unique_ptr<QSettings> settings = AppSettings::open();
    ProfileStore profiles{settings.get()};
    TokenVault vault{settings.get()};

    static VaultResult resultOf(VaultJob *job)
    {
        QSignalSpy finished(job, &VaultJob::finished);
        if (!finished.wait(30000))
            return VaultResult::failed(ApiError(ApiError::Kind::Timeout, QStringLiteral("test: the vault never answered")));
        return finished.constFirst().constFirst().value<VaultResult>();
    }
    VaultResult load(const ServerProfile &profile) { return resultOf(vault.load(profile.tokenSlot())); }
    VaultResult store(const ServerProfile &profile, const QByteArray &token)
    {
        return resultOf(vault.store(profile.tokenSlot(), token));
    }
};

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

// A value a token could have, that must never appear in output when given as an argument.
const QByteArray ArgumentSecret = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcmd1bWVudCJ9.c2VjcmV0LWFyZ3VtZW50";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<MesheryTestServer> m_server;
    QList<QUrl> m_serversUsed;

    QString url() const { return m_server->baseUrl().toString(); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home->path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
        return environment;
    }

    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return CliProcess(environment(), arguments, input).wait();
    }

    // Signs in with a fresh token through `login --token-stdin`; the token, or empty on failure.
    QByteArray logInWithCli(const QString &user = QStringLiteral("ada"))
    {
        const QByteArray token = m_server->issueToken(user);
        const CliRun result = run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                                   QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                                  token + '\n');
        if (result.exitCode != 0) {
            qWarning("login failed: %s", result.describe().constData());
            return {};
        }
        return token;
    }

    ServerProfile currentProfile()
    {
        return Core().profiles.current().value_or(ServerProfile());
    }

    static QString keyOf(const QUrl &server, const QString &provider)
    {
        return TokenSlot{{}, server, provider}.keychainKey();
    }

    // Runs the CLI under GNU time and returns its peak resident memory in KiB, as the kernel
    // counted it for that one process: exact, with no sampling to miss a short peak.
    qint64 peakMemoryKiB(const QStringList &arguments)
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("maxrss"));
        const CliRun result = CliProcess(environment(), arguments, {},
                                         {QStringLiteral("/usr/bin/time"), QStringLiteral("-f"), QStringLiteral("%M"),
                                          QStringLiteral("-o"), report})
                                  .wait();
        QFile file(report);
        if (!result.finished || !file.open(QIODevice::ReadOnly))
            return -1;
        return file.readAll().trimmed().split('\n').constLast().toLongLong();
    }

    // A stand-in program, first on PATH in the environment it returns: a script in a folder beside
    // the test's own executable, where programs may run (a temporary folder may be noexec).
    static QProcessEnvironment withFakeProgram(const QProcessEnvironment &base, const QTemporaryDir &bin, const QString &name,
                                               const QByteArray &script)
    {
        QFile program(bin.filePath(name));
        if (!program.open(QIODevice::WriteOnly) || program.write("#!/bin/sh\n" + script) < 0)
            qWarning("could not write the stand-in %s", qPrintable(name));
        program.close();
        program.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment environment = base;
        environment.insert(QStringLiteral("PATH"), bin.path() + QLatin1Char(':') + base.value(QStringLiteral("PATH")));
        return environment;
    }

    static bool noSecretIn(const CliRun &result, const QByteArray &secret)
    {
        return !result.out.contains(secret) && !result.err.contains(secret);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        // The in-process core reads the same settings file as the CLI process.
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral(".config")).toUtf8());
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();
    }

    void cleanup()
    {
        // The keyring is shared by every test: leave no entry a later server on the same port
        // could find.
        for (const QUrl &server : std::as_const(m_serversUsed)) {
            for (const QString &provider : {QStringLiteral("Meshery"), QStringLiteral("None"), QStringLiteral("Local")})
                SecretTool::clear(TokenVault::defaultService(), keyOf(server, provider));
        }
        m_serversUsed.clear();
        m_server.reset();
        m_home.reset();
    }

    // --- the command line itself ---------------------------------------------------------

    void versionAndHelp()
    {
        const CliRun version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.outText().trimmed(), QStringLiteral("meshery-auth-cli " MESHERY_AUTH_VERSION));

        const CliRun help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.outText().startsWith(QLatin1String("Usage: meshery-auth-cli [--server URL | --profile NAME]")));
        const QStringList commands{QStringLiteral("providers"), QStringLiteral("login"), QStringLiteral("status"),
                                   QStringLiteral("token"), QStringLiteral("orgs"), QStringLiteral("test"),
                                   QStringLiteral("logout"), QStringLiteral("profiles"), QStringLiteral("mesheryctl")};
        for (const QString &command : commands) {
            QVERIFY2(help.outText().contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')), qPrintable(command));
            const CliRun commandHelp = run({command, QStringLiteral("--help")});
            QCOMPARE(commandHelp.exitCode, 0);
            QVERIFY2(commandHelp.outText().startsWith(QStringLiteral("Usage: meshery-auth-cli ") + command),
                     commandHelp.describe());
        }
        QVERIFY(help.outText().contains(QLatin1String("5  keychain unavailable")));
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("inError");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("\"frobnicate\"");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("status"), QStringLiteral("--frob")} << QStringLiteral("frob");
        QTest::newRow("server and profile")
            << QStringList{QStringLiteral("--server"), QStringLiteral("http://localhost:9081"), QStringLiteral("--profile"),
                           QStringLiteral("x"), QStringLiteral("status")}
            << QStringLiteral("--server or --profile");
        QTest::newRow("timeout zero") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"), QStringLiteral("status")}
                                      << QStringLiteral("--timeout");
        QTest::newRow("timeout text") << QStringList{QStringLiteral("status"), QStringLiteral("--timeout"), QStringLiteral("soon")}
                                      << QStringLiteral("--timeout");
        QTest::newRow("bad server address")
            << QStringList{QStringLiteral("--server"), QStringLiteral("ftp://example.com"), QStringLiteral("providers")}
            << QStringLiteral("--server");
        QTest::newRow("two login modes")
            << QStringList{QStringLiteral("login"), QStringLiteral("--provider"), QStringLiteral("Meshery"), QStringLiteral("--web"),
                           QStringLiteral("--print-url")}
            << QStringLiteral("--print-url");
        QTest::newRow("unknown token format") << QStringList{QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("xml")}
                                              << QStringLiteral("Unknown token format; choose one of: raw,");
        QTest::newRow("unknown profiles subcommand") << QStringList{QStringLiteral("profiles"), QStringLiteral("rename")}
                                                     << QStringLiteral("profiles");
        QTest::newRow("profiles add without url") << QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("x")}
                                                  << QStringLiteral("profiles");
        QTest::newRow("mesheryctl without action") << QStringList{QStringLiteral("mesheryctl")} << QStringLiteral("mesheryctl");
    }

    void usageErrorsExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, inError);
        const CliRun result = run(arguments);
        QVERIFY2(result.exitCode == 2, result.describe());
        QVERIFY2(result.errText().contains(inError), result.describe());
        QVERIFY(result.out.isEmpty());
    }

    void usageErrorAsJson()
    {
        const CliRun result = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--frob")});
        QVERIFY2(result.exitCode == 2, result.describe());
        const QJsonObject error = parseObject(result.out).value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("id")).toString(), QStringLiteral("usage"));
        QCOMPARE(error.value(QLatin1String("exitCode")).toInt(), 2);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    }

    void tokensAreNeverArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString secret = QString::fromLatin1(ArgumentSecret);
        const QStringList login{QStringLiteral("login"), QStringLiteral("--provider"), QStringLiteral("Meshery")};
        QTest::newRow("--token VALUE") << login + QStringList{QStringLiteral("--token"), secret};
        QTest::newRow("--token=VALUE") << login + QStringList{QStringLiteral("--token=") + secret};
        QTest::newRow("login VALUE") << login + QStringList{secret};
        QTest::newRow("token VALUE") << QStringList{QStringLiteral("token"), secret};
        QTest::newRow("token --VALUE") << QStringList{QStringLiteral("token"), QStringLiteral("--") + secret};
        QTest::newRow("--VALUE before the command") << QStringList{QStringLiteral("--") + secret, QStringLiteral("token")};
        QTest::newRow("token -VALUE") << QStringList{QStringLiteral("token"), QStringLiteral("-") + secret};
        QTest::newRow("token --format VALUE") << QStringList{QStringLiteral("token"), QStringLiteral("--format"), secret};
        QTest::newRow("VALUE as the command") << QStringList{secret};
    }

    void tokensAreNeverArguments()
    {
        QFETCH(QStringList, arguments);
        const CliRun result = run(QStringList{QStringLiteral("--server"), url()} + arguments);
        QVERIFY2(result.exitCode == 2, result.describe());
        QVERIFY2(noSecretIn(result, ArgumentSecret), result.describe());
        QVERIFY(Core().profiles.profiles().isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    // --- providers, and the failure classes of a server ---------------------------------

    void providersTextAndJson()
    {
        const CliRun text = run({QStringLiteral("--server"), url(), QStringLiteral("providers")});
        QVERIFY2(text.exitCode == 0, text.describe());
        const QStringList lines = text.outText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).simplified(), QStringLiteral("KEY NAME TYPE URL"));
        QCOMPARE(lines.at(1).simplified(),
                 QStringLiteral("Meshery Meshery remote %1").arg(m_server->providerBaseUrl().toString()));
        QCOMPARE(lines.at(2).simplified(), QStringLiteral("None None local"));

        const CliRun json = run({QStringLiteral("--server"), url(), QStringLiteral("providers"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject document = parseObject(json.out);
        QCOMPARE(document.value(QLatin1String("server")).toString(), url());
        const QJsonArray providers = document.value(QLatin1String("providers")).toArray();
        QCOMPARE(providers.size(), 2);
        const QJsonObject remote = providers.at(0).toObject();
        QCOMPARE(remote.keys(), (QStringList{QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("url")}));
        QCOMPARE(remote.value(QLatin1String("type")).toString(), QStringLiteral("remote"));
        QCOMPARE(remote.value(QLatin1String("url")).toString(), m_server->providerBaseUrl().toString());
        QCOMPARE(providers.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("local"));
        QVERIFY(providers.at(1).toObject().value(QLatin1String("url")).isNull());
        // A look at a server is not a login: nothing is saved.
        QVERIFY(Core().profiles.profiles().isEmpty());
    }

    void deadServerExits4()
    {
        const QByteArray token = logInWithCli();
        QVERIFY(!token.isEmpty());
        m_server->stop();

        const CliRun providers = run({QStringLiteral("--server"), url(), QStringLiteral("providers"), QStringLiteral("--json")});
        QVERIFY2(providers.exitCode == 4, providers.describe());
        QVERIFY(providers.errText().contains(ApiError(ApiError::Kind::Unreachable).message()));
        QCOMPARE(parseObject(providers.out).value(QLatin1String("error")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("unreachable"));

        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 4, status.describe());
        const QJsonObject report = parseObject(status.out);
        QCOMPARE(report.value(QLatin1String("session")).toString(), QStringLiteral("unverified"));
        QCOMPARE(report.value(QLatin1String("token")).toObject().value(QLatin1String("state")).toString(), QStringLiteral("valid"));

        const CliRun test = run({QStringLiteral("test")});
        QVERIFY2(test.exitCode == 4, test.describe());
    }

    void timeoutExits4()
    {
        m_server->setFault(QStringLiteral("/api/providers"), {FaultKind::Delay, 5000});
        QElapsedTimer clock;
        clock.start();
        const CliRun result = run({QStringLiteral("--server"), url(), QStringLiteral("--timeout"), QStringLiteral("1"),
                                   QStringLiteral("providers")});
        QVERIFY2(result.exitCode == 4, result.describe());
        QVERIFY(result.errText().contains(ApiError(ApiError::Kind::Timeout).message()));
        QVERIFY2(clock.elapsed() < 4500, "--timeout was not applied");
    }

    void untrustedCertificateExits4()
    {
        MesheryTest::ServerOptions options;
        options.tls = true;
        MesheryTestServer tlsServer(options);
        QVERIFY(tlsServer.start());
        const CliRun result = run({QStringLiteral("--server"), tlsServer.baseUrl().toString(), QStringLiteral("providers")});
        QVERIFY2(result.exitCode == 4, result.describe());
        QVERIFY(result.errText().contains(ApiError(ApiError::Kind::Tls).message()));
    }

    // --- login ----------------------------------------------------------------------------

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
        const SecretTool::Lookup inKeyring = SecretTool::lookup(TokenVault::defaultService(), profile.tokenSlot().keychainKey());
        QVERIFY(inKeyring.found);
        QVERIFY(inKeyring.value == token);
        QVERIFY(Core().settings->allKeys().join(QLatin1Char(' ')).contains(QLatin1String("keychainIndex")));
        // The settings file names the entry, never its value.
        QFile settings(AppSettings::filePath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(token.left(32)));
    }

    void loginWithRefusedTokenExits3()
    {
        const CliRun result = run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                                   QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                                  QByteArrayLiteral("forged-token-value\n"));
        QVERIFY2(result.exitCode == 3, result.describe());
        QVERIFY(result.errText().contains(ApiError(ApiError::Kind::Unauthenticated).message()));
        QVERIFY(noSecretIn(result, "forged-token-value"));
        // The transient profile is saved only by a successful login.
        QVERIFY(Core().profiles.profiles().isEmpty());
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), keyOf(m_server->baseUrl(), QStringLiteral("Meshery"))).found);
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
        const CliRun result = run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
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
        const CliRun result = run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                                   QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                                  flood);
        QVERIFY2(result.exitCode == 3, result.describe());
        QVERIFY(result.errText().contains(QLatin1String("standard input")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void loginWithEmptyStdinExits2()
    {
        const CliRun result = run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                                   QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                                  QByteArrayLiteral("  \n"));
        QVERIFY2(result.exitCode == 2, result.describe());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void loginWithUnknownProviderFails()
    {
        const CliRun result = run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
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

        const CliRun login = run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"), asked});
        QVERIFY2(login.exitCode == 0, login.describe());
        QCOMPARE(currentProfile().provider, localName);
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), keyOf(m_server->baseUrl(), localName)).found);

        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.describe());
        const QJsonObject report = parseObject(status.out);
        QVERIFY(report.value(QLatin1String("signedIn")).toBool());
        QCOMPARE(report.value(QLatin1String("provider")).toString(), localName);
        QCOMPARE(report.value(QLatin1String("token")).toObject().value(QLatin1String("state")).toString(), QStringLiteral("none"));
        QVERIFY(!report.value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString().isEmpty());

        // The Local provider has no token to print.
        const CliRun token = run({QStringLiteral("token")});
        QVERIFY2(token.exitCode == 3, token.describe());
        QVERIFY(token.out.isEmpty());
    }

    void loginPrintUrlWithPlayedBrowser()
    {
        CliProcess cli(environment(), {QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
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
        QCOMPARE(m_server->lastRequest(QStringLiteral("/user/logout")).cookies.value(QStringLiteral("session_cookie")).toLatin1(),
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

        CliProcess cli(env, {QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
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

        const CliRun result = CliProcess(env, {QStringLiteral("--server"), hostile.baseUrl().toString(), QStringLiteral("login"),
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
        CliProcess cli(env, {QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
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

    // --- token and status -----------------------------------------------------------------

    void tokenStoredByTheCoreIsPrintedExactly()
    {
        // The window's side signs in; the CLI reads it.
        const QByteArray token = m_server->issueToken(QStringLiteral("linus"));
        ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
        profile.provider = QStringLiteral("Meshery");
        {
            Core core;
            QVERIFY(core.profiles.save(profile).isOk());
            core.profiles.setCurrentId(profile.id);
            QVERIFY(core.store(profile, token).isOk());
        }

        const CliRun raw = run({QStringLiteral("token")});
        QVERIFY2(raw.exitCode == 0, raw.describe());
        QVERIFY(raw.out == token + '\n');
        QVERIFY(raw.err.isEmpty());

        const CliRun bearer = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("bearer")});
        QVERIFY(bearer.out == "Authorization: Bearer " + token + '\n');
        const CliRun cookie = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("cookie")});
        QVERIFY(cookie.out == "Cookie: token=" + token + "; meshery-provider=Meshery\n");
        const CliRun headers = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("headers")});
        QVERIFY(headers.out == "Cookie: token=" + token + "; meshery-provider=Meshery\nAuthorization: Bearer " + token + '\n');
        const CliRun curl = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("curl")});
        QVERIFY(curl.out.startsWith("meshery-auth-cli --profile "));
        QVERIFY(!curl.out.contains(token));
        QVERIFY(curl.out.contains(m_server->baseUrl().toEncoded() + "/api/user"));
        const CliRun mesheryctl = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("mesheryctl")});
        const QJsonObject auth = parseObject(mesheryctl.out);
        QCOMPARE(auth.value(QLatin1String("token")).toString().toUtf8(), token);
        QCOMPARE(auth.value(QLatin1String("meshery-provider")).toString(), QStringLiteral("Meshery"));

        // By name, too, and no other command prints it.
        const CliRun byProfile = run({QStringLiteral("--profile"), profile.name, QStringLiteral("token")});
        QVERIFY(byProfile.out == token + '\n');
        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(noSecretIn(status, token));
        QCOMPARE(parseObject(status.out).value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString(),
                 QStringLiteral("linus@example.com"));
    }

    void notSignedInExits3()
    {
        const CliRun nothing = run({QStringLiteral("token")});
        QVERIFY2(nothing.exitCode == 3, nothing.describe());
        QVERIFY(nothing.out.isEmpty());

        const CliRun unknownServer = run({QStringLiteral("--server"), url(), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(unknownServer.exitCode == 3, unknownServer.describe());
        const QJsonObject report = parseObject(unknownServer.out);
        QCOMPARE(report.value(QLatin1String("session")).toString(), QStringLiteral("none"));
        QCOMPARE(report.value(QLatin1String("profile")).toObject().value(QLatin1String("saved")).toBool(true), false);
        QCOMPARE(report.value(QLatin1String("error")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("not-signed-in"));

        // A saved profile without a token.
        ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
        profile.provider = QStringLiteral("Meshery");
        QVERIFY(Core().profiles.save(profile).isOk());
        for (const QString &command : {QStringLiteral("token"), QStringLiteral("status"), QStringLiteral("orgs")}) {
            const CliRun result = run({QStringLiteral("--profile"), profile.name, command});
            QVERIFY2(result.exitCode == 3, result.describe());
        }
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/user")), 0);
    }

    void anExpiredTokenTheServerRenewsIsPrintedRenewed()
    {
        // A past exp is "ask the server": it renews through the refresh token.
        const QByteArray expired = m_server->issueToken(QStringLiteral("ada"), -60);
        ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
        profile.provider = QStringLiteral("Meshery");
        {
            Core core;
            QVERIFY(core.profiles.save(profile).isOk());
            core.profiles.setCurrentId(profile.id);
            QVERIFY(core.store(profile, expired).isOk());
        }
        const CliRun token = run({QStringLiteral("token")});
        QVERIFY2(token.exitCode == 0, token.describe());
        const QByteArray renewed = token.out.trimmed();
        QVERIFY(renewed != expired);
        QVERIFY(m_server->isTokenValid(renewed));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/token")), 1);
        QVERIFY(Core().load(profile).token == renewed); // kept for next time
        // Now valid by its own expiry: printed offline.
        const CliRun again = run({QStringLiteral("token")});
        QVERIFY(again.out.trimmed() == renewed);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/token")), 1);
    }

    void expiredSessionExits3()
    {
        const QByteArray expired = m_server->issueToken(QStringLiteral("ada"), -60, MesheryTest::Refresh::Refused);
        ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
        profile.provider = QStringLiteral("Meshery");
        {
            Core core;
            QVERIFY(core.profiles.save(profile).isOk());
            core.profiles.setCurrentId(profile.id);
            QVERIFY(core.store(profile, expired).isOk());
        }
        const CliRun token = run({QStringLiteral("token")});
        QVERIFY2(token.exitCode == 3, token.describe());
        QVERIFY(token.out.isEmpty());
        QVERIFY(token.errText().contains(QLatin1String("expired")));

        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 3, status.describe());
        const QJsonObject report = parseObject(status.out);
        QCOMPARE(report.value(QLatin1String("token")).toObject().value(QLatin1String("state")).toString(), QStringLiteral("expired"));
        QCOMPARE(report.value(QLatin1String("session")).toString(), QStringLiteral("rejected"));
        QVERIFY(!report.value(QLatin1String("signedIn")).toBool());
    }

    void statusTextAndJson()
    {
        const QByteArray token = logInWithCli(QStringLiteral("ada"));
        QVERIFY(!token.isEmpty());

        const CliRun text = run({QStringLiteral("status")});
        QVERIFY2(text.exitCode == 0, text.describe());
        const QString out = text.outText();
        for (const QString &expected : {QStringLiteral("Server:"), url(), QStringLiteral("Provider:"), QStringLiteral("Meshery"),
                                        QStringLiteral("ada@example.com"), QStringLiteral("Token:"), QStringLiteral("Valid"),
                                        QStringLiteral("Organization:")})
            QVERIFY2(out.contains(expected), qPrintable(out));

        const CliRun json = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject report = parseObject(json.out);
        QCOMPARE(report.keys(), (QStringList{QStringLiteral("error"), QStringLiteral("organizationId"), QStringLiteral("profile"),
                                             QStringLiteral("provider"), QStringLiteral("server"), QStringLiteral("session"),
                                             QStringLiteral("signedIn"), QStringLiteral("token"), QStringLiteral("user")}));
        QCOMPARE(report.value(QLatin1String("server")).toString(), url());
        QCOMPARE(report.value(QLatin1String("session")).toString(), QStringLiteral("accepted"));
        QVERIFY(report.value(QLatin1String("signedIn")).toBool());
        QVERIFY(report.value(QLatin1String("error")).isNull());
        QVERIFY(report.value(QLatin1String("organizationId")).isNull());
        const QJsonObject tokenState = report.value(QLatin1String("token")).toObject();
        QCOMPARE(tokenState.value(QLatin1String("state")).toString(), QStringLiteral("valid"));
        const QDateTime expiry = QDateTime::fromString(tokenState.value(QLatin1String("expiry")).toString(), Qt::ISODate);
        QVERIFY(expiry.isValid());
        QCOMPARE(expiry.timeSpec(), Qt::UTC);
        QVERIFY(expiry > QDateTime::currentDateTimeUtc());
        QCOMPARE(report.value(QLatin1String("profile")).toObject().value(QLatin1String("id")).toString(), currentProfile().id);

        // The server ends every session: the stored token is refused.
        m_server->revokeAllTokens();
        const CliRun refused = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(refused.exitCode == 3, refused.describe());
        QCOMPARE(parseObject(refused.out).value(QLatin1String("session")).toString(), QStringLiteral("rejected"));
    }

    void aRenewedSessionIsStored()
    {
        MesheryTest::ServerOptions options;
        options.refreshTokens = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();
        const QByteArray first = logInWithCli();
        QVERIFY(!first.isEmpty());
        const QByteArray before = Core().load(currentProfile()).token;

        const CliRun status = run({QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, status.describe());
        const QByteArray after = Core().load(currentProfile()).token;
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        QVERIFY(m_server->isTokenValid(after));
    }

    // --- organizations --------------------------------------------------------------------

    void orgsListAndUse()
    {
        QVERIFY(!logInWithCli().isEmpty());

        const CliRun json = run({QStringLiteral("orgs"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject document = parseObject(json.out);
        const QJsonArray organizations = document.value(QLatin1String("organizations")).toArray();
        QCOMPARE(organizations.size(), 23); // more than one page of the server's default size
        QSet<QString> ids;
        for (const QJsonValue &value : organizations) {
            const QJsonObject org = value.toObject();
            QCOMPARE(org.keys(), (QStringList{QStringLiteral("active"), QStringLiteral("id"), QStringLiteral("name")}));
            QVERIFY(!org.value(QLatin1String("active")).toBool());
            ids.insert(org.value(QLatin1String("id")).toString());
        }
        QCOMPARE(ids.size(), 23);
        QVERIFY(document.value(QLatin1String("activeOrganizationId")).isNull());

        const QJsonObject chosen = organizations.at(4).toObject();
        const QString id = chosen.value(QLatin1String("id")).toString();
        const CliRun use = run({QStringLiteral("orgs"), QStringLiteral("use"), id});
        QVERIFY2(use.exitCode == 0, use.describe());
        QVERIFY(use.outText().contains(chosen.value(QLatin1String("name")).toString()));
        QCOMPARE(currentProfile().organizationId, id);

        const CliRun text = run({QStringLiteral("orgs")});
        QVERIFY2(text.exitCode == 0, text.describe());
        const QStringList lines = text.outText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 24); // a header and one line per organization
        QCOMPARE(lines.at(0).simplified(), QStringLiteral("ACTIVE ID NAME"));
        const QStringList active = lines.filter(QRegularExpression(QStringLiteral("^\\*")));
        QCOMPARE(active.size(), 1);
        QVERIFY(active.constFirst().contains(id));

        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(parseObject(status.out).value(QLatin1String("organizationId")).toString(), id);

        const CliRun unknown = run({QStringLiteral("orgs"), QStringLiteral("use"), QStringLiteral("no-such-org")});
        QVERIFY2(unknown.exitCode == 1, unknown.describe());
        QCOMPARE(currentProfile().organizationId, id);
    }

    void orgsSaysWhatTheProviderDoesNotOffer()
    {
        MesheryTest::ServerOptions options;
        options.remoteCapabilities = {QStringLiteral("sync-prefs"), QStringLiteral("users-profile")};
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();
        QVERIFY(!logInWithCli().isEmpty());

        const CliRun text = run({QStringLiteral("orgs")});
        QVERIFY2(text.exitCode == 0, text.describe());
        QVERIFY(text.out.isEmpty());
        QCOMPARE(text.errText().trimmed(), QStringLiteral("The provider Meshery does not offer organizations."));

        const CliRun json = run({QStringLiteral("orgs"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject document = parseObject(json.out);
        QCOMPARE(document.value(QLatin1String("organizationsOffered")).toBool(true), false);
        QCOMPARE(document.value(QLatin1String("organizations")).toArray().size(), 0);

        // Choosing one cannot work: said so, with its own id.
        const CliRun use = run({QStringLiteral("orgs"), QStringLiteral("use"), QStringLiteral("any-org"), QStringLiteral("--json")});
        QVERIFY2(use.exitCode == 1, use.describe());
        const QJsonObject error = parseObject(use.out).value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("id")).toString(), QStringLiteral("organizations-not-offered"));
        QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("The provider Meshery does not offer organizations."));
        QVERIFY(currentProfile().organizationId.isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/identity/orgs")), 0);

        // The Local provider has none either.
        QCOMPARE(run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"), QStringLiteral("None")}).exitCode, 0);
        const CliRun local = run({QStringLiteral("orgs")});
        QVERIFY2(local.exitCode == 0, local.describe());
        QVERIFY(local.errText().contains(QLatin1String("the Local provider has none")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/identity/orgs")), 0);
    }

    void orgsShowsTheProvidersRefusal()
    {
        QVERIFY(!logInWithCli().isEmpty());
        m_server->setFault(QStringLiteral("/api/identity/orgs"), {FaultKind::ProviderRefusal});
        const CliRun text = run({QStringLiteral("orgs")});
        QVERIFY2(text.exitCode == 1, text.describe());
        QVERIFY2(text.errText().contains(QLatin1String("The provider did not return your organizations.")), text.describe());
        QVERIFY(text.errText().contains(QLatin1String("failed to get organizations")));
        QVERIFY(!text.errText().contains(QLatin1String("does not know this address")));

        m_server->setFault(QStringLiteral("/api/identity/orgs"), {FaultKind::MeshKitError500});
        const CliRun json = run({QStringLiteral("orgs"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 1, json.describe());
        const QJsonObject error = parseObject(json.out).value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("id")).toString(), QStringLiteral("organizations-unavailable"));
        QCOMPARE(error.value(QLatin1String("httpStatus")).toInt(), 500);
        QVERIFY(!error.value(QLatin1String("detail")).toString().isEmpty());
    }

    // --- the connection test --------------------------------------------------------------

    // An offline release answers /api/system/version with 500: the run still passes, and says
    // the version is unknown where it used to fail the server as unreachable.
    void connectionTestOfAnOfflineServer()
    {
        MesheryTest::ServerOptions options;
        options.offline = true;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();
        const CliRun login = run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                                  QStringLiteral("None")});
        QVERIFY2(login.exitCode == 0, login.describe());
        const CliRun json = run({QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject reachable = parseObject(json.out).value(QLatin1String("checks")).toArray().at(0).toObject();
        QCOMPARE(reachable.value(QLatin1String("id")).toString(), QStringLiteral("server-reachable"));
        QCOMPARE(reachable.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reachable.value(QLatin1String("httpStatus")).toInt(), 200);
        QVERIFY2(reachable.value(QLatin1String("message")).toString().startsWith(QLatin1String("Version unknown")),
                 json.out.constData());
        QVERIFY(reachable.value(QLatin1String("curl")).toString().contains(QLatin1String("/healthz/ready")));

        const CliRun text = run({QStringLiteral("test")});
        QVERIFY2(text.exitCode == 0, text.describe());
        QVERIFY2(text.outText().contains(QRegularExpression(QStringLiteral("\\nServer reachable\\s+ok\\s+200\\s+\\d+ ms\\s+Version unknown"))),
                 text.describe());
    }

    void connectionTest()
    {
        QVERIFY(!logInWithCli().isEmpty());
        // The workspaces check needs an active organization (without one it shows the server's
        // "OrgID cannot be empty"), so a healthy setup has one.
        const CliRun orgs = run({QStringLiteral("orgs"), QStringLiteral("--json")});
        const QJsonArray organizations = parseObject(orgs.out).value(QLatin1String("organizations")).toArray();
        QVERIFY2(!organizations.isEmpty(), orgs.describe());
        const QString orgId = organizations.at(0).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(run({QStringLiteral("orgs"), QStringLiteral("use"), orgId}).exitCode, 0);
        const CliRun json = run({QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject document = parseObject(json.out);
        QVERIFY(document.value(QLatin1String("allPassed")).toBool());
        const QJsonArray checks = document.value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), 8);
        QCOMPARE(checks.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("server-reachable"));
        for (const QJsonValue &value : checks) {
            const QJsonObject check = value.toObject();
            QCOMPARE(check.keys(), (QStringList{QStringLiteral("curl"), QStringLiteral("elapsedMs"), QStringLiteral("error"),
                                                QStringLiteral("httpStatus"), QStringLiteral("id"), QStringLiteral("message"),
                                                QStringLiteral("requestId"), QStringLiteral("status"), QStringLiteral("title")}));
            QVERIFY2(check.value(QLatin1String("status")).toString() == QLatin1String("ok")
                         || check.value(QLatin1String("status")).toString() == QLatin1String("skipped"),
                     json.out.constData());
        }
        QVERIFY(noSecretIn(json, Core().load(currentProfile()).token));

        const CliRun text = run({QStringLiteral("test")});
        QVERIFY2(text.exitCode == 0, text.describe());
        const QStringList lines = text.outText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 9);
        QVERIFY(lines.at(1).contains(QRegularExpression(QStringLiteral("^Server reachable\\s+ok\\s+200\\s+\\d+ ms\\s+Meshery"))));

        // One failing endpoint fails the run, and says which check failed.
        m_server->setFault(QStringLiteral("/api/user"), {FaultKind::MeshKitError500, 0});
        const CliRun faulty = run({QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(faulty.exitCode == 1, faulty.describe());
        const QJsonObject failed = parseObject(faulty.out);
        QVERIFY(!failed.value(QLatin1String("allPassed")).toBool());
        const QJsonObject signedIn = failed.value(QLatin1String("checks")).toArray().at(3).toObject();
        QCOMPARE(signedIn.value(QLatin1String("id")).toString(), QStringLiteral("signed-in"));
        QCOMPARE(signedIn.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(signedIn.value(QLatin1String("httpStatus")).toInt(), 500);
        QCOMPARE(signedIn.value(QLatin1String("error")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("server-error"));

        m_server->setFault(QStringLiteral("/api/user"), {FaultKind::Unauthorized401, 0});
        const CliRun refused = run({QStringLiteral("test")});
        QVERIFY2(refused.exitCode == 3, refused.describe());
    }

    // --- logout ---------------------------------------------------------------------------

    void logoutRemovesTheKeychainEntry()
    {
        const QByteArray token = logInWithCli();
        QVERIFY(!token.isEmpty());
        const QString key = currentProfile().tokenSlot().keychainKey();
        QVERIFY(SecretTool::lookup(TokenVault::defaultService(), key).found);

        const CliRun logout = run({QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.describe());
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), key).found);
        // A token from --token-stdin has no provider session: it is not revoked, and the CLI says so.
        QVERIFY(m_server->isTokenValid(token));
        QVERIFY2(logout.errText().contains(QLatin1String("may still accept")), logout.describe());
        QVERIFY(Core().settings->value(QStringLiteral("keychainIndex/") + currentProfile().id).toStringList().isEmpty());

        const CliRun token2 = run({QStringLiteral("token")});
        QVERIFY2(token2.exitCode == 3, token2.describe());
        const CliRun again = run({QStringLiteral("logout")});
        QVERIFY2(again.exitCode == 0, again.describe());
    }

    void logoutOfOneProfileLeavesTheOtherAndRemovesItsOwn()
    {
        // "work" and "home": two accounts on one server and provider.
        const QByteArray workToken = m_server->issueToken(QStringLiteral("ada"));
        const QByteArray homeToken = m_server->issueToken(QStringLiteral("grace"));
        for (const auto &[name, token] : {std::pair{QStringLiteral("work"), workToken}, std::pair{QStringLiteral("home"), homeToken}}) {
            ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
            profile.name = name;
            profile.provider = QStringLiteral("Meshery");
            Core core;
            QVERIFY(core.profiles.save(profile).isOk());
            QVERIFY(core.store(profile, token).isOk());
        }
        const CliRun logout = run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.describe());
        const CliRun work = run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("token")});
        QVERIFY2(work.exitCode == 3, work.describe());
        QVERIFY(noSecretIn(work, workToken));
        const CliRun home = run({QStringLiteral("--profile"), QStringLiteral("home"), QStringLiteral("token")});
        QVERIFY2(home.exitCode == 0, home.describe());
        QVERIFY(home.out == homeToken + '\n');
        QVERIFY(run({QStringLiteral("--profile"), QStringLiteral("home"), QStringLiteral("logout")}).exitCode == 0);
    }

    void curlFormsKeepTheTokenOffCommandLines()
    {
        const QByteArray token = logInWithCli();
        QVERIFY(!token.isEmpty());
        // A curl that notes its arguments and what reaches its standard input, first on PATH,
        // then the CLI itself: the line runs as a user would paste it.
        QTemporaryDir bin(QCoreApplication::applicationDirPath() + QStringLiteral("/curl-XXXXXX"));
        QVERIFY(bin.isValid());
        const QProcessEnvironment environment = withFakeProgram(
            this->environment(), bin, QStringLiteral("curl"),
            "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/argv\"\ncat > \"$(dirname \"$0\")/stdin\"\n");
        QVERIFY(QFile::link(QStringLiteral(MESHERY_AUTH_CLI_EXE), bin.filePath(QStringLiteral("meshery-auth-cli"))));

        const CliRun line = run({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("curl")});
        QVERIFY2(line.exitCode == 0, line.describe());
        QVERIFY(!line.out.contains(token));
        QProcess shell;
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), QString::fromUtf8(line.out)});
        QVERIFY(QTest::qWaitFor([&] { return shell.state() == QProcess::NotRunning; }, 30000));
        QFile argv(bin.filePath(QStringLiteral("argv")));
        QFile stdinSeen(bin.filePath(QStringLiteral("stdin")));
        QVERIFY2(argv.open(QIODevice::ReadOnly), shell.readAllStandardError().constData());
        QVERIFY(stdinSeen.open(QIODevice::ReadOnly));
        const QByteArray arguments = argv.readAll();
        QVERIFY(!arguments.contains(token));
        QVERIFY(arguments.contains("@-"));
        QVERIFY(arguments.contains(m_server->baseUrl().toEncoded() + "/api/user"));
        QVERIFY(stdinSeen.readAll() == "Cookie: token=" + token + "; meshery-provider=Meshery\nAuthorization: Bearer " + token + '\n');
    }

    void aHostileServerCannotMakeTheCliUseMuchMemory_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("path");
        QTest::addColumn<FaultKind>("fault");
        QTest::newRow("orgs, pages of 200,000 items claiming a billion") << QStringLiteral("orgs") << QStringLiteral("/api/identity/orgs")
                                                                         << FaultKind::HugePages;
        QTest::newRow("status, an endless body") << QStringLiteral("status") << QStringLiteral("/api/user") << FaultKind::EndlessBody;
    }

    void aHostileServerCannotMakeTheCliUseMuchMemory()
    {
        QFETCH(QString, command);
        QFETCH(QString, path);
        QFETCH(FaultKind, fault);
        QVERIFY(!logInWithCli().isEmpty());
        // The reference, measured in the same run: the same command against a well-behaved server.
        const qint64 idle = peakMemoryKiB({command});
        QVERIFY(idle > 0);
        m_server->setFault(path, {fault});
        const qint64 hostile = peakMemoryKiB({command});
        QVERIFY(hostile > 0);
        qInfo("peak RSS: %lld KiB against a well-behaved server, %lld KiB against this one", idle, hostile);
        QVERIFY2(hostile - idle < 64 * 1024, qPrintable(QStringLiteral("%1 KiB over the reference").arg(hostile - idle)));
    }

    // --- profiles -------------------------------------------------------------------------

    void profilesAddUseRemove()
    {
        const CliRun first = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("work"), url()});
        QVERIFY2(first.exitCode == 0, first.describe());
        ServerProfile work = currentProfile();
        QCOMPARE(work.name, QStringLiteral("work")); // the first one becomes current
        const CliRun second = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("lab"),
                                   QStringLiteral("lab.example.com:9081"), QStringLiteral("--json")});
        QVERIFY2(second.exitCode == 0, second.describe());
        const QJsonObject added = parseObject(second.out).value(QLatin1String("profile")).toObject();
        QCOMPARE(added.value(QLatin1String("server")).toString(), QStringLiteral("http://lab.example.com:9081"));
        QVERIFY(!added.value(QLatin1String("current")).toBool());

        const CliRun duplicate = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("WORK"), url()});
        QVERIFY2(duplicate.exitCode == 1, duplicate.describe());
        const CliRun badUrl = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("bad"), QStringLiteral("ftp://x")});
        QVERIFY2(badUrl.exitCode == 2, badUrl.describe());

        const CliRun list = run({QStringLiteral("profiles"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.describe());
        const QJsonObject document = parseObject(list.out);
        const QJsonArray profiles = document.value(QLatin1String("profiles")).toArray();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).toObject().keys(),
                 (QStringList{QStringLiteral("current"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("organizationId"),
                              QStringLiteral("provider"), QStringLiteral("saved"), QStringLiteral("server"), QStringLiteral("timeoutSeconds")}));
        QCOMPARE(document.value(QLatin1String("currentProfileId")).toString(), currentProfile().id);

        const CliRun use = run({QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("lab")});
        QVERIFY2(use.exitCode == 0, use.describe());
        QCOMPARE(currentProfile().name, QStringLiteral("lab"));
        const CliRun text = run({QStringLiteral("profiles")});
        QVERIFY(text.outText().contains(QRegularExpression(QStringLiteral("\\n\\*\\s+lab\\s+http://lab.example.com:9081"))));

        // Removing a profile removes its token too.
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        work.provider = QStringLiteral("Meshery");
        {
            Core core;
            QVERIFY(core.profiles.save(work).isOk());
            QVERIFY(core.store(work, token).isOk());
        }
        QVERIFY(SecretTool::lookup(TokenVault::defaultService(), work.tokenSlot().keychainKey()).found);
        const CliRun remove = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("work")});
        QVERIFY2(remove.exitCode == 0, remove.describe());
        QVERIFY(!SecretTool::lookup(TokenVault::defaultService(), work.tokenSlot().keychainKey()).found);
        QCOMPARE(Core().profiles.profiles().size(), 1);

        const CliRun missing = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("work")});
        QVERIFY2(missing.exitCode == 1, missing.describe());
        const CliRun unknownProfile = run({QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("status")});
        QVERIFY2(unknownProfile.exitCode == 1, unknownProfile.describe());
    }

    // --- mesheryctl -----------------------------------------------------------------------

    void mesheryctlExportThenImport()
    {
        QTemporaryDir mesheryFolder; // outlives the settings folder, which the test replaces
        const QString config = mesheryFolder.filePath(QStringLiteral("config.yaml"));
        const CliRun notSignedIn = run({QStringLiteral("--server"), url(), QStringLiteral("mesheryctl"), QStringLiteral("export"),
                                        QStringLiteral("--config"), config});
        QVERIFY2(notSignedIn.exitCode == 3, notSignedIn.describe());
        QVERIFY(!QFile::exists(config));

        const QByteArray token = logInWithCli();
        QVERIFY(!token.isEmpty());
        const CliRun exported = run({QStringLiteral("mesheryctl"), QStringLiteral("export"), QStringLiteral("--config"), config,
                                     QStringLiteral("--json")});
        QVERIFY2(exported.exitCode == 0, exported.describe());
        QVERIFY(noSecretIn(exported, token));
        const QJsonObject outcome = parseObject(exported.out);
        QCOMPARE(outcome.value(QLatin1String("config")).toString(), config);
        QFile authFile(outcome.value(QLatin1String("authFile")).toString());
        QVERIFY(authFile.open(QIODevice::ReadOnly));
        QCOMPARE(parseObject(authFile.readAll()).value(QLatin1String("token")).toString().toUtf8(), token);
        QFile configFile(config);
        QVERIFY(configFile.open(QIODevice::ReadOnly));
        QVERIFY(configFile.readAll().contains(outcome.value(QLatin1String("context")).toString().toUtf8()));

        // Another machine, as far as this app knows: no settings, no keychain entry.
        SecretTool::clear(TokenVault::defaultService(), currentProfile().tokenSlot().keychainKey());
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral(".config")).toUtf8());
        QVERIFY(Core().profiles.profiles().isEmpty());

        const CliRun imported = run({QStringLiteral("mesheryctl"), QStringLiteral("import"), QStringLiteral("--config"), config,
                                     QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const QJsonArray profiles = parseObject(imported.out).value(QLatin1String("profiles")).toArray();
        QCOMPARE(profiles.size(), 1);
        QVERIFY(profiles.at(0).toObject().value(QLatin1String("tokenStored")).toBool());
        QCOMPARE(profiles.at(0).toObject().value(QLatin1String("server")).toString(), url());

        const ServerProfile profile = currentProfile();
        QCOMPARE(profile.serverUrl, m_server->baseUrl());
        QVERIFY(Core().load(profile).token == token);
        const CliRun printed = run({QStringLiteral("token")});
        QVERIFY(printed.out == token + '\n');

        const CliRun missing = run({QStringLiteral("mesheryctl"), QStringLiteral("import"), QStringLiteral("--config"),
                                    m_home->filePath(QStringLiteral("none/config.yaml"))});
        QVERIFY2(missing.exitCode == 1, missing.describe());
    }

    // mesheryctl's Local sign-in, {"meshery-provider":"None","token":""}, against a newer server
    // that calls its local provider "Local": imported signed in, tested, and exported back as
    // mesheryctl writes it.
    void mesheryctlLocalSignInBothWays()
    {
        MesheryTest::ServerOptions options;
        options.localProviderName = QStringLiteral("Local");
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();
        QTemporaryDir mesheryFolder;
        const QString config = mesheryFolder.filePath(QStringLiteral("config.yaml"));
        QFile yaml(config);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("contexts:\n  local:\n    endpoint: " + m_server->baseUrl().toEncoded()
                   + "\n    token: default\n    platform: docker\n    provider: None\ncurrent-context: local\n"
                     "tokens:\n  - name: default\n    location: auth.json\n");
        yaml.close();
        const QByteArray localAuth("{\"meshery-provider\":\"None\",\"token\":\"\"}\n");
        QFile auth(mesheryFolder.filePath(QStringLiteral("auth.json")));
        QVERIFY(auth.open(QIODevice::WriteOnly) && auth.write(localAuth) == localAuth.size());
        auth.close();

        const CliRun imported = run({QStringLiteral("mesheryctl"), QStringLiteral("import"), QStringLiteral("--config"), config,
                                     QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const QJsonObject row = parseObject(imported.out).value(QLatin1String("profiles")).toArray().at(0).toObject();
        QVERIFY2(row.value(QLatin1String("localSignIn")).toBool(), imported.out.constData());
        QVERIFY(!row.value(QLatin1String("loggedOut")).toBool());
        QVERIFY(!row.value(QLatin1String("tokenStored")).toBool());
        QCOMPARE(currentProfile().provider, QStringLiteral("None"));

        const CliRun status = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.describe());
        QVERIFY(parseObject(status.out).value(QLatin1String("signedIn")).toBool());
        const CliRun tested = run({QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(tested.exitCode == 0, tested.describe()); // "Provider selected": None is the server's Local

        const QString exportedConfig = mesheryFolder.filePath(QStringLiteral("again/config.yaml"));
        const CliRun exported = run({QStringLiteral("mesheryctl"), QStringLiteral("export"), QStringLiteral("--config"),
                                     exportedConfig, QStringLiteral("--json")});
        QVERIFY2(exported.exitCode == 0, exported.describe());
        QFile exportedAuth(parseObject(exported.out).value(QLatin1String("authFile")).toString());
        QVERIFY(exportedAuth.open(QIODevice::ReadOnly));
        QCOMPARE(exportedAuth.readAll(), localAuth);
        QFile exportedYaml(exportedConfig);
        QVERIFY(exportedYaml.open(QIODevice::ReadOnly));
        QVERIFY(exportedYaml.readAll().contains("provider: None"));
    }

    // A config.yaml of a few hundred bytes whose aliases expand to 387 million values. The
    // export once wrote auth.json and then spent minutes rewriting config.yaml; now it refuses
    // the file before writing anything. The import refuses it too. 10 s, not the usual 30: the
    // refusal takes milliseconds, and an export that hangs is killed.
    void mesheryctlRefusesABillionLaughs()
    {
        QTemporaryDir mesheryFolder;
        const QString config = mesheryFolder.filePath(QStringLiteral("config.yaml"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(billionLaughsConfig()) > 0);
        file.close();
        QVERIFY(!logInWithCli().isEmpty());

        const CliRun exported = CliProcess(environment(), {QStringLiteral("mesheryctl"), QStringLiteral("export"),
                                                           QStringLiteral("--config"), config, QStringLiteral("--json")})
                                    .wait(10000);
        QVERIFY2(exported.finished, "mesheryctl export was still at work after 10 s");
        QVERIFY2(exported.exitCode == 1, exported.describe());
        QVERIFY2(exported.errText().contains(config), exported.describe());
        QCOMPARE(QDir(mesheryFolder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("config.yaml")});
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), billionLaughsConfig());
        file.close();

        const CliRun imported = CliProcess(environment(), {QStringLiteral("mesheryctl"), QStringLiteral("import"),
                                                           QStringLiteral("--config"), config})
                                    .wait(10000);
        QVERIFY2(imported.exitCode == 1, imported.describe());
        QVERIFY2(imported.errText().contains(config), imported.describe());
    }

    // mesheryctl's own place, ~/.meshery, made by the export: private to the user.
    void mesheryctlExportMakesAPrivateFolder()
    {
        const mode_t umask = ::umask(022); // the usual one, inherited by the CLI process
        const QByteArray token = logInWithCli();
        const CliRun exported = run({QStringLiteral("mesheryctl"), QStringLiteral("export"), QStringLiteral("--json")});
        ::umask(umask);
        QVERIFY(!token.isEmpty());
        QVERIFY2(exported.exitCode == 0, exported.describe());
        const QString folder = m_home->filePath(QStringLiteral(".meshery"));
        QCOMPARE(parseObject(exported.out).value(QLatin1String("authFile")).toString(), folder + QStringLiteral("/auth.json"));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0700));
        QCOMPARE(::stat(QFile::encodeName(folder + QStringLiteral("/auth.json")).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
    }

    // --- no keychain ----------------------------------------------------------------------

    void keychainUnavailableExits5()
    {
        ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
        profile.provider = QStringLiteral("Meshery");
        {
            Core core;
            QVERIFY(core.profiles.save(profile).isOk());
            core.profiles.setCurrentId(profile.id);
        }
        // A D-Bus session on which no Secret Service can start.
        const QStringList noKeychain{QStringLiteral("dbus-run-session"),
                                     QStringLiteral("--config-file=" MESHERY_DBUS_WITHOUT_SERVICES), QStringLiteral("--")};
        const CliRun token = CliProcess(environment(), {QStringLiteral("token")}, {}, noKeychain).wait();
        QVERIFY2(token.exitCode == 5, token.describe());
        QVERIFY(token.errText().contains(ApiError(ApiError::Kind::KeychainUnavailable).message()));
        QVERIFY(token.out.isEmpty());

        const QByteArray valid = m_server->issueToken(QStringLiteral("ada"));
        const CliRun login = CliProcess(environment(),
                                        {QStringLiteral("login"), QStringLiteral("--provider"), QStringLiteral("Meshery"),
                                         QStringLiteral("--token-stdin")},
                                        valid, noKeychain)
                                 .wait();
        QVERIFY2(login.exitCode == 5, login.describe());
        QVERIFY(noSecretIn(login, valid));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
