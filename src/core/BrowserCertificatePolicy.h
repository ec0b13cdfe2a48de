// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

namespace MesheryAuth {

// Which certificate errors the embedded browser may look past: the profile's own decisions, the
// same the API client takes. Only on the profile's own server (https, its host and its port), and
// only for a certificate the profile pinned or a chain its CA certificates vouch for. Never for
// the provider's site or any other host, whatever certificate it shows; nothing is put to the user.
class BrowserCertificatePolicy
{
public:
    // What the browser found wrong, in the kinds a trust decision can look past.
    enum class Problem { UnknownAuthority, WrongName, OutOfDate, Other };

    BrowserCertificatePolicy(const QUrl &serverUrl, const QStringList &pinnedFingerprints,
                             const QList<QSslCertificate> &caCertificates);

    // chain: the certificate shown for url first, then the ones sent with it.
    bool accepts(const QUrl &url, Problem problem, const QList<QSslCertificate> &chain) const;

private:
    bool isServersOwn(const QUrl &url) const;
    bool verifiesWithProfileCas(const QList<QSslCertificate> &chain, const QString &host) const;

    QUrl m_server;
    QStringList m_pinned;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace MesheryAuth
