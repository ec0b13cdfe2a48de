// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "Job.h"
#include "ServerTrust.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <functional>
#include <optional>

namespace MesheryAuth {

class TokenVault;

// The files a ServerTrust names, read and checked: what a handshake with that server needs
// besides the system's own trust store.
struct TlsMaterial {
    QList<QSslCertificate> caCertificates;
    QSslCertificate clientCertificate;
    QList<QSslCertificate> clientChain; // intermediates that came with the client certificate
    QSslKey clientKey;
    ApiError error; // TlsSettingsUnusable (or a keychain failure), the detail naming the file
    bool needsPassphrase = false; // the key is encrypted and was read without a passphrase
    // The system's CAs and caCertificates, gathered where the files were read: reading the
    // system's store (hundreds of files) for each request blocked the thread that sends it.
    QList<QSslCertificate> allCaCertificates;

    bool isOk() const { return error.isOk(); }
    // The system's configuration, plus these CAs for this server only and the client identity.
    QSslConfiguration configuration() const;
};

// Reads a ServerTrust's files and, for an encrypted client key, its passphrase from the vault.
// The files are small and local; each is capped so that a wrong path (/dev/zero) cannot hang
// or exhaust the app.
class TlsMaterialJob : public Job
{
    Q_OBJECT

public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    // profileId names the passphrase's keychain entry; vault may be null when the profile has
    // no saved identity (a passphrase is then reported as missing).
    TlsMaterialJob(const ServerTrust &trust, const QString &profileId, TokenVault *vault, QObject *parent = nullptr);
    // A check of files the user is choosing: with the passphrase they typed, if any; no keychain.
    TlsMaterialJob(const ServerTrust &trust, const std::optional<QByteArray> &passphrase, QObject *parent = nullptr);

    // The synchronous part, for checks and tests: everything but the keychain. passphrase:
    // nullopt when the key, if encrypted, should report that it needs one.
    static TlsMaterial read(const ServerTrust &trust, const std::optional<QByteArray> &passphrase);

signals:
    void finished(const MesheryAuth::TlsMaterial &material);

protected:
    void start() override;

private:
    void readElsewhere(const std::optional<QByteArray> &passphrase,
                       const std::function<void(const TlsMaterial &)> &then);
    void finish(const TlsMaterial &material);

    ServerTrust m_trust;
    QString m_profileId;
    TokenVault *m_vault = nullptr;
    std::optional<QByteArray> m_typedPassphrase;
    bool m_checkOnly = false;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::TlsMaterial)
