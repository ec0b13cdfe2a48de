// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The loopback listener's request line (CallbackRequest), as any local process or web page may
// send it, and the token check the listener then applies (LoginCallback).
#include "CallbackRequest.h"
#include "FuzzInput.h"

#include <QString>

using namespace MesheryAuth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QByteArray secretPath = QByteArrayLiteral("/Zm9vYmFyYmF6cXV4cXV1eA");
    const QByteArray line = Fuzz::bytes(data, size);
    const CallbackRequest request = CallbackRequest::parse(line, secretPath);
    if (request.kind != CallbackRequest::Kind::Callback) {
        Fuzz::require(request.callback.token.isEmpty() && request.callback.sessionCookie.isEmpty(),
                      "nothing is taken from a request that is not the callback");
        return 0;
    }
    // Only a GET on exactly the secret path is the callback.
    Fuzz::require(line.trimmed().startsWith("GET " + secretPath), "the callback is a GET on the secret path");
    (void)request.callback.check(QStringLiteral("the login callback"));
    return 0;
}
