// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace MesheryAuth::Cli {

// The one way a token enters the CLI from the user: standard input, never an argument.
class TokenInput
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::Cli::TokenInput)

public:
    // Everything piped in, trimmed. On a terminal: a prompt on stderr, one line read without
    // echo, so the token does not stay on the screen. Reads no more than a token can be (so
    // `yes | meshery-auth-cli login --token-stdin` ends): past that, empty and *error says why.
    static QByteArray read(QString *error);
};

} // namespace MesheryAuth::Cli
