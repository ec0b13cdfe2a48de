// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "CommandLine.h"

#include "CliContext.h"
#include "ConnectionTestCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "MesheryctlCommand.h"
#include "OrgsCommand.h"
#include "ProfilesCommand.h"
#include "ProvidersCommand.h"
#include "ServerProfile.h"
#include "StatusCommand.h"
#include "TokenCommand.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace MesheryAuth::Cli {

namespace {

QString programName()
{
    return QCoreApplication::applicationName();
}

// QCommandLineParser's first help line names the executable by its path and lists options in
// the wrong place for subcommands: our own usage lines replace it.
QString withUsage(QString help, const QStringList &usageLines)
{
    const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
    QStringList lines;
    for (const QString &usage : usageLines)
        lines << QCoreApplication::translate("MesheryAuth::Cli::CommandLine", "Usage: %1").arg(usage);
    return lines.join(QLatin1Char('\n')) + help.mid(firstLineEnd);
}

// A secret passed as an option would already be in the shell history; say so clearly.
bool asksForTokenArgument(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--token") || argument.startsWith(QLatin1String("--token=")))
            return true;
    }
    return false;
}

// Something typed is named back only when it looks like a word: it might be a pasted secret.
bool looksLikeAWord(const QString &typed)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,31}$"));
    return word.match(typed).hasMatch();
}

// QCommandLineParser's own text quotes an unknown option whole ("Unknown option 'eyJ...'").
QString parseError(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText(); // about an option of ours: it names only that option
    const QString name = unknown.constFirst();
    return looksLikeAWord(name)
        ? QCoreApplication::translate("MesheryAuth::Cli::CommandLine", "Unknown option \"%1\".").arg(name)
        : QCoreApplication::translate("MesheryAuth::Cli::CommandLine", "Unknown option.");
}

// Our own rather than addHelpOption(): that one also offers --help-all, about Qt's GUI options.
QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("MesheryAuth::Cli::CommandLine", "Show this help."));
}

} // namespace

CommandLine::CommandLine(QObject *parent)
    : QObject(parent)
    , m_context(new CliContext(this))
    , m_global{
          QCommandLineOption(
              QStringLiteral("server"),
              tr("The Meshery server to use; a new address is saved as a profile when a login succeeds."), tr("URL")),
          QCommandLineOption(QStringLiteral("profile"), tr("The saved profile to use, by name."), tr("NAME")),
          QCommandLineOption(QStringLiteral("timeout"),
                             tr("Time limit of each request, %1 to %2 seconds (default: the profile's, %3).")
                                 .arg(ServerProfile::MinTimeoutSeconds)
                                 .arg(ServerProfile::MaxTimeoutSeconds)
                                 .arg(ServerProfile::DefaultTimeoutSeconds),
                             tr("SECONDS")),
      }
{
    m_commands = {
        new ProvidersCommand(m_context, this),  new LoginCommand(m_context, this),
        new StatusCommand(m_context, this),     new TokenCommand(m_context, this),
        new OrgsCommand(m_context, this),       new ConnectionTestCommand(m_context, this),
        new LogoutCommand(m_context, this),     new ProfilesCommand(m_context, this),
        new MesheryctlCommand(m_context, this),
    };
    for (Command *command : std::as_const(m_commands)) {
        connect(command, &Command::finished, this, [this](int exitCode) {
            // A renewed token still being written is waited for: the run must not end before it.
            if (m_context->isIdle())
                emit finished(exitCode);
            else
                connect(
                    m_context, &CliContext::idle, this, [this, exitCode] { emit finished(exitCode); },
                    Qt::SingleShotConnection);
        });
    }
}

CommandLine::~CommandLine() = default;

void CommandLine::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_global.server);
    parser.addOption(m_global.profile);
    parser.addOption(m_global.timeout);
}

Command *CommandLine::command(const QString &name) const
{
    for (Command *command : m_commands) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

int CommandLine::usageError(const QString &message, const QString &hint) const
{
    m_context->output().error(CliError::usage(message, hint));
    return int(ExitCode::Usage);
}

std::optional<int> CommandLine::start(const QStringList &arguments)
{
    const Invocation invocation = parse(arguments);
    if (invocation.exitCode)
        return invocation.exitCode;
    invocation.command->run(*invocation.options);
    return std::nullopt;
}

CommandLine::Invocation CommandLine::parse(const QStringList &arguments)
{
    Output &output = m_context->output();
    // Asked for JSON: usage errors found before the command parses its options answer in JSON too.
    output.setJson(arguments.contains(QStringLiteral("--json")));
    if (asksForTokenArgument(arguments)) {
        return {usageError(tr("Tokens are never accepted as command-line arguments: they would stay in your shell "
                              "history and show in process lists."),
                           tr("Pipe the token in instead: meshery-auth-cli login --provider KEY --token-stdin"))};
    }

    QCommandLineParser global;
    global.setApplicationDescription(
        tr("Meshery Auth from the terminal: sign in to Meshery servers and use their tokens."));
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(global);
    const QCommandLineOption help = helpOption();
    global.addOption(help);
    const QCommandLineOption version = global.addVersionOption();
    global.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."), tr("COMMAND"));
    if (!global.parse(arguments))
        return {usageError(parseError(global))};
    if (global.isSet(version)) {
        output.line(QStringLiteral("%1 %2").arg(programName(), QCoreApplication::applicationVersion()));
        return {int(ExitCode::Ok)};
    }
    if (global.isSet(help)) {
        output.bytes(mainHelp(global).toUtf8());
        return {int(ExitCode::Ok)};
    }
    const QStringList rest = global.positionalArguments();
    if (rest.isEmpty()) {
        output.note(mainHelp(global).trimmed());
        return {int(ExitCode::Usage)};
    }

    Command *chosen = command(rest.constFirst());
    if (!chosen) {
        const QString typed = rest.constFirst();
        return {usageError(looksLikeAWord(typed) ? tr("Unknown command \"%1\".").arg(typed) : tr("Unknown command."))};
    }

    auto options = std::make_unique<QCommandLineParser>();
    QCommandLineParser &local = *options;
    local.setApplicationDescription(chosen->summary());
    addGlobalOptions(local);
    const QCommandLineOption commandHelpOption = helpOption();
    local.addOption(commandHelpOption);
    chosen->addOptions(local);
    if (!local.parse(QStringList{arguments.value(0)} + rest.mid(1)))
        return {usageError(parseError(local), tr("See meshery-auth-cli %1 --help.").arg(chosen->name()))};
    if (local.isSet(commandHelpOption)) {
        output.bytes(commandHelp(local, *chosen).toUtf8());
        return {int(ExitCode::Ok)};
    }
    if (!applyGlobalOptions(global, local))
        return {int(ExitCode::Usage)};
    return {std::nullopt, chosen, std::move(options)};
}

bool CommandLine::applyGlobalOptions(const QCommandLineParser &before, const QCommandLineParser &after)
{
    const auto value = [&](const QCommandLineOption &option) {
        return after.isSet(option) ? after.value(option) : before.value(option);
    };
    CliContext::Selection selection;
    selection.server = value(m_global.server).trimmed();
    selection.profile = value(m_global.profile).trimmed();
    if (!selection.server.isEmpty() && !selection.profile.isEmpty()) {
        usageError(tr("Use either --server or --profile, not both."));
        return false;
    }
    const QString timeout = value(m_global.timeout);
    if (!timeout.isEmpty()) {
        bool isNumber = false;
        selection.timeoutSeconds = timeout.toInt(&isNumber);
        if (!isNumber || selection.timeoutSeconds < ServerProfile::MinTimeoutSeconds
            || selection.timeoutSeconds > ServerProfile::MaxTimeoutSeconds) {
            usageError(tr("--timeout must be a whole number of seconds from %1 to %2.")
                           .arg(ServerProfile::MinTimeoutSeconds)
                           .arg(ServerProfile::MaxTimeoutSeconds));
            return false;
        }
    }
    m_context->setSelection(selection);
    return true;
}

QString CommandLine::mainHelp(const QCommandLineParser &parser) const
{
    QString text =
        withUsage(parser.helpText(),
                  {tr("%1 [--server URL | --profile NAME] [--timeout SECONDS] COMMAND [options]").arg(programName())});
    qsizetype width = 0;
    for (const Command *command : m_commands)
        width = std::max(width, command->name().size());
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command *command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(width), command->summary());
    text += QLatin1Char('\n') + tr("Run \"%1 COMMAND --help\" for a command's options.").arg(programName())
        + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    text += tr("  0  success\n"
               "  1  other failure\n"
               "  2  usage error\n"
               "  3  not signed in, session expired or credentials refused\n"
               "  4  server unreachable, timeout or TLS error\n"
               "  5  keychain unavailable\n");
    return text;
}

QString CommandLine::commandHelp(const QCommandLineParser &parser, const Command &command) const
{
    QStringList usage;
    for (const QString &line : command.synopsis())
        usage << QStringLiteral("%1 %2").arg(programName(), line);
    return withUsage(parser.helpText(), usage);
}

} // namespace MesheryAuth::Cli
