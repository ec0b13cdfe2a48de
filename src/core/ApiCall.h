#pragma once

#include "ApiError.h"
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
    QVariant value;            // the typed value (see ApiClient), when the call has a parser and succeeded
    QString requestId;         // the X-Request-Id that was sent
    QByteArray refreshedToken; // a valid token in Set-Cookie of a successful answer; empty when none
    QByteArray location;       // the Location header of a redirect, as sent

    bool isOk() const { return error.isOk(); }
    template<typename T>
    T valueAs() const { return value.value<T>(); }
};

// Turns a JSON body into a typed value; an error string means the body had the wrong shape.
struct ParsedBody {
    QVariant value;
    QString error;
};
using BodyParser = std::function<ParsedBody(const QByteArray &body)>;

struct CallLimits {
    std::chrono::milliseconds timeout{15000};
    qint64 maxBodyBytes = 8 * 1024 * 1024;
};

// One request in flight. It owns its reply, enforces the time limit and the size cap, and
// emits finished() exactly once (also when cancelled or timed out), then deletes itself.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(QNetworkReply *reply, Expectation expectation, BodyParser parser, CallLimits limits,
            QString requestId, QObject *parent = nullptr);
    ~ApiCall() override;

    QString requestId() const { return m_requestId; }
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
    void abortBecause(bool &reason);
    void appendBody(const QByteArray &chunk);
    ApiResult buildResult();

    QPointer<QNetworkReply> m_reply;
    Expectation m_expectation;
    BodyParser m_parser;
    CallLimits m_limits;
    QString m_requestId;
    ApiError::Kind m_providerRefusal = ApiError::Kind::None;
    QTimer m_timer;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace MesheryAuth

Q_DECLARE_METATYPE(MesheryAuth::ApiResult)
