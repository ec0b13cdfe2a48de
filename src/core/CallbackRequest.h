// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoginCallback.h"

#include <QByteArray>

namespace MesheryAuth {

// What the loopback listener makes of a request's first line,
// "GET /SECRET?token=...&session_cookie=... HTTP/1.1": pure, so that it can be fuzzed on its own.
struct CallbackRequest {
    enum class Kind {
        Malformed, // not "METHOD TARGET HTTP/x": answered 400
        Elsewhere, // another method or path than GET on the secret path: answered 404
        Callback, // the login callback; its token may still be empty
    };

    Kind kind = Kind::Malformed;
    LoginCallback callback = {}; // read from the query only when kind is Callback

    // secretPath is "/SECRET"; it is compared in constant time.
    static CallbackRequest parse(const QByteArray &requestLine, const QByteArray &secretPath);
};

} // namespace MesheryAuth
