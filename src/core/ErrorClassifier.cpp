// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ErrorClassifier.h"

#include "JsonFields.h"
#include "TlsCertificateInfo.h"

#include <algorithm>
#include <iterator>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MesheryAuth {

namespace {

// Meshery's answer when a workspace call lacks its organization.
constexpr char OrganizationMissingText[] = "WorkspaceID or OrgID cannot be empty";
// Server text quoted in an error: enough to recognise, never a whole page.
constexpr int MaxQuotedChars = 300;

QStringList stringList(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString() && !item.toString().isEmpty())
            list << item.toString();
    }
    return list;
}

QString quote(const QByteArray &text)
{
    QString quoted = QString::fromUtf8(text).simplified();
    if (quoted.size() > MaxQuotedChars)
        quoted = quoted.left(MaxQuotedChars) + QStringLiteral("…");
    return quoted;
}

// OpenSSL's words for the alerts a server sends when it wants another client certificate.
bool refusedClientCertificate(const QString &networkErrorText)
{
    static const char *const alerts[] = {"alert certificate required", "alert bad certificate", "alert unknown ca",
                                         "alert certificate expired", "alert certificate unknown"};
    return std::any_of(std::begin(alerts), std::end(alerts), [&](const char *alert) {
        return networkErrorText.contains(QLatin1String(alert), Qt::CaseInsensitive);
    });
}

ApiError transportError(ApiError::Kind kind, const ReplyFacts &facts)
{
    return ApiError(kind, facts.networkErrorText);
}

} // namespace

bool ErrorClassifier::looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

ApiError ErrorClassifier::classify(const ReplyFacts &facts)
{
    ApiError error = classifyTransport(facts);
    if (error.isOk() && facts.httpStatus != 0)
        error = classifyHttpStatus(facts);
    error.setHttpStatus(facts.httpStatus);
    return error;
}

ApiError ErrorClassifier::classifyTransport(const ReplyFacts &facts)
{
    // Our own aborts come first: the network layer reports them all as "operation cancelled".
    if (facts.cancelled)
        return ApiError(ApiError::Kind::Cancelled);
    if (facts.timedOut)
        return ApiError(ApiError::Kind::Timeout);
    if (facts.bodyTooLarge)
        return ApiError(ApiError::Kind::ResponseTooLarge);

    // A server that refuses the client's certificate (or its absence) ends the handshake with an
    // alert, which TLS 1.3 delivers after the client thought the handshake done.
    // Only with no HTTP answer at all: Qt's text for an HTTP error quotes the server's own
    // reason phrase, which could say anything.
    const bool handshakeEnded = facts.networkError == QNetworkReply::SslHandshakeFailedError
        || facts.networkError == QNetworkReply::RemoteHostClosedError
        || facts.networkError == QNetworkReply::UnknownNetworkError;
    if (facts.httpStatus == 0 && handshakeEnded && facts.sslErrors.isEmpty()
        && refusedClientCertificate(facts.networkErrorText))
        return transportError(ApiError::Kind::ClientCertificateRejected, facts);
    if (!facts.sslErrors.isEmpty() || facts.networkError == QNetworkReply::SslHandshakeFailedError) {
        QStringList problems;
        QSslCertificate certificate = facts.peerCertificate.value_or(QSslCertificate());
        for (const QSslError &sslError : facts.sslErrors) {
            problems << sslError.errorString();
            if (certificate.isNull())
                certificate = sslError.certificate();
        }
        const auto kind = facts.certificateChanged ? ApiError::Kind::CertificateChanged : ApiError::Kind::Tls;
        ApiError error(kind, problems.isEmpty() ? facts.networkErrorText : problems.join(QLatin1Char('\n')));
        error.setTlsDetails(TlsCertificateInfo::fromCertificate(certificate), problems);
        return error;
    }

    // A success cut short (closed before its Content-Length or last chunk arrived) is no answer:
    // what came may even parse, but it is not the whole of it. Other statuses still say enough.
    if (facts.httpStatus >= 200 && facts.httpStatus < 300 && facts.networkError == QNetworkReply::RemoteHostClosedError)
        return transportError(ApiError::Kind::ConnectionClosed, facts);
    // With an HTTP status the reply is an answer, whatever error code Qt attached to it.
    if (facts.httpStatus != 0)
        return {};

    switch (facts.networkError) {
    case QNetworkReply::NoError:
        // No status and no error: not HTTP at all.
        return ApiError(ApiError::Kind::BadResponse, QStringLiteral("no HTTP status in the answer"));
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return transportError(ApiError::Kind::Unreachable, facts);
    case QNetworkReply::HostNotFoundError:
        return transportError(ApiError::Kind::HostNotFound, facts);
    case QNetworkReply::RemoteHostClosedError:
        return transportError(ApiError::Kind::ConnectionClosed, facts);
    case QNetworkReply::TimeoutError:
        return transportError(ApiError::Kind::Timeout, facts);
    case QNetworkReply::OperationCanceledError:
        return transportError(ApiError::Kind::Cancelled, facts);
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return transportError(ApiError::Kind::BadResponse, facts);
    default:
        return transportError(ApiError::Kind::NetworkError, facts);
    }
}

ApiError ErrorClassifier::classifyHttpStatus(const ReplyFacts &facts)
{
    const int status = facts.httpStatus;
    if (status >= 200 && status < 300)
        return classifySuccessBody(facts);

    if (status >= 300 && status < 400) {
        if (facts.expectation == Expectation::RedirectOrSuccess)
            return {};
        // Meshery answers a missing or expired session with a redirect to a login page.
        return ApiError(ApiError::Kind::Unauthenticated,
                        facts.location.isEmpty() ? QString()
                                                 : QStringLiteral("redirected to %1").arg(quote(facts.location)));
    }

    ApiError::Kind kind = ApiError::Kind::ServerError;
    if (status == 401)
        kind = ApiError::Kind::Unauthenticated;
    else if (status == 403)
        kind = ApiError::Kind::Forbidden;
    else if (status == 404)
        kind = ApiError::Kind::NotFound;
    else if (status == 400 && facts.body.contains(OrganizationMissingText))
        kind = ApiError::Kind::OrganizationMissing;
    else if (status == 503)
        kind = ApiError::Kind::ServiceUnavailable;
    else if (status >= 400 && status < 500)
        kind = ApiError::Kind::BadRequest;
    // Where the endpoint's handler turns every error of the provider into a 404 or a 5xx, that is
    // the provider's refusal, not an unknown address. A 503 keeps its meaning: the provider cannot
    // be reached right now, and trying again later helps.
    if (facts.providerRefusal != ApiError::Kind::None && (status == 404 || (status >= 500 && status != 503)))
        kind = facts.providerRefusal;

    ApiError error(kind);
    attachServerExplanation(error, facts);
    return error;
}

ApiError ErrorClassifier::classifySuccessBody(const ReplyFacts &facts)
{
    if (facts.expectation != Expectation::Json)
        return {};
    if (looksLikeHtml(facts.contentType, facts.body)) {
        // The web UI's login page instead of data: the session is gone.
        return ApiError(ApiError::Kind::Unauthenticated,
                        QStringLiteral("received an HTML page where JSON was expected"));
    }
    if (facts.body.trimmed().isEmpty())
        return ApiError(ApiError::Kind::BadResponse, QStringLiteral("empty answer where JSON was expected"));
    const JsonParse parsed = parseServerJson(facts.body);
    if (!parsed.error.isEmpty())
        return ApiError(ApiError::Kind::BadResponse, parsed.error);
    return {};
}

void ErrorClassifier::attachServerExplanation(ApiError &error, const ReplyFacts &facts)
{
    const QJsonObject meshKit = parseServerJson(facts.body).document.object();
    if (meshKit.contains(QLatin1String("error"))) {
        // MeshKit's error shape; plain {"error": "..."} occurs too.
        error.setDetail(meshKit.value(QLatin1String("error")).toString());
        error.setServerExplanation(meshKit.value(QLatin1String("code")).toString(),
                                   stringList(meshKit.value(QLatin1String("probableCause"))),
                                   stringList(meshKit.value(QLatin1String("suggestedRemediation"))));
        return;
    }
    if (looksLikeHtml(facts.contentType, facts.body))
        error.setDetail(QStringLiteral("HTTP %1 (an HTML page)").arg(facts.httpStatus));
    else if (!facts.body.trimmed().isEmpty())
        error.setDetail(quote(facts.body));
    else
        error.setDetail(QStringLiteral("HTTP %1").arg(facts.httpStatus));
}

} // namespace MesheryAuth
