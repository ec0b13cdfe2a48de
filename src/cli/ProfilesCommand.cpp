// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ProfilesCommand.h"

#include "ApiClient.h"
#include "JsonForms.h"
#include "ProfileService.h"
#include "ServerAddress.h"
#include "TokenInput.h"
#include "TokenVault.h"
#include "TrustOptions.h"
#include "TrustReport.h"

#include <QJsonArray>

namespace MesheryAuth::Cli {

namespace {
const QCommandLineOption FingerprintOption(QStringLiteral("fingerprint"), QString(), QStringLiteral("SHA256"));

QJsonArray problemsOf(const ApiError &error)
{
    return QJsonArray::fromStringList(error.tlsProblems());
}
} // namespace

QString ProfilesCommand::summary() const
{
    return tr("List, add, remove or choose the current server profile.");
}

QStringList ProfilesCommand::synopsis() const
{
    return {QStringLiteral("profiles [--json]"),
            QStringLiteral("profiles add NAME URL [--allow-http] [--ca-file PATH] [--client-cert PATH] "
                           "[--client-key PATH] [--client-key-passphrase-stdin] [--json]"),
            QStringLiteral("profiles remove NAME [--json]"),
            QStringLiteral("profiles use NAME [--json]"),
            QStringLiteral("profiles trust NAME [SHA256 | --fingerprint SHA256] [--json]"),
            QStringLiteral("profiles untrust NAME SHA256 [--json]")};
}

void ProfilesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(jsonOption());
    TrustOptions::addTo(parser);
    QCommandLineOption fingerprint = FingerprintOption;
    fingerprint.setDescription(tr("trust: the SHA-256 fingerprint you were given for the server's certificate, "
                                  "instead of typing it."));
    parser.addOption(fingerprint);
    parser.addPositionalArgument(
        QStringLiteral("subcommand"),
        tr("add NAME URL: save a new profile; remove NAME: forget a profile and delete its tokens; "
           "use NAME: make a profile current; trust NAME: show the certificate the server presents and "
           "trust it once you confirm its fingerprint; untrust NAME SHA256: forget a trusted certificate. "
           "Without one: list the profiles."),
        QStringLiteral("[add|remove|use|trust|untrust ...]"));
}

void ProfilesCommand::run(const QCommandLineParser &parser)
{
    output().setJson(parser.isSet(jsonOption()));
    const QStringList arguments = parser.positionalArguments();
    const QString subcommand = arguments.value(0);
    if (subcommand != QLatin1String("add") && TrustOptions::anySet(parser)) {
        fail(CliError::usage(tr("--allow-http, --ca-file, --client-cert, --client-key and "
                                "--client-key-passphrase-stdin belong to \"profiles add\".")));
        return;
    }
    if (subcommand != QLatin1String("trust") && parser.isSet(FingerprintOption)) {
        fail(CliError::usage(tr("--fingerprint belongs to \"profiles trust\".")));
        return;
    }
    if (subcommand.isEmpty()) {
        list();
    } else if (subcommand == QLatin1String("add")) {
        if (expectArguments(arguments, 3, 3))
            add(arguments.at(1).trimmed(), arguments.at(2).trimmed(), parser);
    } else if (subcommand == QLatin1String("remove")) {
        if (expectArguments(arguments, 2, 2))
            remove(arguments.at(1).trimmed());
    } else if (subcommand == QLatin1String("use")) {
        if (expectArguments(arguments, 2, 2))
            use(arguments.at(1).trimmed());
    } else if (subcommand == QLatin1String("trust")) {
        // "profiles trust NAME SHA256" is "profiles trust NAME --fingerprint SHA256".
        if (!expectArguments(arguments, 2, 3))
            return;
        const QString given = arguments.size() == 3 ? arguments.at(2) : parser.value(FingerprintOption);
        if (arguments.size() == 3 && parser.isSet(FingerprintOption)
            && normaliseFingerprint(parser.value(FingerprintOption)) != normaliseFingerprint(arguments.at(2))) {
            fail(CliError::usage(tr("Two different fingerprints were given; give one.")));
            return;
        }
        trust(arguments.at(1).trimmed(), given);
    } else if (subcommand == QLatin1String("untrust")) {
        if (expectArguments(arguments, 3, 3))
            untrust(arguments.at(1).trimmed(), arguments.at(2));
    } else {
        fail(CliError::usage(tr("Unknown subcommand of \"profiles\"; use add, remove, use, trust or untrust."),
                             tr("See meshery-auth-cli profiles --help.")));
    }
}

void ProfilesCommand::list()
{
    ProfileStore *store = context()->profiles();
    const QList<ServerProfile> profiles = store->profiles();
    const QString currentId = store->currentId();
    if (output().isJson()) {
        QJsonArray array;
        for (const ServerProfile &profile : profiles) {
            QJsonObject object = JsonForms::profile(profile);
            object.insert(QStringLiteral("current"), profile.id == currentId);
            array.append(object);
        }
        output().document(
            {{QStringLiteral("currentProfileId"), Output::orNull(store->current() ? currentId : QString())},
             {QStringLiteral("profiles"), array}});
    } else if (profiles.isEmpty()) {
        output().note(tr("No profiles yet. Add one with: meshery-auth-cli profiles add NAME URL"));
    } else {
        QList<QStringList> rows;
        for (const ServerProfile &profile : profiles) {
            rows << QStringList{profile.id == currentId ? QStringLiteral("*") : QString(), profile.name,
                                profile.serverUrl.toString(), profile.provider.isEmpty() ? tr("-") : profile.provider};
        }
        output().table({tr("CURRENT"), tr("NAME"), tr("SERVER"), tr("PROVIDER")}, rows);
    }
    finish();
}

std::optional<ServerProfile> ProfilesCommand::existing(const QString &name)
{
    if (auto found = context()->findProfile(name))
        return found;
    fail(CliError::failure(QStringLiteral("profile-not-found"), tr("There is no profile named \"%1\".").arg(name),
                           tr("List the profiles with: meshery-auth-cli profiles")));
    return std::nullopt;
}

void ProfilesCommand::add(const QString &name, const QString &address, const QCommandLineParser &parser)
{
    ProfileStore *store = context()->profiles();
    if (name.isEmpty()) {
        fail(CliError::usage(tr("The profile needs a name.")));
        return;
    }
    const QList<ServerProfile> all = store->profiles();
    for (const ServerProfile &other : all) {
        // Commands name profiles, so two of the same name could not be told apart.
        if (other.name.compare(name, Qt::CaseInsensitive) == 0) {
            fail(CliError::failure(QStringLiteral("profile-exists"),
                                   tr("A profile named \"%1\" already exists.").arg(other.name),
                                   tr("Choose another name, or remove that one first.")));
            return;
        }
    }
    QString problem;
    const QUrl url = ServerAddress::normalise(address, &problem);
    if (!url.isValid()) {
        fail(CliError::usage(problem));
        return;
    }
    CliError unusable;
    const auto trust = TrustOptions::read(parser, url, &unusable);
    if (!trust) {
        fail(unusable);
        return;
    }
    if (parser.isSet(TrustOptions::AllowHttp) && !trust->trust.plainHttpConfirmed)
        output().note(tr("--allow-http is not needed for %1: the token is encrypted or stays on this computer.")
                          .arg(url.toString()));
    ServerProfile profile = store->newProfile(url);
    profile.name = name;
    profile.trust = trust->trust;
    const ApiError saved = store->save(profile);
    if (!saved.isOk()) {
        fail(CliError::failure(QStringLiteral("profile-not-saved"), saved.brief(), saved.hint()));
        return;
    }
    QString message = tr("Added the profile %1 for %2.").arg(profile.name, profile.serverUrl.toString());
    if (!store->current()) {
        store->setCurrentId(profile.id); // the first profile is the one to use
        message += QLatin1Char(' ') + tr("It is now the current profile.");
    }
    const QString warning = TrustReport::plainHttpWarning(profile);
    if (!warning.isEmpty())
        output().note(warning);
    if (trust->passphrase)
        storePassphrase(profile, *trust->passphrase, message);
    else
        printProfile(QStringLiteral("profile"), profile, message);
}

void ProfilesCommand::storePassphrase(const ServerProfile &profile, const QByteArray &passphrase,
                                      const QString &message)
{
    VaultJob *job = context()->vault()->storeKeyPassphrase(profile.id, passphrase);
    connect(job, &VaultJob::finished, this, [this, profile, message](const VaultResult &stored) {
        if (!stored.isOk()) {
            output().note(
                tr("The profile %1 was saved, but its key passphrase could not be stored.").arg(profile.name));
            fail(CliError::fromApi(stored.error));
            return;
        }
        printProfile(QStringLiteral("profile"), profile,
                     message + QLatin1Char(' ') + tr("The key passphrase is in the system keychain."));
    });
}

void ProfilesCommand::trust(const QString &name, const QString &fingerprintOption)
{
    if (!fingerprintOption.isEmpty() && normaliseFingerprint(fingerprintOption).isEmpty()) {
        fail(CliError::usage(tr("--fingerprint takes a SHA-256 fingerprint: 32 bytes in hex, colons optional.")));
        return;
    }
    const auto profile = existing(name);
    if (!profile)
        return;
    if (profile->serverUrl.scheme() != QLatin1String("https")) {
        fail(CliError::failure(
            QStringLiteral("not-https"),
            tr("%1 is plain http: it has no certificate to trust.").arg(profile->serverUrl.toString()),
            tr("Add a profile with the server's https:// address.")));
        return;
    }
    // Asked with what the profile trusts now: the answer shows the certificate only if that is not enough.
    ApiCall *call = context()->client(*profile, {})->serverVersion();
    connect(call, &ApiCall::finished, this, [this, profile = *profile, fingerprintOption](const ApiResult &result) {
        const ApiError &error = result.error;
        const bool certificateRefused =
            error.kind() == ApiError::Kind::Tls || error.kind() == ApiError::Kind::CertificateChanged;
        if (certificateRefused && !error.certificate().isNull()) {
            offerToPin(profile, error, fingerprintOption);
            return;
        }
        // Any HTTP answer came through a connection that was already trusted.
        if (!result.isOk() && result.httpStatus == 0) {
            fail(CliError::fromApi(error));
            return;
        }
        if (output().isJson()) {
            output().document({{QStringLiteral("profile"), JsonForms::profile(profile)},
                               {QStringLiteral("certificate"), QJsonValue()},
                               {QStringLiteral("alreadyTrusted"), true},
                               {QStringLiteral("pinned"), false}});
        } else {
            output().line(
                tr("The certificate of %1 is already trusted; nothing was pinned.").arg(profile.serverUrl.toString()));
        }
        finish();
    });
}

void ProfilesCommand::offerToPin(const ServerProfile &profile, const ApiError &error, const QString &fingerprintOption)
{
    const TlsCertificateInfo certificate = error.certificate();
    if (!output().isJson()) {
        output().line(error.message());
        output().line(certificate.toDisplayString());
        for (const QString &problem : error.tlsProblems())
            output().line(tr("Problem: %1").arg(problem));
    }
    QString given = fingerprintOption;
    if (given.isEmpty()) {
        output().note(tr("Compare this fingerprint with the one your administrator gave you. To trust the "
                         "certificate for %1, type its SHA-256 fingerprint and press Enter:")
                          .arg(profile.serverUrl.host()));
        given = TokenInput::readLine();
    }
    const auto document = [&](bool pinned, const ServerProfile &shown) {
        return QJsonObject{{QStringLiteral("profile"), JsonForms::profile(shown)},
                           {QStringLiteral("certificate"), JsonForms::certificate(certificate)},
                           {QStringLiteral("problems"), problemsOf(error)},
                           {QStringLiteral("certificateChanged"), error.kind() == ApiError::Kind::CertificateChanged},
                           {QStringLiteral("alreadyTrusted"), false},
                           {QStringLiteral("pinned"), pinned}};
    };
    if (normaliseFingerprint(given) != certificate.sha256Fingerprint) {
        const CliError mismatch = CliError::failure(
            QStringLiteral("fingerprint-mismatch"),
            tr("The fingerprint does not match the certificate %1 presents: nothing was trusted.")
                .arg(profile.serverUrl.host()),
            tr("Trust a certificate only when its fingerprint matches the one your administrator gave you."));
        output().explain(mismatch);
        if (output().isJson()) {
            QJsonObject object = document(false, profile);
            object.insert(QStringLiteral("error"), mismatch.toJson());
            output().document(object);
        }
        finish(mismatch.exitCode());
        return;
    }
    ServerProfile pinned = profile;
    if (!pinned.trust.isPinned(certificate.sha256Fingerprint))
        pinned.trust.pinnedCertificates.append(certificate.sha256Fingerprint);
    const ApiError saved = context()->profiles()->save(pinned);
    if (!saved.isOk()) {
        fail(CliError::failure(QStringLiteral("profile-not-saved"), saved.brief(), saved.hint()));
        return;
    }
    if (output().isJson())
        output().document(document(true, pinned));
    else
        output().line(tr("Trusted this certificate for %1.").arg(profile.name));
    finish();
}

void ProfilesCommand::untrust(const QString &name, const QString &fingerprint)
{
    const QString normalised = normaliseFingerprint(fingerprint);
    if (normalised.isEmpty()) {
        fail(CliError::usage(tr("Name the certificate by its SHA-256 fingerprint: 32 bytes in hex, colons optional."),
                             tr("The profile's trusted fingerprints are listed by: meshery-auth-cli status")));
        return;
    }
    auto profile = existing(name);
    if (!profile)
        return;
    if (!profile->trust.isPinned(normalised)) {
        fail(CliError::failure(
            QStringLiteral("not-pinned"),
            tr("The profile %1 does not trust a certificate with that fingerprint.").arg(profile->name),
            tr("The profile's trusted fingerprints are listed by: meshery-auth-cli status")));
        return;
    }
    profile->trust.pinnedCertificates.removeAll(normalised);
    const ApiError saved = context()->profiles()->save(*profile);
    if (!saved.isOk()) {
        fail(CliError::failure(QStringLiteral("profile-not-saved"), saved.brief(), saved.hint()));
        return;
    }
    printProfile(QStringLiteral("profile"), *profile,
                 tr("The profile %1 no longer trusts the certificate %2.").arg(profile->name, normalised));
}

void ProfilesCommand::remove(const QString &name)
{
    const auto profile = existing(name);
    if (!profile)
        return;
    VaultJob *job = context()->core()->profileService()->remove(*profile);
    connect(job, &VaultJob::finished, this, [this, profile = *profile](const VaultResult &removed) {
        if (!removed.isOk()) {
            fail(CliError::fromApi(removed.error));
            return;
        }
        printProfile(QStringLiteral("removed"), profile,
                     tr("Removed the profile %1 and its tokens.").arg(profile.name));
    });
}

void ProfilesCommand::use(const QString &name)
{
    const auto profile = existing(name);
    if (!profile)
        return;
    context()->profiles()->setCurrentId(profile->id);
    printProfile(QStringLiteral("profile"), *profile,
                 tr("Now using %1 (%2).").arg(profile->name, profile->serverUrl.toString()));
}

void ProfilesCommand::printProfile(const QString &key, const ServerProfile &profile, const QString &message)
{
    if (output().isJson()) {
        QJsonObject object = JsonForms::profile(profile);
        object.insert(QStringLiteral("current"), context()->profiles()->currentId() == profile.id);
        output().document({{key, object}});
    } else {
        output().line(message);
    }
    finish();
}

} // namespace MesheryAuth::Cli
