// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ApiCall.h"

#include "SessionCookie.h"
#include "TlsCertificateInfo.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <algorithm>

namespace MesheryAuth {

namespace {
constexpr qint64 ReadBufferBytes = 256 * 1024;

// A server may renew the session on any authenticated call. Only a 2xx answer counts: a provider
// that persists anonymous users sets its anonymous token on the redirect to its login, and an
// error page is no session at all (SessionCookie says which cookie is a token).
QByteArray refreshedTokenFrom(const QNetworkReply &reply, int httpStatus)
{
    // A call made without a token has no session to renew: a token set on it is someone else's.
    const bool carriedToken = reply.request().hasRawHeader("Authorization");
    if (!carriedToken || httpStatus < 200 || httpStatus > 299)
        return {};
    return SessionCookie::renewedToken(reply.rawHeader("Set-Cookie"));
}
} // namespace

void ApiResult::wrongValueType(QMetaType asked) const
{
    qCritical("ApiResult::valueAs<%s>() asked of a call whose value is a %s", asked.name(),
              value.isValid() ? value.metaType().name() : "nothing");
    Q_ASSERT_X(false, "ApiResult::valueAs", "the type asked for is not the call's value type (see ApiClient)");
}

ApiCall::ApiCall(Expectation expectation, BodyParser parser, CallLimits limits, QString requestId, QObject *parent)
    : QObject(parent)
    , m_expectation(expectation)
    , m_parser(std::move(parser))
    , m_limits(limits)
    , m_requestId(std::move(requestId))
{
    qRegisterMetaType<MesheryAuth::ApiResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ApiCall::onTimeout);
    m_timer.start(m_limits.timeout);
}

void ApiCall::send(QNetworkReply *reply)
{
    reply->setParent(this);
    if (m_finished) {
        reply->abort();
        return;
    }
    m_reply = reply;
    // Without a bound the network thread buffers whatever the server sends while we are busy: an
    // endless body would grow memory by hundreds of MiB before the size cap is even checked.
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiCall::onSslErrors);
}

void ApiCall::refuse(const ApiError &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (m_finished)
                return;
            ApiResult result;
            result.error = error;
            result.error.setRequestId(m_requestId);
            finishWith(result);
        },
        Qt::QueuedConnection);
}

void ApiCall::onSslErrors(const QList<QSslError> &errors)
{
    // Only the very certificate the user pinned for this server is let through, and only when
    // every complaint is about it (not about some other certificate of the chain).
    const QSslCertificate shown = m_reply->sslConfiguration().peerCertificate();
    const QString fingerprint = formatFingerprint(shown.digest(QCryptographicHash::Sha256));
    const bool allAboutShown = std::all_of(errors.begin(), errors.end(), [&](const QSslError &error) {
        return error.certificate().isNull() || error.certificate() == shown;
    });
    if (!shown.isNull() && m_pinned.contains(fingerprint) && allAboutShown) {
        m_reply->ignoreSslErrors();
        return;
    }
    // Otherwise never ignored: the call fails, and the error says which certificate it was.
    // "Changed" is for another certificate than the pinned ones, not for a pinned one that
    // failed for another reason (a chain certificate, say).
    m_sslErrors = errors;
    m_certificateChanged = !m_pinned.isEmpty() && !m_pinned.contains(fingerprint);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiCall::cancel()
{
    if (!m_finished)
        abortBecause(m_cancelled);
}

void ApiCall::onTimeout()
{
    if (!m_finished)
        abortBecause(m_timedOut);
}

void ApiCall::abortBecause(bool &reason)
{
    reason = true;
    if (m_reply)
        m_reply->abort(); // finishes the reply, which lands in onReplyFinished()
    else
        finishWith(buildResult()); // not sent yet: nothing to abort
}

void ApiCall::onMetaDataChanged()
{
    // Refuse an announced oversize body before reading any of it.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_limits.maxBodyBytes)
        abortBecause(m_tooLarge);
}

void ApiCall::onReadyRead()
{
    appendBody(m_reply->readAll());
}

void ApiCall::appendBody(const QByteArray &chunk)
{
    if (m_tooLarge)
        return;
    if (m_body.size() + chunk.size() > m_limits.maxBodyBytes) {
        m_body.clear();
        abortBecause(m_tooLarge);
        return;
    }
    m_body.append(chunk);
}

void ApiCall::onReplyFinished()
{
    if (m_finished)
        return;
    m_finished = true; // appendBody() may abort the reply, which must not land here again
    if (m_reply->isOpen()) // an aborted reply is closed: nothing left to read
        appendBody(m_reply->readAll());
    finishWith(buildResult());
}

void ApiCall::finishWith(const ApiResult &result)
{
    m_finished = true;
    m_timer.stop();
    emit finished(result);
    deleteLater();
}

ApiResult ApiCall::buildResult()
{
    ReplyFacts facts;
    facts.expectation = m_expectation;
    facts.cancelled = m_cancelled;
    facts.timedOut = m_timedOut;
    if (!m_reply) { // ended before it was sent
        ApiResult result;
        result.error = ErrorClassifier::classify(facts);
        result.requestId = m_requestId;
        result.error.setRequestId(m_requestId);
        return result;
    }
    facts.networkError = m_reply->error();
    facts.networkErrorText = m_reply->errorString();
    facts.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    facts.location = m_reply->rawHeader("Location");
    facts.body = m_body;
    facts.bodyTooLarge = m_tooLarge;
    facts.sslErrors = m_sslErrors;
    facts.certificateChanged = m_certificateChanged;
    // Only over TLS: asking a plain-http reply would load the TLS backend and OpenSSL for nothing.
    if (m_reply->url().scheme() == QLatin1String("https"))
        facts.peerCertificate = m_reply->sslConfiguration().peerCertificate();
    facts.providerRefusal = m_providerRefusal;

    ApiResult result;
    result.error = ErrorClassifier::classify(facts);
    result.httpStatus = facts.httpStatus;
    result.body = m_body;
    result.requestId = m_requestId;
    result.location = facts.location;

    if (result.error.isOk() && m_parser) {
        ParsedBody parsed = m_parser(m_body);
        if (parsed.isOk())
            result.value = std::move(parsed.value);
        else
            result.error = parsed.error;
        result.error.setHttpStatus(facts.httpStatus);
    }
    if (result.error.isOk())
        result.refreshedToken = refreshedTokenFrom(*m_reply, facts.httpStatus);
    result.error.setRequestId(m_requestId);
    return result;
}

} // namespace MesheryAuth
