// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "BillionLaughs.h"
#include "FreshHome.h"
#include "MesheryctlFiles.h"

#include <QtTest>

#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

using namespace MesheryAuth;

namespace {

QString sharedDir()
{
    return QStringLiteral(MESHERY_SHARED_FIXTURES_DIR);
}

QString sharedFile(const QString &name)
{
    return sharedDir() + QLatin1Char('/') + name;
}

QString ownDir()
{
    return QStringLiteral(MESHERY_TEST_DATA_DIR "/mesheryctl");
}

QString ownFile(const QString &name)
{
    return ownDir() + QLatin1Char('/') + name;
}

// A literal's bytes, NULs included.
template<std::size_t N> QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Writes a config.yaml of this text to path and reads it: the error it was refused with, or
// nothing when it was read (or could not be written).
std::optional<QString> refusalOf(const QString &path, const QByteArray &text)
{
    if (!writeFile(path, text))
        return std::nullopt;
    const auto config = MesheryctlFiles::readConfig(path);
    return config.ok() ? std::nullopt : std::optional<QString>(config.error);
}

// Everything in a folder, hidden files too: leftovers of a write that was not atomic show here.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

int modeOf(const QString &path)
{
    struct stat info {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// QFile reports the owner's bits twice (Owner and, for the current user, User); compare the rest.
QFileDevice::Permissions withoutUserBits(QFileDevice::Permissions permissions)
{
    return permissions & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

QString textOf(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

QStringList keysOf(const YAML::Node &map)
{
    QStringList keys;
    for (auto it = map.begin(); it != map.end(); ++it)
        keys.append(QString::fromStdString(it->first.Scalar()));
    return keys;
}

QStringList tokenNames(const MesheryctlConfig &config)
{
    QStringList names;
    for (const MesheryctlTokenEntry &entry : config.tokens)
        names.append(entry.name);
    return names;
}

QStringList contextNames(const MesheryctlConfig &config)
{
    QStringList names;
    for (const MesheryctlContext &context : config.contexts)
        names.append(context.name);
    return names;
}

// An alias to the map that holds it: yaml-cpp loads it as a cycle, which its emitter (and any
// other walk of the tree) follows until the stack runs out.
const QByteArray SelfAliasConfig = "contexts:\n"
                                   "  local: &local\n"
                                   "    endpoint: http://localhost:9081\n"
                                   "    again: *local\n"
                                   "current-context: local\n";

// An update that adds a context, so that updateConfig rewrites (and so walks) the whole file.
MesheryctlFiles::ContextUpdate addedRemoteContext()
{
    MesheryctlFiles::ContextUpdate update;
    update.contextName = QStringLiteral("remote");
    update.endpoint = QStringLiteral("https://meshery.example.test");
    update.tokenName = QStringLiteral("remote");
    update.tokenLocation = QStringLiteral("auth-remote.json");
    return update;
}

// Names the config.yaml that the child process started by updateInAChild updates.
const char *const UpdateOnlyVariable = "MESHERY_AUTH_TEST_UPDATE_ONLY";

} // namespace

// The Meshery project's own files are not part of this project; where they are absent the tests
// that need them say where they looked and skip.
#define REQUIRE_SHARED_FIXTURES()                                                                                      \
    do {                                                                                                               \
        if (!QFileInfo(sharedDir()).isDir())                                                                           \
            QSKIP(qPrintable(QStringLiteral("The Meshery project's mesheryctl files are not at %1 "                    \
                                            "(../shared/fixtures/mesheryctl beside the project).")                     \
                                 .arg(sharedDir())));                                                                  \
    } while (false)

class TestMesheryctlFiles : public QObject
{
    Q_OBJECT

public:
    // QtTest calls this before anything else. In the child that updateInAChild starts (this same
    // executable), it makes the one call that, were the guard against alias bombs broken, would
    // run for minutes or exhaust memory, prints its error and exits: 0 refused, 2 accepted.
    static void initMain()
    {
        const QString path = qEnvironmentVariable(UpdateOnlyVariable);
        if (path.isEmpty())
            return;
        const auto result = MesheryctlFiles::updateConfig(path, addedRemoteContext());
        std::printf("%s\n", result.error.toUtf8().constData());
        std::exit(result.ok ? 2 : 0);
    }

private:
    // The home folder throughout: a throw-away one ctest starts this test in (FRESH_HOME), so
    // that no test can touch the real ~/.meshery.
    const QDir m_home{QDir::homePath()};

    // A copy of a fixture in a fresh temporary folder, which the caller keeps alive.
    // updateConfig(path, addedRemoteContext()) in a child process that gets 10 s; its error, or
    // a test failure when it ran out of time, crashed or accepted the file.
    static QString updateInAChild(const QString &path)
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(UpdateOnlyVariable), path);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        if (!child.waitForFinished(10000)) {
            child.kill();
            child.waitForFinished();
            return QStringLiteral("test: updateConfig was still at work after 10 s");
        }
        if (child.exitStatus() != QProcess::NormalExit)
            return QStringLiteral("test: updateConfig crashed");
        if (child.exitCode() != 0)
            return QStringLiteral("test: updateConfig accepted the file");
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    }

    QString copyInto(const QTemporaryDir &dir, const QString &source,
                     const QString &name = QStringLiteral("config.yaml"))
    {
        const QString target = dir.filePath(name);
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return {};
        QFile::setPermissions(
            target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        return target;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!freshHome().isEmpty(), MESHERY_FRESH_HOME_REQUIRED);
        QCOMPARE(QDir::homePath(), m_home.path());
    }

    // --- Paths ------------------------------------------------------------------------------

    void defaultPathsFollowTheHomeFolder()
    {
        QCOMPARE(MesheryctlFiles::defaultFolder(), m_home.path() + QStringLiteral("/.meshery"));
        QCOMPARE(MesheryctlFiles::defaultConfigPath(), m_home.path() + QStringLiteral("/.meshery/config.yaml"));
    }

    void resolveTokenLocation_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expected"); // "~" stands for the home folder
        QTest::newRow("bare name") << QStringLiteral("auth.json") << QStringLiteral("/srv/m/.meshery")
                                   << QStringLiteral("/srv/m/.meshery/auth.json");
        QTest::newRow("relative path") << QStringLiteral("tokens/a.json") << QStringLiteral("/srv/m/.meshery")
                                       << QStringLiteral("/srv/m/.meshery/tokens/a.json");
        QTest::newRow("parent") << QStringLiteral("../a.json") << QStringLiteral("/srv/m/.meshery")
                                << QStringLiteral("/srv/m/a.json");
        QTest::newRow("default folder") << QStringLiteral("auth.json") << QString()
                                        << QStringLiteral("~/.meshery/auth.json");
        QTest::newRow("absolute") << QStringLiteral("/etc/meshery/auth.json") << QStringLiteral("/srv/m/.meshery")
                                  << QStringLiteral("/etc/meshery/auth.json");
        QTest::newRow("home") << QStringLiteral("~/tokens/auth.json") << QStringLiteral("/srv/m/.meshery")
                              << QStringLiteral("~/tokens/auth.json");
        QTest::newRow("home alone") << QStringLiteral("~") << QStringLiteral("/srv/m/.meshery") << QStringLiteral("~");
        QTest::newRow("empty") << QString() << QStringLiteral("/srv/m/.meshery") << QString();
    }

    void resolveTokenLocation()
    {
        QFETCH(QString, location);
        QFETCH(QString, folder);
        QFETCH(QString, expected);
        if (expected.startsWith(QLatin1Char('~')))
            expected.replace(0, 1, m_home.path());
        QCOMPARE(MesheryctlFiles::resolveTokenLocation(location, folder), expected);
    }

    void contextNameFor_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:9081") << QStringLiteral("localhost-9081");
        QTest::newRow("upper case") << QStringLiteral("https://Meshery.Example.Test")
                                    << QStringLiteral("meshery-example-test");
        QTest::newRow("ipv4") << QStringLiteral("http://203.0.113.10:9081") << QStringLiteral("203-0-113-10-9081");
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:9081") << QStringLiteral("1-9081");
        QTest::newRow("no host") << QString() << QStringLiteral("meshery");
    }

    void contextNameFor()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(MesheryctlFiles::contextNameFor(QUrl(url)), expected);
    }

    // --- The Meshery project's files ---------------------------------------------------------

    void sharedNonLoopbackConfig()
    {
        REQUIRE_SHARED_FIXTURES();
        const QString path = sharedFile(QStringLiteral("config-nonloopback.yaml"));
        const auto config = MesheryctlFiles::readConfig(path);
        QVERIFY2(config.ok(), qPrintable(config.error));
        QCOMPARE(config.value.path, path);
        QCOMPARE(config.value.currentContext, QStringLiteral("remote"));
        QCOMPARE(config.value.contexts.size(), 1);
        const MesheryctlContext remote = config.value.contexts.first();
        QCOMPARE(remote.name, QStringLiteral("remote"));
        QCOMPARE(remote.endpoint, QStringLiteral("http://203.0.113.10:9081"));
        QCOMPARE(remote.provider, QStringLiteral("Meshery"));
        QCOMPARE(remote.tokenName, QStringLiteral("default"));
        QCOMPARE(remote.platform, QStringLiteral("kubernetes"));
        QCOMPARE(config.value.token(QStringLiteral("default"))->location, QStringLiteral("auth.json"));

        const auto report = MesheryctlFiles::importAll(path, sharedDir());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(report.contexts.size(), 1);
        const auto &imported = report.contexts.first();
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
        QCOMPARE(imported.context.endpoint, QStringLiteral("http://203.0.113.10:9081"));
        QCOMPARE(imported.tokenPath, sharedFile(QStringLiteral("auth.json")));
        QCOMPARE(imported.auth.provider, QStringLiteral("Meshery"));
        QVERIFY(imported.auth.token.startsWith("eyJhY2Nlc3NfdG9rZW4i"));
        QVERIFY(!imported.auth.loggedOut);
    }

    void sharedTokenListConfig()
    {
        REQUIRE_SHARED_FIXTURES();
        const QString path = sharedFile(QStringLiteral("config-token-list.yaml"));
        const auto config = MesheryctlFiles::readConfig(path);
        QVERIFY2(config.ok(), qPrintable(config.error));
        QCOMPARE(contextNames(config.value), QStringList{QStringLiteral("local")});
        QCOMPARE(config.value.contexts.first().endpoint, QStringLiteral("http://localhost:9081"));
        QCOMPARE(config.value.contexts.first().platform, QStringLiteral("docker"));
        QCOMPARE(tokenNames(config.value),
                 (QStringList{QStringLiteral("default"), QStringLiteral("default2"), QStringLiteral("default3"),
                              QStringLiteral("default4")}));

        const auto report = MesheryctlFiles::importAll(path, sharedDir());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.contexts.size(), 1);
        QVERIFY2(report.contexts.first().error.isEmpty(), qPrintable(report.contexts.first().error));
        QVERIFY(report.contexts.first().auth.token.startsWith("eyJhY2Nlc3NfdG9rZW4i"));
        // Three entries no context names: worth saying, not a failure.
        QCOMPARE(report.warnings.size(), 3);
        for (const char *name : {"default2", "default3", "default4"})
            QVERIFY2(report.warnings.join(QLatin1Char('\n')).contains(QLatin1String(name)), name);
    }

    void sharedAuthFiles()
    {
        REQUIRE_SHARED_FIXTURES();
        const auto real = MesheryctlFiles::readAuthFile(sharedFile(QStringLiteral("auth.json")));
        QVERIFY2(real.ok(), qPrintable(real.error));
        QCOMPARE(real.value.provider, QStringLiteral("Meshery"));
        QVERIFY(real.value.token.startsWith("eyJhY2Nlc3NfdG9rZW4i"));
        QVERIFY(!real.value.loggedOut);

        const auto opaque = MesheryctlFiles::readAuthFile(sharedFile(QStringLiteral("auth-test-token.json")));
        QVERIFY2(opaque.ok(), qPrintable(opaque.error));
        QCOMPARE(opaque.value.provider, QStringLiteral("Meshery"));
        QCOMPARE(opaque.value.token, QByteArray("test-token"));
        QVERIFY(!opaque.value.loggedOut);
    }

    // --- This project's files ----------------------------------------------------------------

    void twoContextsWithUnknownKeys()
    {
        const QString path = ownFile(QStringLiteral("config-two-contexts.yaml"));
        const auto config = MesheryctlFiles::readConfig(path);
        QVERIFY2(config.ok(), qPrintable(config.error));
        QCOMPARE(config.value.currentContext, QStringLiteral("staging"));
        QCOMPARE(contextNames(config.value), (QStringList{QStringLiteral("local"), QStringLiteral("staging")}));
        const auto staging = config.value.context(QStringLiteral("staging"));
        QVERIFY(staging.has_value());
        QCOMPARE(staging->endpoint, QStringLiteral("https://meshery.example.test"));
        QCOMPARE(staging->provider, QStringLiteral("Layer5"));
        QCOMPARE(staging->tokenName, QStringLiteral("staging"));
        QVERIFY(!config.value.context(QStringLiteral("Staging")).has_value());

        const auto report = MesheryctlFiles::importAll(path, ownDir());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.warnings.isEmpty());
        QCOMPARE(report.contexts.size(), 2);
        QVERIFY2(report.contexts.at(0).error.isEmpty(), qPrintable(report.contexts.at(0).error));
        QVERIFY2(report.contexts.at(1).error.isEmpty(), qPrintable(report.contexts.at(1).error));
        QCOMPARE(report.contexts.at(0).auth.token, QByteArray("local-test-token-not-real"));
        QCOMPARE(report.contexts.at(0).tokenPath, ownFile(QStringLiteral("auth.json")));
        QCOMPARE(report.contexts.at(1).auth.token, QByteArray("staging-test-token-not-real"));
        QCOMPARE(report.contexts.at(1).auth.provider, QStringLiteral("Layer5"));
    }

    // Each fault is reported on its own context, in words that say which fault; the rest imports.
    void faultsStayWithTheirContext()
    {
        const QString path = ownFile(QStringLiteral("config-mixed.yaml"));
        const auto report = MesheryctlFiles::importAll(path, ownDir());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.contexts.size(), 6);
        QHash<QString, MesheryctlFiles::ImportedContext> byName;
        QStringList order;
        for (const auto &imported : report.contexts) {
            byName.insert(imported.context.name, imported);
            order.append(imported.context.name);
        }
        QCOMPARE(order,
                 (QStringList{QStringLiteral("good"), QStringLiteral("loggedout"), QStringLiteral("unknownentry"),
                              QStringLiteral("missingfile"), QStringLiteral("brokenjson"), QStringLiteral("notoken")}));

        const auto good = byName.value(QStringLiteral("good"));
        QVERIFY2(good.error.isEmpty(), qPrintable(good.error));
        QCOMPARE(good.auth.token, QByteArray("local-test-token-not-real"));
        QCOMPARE(good.context.endpoint, QStringLiteral("http://localhost:9081"));

        const auto loggedOut = byName.value(QStringLiteral("loggedout"));
        QVERIFY2(loggedOut.error.isEmpty(), qPrintable(loggedOut.error));
        QVERIFY(loggedOut.auth.loggedOut);
        QVERIFY(loggedOut.auth.token.isEmpty());
        QCOMPARE(loggedOut.tokenPath, ownFile(QStringLiteral("auth-logged-out.json")));

        const auto unknownEntry = byName.value(QStringLiteral("unknownentry"));
        QVERIFY(unknownEntry.error.contains(QLatin1String("\"nosuchentry\"")));
        QVERIFY(unknownEntry.error.contains(QLatin1String("not in the tokens")));
        QVERIFY(unknownEntry.tokenPath.isEmpty());

        const auto missing = byName.value(QStringLiteral("missingfile"));
        QVERIFY(missing.error.contains(ownFile(QStringLiteral("does-not-exist.json"))));
        QVERIFY(missing.error.contains(QLatin1String("does not exist")));

        const auto broken = byName.value(QStringLiteral("brokenjson"));
        QVERIFY(broken.error.contains(ownFile(QStringLiteral("auth-broken.json"))));
        QVERIFY(broken.error.contains(QLatin1String("not valid JSON")));

        const auto noToken = byName.value(QStringLiteral("notoken"));
        QVERIFY2(noToken.error.isEmpty(), qPrintable(noToken.error));
        QVERIFY(noToken.tokenPath.isEmpty());
        QVERIFY(noToken.auth.loggedOut);
        QCOMPARE(noToken.context.provider, QStringLiteral("None"));

        QCOMPARE(report.warnings.size(), 1);
        QVERIFY(report.warnings.first().contains(QLatin1String("\"spare\"")));

        const QSet<QString> errors{unknownEntry.error, missing.error, broken.error};
        QCOMPARE(errors.size(), 3);
    }

    void unusableConfigs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("expectedWords");
        QTest::newRow("broken YAML") << ownFile(QStringLiteral("config-broken.yaml"))
                                     << QStringList{QStringLiteral("line "), QStringLiteral("not YAML")};
        QTest::newRow("wrong shape") << ownFile(QStringLiteral("config-wrong-shape.yaml"))
                                     << QStringList{QStringLiteral("line 2"), QStringLiteral("\"contexts\"")};
        QTest::newRow("missing") << ownFile(QStringLiteral("no-such-config.yaml"))
                                 << QStringList{QStringLiteral("does not exist")};
        QTest::newRow("folder") << ownDir() << QStringList{QStringLiteral("folder")};
    }

    void unusableConfigs()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, expectedWords);
        const auto config = MesheryctlFiles::readConfig(path);
        QVERIFY(!config.ok());
        QVERIFY2(config.error.contains(path), qPrintable(config.error));
        for (const QString &word : expectedWords)
            QVERIFY2(config.error.contains(word), qPrintable(config.error));

        const auto report = MesheryctlFiles::importAll(path, ownDir());
        QCOMPARE(report.error, config.error);
        QVERIFY(report.contexts.isEmpty());

        // One bad file spoils nothing else.
        const auto good = MesheryctlFiles::importAll(ownFile(QStringLiteral("config-two-contexts.yaml")), ownDir());
        QVERIFY(good.error.isEmpty());
        QCOMPARE(good.contexts.size(), 2);
    }

    // YAML holds printable UTF-8 only (mesheryctl's reader refuses the rest). yaml-cpp took a NUL
    // for the end of the file: the fuzzer's input below read as empty, and an export kept its
    // first line (a comment with the NUL) in a file that then read back as empty too.
    void controlCharactersAndBrokenUtf8AreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expectedWords");
        const QByteArray context("contexts:\n  local:\n    endpoint: http://localhost:9081\n");
        QTest::newRow("the fuzzer's input")
            << bytes("#\0\1\0\0\0tl sysntexts:\n  -\xc8tee` lea0el") << QStringList{QStringLiteral("UTF-8")};
        QTest::newRow("NUL in a comment")
            << bytes("# mine\0\n") + context << QStringList{QStringLiteral("line 1"), QStringLiteral("U+0000")};
        QTest::newRow("NUL hiding a context") << context + bytes("\0\n  hidden:\n    endpoint: http://x\n")
                                              << QStringList{QStringLiteral("line 4"), QStringLiteral("U+0000")};
        QTest::newRow("terminal escape") << context + "  other:\n    endpoint: \"http://x\x1b[2J\"\n"
                                         << QStringList{QStringLiteral("line 5"), QStringLiteral("U+001B")};
        QTest::newRow("DEL") << QByteArray("contexts: {}\n# \x7f\n")
                             << QStringList{QStringLiteral("line 2"), QStringLiteral("U+007F")};
        QTest::newRow("Latin-1, not UTF-8") << context + "# caf\xe9\n" << QStringList{QStringLiteral("UTF-8")};
    }

    void controlCharactersAndBrokenUtf8AreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expectedWords);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        const std::optional<QString> error = refusalOf(path, text);
        QVERIFY2(error, "the file was read");
        for (const QString &word : expectedWords)
            QVERIFY2(error->contains(word), qPrintable(*error));

        MesheryctlFiles::ContextUpdate update;
        update.contextName = QStringLiteral("fuzz-9081");
        update.endpoint = QStringLiteral("http://localhost:9081");
        update.tokenName = QStringLiteral("fuzz-token");
        update.tokenLocation = QStringLiteral("fuzz-auth.json");
        const auto result = MesheryctlFiles::updateConfig(path, update);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, *error);
        QCOMPARE(contents(path), text);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("config.yaml")});
    }

    // What YAML does allow stays readable: a byte-order mark, CRLF, tabs in comments, any
    // printable character.
    void printableUtf8IsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        QVERIFY(writeFile(path,
                          "\xef\xbb\xbf# caf\xc3\xa9 \xf0\x9f\x98\x80\t\xc2\x85\r\ncontexts:\r\n  local:\r\n"
                          "    endpoint: http://localhost:9081\r\ncurrent-context: local\r\n"));
        const auto config = MesheryctlFiles::readConfig(path);
        QVERIFY2(config.ok(), qPrintable(config.error));
        QCOMPARE(config.value.currentContext, QStringLiteral("local"));
        QCOMPARE(config.value.contexts.size(), 1);
    }

    void emptyAndOddConfigs_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("comment only") << QByteArray("# nothing yet\n") << QStringLiteral("is empty");
        QTest::newRow("a list") << QByteArray("- a\n- b\n") << QStringLiteral("line 1");
        QTest::newRow("context is a list")
            << QByteArray("contexts:\n  local: [a]\n") << QStringLiteral("the context \"local\"");
        QTest::newRow("endpoint is a map")
            << QByteArray("contexts:\n  local:\n    endpoint:\n      a: b\n") << QStringLiteral("\"endpoint\"");
        QTest::newRow("tokens is a map") << QByteArray("tokens:\n  default: auth.json\n")
                                         << QStringLiteral("\"tokens\"");
        QTest::newRow("nameless token") << QByteArray("tokens:\n  - location: auth.json\n")
                                        << QStringLiteral("no name");
        QTest::newRow("tab") << QByteArray("contexts:\n\tlocal: {}\n") << QStringLiteral("line 2");
        QTest::newRow("over 1 MiB") << (QByteArray("# ") + QByteArray(1024 * 1024, 'x')) << QStringLiteral("too large");
    }

    void emptyAndOddConfigs()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        const std::optional<QString> error = refusalOf(path, text);
        QVERIFY2(error, "the file was read");
        QVERIFY2(error->contains(path) && error->contains(expectedWords), qPrintable(*error));
    }

    // A few hundred bytes whose aliases expand past anything a walk of the tree survives. Read,
    // the file is refused (it once imported as if nothing were wrong), with the words in the row.
    void aliasBombsAreRefusedOnRead_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("billion laughs") << billionLaughsConfig() << QStringLiteral("aliases expanded");
        QTest::newRow("alias to itself") << SelfAliasConfig << QStringLiteral("refers to a node that contains it");
    }

    void aliasBombsAreRefusedOnRead()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        const std::optional<QString> error = refusalOf(path, text);
        QVERIFY2(error, "the file was read");
        QVERIFY2(error->contains(path) && error->contains(expectedWords), qPrintable(*error));
        const auto report = MesheryctlFiles::importAll(path, dir.path());
        QCOMPARE(report.error, *error);
        QVERIFY(report.contexts.isEmpty());
    }

    // Anchors as such are fine (mesheryctl reads them): only their expansion is bounded.
    void smallAliasesStayReadableAndWritable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        QVERIFY(writeFile(path,
                          "contexts:\n"
                          "  local:\n"
                          "    endpoint: http://localhost:9081\n"
                          "    components: &components [meshery-istio, meshery-linkerd]\n"
                          "  staging:\n"
                          "    endpoint: https://staging.example.test\n"
                          "    components: *components\n"
                          "current-context: local\n"));
        const auto config = MesheryctlFiles::readConfig(path);
        QVERIFY2(config.ok(), qPrintable(config.error));
        QCOMPARE(contextNames(config.value), (QStringList{QStringLiteral("local"), QStringLiteral("staging")}));

        const auto updated = MesheryctlFiles::updateConfig(path, addedRemoteContext());
        QVERIFY2(updated.ok, qPrintable(updated.error));
        const YAML::Node root = YAML::LoadFile(path.toStdString());
        QCOMPARE(root["contexts"]["staging"]["components"].size(), std::size_t(2));
        QCOMPARE(textOf(root["contexts"]["remote"]["endpoint"]), QStringLiteral("https://meshery.example.test"));
    }

    void authFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("loggedOut");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("mesheryctl's") << QByteArray("{\"meshery-provider\":\"Meshery\",\"token\":\"abc\"}\n") << true
                                      << false << QByteArray("abc");
        QTest::newRow("empty") << QByteArray() << true << true << QByteArray();
        QTest::newRow("blank") << QByteArray(" \n") << true << true << QByteArray();
        QTest::newRow("empty token") << QByteArray("{\"meshery-provider\":\"Meshery\",\"token\":\"\"}") << true << true
                                     << QByteArray();
        // mesheryctl's Local sign-in: no token, and no logout either.
        QTest::newRow("None, empty token")
            << QByteArray("{\"meshery-provider\":\"None\",\"token\":\"\"}\n") << true << false << QByteArray();
        QTest::newRow("local, null token")
            << QByteArray("{\"meshery-provider\":\"local\",\"token\":null}") << true << false << QByteArray();
        QTest::newRow("no provider, empty token") << QByteArray("{\"token\":\"\"}") << true << true << QByteArray();
        QTest::newRow("broken") << QByteArray("{\"token\":") << false << false << QByteArray();
        QTest::newRow("array") << QByteArray("[\"abc\"]") << false << false << QByteArray();
        QTest::newRow("no token") << QByteArray("{\"meshery-provider\":\"Meshery\"}") << false << false << QByteArray();
        QTest::newRow("number") << QByteArray("{\"token\":42}") << false << false << QByteArray();
    }

    void authFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(bool, loggedOut);
        QFETCH(QByteArray, token);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        QVERIFY(writeFile(path, text));
        const auto auth = MesheryctlFiles::readAuthFile(path);
        QCOMPARE(auth.ok(), ok);
        if (!ok) {
            QVERIFY2(auth.error.contains(path), qPrintable(auth.error));
            return;
        }
        QCOMPARE(auth.value.loggedOut, loggedOut);
        QCOMPARE(auth.value.token, token);
    }

    void ownAuthFixtures()
    {
        const auto loggedOut = MesheryctlFiles::readAuthFile(ownFile(QStringLiteral("auth-logged-out.json")));
        QVERIFY2(loggedOut.ok(), qPrintable(loggedOut.error));
        QVERIFY(loggedOut.value.loggedOut);

        const auto broken = MesheryctlFiles::readAuthFile(ownFile(QStringLiteral("auth-broken.json")));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error.contains(QLatin1String("not valid JSON")), qPrintable(broken.error));

        const auto missing = MesheryctlFiles::readAuthFile(ownFile(QStringLiteral("nothing.json")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QLatin1String("does not exist")), qPrintable(missing.error));
    }

    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("Running as root, which can read any file: permissions cannot make one unreadable.");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        QVERIFY(writeFile(path, "{\"token\":\"x\"}"));
        QVERIFY(QFile::setPermissions(path, {}));
        const auto auth = MesheryctlFiles::readAuthFile(path);
        QVERIFY(!auth.ok());
        QVERIFY2(auth.error.contains(QLatin1String("Cannot read")), qPrintable(auth.error));
    }

    // Absolute and "~/" locations, as users write them by hand; the home folder is m_home.
    void absoluteAndHomeLocations()
    {
        QTemporaryDir elsewhere;
        const QString absolute = elsewhere.filePath(QStringLiteral("tokens/absolute.json"));
        QVERIFY(writeFile(absolute, "{\"meshery-provider\":\"Meshery\",\"token\":\"absolute-test-token\"}\n"));
        QVERIFY(writeFile(m_home.filePath(QStringLiteral("tokens/home.json")),
                          "{\"meshery-provider\":\"Layer5\",\"token\":\"home-test-token\"}\n"));
        const QString configPath = elsewhere.filePath(QStringLiteral("config.yaml"));
        QVERIFY(writeFile(configPath,
                          QStringLiteral("contexts:\n"
                                         "  abs:\n"
                                         "    endpoint: http://localhost:9081\n"
                                         "    token: abs\n"
                                         "  home:\n"
                                         "    endpoint: http://localhost:9082\n"
                                         "    token: home\n"
                                         "current-context: abs\n"
                                         "tokens:\n"
                                         "  - name: abs\n"
                                         "    location: %1\n"
                                         "  - name: home\n"
                                         "    location: ~/tokens/home.json\n")
                              .arg(absolute)
                              .toUtf8()));

        const auto report = MesheryctlFiles::importAll(configPath, elsewhere.filePath(QStringLiteral("unused")));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.contexts.size(), 2);
        QVERIFY2(report.contexts.at(0).error.isEmpty(), qPrintable(report.contexts.at(0).error));
        QCOMPARE(report.contexts.at(0).tokenPath, absolute);
        QCOMPARE(report.contexts.at(0).auth.token, QByteArray("absolute-test-token"));
        QVERIFY2(report.contexts.at(1).error.isEmpty(), qPrintable(report.contexts.at(1).error));
        QCOMPARE(report.contexts.at(1).tokenPath, m_home.filePath(QStringLiteral("tokens/home.json")));
        QCOMPARE(report.contexts.at(1).auth.token, QByteArray("home-test-token"));
        QCOMPARE(report.contexts.at(1).auth.provider, QStringLiteral("Layer5"));
    }

    // --- Writing auth.json -------------------------------------------------------------------

    void writeAuthFileIsPrivateAndExact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        const auto result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Meshery"), "written-test-token");
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.needsReplaceConfirmation);
        QCOMPARE(contents(path), QByteArray("{\"meshery-provider\":\"Meshery\",\"token\":\"written-test-token\"}\n"));
        QCOMPARE(withoutUserBits(QFile::permissions(path)), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("auth.json")});
    }

    void writeAuthFileCreatesAPrivateFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("home/.meshery"));
        const auto result = MesheryctlFiles::writeAuthFile(folder + QStringLiteral("/auth.json"),
                                                           QStringLiteral("Meshery"), "written-test-token");
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(folder + QStringLiteral("/auth.json")), 0600);
    }

    // mesheryctl writes 0644 and logout leaves the file empty: taken over without asking, and made private.
    void writeAuthFileOverLoggedOutFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        QVERIFY(writeFile(path, QByteArray()));
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const auto result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Meshery"), "new-test-token");
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(contents(path), QByteArray("{\"meshery-provider\":\"Meshery\",\"token\":\"new-test-token\"}\n"));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("auth.json")});
    }

    void writeAuthFileAsksBeforeReplacing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        const QByteArray old("{\"meshery-provider\":\"Meshery\",\"token\":\"old-test-token\"}\n");
        QVERIFY(writeFile(path, old));

        auto result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Meshery"), "new-test-token");
        QVERIFY(!result.ok);
        QVERIFY(result.needsReplaceConfirmation);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY(!result.error.contains(QLatin1String("old-test-token")));
        QCOMPARE(contents(path), old);

        result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Meshery"), "new-test-token",
                                                MesheryctlFiles::ExistingFile::Replace);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.needsReplaceConfirmation);
        QCOMPARE(contents(path), QByteArray("{\"meshery-provider\":\"Meshery\",\"token\":\"new-test-token\"}\n"));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("auth.json")});
    }

    void writeAuthFileAsksBeforeReplacingSomethingElse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        const QByteArray old("not json at all");
        QVERIFY(writeFile(path, old));
        auto result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Meshery"), "new-test-token");
        QVERIFY(!result.ok);
        QVERIFY(result.needsReplaceConfirmation);
        QCOMPARE(contents(path), old);
        result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Meshery"), "new-test-token",
                                                MesheryctlFiles::ExistingFile::Replace);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(MesheryctlFiles::readAuthFile(path).value.token == "new-test-token");
    }

    // mesheryctl's spelling, not ours, stays: nothing is rewritten. Its 0644 does not: the token
    // was readable by everyone on the machine, and this write vouches for it.
    void writeAuthFileLeavesTheSameTokenButMakesItPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        const QByteArray old("{\"meshery-provider\": \"Meshery\", \"token\": \"same-test-token\"}\n");
        QVERIFY(writeFile(path, old));
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QDateTime modified = QFileInfo(path).lastModified();
        const auto result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Meshery"), "same-test-token");
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.needsReplaceConfirmation);
        QCOMPARE(contents(path), old);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("auth.json")});
    }

    // QSaveFile gives the new file the permissions of the one it replaces; a token that was
    // readable by others must not stay so.
    void writeAuthFileOverALooserFileMakesItPrivate_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644, as mesheryctl writes it") << 0644;
        QTest::newRow("0666") << 0666;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0755") << 0755;
    }

    void writeAuthFileOverALooserFileMakesItPrivate()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        QVERIFY(writeFile(path, "{\"meshery-provider\":\"Meshery\",\"token\":\"old-test-token\"}\n"));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
        const auto result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Meshery"), "new-test-token",
                                                           MesheryctlFiles::ExistingFile::Replace);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(MesheryctlFiles::readAuthFile(path).value.token, QByteArray("new-test-token"));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("auth.json")});
    }

    // What writeAuthFile would answer, without writing: the export asks before it touches config.yaml.
    void checkAuthFileWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        bool alreadyThere = true;
        auto result = MesheryctlFiles::checkAuthFile(path, QStringLiteral("Meshery"), "new-test-token",
                                                     MesheryctlFiles::ExistingFile::Keep, &alreadyThere);
        QVERIFY(result.ok);
        QVERIFY(!alreadyThere);
        QVERIFY(entries(dir.path()).isEmpty());

        const QByteArray old("{\"meshery-provider\":\"Meshery\",\"token\":\"old-test-token\"}\n");
        QVERIFY(writeFile(path, old));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        result = MesheryctlFiles::checkAuthFile(path, QStringLiteral("Meshery"), "new-test-token");
        QVERIFY(!result.ok);
        QVERIFY(result.needsReplaceConfirmation);
        result = MesheryctlFiles::checkAuthFile(path, QStringLiteral("Meshery"), "new-test-token",
                                                MesheryctlFiles::ExistingFile::Replace);
        QVERIFY(result.ok);
        result = MesheryctlFiles::checkAuthFile(path, QStringLiteral("Meshery"), "old-test-token",
                                                MesheryctlFiles::ExistingFile::Keep, &alreadyThere);
        QVERIFY(result.ok);
        QVERIFY(alreadyThere);
        QCOMPARE(contents(path), old);
        QCOMPARE(modeOf(path), 0604);
    }

    // The Local provider's file, as mesheryctl writes it: the provider and an empty token.
    void writeAuthFileOfTheLocalProvider()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        auto result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("None"), QByteArray());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(contents(path), QByteArray("{\"meshery-provider\":\"None\",\"token\":\"\"}\n"));
        QCOMPARE(modeOf(path), 0600);

        // The same sign-in under the other local name: mesheryctl's file stays as it is.
        const QDateTime modified = QFileInfo(path).lastModified();
        result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Local"), QByteArray());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(contents(path), QByteArray("{\"meshery-provider\":\"None\",\"token\":\"\"}\n"));
        QCOMPARE(QFileInfo(path).lastModified(), modified);

        // It holds no token, so a remote sign-in takes its place without asking...
        result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Meshery"), "remote-test-token");
        QVERIFY2(result.ok, qPrintable(result.error));
        // ...but a Local one asks before a token is lost.
        result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Local"), QByteArray());
        QVERIFY(!result.ok);
        QVERIFY(result.needsReplaceConfirmation);
        QCOMPARE(MesheryctlFiles::readAuthFile(path).value.token, QByteArray("remote-test-token"));
    }

    void writeAuthFileRefusesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        const auto result = MesheryctlFiles::writeAuthFile(path, QStringLiteral("Meshery"), QByteArray());
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    // --- Writing config.yaml -----------------------------------------------------------------

    void yamlCppKeepsInsertionOrder()
    {
        YAML::Node map(YAML::NodeType::Map);
        map["zeta"] = "1";
        map["alpha"] = "2";
        map["mid"] = "3";
        YAML::Emitter out;
        out << map;
        QCOMPARE(QByteArray(out.c_str()), QByteArray("zeta: 1\nalpha: 2\nmid: 3"));
        const YAML::Node loaded = YAML::Load("zeta: 1\nalpha: 2\nmid: 3\n");
        QCOMPARE(keysOf(loaded), (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")}));
    }

    void unchangedUpdateTouchesNothing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("shared");
        QTest::addColumn<bool>("makeCurrent");
        QTest::newRow("Meshery's token list") << sharedFile(QStringLiteral("config-token-list.yaml")) << true << true;
        QTest::newRow("two contexts") << ownFile(QStringLiteral("config-two-contexts.yaml")) << false << false;
    }

    void unchangedUpdateTouchesNothing()
    {
        QFETCH(QString, source);
        QFETCH(bool, shared);
        QFETCH(bool, makeCurrent);
        if (shared)
            REQUIRE_SHARED_FIXTURES();
        QTemporaryDir dir;
        const QString path = copyInto(dir, source);
        QVERIFY(!path.isEmpty());
        const QByteArray before = contents(path);

        MesheryctlFiles::ContextUpdate update;
        update.contextName = QStringLiteral("local");
        update.endpoint = QStringLiteral("http://localhost:9081/"); // the same server, spelled differently
        update.provider = QStringLiteral("Meshery");
        update.tokenName = QStringLiteral("default");
        update.tokenLocation = QStringLiteral("auth.json");
        update.makeCurrent = makeCurrent;
        const auto result = MesheryctlFiles::updateConfig(path, update);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(contents(path), before);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("config.yaml")});
        QCOMPARE(modeOf(path), 0644);
    }

    void addedContextKeepsEverythingElse()
    {
        REQUIRE_SHARED_FIXTURES();
        QTemporaryDir dir;
        const QString path = copyInto(dir, sharedFile(QStringLiteral("config-token-list.yaml")));
        QVERIFY(!path.isEmpty());
        const QByteArray before = contents(path);

        MesheryctlFiles::ContextUpdate update;
        update.contextName = QStringLiteral("meshery-example-test-9443");
        update.endpoint = QStringLiteral("https://meshery.example.test:9443");
        update.provider = QStringLiteral("Layer5");
        update.tokenName = QStringLiteral("meshery-example-test-9443");
        update.tokenLocation = QStringLiteral("meshery-example-test-9443.json");
        update.makeCurrent = true;
        const auto result = MesheryctlFiles::updateConfig(path, update);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(contents(path + QStringLiteral(".bak")), before);
        QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("config.yaml"), QStringLiteral("config.yaml.bak")}));
        QCOMPARE(modeOf(path), 0644);
        QCOMPARE(modeOf(path + QStringLiteral(".bak")), 0644);

        const auto config = MesheryctlFiles::readConfig(path);
        QVERIFY2(config.ok(), qPrintable(config.error));
        QCOMPARE(config.value.currentContext, update.contextName);
        QCOMPARE(contextNames(config.value), (QStringList{QStringLiteral("local"), update.contextName}));
        QCOMPARE(tokenNames(config.value),
                 (QStringList{QStringLiteral("default"), QStringLiteral("default2"), QStringLiteral("default3"),
                              QStringLiteral("default4"), update.tokenName}));
        for (const MesheryctlTokenEntry &entry : config.value.tokens.mid(0, 4))
            QCOMPARE(entry.location, QStringLiteral("auth.json"));
        const auto added = config.value.context(update.contextName);
        QCOMPARE(added->endpoint, update.endpoint);
        QCOMPARE(added->provider, update.provider);
        QCOMPARE(added->tokenName, update.tokenName);
        QCOMPARE(config.value.token(update.tokenName)->location, update.tokenLocation);

        // What this app does not own, in its original order.
        const YAML::Node root = YAML::LoadFile(path.toStdString());
        QCOMPARE(
            keysOf(root),
            (QStringList{QStringLiteral("contexts"), QStringLiteral("current-context"), QStringLiteral("tokens")}));
        const YAML::Node local = root["contexts"]["local"];
        QCOMPARE(keysOf(local),
                 (QStringList{QStringLiteral("endpoint"), QStringLiteral("token"), QStringLiteral("platform"),
                              QStringLiteral("components"), QStringLiteral("channel"), QStringLiteral("version"),
                              QStringLiteral("provider")}));
        QCOMPARE(local["components"].size(), std::size_t(1));
        QCOMPARE(textOf(local["components"][0]), QStringLiteral("meshery-istio"));
        QCOMPARE(textOf(local["channel"]), QStringLiteral("stable"));
        QCOMPARE(textOf(local["version"]), QStringLiteral("v0.5.10"));
        QCOMPARE(textOf(local["platform"]), QStringLiteral("docker"));
        // The new entry follows the file's key order (mesheryctl's: sorted).
        QCOMPARE(keysOf(root["tokens"][0]), (QStringList{QStringLiteral("location"), QStringLiteral("name")}));
        QCOMPARE(keysOf(root["tokens"][4]), (QStringList{QStringLiteral("location"), QStringLiteral("name")}));
    }

    void changedContextStaysInPlace()
    {
        QTemporaryDir dir;
        const QString path = copyInto(dir, ownFile(QStringLiteral("config-two-contexts.yaml")));
        QVERIFY(!path.isEmpty());
        const QByteArray before = contents(path);

        MesheryctlFiles::ContextUpdate update;
        update.contextName = QStringLiteral("local");
        update.endpoint = QStringLiteral("http://localhost:9090");
        update.provider = QStringLiteral("Layer5");
        update.tokenName = QStringLiteral("default");
        update.tokenLocation = QStringLiteral("0.9"); // would read back as a number unless quoted
        const auto result = MesheryctlFiles::updateConfig(path, update);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(contents(path + QStringLiteral(".bak")), before);

        const auto config = MesheryctlFiles::readConfig(path);
        QVERIFY2(config.ok(), qPrintable(config.error));
        QCOMPARE(config.value.currentContext, QStringLiteral("staging")); // not asked to change
        QCOMPARE(contextNames(config.value), (QStringList{QStringLiteral("local"), QStringLiteral("staging")}));
        QCOMPARE(config.value.contexts.at(0).endpoint, update.endpoint);
        QCOMPARE(config.value.contexts.at(0).provider, update.provider);
        QCOMPARE(config.value.token(QStringLiteral("default"))->location, QStringLiteral("0.9"));
        QCOMPARE(tokenNames(config.value), (QStringList{QStringLiteral("default"), QStringLiteral("staging")}));

        const YAML::Node root = YAML::LoadFile(path.toStdString());
        QCOMPARE(keysOf(root),
                 (QStringList{QStringLiteral("contexts"), QStringLiteral("current-context"), QStringLiteral("tokens"),
                              QStringLiteral("preferences")}));
        QCOMPARE(keysOf(root["contexts"]["local"]),
                 (QStringList{QStringLiteral("endpoint"), QStringLiteral("token"), QStringLiteral("platform"),
                              QStringLiteral("components"), QStringLiteral("channel"), QStringLiteral("version"),
                              QStringLiteral("provider")}));
        QCOMPARE(root["contexts"]["local"]["components"].size(), std::size_t(2));
        QCOMPARE(textOf(root["contexts"]["staging"]["adapters"][0]), QStringLiteral("meshery-nsm"));
        QCOMPARE(textOf(root["contexts"]["staging"]["channel"]), QStringLiteral("edge"));
        // Quoted values stay quoted, so that mesheryctl still reads strings.
        QCOMPARE(QString::fromStdString(root["preferences"]["anonymous-usage-stats"].Tag()), QStringLiteral("!"));
        QCOMPARE(QString::fromStdString(root["preferences"]["release"].Tag()), QStringLiteral("!"));
        QCOMPARE(QString::fromStdString(root["tokens"][0]["location"].Tag()), QStringLiteral("!"));
        QVERIFY(root["contexts"]["staging"]["adapters"].Style() == YAML::EmitterStyle::Flow);
        QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("config.yaml"), QStringLiteral("config.yaml.bak")}));
        // Of the comments, the block at the top survives.
        QVERIFY(contents(path).startsWith(before.left(before.indexOf('\n') + 1)));
        QVERIFY(before.startsWith("# "));
    }

    void newConfigInAPrivateFolder()
    {
        const QString folder = MesheryctlFiles::defaultFolder();
        QVERIFY(!QFileInfo::exists(folder));
        MesheryctlFiles::ContextUpdate update;
        update.contextName = QStringLiteral("localhost-9081");
        update.endpoint = QStringLiteral("http://localhost:9081");
        update.provider = QStringLiteral("Meshery");
        update.tokenName = QStringLiteral("localhost-9081");
        update.tokenLocation = QStringLiteral("auth-localhost-9081.json");
        const auto result = MesheryctlFiles::updateConfig(MesheryctlFiles::defaultConfigPath(), update);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(entries(folder), QStringList{QStringLiteral("config.yaml")});

        const auto config = MesheryctlFiles::readConfig(MesheryctlFiles::defaultConfigPath());
        QVERIFY2(config.ok(), qPrintable(config.error));
        // Not asked, but a file without a current context is of no use to mesheryctl.
        QCOMPARE(config.value.currentContext, update.contextName);
        QCOMPARE(config.value.contexts.size(), 1);
        QCOMPARE(config.value.token(update.tokenName)->location, update.tokenLocation);
        QCOMPARE(
            keysOf(YAML::LoadFile(MesheryctlFiles::defaultConfigPath().toStdString())),
            (QStringList{QStringLiteral("contexts"), QStringLiteral("current-context"), QStringLiteral("tokens")}));
        QVERIFY(QDir(folder).removeRecursively());
    }

    void refusedUpdates_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("contextName");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("tokenLocation");
        QTest::addColumn<QString>("expectedWords");
        const QString good = ownFile(QStringLiteral("config-two-contexts.yaml"));
        const QString url = QStringLiteral("http://localhost:9081");
        const QString location = QStringLiteral("auth.json");
        QTest::newRow("broken YAML") << ownFile(QStringLiteral("config-broken.yaml")) << QStringLiteral("local") << url
                                     << location << QStringLiteral("line ");
        QTest::newRow("wrong shape") << ownFile(QStringLiteral("config-wrong-shape.yaml")) << QStringLiteral("local")
                                     << url << location << QStringLiteral("\"contexts\"");
        QTest::newRow("upper case name") << good << QStringLiteral("Local") << url << location
                                         << QStringLiteral("\"Local\"");
        QTest::newRow("dotted name") << good << QStringLiteral("a.b") << url << location << QStringLiteral("\"a.b\"");
        QTest::newRow("empty name") << good << QString() << url << location << QStringLiteral("lower-case");
        QTest::newRow("ftp") << good << QStringLiteral("local") << QStringLiteral("ftp://localhost") << location
                             << QStringLiteral("ftp://");
        QTest::newRow("new entry without location")
            << good << QStringLiteral("local") << url << QString() << QStringLiteral("needs a location");
    }

    void refusedUpdates()
    {
        QFETCH(QString, source);
        QFETCH(QString, contextName);
        QFETCH(QString, endpoint);
        QFETCH(QString, tokenLocation);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        const QString path = copyInto(dir, source);
        QVERIFY(!path.isEmpty());
        const QByteArray before = contents(path);
        MesheryctlFiles::ContextUpdate update;
        update.contextName = contextName;
        update.endpoint = endpoint;
        update.tokenName = QStringLiteral("brand-new-entry");
        update.tokenLocation = tokenLocation;
        const auto result = MesheryctlFiles::updateConfig(path, update);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expectedWords), qPrintable(result.error));
        QCOMPARE(contents(path), before);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("config.yaml")});
    }

    // Updated, the same files were rewritten in full: minutes of work and gigabytes of output
    // for the billion laughs, a stack overflow for the alias to itself. Refused now, in a child
    // process that gets 10 s so that a broken guard cannot hang the suite, and nothing is written.
    void aliasBombsAreRefusedOnUpdate_data() { aliasBombsAreRefusedOnRead_data(); }

    void aliasBombsAreRefusedOnUpdate()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        QVERIFY(writeFile(path, text));
        const QString error = updateInAChild(path);
        QVERIFY2(error.contains(path) && error.contains(expectedWords), qPrintable(error));
        QCOMPARE(contents(path), text);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("config.yaml")});
    }

    // The folder is made 0700 only when this app creates it: the user's own stays as it is.
    void updateLeavesAnExistingFolderAlone()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral(".meshery"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther));
        const auto result =
            MesheryctlFiles::updateConfig(folder + QStringLiteral("/config.yaml"), addedRemoteContext());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(modeOf(folder), 0755);
    }

    // --- Both ways ---------------------------------------------------------------------------

    void exportThenImport_data()
    {
        QTest::addColumn<QString>("tokenSource"); // an auth.json whose token is exported
        QTest::addColumn<bool>("shared");
        QTest::newRow("Meshery's token") << sharedFile(QStringLiteral("auth.json")) << true;
        QTest::newRow("own token") << ownFile(QStringLiteral("auth-staging.json")) << false;
    }

    void exportThenImport()
    {
        QFETCH(QString, tokenSource);
        QFETCH(bool, shared);
        if (shared)
            REQUIRE_SHARED_FIXTURES();
        const auto source = MesheryctlFiles::readAuthFile(tokenSource);
        QVERIFY2(source.ok(), qPrintable(source.error));

        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("config.yaml"));
        const QUrl server(QStringLiteral("https://meshery.example.test:9443"));
        const QString name = MesheryctlFiles::contextNameFor(server);
        const QString tokenFile = QStringLiteral("auth-%1.json").arg(name);

        const auto written =
            MesheryctlFiles::writeAuthFile(dir.filePath(tokenFile), QStringLiteral("Layer5"), source.value.token);
        QVERIFY2(written.ok, qPrintable(written.error));
        MesheryctlFiles::ContextUpdate update;
        update.contextName = name;
        update.endpoint = server.toString();
        update.provider = QStringLiteral("Layer5");
        update.tokenName = name;
        update.tokenLocation = tokenFile;
        update.makeCurrent = true;
        const auto updated = MesheryctlFiles::updateConfig(configPath, update);
        QVERIFY2(updated.ok, qPrintable(updated.error));
        QCOMPARE(entries(dir.path()), (QStringList{tokenFile, QStringLiteral("config.yaml")}));

        const auto report = MesheryctlFiles::importAll(configPath, dir.path());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.warnings.isEmpty());
        QCOMPARE(report.contexts.size(), 1);
        const auto &imported = report.contexts.first();
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
        QCOMPARE(imported.context.name, name);
        QCOMPARE(imported.context.endpoint, server.toString());
        QCOMPARE(imported.context.provider, QStringLiteral("Layer5"));
        QCOMPARE(imported.auth.provider, QStringLiteral("Layer5"));
        QCOMPARE(imported.auth.token, source.value.token);
        QCOMPARE(imported.tokenPath, dir.filePath(tokenFile));

        // The same export again changes nothing at all.
        const QByteArray config = contents(configPath);
        QVERIFY(MesheryctlFiles::updateConfig(configPath, update).ok);
        QVERIFY(
            MesheryctlFiles::writeAuthFile(dir.filePath(tokenFile), QStringLiteral("Layer5"), source.value.token).ok);
        QCOMPARE(contents(configPath), config);
        QCOMPARE(entries(dir.path()), (QStringList{tokenFile, QStringLiteral("config.yaml")}));
    }
};

QTEST_GUILESS_MAIN(TestMesheryctlFiles)
#include "TestMesheryctlFiles.moc"
