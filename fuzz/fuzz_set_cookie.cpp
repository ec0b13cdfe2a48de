// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// A server's Set-Cookie header on a successful call (SessionCookie): what ApiCall takes as the
// renewed session token. Whatever it takes must pass TokenValidator, as every stored token must.
#include "FuzzInput.h"
#include "SessionCookie.h"
#include "TokenValidator.h"

using namespace MesheryAuth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray token = SessionCookie::renewedToken(Fuzz::bytes(data, size));
    if (!token.isEmpty())
        Fuzz::require(TokenValidator::isValid(token), "a renewed token passes TokenValidator");
    return 0;
}
