// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TlsMaterial.h"

#include "TokenVault.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <cstring>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace MesheryAuth {

namespace {

// PKCS#12 is named so by convention, and binary DER (a SEQUENCE) where PEM is text.
bool isPkcs12(const ServerTrust &trust, const QByteArray &data)
{
    return trust.clientCertificateIsPkcs12() || (data.startsWith('\x30') && !data.contains("-----BEGIN"));
}

bool isEncryptedPem(const QByteArray &key)
{
    // PKCS#8 "ENCRYPTED PRIVATE KEY" and the traditional "Proc-Type: 4,ENCRYPTED" header.
    return key.contains("ENCRYPTED");
}

// A context lupdate sees as the code uses it (a free tr() function it files under "MesheryAuth").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::TlsMaterial)
};

ApiError unusable(const QString &sentence)
{
    return ApiError(ApiError::Kind::TlsSettingsUnusable, sentence);
}

// A file of at most MaxFileBytes, or an error that names it.
QByteArray readFile(const QString &path, const QString &what, ApiError *error)
{
#ifdef Q_OS_UNIX
    // Opened without waiting (a FIFO would wait for a writer) and checked on the descriptor, so
    // the path cannot be swapped for a pipe or a device between a check and the open.
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0) {
        *error = unusable(Tr::tr("The %1 \"%2\" cannot be read: %3.")
                              .arg(what, QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(errno))));
        return {};
    }
    struct stat status {
    };
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(descriptor);
        *error = unusable(Tr::tr("The %1 \"%2\" is not a regular file.").arg(what, QDir::toNativeSeparators(path)));
        return {};
    }
    QFile file;
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        *error = unusable(
            Tr::tr("The %1 \"%2\" cannot be read: %3.").arg(what, QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
#else
    // No O_NONBLOCK or fstat() here (Windows): checked by path, then opened. A swap between the
    // two is only possible for someone who can already write the user's files.
    if (!QFileInfo(path).isFile()) {
        *error = unusable(Tr::tr("The %1 \"%2\" is not a regular file.").arg(what, QDir::toNativeSeparators(path)));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = unusable(
            Tr::tr("The %1 \"%2\" cannot be read: %3.").arg(what, QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
#endif
    const QByteArray data = file.read(TlsMaterialJob::MaxFileBytes + 1);
    if (data.size() > TlsMaterialJob::MaxFileBytes) {
        *error = unusable(Tr::tr("The %1 \"%2\" is larger than any certificate file (over %3 KiB).")
                              .arg(what, QDir::toNativeSeparators(path))
                              .arg(TlsMaterialJob::MaxFileBytes / 1024));
        return {};
    }
    if (data.isEmpty())
        *error = unusable(Tr::tr("The %1 \"%2\" is empty.").arg(what, QDir::toNativeSeparators(path)));
    return data;
}

QSslKey privateKeyFrom(const QByteArray &pem, const QByteArray &passphrase)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

ApiError checkValidity(const QSslCertificate &certificate, const QString &path)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString file = QDir::toNativeSeparators(path);
    if (certificate.expiryDate() < now) {
        return unusable(Tr::tr("The client certificate \"%1\" expired on %2; ask for a new one.")
                            .arg(file, certificate.expiryDate().toUTC().toString(Qt::ISODate)));
    }
    if (certificate.effectiveDate() > now) {
        return unusable(Tr::tr("The client certificate \"%1\" is valid only from %2.")
                            .arg(file, certificate.effectiveDate().toUTC().toString(Qt::ISODate)));
    }
    return {};
}

// The system's CA store (hundreds of files), read once per process: every profile with a CA file
// of its own trusts it beside the system's, and reading it for each client kept its requests
// waiting past a short time limit.
const QList<QSslCertificate> &systemCaCertificates()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

void readCaFile(const ServerTrust &trust, TlsMaterial &material)
{
    if (trust.caFile.isEmpty())
        return;
    const QByteArray data = readFile(trust.caFile, Tr::tr("CA file"), &material.error);
    if (!material.isOk())
        return;
    material.caCertificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (material.caCertificates.isEmpty())
        material.caCertificates = QSslCertificate::fromData(data, QSsl::Der);
    if (material.caCertificates.isEmpty()) {
        material.error = unusable(Tr::tr("The CA file \"%1\" holds no certificate (PEM expected).")
                                      .arg(QDir::toNativeSeparators(trust.caFile)));
    }
}

ApiError needsPassphraseError(const QString &path)
{
    return unusable(Tr::tr("The client key \"%1\" is protected by a passphrase, and none is stored for this server.")
                        .arg(QDir::toNativeSeparators(path)));
}

void readPkcs12(const QString &path, const QByteArray &data, const std::optional<QByteArray> &passphrase,
                TlsMaterial &material)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    if (QSslCertificate::importPkcs12(&buffer, &material.clientKey, &material.clientCertificate, &material.clientChain,
                                      passphrase.value_or(QByteArray())))
        return;
    material.clientKey.clear();
    material.needsPassphrase = !passphrase;
    if (!passphrase)
        material.error = needsPassphraseError(path);
    else
        material.error = unusable(Tr::tr("The client certificate bundle \"%1\" cannot be opened: the passphrase is "
                                         "wrong, or it is not a PKCS#12 file.")
                                      .arg(QDir::toNativeSeparators(path)));
}

void readPem(const ServerTrust &trust, const QByteArray &data, const std::optional<QByteArray> &passphrase,
             TlsMaterial &material)
{
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty()) {
        material.error = unusable(Tr::tr("The client certificate \"%1\" holds no PEM certificate.")
                                      .arg(QDir::toNativeSeparators(trust.clientCertificateFile)));
        return;
    }
    material.clientCertificate = certificates.takeFirst();
    material.clientChain = certificates;

    // The key may sit in the certificate's own file.
    const QString keyPath = trust.clientKeyFile.isEmpty() ? trust.clientCertificateFile : trust.clientKeyFile;
    const QByteArray keyData =
        trust.clientKeyFile.isEmpty() ? data : readFile(keyPath, Tr::tr("client key"), &material.error);
    if (!material.isOk())
        return;
    if (isEncryptedPem(keyData) && !passphrase) {
        material.needsPassphrase = true;
        material.error = needsPassphraseError(keyPath);
        return;
    }
    material.clientKey = privateKeyFrom(keyData, passphrase.value_or(QByteArray()));
    if (!material.clientKey.isNull())
        return;
    const QString file = QDir::toNativeSeparators(keyPath);
    material.error = isEncryptedPem(keyData)
        ? unusable(Tr::tr("The client key \"%1\" cannot be opened: the passphrase is wrong.").arg(file))
        : unusable(Tr::tr("The file \"%1\" holds no private key in PEM form (RSA, EC or DSA).").arg(file));
}

} // namespace

QSslConfiguration TlsMaterial::configuration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Beside the system's, not instead: adding to Qt 6's default would stop it loading the
    // system's own on demand, and a server with a public certificate would fail.
    if (!allCaCertificates.isEmpty())
        configuration.setCaCertificates(allCaCertificates);
    else if (!caCertificates.isEmpty())
        configuration.setCaCertificates(systemCaCertificates() + caCertificates);
    if (!clientCertificate.isNull()) {
        configuration.setLocalCertificateChain(QList<QSslCertificate>{clientCertificate} + clientChain);
        configuration.setPrivateKey(clientKey);
    }
    return configuration;
}

TlsMaterialJob::TlsMaterialJob(const ServerTrust &trust, const QString &profileId, TokenVault *vault, QObject *parent)
    : Job(parent)
    , m_trust(trust)
    , m_profileId(profileId)
    , m_vault(vault)
{
    qRegisterMetaType<MesheryAuth::TlsMaterial>();
}

TlsMaterialJob::TlsMaterialJob(const ServerTrust &trust, const std::optional<QByteArray> &passphrase, QObject *parent)
    : Job(parent)
    , m_trust(trust)
    , m_typedPassphrase(passphrase)
    , m_checkOnly(true)
{
    qRegisterMetaType<MesheryAuth::TlsMaterial>();
}

TlsMaterial TlsMaterialJob::read(const ServerTrust &trust, const std::optional<QByteArray> &passphrase)
{
    TlsMaterial material;
    readCaFile(trust, material);
    if (!material.caCertificates.isEmpty())
        material.allCaCertificates = systemCaCertificates() + material.caCertificates;
    if (!material.isOk() || !trust.hasClientCertificate())
        return material;
    const QByteArray data = readFile(trust.clientCertificateFile, Tr::tr("client certificate"), &material.error);
    if (!material.isOk())
        return material;
    if (isPkcs12(trust, data))
        readPkcs12(trust.clientCertificateFile, data, passphrase, material);
    else
        readPem(trust, data, passphrase, material);
    if (material.isOk())
        material.error = checkValidity(material.clientCertificate, trust.clientCertificateFile);
    if (!material.isOk()) {
        material.clientCertificate.clear();
        material.clientChain.clear();
        material.clientKey.clear();
    }
    return material;
}

void TlsMaterialJob::start()
{
    if (m_checkOnly) {
        readElsewhere(m_typedPassphrase, [this](const TlsMaterial &material) { finish(material); });
        return;
    }
    readElsewhere(std::nullopt, [this](const TlsMaterial &withoutPassphrase) {
        if (!withoutPassphrase.needsPassphrase || !m_vault || m_profileId.isEmpty()) {
            finish(withoutPassphrase);
            return;
        }
        connect(m_vault->loadKeyPassphrase(m_profileId), &VaultJob::finished, this, [this](const VaultResult &loaded) {
            if (!loaded.isOk()) {
                TlsMaterial failed;
                failed.error = loaded.error;
                finish(failed);
                return;
            }
            readElsewhere(loaded.found ? std::optional<QByteArray>(loaded.token) : std::nullopt,
                          [this](const TlsMaterial &material) { finish(material); });
        });
    });
}

void TlsMaterialJob::readElsewhere(const std::optional<QByteArray> &passphrase,
                                   const std::function<void(const TlsMaterial &)> &then)
{
    // A key file's KDF can be made to take minutes (a PKCS#12 with a huge iteration count): never
    // on the thread that made the job. A job that is gone takes its watcher along; the read ends
    // unseen.
    auto *watcher = new QFutureWatcher<TlsMaterial>(this);
    connect(watcher, &QFutureWatcher<TlsMaterial>::finished, this, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([trust = m_trust, passphrase] { return read(trust, passphrase); }));
}

void TlsMaterialJob::finish(const TlsMaterial &material)
{
    if (settle())
        emit finished(material);
}

} // namespace MesheryAuth
