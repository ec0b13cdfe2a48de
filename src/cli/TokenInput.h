// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace MesheryAuth::Cli {

// The one way a secret (a token, a key's passphrase) enters the CLI from the user: standard
// input, never an argument.
class TokenInput
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::Cli::TokenInput)

public:
    // Everything piped in, trimmed. On a terminal: a prompt on stderr, one line read without
    // echo, so the token does not stay on the screen. Reads no more than a token can be (so
    // `yes | meshery-auth-cli login --token-stdin` ends): past that, empty and *error says why.
    static QByteArray read(QString *error);
    // A client key's passphrase: the same, but only the line break that ends it is removed
    // (spaces may belong to the passphrase).
    static QByteArray readPassphrase(QString *error);
    // One line typed or piped in (not a secret: it is echoed), without its line break.
    static QString readLine();
};

} // namespace MesheryAuth::Cli
