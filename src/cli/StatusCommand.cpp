// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "StatusCommand.h"

#include "ApiClient.h"
#include "JsonForms.h"
#include "TrustReport.h"

namespace MesheryAuth::Cli {

QString StatusCommand::summary() const
{
    return tr("Show the server, provider, signed-in user, token state and expiry, and active organization.");
}

void StatusCommand::report(const ServerProfile &profile, const QByteArray &token)
{
    Report report{profile, TokenStatus::of(token, QDateTime::currentDateTimeUtc()), Verdict::None, {}, std::nullopt};
    if (profile.provider.isEmpty() || (token.isEmpty() && !isLocalProviderName(profile.provider))) {
        report.error = notSignedIn(profile);
        print(report);
        return;
    }
    // The token's own expiry is only a hint: the server's answer to /api/user decides.
    ApiCall *call = context()->client(profile, token)->currentUser();
    connect(call, &ApiCall::finished, this, [this, report](const ApiResult &result) mutable {
        if (result.isOk()) {
            report.verdict = Verdict::Accepted;
            report.user = result.valueAs<UserAccount>();
        } else {
            report.error = CliError::fromApi(result.error);
            report.verdict =
                report.error->exitCode() == ExitCode::NotSignedIn ? Verdict::Rejected : Verdict::Unverified;
        }
        print(report);
    });
}

QString StatusCommand::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None:
        return QStringLiteral("none");
    case Verdict::Accepted:
        return QStringLiteral("accepted");
    case Verdict::Rejected:
        return QStringLiteral("rejected");
    case Verdict::Unverified:
        return QStringLiteral("unverified");
    }
    return {};
}

QString StatusCommand::verdictText(Verdict verdict) const
{
    switch (verdict) {
    case Verdict::None:
        return tr("not signed in");
    case Verdict::Accepted:
        return tr("accepted by the server");
    case Verdict::Rejected:
        return tr("refused by the server: log in again");
    case Verdict::Unverified:
        return tr("could not be checked with the server");
    }
    return {};
}

QString StatusCommand::tokenText(const Report &report) const
{
    if (isLocalProviderName(report.profile.provider))
        return tr("none needed (Local provider)");
    QString text = report.token.stateText();
    if (report.token.expiry().isValid()) {
        text += tr(", expiry %1").arg(report.token.expiry().toUTC().toString(Qt::ISODate));
        const QString countdown = report.token.countdownText();
        if (!countdown.isEmpty())
            text += QStringLiteral(" (%1)").arg(countdown);
    }
    return text;
}

void StatusCommand::print(const Report &report)
{
    const ServerProfile &profile = report.profile;
    const bool signedIn = report.verdict == Verdict::Accepted;
    if (output().isJson()) {
        output().document({
            {QStringLiteral("profile"), JsonForms::profile(profile)},
            {QStringLiteral("server"), profile.serverUrl.toString()},
            {QStringLiteral("provider"), Output::orNull(profile.provider)},
            {QStringLiteral("signedIn"), signedIn},
            {QStringLiteral("session"), verdictId(report.verdict)},
            {QStringLiteral("user"), signedIn ? QJsonValue(JsonForms::user(report.user)) : QJsonValue()},
            {QStringLiteral("token"),
             QJsonObject{
                 {QStringLiteral("state"), report.token.stateId()},
                 {QStringLiteral("expiry"), JsonForms::time(report.token.expiry())},
                 {QStringLiteral("issuedAt"), JsonForms::time(report.token.issuedAt())},
             }},
            {QStringLiteral("organizationId"), Output::orNull(profile.organizationId)},
            {QStringLiteral("error"), report.error ? QJsonValue(report.error->toJson()) : QJsonValue()},
        });
    } else {
        const QString none = tr("none");
        QString user = none;
        if (signedIn) {
            user = report.user.displayName();
            if (!report.user.email.isEmpty() && report.user.email != user)
                user += QStringLiteral(" <%1>").arg(report.user.email);
        }
        output().fields(
            QList<QPair<QString, QString>>{
                {tr("Profile"), profile.id.isEmpty() ? tr("%1 (not saved)").arg(profile.name) : profile.name},
                {tr("Server"), profile.serverUrl.toString()},
                {tr("Provider"), profile.provider.isEmpty() ? none : profile.provider},
                {tr("Session"), verdictText(report.verdict)},
                {tr("User"), user},
                {tr("Token"), tokenText(report)},
                {tr("Organization"), profile.organizationId.isEmpty() ? none : profile.organizationId},
            }
            + TrustReport::fields(profile));
    }
    // Shown every time, not only when the profile was added: the risk lasts as long as the address.
    const QString warning = TrustReport::plainHttpWarning(profile);
    if (!warning.isEmpty())
        output().note(warning);
    if (report.error) {
        output().explain(*report.error);
        finish(report.error->exitCode());
        return;
    }
    finish();
}

} // namespace MesheryAuth::Cli
