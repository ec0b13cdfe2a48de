// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Certificates for TLS tests, made fresh by the real openssl program in a folder the caller owns
// (a QTemporaryDir), so no key material lives in the repository: a test CA and, signed by it,
// server and client certificates (good, expired, wrong host); self-signed server certificates; a
// client certificate from another CA. Every key is EC P-256 in PEM; all files are PEM except the
// PKCS#12 bundle. Usage:
//
//     QTemporaryDir dir;
//     TestCertificates certs;
//     QString error;
//     QVERIFY2(certs.generate(dir.path(), &error), qPrintable(error));
//     server options: certificateFile = certs.serverCert, privateKeyFile = certs.serverKey
//     client: configuration.addCaCertificates(certs.caCert)
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace MesheryTest {

class TestCertificates
{
public:
    // The passphrase of clientKeyEncrypted and clientPkcs12. A test constant, not a secret; it
    // reaches openssl through its environment, never its command line.
    static constexpr const char *kPassphrase = "meshery-test-passphrase";
    static constexpr const char *kServerNames = "DNS:localhost,IP:127.0.0.1,IP:::1";
    static constexpr const char *kWrongHostName = "wrong.example";

    // Paths of the PEM files (and one PKCS#12), all in the folder given to generate().
    QString caCert, caKey; // self-signed, CA:TRUE: the test CA
    QString serverCert, serverKey; // by the CA, for kServerNames, valid now
    QString expiredServerCert, expiredServerKey; // by the CA, kServerNames, valid only in 2020
    QString wrongHostServerCert, wrongHostServerKey; // by the CA, DNS:wrong.example only
    QString selfSignedCert, selfSignedKey; // self-signed server certificate, kServerNames
    QString otherSelfSignedCert, otherSelfSignedKey; // another one (new key): a "changed certificate"
    QString clientCert, clientKey; // by the CA, clientAuth; key not encrypted
    QString clientKeyEncrypted; // clientKey's key, PKCS#8 PEM encrypted (AES-256) with kPassphrase
    QString clientPkcs12; // clientCert + its key, PKCS#12 (AES-256-CBC, MAC SHA-256) with kPassphrase
    QString otherCaCert, otherCaKey; // a second CA, trusted by nobody
    QString untrustedClientCert, untrustedClientKey; // by the other CA, clientAuth
    QString expiredClientCert, expiredClientKey; // by the CA, clientAuth, valid only in 2020

    // Makes every file above in directory, which must exist. False with openssl's own complaint
    // (the command and its stderr) in errorMessage when a step fails; the members are then unset.
    bool generate(const QString &directory, QString *errorMessage = nullptr)
    {
        const QDir dir(directory);
        if (!dir.exists() || !dir.mkpath(QStringLiteral("issued"))) {
            return failed(errorMessage, QStringLiteral("TestCertificates: folder %1 does not exist").arg(directory));
        }
        TestCertificates made;
        Openssl openssl(directory);
        QString error;
        const auto file = [&dir](const char *name) { return dir.filePath(QLatin1String(name)); };
        made.caCert = file("ca.pem");
        made.caKey = file("ca.key");
        made.serverCert = file("server.pem");
        made.serverKey = file("server.key");
        made.expiredServerCert = file("expired-server.pem");
        made.expiredServerKey = file("expired-server.key");
        made.wrongHostServerCert = file("wrong-host-server.pem");
        made.wrongHostServerKey = file("wrong-host-server.key");
        made.selfSignedCert = file("self-signed.pem");
        made.selfSignedKey = file("self-signed.key");
        made.otherSelfSignedCert = file("other-self-signed.pem");
        made.otherSelfSignedKey = file("other-self-signed.key");
        made.clientCert = file("client.pem");
        made.clientKey = file("client.key");
        made.clientKeyEncrypted = file("client-encrypted.key");
        made.clientPkcs12 = file("client.p12");
        made.otherCaCert = file("other-ca.pem");
        made.otherCaKey = file("other-ca.key");
        made.untrustedClientCert = file("untrusted-client.pem");
        made.untrustedClientKey = file("untrusted-client.key");
        made.expiredClientCert = file("expired-client.pem");
        made.expiredClientKey = file("expired-client.key");

        const bool ok = openssl.writeConfig(&error)
            && openssl.selfSigned("ca_ext", "Meshery Auth Test CA", made.caCert, made.caKey, &error)
            && openssl.selfSigned("ca_ext", "Meshery Auth Other CA", made.otherCaCert, made.otherCaKey, &error)
            && openssl.issued("server_ext", "localhost", made.caCert, made.caKey, made.serverCert, made.serverKey,
                              &error)
            && openssl.expired("server_ext", "localhost", made.caCert, made.caKey, made.expiredServerCert,
                               made.expiredServerKey, &error)
            && openssl.issued("wrong_host_ext", kWrongHostName, made.caCert, made.caKey, made.wrongHostServerCert,
                              made.wrongHostServerKey, &error)
            && openssl.selfSigned("server_ext", "localhost", made.selfSignedCert, made.selfSignedKey, &error)
            && openssl.selfSigned("server_ext", "localhost", made.otherSelfSignedCert, made.otherSelfSignedKey, &error)
            && openssl.issued("client_ext", "Meshery Auth test client", made.caCert, made.caKey, made.clientCert,
                              made.clientKey, &error)
            && openssl.run({QStringLiteral("pkey"), QStringLiteral("-in"), made.clientKey, QStringLiteral("-aes256"),
                            QStringLiteral("-passout"), QStringLiteral("env:MESHERY_TEST_PASSPHRASE"),
                            QStringLiteral("-out"), made.clientKeyEncrypted},
                           &error)
            && openssl.run({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), made.clientCert,
                            QStringLiteral("-inkey"), made.clientKey, QStringLiteral("-name"),
                            QStringLiteral("Meshery Auth test client"), QStringLiteral("-certpbe"),
                            QStringLiteral("AES-256-CBC"), QStringLiteral("-keypbe"), QStringLiteral("AES-256-CBC"),
                            QStringLiteral("-macalg"), QStringLiteral("sha256"), QStringLiteral("-passout"),
                            QStringLiteral("env:MESHERY_TEST_PASSPHRASE"), QStringLiteral("-out"), made.clientPkcs12},
                           &error)
            && openssl.issued("client_ext", "Meshery Auth untrusted client", made.otherCaCert, made.otherCaKey,
                              made.untrustedClientCert, made.untrustedClientKey, &error)
            && openssl.expired("client_ext", "Meshery Auth expired client", made.caCert, made.caKey,
                               made.expiredClientCert, made.expiredClientKey, &error);
        if (!ok)
            return failed(errorMessage, error);
        *this = made;
        return true;
    }

    // The first certificate in a PEM file; null if there is none.
    static QSslCertificate certificate(const QString &pemFile)
    {
        const QList<QSslCertificate> all = QSslCertificate::fromPath(pemFile, QSsl::Pem);
        return all.isEmpty() ? QSslCertificate() : all.first();
    }

    // An EC private key from a PEM file (plain or encrypted); null if it cannot be read.
    static QSslKey key(const QString &pemFile, const QByteArray &passphrase = {})
    {
        QFile file(pemFile);
        if (!file.open(QIODevice::ReadOnly))
            return QSslKey();
        return QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, passphrase);
    }

    // The certificate's SHA-256 fingerprint: raw bytes, and as lower-case hex without separators.
    static QByteArray sha256(const QString &pemFile) { return certificate(pemFile).digest(QCryptographicHash::Sha256); }
    static QString sha256Hex(const QString &pemFile) { return QString::fromLatin1(sha256(pemFile).toHex()); }

private:
    static bool failed(QString *errorMessage, const QString &message)
    {
        if (errorMessage)
            *errorMessage = message;
        return false;
    }

    // Runs openssl in the folder, with a configuration of its own so the system's defaults (which
    // would, for example, mark every req -x509 certificate as a CA) play no part.
    class Openssl
    {
    public:
        explicit Openssl(const QString &directory)
            : m_dir(directory)
        {
        }

        bool writeConfig(QString *error)
        {
            QFile file(m_dir.filePath(QStringLiteral("openssl.cnf")));
            const QByteArray text = QByteArrayLiteral("[req]\n"
                                                      "distinguished_name = dn\n"
                                                      "[dn]\n"
                                                      "[ca_ext]\n"
                                                      "basicConstraints = critical,CA:TRUE\n"
                                                      "keyUsage = critical,keyCertSign,cRLSign\n"
                                                      "subjectKeyIdentifier = hash\n"
                                                      "[server_ext]\n"
                                                      "basicConstraints = critical,CA:FALSE\n"
                                                      "extendedKeyUsage = serverAuth\n"
                                                      "subjectKeyIdentifier = hash\n"
                                                      "subjectAltName = ")
                + kServerNames
                + QByteArrayLiteral("\n"
                                    "[wrong_host_ext]\n"
                                    "basicConstraints = critical,CA:FALSE\n"
                                    "extendedKeyUsage = serverAuth\n"
                                    "subjectKeyIdentifier = hash\n"
                                    "subjectAltName = DNS:")
                + kWrongHostName
                + QByteArrayLiteral("\n"
                                    "[client_ext]\n"
                                    "basicConstraints = critical,CA:FALSE\n"
                                    "keyUsage = critical,digitalSignature\n"
                                    "extendedKeyUsage = clientAuth\n"
                                    "subjectKeyIdentifier = hash\n"
                                    // openssl ca, for the certificates valid only in the past
                                    "[ca]\n"
                                    "default_ca = test_ca\n"
                                    "[test_ca]\n"
                                    "database = index.txt\n"
                                    "new_certs_dir = issued\n"
                                    "serial = serial\n"
                                    "default_md = sha256\n"
                                    "policy = any_name\n"
                                    "unique_subject = no\n"
                                    "[any_name]\n"
                                    "commonName = supplied\n");
            QFile index(m_dir.filePath(QStringLiteral("index.txt")));
            QFile serial(m_dir.filePath(QStringLiteral("serial")));
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !index.open(QIODevice::WriteOnly)
                || !serial.open(QIODevice::WriteOnly) || serial.write("1000\n") != 5) {
                *error =
                    QStringLiteral("TestCertificates: cannot write the openssl configuration in %1").arg(m_dir.path());
                return false;
            }
            return true;
        }

        bool selfSigned(const char *extensions, const char *commonName, const QString &cert, const QString &key,
                        QString *error)
        {
            return run(request(extensions, commonName, cert, key) << kNow, error);
        }

        bool issued(const char *extensions, const char *commonName, const QString &caCert, const QString &caKey,
                    const QString &cert, const QString &key, QString *error)
        {
            return run(request(extensions, commonName, cert, key)
                           << kNow << QStringLiteral("-CA") << caCert << QStringLiteral("-CAkey") << caKey,
                       error);
        }

        // openssl 3.0's req and x509 cannot date a certificate in the past; its ca command can.
        bool expired(const char *extensions, const char *commonName, const QString &caCert, const QString &caKey,
                     const QString &cert, const QString &key, QString *error)
        {
            const QString csr = cert + QStringLiteral(".csr");
            return run(request(nullptr, commonName, csr, key), error)
                && run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), config(),
                        QStringLiteral("-extensions"), QLatin1String(extensions), QStringLiteral("-startdate"),
                        QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                        QStringLiteral("20200201000000Z"), QStringLiteral("-notext"), QStringLiteral("-in"), csr,
                        QStringLiteral("-out"), cert, QStringLiteral("-cert"), caCert, QStringLiteral("-keyfile"),
                        caKey},
                       error);
        }

        bool run(const QStringList &arguments, QString *error)
        {
            QProcess process;
            process.setWorkingDirectory(m_dir.path());
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("MESHERY_TEST_PASSPHRASE"), QLatin1String(kPassphrase));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral("openssl"), arguments);
            const bool finished = process.waitForFinished(30000);
            if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
                return true;
            *error = QStringLiteral("TestCertificates: openssl %1 failed (%2): %3")
                         .arg(arguments.join(QLatin1Char(' ')),
                              process.error() == QProcess::FailedToStart
                                  ? QStringLiteral("cannot start openssl; install it (scripts/install-deps.sh)")
                                  : QStringLiteral("exit code %1").arg(process.exitCode()),
                              QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
            return false;
        }

    private:
        QString config() const { return m_dir.filePath(QStringLiteral("openssl.cnf")); }

        // A certificate instead of a request, valid from now for two days.
        inline static const QStringList kNow{QStringLiteral("-x509"), QStringLiteral("-days"), QStringLiteral("2")};

        // A new P-256 key and a certificate request.
        QStringList request(const char *extensions, const char *commonName, const QString &out,
                            const QString &key) const
        {
            QStringList arguments{QStringLiteral("req"),
                                  QStringLiteral("-new"),
                                  QStringLiteral("-config"),
                                  config(),
                                  QStringLiteral("-newkey"),
                                  QStringLiteral("ec"),
                                  QStringLiteral("-pkeyopt"),
                                  QStringLiteral("ec_paramgen_curve:P-256"),
                                  QStringLiteral("-noenc"),
                                  QStringLiteral("-keyout"),
                                  key,
                                  QStringLiteral("-out"),
                                  out,
                                  QStringLiteral("-subj"),
                                  QStringLiteral("/CN=") + QLatin1String(commonName)};
            if (extensions)
                arguments << QStringLiteral("-extensions") << QLatin1String(extensions);
            return arguments;
        }

        QDir m_dir;
    };
};

} // namespace MesheryTest
