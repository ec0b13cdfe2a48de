// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The error vocabulary: every outcome a Meshery call can have lands in one kind, with the
// server's own words attached. Pure: no network here (TestApiClient covers the real wire).
#include "ApiError.h"
#include "ErrorClassifier.h"

#include <QtTest>

using namespace MesheryAuth;
using Kind = ApiError::Kind;

// The last kind of the enum: everyKindHasWordsAndAnId covers every kind up to it.
constexpr Kind LastKind = Kind::ClientCertificateRejected;

class TestErrorClassifier : public QObject
{
    Q_OBJECT

private:
    static ReplyFacts answer(int status, const QByteArray &body = {},
                             const QByteArray &contentType = "application/json")
    {
        ReplyFacts facts;
        facts.httpStatus = status;
        facts.body = body;
        facts.contentType = contentType;
        return facts;
    }
    static ReplyFacts transport(QNetworkReply::NetworkError error)
    {
        ReplyFacts facts;
        facts.networkError = error;
        facts.networkErrorText = QStringLiteral("network says no");
        return facts;
    }

private slots:
    void statusAndBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expectation");
        QTest::addColumn<Kind>("kind");

        const int json = int(Expectation::Json);
        QTest::newRow("200 json") << 200 << QByteArray("application/json") << QByteArray(R"({"a":1})") << json
                                  << Kind::None;
        QTest::newRow("200 array") << 200 << QByteArray("application/json") << QByteArray("[1,2]") << json
                                   << Kind::None;
        QTest::newRow("302 login") << 302 << QByteArray() << QByteArray() << json << Kind::Unauthenticated;
        QTest::newRow("307") << 307 << QByteArray() << QByteArray() << json << Kind::Unauthenticated;
        QTest::newRow("302 logout ok") << 302 << QByteArray() << QByteArray() << int(Expectation::RedirectOrSuccess)
                                       << Kind::None;
        QTest::newRow("401 retries") << 401 << QByteArray("text/plain")
                                     << QByteArray("Authentication failed after multiple attempts") << json
                                     << Kind::Unauthenticated;
        QTest::newRow("html instead of json")
            << 200 << QByteArray("text/html; charset=utf-8")
            << QByteArray("<!DOCTYPE html><html><body>Login</body></html>") << json << Kind::Unauthenticated;
        QTest::newRow("html without content type")
            << 200 << QByteArray() << QByteArray("  <html><head></head></html>") << json << Kind::Unauthenticated;
        QTest::newRow("html is fine as text")
            << 200 << QByteArray("text/html") << QByteArray("<html></html>") << int(Expectation::Text) << Kind::None;
        QTest::newRow("403") << 403 << QByteArray("text/plain") << QByteArray("forbidden") << json << Kind::Forbidden;
        QTest::newRow("400 org missing") << 400 << QByteArray("text/plain")
                                         << QByteArray("WorkspaceID or OrgID cannot be empty\n") << json
                                         << Kind::OrganizationMissing;
        QTest::newRow("400 other") << 400 << QByteArray("text/plain") << QByteArray("bad page size") << json
                                   << Kind::BadRequest;
        QTest::newRow("404") << 404 << QByteArray("text/plain") << QByteArray("404 page not found") << json
                             << Kind::NotFound;
        QTest::newRow("500 text") << 500 << QByteArray("text/plain") << QByteArray("failed to get token") << json
                                  << Kind::ServerError;
        QTest::newRow("502") << 502 << QByteArray() << QByteArray() << json << Kind::ServerError;
        QTest::newRow("503") << 503 << QByteArray("text/plain") << QByteArray("provider offline") << json
                             << Kind::ServiceUnavailable;
        QTest::newRow("malformed json") << 200 << QByteArray("application/json") << QByteArray(R"({"a":)") << json
                                        << Kind::BadResponse;
        QTest::newRow("empty json") << 200 << QByteArray("application/json") << QByteArray("  ") << json
                                    << Kind::BadResponse;
        QTest::newRow("garbage bytes") << 200 << QByteArray("application/json") << QByteArray("\xff\xfe\x00\x01", 4)
                                       << json << Kind::BadResponse;
        QTest::newRow("text ok") << 200 << QByteArray("text/plain") << QByteArray("ok") << int(Expectation::Text)
                                 << Kind::None;
    }

    void statusAndBody()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, expectation);
        QFETCH(Kind, kind);
        ReplyFacts facts = answer(status, body, contentType);
        facts.expectation = Expectation(expectation);
        // Qt attaches an error code to HTTP error statuses; the status must win.
        if (status >= 400)
            facts.networkError = QNetworkReply::InternalServerError;
        const ApiError error = ErrorClassifier::classify(facts);
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.httpStatus(), status);
    }

    void transportFailures_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("networkError");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Kind::Unreachable;
        QTest::newRow("host") << QNetworkReply::HostNotFoundError << Kind::HostNotFound;
        QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << Kind::ConnectionClosed;
        QTest::newRow("socket timeout") << QNetworkReply::TimeoutError << Kind::Timeout;
        QTest::newRow("tls handshake") << QNetworkReply::SslHandshakeFailedError << Kind::Tls;
        QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << Kind::NetworkError;
        QTest::newRow("protocol") << QNetworkReply::ProtocolFailure << Kind::BadResponse;
    }

    void transportFailures()
    {
        QFETCH(QNetworkReply::NetworkError, networkError);
        QFETCH(Kind, kind);
        const ApiError error = ErrorClassifier::classify(transport(networkError));
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.detail(), QStringLiteral("network says no"));
    }

    // The connection closed before the Content-Length arrived: what came parses, but a success
    // cut short is no answer. An error status cut short still says what it says.
    void aSuccessCutShortIsAClosedConnection()
    {
        ReplyFacts facts = transport(QNetworkReply::RemoteHostClosedError);
        facts.httpStatus = 200;
        facts.contentType = "application/json";
        facts.body = R"({"id":"3f2c","email":"ada@example.com"})";
        QCOMPARE(ErrorClassifier::classify(facts).kind(), Kind::ConnectionClosed);
        facts.httpStatus = 302;
        QCOMPARE(ErrorClassifier::classify(facts).kind(), Kind::Unauthenticated);
        facts.httpStatus = 503;
        QCOMPARE(ErrorClassifier::classify(facts).kind(), Kind::ServiceUnavailable);
    }

    void ourOwnAbortsWinOverTheNetworkCode()
    {
        ReplyFacts facts = transport(QNetworkReply::OperationCanceledError);
        facts.timedOut = true;
        QCOMPARE(ErrorClassifier::classify(facts).kind(), Kind::Timeout);
        facts.timedOut = false;
        facts.bodyTooLarge = true;
        QCOMPARE(ErrorClassifier::classify(facts).kind(), Kind::ResponseTooLarge);
        facts.cancelled = true;
        QCOMPARE(ErrorClassifier::classify(facts).kind(), Kind::Cancelled);
    }

    void meshKitFieldsAreKept()
    {
        const QByteArray body = R"({"error":"Unable to fetch user","code":"meshery-server-1033","severity":"ERROR",
            "probableCause":["The remote provider is down."],
            "suggestedRemediation":["Try later.","Check the provider."],
            "longDescription":["x"]})";
        const ApiError error = ErrorClassifier::classify(answer(500, body));
        QCOMPARE(error.kind(), Kind::ServerError);
        QCOMPARE(error.detail(), QStringLiteral("Unable to fetch user"));
        QCOMPARE(error.serverCode(), QStringLiteral("meshery-server-1033"));
        QCOMPARE(error.probableCause(), QStringList{QStringLiteral("The remote provider is down.")});
        QCOMPARE(error.suggestedRemediation().size(), 2);
        QVERIFY(error.toDisplayString().contains(QStringLiteral("Check the provider.")));
    }

    void plainErrorJsonAndTextAreQuoted()
    {
        QCOMPARE(ErrorClassifier::classify(answer(500, R"({"error":"boom"})")).detail(), QStringLiteral("boom"));
        QCOMPARE(ErrorClassifier::classify(answer(500, "failed to get token\n", "text/plain")).detail(),
                 QStringLiteral("failed to get token"));
        // A whole page is never pasted into an error message.
        const ApiError huge = ErrorClassifier::classify(answer(500, QByteArray(100000, 'x'), "text/plain"));
        QVERIFY(huge.detail().size() < 400);
        const ApiError html =
            ErrorClassifier::classify(answer(502, "<html><body>Bad gateway</body></html>", "text/html"));
        QVERIFY(!html.detail().contains(QLatin1String("<html>")));
    }

    void redirectNamesItsTarget()
    {
        ReplyFacts facts = answer(302);
        facts.location = "/user/login";
        QVERIFY(ErrorClassifier::classify(facts).detail().contains(QLatin1String("/user/login")));
    }

    void tlsErrorCarriesTheCertificate()
    {
        // A certificate from the test data, so the fingerprint is known.
        QFile file(QStringLiteral(MESHERY_TEST_DATA_DIR "/self-signed.pem"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QSslCertificate certificate(file.readAll(), QSsl::Pem);
        QVERIFY(!certificate.isNull());

        ReplyFacts facts = transport(QNetworkReply::SslHandshakeFailedError);
        facts.sslErrors = {QSslError(QSslError::SelfSignedCertificate, certificate)};
        const ApiError error = ErrorClassifier::classify(facts);
        QCOMPARE(error.kind(), Kind::Tls);
        const TlsCertificateInfo info = error.certificate();
        QCOMPARE(info.subject, QStringLiteral("meshery-auth-test"));
        QCOMPARE(info.issuer, QStringLiteral("meshery-auth-test"));
        QVERIFY(info.isSelfSigned());
        QCOMPARE(info.sha256Fingerprint, formatFingerprint(certificate.digest(QCryptographicHash::Sha256)));
        QCOMPARE(info.sha256Fingerprint.size(), 32 * 3 - 1);
        QCOMPARE(info.validUntil, certificate.expiryDate().toUTC());
        QVERIFY(!error.tlsProblems().isEmpty());
        QVERIFY(error.toDisplayString().contains(info.sha256Fingerprint));
    }

    void aCertificateOtherThanThePinnedOneIsAChange()
    {
        QFile file(QStringLiteral(MESHERY_TEST_DATA_DIR "/self-signed.pem"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(file.readAll(), QSsl::Pem);
        ReplyFacts facts = transport(QNetworkReply::SslHandshakeFailedError);
        facts.sslErrors = {QSslError(QSslError::SelfSignedCertificate, certificate)};
        facts.certificateChanged = true;
        const ApiError error = ErrorClassifier::classify(facts);
        QCOMPARE(error.kind(), Kind::CertificateChanged);
        QCOMPARE(error.certificate().sha256Fingerprint,
                 formatFingerprint(certificate.digest(QCryptographicHash::Sha256)));
    }

    void aServerThatRefusesTheClientCertificate_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QString>("text");
        // OpenSSL 3's words, as Qt passes them on; TLS 1.3 delivers the alert after the handshake.
        QTest::newRow("required, 1.3") << int(QNetworkReply::RemoteHostClosedError)
                                       << "error:0A00045C:SSL routines::tlsv13 alert certificate required";
        QTest::newRow("unknown ca") << int(QNetworkReply::SslHandshakeFailedError)
                                    << "error:0A000418:SSL routines::tlsv1 alert unknown ca";
        QTest::newRow("bad certificate") << int(QNetworkReply::UnknownNetworkError)
                                         << "error:0A000412:SSL routines::sslv3 alert bad certificate";
        QTest::newRow("expired") << int(QNetworkReply::SslHandshakeFailedError)
                                 << "error:0A000415:SSL routines::sslv3 alert certificate expired";
    }

    void aServerThatRefusesTheClientCertificate()
    {
        QFETCH(int, networkError);
        QFETCH(QString, text);
        ReplyFacts facts = transport(QNetworkReply::NetworkError(networkError));
        facts.networkErrorText = text;
        QCOMPARE(ErrorClassifier::classify(facts).kind(), Kind::ClientCertificateRejected);
    }

    void aReasonPhraseCannotPassForARefusedCertificate()
    {
        // Qt quotes the server's reason phrase in its error text; the server may say anything.
        ReplyFacts facts = transport(QNetworkReply::InternalServerError);
        facts.httpStatus = 500;
        facts.networkErrorText = QStringLiteral("Error transferring URL - server replied: alert bad certificate");
        QCOMPARE(ErrorClassifier::classify(facts).kind(), Kind::ServerError);
    }

    void everyKindHasWordsAndAnId_data()
    {
        QTest::addColumn<Kind>("kind");
        for (int k = int(Kind::None); k <= int(LastKind); ++k)
            QTest::newRow(qPrintable(ApiError::kindId(Kind(k)))) << Kind(k);
    }

    void noKindLiesBeyondTheLastOneTested()
    {
        // A kind added after LastKind would have no words yet and escape the loop above.
        QCOMPARE(ApiError::kindId(Kind(int(LastKind) + 1)), QStringLiteral("unknown"));
    }

    void providerRefusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("refusal");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("detail");

        const QByteArray text = "text/plain; charset=utf-8";
        const QByteArray capability =
            "unable to get result: Capablity is not supported by your Provider. Organization\n";
        const QByteArray meshKit =
            R"({"error":"Unable to get organizations","code":"meshery-server-1340","severity":"ERROR",
            "probableCause":["The provider refused."],"suggestedRemediation":["Ask the provider."]})";
        QTest::newRow("older: 404 text")
            << 404 << text << capability << Kind::OrganizationsUnavailable << Kind::OrganizationsUnavailable
            << QStringLiteral("unable to get result: Capablity is not supported by your Provider. Organization");
        QTest::newRow("newer: 502 MeshKit")
            << 502 << QByteArray("application/json") << meshKit << Kind::OrganizationsUnavailable
            << Kind::OrganizationsUnavailable << QStringLiteral("Unable to get organizations");
        QTest::newRow("500 text") << 500 << text << QByteArray("failed to get token") << Kind::WorkspacesUnavailable
                                  << Kind::WorkspacesUnavailable << QStringLiteral("failed to get token");
        QTest::newRow("503 stays") << 503 << text << QByteArray("provider offline") << Kind::OrganizationsUnavailable
                                   << Kind::ServiceUnavailable << QStringLiteral("provider offline");
        QTest::newRow("403 stays") << 403 << text << QByteArray("forbidden") << Kind::OrganizationsUnavailable
                                   << Kind::Forbidden << QStringLiteral("forbidden");
        QTest::newRow("400 stays") << 400 << text << QByteArray("WorkspaceID or OrgID cannot be empty")
                                   << Kind::WorkspacesUnavailable << Kind::OrganizationMissing
                                   << QStringLiteral("WorkspaceID or OrgID cannot be empty");
        QTest::newRow("404 elsewhere") << 404 << text << QByteArray("404 page not found") << Kind::None
                                       << Kind::NotFound << QStringLiteral("404 page not found");
        QTest::newRow("502 elsewhere") << 502 << QByteArray("application/json") << meshKit << Kind::None
                                       << Kind::ServerError << QStringLiteral("Unable to get organizations");
    }

    void providerRefusals()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(Kind, refusal);
        QFETCH(Kind, kind);
        QFETCH(QString, detail);
        ReplyFacts facts = answer(status, body, contentType);
        facts.providerRefusal = refusal;
        const ApiError error = ErrorClassifier::classify(facts);
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.detail(), detail);
        QCOMPARE(error.httpStatus(), status);
        if (kind == Kind::OrganizationsUnavailable || kind == Kind::WorkspacesUnavailable) {
            QVERIFY(!error.message().contains(QLatin1String("address")));
            QVERIFY(!error.hint().contains(QLatin1String("server address")));
        }
        if (status == 502 && refusal != Kind::None) {
            QCOMPARE(error.serverCode(), QStringLiteral("meshery-server-1340"));
            QVERIFY(error.toDisplayString().contains(QLatin1String("Ask the provider.")));
        }
    }

    void everyKindHasWordsAndAnId()
    {
        QFETCH(Kind, kind);
        const ApiError error(kind);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(error.id() != QLatin1String("unknown"));
        if (kind != Kind::None && kind != Kind::Cancelled)
            QVERIFY2(!error.hint().isEmpty(), qPrintable(error.id()));
    }

    void unauthenticatedSaysLogInAgain()
    {
        const ApiError error(Kind::Unauthenticated);
        QCOMPARE(error.message(), QStringLiteral("Your session has expired or the token is invalid."));
        QCOMPARE(error.hint(), QStringLiteral("Log in again."));
    }
};

QTEST_GUILESS_MAIN(TestErrorClassifier)
#include "TestErrorClassifier.moc"
