// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// The logging categories, switched fully on: each component says what it did, and nothing it
// says names the token or the session cookie, whether the operation worked or failed.
#include "Logging.h"
#include "SignInService.h"
#include "VaultFixture.h"

#include <QtTest>

using namespace MesheryAuth;

namespace {
QStringList g_lines;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_lines << QStringLiteral("%1: %2").arg(QLatin1String(context.category), message);
}
} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private:
    TestSupport::VaultFixture m_fixture;
    QtMessageHandler m_previous = nullptr;

    QString logged() const { return g_lines.join(QLatin1Char('\n')); }

private slots:
    void init()
    {
        g_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("meshery.auth.*=true"));
        m_previous = qInstallMessageHandler(capture);
    }

    void cleanup()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void signInAndOutNamesNoSecret()
    {
        QVERIFY(m_fixture.isValid());
        // Prefixes that nothing else in a log line spells: not even the token's start may show.
        const QByteArray token = "Qx7kRecognisableToken" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray cookie = "Zv3jRecognisableCookie" + QUuid::createUuid().toByteArray(QUuid::Id128);
        SignInService signIn(m_fixture.profiles(), m_fixture.vault());
        // Nothing listens on port 1: logout's request fails, the tokens are removed all the same.
        const ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("http://127.0.0.1:1")));
        SignInResult confirmed;
        confirmed.provider = QStringLiteral("Meshery");
        confirmed.token = token;
        confirmed.sessionCookie = cookie;
        const auto kept = TestSupport::resultOf<SignInResult>(signIn.keep(profile, confirmed));
        QVERIFY(kept && kept->isOk());
        const ServerProfile saved = *m_fixture.profiles()->current();
        const VaultResult loaded = m_fixture.load(saved.tokenSlot());
        QCOMPARE(loaded.token, token);
        const auto out = TestSupport::resultOf<SignInResult>(signIn.logout(saved));
        QVERIFY(out && out->isOk());

        const QString text = logged();
        QVERIFY2(text.contains(QLatin1String("meshery.auth.signin: keep")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("meshery.auth.signin: logout")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("meshery.auth.vault: store")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("meshery.auth.vault: remove profile")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("meshery.auth.api: request")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Qx7k")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Zv3j")), qPrintable(text));
    }

    void failuresAreLoggedWithTheirKind()
    {
        // A token no Meshery server issues is refused before anything is sent, and the log says so.
        SignInService signIn(m_fixture.profiles(), m_fixture.vault());
        const ServerProfile profile = ProfileStore::draft(QUrl(QStringLiteral("http://127.0.0.1:1")));
        const auto refused =
            TestSupport::resultOf<SignInResult>(signIn.signInWithToken(profile, QStringLiteral("Meshery"), "  "));
        QVERIFY(refused && !refused->isOk());
        QVERIFY2(logged().contains(QLatin1String("failed: invalid-token")), qPrintable(logged()));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"
