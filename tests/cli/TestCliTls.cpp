// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli against the test server over TLS: a profile's own CA file, trusting a
// self-signed certificate only after its fingerprint is confirmed, a changed certificate, and
// client certificates (plain and encrypted keys, the passphrase kept in the keychain only).
#include "CliTestCase.h"
#include "TestCertificates.h"

using MesheryTest::TestCertificates;

class TestCliTls : public CliTestCase
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCertificates m_certs;
    QStringList m_profileIds; // whose passphrase entries to clear

    void startTls(const QString &certificate, const QString &key, const QString &clientCa = {})
    {
        MesheryTest::ServerOptions options;
        options.tls = true;
        options.certificateFile = certificate;
        options.privateKeyFile = key;
        options.clientCaFile = clientCa;
        m_server = std::make_unique<MesheryTestServer>(options);
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();
    }

    CliRun add(const QString &name, QStringList options = {}, const QByteArray &input = {})
    {
        return run(QStringList{QStringLiteral("profiles"), QStringLiteral("add"), name, url(), QStringLiteral("--json")}
                       + options,
                   input);
    }

    CliRun login(const QString &profile)
    {
        return run({QStringLiteral("--profile"), profile, QStringLiteral("login"), QStringLiteral("--provider"),
                    QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                   m_server->issueToken(QStringLiteral("ada")) + '\n');
    }

    // A request without a token, with the JSON error document login does not have.
    CliRun providers(const QString &profile)
    {
        return run({QStringLiteral("--profile"), profile, QStringLiteral("providers"), QStringLiteral("--json")});
    }

    std::optional<ServerProfile> profileNamed(const QString &name)
    {
        for (const ServerProfile &profile : Core().profiles.profiles()) {
            if (profile.name == name)
                return profile;
        }
        return std::nullopt;
    }

    static QString errorId(const CliRun &result)
    {
        return parseObject(result.out).value(QLatin1String("error")).toObject().value(QLatin1String("id")).toString();
    }

    static QString colonHex(const QString &pemFile)
    {
        return QString::fromLatin1(TestCertificates::sha256(pemFile).toHex(':').toUpper());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_certs.generate(m_dir.path(), &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_profileIds))
            SecretTool::clear(TokenVault::defaultService(), TokenVault::keyPassphraseKey(id));
    }

    void caFileOfTheProfile()
    {
        startTls(m_certs.serverCert, m_certs.serverKey);
        const CliRun unusable = add(QStringLiteral("broken"), {QStringLiteral("--ca-file"), m_certs.serverKey});
        QVERIFY2(unusable.exitCode == 1, unusable.describe());
        QCOMPARE(errorId(unusable), QStringLiteral("tls-settings-unusable"));
        const CliRun missing =
            add(QStringLiteral("broken"), {QStringLiteral("--ca-file"), m_dir.filePath(QStringLiteral("nope.pem"))});
        QVERIFY2(missing.exitCode == 1, missing.describe());
        QVERIFY(Core().profiles.profiles().isEmpty()); // nothing saved

        const CliRun added = add(QStringLiteral("work"), {QStringLiteral("--ca-file"), m_certs.caCert});
        QVERIFY2(added.exitCode == 0, added.describe());
        const CliRun loggedIn = login(QStringLiteral("work"));
        QVERIFY2(loggedIn.exitCode == 0, loggedIn.describe());
        const CliRun status = run(
            {QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.describe());
        const QJsonObject trust =
            parseObject(status.out).value(QLatin1String("profile")).toObject().value(QLatin1String("trust")).toObject();
        QCOMPARE(trust.value(QLatin1String("caFile")).toString(), m_certs.caCert);
        QCOMPARE(trust.value(QLatin1String("scheme")).toString(), QStringLiteral("https"));

        // The same server without the CA: the system does not know it.
        const CliRun bare = add(QStringLiteral("bare"));
        QVERIFY2(bare.exitCode == 0, bare.describe());
        const CliRun refused = login(QStringLiteral("bare"));
        QVERIFY2(refused.exitCode == 4, refused.describe());
        QCOMPARE(errorId(providers(QStringLiteral("bare"))), QStringLiteral("tls"));
    }

    void trustAfterTheFingerprintIsConfirmed()
    {
        startTls(m_certs.selfSignedCert, m_certs.selfSignedKey);
        const QString fingerprint = colonHex(m_certs.selfSignedCert);
        QVERIFY2(add(QStringLiteral("self")).exitCode == 0, "profiles add");
        const QStringList trust{QStringLiteral("profiles"), QStringLiteral("trust"), QStringLiteral("self")};

        const CliRun wrongOption = run(trust
                                       + QStringList{QStringLiteral("--fingerprint"),
                                                     colonHex(m_certs.otherSelfSignedCert), QStringLiteral("--json")});
        QVERIFY2(wrongOption.exitCode == 1, wrongOption.describe());
        QCOMPARE(errorId(wrongOption), QStringLiteral("fingerprint-mismatch"));
        QCOMPARE(parseObject(wrongOption.out)
                     .value(QLatin1String("certificate"))
                     .toObject()
                     .value(QLatin1String("sha256Fingerprint"))
                     .toString(),
                 fingerprint);
        // The same, given after the name.
        const CliRun wrongArgument = run(trust + QStringList{colonHex(m_certs.otherSelfSignedCert)});
        QVERIFY2(wrongArgument.exitCode == 1, wrongArgument.describe());
        QVERIFY(profileNamed(QStringLiteral("self"))->trust.pinnedCertificates.isEmpty());
        const CliRun wrongTyped = run(trust, "AB:CD\n");
        QVERIFY2(wrongTyped.exitCode == 1, wrongTyped.describe());
        QVERIFY2(wrongTyped.outText().contains(fingerprint), wrongTyped.describe()); // shown to compare
        QVERIFY2(wrongTyped.outText().contains(QLatin1String("IP:127.0.0.1")), wrongTyped.describe());
        const CliRun nothingTyped = run(trust);
        QVERIFY2(nothingTyped.exitCode == 1, nothingTyped.describe());
        QVERIFY(profileNamed(QStringLiteral("self"))->trust.pinnedCertificates.isEmpty());
        const CliRun untrusted = login(QStringLiteral("self"));
        QVERIFY2(untrusted.exitCode == 4, untrusted.describe());

        // Typed in any case, without colons: trusted.
        const CliRun typed = run(trust, TestCertificates::sha256Hex(m_certs.selfSignedCert).toLatin1() + '\n');
        QVERIFY2(typed.exitCode == 0, typed.describe());
        QCOMPARE(profileNamed(QStringLiteral("self"))->trust.pinnedCertificates, QStringList{fingerprint});
        const CliRun loggedIn = login(QStringLiteral("self"));
        QVERIFY2(loggedIn.exitCode == 0, loggedIn.describe());
        const CliRun again = run(trust + QStringList{QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.describe());
        QVERIFY(parseObject(again.out).value(QLatin1String("alreadyTrusted")).toBool());

        // The server now shows another certificate: loud, and nothing is sent.
        QVERIFY(m_server->setCertificate(TestCertificates::certificate(m_certs.otherSelfSignedCert),
                                         TestCertificates::key(m_certs.otherSelfSignedKey)));
        const CliRun changed = run(
            {QStringLiteral("--profile"), QStringLiteral("self"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(changed.exitCode == 4, changed.describe());
        QCOMPARE(errorId(changed), QStringLiteral("certificate-changed"));
        const CliRun shown = run(trust + QStringList{QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 1, shown.describe());
        QVERIFY(parseObject(shown.out).value(QLatin1String("certificateChanged")).toBool());

        const CliRun removed =
            run({QStringLiteral("profiles"), QStringLiteral("untrust"), QStringLiteral("self"), fingerprint.toLower()});
        QVERIFY2(removed.exitCode == 0, removed.describe());
        QVERIFY(profileNamed(QStringLiteral("self"))->trust.pinnedCertificates.isEmpty());
        const CliRun notPinned = run({QStringLiteral("profiles"), QStringLiteral("untrust"), QStringLiteral("self"),
                                      fingerprint, QStringLiteral("--json")});
        QVERIFY2(notPinned.exitCode == 1, notPinned.describe());
        QCOMPARE(errorId(notPinned), QStringLiteral("not-pinned"));

        // The new certificate, its fingerprint given after the name, as an administrator would say it.
        const CliRun byArgument = run(trust + QStringList{colonHex(m_certs.otherSelfSignedCert)});
        QVERIFY2(byArgument.exitCode == 0, byArgument.describe());
        QCOMPARE(profileNamed(QStringLiteral("self"))->trust.pinnedCertificates,
                 QStringList{colonHex(m_certs.otherSelfSignedCert)});
    }

    void clientCertificates()
    {
        startTls(m_certs.serverCert, m_certs.serverKey, m_certs.caCert);
        const QStringList ca{QStringLiteral("--ca-file"), m_certs.caCert};
        const CliRun plain = add(QStringLiteral("plain"),
                                 ca
                                     + QStringList{QStringLiteral("--client-cert"), m_certs.clientCert,
                                                   QStringLiteral("--client-key"), m_certs.clientKey});
        QVERIFY2(plain.exitCode == 0, plain.describe());
        const CliRun plainLogin = login(QStringLiteral("plain"));
        QVERIFY2(plainLogin.exitCode == 0, plainLogin.describe());

        const QStringList encrypted = ca
            + QStringList{QStringLiteral("--client-cert"), m_certs.clientCert, QStringLiteral("--client-key"),
                          m_certs.clientKeyEncrypted};
        const QByteArray passphrase = TestCertificates::kPassphrase;
        const CliRun noPassphrase = add(QStringLiteral("enc"), encrypted);
        QVERIFY2(noPassphrase.exitCode == 1, noPassphrase.describe());
        QVERIFY2(noPassphrase.errText().contains(QLatin1String("--client-key-passphrase-stdin")),
                 noPassphrase.describe());
        const CliRun wrong =
            add(QStringLiteral("enc"), encrypted + QStringList{QStringLiteral("--client-key-passphrase-stdin")},
                "not-the-passphrase\n");
        QVERIFY2(wrong.exitCode == 1, wrong.describe());
        QCOMPARE(errorId(wrong), QStringLiteral("tls-settings-unusable"));
        QVERIFY(!profileNamed(QStringLiteral("enc")));

        const CliRun added =
            add(QStringLiteral("enc"), encrypted + QStringList{QStringLiteral("--client-key-passphrase-stdin")},
                passphrase + '\n');
        QVERIFY2(added.exitCode == 0, added.describe());
        QVERIFY2(noSecretIn(added, passphrase), added.describe());
        const ServerProfile enc = *profileNamed(QStringLiteral("enc"));
        m_profileIds << enc.id;
        const SecretTool::Lookup stored =
            SecretTool::lookup(TokenVault::defaultService(), TokenVault::keyPassphraseKey(enc.id));
        QVERIFY(stored.found);
        QCOMPARE(stored.value, passphrase); // without the line break
        QFile settings(Core::settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(passphrase));
        const CliRun encLogin = login(QStringLiteral("enc"));
        QVERIFY2(encLogin.exitCode == 0, encLogin.describe());
        const CliRun status = run(
            {QStringLiteral("--profile"), QStringLiteral("enc"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.describe());
        QVERIFY(parseObject(status.out)
                    .value(QLatin1String("profile"))
                    .toObject()
                    .value(QLatin1String("trust"))
                    .toObject()
                    .value(QLatin1String("clientKeyNeedsPassphrase"))
                    .toBool());

        // The PKCS#12 bundle, its key inside.
        const CliRun bundle = add(QStringLiteral("p12"),
                                  ca
                                      + QStringList{QStringLiteral("--client-cert"), m_certs.clientPkcs12,
                                                    QStringLiteral("--client-key-passphrase-stdin")},
                                  passphrase);
        QVERIFY2(bundle.exitCode == 0, bundle.describe());
        m_profileIds << profileNamed(QStringLiteral("p12"))->id;
        const CliRun bundleLogin = login(QStringLiteral("p12"));
        QVERIFY2(bundleLogin.exitCode == 0, bundleLogin.describe());

        // Without a client certificate the server ends the handshake.
        QVERIFY2(add(QStringLiteral("none"), ca).exitCode == 0, "profiles add");
        const CliRun rejected = login(QStringLiteral("none"));
        QVERIFY2(rejected.exitCode == 4, rejected.describe());
        const CliRun asked = providers(QStringLiteral("none"));
        QVERIFY2(asked.exitCode == 4, asked.describe());
        QCOMPARE(errorId(asked), QStringLiteral("client-certificate-rejected"));
    }
};

QTEST_GUILESS_MAIN(TestCliTls)
#include "TestCliTls.moc"
