// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "SelfSignedCertificate.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace MesheryTest {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *pointer) const { Free(pointer); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using CertificatePtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QString openSslError(const char *step)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QStringLiteral("TLS certificate: %1 failed: %2").arg(QLatin1String(step), QLatin1String(text));
}

KeyPtr generateKey()
{
    KeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 || EVP_PKEY_CTX_set_group_name(context.get(), "P-256") <= 0
        || EVP_PKEY_generate(context.get(), &key) <= 0)
        return nullptr;
    return KeyPtr(key);
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addName(X509_NAME *name, const char *field, const char *value)
{
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(value), -1,
                                      -1, 0)
        == 1;
}

// Fills in and signs the certificate; names the step that failed.
const char *buildCertificate(X509 *certificate, EVP_PKEY *key)
{
    constexpr long hour = 60 * 60;
    if (X509_set_version(certificate, 2) != 1) // X.509 v3, needed for extensions
        return "setting the version";

    // A random positive 64-bit serial: browsers reject two certificates with one issuer and serial.
    BignumPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)))
        return "choosing a serial number";

    if (!X509_gmtime_adj(X509_getm_notBefore(certificate), -hour)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate), 48 * hour))
        return "setting the validity";
    if (X509_set_pubkey(certificate, key) != 1)
        return "setting the public key";

    X509_NAME *name = X509_get_subject_name(certificate);
    if (!addName(name, "O", "Meshery Test Server") || !addName(name, "CN", "localhost")
        || X509_set_issuer_name(certificate, name) != 1)
        return "setting the names";

    // No keyUsage extension: one without keyCertSign makes OpenSSL (and so
    // QSslCertificate::isSelfSigned) deny that the certificate issued itself.
    if (!addExtension(certificate, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate, NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate, NID_subject_key_identifier, "hash")
        || !addExtension(certificate, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1"))
        return "adding the extensions";

    if (X509_sign(certificate, key, EVP_sha256()) <= 0)
        return "signing";
    return nullptr;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(QString *errorMessage)
{
    SelfSignedCertificate result;
    auto failed = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return SelfSignedCertificate();
    };

    const KeyPtr key = generateKey();
    if (!key)
        return failed(openSslError("generating the key"));
    CertificatePtr certificate(X509_new());
    if (!certificate)
        return failed(openSslError("allocating the certificate"));
    if (const char *failedStep = buildCertificate(certificate.get(), key.get()))
        return failed(openSslError(failedStep));

    BioPtr certificatePem(BIO_new(BIO_s_mem()));
    BioPtr keyPem(BIO_new(BIO_s_mem()));
    if (!certificatePem || !keyPem || PEM_write_bio_X509(certificatePem.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failed(openSslError("writing PEM"));

    result.m_certificate = QSslCertificate(bioContents(certificatePem.get()), QSsl::Pem);
    result.m_key = QSslKey(bioContents(keyPem.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.isNull())
        return failed(QStringLiteral("TLS certificate: Qt could not read the generated certificate or key"));
    return result;
}

} // namespace MesheryTest
