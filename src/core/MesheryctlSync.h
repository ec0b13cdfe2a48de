// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "Job.h"
#include "MesheryctlFiles.h"
#include "ProfileStore.h"
#include "TokenVault.h"

#include <QObject>

namespace MesheryAuth {

struct MesheryctlImportedProfile {
    QString contextName;
    QString profileId; // empty when the context could not be imported
    bool tokenStored = false;
    bool loggedOut = false; // the context's token file was empty: imported without a token
    bool localSignIn = false; // the Local provider, which needs no token: imported signed in
    ApiError error; // the detail names the context
    bool isOk() const { return error.isOk(); }
};

struct MesheryctlImportOutcome {
    QList<MesheryctlImportedProfile> profiles;
    QStringList warnings;
    ApiError error; // config.yaml itself could not be used
    bool isOk() const { return error.isOk(); }
};

struct MesheryctlExportOutcome {
    QString contextName;
    QString authFilePath;
    ApiError error;
    bool isOk() const { return error.isOk(); }
    // A different token is in the way: ask, then export again with ExistingFile::Replace.
    bool needsReplaceConfirmation() const { return error.kind() == ApiError::Kind::MesheryctlTokenInTheWay; }
};

// mesheryctl import (see Job).
class MesheryctlImportJob : public Job
{
    Q_OBJECT

signals:
    void finished(const MesheryAuth::MesheryctlImportOutcome &outcome);

protected:
    using Job::Job;
    void finish(const MesheryctlImportOutcome &outcome);
};

// mesheryctl export (see Job).
class MesheryctlExportJob : public Job
{
    Q_OBJECT

signals:
    void finished(const MesheryAuth::MesheryctlExportOutcome &outcome);

protected:
    using Job::Job;
    void finish(const MesheryctlExportOutcome &outcome);
};

// Moves sign-ins between mesheryctl's files and this app: every mesheryctl context becomes a
// profile with its token in the keychain, and a profile's token can be written back as
// mesheryctl's auth.json plus a matching context in config.yaml. A Local sign-in travels as
// mesheryctl writes it: {"meshery-provider":"None","token":""}.
class MesheryctlSync : public QObject
{
    Q_OBJECT

public:
    using ImportedProfile = MesheryctlImportedProfile;
    using ImportOutcome = MesheryctlImportOutcome;
    using ExportOutcome = MesheryctlExportOutcome;

    MesheryctlSync(ProfileStore *profiles, TokenVault *vault, QObject *parent = nullptr);

    // configPath empty: ~/.meshery/config.yaml; mesheryFolder empty: the config file's folder.
    MesheryctlImportJob *importAll(const QString &configPath, const QString &mesheryFolder);
    // contextName empty: the context whose endpoint is the profile's server, else a new one
    // named after the server.
    MesheryctlExportJob *exportProfile(const ServerProfile &profile, const QString &configPath,
                                       const QString &contextName, MesheryctlFiles::ExistingFile existing);

private:
    ProfileStore *m_profiles;
    TokenVault *m_vault;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::MesheryctlImportOutcome)
Q_DECLARE_METATYPE(MesheryAuth::MesheryctlExportOutcome)
