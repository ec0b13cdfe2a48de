// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// When the expiry and rotation notices fall due, on an injected clock; and where a token's
// stored-at time comes from. Without the English .qm, plurals read "minute(s)": the words are
// checked in TestNotices, the numbers here.
#include "StoredAtIndex.h"
#include "TokenNotices.h"
#include "TokenVault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace MesheryAuth;
using Kind = TokenNotice::Kind;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QString Profile = QStringLiteral("p1");
const QUrl Server(QStringLiteral("https://meshery.example:9081"));

// An unsigned JWT with these claims; what the notices read of a token.
QByteArray jwt(const QJsonObject &claims)
{
    const auto part = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part({{QStringLiteral("alg"), QStringLiteral("HS256")}}) + '.' + part(claims) + ".c2lnbmF0dXJl";
}

QByteArray expiringAt(const QDateTime &expiry, const QString &subject = QStringLiteral("alice"))
{
    return jwt({{QStringLiteral("exp"), expiry.toSecsSinceEpoch()}, {QStringLiteral("sub"), subject}});
}

} // namespace

class TestTokenNotices : public QObject
{
    Q_OBJECT

    QDateTime m_now;
    std::unique_ptr<TokenNotices> m_notices;
    std::unique_ptr<QSignalSpy> m_spy;

    Kind kindAt(int index) const { return m_spy->at(index).at(0).value<TokenNotice>().kind; }
    TokenNotice noticeAt(int index) const { return m_spy->at(index).at(0).value<TokenNotice>(); }

private slots:
    void init()
    {
        m_now = T0;
        m_notices = std::make_unique<TokenNotices>();
        m_notices->setClock([this] { return m_now; });
        m_spy = std::make_unique<QSignalSpy>(m_notices.get(), &TokenNotices::notice);
    }

    void expiresSoonAtTheLeadTimeNotBefore()
    {
        const QByteArray token = expiringAt(T0.addSecs(3600));
        m_now = T0.addSecs(3600 - 15 * 60 - 1);
        m_notices->watch(Profile, QStringLiteral("Work"), Server, token, {});
        QCOMPARE(m_spy->count(), 0);
        // Armed for the second left, not for later.
        QVERIFY(m_notices->nextCheckIn() <= std::chrono::milliseconds(1000));
        QVERIFY(m_notices->nextCheckIn() > std::chrono::milliseconds(500));
        m_now = m_now.addSecs(1);
        m_notices->check();
        QCOMPARE(m_spy->count(), 1);
        const TokenNotice notice = noticeAt(0);
        QCOMPARE(notice.kind, Kind::ExpiresSoon);
        QCOMPARE(notice.profileId, Profile);
        QVERIFY2(notice.body().contains(QStringLiteral("in 15 minute")), qPrintable(notice.body()));
        QVERIFY(notice.body().contains(QStringLiteral("Work")));
        QVERIFY(notice.body().contains(QStringLiteral("https://meshery.example:9081")));
        QVERIFY(!notice.body().contains(QString::fromLatin1(token))
                && !notice.title().contains(QString::fromLatin1(token)));
    }

    void eachNoticeOncePerToken()
    {
        const QByteArray token = expiringAt(T0.addSecs(600));
        m_notices->watch(Profile, QStringLiteral("Work"), Server, token, {});
        QCOMPARE(m_spy->count(), 1); // within the lead already
        m_notices->check();
        // The session's state changes watch the same token again: nothing new.
        m_notices->watch(Profile, QStringLiteral("Work"), Server, token, {});
        m_notices->unwatch(Profile);
        m_notices->watch(Profile, QStringLiteral("Work"), Server, token, {});
        QCOMPARE(m_spy->count(), 1);
        m_now = T0.addSecs(600);
        m_notices->check();
        m_notices->check();
        m_notices->sessionExpired(Profile);
        QCOMPARE(m_spy->count(), 2);
        QCOMPARE(kindAt(1), Kind::Expired);
        // Logging in again: the new token has notices of its own.
        m_notices->watch(Profile, QStringLiteral("Work"), Server, expiringAt(T0.addSecs(1200)), {});
        QCOMPARE(m_spy->count(), 3);
        QCOMPARE(kindAt(2), Kind::ExpiresSoon);
    }

    void expiredWithoutTheSoonNoticeWhenTooLate()
    {
        m_notices->watch(Profile, QStringLiteral("Work"), Server, expiringAt(T0.addSecs(-5)), {});
        QCOMPARE(m_spy->count(), 1);
        QCOMPARE(kindAt(0), Kind::Expired);
        QVERIFY(noticeAt(0).body().contains(QStringLiteral("has expired")));
        QVERIFY(m_notices->nextCheckIn() < std::chrono::milliseconds(0)); // nothing more to wait for
    }

    void serverSaysExpiredForATokenWithoutExpiry()
    {
        m_notices->watch(Profile, QStringLiteral("Work"), Server, QByteArrayLiteral("opaque-api-token-1234"), {});
        QCOMPARE(m_spy->count(), 0);
        m_notices->sessionExpired(Profile);
        m_notices->sessionExpired(Profile);
        m_notices->sessionExpired(QStringLiteral("not-watched"));
        QCOMPARE(m_spy->count(), 1);
        QCOMPARE(kindAt(0), Kind::Expired);
    }

    void timerFiresOnTimeFromTheClock()
    {
        // The clock runs in real time here, from 300 ms before the token's soon-moment (T0).
        const QDateTime start = QDateTime::currentDateTimeUtc();
        m_notices->setClock([start] { return T0.addMSecs(start.msecsTo(QDateTime::currentDateTimeUtc()) - 300); });
        m_notices->watch(Profile, QStringLiteral("Work"), Server, expiringAt(T0.addSecs(15 * 60)), {});
        QCOMPARE(m_spy->count(), 0);
        QVERIFY(m_spy->wait(5000));
        QCOMPARE(kindAt(0), Kind::ExpiresSoon);
        QVERIFY(noticeAt(0).now >= T0); // not early
        QVERIFY(noticeAt(0).now < T0.addSecs(2)); // nor late
    }

    void clockJumpsRearmAndNeverSkip()
    {
        const QByteArray token = expiringAt(T0.addDays(2));
        m_notices->watch(Profile, QStringLiteral("Work"), Server, token, {});
        // Two days away: the clock is read again within MaxWait, not in two days.
        QVERIFY(m_notices->nextCheckIn() <= std::chrono::milliseconds(TokenNotices::MaxWait));
        // The clock set back an hour: nothing, and still armed.
        m_now = T0.addSecs(-3600);
        m_notices->check();
        QCOMPARE(m_spy->count(), 0);
        QVERIFY(m_notices->nextCheckIn() >= std::chrono::milliseconds(0));
        // Resumed from a sleep past the expiry: the expired notice at the next reading.
        m_now = T0.addDays(3);
        m_notices->check();
        QCOMPARE(m_spy->count(), 1);
        QCOMPARE(kindAt(0), Kind::Expired);
    }

    void rotationReminder()
    {
        // An opaque token stored 91 days ago.
        m_notices->watch(Profile, QStringLiteral("Work"), Server, QByteArrayLiteral("opaque-1"), T0.addDays(-91));
        QCOMPARE(m_spy->count(), 1);
        QCOMPARE(kindAt(0), Kind::Rotation);
        QVERIFY2(noticeAt(0).body().contains(QStringLiteral("is 91 day")), qPrintable(noticeAt(0).body()));
        m_notices->check();
        QCOMPARE(m_spy->count(), 1);
        // 89 days: due in a day.
        m_notices->watch(Profile, QStringLiteral("Work"), Server, QByteArrayLiteral("opaque-2"), T0.addDays(-89));
        QCOMPARE(m_spy->count(), 1);
        m_now = T0.addDays(1);
        m_notices->check();
        QCOMPARE(m_spy->count(), 2);
        // The token's own issued-at wins over the stored-at time.
        const QByteArray fresh = jwt({{QStringLiteral("iat"), T0.addDays(-10).toSecsSinceEpoch()}});
        m_notices->watch(Profile, QStringLiteral("Work"), Server, fresh, T0.addDays(-200));
        QCOMPARE(m_spy->count(), 2);
    }

    void rotationOffAndUnknownAge()
    {
        m_notices->setRotationDays(0);
        m_notices->watch(Profile, QStringLiteral("Work"), Server, QByteArrayLiteral("opaque-1"), T0.addDays(-400));
        m_notices->watch(QStringLiteral("p2"), QStringLiteral("Home"), Server, QByteArrayLiteral("opaque-2"), {});
        QCOMPARE(m_spy->count(), 0);
        m_notices->setRotationDays(90);
        QCOMPARE(m_spy->count(), 1); // p2's age is unknown: no reminder
        QCOMPARE(noticeAt(0).profileId, Profile);
    }

    void preferencesTakeEffectAtOnce()
    {
        m_notices->watch(Profile, QStringLiteral("Work"), Server, expiringAt(T0.addSecs(20 * 60)), T0.addDays(-40));
        QCOMPARE(m_spy->count(), 0);
        m_notices->setLead(std::chrono::minutes(30));
        QCOMPARE(m_spy->count(), 1);
        QCOMPARE(kindAt(0), Kind::ExpiresSoon);
        QVERIFY(noticeAt(0).body().contains(QStringLiteral("in 20 minute")));
        m_notices->setRotationDays(30);
        QCOMPARE(m_spy->count(), 2);
        QCOMPARE(kindAt(1), Kind::Rotation);
    }

    void hostileExpiriesAreHarmless()
    {
        // Far future and far past expiries from a token anyone could have written.
        m_notices->watch(Profile, QStringLiteral("Work"), Server, expiringAt(T0.addYears(5000)), {});
        QCOMPARE(m_spy->count(), 0);
        QVERIFY(m_notices->nextCheckIn() <= std::chrono::milliseconds(TokenNotices::MaxWait));
        // Out of range: no expiry is read, so none is decided on; a stored-at in the future is no age.
        m_notices->watch(QStringLiteral("p2"), QStringLiteral("Odd"), Server,
                         jwt({{QStringLiteral("exp"), -99999999999LL}}), T0.addDays(1000));
        QCOMPARE(m_spy->count(), 0);
        m_notices->watch(QStringLiteral("p3"), QStringLiteral("Old"), Server, jwt({{QStringLiteral("exp"), 1}}), {});
        QCOMPARE(m_spy->count(), 1);
        QCOMPARE(kindAt(0), Kind::Expired);
    }

    void storedAtIndexKeepsTimesApart()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        StoredAtIndex index(&settings);
        const TokenSlot a{QStringLiteral("a"), Server, QStringLiteral("Meshery")};
        const TokenSlot sneaky{QStringLiteral("a/Meshery"), Server, QStringLiteral("x")};
        index.record(a, T0);
        index.record(sneaky, T0.addDays(5));
        QCOMPARE(index.storedAt(a), T0);
        QCOMPARE(index.storedAt(sneaky), T0.addDays(5));
        // Edited by hand into nonsense: unknown.
        settings.setValue(QStringLiteral("tokenStoredAt/a/Meshery"), QStringLiteral("yesterday"));
        QVERIFY(!index.storedAt(a).isValid());
        index.forgetProfile(QStringLiteral("a"));
        QVERIFY(index.storedAt(sneaky).isValid());
        // Only a time is written.
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("token ")));
    }

    void vaultRecordsWhenATokenIsStored()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        TokenVault vault(&settings, QStringLiteral("meshery-auth-test-notices"));
        const TokenSlot slot{QStringLiteral("notices-1"), Server, QStringLiteral("Meshery")};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QByteArray token = expiringAt(T0.addDays(1));
        QSignalSpy stored(vault.store(slot, token), &VaultJob::finished);
        QVERIFY(stored.wait(20000));
        QVERIFY2(stored.at(0).at(0).value<VaultResult>().isOk(),
                 qPrintable(stored.at(0).at(0).value<VaultResult>().error.message()));
        QVERIFY(vault.storedAt(slot) >= before && vault.storedAt(slot) <= QDateTime::currentDateTimeUtc());
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token)); // the time beside the index, never the token
        QSignalSpy removed(vault.removeProfile(slot.profileId), &VaultJob::finished);
        QVERIFY(removed.wait(20000));
        QVERIFY(!vault.storedAt(slot).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTokenNotices)
#include "TestTokenNotices.moc"
