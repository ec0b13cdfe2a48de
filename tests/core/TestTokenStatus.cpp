// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "TokenStatus.h"

#include <QtTest>

using namespace MesheryAuth;
using State = TokenStatus::State;

namespace {
// A bare JWT with the given claims; the signature is never checked.
QByteArray jwt(qint64 issuedAt, qint64 expiresAt)
{
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part(R"({"alg":"RS256","typ":"JWT"})") + '.'
        + part("{\"iat\":" + QByteArray::number(issuedAt) + ",\"exp\":" + QByteArray::number(expiresAt) + "}")
        + ".c2ln";
}
const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
} // namespace

class TestTokenStatus : public QObject
{
    Q_OBJECT

private slots:
    void states_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("countdown");
        const qint64 now = Now.toSecsSinceEpoch();
        QTest::newRow("none") << QByteArray() << State::NotSignedIn << QString();
        QTest::newRow("valid") << jwt(now - 60, now + 3 * 3600 + 12 * 60) << State::Valid
                               << QStringLiteral("expires in 3 h 12 min");
        QTest::newRow("soon") << jwt(now - 60, now + 10 * 60) << State::ExpiresSoon
                              << QStringLiteral("expires in 10 min");
        QTest::newRow("expired") << jwt(now - 7200, now - 2 * 86400) << State::Expired
                                 << QStringLiteral("expired 2 days ago");
        QTest::newRow("opaque") << QByteArray("api-token-123") << State::UnknownExpiry << QString();
    }

    void states()
    {
        QFETCH(QByteArray, token);
        QFETCH(State, state);
        QFETCH(QString, countdown);
        const TokenStatus status = TokenStatus::of(token, Now);
        QCOMPARE(status.state(), state);
        QCOMPARE(status.countdownText(), countdown);
        QVERIFY(!status.stateText().isEmpty());
        QVERIFY(!status.stateId().isEmpty());
    }

    void countdownMovesWithTheClock()
    {
        const qint64 now = Now.toSecsSinceEpoch();
        const QByteArray token = jwt(now, now + 120);
        QCOMPARE(TokenStatus::of(token, Now).countdownText(), QStringLiteral("expires in 2 min"));
        QCOMPARE(TokenStatus::of(token, Now.addSecs(90)).countdownText(), QStringLiteral("expires in 30 s"));
        QCOMPARE(TokenStatus::of(token, Now.addSecs(120)).state(), State::Expired);
    }

    void ageAndRotation()
    {
        const qint64 now = Now.toSecsSinceEpoch();
        TokenStatus old = TokenStatus::of(jwt(now - 95 * 86400, now + 86400), Now);
        QVERIFY(old.needsRotation());
        QCOMPARE(old.ageText(), QStringLiteral("issued 95 days ago"));
        QVERIFY(!TokenStatus::of(jwt(now - 10 * 86400, now + 86400), Now).needsRotation());
        QVERIFY(TokenStatus::of(jwt(now - 10 * 86400, now + 86400), Now, 7).needsRotation());
        QVERIFY(!TokenStatus::of("opaque", Now).needsRotation());
    }

    void durations()
    {
        QCOMPARE(TokenStatus::formatDuration(0), QStringLiteral("0 s"));
        QCOMPARE(TokenStatus::formatDuration(59), QStringLiteral("59 s"));
        QCOMPARE(TokenStatus::formatDuration(3600), QStringLiteral("1 h 0 min"));
        QCOMPARE(TokenStatus::formatDuration(86400 + 4 * 3600), QStringLiteral("1 day 4 h"));
        QCOMPARE(TokenStatus::formatDuration(-5), QStringLiteral("0 s"));
    }
};

QTEST_GUILESS_MAIN(TestTokenStatus)
#include "TestTokenStatus.moc"
