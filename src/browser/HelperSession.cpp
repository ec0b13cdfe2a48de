// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "HelperSession.h"

#include "EmbeddedLoginDialog.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

#include <xcb/xcb.h>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace MesheryAuth {

using namespace BrowserHelper;

HelperSession::HelperSession(int input, int output, QObject *parent)
    : QObject(parent)
    , m_input(input)
    , m_output(output)
    , m_inputReady(input, QSocketNotifier::Read)
{
    // A wake-up with nothing to read must not block the dialog.
    ::fcntl(input, F_SETFL, ::fcntl(input, F_GETFL) | O_NONBLOCK);
    connect(&m_inputReady, &QSocketNotifier::activated, this, &HelperSession::readInput);
}

HelperSession::~HelperSession()
{
    delete m_dialog;
}

void HelperSession::start()
{
    send(message(Type::Hello,
                 {{QStringLiteral("protocol"), ProtocolVersion},
                  {QStringLiteral("version"), QStringLiteral(MESHERY_AUTH_VERSION)}}));
}

void HelperSession::readInput()
{
    char chunk[4096];
    const ssize_t got = ::read(m_input, chunk, sizeof chunk);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) {
        // The window closed its end: it is gone or no longer wants this login.
        finish(0);
        return;
    }
    if (!m_buffer.append(QByteArray(chunk, got))) {
        std::fprintf(stderr, "meshery-auth-browser: a message from the window is too long\n");
        finish(2);
        return;
    }
    bool bad = false;
    while (const auto next = m_buffer.takeMessage(&bad))
        handle(*next);
    if (bad) {
        std::fprintf(stderr, "meshery-auth-browser: a message from the window is not JSON\n");
        finish(2);
    }
}

void HelperSession::handle(const QJsonObject &message)
{
    if (m_finished)
        return;
    if (!m_dialog) {
        beginLogin(message);
        return;
    }
    if (message.value(QLatin1String("type")).toString() == QLatin1String(Type::Raise)) {
        m_dialog->raise();
        m_dialog->activateWindow();
    }
}

void HelperSession::beginLogin(const QJsonObject &message)
{
    QString problem;
    const std::optional<LoginRequest> request = LoginRequest::fromJson(message, &problem);
    if (!request) {
        std::fprintf(stderr, "meshery-auth-browser: refused the login request: %s\n", qPrintable(problem));
        finish(2);
        return;
    }
    m_dialog = new EmbeddedLoginDialog(*request);
    connect(m_dialog, &EmbeddedLoginDialog::tokenCaught, this, [this](const LoginCallback &callback) {
        m_outcomeSent = true;
        send(caught(callback));
    });
    connect(m_dialog, &EmbeddedLoginDialog::systemBrowserWanted, this, [this] {
        m_outcomeSent = true;
        send(BrowserHelper::message(Type::SystemBrowser));
    });
    connect(m_dialog, &EmbeddedLoginDialog::pageShown, this, [this](const QUrl &url) {
        send(BrowserHelper::message(Type::PageShown, {{QStringLiteral("host"), url.host()}}));
    });
    connect(m_dialog, &QDialog::finished, this, [this] {
        if (!m_outcomeSent)
            send(BrowserHelper::message(Type::Closed));
        finish(0);
    });
    placeOverWindow(*request);
    m_parentWindow = WId(request->parentWindow);
    m_watchedDialog = m_dialog;
    m_dialog->installEventFilter(this);
    m_dialog->show();
    stayAbove();
    m_dialog->start();
}

void HelperSession::placeOverWindow(const LoginRequest &request)
{
    // Modal to the window: the window manager keeps it above the window, as a dialog of the
    // window's own would be (the window itself takes no input meanwhile: WindowInputBlocker).
    m_dialog->setWindowModality(Qt::WindowModal);
    if (!request.parentGeometry.isValid())
        return;
    QRect frame(QPoint(), m_dialog->size());
    frame.moveCenter(request.parentGeometry.center());
    if (const QScreen *screen = QGuiApplication::screenAt(request.parentGeometry.center())) {
        const QRect available = screen->availableGeometry();
        frame.moveLeft(
            std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width())));
        frame.moveTop(
            std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height())));
    }
    m_dialog->move(frame.topLeft());
}

bool HelperSession::eventFilter(QObject *watched, QEvent *event)
{
    // WebEngine's view makes the dialog's native window again, as an OpenGL one, once it shows:
    // the new one needs the property too, after Qt has written its own.
    // (Compared as a plain QObject: the filter also sees the events of the dialog's destruction,
    // when it is no longer an EmbeddedLoginDialog.)
    if (event->type() == QEvent::WinIdChange && watched == m_watchedDialog)
        QMetaObject::invokeMethod(this, &HelperSession::stayAbove, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void HelperSession::stayAbove()
{
    // WM_TRANSIENT_FOR names the window the dialog belongs to. Qt 6.4 cannot set it to another
    // process's window: for a QWindow::fromWinId parent it writes a wrong id (fixed in later
    // Qt), so it is written here, after Qt has written its own on show().
    auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    if (m_parentWindow == 0 || !x11 || !m_dialog || !m_dialog->windowHandle())
        return;
    const auto parent = xcb_window_t(m_parentWindow);
    xcb_change_property(x11->connection(), XCB_PROP_MODE_REPLACE, xcb_window_t(m_dialog->winId()),
                        XCB_ATOM_WM_TRANSIENT_FOR, XCB_ATOM_WINDOW, 32, 1, &parent);
    xcb_flush(x11->connection());
}

void HelperSession::send(const QJsonObject &message)
{
    const QByteArray line = encode(message);
    for (qsizetype written = 0; written < line.size();) {
        const ssize_t now = ::write(m_output, line.constData() + written, size_t(line.size() - written));
        if (now < 0 && errno == EINTR)
            continue;
        if (now <= 0) {
            finish(1); // the window is gone
            return;
        }
        written += now;
    }
}

void HelperSession::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_inputReady.setEnabled(false);
    if (m_dialog)
        m_dialog->hide();
    emit done(exitCode);
}

} // namespace MesheryAuth
