// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// mesheryctl's auth.json (MesheryctlFiles): read as the import reads it, and checked as the export
// checks a file it is about to replace.
#include "FuzzInput.h"
#include "MesheryctlFiles.h"

using namespace MesheryAuth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::inputFile("auth.json", data, size);

    const Parsed<MesheryctlAuth> auth = MesheryctlFiles::readAuthFile(path);
    if (auth.ok() && auth.value.loggedOut)
        Fuzz::require(auth.value.token.isEmpty(), "a logged-out file holds no token");

    bool alreadyThere = false;
    const QByteArray token = QByteArrayLiteral("fuzz-token-0123456789");
    const MesheryctlFiles::WriteResult check = MesheryctlFiles::checkAuthFile(
        path, QStringLiteral("Meshery"), token, MesheryctlFiles::ExistingFile::Keep, &alreadyThere);
    if (alreadyThere)
        Fuzz::require(auth.ok() && auth.value.token == token, "only the same token counts as already there");
    (void)check;
    return 0;
}
