// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TlsCertificateInfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

namespace MesheryAuth {

namespace {
QString describeName(const QSslCertificate &certificate, bool subject)
{
    // The display name is the common name when there is one; fall back to the organisation so a
    // certificate without CN still reads as something.
    const QString name = subject ? certificate.subjectDisplayName() : certificate.issuerDisplayName();
    if (!name.isEmpty())
        return name;
    const auto attribute = QSslCertificate::Organization;
    const QStringList org = subject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
    return org.join(QStringLiteral(", "));
}
} // namespace

QString formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

TlsCertificateInfo TlsCertificateInfo::fromCertificate(const QSslCertificate &certificate)
{
    TlsCertificateInfo info;
    if (certificate.isNull())
        return info;
    info.subject = describeName(certificate, true);
    info.issuer = describeName(certificate, false);
    info.validFrom = certificate.effectiveDate().toUTC();
    info.validUntil = certificate.expiryDate().toUTC();
    info.sha256Fingerprint = formatFingerprint(certificate.digest(QCryptographicHash::Sha256));
    const auto names = certificate.subjectAlternativeNames();
    for (auto name = names.cbegin(); name != names.cend(); ++name) {
        const bool isDns = name.key() == QSsl::DnsEntry;
        if (isDns || name.key() == QSsl::IpAddressEntry)
            info.alternativeNames << (isDns ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + name.value();
    }
    return info;
}

QString TlsCertificateInfo::toDisplayString() const
{
    if (isNull())
        return {};
    QString text = tr("Subject: %1\nIssuer: %2\nValid from %3 until %4")
                       .arg(subject, issuer, validFrom.toString(Qt::ISODate), validUntil.toString(Qt::ISODate));
    if (!alternativeNames.isEmpty())
        text += QLatin1Char('\n') + tr("Valid for: %1").arg(alternativeNames.join(QStringLiteral(", ")));
    return text + QLatin1Char('\n') + tr("SHA-256 fingerprint: %1").arg(sha256Fingerprint);
}

} // namespace MesheryAuth
