// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JsonFields.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// mesheryctl's own files (~/.meshery/config.yaml and the auth.json files its token entries name),
// read and written here so that this app and mesheryctl can share sign-ins. Pure file logic: the
// keychain is someone else's business. Formats: ../shared/docs/meshery-auth-protocol.md,
// section "mesheryctl's files".
namespace MesheryAuth {

struct MesheryctlContext {
    QString name; // context key, e.g. "local"
    QString endpoint; // as written, e.g. "http://localhost:9081"
    QString provider; // may be empty
    QString tokenName; // name of an entry in tokens; may be empty
    QString platform;
};

struct MesheryctlTokenEntry {
    QString name;
    QString location; // as written: absolute, "~/..." or relative to the Meshery folder
};

// The contents of one auth.json.
struct MesheryctlAuth {
    QString provider; // "meshery-provider"
    QByteArray token; // empty with the Local provider
    // The file is empty (what `mesheryctl system logout` leaves) or its token is empty while the
    // provider is not the local one: {"meshery-provider":"None","token":""} is mesheryctl's Local
    // sign-in, not a logout.
    bool loggedOut = false;
};

struct MesheryctlConfig {
    QString path; // the config.yaml it was read from
    QString currentContext;
    QList<MesheryctlContext> contexts; // in file order
    QList<MesheryctlTokenEntry> tokens; // in file order

    std::optional<MesheryctlContext> context(const QString &name) const;
    // The first entry of that name, as mesheryctl takes it.
    std::optional<MesheryctlTokenEntry> token(const QString &name) const;
};

class MesheryctlFiles
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::MesheryctlFiles)

public:
    static QString defaultFolder(); // ~/.meshery
    static QString defaultConfigPath(); // ~/.meshery/config.yaml

    // Resolves a token location the way mesheryctl does: an absolute path as is; "~" or "~/x"
    // under the home folder; any other name relative to mesheryFolder (default: defaultFolder()).
    static QString resolveTokenLocation(const QString &location, const QString &mesheryFolder = {});

    // A context name mesheryctl can use for a server: lower-case (viper lower-cases keys) and
    // without dots (viper splits keys on them), from host and port, e.g. "localhost-9081".
    static QString contextNameFor(const QUrl &serverUrl);

    // Broken YAML, a missing or unreadable file or a wrong shape give a translated error that
    // names the file and, where known, the line. So does a file whose aliases would expand to
    // more values than any config.yaml holds (a "billion laughs"), or that refer to themselves:
    // it is refused before its tree is built, here and in updateConfig alike.
    static Parsed<MesheryctlConfig> readConfig(const QString &path);
    // An empty file reads as logged out, not as an error; broken JSON is an error.
    static Parsed<MesheryctlAuth> readAuthFile(const QString &path);

    // One result per context: its token, read from the file its token entry names.
    struct ImportedContext {
        MesheryctlContext context;
        MesheryctlAuth auth; // valid when error is empty; loggedOut when the context names no token
        QString tokenPath; // resolved path; empty when the context names no token
        QString error; // translated and specific
    };
    struct ImportReport {
        QList<ImportedContext> contexts;
        QStringList warnings; // e.g. token entries that no context names
        QString error; // only when config.yaml itself cannot be used; contexts is then empty
    };
    static ImportReport importAll(const QString &configPath, const QString &mesheryFolder = {});

    enum class ExistingFile { Keep, Replace };
    struct WriteResult {
        bool ok = false;
        bool needsReplaceConfirmation = false;
        QString error;
    };

    // Writes an auth.json as mesheryctl reads it, {"meshery-provider":"...","token":"..."} and a
    // newline, mode 0600 and atomically; the token may be empty only for the local provider. A
    // file that holds a different token (or something that is not a token file) is left alone
    // unless existing is Replace: the result then asks for confirmation. The same token already
    // there: ok, and the file is not rewritten, only made 0600 if others could read it. A file
    // without a token (logged out, or Local) is overwritten without asking.
    static WriteResult writeAuthFile(const QString &path, const QString &provider, const QByteArray &token,
                                     ExistingFile existing = ExistingFile::Keep);
    // What writeAuthFile would answer before it writes, writing nothing: for a caller that must
    // know the token file will be taken before it changes another file. *alreadyThere (if given)
    // says the same token is there already.
    static WriteResult checkAuthFile(const QString &path, const QString &provider, const QByteArray &token,
                                     ExistingFile existing = ExistingFile::Keep, bool *alreadyThere = nullptr);

    // Empty provider, tokenName or tokenLocation leave what the file has (a new token entry needs
    // a location). contextName must be lower-case letters, digits, '-' or '_'.
    struct ContextUpdate {
        QString contextName;
        QString endpoint;
        QString provider;
        QString tokenName;
        QString tokenLocation;
        bool makeCurrent = false;
    };
    // Adds or updates a context and its token entry in config.yaml, creating the file (and its
    // folder, 0700) when missing. current-context is set when asked, and also when the file has
    // none, since mesheryctl cannot work without it. Everything else in the file survives in its
    // order; when nothing changes the file is not rewritten at all. An existing file is copied to
    // config.yaml.bak before it changes. Written atomically.
    static WriteResult updateConfig(const QString &configPath, const ContextUpdate &update);
};

} // namespace MesheryAuth
