// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CliError.h"
#include "ServerTrust.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace MesheryAuth::Cli {

// The certificate and plain-http options of `profiles add`: what a new profile trusts, read from
// the command line and checked before anything is saved, so a wrong path or passphrase is found
// now rather than at the first request.
class TrustOptions
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::Cli::TrustOptions)

public:
    struct Parsed {
        ServerTrust trust;
        std::optional<QByteArray> passphrase; // --client-key-passphrase-stdin, read from stdin
    };

    static void addTo(QCommandLineParser &parser);
    // Whether any of these options was given (they belong to `profiles add` only).
    static bool anySet(const QCommandLineParser &parser);
    // The trust for a profile of server; nullopt with *error set when an option or file is unusable.
    static std::optional<Parsed> read(const QCommandLineParser &parser, const QUrl &server, CliError *error);

    static const QCommandLineOption AllowHttp;
    static const QCommandLineOption CaFile;
    static const QCommandLineOption ClientCertificate;
    static const QCommandLineOption ClientKey;
    static const QCommandLineOption PassphraseStdin;
};

} // namespace MesheryAuth::Cli
