// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// A fresh key and self-signed certificate for "localhost" / 127.0.0.1, made with OpenSSL's
// libcrypto when a TLS server starts, so no key material lives in the repository.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace MesheryTest {

class SelfSignedCertificate
{
public:
    // An EC P-256 key; valid from an hour ago (clock skew) for two days.
    static SelfSignedCertificate generate(QString *errorMessage = nullptr);

    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace MesheryTest
