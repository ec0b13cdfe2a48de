// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace MesheryAuth {

// What one profile trusts on the way to its server, read alike by the window, the CLI and the
// browser helper. Nothing here is secret: it lives in the settings with the profile. The client
// key's passphrase, when it has one, is the keychain's (TokenVault::storeKeyPassphrase).
// There is deliberately no switch that turns certificate verification off.
struct ServerTrust {
    // SHA-256 fingerprints (formatFingerprint's form) of certificates the user trusted for this
    // server after seeing them: one of them is accepted from this server's host only, whatever
    // the system thinks of it.
    QStringList pinnedCertificates;
    QString caFile; // PEM bundle of extra CAs, trusted for this server only
    QString clientCertificateFile; // PEM, or PKCS#12 (.p12/.pfx: the key is inside)
    QString clientKeyFile; // PEM; empty with PKCS#12
    // The user agreed, once, that the token travels unencrypted to this plain-http remote host.
    bool plainHttpConfirmed = false;

    bool isPinned(const QString &fingerprint) const { return pinnedCertificates.contains(fingerprint); }
    bool hasClientCertificate() const { return !clientCertificateFile.isEmpty(); }
    // Named as a PKCS#12 bundle (.p12, .pfx), which holds the key too.
    bool clientCertificateIsPkcs12() const;
    // Anything to read from files before a TLS handshake can start.
    bool needsFiles() const { return !caFile.isEmpty() || hasClientCertificate(); }
    bool operator==(const ServerTrust &other) const;
    bool operator!=(const ServerTrust &other) const { return !(*this == other); }

    // http:// to a host other than this computer: the token would cross the network in clear text.
    // Loopback stays plain-http friendly (Meshery's default is http://localhost:9081).
    static bool isUnencryptedRemote(const QUrl &serverUrl);
    // Whether a token may be sent to this server under this trust.
    bool allowsTokenTo(const QUrl &serverUrl) const { return plainHttpConfirmed || !isUnencryptedRemote(serverUrl); }
};

// "ab:cd…", "ABCD…" or with spaces: the canonical upper-case, colon-joined SHA-256 fingerprint,
// or an empty string when the text is not 32 bytes of hex.
QString normaliseFingerprint(const QString &text);

} // namespace MesheryAuth
