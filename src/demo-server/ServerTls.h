// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The TLS side of the test server: its certificate and key (made at start, or read from the
// files the options name) and, for mutual TLS, the CAs whose client certificates it accepts.
#pragma once

#include "ServerOptions.h"

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace MesheryTest {

class ServerTls
{
public:
    // The configuration a listener for these options (tls set) serves; nullopt, with a sentence
    // naming the file and the fault in errorMessage, when a file cannot be read or holds nothing
    // usable.
    static std::optional<QSslConfiguration> configuration(const ServerOptions &options,
                                                          QString *errorMessage = nullptr);
};

} // namespace MesheryTest
