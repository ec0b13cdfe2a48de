// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

#include <optional>

namespace MesheryAuth {

// What a call is content with. API calls want JSON and treat a redirect as "not signed in";
// health probes want text; logout is done when the server redirects.
enum class Expectation { Json, Text, RedirectOrSuccess };

// Everything known about a finished reply, gathered without judging it, so the judging can be
// unit-tested without a network.
struct ReplyFacts {
    Expectation expectation = Expectation::Json;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int httpStatus = 0; // 0: no HTTP answer at all
    QByteArray contentType;
    QByteArray location;
    QByteArray body;
    bool cancelled = false;
    bool timedOut = false;
    bool bodyTooLarge = false;
    QList<QSslError> sslErrors;
    bool certificateChanged = false; // sslErrors came from a server whose profile pins another certificate
    // Optional, not a null certificate: constructing even an empty QSslCertificate loads the TLS
    // backend and OpenSSL, 4 MiB that a window talking plain http to localhost never needs.
    std::optional<QSslCertificate> peerCertificate;
    // What a 404 or a 5xx other than 503 means for this endpoint: None, the usual NotFound and
    // ServerError; otherwise the kind of the provider's refusal (see ApiError::Kind).
    ApiError::Kind providerRefusal = ApiError::Kind::None;
};

// Turns ReplyFacts into exactly one ApiError::Kind with the server's own words attached.
class ErrorClassifier
{
public:
    static ApiError classify(const ReplyFacts &facts);

    // A Meshery server answers a login page where JSON was expected when the session is gone.
    static bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body);

private:
    static ApiError classifyTransport(const ReplyFacts &facts);
    static ApiError classifyHttpStatus(const ReplyFacts &facts);
    static ApiError classifySuccessBody(const ReplyFacts &facts);
    static void attachServerExplanation(ApiError &error, const ReplyFacts &facts);
};

} // namespace MesheryAuth
