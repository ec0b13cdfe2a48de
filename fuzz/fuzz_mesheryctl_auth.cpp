// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// mesheryctl's auth.json (MesheryctlFiles): read as the import reads it, and checked as the export
// checks a file it is about to replace.
#include "FuzzInput.h"
#include "MesheryctlFiles.h"

#include <QDir>
#include <QFile>

using namespace MesheryAuth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = QDir(Fuzz::scratchFolder()).filePath(QStringLiteral("auth.json"));
    QFile file(path);
    Fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the scratch file opens");
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

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
