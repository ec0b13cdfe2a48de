// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every TestCli* program shares: meshery-auth-cli as a user runs it, a separate process
// against the Meshery test server (in the test process) and the real keychain, with a settings
// folder of its own per test function; and the window's core on the same settings file and
// keychain, to check that each sees what the other stored. The programs, one per command group,
// check what the CLI prints (text and the JSON documents of docs/cli.md), its exit codes for each
// class of failure, and what it stores.
#include "CliRunner.h"
#include "JobResult.h"
#include "MesheryTestServer.h"
#include "ProfileStore.h"
#include "SecretTool.h"
#include "TokenVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace MesheryAuth;
using MesheryTest::FaultKind;
using MesheryTest::MesheryTestServer;

// The core objects of the window, on the same settings file and keychain as the CLI. Opened
// afresh each time, so they read what the CLI process has just written.
struct Core {
    // Where the CLI, given XDG_CONFIG_HOME=<the test's home>/.config, keeps its settings (the
    // place AppSettings names). The test process never changes its own environment for it.
    static inline QString settingsFile;
    static QString settingsFileIn(const QTemporaryDir &home)
    {
        return home.filePath(QStringLiteral(".config/meshery-auth/meshery-auth.conf"));
    }

    std::unique_ptr<QSettings> settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    ProfileStore profiles{settings.get()};
    TokenVault vault{settings.get()};

    static VaultResult resultOf(VaultJob *job)
    {
        return TestSupport::resultOf<VaultResult>(job).value_or(
            VaultResult::failed(ApiError(ApiError::Kind::Timeout, QStringLiteral("test: the vault never answered"))));
    }
    VaultResult load(const ServerProfile &profile) { return resultOf(vault.load(profile.tokenSlot())); }
    VaultResult store(const ServerProfile &profile, const QByteArray &token)
    {
        return resultOf(vault.store(profile.tokenSlot(), token));
    }
};

// The base of every TestCli* class: its init() and cleanup() run around each test function.
class CliTestCase : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<MesheryTestServer> m_server;
    QList<QUrl> m_serversUsed;

    QString url() const { return m_server->baseUrl().toString(); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home->path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
        return environment;
    }

    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return CliProcess(environment(), arguments, input).wait();
    }

    // As the window leaves things after a sign-in: the test server's profile (provider Meshery),
    // current, with token in the keychain; saved: that profile. False when the settings or the
    // keychain refused.
    bool signedInAsCurrent(const QByteArray &token, ServerProfile *saved = nullptr)
    {
        ServerProfile profile = ProfileStore::draft(m_server->baseUrl());
        profile.provider = QStringLiteral("Meshery");
        Core core;
        if (!core.profiles.save(profile).isOk())
            return false;
        core.profiles.setCurrentId(profile.id);
        if (saved)
            *saved = profile;
        return core.store(profile, token).isOk();
    }

    // Signs in with a fresh token through `login --token-stdin`; the token, or empty on failure.
    QByteArray logInWithCli(const QString &user = QStringLiteral("ada"))
    {
        const QByteArray token = m_server->issueToken(user);
        const CliRun result =
            run({QStringLiteral("--server"), url(), QStringLiteral("login"), QStringLiteral("--provider"),
                 QStringLiteral("Meshery"), QStringLiteral("--token-stdin")},
                token + '\n');
        if (result.exitCode != 0) {
            qWarning("login failed: %s", result.describe().constData());
            return {};
        }
        return token;
    }

    ServerProfile currentProfile() { return Core().profiles.current().value_or(ServerProfile()); }

    static QString keyOf(const QUrl &server, const QString &provider)
    {
        return TokenSlot{{}, server, provider}.keychainKey();
    }

    // Runs the CLI under GNU time and returns its peak resident memory in KiB, as the kernel
    // counted it for that one process: exact, with no sampling to miss a short peak.
    qint64 peakMemoryKiB(const QStringList &arguments)
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("maxrss"));
        const CliRun result = CliProcess(environment(), arguments, {},
                                         {QStringLiteral("/usr/bin/time"), QStringLiteral("-f"), QStringLiteral("%M"),
                                          QStringLiteral("-o"), report})
                                  .wait();
        QFile file(report);
        if (!result.finished || !file.open(QIODevice::ReadOnly))
            return -1;
        return file.readAll().trimmed().split('\n').constLast().toLongLong();
    }

    // A stand-in program, first on PATH in the environment it returns: a script in a folder beside
    // the test's own executable, where programs may run (a temporary folder may be noexec).
    static QProcessEnvironment withFakeProgram(const QProcessEnvironment &base, const QTemporaryDir &bin,
                                               const QString &name, const QByteArray &script)
    {
        QFile program(bin.filePath(name));
        if (!program.open(QIODevice::WriteOnly) || program.write("#!/bin/sh\n" + script) < 0)
            qWarning("could not write the stand-in %s", qPrintable(name));
        program.close();
        program.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment environment = base;
        environment.insert(QStringLiteral("PATH"), bin.path() + QLatin1Char(':') + base.value(QStringLiteral("PATH")));
        return environment;
    }

    static bool noSecretIn(const CliRun &result, const QByteArray &secret)
    {
        return !result.out.contains(secret) && !result.err.contains(secret);
    }

    static QJsonObject parseObject(const QByteArray &json)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), json.constData());
        return document.object();
    }

    // A value a token could have, that must never appear in output when given as an argument.
    static inline const QByteArray ArgumentSecret =
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcmd1bWVudCJ9.c2VjcmV0LWFyZ3VtZW50";

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        // The in-process core reads the same settings file as the CLI process.
        Core::settingsFile = Core::settingsFileIn(*m_home);
        m_server = std::make_unique<MesheryTestServer>();
        QVERIFY(m_server->start());
        m_serversUsed << m_server->baseUrl();
    }

    void cleanup()
    {
        // The keyring is shared by every test: leave no entry a later server on the same port
        // could find.
        for (const QUrl &server : std::as_const(m_serversUsed)) {
            for (const QString &provider : {QStringLiteral("Meshery"), QStringLiteral("None"), QStringLiteral("Local")})
                SecretTool::clear(TokenVault::defaultService(), keyOf(server, provider));
        }
        m_serversUsed.clear();
        m_server.reset();
        m_home.reset();
    }
};
