// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The throw-away home folder a test was started in by tests/with-fresh-home.sh (FRESH_HOME in
// meshery_add_test); empty when it was started some other way, so that a test which writes to
// its home never writes to the user's own. Tests check it in initTestCase().
#include <QDir>
#include <QString>

inline QString freshHome()
{
    const QString home = qEnvironmentVariable("MESHERY_AUTH_FRESH_HOME");
    if (home.isEmpty() || QDir(home).canonicalPath() != QDir(QDir::homePath()).canonicalPath())
        return {};
    return QDir::homePath();
}

#define MESHERY_FRESH_HOME_REQUIRED "started without a throw-away HOME: run it through ctest (tests/with-fresh-home.sh)"
