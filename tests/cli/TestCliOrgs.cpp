// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli, `orgs`: listing and choosing, a provider without organizations, the provider's refusal.
#include "CliTestCase.h"

class TestCliOrgs : public CliTestCase
{
    Q_OBJECT

private slots:
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
        const CliRun use =
            run({QStringLiteral("orgs"), QStringLiteral("use"), QStringLiteral("any-org"), QStringLiteral("--json")});
        QVERIFY2(use.exitCode == 1, use.describe());
        const QJsonObject error = parseObject(use.out).value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("id")).toString(), QStringLiteral("organizations-not-offered"));
        QCOMPARE(error.value(QLatin1String("message")).toString(),
                 QStringLiteral("The provider Meshery does not offer organizations."));
        QVERIFY(currentProfile().organizationId.isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/identity/orgs")), 0);

        // The Local provider has none either.
        QCOMPARE(run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                      QStringLiteral("None")})
                     .exitCode,
                 0);
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
        QVERIFY2(text.errText().contains(QLatin1String("The provider did not return your organizations.")),
                 text.describe());
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
};

QTEST_GUILESS_MAIN(TestCliOrgs)
#include "TestCliOrgs.moc"
