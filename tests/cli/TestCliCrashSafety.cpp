// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-cli killed with SIGKILL at random moments of a login (token store and profile
// save), `mesheryctl import`, `mesheryctl export` and `profiles add`, many times over. After
// each kill: the settings file, config.yaml and auth.json are the old or the new whole file; the
// stored token is one that was issued, whole (or a clear error); and once the CLI has started
// again, every entry name the vault's index holds is in the keychain, and every keychain entry
// of the test's server is named in the index. The seed is printed; MESHERY_CRASH_SEED and
// MESHERY_CRASH_ITERATIONS repeat or lengthen a run.
#include "CliTestCase.h"
#include "MesheryctlFiles.h"

#include <QRandomGenerator>

#include <set>

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void restore(const QString &path, const QByteArray &content)
{
    QFile::remove(path);
    if (content.isNull())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("could not restore %s", qPrintable(path));
}

} // namespace

class TestCliCrashSafety : public CliTestCase
{
    Q_OBJECT

private:
    enum class Step { Login, Export, Import, AddProfile };
    static const char *nameOf(Step step)
    {
        switch (step) {
        case Step::Login:
            return "login";
        case Step::Export:
            return "mesheryctl export";
        case Step::Import:
            return "mesheryctl import";
        case Step::AddProfile:
            return "profiles add";
        }
        return "";
    }

    QString m_config; // mesheryctl's config.yaml; auth.json beside it
    QString authFile() const { return QFileInfo(m_config).dir().filePath(QStringLiteral("auth.json")); }
    std::set<QByteArray> m_issued; // every token a login was given

    QByteArray newToken(int serial)
    {
        // Every other token needs several keychain chunks (its user name makes it long).
        const QString user = serial % 2 ? QStringLiteral("crash%1-").arg(serial) + QString(5000, QLatin1Char('u'))
                                        : QStringLiteral("crash%1").arg(serial);
        const QByteArray token = m_server->issueToken(user);
        m_issued.insert(token);
        return token;
    }

    QStringList argumentsFor(Step step, int serial) const
    {
        switch (step) {
        case Step::Login:
            return {QStringLiteral("--server"), url(),
                    QStringLiteral("login"),    QStringLiteral("--provider"),
                    QStringLiteral("Meshery"),  QStringLiteral("--token-stdin")};
        case Step::Export:
            return {QStringLiteral("mesheryctl"), QStringLiteral("export"),
                    QStringLiteral("--config"),   m_config,
                    QStringLiteral("--context"),  QStringLiteral("crash-%1").arg(serial)};
        case Step::Import:
            return {QStringLiteral("mesheryctl"), QStringLiteral("import"), QStringLiteral("--config"), m_config};
        case Step::AddProfile:
            return {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("crash-%1").arg(serial),
                    QStringLiteral("http://127.0.0.1:%1/crash-%2").arg(m_server->baseUrl().port()).arg(serial),
                    QStringLiteral("--allow-http")};
        }
        return {};
    }

    // The settings as a whole file: readable, and every profile the old file had still there.
    static bool wholeSettings(const QString &path, const QStringList &profileIdsBefore, QString *why)
    {
        const QByteArray content = contentOf(path);
        if (content.isEmpty() || !content.endsWith('\n')) {
            *why = QStringLiteral("settings file empty or cut short");
            return false;
        }
        QSettings settings(path, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError) {
            *why = QStringLiteral("settings file unreadable");
            return false;
        }
        ProfileStore store(&settings);
        QStringList ids;
        for (const ServerProfile &profile : store.profiles())
            ids << profile.id;
        for (const QString &id : profileIdsBefore) {
            if (!ids.contains(id)) {
                *why = QStringLiteral("profile %1 lost").arg(id);
                return false;
            }
        }
        return true;
    }

    static QStringList profileIds(const QString &path)
    {
        QSettings settings(path, QSettings::IniFormat);
        QStringList ids;
        for (const ServerProfile &profile : ProfileStore(&settings).profiles())
            ids << profile.id;
        return ids;
    }

    // Every name in the index, with the profile that owns it.
    static QStringList indexedNames(const QString &settingsPath, QStringList *unsettled)
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        *unsettled = settings.value(QStringLiteral("keychainIndexUnsettled")).toStringList();
        settings.beginGroup(QStringLiteral("keychainIndex"));
        QStringList names;
        for (const QString &profile : settings.childKeys())
            names << settings.value(profile).toStringList();
        return names;
    }

    // The names of the keychain entries of our service that belong to this test's server.
    QStringList keychainNamesOfServer() const
    {
        QProcess search;
        search.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                      TokenVault::defaultService()});
        if (!search.waitForFinished(15000))
            return {QStringLiteral("(secret-tool did not answer)")};
        // Only the names are read from what it prints; the secrets are never shown.
        QStringList names;
        const QList<QByteArray> lines = (search.readAllStandardOutput() + search.readAllStandardError()).split('\n');
        for (const QByteArray &line : lines) {
            const QByteArray prefix = "attribute.user = ";
            if (line.startsWith(prefix) && line.contains(m_server->baseUrl().authority().toUtf8()))
                names << QString::fromUtf8(line.mid(prefix.size()));
        }
        return names;
    }

private slots:
    void killedAtRandomPointsLeavesWholeFiles()
    {
        bool seedGiven = false;
        const quint32 seed = quint32(qEnvironmentVariableIntValue("MESHERY_CRASH_SEED", &seedGiven));
        const quint32 usedSeed = seedGiven ? seed : QRandomGenerator::global()->generate();
        const int iterations = qEnvironmentVariableIsSet("MESHERY_CRASH_ITERATIONS")
            ? qEnvironmentVariableIntValue("MESHERY_CRASH_ITERATIONS")
            : 150;
        qInfo("crash safety: seed %u, %d iterations (MESHERY_CRASH_SEED=%u repeats this run)", usedSeed, iterations,
              usedSeed);
        QRandomGenerator random(usedSeed);

        QTemporaryDir meshery;
        m_config = meshery.filePath(QStringLiteral("config.yaml"));
        const QString settingsPath = Core::settingsFile;

        // The first state: signed in, exported once. Each step's usual length, measured
        // uninterrupted, bounds its random kill delay.
        const QByteArray first = newToken(0);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(run(argumentsFor(Step::Login, 0), first + '\n').exitCode == 0, "the first login failed");
        const qint64 loginMs = clock.restart();
        QVERIFY(run(argumentsFor(Step::Export, 0)).exitCode == 0);
        const qint64 exportMs = clock.restart();
        QVERIFY(run(argumentsFor(Step::Import, 0)).exitCode == 0);
        const qint64 importMs = clock.restart();
        QVERIFY(run(argumentsFor(Step::AddProfile, 0)).exitCode == 0);
        const qint64 addMs = clock.restart();
        qInfo("uninterrupted: login %lld ms, export %lld ms, import %lld ms, profiles add %lld ms", loginMs, exportMs,
              importMs, addMs);

        QElapsedTimer total;
        total.start();
        int killedRunning = 0; // the rest had finished before their delay was up
        int changedSettings = 0; // kills after which the settings were the new file
        for (int i = 1; i <= iterations; ++i) {
            const Step step = Step(random.bounded(4));
            const qint64 usual = step == Step::Login ? loginMs
                : step == Step::Export               ? exportMs
                : step == Step::Import               ? importMs
                                                     : addMs;
            const int delayMs = random.bounded(int(usual * 5 / 4) + 1);
            const QString where = QStringLiteral("iteration %1 (%2, killed after %3 ms, seed %4)")
                                      .arg(i)
                                      .arg(QLatin1String(nameOf(step)))
                                      .arg(delayMs)
                                      .arg(usedSeed);

            const QByteArray settingsBefore = contentOf(settingsPath);
            const QStringList idsBefore = profileIds(settingsPath);
            const QByteArray configBefore = contentOf(m_config);
            const QByteArray authBefore = contentOf(authFile());
            // The new whole files an export would write: an uninterrupted run from the same state.
            QByteArray configAfter;
            QByteArray authAfter;
            if (step == Step::Export) {
                QVERIFY(run(argumentsFor(step, i)).exitCode == 0);
                configAfter = contentOf(m_config);
                authAfter = contentOf(authFile());
                restore(m_config, configBefore);
                restore(authFile(), authBefore);
            }

            const QByteArray input = step == Step::Login ? newToken(i) + '\n' : QByteArray();
            QProcess process;
            process.setProcessEnvironment(environment());
            process.start(QStringLiteral(MESHERY_AUTH_CLI_EXE), argumentsFor(step, i));
            process.write(input);
            process.closeWriteChannel();
            QTest::qWait(delayMs); // the test server answers meanwhile
            if (process.state() != QProcess::NotRunning) {
                process.kill(); // SIGKILL
                ++killedRunning;
            }
            QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000));

            // The files: old or new, whole.
            QString why;
            const QByteArray settingsNow = contentOf(settingsPath);
            changedSettings += settingsNow != settingsBefore;
            QVERIFY2(settingsNow == settingsBefore || wholeSettings(settingsPath, idsBefore, &why),
                     qPrintable(where + QStringLiteral(": ") + why));
            const QByteArray configNow = contentOf(m_config);
            const QByteArray authNow = contentOf(authFile());
            if (step == Step::Export) {
                QVERIFY2(configNow == configBefore || configNow == configAfter,
                         qPrintable(where + QStringLiteral(": config.yaml is neither the old nor the new file")));
                QVERIFY2(authNow == authBefore || authNow == authAfter,
                         qPrintable(where + QStringLiteral(": auth.json is neither the old nor the new file")));
            } else {
                QVERIFY2(configNow == configBefore && authNow == authBefore,
                         qPrintable(where + QStringLiteral(": mesheryctl's files changed")));
            }

            // The next start: it repairs the index; then names and entries match.
            const CliRun started = run({QStringLiteral("profiles"), QStringLiteral("--json")});
            QVERIFY2(started.exitCode == 0, qPrintable(where + QString::fromUtf8(started.describe())));
            QStringList unsettled;
            const QStringList indexed = indexedNames(settingsPath, &unsettled);
            QVERIFY2(unsettled.isEmpty(), qPrintable(where + QStringLiteral(": left unsettled after a start")));
            for (const QString &name : indexed) {
                QVERIFY2(SecretTool::lookup(TokenVault::defaultService(), name).found,
                         qPrintable(where + QStringLiteral(": the index names a missing entry ") + name));
            }
            const QStringList stored = keychainNamesOfServer();
            for (const QString &name : stored) {
                QVERIFY2(indexed.contains(name),
                         qPrintable(where + QStringLiteral(": an entry no index names: ") + name));
            }

            // The token: one that was issued, whole, or a clear error.
            const CliRun printed = run({QStringLiteral("--server"), url(), QStringLiteral("token")});
            if (printed.exitCode == 0) {
                QVERIFY2(m_issued.count(printed.out.trimmed()) == 1,
                         qPrintable(where + QStringLiteral(": the stored token is not one that was issued")));
            } else {
                QVERIFY2(!printed.err.trimmed().isEmpty(), qPrintable(where + QStringLiteral(": failed silently")));
            }
        }
        qInfo("crash safety: %d iterations in %lld s, seed %u: passed; %d killed while running, settings new after %d",
              iterations, total.elapsed() / 1000, usedSeed, killedRunning, changedSettings);
        // A run whose kills all came too late would prove nothing.
        QVERIFY(killedRunning > iterations / 3);

        // Leave the shared keyring as found.
        for (const QString &name : keychainNamesOfServer())
            SecretTool::clear(TokenVault::defaultService(), name);
    }
};

QTEST_GUILESS_MAIN(TestCliCrashSafety)
#include "TestCliCrashSafety.moc"
