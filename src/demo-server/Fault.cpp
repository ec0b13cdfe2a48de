// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Fault.h"

#include <array>
#include <utility>

namespace MesheryTest {

namespace {

struct NamedKind {
    FaultKind kind;
    const char *name;
};

constexpr std::array<NamedKind, 24> kNames{{
    {FaultKind::None, "none"},
    {FaultKind::Delay, "delay"},
    {FaultKind::MeshKitError500, "meshkit500"},
    {FaultKind::PlainTextError500, "text500"},
    {FaultKind::ServiceUnavailable503, "503"},
    {FaultKind::Unauthorized401, "401"},
    {FaultKind::Forbidden403, "403"},
    {FaultKind::HtmlInsteadOfJson, "html"},
    {FaultKind::MalformedJson, "malformed"},
    {FaultKind::OversizedBody, "oversized"},
    {FaultKind::DropConnection, "drop"},
    {FaultKind::AnonymousSession, "anonymous"},
    {FaultKind::HostileTokenCookie, "badcookie"},
    {FaultKind::ForeignTokenCookie, "foreigncookie"},
    {FaultKind::HostileTokenEcho, "badecho"},
    {FaultKind::EndlessBody, "endless"},
    {FaultKind::HugePages, "hugepages"},
    {FaultKind::ProviderRefusal, "refused"},
    {FaultKind::RedirectElsewhere, "redirect"},
    {FaultKind::MeshKitError503, "meshkit503"},
    {FaultKind::UnannouncedHugeBody, "huge"},
    {FaultKind::EndlessChunkedBody, "endlesschunked"},
    {FaultKind::RedirectLoop, "redirectloop"},
    {FaultKind::DropMidBody, "dropmidbody"},
}};

void setError(QString *errorMessage, const QString &text)
{
    if (errorMessage)
        *errorMessage = text;
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const NamedKind &entry : kNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<FaultKind> faultKindFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const NamedKind &entry : kNames) {
        if (wanted == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<FaultSpec> parseFaultSpec(const QString &text, QString *errorMessage)
{
    // KIND never contains '=', a path might: split at the last one.
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    if (equals <= 0) {
        setError(errorMessage, QStringLiteral("fault \"%1\": expected PATH=KIND[:MS]").arg(text));
        return std::nullopt;
    }
    FaultSpec spec;
    spec.path = text.left(equals).trimmed();
    if (spec.path != QLatin1String("*") && !spec.path.startsWith(QLatin1Char('/'))) {
        setError(errorMessage, QStringLiteral("fault \"%1\": the path must start with '/' or be '*'").arg(text));
        return std::nullopt;
    }

    QString kindText = text.mid(equals + 1).trimmed();
    const qsizetype colon = kindText.indexOf(QLatin1Char(':'));
    bool hasDelay = false;
    if (colon >= 0) {
        bool ok = false;
        spec.fault.delayMs = kindText.mid(colon + 1).toInt(&ok);
        if (!ok || spec.fault.delayMs < 0) {
            setError(errorMessage, QStringLiteral("fault \"%1\": MS must be a whole number of milliseconds").arg(text));
            return std::nullopt;
        }
        hasDelay = true;
        kindText = kindText.left(colon);
    }
    const std::optional<FaultKind> kind = faultKindFromName(kindText);
    if (!kind || *kind == FaultKind::None) {
        setError(errorMessage, QStringLiteral("fault \"%1\": unknown kind \"%2\"").arg(text, kindText));
        return std::nullopt;
    }
    if (*kind == FaultKind::Delay && !hasDelay) {
        setError(errorMessage, QStringLiteral("fault \"%1\": delay needs a time, e.g. delay:500").arg(text));
        return std::nullopt;
    }
    spec.fault.kind = *kind;
    return spec;
}

} // namespace MesheryTest
