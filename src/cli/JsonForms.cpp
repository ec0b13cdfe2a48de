// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "JsonForms.h"

#include "Output.h"
#include "TrustReport.h"

#include <QJsonArray>

namespace MesheryAuth::Cli::JsonForms {

QJsonObject profile(const ServerProfile &profile)
{
    return {
        {QStringLiteral("id"), Output::orNull(profile.id)},
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("server"), profile.serverUrl.toString()},
        {QStringLiteral("provider"), Output::orNull(profile.provider)},
        {QStringLiteral("organizationId"), Output::orNull(profile.organizationId)},
        {QStringLiteral("timeoutSeconds"), profile.timeoutSeconds},
        {QStringLiteral("saved"), !profile.id.isEmpty()},
        {QStringLiteral("trust"), TrustReport::toJson(profile)},
    };
}

QJsonObject certificate(const TlsCertificateInfo &certificate)
{
    return {
        {QStringLiteral("subject"), certificate.subject},
        {QStringLiteral("issuer"), certificate.issuer},
        {QStringLiteral("validFrom"), time(certificate.validFrom)},
        {QStringLiteral("validUntil"), time(certificate.validUntil)},
        {QStringLiteral("alternativeNames"), QJsonArray::fromStringList(certificate.alternativeNames)},
        {QStringLiteral("sha256Fingerprint"), certificate.sha256Fingerprint},
    };
}

QJsonObject user(const UserAccount &user)
{
    return {
        {QStringLiteral("id"), Output::orNull(user.id)},
        {QStringLiteral("userName"), Output::orNull(user.userName)},
        {QStringLiteral("name"), Output::orNull(user.displayName())},
        {QStringLiteral("email"), Output::orNull(user.email)},
        {QStringLiteral("provider"), Output::orNull(user.provider)},
    };
}

QJsonValue time(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace MesheryAuth::Cli::JsonForms
