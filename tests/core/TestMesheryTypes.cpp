// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Parsers of Meshery response bodies (MesheryTypes) and the lenient field readers under them
// (JsonFields): both spellings of every field, real bodies, and broken shapes that must give an
// error rather than a crash or a half-filled value.

#include "JsonFields.h"
#include "MesheryTypes.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace MesheryAuth;
using namespace Qt::StringLiterals;

namespace {

const QString SharedDir = QStringLiteral(MESHERY_SHARED_FIXTURES_DIR);
const QString DataDir = QStringLiteral(MESHERY_TEST_DATA_DIR);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QStringList keysOf(const QList<Provider> &providers)
{
    QStringList keys;
    for (const Provider &provider : providers)
        keys.append(provider.key);
    return keys;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestMesheryTypes : public QObject
{
    Q_OBJECT

private slots:
    void parseRfc3339_data();
    void parseRfc3339();
    void fieldReaders();

    void providersCamelCase();
    void providersSnakeCase();
    void providersArrayForm();
    void providersWrongTypedFields();
    void providersBroken_data();
    void providersBroken();
    void isLocalProviderName_data();
    void isLocalProviderName();
    void sameProvider_data();
    void sameProvider();
    void findProviderByEitherLocalName();
    void onlyASoleRemoteProviderIsPreselected();
    void providerIsLocal();
    void singleProvider_data();
    void singleProvider();

    void user_data();
    void user();
    void userBroken_data();
    void userBroken();
    void displayName_data();
    void displayName();

    void tokenResponse_data();
    void tokenResponse();
    void tokenResponseFiles();

    void organizationsFromMeshery();
    void organizationsCamelCase();
    void organizationsSnakeCase();
    void organizationsBroken_data();
    void organizationsBroken();

    void workspaces();
    void workspacesSnakeCase();
    void workspacesBroken_data();
    void workspacesBroken();

    void serverVersion_data();
    void serverVersion();

    void graphql_data();
    void graphql();

    void carriedInVariant();
    void randomBodies();
};

void TestMesheryTypes::parseRfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Z") << u"2021-08-28T07:12:45Z"_s << utc(2021, 8, 28, 7, 12, 45);
    QTest::newRow("lower-case z and t") << u"2021-08-28t07:12:45z"_s << utc(2021, 8, 28, 7, 12, 45);
    QTest::newRow("space separator") << u"2021-08-28 07:12:45Z"_s << utc(2021, 8, 28, 7, 12, 45);
    QTest::newRow("9 digits") << u"2021-08-28T07:12:44.896604896Z"_s << utc(2021, 8, 28, 7, 12, 44, 896);
    QTest::newRow("6 digits") << u"2024-03-16T01:39:35.179176Z"_s << utc(2024, 3, 16, 1, 39, 35, 179);
    QTest::newRow("1 digit") << u"2024-03-16T01:39:35.5Z"_s << utc(2024, 3, 16, 1, 39, 35, 500);
    QTest::newRow("2 digits") << u"2024-03-16T01:39:35.05Z"_s << utc(2024, 3, 16, 1, 39, 35, 50);
    QTest::newRow("positive offset") << u"2024-05-01T16:25:36.491489+02:00"_s << utc(2024, 5, 1, 14, 25, 36, 491);
    QTest::newRow("negative offset") << u"2022-02-03T04:05:06-01:30"_s << utc(2022, 2, 3, 5, 35, 6);
    QTest::newRow("offset crosses midnight") << u"2021-12-31T23:30:00-01:00"_s << utc(2022, 1, 1, 0, 30, 0);
    QTest::newRow("zero offset") << u"2021-08-28T07:12:45+00:00"_s << utc(2021, 8, 28, 7, 12, 45);
    QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << utc(2024, 2, 29, 0, 0, 0);
    QTest::newRow("Go zero time") << u"0001-01-01T00:00:00Z"_s << utc(1, 1, 1, 0, 0, 0);
    QTest::newRow("10 digits") << u"2021-08-28T07:12:44.8966048961Z"_s << QDateTime();
    QTest::newRow("no zone") << u"2021-08-28T07:12:45"_s << QDateTime();
    QTest::newRow("no seconds") << u"2021-08-28T07:12Z"_s << QDateTime();
    QTest::newRow("offset without colon") << u"2021-08-28T07:12:45+0200"_s << QDateTime();
    QTest::newRow("offset hours 24") << u"2021-08-28T07:12:45+24:00"_s << QDateTime();
    QTest::newRow("not a leap year") << u"2023-02-29T00:00:00Z"_s << QDateTime();
    QTest::newRow("month 13") << u"2021-13-01T00:00:00Z"_s << QDateTime();
    QTest::newRow("hour 25") << u"2021-08-28T25:00:00Z"_s << QDateTime();
    QTest::newRow("empty dot") << u"2021-08-28T07:12:45.Z"_s << QDateTime();
    QTest::newRow("date only") << u"2021-08-28"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("words") << u"yesterday"_s << QDateTime();
    QTest::newRow("Arabic-Indic digits") << u"\u0662\u0660\u0662\u0661-08-28T07:12:45Z"_s << QDateTime();
    QTest::newRow("trailing text") << u"2021-08-28T07:12:45Zjunk"_s << QDateTime();
}

void TestMesheryTypes::parseRfc3339()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = MesheryAuth::parseRfc3339(text);
    QCOMPARE(parsed, expected);
    if (parsed.isValid())
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void TestMesheryTypes::fieldReaders()
{
    const QJsonObject o = object(R"({"nullCamel": null, "null_snake": "second", "s": "text", "n": 42,
        "f": 2.5, "big": 1e12, "ns": " 17 ", "bad": "x", "b": true, "bs": "TRUE", "list": ["a", 1, "b", null],
        "one": "only", "t": "2024-03-16T01:39:35Z", "zero": "0001-01-01T00:00:00Z",
        "nullTime": {"Time": "2024-03-16T01:39:35Z", "Valid": true},
        "invalidNullTime": {"Time": "2024-03-16T01:39:35Z", "Valid": false}})");

    QCOMPARE(firstField(o, {"nullCamel"_L1, "null_snake"_L1}).toString(), u"second"_s);
    QVERIFY(firstField(o, {"absent"_L1, "nullCamel"_L1}).isUndefined());
    QVERIFY(hasAnyField(o, {"absent"_L1, "nullCamel"_L1}));
    QVERIFY(!hasAnyField(o, {"absent"_L1}));

    QCOMPARE(stringField(o, {"s"_L1}), u"text"_s);
    QCOMPARE(stringField(o, {"n"_L1}), u"42"_s);
    QCOMPARE(stringField(o, {"big"_L1}), u"1000000000000"_s);
    QCOMPARE(stringField(o, {"list"_L1}, u"fallback"_s), u"fallback"_s);
    QCOMPARE(stringField(o, {"absent"_L1}), QString());

    QCOMPARE(intField(o, {"n"_L1}), 42);
    QCOMPARE(intField(o, {"ns"_L1}), 17);
    QCOMPARE(intField(o, {"f"_L1}, -1), -1);
    QCOMPARE(intField(o, {"big"_L1}, -1), -1);
    QCOMPARE(intField(o, {"bad"_L1}, -1), -1);
    QCOMPARE(intField(o, {"b"_L1}, -1), -1);
    QCOMPARE(intField(o, {"absent"_L1, "n"_L1}), 42);

    QCOMPARE(boolField(o, {"b"_L1}), true);
    QCOMPARE(boolField(o, {"bs"_L1}), true);
    QCOMPARE(boolField(o, {"n"_L1}, true), true);
    QCOMPARE(boolField(o, {"bad"_L1}), false);

    QCOMPARE(stringListField(o, {"list"_L1}), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(stringListField(o, {"one"_L1}), QStringList{u"only"_s});
    QCOMPARE(stringListField(o, {"n"_L1}), QStringList());

    QCOMPARE(dateTimeField(o, {"t"_L1}), utc(2024, 3, 16, 1, 39, 35));
    QCOMPARE(dateTimeField(o, {"nullTime"_L1}), utc(2024, 3, 16, 1, 39, 35));
    QVERIFY(!dateTimeField(o, {"invalidNullTime"_L1}).isValid());
    QVERIFY(!dateTimeField(o, {"zero"_L1}).isValid());
    QVERIFY(!dateTimeField(o, {"n"_L1}).isValid());
}

void TestMesheryTypes::providersCamelCase()
{
    const Parsed<QList<Provider>> parsed = parseProviders(readFile(DataDir + u"/providers-camel.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(keysOf(parsed.value), (QStringList{u"Layer5"_s, u"Meshery"_s, u"Local"_s}));

    const Provider &meshery = parsed.value.at(1);
    QCOMPARE(meshery.name, u"Meshery"_s);
    QCOMPARE(meshery.type, Provider::Type::Remote);
    QVERIFY(!meshery.isLocal());
    QCOMPARE(meshery.url, QUrl(u"https://cloud.meshery.io"_s));
    QCOMPARE(meshery.packageVersion, u"v0.8.1"_s);
    QCOMPARE(meshery.description.size(), 3);
    QCOMPARE(meshery.description.first(), u"Persistent sessions"_s);
    QCOMPARE(meshery.capabilities.size(), 2);
    QCOMPARE(meshery.capabilities.at(0).feature, u"sync-prefs"_s);
    QCOMPARE(meshery.capabilities.at(0).endpoint, u"/user/preferences"_s);

    const Provider &local = parsed.value.at(2);
    QCOMPARE(local.type, Provider::Type::Local);
    QVERIFY(local.isLocal());
    QVERIFY(local.url.isEmpty());
    QCOMPARE(local.description.size(), 2);
}

void TestMesheryTypes::providersSnakeCase()
{
    const Parsed<QList<Provider>> parsed = parseProviders(readFile(DataDir + u"/providers-snake.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(keysOf(parsed.value), (QStringList{u"Meshery"_s, u"None"_s}));
    const Provider &meshery = parsed.value.first();
    QCOMPARE(meshery.name, u"Meshery"_s);
    QCOMPARE(meshery.url, QUrl(u"https://meshery.layer5.io"_s));
    QCOMPARE(meshery.packageVersion, u"v0.5.2"_s);
    QCOMPARE(meshery.description, QStringList{u"Persistent sessions"_s});
    QCOMPARE(meshery.capabilities.size(), 1);
    const Provider &none = parsed.value.last();
    QCOMPARE(none.type, Provider::Type::Local);
    QVERIFY(none.isLocal());
}

void TestMesheryTypes::providersArrayForm()
{
    const Parsed<QList<Provider>> parsed = parseProviders(R"({"available_providers": [
        {"provider_name": "None", "provider_type": "local"},
        {"providerName": "Meshery", "providerType": "remote", "providerUrl": "https://cloud.meshery.io"},
        {"name": "Layer5"}]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(keysOf(parsed.value), (QStringList{u"Layer5"_s, u"Meshery"_s, u"None"_s}));
    QCOMPARE(parsed.value.at(1).url, QUrl(u"https://cloud.meshery.io"_s));
    QCOMPARE(parsed.value.at(0).name, u"Layer5"_s);
    QVERIFY(parsed.value.at(2).isLocal());
}

void TestMesheryTypes::providersWrongTypedFields()
{
    const Parsed<QList<Provider>> parsed = parseProviders(R"({"odd": {"providerName": 5,
        "providerType": ["local"], "providerUrl": "http://[::1", "packageVersion": {},
        "providerDescription": "just one", "capabilities": [1, {"endpoint": "/x"}, {"feature": "f"}]},
        "bare": {}})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(keysOf(parsed.value), (QStringList{u"bare"_s, u"odd"_s}));
    const Provider &bare = parsed.value.at(0);
    QCOMPARE(bare.name, u"bare"_s);
    QCOMPARE(bare.type, Provider::Type::Remote);
    const Provider &odd = parsed.value.at(1);
    QCOMPARE(odd.name, u"5"_s);
    QCOMPARE(odd.type, Provider::Type::Remote);
    QVERIFY(odd.url.isEmpty());
    QVERIFY(odd.packageVersion.isEmpty());
    QCOMPARE(odd.description, QStringList{u"just one"_s});
    QCOMPARE(odd.capabilities.size(), 1);
    QCOMPARE(odd.capabilities.first().feature, u"f"_s);
    QVERIFY(odd.capabilities.first().endpoint.isEmpty());
}

void TestMesheryTypes::providersBroken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("array at top level") << QByteArray(R"([{"providerName":"Meshery"}])") << u"array"_s;
    QTest::newRow("non-object entry") << QByteArray(R"({"Meshery": {}, "None": 42})") << u"\"None\""_s;
    QTest::newRow("MeshKit error body") << QByteArray(R"({"error":"boom","code":"meshery-server-1"})")
                                        << u"not a JSON object"_s;
    QTest::newRow("malformed") << QByteArray(R"({"Meshery": {"providerName": )") << u"malformed JSON"_s;
    QTest::newRow("HTML") << QByteArray("<!doctype html><html></html>") << u"malformed JSON"_s;
    QTest::newRow("empty body") << QByteArray("  \n") << u"empty"_s;
    // Qt 6.4 rejects a top-level scalar as malformed, later versions may call it "expected ...":
    // any error will do.
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("string") << QByteArray(R"("Meshery")") << QString();
    QTest::newRow("available_providers not an array")
        << QByteArray(R"({"available_providers": {}})") << u"available_providers"_s;
    QTest::newRow("available_providers non-object")
        << QByteArray(R"({"available_providers": ["Meshery"]})") << u"available_providers[0]"_s;
    QTest::newRow("available_providers without name")
        << QByteArray(R"({"available_providers": [{}]})") << u"no provider name"_s;
    QTest::newRow("long key is cut short")
        << QByteArray(R"({")" + QByteArray(1000, 'k') + R"(": 1})") << u"kkk\u2026\""_s;
}

void TestMesheryTypes::providersBroken()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    const Parsed<QList<Provider>> parsed = parseProviders(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(errorContains), qPrintable(parsed.error));
    QVERIFY(parsed.value.isEmpty());
    QVERIFY(parsed.error.size() < 200);
}

void TestMesheryTypes::isLocalProviderName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("local");

    QTest::newRow("None") << u"None"_s << true;
    QTest::newRow("none") << u"none"_s << true;
    QTest::newRow("Local") << u"Local"_s << true;
    QTest::newRow("LOCAL") << u"LOCAL"_s << true;
    QTest::newRow("padded") << u" Local "_s << true;
    QTest::newRow("Meshery") << u"Meshery"_s << false;
    QTest::newRow("Layer5") << u"Layer5"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("Nonesuch") << u"Nonesuch"_s << false;
    QTest::newRow("Localhost") << u"Localhost"_s << false;
}

void TestMesheryTypes::isLocalProviderName()
{
    QFETCH(QString, name);
    QFETCH(bool, local);
    QCOMPARE(MesheryAuth::isLocalProviderName(name), local);
}

void TestMesheryTypes::sameProvider_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("None, Local") << u"None"_s << u"Local"_s << true;
    QTest::newRow("local, NONE") << u"local"_s << u"NONE"_s << true;
    QTest::newRow("None, None") << u"None"_s << u"None"_s << true;
    QTest::newRow("Meshery, Meshery") << u"Meshery"_s << u"Meshery"_s << true;
    // The server normalises only the local names: other keys are compared as written.
    QTest::newRow("Meshery, meshery") << u"Meshery"_s << u"meshery"_s << false;
    QTest::newRow("Meshery, Layer5") << u"Meshery"_s << u"Layer5"_s << false;
    QTest::newRow("None, Meshery") << u"None"_s << u"Meshery"_s << false;
    QTest::newRow("empty, empty") << QString() << QString() << true; // no provider chosen, twice
    QTest::newRow("empty, None") << QString() << u"None"_s << false;
}

void TestMesheryTypes::sameProvider()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(MesheryAuth::sameProvider(a, b), same);
    QCOMPARE(MesheryAuth::sameProvider(b, a), same);
}

void TestMesheryTypes::findProviderByEitherLocalName()
{
    // A newer server's list names the local provider "Local"; older profiles say "None".
    const auto parsed = parseProviders(readFile(DataDir + u"/providers-camel.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    for (const QString &asked : {u"None"_s, u"none"_s, u"Local"_s, u"LOCAL"_s})
        QCOMPARE(findProvider(parsed.value, asked).value_or(Provider()).key, u"Local"_s);
    QCOMPARE(findProvider(parsed.value, u"Meshery"_s).value_or(Provider()).key, u"Meshery"_s);
    QVERIFY(!findProvider(parsed.value, u"Nonesuch"_s));
    QVERIFY(!findProvider(parsed.value, QString()));
}

void TestMesheryTypes::onlyASoleRemoteProviderIsPreselected()
{
    // Meshery, Layer5 and Local: two remote providers, so the user chooses.
    const auto parsed = parseProviders(readFile(DataDir + u"/providers-camel.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(preselectedProvider(parsed.value), QString());
    QList<Provider> one = parsed.value;
    one.removeIf([](const Provider &provider) { return provider.key == u"Layer5"_s; });
    QCOMPARE(preselectedProvider(one), u"Meshery"_s);
    // Local alone, or nothing listed: nothing to preselect (choosing Local signs in at once).
    one.removeIf([](const Provider &provider) { return !provider.isLocal(); });
    QCOMPARE(one.size(), 1);
    QCOMPARE(preselectedProvider(one), QString());
    QCOMPARE(preselectedProvider({}), QString());
}

void TestMesheryTypes::providerIsLocal()
{
    Provider provider;
    provider.key = u"Custom"_s;
    provider.name = u"Custom"_s;
    QVERIFY(!provider.isLocal());
    provider.type = Provider::Type::Local;
    QVERIFY(provider.isLocal());
    provider.type = Provider::Type::Remote;
    provider.key = u"none"_s;
    QVERIFY(provider.isLocal());
    provider.key = u"Custom"_s;
    provider.name = u"Local"_s;
    QVERIFY(provider.isLocal());
}

void TestMesheryTypes::singleProvider_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("local");
    QTest::addColumn<int>("capabilities");

    QTest::newRow("remote, snake_case") << QByteArray(
        R"({"provider_type":"remote","package_version":"v0.8.1","provider_name":"Meshery",
            "provider_url":"https://cloud.meshery.io",
            "capabilities":[{"feature":"sync-prefs","endpoint":"/user/preferences"}],
            "restrictedAccess":{}})") << u"Meshery"_s
                                        << false << 1;
    QTest::newRow("remote, camelCase") << QByteArray(
        R"({"providerType":"remote","providerName":"Layer5","capabilities":[]})")
                                       << u"Layer5"_s << false << 0;
    QTest::newRow("local") << QByteArray(R"({"providerType":"local","providerName":"None"})") << u"None"_s << true << 0;
    QTest::newRow("type only") << QByteArray(R"({"provider_type":"local"})") << QString() << true << 0;
    QTest::newRow("empty object") << QByteArray("{}") << QString() << false << -1;
    QTest::newRow("error body") << QByteArray(R"({"error":"no provider"})") << QString() << false << -1;
    QTest::newRow("array") << QByteArray(R"([{"providerName":"Meshery"}])") << QString() << false << -1;
    QTest::newRow("malformed") << QByteArray("{") << QString() << false << -1;
}

void TestMesheryTypes::singleProvider()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(bool, local);
    QFETCH(int, capabilities);
    const Parsed<Provider> parsed = parseProvider(json);
    if (capabilities < 0) {
        QVERIFY(!parsed.ok());
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.key, key);
    QCOMPARE(parsed.value.name, key);
    QCOMPARE(parsed.value.isLocal(), local);
    QCOMPARE(parsed.value.capabilities.size(), capabilities);
}

void TestMesheryTypes::user_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QUrl>("avatar");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("roles");

    QTest::newRow("camelCase") << QByteArray(
        R"({"id":"5a1e2f9c-0000-4000-8000-000000000001","userId":"jdoe","firstName":"Jane",
            "lastName":"Doe","email":"jane@example.test","avatarUrl":"https://avatars.example.test/jane.png",
            "provider":"Meshery","roleNames":["admin","meshmap"],"preferences":{}})")
                               << u"5a1e2f9c-0000-4000-8000-000000000001"_s << u"jdoe"_s << u"Jane Doe"_s
                               << u"jane@example.test"_s << QUrl(u"https://avatars.example.test/jane.png"_s)
                               << u"Meshery"_s << QStringList{u"admin"_s, u"meshmap"_s};
    QTest::newRow("camelCase, userId only")
        << QByteArray(R"({"userId":"jdoe","userName":"Jane D","email":"jane@example.test"})") << u"jdoe"_s
        << u"Jane D"_s << u"jane@example.test"_s << u"jane@example.test"_s << QUrl() << QString() << QStringList();
    QTest::newRow("snake_case") << QByteArray(
        R"({"user_id":"jdoe","first_name":"Jane","last_name":"Doe","email":"jane@example.test",
            "avatar_url":"https://avatars.example.test/jane.png","provider":"Layer5","role_names":["admin"]})")
                                << u"jdoe"_s << u"jdoe"_s << u"Jane Doe"_s << u"jane@example.test"_s
                                << QUrl(u"https://avatars.example.test/jane.png"_s) << u"Layer5"_s
                                << QStringList{u"admin"_s};
    QTest::newRow("local provider") << QByteArray(
        R"({"user_id":"meshery","first_name":"","last_name":"","email":"meshery@meshery.local",
            "avatar_url":"","provider":"None","role_names":null})")
                                    << u"meshery"_s << u"meshery"_s << u"meshery@meshery.local"_s
                                    << u"meshery@meshery.local"_s << QUrl() << u"None"_s << QStringList();
    QTest::newRow("numeric id, wrong-typed fields")
        << QByteArray(R"({"id":1234,"firstName":["x"],"email":false,"avatarUrl":42,"roleNames":"admin"})") << u"1234"_s
        << QString() << u"1234"_s << QString() << QUrl() << QString() << QStringList{u"admin"_s};
    QTest::newRow("email only, relative avatar")
        << QByteArray(R"({"email":"x@example.test","avatarUrl":"/img/a.png"})") << QString() << QString()
        << u"x@example.test"_s << u"x@example.test"_s << QUrl() << QString() << QStringList();
}

void TestMesheryTypes::user()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QFETCH(QString, userName);
    QFETCH(QString, displayName);
    QFETCH(QString, email);
    QFETCH(QUrl, avatar);
    QFETCH(QString, provider);
    QFETCH(QStringList, roles);

    const Parsed<UserAccount> parsed = parseUser(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.id, id);
    QCOMPARE(parsed.value.userName, userName);
    QCOMPARE(parsed.value.displayName(), displayName);
    QCOMPARE(parsed.value.email, email);
    QCOMPARE(parsed.value.avatarUrl, avatar);
    QCOMPARE(parsed.value.provider, provider);
    QCOMPARE(parsed.value.roleNames, roles);
}

void TestMesheryTypes::userBroken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("names but no id or email") << QByteArray(R"({"firstName":"Jane","lastName":"Doe"})");
    QTest::newRow("MeshKit error") << QByteArray(R"({"error":"unable to get user","code":"meshery-server-1048"})");
    QTest::newRow("array") << QByteArray(R"([{"id":"x"}])");
    QTest::newRow("plain text") << QByteArray("failed to get token");
    QTest::newRow("empty") << QByteArray();
}

void TestMesheryTypes::userBroken()
{
    QFETCH(QByteArray, json);
    const Parsed<UserAccount> parsed = parseUser(json);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.value.id.isEmpty());
}

void TestMesheryTypes::displayName_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("expected");

    QTest::newRow("both names") << u"Jane"_s << u"Doe"_s << u"j@example.test"_s << u"Jane Doe"_s;
    QTest::newRow("first only") << u"Jane"_s << QString() << u"j@example.test"_s << u"Jane"_s;
    QTest::newRow("last only") << QString() << u" Doe "_s << u"j@example.test"_s << u"Doe"_s;
    QTest::newRow("blank names") << u" "_s << u" "_s << u"j@example.test"_s << u"j@example.test"_s;
    QTest::newRow("id") << QString() << QString() << QString() << u"the-id"_s;
}

void TestMesheryTypes::displayName()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, email);
    QFETCH(QString, expected);
    UserAccount user;
    user.id = u"the-id"_s;
    user.firstName = first;
    user.lastName = last;
    user.email = email;
    QCOMPARE(user.displayName(), expected);
}

void TestMesheryTypes::tokenResponse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("token");

    QTest::newRow("remote") << QByteArray(R"({"meshery-provider":"Meshery","token":"abc.def"})") << true << u"Meshery"_s
                            << QByteArray("abc.def");
    QTest::newRow("local, empty token") << QByteArray(R"({"meshery-provider":"None","token":""})") << true << u"None"_s
                                        << QByteArray();
    QTest::newRow("local, no token") << QByteArray(R"({"meshery-provider":"Local"})") << true << u"Local"_s
                                     << QByteArray();
    QTest::newRow("null token") << QByteArray(R"({"meshery-provider":"Meshery","token":null})") << true << u"Meshery"_s
                                << QByteArray();
    QTest::newRow("token of wrong type") << QByteArray(R"({"meshery-provider":"Meshery","token":42})") << true
                                         << u"Meshery"_s << QByteArray();
    QTest::newRow("trailing newline") << QByteArray("{\"meshery-provider\":\"Meshery\",\"token\":\"t\"}\n") << true
                                      << u"Meshery"_s << QByteArray("t");
    QTest::newRow("empty object") << QByteArray("{}") << false << QString() << QByteArray();
    QTest::newRow("error body") << QByteArray(R"({"error":"failed to get token"})") << false << QString()
                                << QByteArray();
    QTest::newRow("array") << QByteArray("[]") << false << QString() << QByteArray();
    QTest::newRow("plain text") << QByteArray("failed to get token") << false << QString() << QByteArray();
    QTest::newRow("empty file") << QByteArray() << false << QString() << QByteArray();
}

void TestMesheryTypes::tokenResponse()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, provider);
    QFETCH(QByteArray, token);
    const Parsed<TokenResponse> parsed = parseTokenResponse(json);
    QCOMPARE(parsed.ok(), ok);
    QCOMPARE(parsed.value.provider, provider);
    QCOMPARE(parsed.value.token, token);
}

void TestMesheryTypes::tokenResponseFiles()
{
    // mesheryctl saves the /api/token body as auth.json: the same parser reads both.
    const Parsed<TokenResponse> own = parseTokenResponse(readFile(DataDir + u"/auth.json"_s));
    QVERIFY2(own.ok(), qPrintable(own.error));
    QCOMPARE(own.value.provider, u"Meshery"_s);
    QVERIFY(own.value.token.startsWith("eyJhY2Nlc3NfdG9rZW4i"));

    const QString path = SharedDir + u"/auth.json"_s;
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(u"Meshery's own fixture %1 is absent (shared/ not beside the project)"_s.arg(path)));
    const Parsed<TokenResponse> real = parseTokenResponse(readFile(path));
    QVERIFY2(real.ok(), qPrintable(real.error));
    QCOMPARE(real.value.provider, u"Meshery"_s);
    QCOMPARE(real.value.token.size(), 1750);
    const Parsed<TokenResponse> opaque = parseTokenResponse(readFile(SharedDir + u"/auth-test-token.json"_s));
    QCOMPARE(opaque.value.token, QByteArray("test-token"));
}

void TestMesheryTypes::organizationsFromMeshery()
{
    const QString path = SharedDir + u"/orgs-list.json"_s;
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(u"Meshery's own fixture %1 is absent (shared/ not beside the project)"_s.arg(path)));
    const Parsed<OrganizationPage> parsed = parseOrganizations(readFile(path));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.page, 0);
    QCOMPARE(parsed.value.pageSize, 10);
    QCOMPARE(parsed.value.totalCount, 1);
    QCOMPARE(parsed.value.organizations.size(), 1);
    const Organization &org = parsed.value.organizations.first();
    QCOMPARE(org.id, u"d475eb6c-e26c-4eb6-b110-22653de9b2fd"_s);
    QCOMPARE(org.name, u"name"_s);
    QCOMPARE(org.country, u"country"_s);
    QCOMPARE(org.region, u"(UTC-04:00) Atlantic Time (Canada)"_s);
    QCOMPARE(org.owner, u"d475eb6c-e26c-4eb6-b110-22653de9b2fd"_s);
    QCOMPARE(org.createdAt, utc(2024, 3, 16, 1, 39, 35, 179));
    QCOMPARE(org.updatedAt, utc(2024, 5, 1, 14, 25, 36, 491));
}

void TestMesheryTypes::organizationsCamelCase()
{
    const Parsed<OrganizationPage> parsed = parseOrganizations(readFile(DataDir + u"/orgs-camel.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.page, 1);
    QCOMPARE(parsed.value.pageSize, 2);
    QCOMPARE(parsed.value.totalCount, 3);
    QCOMPARE(parsed.value.organizations.size(), 2);
    const Organization &one = parsed.value.organizations.at(0);
    QCOMPARE(one.id, u"11111111-1111-4111-8111-111111111111"_s);
    QCOMPARE(one.name, u"Test Org One"_s);
    QCOMPARE(one.country, u"Canada"_s);
    QCOMPARE(one.owner, u"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"_s);
    QCOMPARE(one.createdAt, utc(2024, 3, 16, 1, 39, 35, 179));
    QCOMPARE(one.updatedAt, utc(2024, 5, 1, 14, 25, 36, 491));
    const Organization &two = parsed.value.organizations.at(1);
    QCOMPARE(two.name, u"Test Org Two"_s);
    QVERIFY(two.country.isEmpty());
    QCOMPARE(two.createdAt, utc(2023, 1, 2, 3, 4, 5));
    QVERIFY(!two.updatedAt.isValid());
}

void TestMesheryTypes::organizationsSnakeCase()
{
    const Parsed<OrganizationPage> parsed = parseOrganizations(readFile(DataDir + u"/orgs-snake.json"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.page, 0);
    QCOMPARE(parsed.value.pageSize, 10);
    QCOMPARE(parsed.value.totalCount, 1);
    QCOMPARE(parsed.value.organizations.size(), 1);
    const Organization &org = parsed.value.organizations.first();
    QCOMPARE(org.name, u"Legacy Org"_s);
    QCOMPARE(org.region, u"(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi"_s);
    QCOMPARE(org.createdAt, utc(2021, 8, 28, 7, 12, 44, 896));
    QCOMPARE(org.updatedAt, utc(2022, 2, 3, 5, 35, 6, 500));
}

void TestMesheryTypes::organizationsBroken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");

    QTest::newRow("null list (Go's empty slice)")
        << QByteArray(R"({"organizations":null,"page":0,"pageSize":10,"totalCount":0})") << true;
    QTest::newRow("empty list") << QByteArray(R"({"organizations":[]})") << true;
    QTest::newRow("wrong-typed counters") << QByteArray(R"({"organizations":[],"page":"x","pageSize":1.5})") << true;
    QTest::newRow("no list") << QByteArray(R"({"page":0})") << false;
    QTest::newRow("list is an object") << QByteArray(R"({"organizations":{}})") << false;
    QTest::newRow("non-object element") << QByteArray(R"({"organizations":[{"id":"a"}, "b"]})") << false;
    QTest::newRow("array at top level") << QByteArray(R"([{"id":"a"}])") << false;
    QTest::newRow("MeshKit error") << QByteArray(R"({"error":"Unable to get organizations"})") << false;
    QTest::newRow("truncated") << QByteArray(R"({"organizations":[{"id":"a")") << false;
    const auto items = [](int count, const QByteArray &item) {
        QByteArray list;
        for (int i = 0; i < count; ++i)
            list += (i ? "," : "") + item;
        return "{\"organizations\":[" + list + "]}";
    };
    QTest::newRow("a page of 1000 (the most)") << QByteArray(items(MaxItemsPerPage, "{}").replace("{}", "{}")) << true;
    QTest::newRow("a page of 1001") << items(MaxItemsPerPage + 1, "{}") << false;
    // Refused before parsing: 8 MiB of "{}," would take ~700 MB as a QJsonDocument.
    QTest::newRow("20,001 objects") << items(MaxJsonContainers, "{}") << false;
    QTest::newRow("200,001 values") << QByteArray("{\"organizations\":[],\"x\":["
                                                  + QByteArray("0,").repeated(MaxJsonValues) + "0]}")
                                    << false;
    QTest::newRow("braces inside strings do not count") << items(10, R"({"name":"{{{{[[[[\"{{{{"})") << true;
}

void TestMesheryTypes::organizationsBroken()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    const Parsed<OrganizationPage> parsed = parseOrganizations(json);
    QVERIFY2(parsed.ok() == ok, qPrintable(parsed.error));
    if (ok) {
        QVERIFY(parsed.value.organizations.size() <= MaxItemsPerPage);
        QCOMPARE(parsed.value.page, 0);
    } else {
        QVERIFY(parsed.value.organizations.isEmpty());
    }
}

void TestMesheryTypes::workspaces()
{
    const Parsed<WorkspacePage> parsed = parseWorkspaces(R"({"page":0,"pageSize":25,"totalCount":2,
        "workspaces":[
          {"id":"w1","name":"Development","description":"dev clusters","organizationId":"o1",
           "createdAt":"2024-01-02T03:04:05.123456Z","updatedAt":"2024-01-03T00:00:00Z",
           "deletedAt":{"Time":"0001-01-01T00:00:00Z","Valid":false}},
          {"id":"w2","name":"Empty","orgId":"o1"}]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.pageSize, 25);
    QCOMPARE(parsed.value.totalCount, 2);
    QCOMPARE(parsed.value.workspaces.size(), 2);
    const Workspace &dev = parsed.value.workspaces.at(0);
    QCOMPARE(dev.id, u"w1"_s);
    QCOMPARE(dev.name, u"Development"_s);
    QCOMPARE(dev.description, u"dev clusters"_s);
    QCOMPARE(dev.organizationId, u"o1"_s);
    QCOMPARE(dev.createdAt, utc(2024, 1, 2, 3, 4, 5, 123));
    const Workspace &empty = parsed.value.workspaces.at(1);
    QCOMPARE(empty.organizationId, u"o1"_s);
    QVERIFY(empty.description.isEmpty());
    QVERIFY(!empty.createdAt.isValid());
}

void TestMesheryTypes::workspacesSnakeCase()
{
    const Parsed<WorkspacePage> parsed = parseWorkspaces(R"({"page":1,"page_size":10,"total_count":11,
        "workspaces":[{"id":"w3","name":"Ops","organization_id":"o2","created_at":"2023-05-06T07:08:09Z"}]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.page, 1);
    QCOMPARE(parsed.value.pageSize, 10);
    QCOMPARE(parsed.value.totalCount, 11);
    QCOMPARE(parsed.value.workspaces.size(), 1);
    QCOMPARE(parsed.value.workspaces.first().organizationId, u"o2"_s);
    QCOMPARE(parsed.value.workspaces.first().createdAt, utc(2023, 5, 6, 7, 8, 9));
}

void TestMesheryTypes::workspacesBroken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("null list") << QByteArray(R"({"workspaces":null,"page":0})") << true;
    QTest::newRow("missing org (plain text 400)") << QByteArray("WorkspaceID or OrgID cannot be empty") << false;
    QTest::newRow("organizations body") << QByteArray(R"({"organizations":[]})") << false;
    QTest::newRow("non-object element") << QByteArray(R"({"workspaces":[null]})") << false;
    QTest::newRow("array") << QByteArray("[]") << false;
}

void TestMesheryTypes::workspacesBroken()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    const Parsed<WorkspacePage> parsed = parseWorkspaces(json);
    QVERIFY2(parsed.ok() == ok, qPrintable(parsed.error));
    QVERIFY(parsed.value.workspaces.isEmpty());
}

void TestMesheryTypes::serverVersion_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("build");
    QTest::addColumn<QString>("latest");
    QTest::addColumn<bool>("outdated");
    QTest::addColumn<QString>("commitSha");
    QTest::addColumn<QString>("channel");

    QTest::newRow("server") << QByteArray(
        R"({"build":"v0.7.1","latest":"v0.8.0","outdated":true,"commitsha":"a1b2c3d","release_channel":"stable"})")
                            << true << u"v0.7.1"_s << u"v0.8.0"_s << true << u"a1b2c3d"_s << u"stable"_s;
    QTest::newRow("camelCase") << QByteArray(
        R"({"build":"v0.8.0","latest":"v0.8.0","outdated":"false","commitSha":"e4f5","releaseChannel":"edge"})")
                               << true << u"v0.8.0"_s << u"v0.8.0"_s << false << u"e4f5"_s << u"edge"_s;
    QTest::newRow("build only") << QByteArray(R"({"build":"Not Set"})") << true << u"Not Set"_s << QString() << false
                                << QString() << QString();
    QTest::newRow("empty object") << QByteArray("{}") << false << QString() << QString() << false << QString()
                                  << QString();
    QTest::newRow("HTML") << QByteArray("<html><body>Meshery</body></html>") << false << QString() << QString() << false
                          << QString() << QString();
    QTest::newRow("array") << QByteArray(R"(["v0.8.0"])") << false << QString() << QString() << false << QString()
                           << QString();
}

void TestMesheryTypes::serverVersion()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, build);
    QFETCH(QString, latest);
    QFETCH(bool, outdated);
    QFETCH(QString, commitSha);
    QFETCH(QString, channel);
    const Parsed<ServerVersion> parsed = parseServerVersion(json);
    QCOMPARE(parsed.ok(), ok);
    QCOMPARE(parsed.value.build, build);
    QCOMPARE(parsed.value.latest, latest);
    QCOMPARE(parsed.value.outdated, outdated);
    QCOMPARE(parsed.value.commitSha, commitSha);
    QCOMPARE(parsed.value.releaseChannel, channel);
}

void TestMesheryTypes::graphql_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("dataKeys");

    QTest::newRow("data") << QByteArray(R"({"data":{"getAvailableNamespaces":[{"namespace":"default"}]}})") << QString()
                          << QStringList{u"getAvailableNamespaces"_s};
    QTest::newRow("partial data with errors")
        << QByteArray(R"({"data":{"a":1},"errors":[{"message":"field b failed"}]})") << QString()
        << QStringList{u"a"_s};
    QTest::newRow("errors only") << QByteArray(
        R"({"errors":[{"message":"Cannot query field \"x\"","locations":[]},{"message":"second"}]})")
                                 << u"GraphQL: Cannot query field \"x\""_s << QStringList();
    QTest::newRow("errors, data null") << QByteArray(R"({"data":null,"errors":[{"message":"boom"}]})")
                                       << u"GraphQL: boom"_s << QStringList();
    QTest::newRow("error without message")
        << QByteArray(R"({"errors":[{"path":["x"]}]})") << u"GraphQL: unknown error"_s << QStringList();
    QTest::newRow("error not an object") << QByteArray(R"({"errors":["boom"]})") << u"GraphQL: unknown error"_s
                                         << QStringList();
    QTest::newRow("neither") << QByteArray("{}") << u"expected a GraphQL response with \"data\""_s << QStringList();
    QTest::newRow("data is an array") << QByteArray(R"({"data":[1]})") << u"expected a GraphQL response with \"data\""_s
                                      << QStringList();
    QTest::newRow("malformed") << QByteArray(R"({"data":)") << u"malformed JSON"_s << QStringList();
}

void TestMesheryTypes::graphql()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(QStringList, dataKeys);
    const Parsed<QJsonObject> parsed = parseGraphqlResponse(json);
    if (error.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    } else {
        QVERIFY2(parsed.error.startsWith(error), qPrintable(parsed.error));
    }
    QCOMPARE(parsed.value.keys(), dataKeys);
}

void TestMesheryTypes::carriedInVariant()
{
    const Parsed<QList<Provider>> providers = parseProviders(readFile(DataDir + u"/providers-camel.json"_s));
    QVERIFY(providers.ok());
    const QVariant list = QVariant::fromValue(providers.value);
    QCOMPARE(keysOf(list.value<QList<Provider>>()), keysOf(providers.value));
    QCOMPARE(QVariant::fromValue(providers.value.first()).value<Provider>().key, u"Layer5"_s);

    UserAccount user;
    user.id = u"u"_s;
    QCOMPARE(QVariant::fromValue(user).value<UserAccount>().id, u"u"_s);
    TokenResponse token{u"Meshery"_s, "t"};
    QCOMPARE(QVariant::fromValue(token).value<TokenResponse>().token, QByteArray("t"));
    OrganizationPage orgs;
    orgs.totalCount = 7;
    QCOMPARE(QVariant::fromValue(orgs).value<OrganizationPage>().totalCount, 7);
    WorkspacePage workspaces;
    workspaces.pageSize = 3;
    QCOMPARE(QVariant::fromValue(workspaces).value<WorkspacePage>().pageSize, 3);
    ServerVersion version;
    version.build = u"v1"_s;
    QCOMPARE(QVariant::fromValue(version).value<ServerVersion>().build, u"v1"_s);
    QVERIFY(QVariant::fromValue(Organization()).canConvert<Organization>());
    QVERIFY(QVariant::fromValue(Workspace()).canConvert<Workspace>());
    QVERIFY(QVariant::fromValue(ProviderCapability()).canConvert<ProviderCapability>());
}

void TestMesheryTypes::randomBodies()
{
    // Every parser, fed mutated real bodies and random bytes: an answer either way, never a crash.
    constexpr quint32 Seed = 9081;
    QRandomGenerator random(Seed);
    const QList<QByteArray> bodies = {
        readFile(DataDir + u"/providers-camel.json"_s),
        readFile(DataDir + u"/providers-snake.json"_s),
        readFile(DataDir + u"/orgs-camel.json"_s),
        readFile(DataDir + u"/orgs-snake.json"_s),
        QByteArray(R"({"id":"x","firstName":"a","roleNames":["r"],"avatarUrl":"https://a.example.test/"})"),
        QByteArray(R"({"build":"v1","latest":"v2","outdated":true})"),
        QByteArray(R"({"data":{"a":[1,2]},"errors":[{"message":"m"}]})"),
    };
    static const QByteArray jsonish = "{}[]\":,0123456789.-eE truefalsnul\\";
    for (int round = 0; round < 3000; ++round) {
        QByteArray body;
        if (round % 3 == 2) {
            body.resize(random.bounded(0, 300));
            for (char &c : body)
                c = round % 2 ? char(random.bounded(256)) : jsonish.at(random.bounded(int(jsonish.size())));
        } else {
            body = bodies.at(round % bodies.size());
            for (int flips = random.bounded(1, 5); flips > 0; --flips)
                body[random.bounded(int(body.size()))] = jsonish.at(random.bounded(int(jsonish.size())));
        }
        // A failure is one short line of detail, whatever the body held.
        const auto checked = [&](const QString &error) {
            if (error.size() > 200 || error.contains(u'\n'))
                QFAIL(qPrintable(u"seed %1, round %2: error %3"_s.arg(Seed).arg(round).arg(error)));
        };
        const auto providers = parseProviders(body);
        checked(providers.error);
        const auto provider = parseProvider(body);
        checked(provider.error);
        const auto user = parseUser(body);
        checked(user.error);
        const auto token = parseTokenResponse(body);
        checked(token.error);
        const auto orgs = parseOrganizations(body);
        checked(orgs.error);
        const auto workspaces = parseWorkspaces(body);
        checked(workspaces.error);
        const auto version = parseServerVersion(body);
        checked(version.error);
        const auto graphql = parseGraphqlResponse(body);
        checked(graphql.error);
        QVERIFY(!QTest::currentTestFailed());
        if (!providers.ok())
            QVERIFY(providers.value.isEmpty());
        if (user.ok())
            QVERIFY(!user.value.id.isEmpty() || !user.value.email.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestMesheryTypes)
#include "TestMesheryTypes.moc"
