// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Every parser of a Meshery server's answers (MesheryTypes, on JsonFields) on one hostile body:
// providers, one provider, user, token, organizations, workspaces, version, GraphQL.
#include "FuzzInput.h"
#include "JsonFields.h"
#include "MesheryTypes.h"

using namespace MesheryAuth;

namespace {
// A parser either gives a value or says why not; a page never holds more than it may.
template<typename T> void checkPage(const Parsed<T> &page, qsizetype items)
{
    if (page.ok())
        Fuzz::require(items <= MaxItemsPerPage, "a page holds at most MaxItemsPerPage items");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);

    const auto providers = parseProviders(body);
    if (providers.ok()) {
        for (const Provider &provider : providers.value) {
            (void)provider.isLocal();
            (void)provider.persistsAnonymousUsers();
            (void)findProvider(providers.value, provider.key);
        }
    }
    (void)parseProvider(body);
    const auto user = parseUser(body);
    if (user.ok())
        Fuzz::require(!user.value.id.isEmpty() || !user.value.email.isEmpty(), "a user has an id or an email");
    (void)user.value.displayName();
    (void)parseTokenResponse(body);
    const auto organizations = parseOrganizations(body);
    checkPage(organizations, organizations.value.organizations.size());
    const auto workspaces = parseWorkspaces(body);
    checkPage(workspaces, workspaces.value.workspaces.size());
    (void)parseServerVersion(body);
    (void)parseGraphqlResponse(body);
    // Dates come inside these bodies as text: the same bytes as one.
    (void)parseRfc3339(QString::fromUtf8(body));
    return 0;
}
