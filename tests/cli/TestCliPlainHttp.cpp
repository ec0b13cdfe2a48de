// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli over plain http to another computer: no token leaves without the profile's
// consent (`profiles add --allow-http`), login refuses before it reads a token or opens a
// browser, and status keeps warning while the address stays plain http.
#include "CliTestCase.h"

#include <QNetworkInterface>

class TestCliPlainHttp : public CliTestCase
{
    Q_OBJECT

    // TEST-NET-1: an address that reaches no server. A command that tried it would wait and time
    // out; refusing first answers unencrypted-connection at once.
    static inline const QString Unroutable = QStringLiteral("http://192.0.2.1:9081");

    static QString errorId(const CliRun &result)
    {
        return parseObject(result.out).value(QLatin1String("error")).toObject().value(QLatin1String("id")).toString();
    }

    // The test server on an address of this computer that is not loopback (so the CLI treats it
    // as another computer), or null when the machine has none.
    bool startOnNonLoopbackAddress()
    {
        QHostAddress address;
        for (const QHostAddress &candidate : QNetworkInterface::allAddresses()) {
            if (candidate.protocol() == QAbstractSocket::IPv4Protocol && !candidate.isLoopback()
                && !candidate.isLinkLocal()) {
                address = candidate;
                break;
            }
        }
        if (address.isNull())
            return false;
        MesheryTest::ServerOptions options;
        options.address = address;
        m_server = std::make_unique<MesheryTestServer>(options);
        if (!m_server->start())
            return false;
        m_serversUsed << m_server->baseUrl();
        return true;
    }

    ServerProfile profileNamed(const QString &name)
    {
        for (const ServerProfile &profile : Core().profiles.profiles()) {
            if (profile.name == name)
                return profile;
        }
        return {};
    }

    // login has no JSON form: its refusal is the core's sentence, on stderr.
    static bool refusedAsUnencrypted(const CliRun &result)
    {
        return result.exitCode == 1 && result.errText().contains(QLatin1String("your token would travel unencrypted"))
            && result.errText().contains(QLatin1String("--allow-http"));
    }

    QList<MesheryTest::RecordedRequest> requestsWithToken() const
    {
        QList<MesheryTest::RecordedRequest> carrying;
        for (const auto &request : m_server->requests()) {
            if (request.headers.contains("authorization") || request.cookies.contains(QStringLiteral("token")))
                carrying << request;
        }
        return carrying;
    }

private slots:
    void addWarnsAndRecordsConsent()
    {
        const CliRun plain =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("lab"), Unroutable});
        QVERIFY2(plain.exitCode == 0, plain.describe());
        QVERIFY2(plain.errText().contains(QLatin1String("unencrypted")), plain.describe());
        QVERIFY2(plain.errText().contains(QLatin1String("--allow-http")), plain.describe());
        QVERIFY(!currentProfile().trust.plainHttpConfirmed);

        const CliRun confirmed =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("lab2"),
                 QStringLiteral("http://192.0.2.1:9082"), QStringLiteral("--allow-http"), QStringLiteral("--json")});
        QVERIFY2(confirmed.exitCode == 0, confirmed.describe());
        const QJsonObject trust = parseObject(confirmed.out)
                                      .value(QLatin1String("profile"))
                                      .toObject()
                                      .value(QLatin1String("trust"))
                                      .toObject();
        QVERIFY(trust.value(QLatin1String("plainHttpConfirmed")).toBool());
        QVERIFY(trust.value(QLatin1String("unencryptedRemote")).toBool());
        QCOMPARE(trust.value(QLatin1String("scheme")).toString(), QStringLiteral("http"));
        QVERIFY(profileNamed(QStringLiteral("lab2")).trust.plainHttpConfirmed);

        // This computer needs no consent: none is recorded.
        const CliRun local = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("here"), url(),
                                  QStringLiteral("--allow-http")});
        QVERIFY2(local.exitCode == 0, local.describe());
        QVERIFY2(local.errText().contains(QLatin1String("not needed")), local.describe());
        QVERIFY(!profileNamed(QStringLiteral("here")).trust.plainHttpConfirmed);

        // The warning stays with the profile.
        const CliRun status = run({QStringLiteral("--profile"), QStringLiteral("lab"), QStringLiteral("status")});
        QVERIFY2(status.errText().contains(QLatin1String("unencrypted")), status.describe());
        QVERIFY2(status.outText().contains(QLatin1String("no token is sent")), status.describe());
        const CliRun confirmedStatus =
            run({QStringLiteral("--profile"), QStringLiteral("lab2"), QStringLiteral("status")});
        QVERIFY2(confirmedStatus.errText().contains(QLatin1String("your token travels unencrypted")),
                 confirmedStatus.describe());
    }

    // Every way of logging in stops before the token is read or a browser is asked for.
    void loginRefusesBeforeAnything_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("token-stdin") << QStringLiteral("--token-stdin");
        QTest::newRow("web") << QStringLiteral("--web");
        QTest::newRow("print-url") << QStringLiteral("--print-url");
    }
    void loginRefusesBeforeAnything()
    {
        QFETCH(QString, mode);
        const CliRun added =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("lab"), Unroutable});
        QVERIFY2(added.exitCode == 0, added.describe());
        // A browser that leaves a mark if anyone opens it.
        QTemporaryDir bin(QCoreApplication::applicationDirPath() + QStringLiteral("/bin-XXXXXX"));
        const QString mark = m_home->filePath(QStringLiteral("browser-opened"));
        const QProcessEnvironment environment =
            withFakeProgram(this->environment(), bin, QStringLiteral("xdg-open"), "touch '" + mark.toUtf8() + "'\n");
        const CliRun login =
            CliProcess(environment,
                       {QStringLiteral("login"), QStringLiteral("--provider"), QStringLiteral("Meshery"), mode,
                        QStringLiteral("--timeout"), QStringLiteral("5")},
                       m_server->issueToken(QStringLiteral("ada")) + '\n')
                .wait();
        QVERIFY2(refusedAsUnencrypted(login), login.describe());
        QVERIFY(!QFile::exists(mark));
    }

    // On a server that really listens on a non-loopback address of this computer: nothing carrying
    // a token reaches it without consent, and everything works with it.
    void noTokenReachesTheServerWithoutConsent()
    {
        if (!startOnNonLoopbackAddress())
            QSKIP("this computer has no non-loopback IPv4 address to listen on");
        const CliRun added = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("lab"), url()});
        QVERIFY2(added.exitCode == 0, added.describe());
        const CliRun login = run({QStringLiteral("login"), QStringLiteral("--provider"), QStringLiteral("Meshery"),
                                  QStringLiteral("--token-stdin")},
                                 m_server->issueToken(QStringLiteral("ada")) + '\n');
        QVERIFY2(refusedAsUnencrypted(login), login.describe());
        QVERIFY(m_server->requests().isEmpty()); // not even the provider list

        // A token stored by other means (the window, an older version) stays at home too.
        ServerProfile lab = currentProfile();
        lab.provider = QStringLiteral("Meshery");
        const QByteArray token = m_server->issueToken(QStringLiteral("ada"));
        {
            Core core;
            QVERIFY(core.profiles.save(lab).isOk());
            QVERIFY(core.store(lab, token).isOk());
        }
        // `token` prints the stored token here, on this computer; it asks the server nothing.
        const CliRun printed = run({QStringLiteral("token")});
        QVERIFY2(printed.exitCode == 0, printed.describe());
        for (const QStringList &command : {QStringList{QStringLiteral("orgs"), QStringLiteral("--json")},
                                           QStringList{QStringLiteral("status"), QStringLiteral("--json")}}) {
            const CliRun refused = run(command);
            QVERIFY2(refused.exitCode == 1, refused.describe());
            QCOMPARE(errorId(refused), QStringLiteral("unencrypted-connection"));
            QVERIFY2(noSecretIn(refused, token), refused.describe());
        }
        const CliRun check = run({QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 1, check.describe());
        QVERIFY2(check.out.contains("unencrypted-connection"), check.describe());
        QVERIFY(requestsWithToken().isEmpty());

        // With consent: the same commands work.
        const CliRun removed = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("lab")});
        QVERIFY2(removed.exitCode == 0, removed.describe());
        const CliRun confirmed = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("lab"), url(),
                                      QStringLiteral("--allow-http")});
        QVERIFY2(confirmed.exitCode == 0, confirmed.describe());
        const CliRun allowed = run({QStringLiteral("login"), QStringLiteral("--provider"), QStringLiteral("Meshery"),
                                    QStringLiteral("--token-stdin")},
                                   m_server->issueToken(QStringLiteral("ada")) + '\n');
        QVERIFY2(allowed.exitCode == 0, allowed.describe());
        const CliRun status = run({QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, status.describe());
        QVERIFY(!requestsWithToken().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliPlainHttp)
#include "TestCliPlainHttp.moc"
