// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace MesheryAuth {

// A Meshery server address as the user typed it, made canonical: http or https only, a host,
// no query or fragment, no trailing slash. "localhost:9081" is read as http://localhost:9081.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::ServerAddress)

public:
    static constexpr const char *DefaultUrl = "http://localhost:9081";

    // An invalid QUrl, with a translated reason in *error, when the text is not a usable address.
    static QUrl normalise(const QString &text, QString *error = nullptr);
    // The same, with the reason as an ApiError of kind InvalidAddress (the reason its detail).
    static QUrl normalise(const QString &text, ApiError *error);
};

} // namespace MesheryAuth
