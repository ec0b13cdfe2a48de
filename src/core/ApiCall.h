// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "CallLimits.h"
#include "ErrorClassifier.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <chrono>
#include <functional>

class QNetworkReply;

namespace MesheryAuth {

// The outcome of one call, as a value: safe to keep after the ApiCall is gone.
struct ApiResult {
    ApiError error;
    int httpStatus = 0;
    QByteArray body;
    QVariant value; // the typed value (see ApiClient), when the call has a parser and succeeded
    QString requestId; // the X-Request-Id that was sent
    QByteArray refreshedToken; // a valid token in Set-Cookie of a successful answer; empty when none
    QByteArray location; // the Location header of a redirect, as sent

    bool isOk() const { return error.isOk(); }
    // The typed value, of the type ApiClient notes beside the call; a failed call has none: T().
    // Asking a successful call for another type is a bug, never a quiet default: it asserts in a
    // debug build and is logged as critical in any build.
    template<typename T> T valueAs() const
    {
        if (value.metaType() == QMetaType::fromType<T>())
            return value.value<T>();
        if (!isOk() && !value.isValid())
            return T();
        wrongValueType(QMetaType::fromType<T>());
        return T();
    }

private:
    void wrongValueType(QMetaType asked) const;
};

// Turns a body into a typed value; an error (BadResponse, the reason its detail) means the body
// had the wrong shape.
struct ParsedBody {
    QVariant value;
    ApiError error;
    bool isOk() const { return error.isOk(); }

    static ParsedBody failed(const QString &reason) { return {{}, ApiError(ApiError::Kind::BadResponse, reason)}; }
};
using BodyParser = std::function<ParsedBody(const QByteArray &body)>;

// One request. It starts counting its time limit when made, owns its reply once sent, enforces
// the size cap, and emits finished() exactly once (also when cancelled, timed out or refused
// before sending), then deletes itself.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(Expectation expectation, BodyParser parser, CallLimits limits, QString requestId,
            QObject *parent = nullptr);
    ~ApiCall() override;

    // Certificates the user trusted for this server (SHA-256, formatFingerprint's form): the one
    // the server shows is accepted though the system does not trust it. Set before send().
    void setPinnedCertificates(const QStringList &fingerprints) { m_pinned = fingerprints; }
    // The request went out; a call that already ended (cancelled, timed out) aborts it at once.
    void send(QNetworkReply *reply);
    // Ends the call without sending anything, on the next turn of the event loop.
    void refuse(const ApiError &error);
    bool isSent() const { return !m_reply.isNull(); }

    QString requestId() const { return m_requestId; }
    // The path and query asked for, relative to the server's address, e.g.
    // "/api/workspaces?orgId=1&page=0": what a curl line must ask to repeat this call.
    QString endpoint() const { return m_endpoint; }
    void setEndpoint(const QString &endpoint) { m_endpoint = endpoint; }
    bool isFinished() const { return m_finished; }
    // What a 404 or a 5xx (but 503) of this endpoint means (ReplyFacts::providerRefusal). Set it
    // right after the call is made: the answer is read in a later turn of the event loop.
    void setProviderRefusal(ApiError::Kind kind) { m_providerRefusal = kind; }

public slots:
    void cancel();

signals:
    void finished(const MesheryAuth::ApiResult &result);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void onSslErrors(const QList<QSslError> &errors);
    void abortBecause(bool &reason);
    void appendBody(const QByteArray &chunk);
    void finishWith(const ApiResult &result);
    ApiResult buildResult();

    QPointer<QNetworkReply> m_reply;
    Expectation m_expectation;
    BodyParser m_parser;
    CallLimits m_limits;
    QString m_requestId;
    QString m_endpoint;
    ApiError::Kind m_providerRefusal = ApiError::Kind::None;
    QTimer m_timer;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    QStringList m_pinned;
    bool m_certificateChanged = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::ApiResult)
