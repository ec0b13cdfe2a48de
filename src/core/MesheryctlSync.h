#pragma once

#include "MesheryctlFiles.h"
#include "ProfileStore.h"
#include "TokenVault.h"

#include <QObject>

#include <functional>

namespace MesheryAuth {

// Moves sign-ins between mesheryctl's files and this app: every mesheryctl context becomes a
// profile with its token in the keychain, and a profile's token can be written back as
// mesheryctl's auth.json plus a matching context in config.yaml. A Local sign-in travels as
// mesheryctl writes it: {"meshery-provider":"None","token":""}.
class MesheryctlSync : public QObject
{
    Q_OBJECT

public:
    struct ImportedProfile {
        QString contextName;
        QString profileId;     // empty when the context could not be imported
        bool tokenStored = false;
        bool loggedOut = false; // the context's token file was empty: imported without a token
        bool localSignIn = false; // the Local provider, which needs no token: imported signed in
        QString error;         // translated; empty on success
    };
    struct ImportOutcome {
        QList<ImportedProfile> profiles;
        QStringList warnings;
        QString error;         // config.yaml itself could not be used
    };
    struct ExportOutcome {
        bool ok = false;
        bool needsReplaceConfirmation = false; // a different token is in the way: ask, then pass Replace
        QString contextName;
        QString authFilePath;
        QString error;
    };

    MesheryctlSync(ProfileStore *profiles, TokenVault *vault, QObject *parent = nullptr);

    // configPath empty: ~/.meshery/config.yaml; mesheryFolder empty: the config file's folder.
    void importAll(const QString &configPath, const QString &mesheryFolder, QObject *context,
                   std::function<void(const ImportOutcome &)> done);
    // contextName empty: the context whose endpoint is the profile's server, else a new one
    // named after the server.
    void exportProfile(const ServerProfile &profile, const QString &configPath, const QString &contextName,
                       MesheryctlFiles::ExistingFile existing, QObject *context,
                       std::function<void(const ExportOutcome &)> done);

private:
    void importNext(QList<MesheryctlFiles::ImportedContext> pending, ImportOutcome outcome,
                    std::function<void(const ImportOutcome &)> done);
    ExportOutcome writeFiles(const ServerProfile &profile, const QByteArray &token, const QString &configPath,
                             const QString &contextName, MesheryctlFiles::ExistingFile existing);

    ProfileStore *m_profiles;
    TokenVault *m_vault;
};

} // namespace MesheryAuth
