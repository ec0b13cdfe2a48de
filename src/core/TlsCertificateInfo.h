// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace MesheryAuth {

// What a person needs to judge a certificate the system did not trust: who it names, who signed
// it, when it is valid, and the fingerprint to compare out of band.
struct TlsCertificateInfo {
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::TlsCertificateInfo)

public:
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QString sha256Fingerprint; // upper-case hex pairs joined by ':'
    QStringList alternativeNames; // "DNS:host", "IP:address": the names it is valid for

    static TlsCertificateInfo fromCertificate(const QSslCertificate &certificate);
    bool isNull() const { return sha256Fingerprint.isEmpty(); }
    bool isSelfSigned() const { return !isNull() && subject == issuer; }
    QString toDisplayString() const; // translated, several lines
};

QString formatFingerprint(const QByteArray &digest);

} // namespace MesheryAuth
