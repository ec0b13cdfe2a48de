// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TrustOptions.h"

#include "TlsMaterial.h"
#include "TokenInput.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace MesheryAuth::Cli {

const QCommandLineOption TrustOptions::AllowHttp(QStringLiteral("allow-http"));
const QCommandLineOption TrustOptions::CaFile(QStringLiteral("ca-file"), QString(), QStringLiteral("PATH"));
const QCommandLineOption TrustOptions::ClientCertificate(QStringLiteral("client-cert"), QString(),
                                                         QStringLiteral("PATH"));
const QCommandLineOption TrustOptions::ClientKey(QStringLiteral("client-key"), QString(), QStringLiteral("PATH"));
const QCommandLineOption TrustOptions::PassphraseStdin(QStringLiteral("client-key-passphrase-stdin"));

namespace {

QCommandLineOption described(QCommandLineOption option, const QString &description)
{
    option.setDescription(description);
    return option;
}

// Relative to where the command runs, as the user meant it; the settings keep it absolute.
QString absolutePath(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

} // namespace

void TrustOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(described(AllowHttp,
                               tr("add: accept that the token travels unencrypted to this plain-http server on "
                                  "another computer.")));
    parser.addOption(
        described(CaFile, tr("add: a PEM file of CA certificates to trust for this server only (an internal CA).")));
    parser.addOption(described(ClientCertificate,
                               tr("add: the client certificate to present to this server (PEM, or PKCS#12 "
                                  ".p12/.pfx with its key inside).")));
    parser.addOption(described(ClientKey, tr("add: the client certificate's private key (PEM).")));
    parser.addOption(described(PassphraseStdin,
                               tr("add: read the client key's passphrase from standard input; it is kept in the "
                                  "system keychain.")));
}

bool TrustOptions::anySet(const QCommandLineParser &parser)
{
    for (const QCommandLineOption &option : {AllowHttp, CaFile, ClientCertificate, ClientKey, PassphraseStdin}) {
        if (parser.isSet(option))
            return true;
    }
    return false;
}

std::optional<TrustOptions::Parsed> TrustOptions::read(const QCommandLineParser &parser, const QUrl &server,
                                                       CliError *error)
{
    Parsed parsed;
    ServerTrust &trust = parsed.trust;
    trust.caFile = absolutePath(parser.value(CaFile).trimmed());
    trust.clientCertificateFile = absolutePath(parser.value(ClientCertificate).trimmed());
    trust.clientKeyFile = absolutePath(parser.value(ClientKey).trimmed());
    // Consent means something only where the token would otherwise stay at home.
    trust.plainHttpConfirmed = parser.isSet(AllowHttp) && ServerTrust::isUnencryptedRemote(server);
    if (!trust.hasClientCertificate() && (!trust.clientKeyFile.isEmpty() || parser.isSet(PassphraseStdin))) {
        *error = CliError::usage(tr("--client-key and --client-key-passphrase-stdin need --client-cert."));
        return std::nullopt;
    }
    if (trust.needsFiles() && server.scheme() != QLatin1String("https")) {
        *error = CliError::usage(
            tr("Certificates are used with https:// addresses only; %1 is plain http.").arg(server.toString()));
        return std::nullopt;
    }
    if (parser.isSet(PassphraseStdin)) {
        QString tooLong;
        const QByteArray passphrase = TokenInput::readPassphrase(&tooLong);
        if (!tooLong.isEmpty() || passphrase.isEmpty()) {
            *error = CliError::usage(tooLong.isEmpty() ? tr("No passphrase arrived on standard input.") : tooLong,
                                     tr("Pipe it in, for example: meshery-auth-cli profiles add NAME URL "
                                        "--client-cert FILE --client-key-passphrase-stdin < passphrase.txt"));
            return std::nullopt;
        }
        parsed.passphrase = passphrase;
    }
    if (!trust.needsFiles())
        return parsed;
    const TlsMaterial material = TlsMaterialJob::read(trust, parsed.passphrase);
    if (material.needsPassphrase) {
        *error = CliError::failure(ApiError::kindId(ApiError::Kind::TlsSettingsUnusable), material.error.detail(),
                                   tr("Give its passphrase with --client-key-passphrase-stdin."));
        return std::nullopt;
    }
    if (!material.isOk()) {
        *error = CliError::failure(ApiError::kindId(ApiError::Kind::TlsSettingsUnusable), material.error.detail(),
                                   tr("Nothing was saved. Check the file and try again."));
        return std::nullopt;
    }
    return parsed;
}

} // namespace MesheryAuth::Cli
