// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "BrowserCertificatePolicy.h"

#include "TlsCertificateInfo.h"

#include <QSslConfiguration>

namespace MesheryAuth {

BrowserCertificatePolicy::BrowserCertificatePolicy(const QUrl &serverUrl, const QStringList &pinnedFingerprints,
                                                   const QList<QSslCertificate> &caCertificates)
    : m_server(serverUrl)
    , m_pinned(pinnedFingerprints)
    , m_caCertificates(caCertificates)
{
}

bool BrowserCertificatePolicy::accepts(const QUrl &url, Problem problem, const QList<QSslCertificate> &chain) const
{
    if (chain.isEmpty() || chain.constFirst().isNull() || problem == Problem::Other || !isServersOwn(url))
        return false;
    // A pin names the very certificate: the user saw it and trusted it, whatever else is wrong.
    if (m_pinned.contains(formatFingerprint(chain.constFirst().digest(QCryptographicHash::Sha256))))
        return true;
    // A CA vouches for an authority only; a wrong name or an old certificate stays wrong.
    return problem == Problem::UnknownAuthority && !m_caCertificates.isEmpty()
        && verifiesWithProfileCas(chain, url.host());
}

bool BrowserCertificatePolicy::isServersOwn(const QUrl &url) const
{
    // The host alone is not enough: another port of the same host is another service.
    return m_server.scheme() == QLatin1String("https") && url.scheme() == QLatin1String("https")
        && !url.host().isEmpty() && url.host().compare(m_server.host(), Qt::CaseInsensitive) == 0
        && url.port(443) == m_server.port(443);
}

bool BrowserCertificatePolicy::verifiesWithProfileCas(const QList<QSslCertificate> &chain, const QString &host) const
{
    // QSslCertificate::verify takes its roots from the default configuration (and the system's):
    // the profile's CAs join them for this one synchronous check, as the API client adds them to
    // its own requests. (The helper has no other TLS client that could see them meanwhile.)
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration withProfileCas = before;
    withProfileCas.addCaCertificates(m_caCertificates);
    QSslConfiguration::setDefaultConfiguration(withProfileCas);
    const bool verified = QSslCertificate::verify(chain, host).isEmpty();
    QSslConfiguration::setDefaultConfiguration(before);
    return verified;
}

} // namespace MesheryAuth
