// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace MesheryAuth {

// What the window's command line asks for (--server URL, --demo), in one place: the first
// instance parses its own command line with these options, and the running window parses what a
// second launch hands over with the very same ones, so both understand exactly the same.
struct LaunchOptions {
    QString server;
    bool demo = false;

    // Adds --server and --demo to a parser (main() adds help and version itself).
    static void addTo(QCommandLineParser &parser);
    // What a parser that addTo() set up and that has parsed holds.
    static LaunchOptions from(const QCommandLineParser &parser);
    // A command line handed over by another process (arguments[0] is the program): nothing when
    // it holds anything but these options, e.g. an unknown option or a file name.
    static std::optional<LaunchOptions> parse(const QStringList &arguments);
    // The command line that parse() reads back as these options.
    QStringList toArguments() const;
};

} // namespace MesheryAuth
