// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A config.yaml mesheryctl reads (the context "local", current, whose token entry "default" is
// at auth.json) followed by a "billion laughs": nine levels of nine aliases, 9^9 = 387,420,489
// values once expanded, in a file of under a kilobyte. Whatever walks it in full runs for
// minutes or runs out of memory; yaml-cpp loads it in no time, since it shares aliased nodes.
#include <QByteArray>
#include <QByteArrayList>

inline QByteArray billionLaughsConfig()
{
    QByteArray yaml = "contexts:\n"
                      "  local:\n"
                      "    endpoint: http://localhost:9081\n"
                      "    token: default\n"
                      "    provider: Meshery\n"
                      "current-context: local\n"
                      "tokens:\n"
                      "  - location: auth.json\n"
                      "    name: default\n"
                      "laughs:\n"
                      "  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 9; ++level) {
        const QByteArray name = "l" + QByteArray::number(level);
        const QByteArray alias = "*l" + QByteArray::number(level - 1);
        yaml += "  " + name + ": &" + name + " [" + QByteArrayList(9, alias).join(", ") + "]\n";
    }
    return yaml;
}
