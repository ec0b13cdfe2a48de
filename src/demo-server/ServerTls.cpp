// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ServerTls.h"
#include "SelfSignedCertificate.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace MesheryTest {

namespace {

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

bool readFile(const QString &path, const QString &what, QByteArray *data, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(errorMessage, QStringLiteral("cannot read the %1 %2: %3").arg(what, path, file.errorString()));
    *data = file.readAll();
    return true;
}

bool readCertificates(const QString &path, const QString &what, QList<QSslCertificate> *certificates,
                      QString *errorMessage)
{
    QByteArray data;
    if (!readFile(path, what, &data, errorMessage))
        return false;
    *certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates->isEmpty())
        return fail(errorMessage, QStringLiteral("the %1 %2 holds no PEM certificate").arg(what, path));
    return true;
}

bool readPrivateKey(const QString &path, QSslKey *key, QString *errorMessage)
{
    const QString what = QStringLiteral("TLS private key");
    QByteArray data;
    if (!readFile(path, what, &data, errorMessage))
        return false;
    *key = QSslKey(data, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key->isNull())
        *key = QSslKey(data, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key->isNull()) {
        return fail(errorMessage,
                    QStringLiteral("the %1 %2 holds no unencrypted PEM private key (EC or RSA)").arg(what, path));
    }
    return true;
}

} // namespace

std::optional<QSslConfiguration> ServerTls::configuration(const ServerOptions &options, QString *errorMessage)
{
    if (!QSslSocket::supportsSsl()) {
        fail(errorMessage, QStringLiteral("TLS is not available: Qt found no usable TLS backend"));
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (options.certificateFile.isEmpty() != options.privateKeyFile.isEmpty()) {
        fail(errorMessage,
             QStringLiteral("a TLS certificate file needs its private key file, and the other way round"));
        return std::nullopt;
    }
    if (options.certificateFile.isEmpty()) {
        const SelfSignedCertificate generated = SelfSignedCertificate::generate(errorMessage);
        if (generated.isNull())
            return std::nullopt;
        configuration.setLocalCertificate(generated.certificate());
        configuration.setPrivateKey(generated.privateKey());
    } else {
        QList<QSslCertificate> chain;
        QSslKey key;
        if (!readCertificates(options.certificateFile, QStringLiteral("TLS certificate"), &chain, errorMessage)
            || !readPrivateKey(options.privateKeyFile, &key, errorMessage))
            return std::nullopt;
        configuration.setLocalCertificateChain(chain); // the first is the server's own
        configuration.setPrivateKey(key);
    }

    if (options.clientCaFile.isEmpty()) {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
        return configuration;
    }
    QList<QSslCertificate> clientCas;
    if (!readCertificates(options.clientCaFile, QStringLiteral("client CA file"), &clientCas, errorMessage))
        return std::nullopt;
    // Only these CAs, not the system's: the handshake fails without a client certificate they
    // issued, or with one that is expired.
    configuration.setCaCertificates(clientCas);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // End a refused handshake with a TLS alert that says why (certificate required, unknown ca,
    // certificate expired), as Go's TLS stack does, instead of a bare hang-up.
    configuration.setMissingCertificateIsFatal(true);
    configuration.setHandshakeMustInterruptOnError(true);
    return configuration;
}

} // namespace MesheryTest
