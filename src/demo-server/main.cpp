// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// meshery-auth-demo-server: the Meshery-compatible server as a program, for trying the app without
// a real Meshery and for out-of-process tests (which pass --test-controls). Prints
// "listening on <url>" once it is ready.
#include "MesheryTestServer.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace MesheryTest;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "meshery-auth-demo-server: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meshery-auth-demo-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A Meshery-compatible HTTP server for the Meshery Auth demo and its tests: Meshery's API, a fake\n"
        "remote provider whose login accepts any user name with the configured password, and, with\n"
        "--test-controls only, injectable faults."));
    parser.addHelpOption();
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                           QStringLiteral("A"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on; 0 picks a free one (default 0)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tlsOption(
        QStringLiteral("tls"),
        QStringLiteral("Serve https with a fresh self-signed certificate (or --tls-certificate)."));
    const QCommandLineOption certificateOption(
        QStringLiteral("tls-certificate"),
        QStringLiteral("Serve https with this PEM certificate (and chain) instead of a self-signed one; "
                       "needs --tls-key, implies --tls."),
        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
                                       QStringLiteral("The unencrypted PEM private key of --tls-certificate."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption clientCaOption(
        QStringLiteral("client-ca"),
        QStringLiteral("Require a client certificate issued by a CA in this PEM file (mutual TLS); implies --tls."),
        QStringLiteral("FILE"));
    const QCommandLineOption snakeOption(QStringLiteral("snake-case"),
                                         QStringLiteral("Answer snake_case JSON fields, like older servers."));
    const QCommandLineOption localNameOption(
        QStringLiteral("local-name"), QStringLiteral("Name of the local provider: None or Local (default None)."),
        QStringLiteral("None|Local"), QStringLiteral("None"));
    const QCommandLineOption otherRemoteOption(
        QStringLiteral("other-remote-provider"),
        QStringLiteral("List a further remote provider of this name, which signs in like the first. Repeatable."),
        QStringLiteral("NAME"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
                                            QStringLiteral("Lifetime of issued tokens in seconds (default 3600)."),
                                            QStringLiteral("SECS"), QStringLiteral("3600"));
    const QCommandLineOption refreshOption(
        QStringLiteral("refresh-tokens"),
        QStringLiteral("Send a fresh token cookie with every authenticated API answer."));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            QStringLiteral("Password of the fake provider login (default meshery)."),
                                            QStringLiteral("P"), QStringLiteral("meshery"));
    const QCommandLineOption capabilitiesOption(
        QStringLiteral("capabilities"),
        QStringLiteral("Features the remote provider lists as capabilities, comma-separated; \"none\" for none "
                       "(default %1). Without organizations or workspaces those calls are refused, as Meshery does.")
            .arg(ServerOptions::defaultRemoteCapabilities().join(QLatin1Char(','))),
        QStringLiteral("LIST"));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"),
        QStringLiteral("Act as a server that cannot look for a newer release: /api/system/version "
                       "answers 500, /healthz/* still answer ok."));
    const QCommandLineOption testControlsOption(
        QStringLiteral("test-controls"),
        QStringLiteral("For tests: answer POST /_test/faults?path=P&kind=K[&delay=MS], DELETE /_test/faults, "
                       "POST /_test/token?user=NAME[&lifetime=SECS], POST /_test/revoke-all, and take --fault. "
                       "Without it those paths answer 404."));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral(
            "Inject a fault (needs --test-controls), e.g. /api/user=html or *=delay:500. Kinds: delay, meshkit500, "
            "text500, 503, 401, 403, html, malformed, oversized, drop, anonymous, "
            "badcookie, foreigncookie, badecho, endless, hugepages, refused, redirect, meshkit503, huge, "
            "endlesschunked, redirectloop, dropmidbody. Repeatable."),
        QStringLiteral("PATH=KIND[:MS]"));
    parser.addOptions({addressOption, portOption, tlsOption, certificateOption, keyOption, clientCaOption, snakeOption,
                       localNameOption, otherRemoteOption, lifetimeOption, refreshOption, passwordOption,
                       capabilitiesOption, offlineOption, testControlsOption, faultOption});
    parser.process(app);

    ServerOptions options;
    if (!options.address.setAddress(parser.value(addressOption)))
        return fail(QStringLiteral("--address: \"%1\" is not an IP address").arg(parser.value(addressOption)));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port: \"%1\" is not a port number").arg(parser.value(portOption)));
    options.port = static_cast<quint16>(port);
    options.certificateFile = parser.value(certificateOption);
    options.privateKeyFile = parser.value(keyOption);
    options.clientCaFile = parser.value(clientCaOption);
    for (const QCommandLineOption *fileOption : {&certificateOption, &keyOption, &clientCaOption}) {
        if (parser.isSet(*fileOption) && parser.value(*fileOption).isEmpty())
            return fail(QStringLiteral("--%1 needs a file name").arg(fileOption->names().constFirst()));
    }
    if (parser.isSet(certificateOption) != parser.isSet(keyOption))
        return fail(QStringLiteral("--tls-certificate and --tls-key go together"));
    options.tls = parser.isSet(tlsOption) || parser.isSet(certificateOption) || parser.isSet(clientCaOption);
    options.spelling = parser.isSet(snakeOption) ? FieldSpelling::SnakeCase : FieldSpelling::CamelCase;
    options.localProviderName = parser.value(localNameOption);
    if (options.localProviderName.isEmpty())
        return fail(QStringLiteral("--local-name must not be empty"));
    options.otherRemoteProviders = parser.values(otherRemoteOption);
    for (const QString &key : std::as_const(options.otherRemoteProviders)) {
        const bool local = key.compare(options.localProviderName, Qt::CaseInsensitive) == 0
            || key.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0
            || key.compare(QLatin1String("Local"), Qt::CaseInsensitive) == 0;
        if (key.isEmpty() || key == options.remoteProviderKey || local)
            return fail(QStringLiteral("--other-remote-provider: \"%1\" is not a new remote provider name").arg(key));
    }
    options.tokenLifetimeSecs = parser.value(lifetimeOption).toLongLong(&ok);
    if (!ok)
        return fail(
            QStringLiteral("--token-lifetime: \"%1\" is not a number of seconds").arg(parser.value(lifetimeOption)));
    options.refreshTokens = parser.isSet(refreshOption);
    options.password = parser.value(passwordOption);
    if (parser.isSet(capabilitiesOption)) {
        const QString list = parser.value(capabilitiesOption).trimmed();
        options.remoteCapabilities.clear();
        if (list != QLatin1String("none")) {
            for (const QString &feature : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
                options.remoteCapabilities.append(feature.trimmed());
        }
    }
    options.offline = parser.isSet(offlineOption);
    options.testControls = parser.isSet(testControlsOption);
    if (parser.isSet(faultOption) && !options.testControls)
        return fail(QStringLiteral("--fault needs --test-controls"));

    QList<FaultSpec> faults;
    for (const QString &text : parser.values(faultOption)) {
        QString error;
        const std::optional<FaultSpec> spec = parseFaultSpec(text, &error);
        if (!spec)
            return fail(error);
        faults.append(*spec);
    }

    MesheryTestServer server(options);
    for (const FaultSpec &spec : faults)
        server.setFault(spec.path, spec.fault);
    QString error;
    if (!server.start(&error))
        return fail(error);

    UnixSignalWatcher signalWatcher;
    if (!signalWatcher.watchTerminationSignals())
        return fail(QStringLiteral("cannot watch SIGTERM/SIGINT"));
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app, &QCoreApplication::quit);

    // Paths only: query strings can carry tokens, which never go to a log.
    QObject::connect(&server, &MesheryTestServer::requestReceived, [](const RecordedRequest &request) {
        std::fprintf(stderr, "%s %s\n", request.method.constData(), qPrintable(request.path));
    });

    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
