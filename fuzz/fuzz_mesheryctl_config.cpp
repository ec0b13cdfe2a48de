// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// mesheryctl's config.yaml (MesheryctlFiles): read as the import reads it, then updated as the
// export updates it. An update that succeeds must leave a file that reads back with its context.
#include "FuzzInput.h"
#include "MesheryctlFiles.h"

using namespace MesheryAuth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::inputFile("config.yaml", data, size);

    const Parsed<MesheryctlConfig> config = MesheryctlFiles::readConfig(path);
    if (config.ok()) {
        for (const MesheryctlContext &context : config.value.contexts)
            (void)config.value.token(context.tokenName);
    }

    // A new context, its token entry and current-context: every part of the file an export touches.
    const MesheryctlFiles::ContextUpdate update{
        QStringLiteral("fuzz-9081"),  QStringLiteral("http://localhost:9081"), QStringLiteral("Meshery"),
        QStringLiteral("fuzz-token"), QStringLiteral("fuzz-auth.json"),        true};
    const MesheryctlFiles::WriteResult written = MesheryctlFiles::updateConfig(path, update);
    if (written.ok) {
        const Parsed<MesheryctlConfig> after = MesheryctlFiles::readConfig(path);
        Fuzz::require(after.ok(), "an updated config.yaml reads back");
        Fuzz::require(after.value.context(update.contextName).has_value(), "the updated context is there");
        Fuzz::require(after.value.currentContext == update.contextName, "the updated context is current");
    }
    return 0;
}
