// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// TokenInfo and redactSecret: the real mesheryctl token, the project's own fixtures in every
// accepted encoding, and a lot of garbage that must decode to "Opaque" without crashing.

#include "Redaction.h"
#include "TokenInfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace MesheryAuth;
using namespace Qt::StringLiterals;

namespace {

const QString SharedDir = QStringLiteral(MESHERY_SHARED_FIXTURES_DIR);
const QString DataDir = QStringLiteral(MESHERY_TEST_DATA_DIR);

QString formatName(TokenInfo::Format format)
{
    switch (format) {
    case TokenInfo::Format::Empty:
        return u"Empty"_s;
    case TokenInfo::Format::OAuth2Json:
        return u"OAuth2Json"_s;
    case TokenInfo::Format::Jwt:
        return u"Jwt"_s;
    case TokenInfo::Format::Opaque:
        return u"Opaque"_s;
    }
    return u"?"_s;
}

// The "token" of a mesheryctl auth.json; empty when the file is missing or not such a file.
QByteArray tokenFromAuthFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("token"_L1).toString().toUtf8();
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeJwt(const QByteArray &payload, const QByteArray &header = R"({"alg":"RS256","typ":"JWT"})")
{
    return base64Url(header) + '.' + base64Url(payload) + '.' + base64Url("signature");
}

QByteArray makeOAuth(const QByteArray &json)
{
    return json.toBase64(QByteArray::OmitTrailingEquals);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// A redaction shows at most 4 characters, all taken from the start of the secret.
bool redactionIsSafe(const QString &redacted, const QByteArray &secret)
{
    if (secret.isEmpty())
        return redacted == u"(empty)"_s;
    const qsizetype ellipsis = redacted.indexOf(QChar(0x2026));
    if (ellipsis < 0 || ellipsis > 4)
        return false;
    if (redacted.mid(ellipsis + 1) != u"(%1 chars)"_s.arg(secret.size()))
        return false;
    for (qsizetype i = 0; i < ellipsis; ++i) {
        const QChar shown = redacted.at(i);
        if (shown != QLatin1Char(secret.at(i)) && shown != u'?')
            return false;
    }
    return true;
}

// What must hold for any input whatsoever.
void checkInvariants(const TokenInfo &info, const QByteArray &token)
{
    QVERIFY(redactionIsSafe(info.redacted(), token));
    QCOMPARE(info.isDecoded(),
             info.format() == TokenInfo::Format::OAuth2Json || info.format() == TokenInfo::Format::Jwt);
    QCOMPARE(info.format() == TokenInfo::Format::Empty, token.trimmed().isEmpty());
    if (!info.isDecoded()) {
        QVERIFY(!info.expiry().isValid());
        QVERIFY(info.claims().isEmpty());
        QVERIFY(!info.isExpiredAt(QDateTime::currentDateTimeUtc()));
    }
    if (info.format() != TokenInfo::Format::OAuth2Json) {
        QVERIFY(info.tokenType().isEmpty());
        QVERIFY(!info.hasRefreshToken());
    }
    for (const QDateTime &date : {info.expiry(), info.issuedAt(), info.notBefore()}) {
        if (date.isValid()) {
            QCOMPARE(date.timeSpec(), Qt::UTC);
            QVERIFY(date.date().year() >= 1970 && date.date().year() <= 9999);
        }
    }
}

} // namespace

class TestTokenInfo : public QObject
{
    Q_OBJECT

private slots:
    void realMesheryctlToken();
    void realOpaqueToken();
    void projectFixtures_data();
    void projectFixtures();
    void encodingVariants_data();
    void encodingVariants();
    void oauthExpiryField_data();
    void oauthExpiryField();
    void numericClaims_data();
    void numericClaims();
    void unparseableNumber();
    void isExpiredAt_data();
    void isExpiredAt();
    void redactSecret_data();
    void redactSecret();
    void defaultConstructed();
    void carriedInVariant();
    void garbage_data();
    void garbage();
    void randomBytes();
    void randomMutations();
    void truncatedOAuthToken();
    void truncatedJwt();
};

void TestTokenInfo::realMesheryctlToken()
{
    const QString path = SharedDir + u"/auth.json"_s;
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(u"Meshery's own fixture %1 is absent (shared/ not beside the project)"_s.arg(path)));
    const QByteArray token = tokenFromAuthFile(path);
    QVERIFY(!token.isEmpty());

    const TokenInfo info = TokenInfo::decode(token);
    QCOMPARE(formatName(info.format()), u"OAuth2Json"_s);
    QVERIFY(info.isDecoded());
    QCOMPARE(info.expiry(), utc(2021, 8, 28, 7, 12, 45));
    QCOMPARE(info.issuedAt(), utc(2021, 8, 28, 6, 12, 44));
    QCOMPARE(info.issuedAt().toSecsSinceEpoch(), 1630131164);
    QCOMPARE(info.notBefore(), info.issuedAt());
    QCOMPARE(info.issuer(), u"https://meshery.layer5.io/hydra/"_s);
    QCOMPARE(info.clientId(), u"meshery-cloud"_s);
    QCOMPARE(info.subject(), u"cGl5dXNoc2luZ2FyaXlh:Z2l0aHVi"_s);
    QCOMPARE(info.scopes(), (QStringList{u"openid"_s, u"offline"_s}));
    QCOMPARE(info.tokenType(), u"bearer"_s);
    QVERIFY(info.hasRefreshToken());
    QCOMPARE(info.claims().value("jti"_L1).toString(), u"e77d9d99-39e8-4425-9f22-979af3777b26"_s);
    QVERIFY(info.isExpiredAt(QDateTime::currentDateTimeUtc()));
    QCOMPARE(info.redacted(), u"eyJh\u2026(%1 chars)"_s.arg(token.size()));
    checkInvariants(info, token);
}

void TestTokenInfo::realOpaqueToken()
{
    const QString path = SharedDir + u"/auth-test-token.json"_s;
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(u"Meshery's own fixture %1 is absent (shared/ not beside the project)"_s.arg(path)));
    const QByteArray token = tokenFromAuthFile(path);
    QCOMPARE(token, QByteArray("test-token"));

    const TokenInfo info = TokenInfo::decode(token);
    QCOMPARE(formatName(info.format()), u"Opaque"_s);
    QVERIFY(!info.isDecoded());
    QVERIFY(!info.expiry().isValid());
    QVERIFY(!info.isExpiredAt(QDateTime::currentDateTimeUtc()));
    QCOMPARE(info.redacted(), u"test\u2026(10 chars)"_s);
    checkInvariants(info, token);
}

void TestTokenInfo::projectFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QDateTime>("expiry");
    QTest::addColumn<QDateTime>("issuedAt");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("tokenType");
    QTest::addColumn<bool>("hasRefreshToken");

    const QDateTime year2100 = utc(2100, 1, 1, 0, 0, 0);
    const QDateTime issued = utc(2023, 11, 14, 22, 13, 20);
    const QString issuer = u"https://meshery.example.test/hydra/"_s;
    const QString subject = u"test-user@example.test"_s;
    const QString client = u"meshery-auth-tests"_s;
    const QStringList scopes{u"openid"_s, u"offline"_s};

    for (const char *file : {"auth.json", "token-padded.json", "token-urlsafe.json"}) {
        QTest::newRow(file) << QString::fromLatin1(file) << u"OAuth2Json"_s << year2100 << issued << issuer << subject
                            << client << scopes << u"bearer"_s << true;
    }
    QTest::newRow("bare JWT") << u"token-jwt.json"_s << u"Jwt"_s << year2100 << issued << issuer << subject << client
                              << scopes << QString() << false;
    QTest::newRow("access token not a JWT")
        << u"token-opaque-access.json"_s << u"OAuth2Json"_s << utc(2031, 2, 3, 4, 5, 6, 123) << QDateTime() << QString()
        << QString() << QString() << QStringList() << u"bearer"_s << false;
    QTest::newRow("float exp") << u"token-float-exp.json"_s << u"Jwt"_s << utc(2100, 1, 1, 0, 0, 0, 750)
                               << utc(2023, 11, 14, 22, 13, 20, 250) << issuer << u"float-user"_s << QString()
                               << QStringList() << QString() << false;
}

void TestTokenInfo::projectFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QDateTime, expiry);
    QFETCH(QDateTime, issuedAt);
    QFETCH(QString, issuer);
    QFETCH(QString, subject);
    QFETCH(QString, clientId);
    QFETCH(QStringList, scopes);
    QFETCH(QString, tokenType);
    QFETCH(bool, hasRefreshToken);

    const QByteArray token = tokenFromAuthFile(DataDir + u'/' + file);
    QVERIFY2(!token.isEmpty(), qPrintable(file));
    const TokenInfo info = TokenInfo::decode(token);
    QCOMPARE(formatName(info.format()), format);
    QCOMPARE(info.expiry(), expiry);
    QCOMPARE(info.issuedAt(), issuedAt);
    QCOMPARE(info.issuer(), issuer);
    QCOMPARE(info.subject(), subject);
    QCOMPARE(info.clientId(), clientId);
    QCOMPARE(info.scopes(), scopes);
    QCOMPARE(info.tokenType(), tokenType);
    QCOMPARE(info.hasRefreshToken(), hasRefreshToken);
    QVERIFY(!info.isExpiredAt(QDateTime::currentDateTimeUtc()));
    QVERIFY(info.isExpiredAt(utc(2100, 1, 2, 0, 0, 0)));
    QCOMPARE(info.claims().isEmpty(), !issuedAt.isValid());
    checkInvariants(info, token);
}

void TestTokenInfo::encodingVariants_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("format");

    const QByteArray base = tokenFromAuthFile(DataDir + u"/auth.json"_s);
    const QByteArray padded = tokenFromAuthFile(DataDir + u"/token-padded.json"_s);
    const QByteArray urlSafe = tokenFromAuthFile(DataDir + u"/token-urlsafe.json"_s);
    const QByteArray jwt = tokenFromAuthFile(DataDir + u"/token-jwt.json"_s);
    QVERIFY(base.contains('/') && padded.endsWith('=') && urlSafe.contains('_'));

    QTest::newRow("surrounding whitespace") << " \t" + base + "\r\n" << u"OAuth2Json"_s;
    QTest::newRow("url-safe, padded") << urlSafe + '=' << u"OAuth2Json"_s;
    QTest::newRow("bare JWT with newline") << jwt + '\n' << u"Jwt"_s;
    QTest::newRow("unsecured JWT (empty signature)")
        << base64Url(R"({"alg":"none"})") + '.' + base64Url(R"({"sub":"x"})") + '.' << u"Jwt"_s;
    QTest::newRow("mixed alphabets") << QByteArray(base).replace('/', '_').replace(0, 1, "+") << u"Opaque"_s;
    QTest::newRow("too much padding") << padded + "==" << u"Opaque"_s;
    QTest::newRow("padding inside") << base.left(40) + '=' + base.mid(41) << u"Opaque"_s;
    QTest::newRow("wrong padding length") << base + "==" << u"Opaque"_s;
    QTest::newRow("space inside") << base.left(40) + ' ' + base.mid(40) << u"Opaque"_s;
    QTest::newRow("JWT with 4 parts") << jwt + ".abcd" << u"Opaque"_s;
    QTest::newRow("JWT with 2 parts") << jwt.left(jwt.lastIndexOf('.')) << u"Opaque"_s;
    QTest::newRow("JWT without header") << jwt.mid(jwt.indexOf('.')) << u"Opaque"_s;
    QTest::newRow("JWT with empty payload") << base64Url(R"({"alg":"none"})") + "..sig" << u"Opaque"_s;
    QTest::newRow("JWT with bad signature characters") << jwt + "!!" << u"Opaque"_s;
}

void TestTokenInfo::encodingVariants()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, format);
    const TokenInfo info = TokenInfo::decode(token);
    QCOMPARE(formatName(info.format()), format);
    checkInvariants(info, token);
}

void TestTokenInfo::oauthExpiryField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDateTime>("expiry");

    QTest::newRow("9 digits") << QByteArray(R"({"access_token":"x","expiry":"2021-08-28T07:12:44.896604896Z"})")
                              << utc(2021, 8, 28, 7, 12, 44, 896);
    QTest::newRow("offset") << QByteArray(R"({"access_token":"x","expiry":"2021-08-28T09:12:44.5+02:00"})")
                            << utc(2021, 8, 28, 7, 12, 44, 500);
    QTest::newRow("Go zero time means none")
        << QByteArray(R"({"access_token":"x","expiry":"0001-01-01T00:00:00Z"})") << QDateTime();
    QTest::newRow("not a date") << QByteArray(R"({"access_token":"x","expiry":"tomorrow"})") << QDateTime();
    QTest::newRow("number") << QByteArray(R"({"access_token":"x","expiry":1630134765})") << QDateTime();
    QTest::newRow("absent") << QByteArray(R"({"access_token":"x"})") << QDateTime();
    QTest::newRow("JWT exp wins") << R"({"access_token":")" + makeJwt(R"({"exp":1630134765})")
            + R"(","expiry":"2030-01-01T00:00:00Z"})"
                                  << utc(2021, 8, 28, 7, 12, 45);
    QTest::newRow("JWT without exp") << R"({"access_token":")" + makeJwt(R"({"sub":"a"})")
            + R"(","expiry":"2030-01-01T00:00:00Z"})"
                                     << utc(2030, 1, 1, 0, 0, 0);
    QTest::newRow("access token JWT with non-JSON payload") << R"({"access_token":")" + base64Url(R"({"alg":"none"})")
            + '.' + base64Url("nope")
            + R"(.","expiry":"2030-01-01T00:00:00Z"})" << utc(2030, 1, 1, 0, 0, 0);
}

void TestTokenInfo::oauthExpiryField()
{
    QFETCH(QByteArray, json);
    QFETCH(QDateTime, expiry);
    const QByteArray token = makeOAuth(json);
    const TokenInfo info = TokenInfo::decode(token);
    QCOMPARE(formatName(info.format()), u"OAuth2Json"_s);
    QCOMPARE(info.expiry(), expiry);
    QVERIFY(!info.hasRefreshToken());
    checkInvariants(info, token);
}

void TestTokenInfo::numericClaims_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("integer") << QByteArray("1630134765") << utc(2021, 8, 28, 7, 12, 45);
    QTest::newRow("float") << QByteArray("1630134765.5") << utc(2021, 8, 28, 7, 12, 45, 500);
    QTest::newRow("exponent") << QByteArray("1.630134765e9") << utc(2021, 8, 28, 7, 12, 45);
    QTest::newRow("zero") << QByteArray("0") << utc(1970, 1, 1, 0, 0, 0);
    QTest::newRow("last second of 9999") << QByteArray("253402300799") << utc(9999, 12, 31, 23, 59, 59);
    QTest::newRow("year 10000") << QByteArray("253402300800") << QDateTime();
    QTest::newRow("huge") << QByteArray("1e300") << QDateTime();
    QTest::newRow("negative") << QByteArray("-1") << QDateTime();
    QTest::newRow("very negative") << QByteArray("-1e300") << QDateTime();
    QTest::newRow("string") << QByteArray("\"1630134765\"") << QDateTime();
    QTest::newRow("bool") << QByteArray("true") << QDateTime();
    QTest::newRow("null") << QByteArray("null") << QDateTime();
    QTest::newRow("array") << QByteArray("[1630134765]") << QDateTime();
    QTest::newRow("object") << QByteArray("{}") << QDateTime();
}

void TestTokenInfo::numericClaims()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QByteArray claims = R"({"exp":)" + value + R"(,"iat":)" + value + R"(,"nbf":)" + value + '}';
    const QByteArray token = makeJwt(claims);
    const TokenInfo info = TokenInfo::decode(token);
    QCOMPARE(formatName(info.format()), u"Jwt"_s);
    QCOMPARE(info.expiry(), expected);
    QCOMPARE(info.issuedAt(), expected);
    QCOMPARE(info.notBefore(), expected);
    QCOMPARE(info.isExpiredAt(QDateTime::currentDateTimeUtc()),
             expected.isValid() && expected < QDateTime::currentDateTimeUtc());
    checkInvariants(info, token);
}

void TestTokenInfo::unparseableNumber()
{
    // Qt rejects numbers beyond double range; whichever way a parser goes, no date comes of it.
    const QByteArray token = makeJwt(R"({"exp":1e400})");
    const TokenInfo info = TokenInfo::decode(token);
    QVERIFY(!info.expiry().isValid());
    checkInvariants(info, token);
}

void TestTokenInfo::isExpiredAt_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("expired");

    const QByteArray jwt = makeJwt(R"({"exp":1630134765})");
    const QDateTime exp = utc(2021, 8, 28, 7, 12, 45);
    QTest::newRow("a second before") << jwt << exp.addSecs(-1) << false;
    QTest::newRow("a millisecond before") << jwt << exp.addMSecs(-1) << false;
    QTest::newRow("at exp") << jwt << exp << true;
    QTest::newRow("a millisecond after") << jwt << exp.addMSecs(1) << true;
    QTest::newRow("same instant, other zone") << jwt << exp.toOffsetFromUtc(-5 * 3600).addMSecs(-1) << false;
    QTest::newRow("invalid now") << jwt << QDateTime() << false;
    QTest::newRow("unknown expiry") << makeJwt(R"({"sub":"a"})") << utc(2200, 1, 1, 0, 0, 0) << false;
    QTest::newRow("opaque") << QByteArray("test-token") << utc(2200, 1, 1, 0, 0, 0) << false;
    QTest::newRow("empty") << QByteArray() << utc(2200, 1, 1, 0, 0, 0) << false;
}

void TestTokenInfo::isExpiredAt()
{
    QFETCH(QByteArray, token);
    QFETCH(QDateTime, now);
    QFETCH(bool, expired);
    QCOMPARE(TokenInfo::decode(token).isExpiredAt(now), expired);
}

void TestTokenInfo::redactSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("redacted");

    QTest::newRow("empty") << QByteArray() << u"(empty)"_s;
    QTest::newRow("1 char") << QByteArray("x") << u"\u2026(1 chars)"_s;
    QTest::newRow("5 chars") << QByteArray("abcde") << u"\u2026(5 chars)"_s;
    QTest::newRow("8 chars") << QByteArray("abcdefgh") << u"\u2026(8 chars)"_s;
    QTest::newRow("9 chars") << QByteArray("abcdefghi") << u"abcd\u2026(9 chars)"_s;
    QTest::newRow("JWT-like") << QByteArray("eyJhbGciOiJSUzI1NiIs") << u"eyJh\u2026(20 chars)"_s;
    QTest::newRow("control characters") << QByteArray("\n\r\x1b[0123456") << u"???[\u2026(11 chars)"_s;
    QTest::newRow("UTF-8") << QByteArray("\xc3\xa9t\xc3\xa9-secret") << u"??t?\u2026(12 chars)"_s;
    QTest::newRow("spaces") << QByteArray("a b c d e f") << u"a?b?\u2026(11 chars)"_s;
}

void TestTokenInfo::redactSecret()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, redacted);
    QCOMPARE(MesheryAuth::redactSecret(secret), redacted);
    QCOMPARE(TokenInfo::decode(secret).redacted(), redacted);
    QVERIFY(redactionIsSafe(redacted, secret));
}

void TestTokenInfo::defaultConstructed()
{
    const TokenInfo info;
    QCOMPARE(formatName(info.format()), u"Empty"_s);
    QVERIFY(!info.isDecoded());
    QCOMPARE(info.redacted(), u"(empty)"_s);
    QVERIFY(!info.isExpiredAt(QDateTime::currentDateTimeUtc()));
}

void TestTokenInfo::carriedInVariant()
{
    const TokenInfo info = TokenInfo::decode(makeJwt(R"({"sub":"someone"})"));
    const QVariant variant = QVariant::fromValue(info);
    QVERIFY(variant.canConvert<TokenInfo>());
    QCOMPARE(variant.value<TokenInfo>().subject(), u"someone"_s);
}

void TestTokenInfo::garbage_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("format");

    const auto b64 = [](const QByteArray &bytes) { return bytes.toBase64(); };
    const QByteArray header = base64Url(R"({"alg":"RS256"})");

    QTest::newRow("whitespace only") << QByteArray(" \t\r\n ") << u"Empty"_s;
    QTest::newRow("NUL bytes") << QByteArray(3, '\0') << u"Opaque"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\xfd\xfc") << u"Opaque"_s;
    QTest::newRow("plain words") << QByteArray("not a token at all") << u"Opaque"_s;
    QTest::newRow("raw JSON, not base64") << QByteArray(R"({"access_token":"x"})") << u"Opaque"_s;
    QTest::newRow("base64 of text") << b64("hello, world") << u"Opaque"_s;
    QTest::newRow("base64 of array") << b64(R"([{"access_token":"x"}])") << u"Opaque"_s;
    QTest::newRow("base64 of number") << b64("42") << u"Opaque"_s;
    QTest::newRow("base64 of empty object") << b64("{}") << u"Opaque"_s;
    QTest::newRow("base64 of object without access_token") << b64(R"({"token_type":"bearer"})") << u"Opaque"_s;
    QTest::newRow("access_token number") << b64(R"({"access_token":42})") << u"Opaque"_s;
    QTest::newRow("access_token null") << b64(R"({"access_token":null})") << u"Opaque"_s;
    QTest::newRow("access_token object") << b64(R"({"access_token":{"a":1}})") << u"Opaque"_s;
    QTest::newRow("access_token array") << b64(R"({"access_token":["x"]})") << u"Opaque"_s;
    QTest::newRow("access_token empty") << b64(R"({"access_token":""})") << u"Opaque"_s;
    QTest::newRow("access_token opaque string") << b64(R"({"access_token":"abc"})") << u"OAuth2Json"_s;
    QTest::newRow("truncated JSON") << b64(R"({"access_token":"abc")") << u"Opaque"_s;
    QTest::newRow("deeply nested JSON") << b64(QByteArray(100000, '[')) << u"Opaque"_s;
    QTest::newRow("deeply nested object")
        << b64(R"({"access_token":"x","a":)" + QByteArray(5000, '[') + QByteArray(5000, ']') + '}') << u"Opaque"_s;
    QTest::newRow("JWT, payload not JSON") << header + '.' + base64Url("not json") + ".c2ln" << u"Opaque"_s;
    QTest::newRow("JWT, payload array") << header + '.' + base64Url("[1]") + ".c2ln" << u"Opaque"_s;
    QTest::newRow("JWT, payload string") << header + '.' + base64Url("\"s\"") + ".c2ln" << u"Opaque"_s;
    QTest::newRow("JWT, header not JSON") << base64Url("alg") + '.' + base64Url("{}") + ".c2ln" << u"Opaque"_s;
    QTest::newRow("JWT, payload not base64") << header + ".%%%.c2ln" << u"Opaque"_s;
    QTest::newRow("JWT, empty claims") << header + '.' + base64Url("{}") + ".c2ln" << u"Jwt"_s;
    QTest::newRow("one dot") << QByteArray(".") << u"Opaque"_s;
    QTest::newRow("two dots") << QByteArray("..") << u"Opaque"_s;
    QTest::newRow("three dots") << QByteArray("...") << u"Opaque"_s;
    QTest::newRow("many dots") << QByteArray(10000, '.') << u"Opaque"_s;
    QTest::newRow("padding only") << QByteArray("====") << u"Opaque"_s;
    QTest::newRow("single base64 char") << QByteArray("e") << u"Opaque"_s;
    QTest::newRow("a megabyte of A") << QByteArray(1 << 20, 'A') << u"Opaque"_s;
    QTest::newRow("a megabyte of dots and A") << QByteArray("A.").repeated(1 << 19) << u"Opaque"_s;
}

void TestTokenInfo::garbage()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, format);
    const TokenInfo info = TokenInfo::decode(token);
    QCOMPARE(formatName(info.format()), format);
    checkInvariants(info, token);
}

void TestTokenInfo::randomBytes()
{
    // Seeded, so that a failure repeats; the seed is in the message.
    constexpr quint32 Seed = 20210828;
    QRandomGenerator random(Seed);
    static const QByteArray tokenish = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_=. eyJ{}\":,";
    for (int round = 0; round < 6000; ++round) {
        const int length = random.bounded(0, 400);
        QByteArray token(length, Qt::Uninitialized);
        const bool fromAlphabet = round % 2 == 0;
        for (int i = 0; i < length; ++i) {
            token[i] = fromAlphabet ? tokenish.at(random.bounded(int(tokenish.size()))) : char(random.bounded(256));
        }
        const TokenInfo info = TokenInfo::decode(token);
        const QByteArray where = "seed " + QByteArray::number(Seed) + ", round " + QByteArray::number(round);
        QVERIFY2(!info.isDecoded(), where.constData());
        checkInvariants(info, token);
        if (QTest::currentTestFailed())
            QFAIL(where.constData());
    }
}

void TestTokenInfo::randomMutations()
{
    // Flipped characters in a valid token may still decode (a change inside a claim), or not; either
    // way the result must be consistent.
    constexpr quint32 Seed = 1630131164;
    QRandomGenerator random(Seed);
    const QList<QByteArray> valid = {tokenFromAuthFile(DataDir + u"/auth.json"_s),
                                     tokenFromAuthFile(DataDir + u"/token-jwt.json"_s)};
    for (int round = 0; round < 3000; ++round) {
        QByteArray token = valid.at(round % 2);
        QVERIFY(!token.isEmpty());
        for (int flips = random.bounded(1, 4); flips > 0; --flips)
            token[random.bounded(int(token.size()))] = char(random.bounded(256));
        checkInvariants(TokenInfo::decode(token), token);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"seed %1, round %2"_s.arg(Seed).arg(round)));
    }
}

void TestTokenInfo::truncatedOAuthToken()
{
    QList<QByteArray> tokens = {tokenFromAuthFile(DataDir + u"/auth.json"_s),
                                tokenFromAuthFile(DataDir + u"/token-padded.json"_s)};
    const QByteArray real = tokenFromAuthFile(SharedDir + u"/auth.json"_s);
    if (!real.isEmpty())
        tokens.append(real);
    for (const QByteArray &full : std::as_const(tokens)) {
        QVERIFY(TokenInfo::decode(full).isDecoded());
        const qsizetype unpadded = QByteArray(full).replace('=', "").size();
        // The JSON object closes with its last byte, so no shorter prefix can be one.
        for (qsizetype length = 0; length < unpadded; ++length) {
            const QByteArray token = full.left(length);
            const TokenInfo info = TokenInfo::decode(token);
            QCOMPARE(formatName(info.format()), length == 0 ? u"Empty"_s : u"Opaque"_s);
            checkInvariants(info, token);
        }
    }
}

void TestTokenInfo::truncatedJwt()
{
    const QByteArray full = tokenFromAuthFile(DataDir + u"/token-jwt.json"_s);
    const qsizetype signatureStart = full.lastIndexOf('.') + 1;
    QVERIFY(signatureStart > 0);
    for (qsizetype length = 0; length <= full.size(); ++length) {
        const QByteArray token = full.left(length);
        const TokenInfo info = TokenInfo::decode(token);
        // Header and payload must be whole; a signature cut to 4n+1 characters is no base64.
        QString expected = u"Opaque"_s;
        if (length == 0)
            expected = u"Empty"_s;
        else if (length >= signatureStart && (length - signatureStart) % 4 != 1)
            expected = u"Jwt"_s;
        QCOMPARE(formatName(info.format()), expected);
        checkInvariants(info, token);
    }
}

QTEST_GUILESS_MAIN(TestTokenInfo)
#include "TestTokenInfo.moc"
