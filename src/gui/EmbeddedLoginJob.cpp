// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "EmbeddedLoginJob.h"

#include "Logging.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

namespace MesheryAuth {

using namespace BrowserHelper;

namespace {
// After its last word the helper exits by itself; past this it is killed.
constexpr int ExitGraceMs = 5000;
// A helper that says nothing for its time limit and a fifth more (10 s at least) has hung: each
// page it shows says so, and its own time limit ends in a problem page the user can act on.
std::chrono::milliseconds silenceLimit(std::chrono::milliseconds timeLimit)
{
    return timeLimit + std::max<std::chrono::milliseconds>(std::chrono::seconds(10), timeLimit / 5);
}
} // namespace

EmbeddedLoginJob::EmbeddedLoginJob(const LoginRequest &request, QObject *parent)
    : Job(parent)
    , m_request(request)
{
    // Until the hello: the time to start; after it: the time a word may take (silenceLimit).
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        fail(m_greeted ? tr("The embedded browser stopped answering.")
                       : tr("The embedded browser did not start in time."));
    });
}

EmbeddedLoginJob::~EmbeddedLoginJob()
{
    if (m_helper) {
        m_helper->disconnect(this);
        m_helper->kill(); // the window is going: so is its login
        m_helper->waitForFinished(1000);
        delete m_helper;
    }
}

QString EmbeddedLoginJob::helperProgram()
{
    const QString chosen = qEnvironmentVariable("MESHERY_AUTH_BROWSER_HELPER");
    if (!chosen.isEmpty())
        return chosen;
    const QString name = QLatin1String(HelperName);
    const QDir here(QCoreApplication::applicationDirPath());
    // The build tree, an install moved elsewhere (bin/../libexec), then where it was installed.
    for (const QString &candidate :
         {here.filePath(name), here.filePath(QStringLiteral("../libexec/meshery-auth/") + name),
          QDir(QStringLiteral(MESHERY_AUTH_HELPER_INSTALL_DIR)).filePath(name)}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

qint64 EmbeddedLoginJob::helperId() const
{
    return m_helper ? m_helper->processId() : 0;
}

void EmbeddedLoginJob::start()
{
    const QString program = helperProgram();
    if (program.isEmpty()) {
        fail(tr("The embedded browser is not installed."));
        return;
    }
    m_helper = new QProcess(this);
    m_helper->setProgram(program);
    // The window's language, whether the preference's or the system's.
    if (!installedLanguage().isEmpty())
        m_helper->setArguments({QLatin1String(BrowserHelper::LanguageOption), installedLanguage()});
    // Its stderr is ours (WebEngine's own complaints land where ours do); stdout is the protocol.
    m_helper->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Should this process die without a word, the kernel ends the helper too (its stdin's end is
    // the other way it learns).
    m_helper->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(m_helper, &QProcess::readyReadStandardOutput, this, &EmbeddedLoginJob::readHelper);
    connect(m_helper, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The embedded browser could not be started (%1).").arg(m_helper->errorString()));
    });
    connect(m_helper, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        helperEnded(exitCode, status == QProcess::CrashExit);
    });
    m_watchdog.start(HelloTimeoutMs);
    qCDebug(lcGui) << "starting the browser helper" << program;
    m_helper->start(QIODevice::ReadWrite);
}

void EmbeddedLoginJob::readHelper()
{
    if (isFinished())
        return;
    if (!m_buffer.append(m_helper->readAllStandardOutput())) {
        failUnexpected();
        return;
    }
    bool bad = false;
    while (const auto next = m_buffer.takeMessage(&bad)) {
        handle(*next);
        if (isFinished())
            return;
    }
    if (bad)
        failUnexpected();
}

void EmbeddedLoginJob::failUnexpected()
{
    fail(tr("The embedded browser sent something unexpected."));
}

void EmbeddedLoginJob::handle(const QJsonObject &message)
{
    const QString type = message.value(QLatin1String("type")).toString();
    if (!m_greeted) {
        const QString version = message.value(QLatin1String("version")).toString();
        if (type != QLatin1String(Type::Hello) || message.value(QLatin1String("protocol")).toInt() != ProtocolVersion
            || version != QLatin1String(MESHERY_AUTH_VERSION)) {
            fail(tr("The embedded browser installed (%1) is not the one of this Meshery Auth (%2); reinstall "
                    "Meshery Auth.")
                     .arg(version.isEmpty() ? tr("unknown version") : version.left(40),
                          QStringLiteral(MESHERY_AUTH_VERSION)));
            return;
        }
        m_greeted = true;
        m_watchdog.start(silenceLimit(m_request.timeLimit));
        m_helper->write(encode(m_request.toJson()));
        return;
    }
    EmbeddedLoginResult result;
    if (type == QLatin1String(Type::PageShown)) {
        m_watchdog.start(silenceLimit(m_request.timeLimit));
        emit pageShown(message.value(QLatin1String("host")).toString());
        return;
    }
    if (type == QLatin1String(Type::Caught)) {
        const std::optional<LoginCallback> callback = caughtFrom(message);
        if (!callback) {
            failUnexpected();
            return;
        }
        result.outcome = EmbeddedLoginResult::Outcome::Caught;
        result.callback = *callback;
    } else if (type == QLatin1String(Type::SystemBrowser)) {
        result.outcome = EmbeddedLoginResult::Outcome::SystemBrowserWanted;
    } else if (type == QLatin1String(Type::Closed)) {
        result.outcome = EmbeddedLoginResult::Outcome::Cancelled;
    } else {
        failUnexpected();
        return;
    }
    finish(result);
}

void EmbeddedLoginJob::helperEnded(int exitCode, bool crashed)
{
    if (isFinished())
        return;
    fail(crashed ? tr("The embedded browser stopped unexpectedly.")
                 : tr("The embedded browser quit before the login ended (exit code %1).").arg(exitCode));
}

void EmbeddedLoginJob::cancel()
{
    if (isFinished())
        return;
    EmbeddedLoginResult result;
    result.outcome = EmbeddedLoginResult::Outcome::Cancelled;
    finish(result);
}

void EmbeddedLoginJob::raiseDialog()
{
    tell(Type::Raise);
}

void EmbeddedLoginJob::tell(const char *type)
{
    if (m_helper && m_greeted && m_helper->state() == QProcess::Running)
        m_helper->write(encode(message(type)));
}

void EmbeddedLoginJob::fail(const QString &problem)
{
    if (isFinished())
        return;
    qCInfo(lcGui) << "embedded login failed:" << problem;
    EmbeddedLoginResult result;
    result.problem = problem;
    if (m_helper)
        m_helper->kill(); // it is not speaking this protocol: nothing more of it is read
    finish(result);
}

void EmbeddedLoginJob::finish(EmbeddedLoginResult result)
{
    m_watchdog.stop();
    if (!settle())
        return;
    if (m_helper)
        letHelperGo();
    emit finished(result);
}

void EmbeddedLoginJob::letHelperGo()
{
    // The helper closes its dialog and exits once its stdin ends; it outlives this job by that
    // moment only. Nothing more of it is read, nor kept.
    QProcess *helper = m_helper;
    m_helper = nullptr;
    helper->disconnect(this);
    helper->closeReadChannel(QProcess::StandardOutput);
    helper->closeWriteChannel();
    // The application's, not the job's: it outlives the job by that moment, and an application
    // quitting sooner still deletes it (killing the helper) rather than leaking it, as
    // LeakSanitizer found.
    helper->setParent(QCoreApplication::instance());
    if (helper->state() == QProcess::NotRunning) {
        helper->deleteLater();
        return;
    }
    connect(helper, &QProcess::finished, helper, &QObject::deleteLater);
    QTimer::singleShot(ExitGraceMs, helper, [helper] { helper->kill(); });
}

} // namespace MesheryAuth
