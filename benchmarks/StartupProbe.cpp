// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Measures one start of a GUI program from outside, as a user's desktop sees it:
//   map_ms   from fork/exec to the X server's MapNotify of the program's top-level window
//            (SubstructureNotify on the root window; the window is the one whose _NET_WM_PID is
//            the child's), so nothing inside the program is trusted or changed;
//   hwm_kib  the child's peak resident memory (VmHWM) a settle time after that map.
// Then it ends the child. Usage: meshery-auth-startup-probe [--settle SECONDS] -- PROGRAM [ARGS]
// Prints one line "map_ms=<ms> hwm_kib=<KiB>"; the program's own output goes to stderr.
// benchmarks/run-startup.sh runs it alternately on the app and the bare window.
#include <xcb/xcb.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

template<typename T> using Reply = std::unique_ptr<T, decltype(&std::free)>;

[[noreturn]] void fail(const char *message)
{
    std::fprintf(stderr, "meshery-auth-startup-probe: %s\n", message);
    std::exit(1);
}

xcb_atom_t internAtom(xcb_connection_t *connection, const char *name)
{
    Reply<xcb_intern_atom_reply_t> reply(
        xcb_intern_atom_reply(connection,
                              xcb_intern_atom(connection, 0, static_cast<uint16_t>(std::strlen(name)), name), nullptr),
        &std::free);
    return reply ? reply->atom : xcb_atom_t{XCB_ATOM_NONE};
}

// The process that says it owns the window, or 0 when it says nothing.
pid_t windowPid(xcb_connection_t *connection, xcb_window_t window, xcb_atom_t pidAtom)
{
    Reply<xcb_get_property_reply_t> reply(
        xcb_get_property_reply(connection, xcb_get_property(connection, 0, window, pidAtom, XCB_ATOM_CARDINAL, 0, 1),
                               nullptr),
        &std::free);
    if (!reply || reply->format != 32 || xcb_get_property_value_length(reply.get()) != 4)
        return 0;
    uint32_t pid = 0;
    std::memcpy(&pid, xcb_get_property_value(reply.get()), sizeof pid);
    return static_cast<pid_t>(pid);
}

long peakRssKib(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return -1;
}

bool exited(pid_t pid)
{
    int status = 0;
    return waitpid(pid, &status, WNOHANG) == pid;
}

void stop(pid_t pid)
{
    kill(pid, SIGTERM);
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    while (!exited(pid)) {
        if (Clock::now() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    double settleSeconds = 1.0;
    int first = 1;
    if (first + 1 < argc && std::strcmp(argv[first], "--settle") == 0) {
        settleSeconds = std::atof(argv[first + 1]);
        first += 2;
    }
    if (first < argc && std::strcmp(argv[first], "--") == 0)
        ++first;
    if (first >= argc)
        fail("usage: meshery-auth-startup-probe [--settle SECONDS] -- PROGRAM [ARGS...]");

    xcb_connection_t *connection = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(connection))
        fail("cannot connect to the X server (DISPLAY)");
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(connection)).data->root;
    const xcb_atom_t pidAtom = internAtom(connection, "_NET_WM_PID");
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    // Checked, so the selection is in force before the child can map anything.
    if (xcb_generic_error_t *error = xcb_request_check(
            connection, xcb_change_window_attributes_checked(connection, root, XCB_CW_EVENT_MASK, &mask))) {
        std::free(error);
        fail("cannot watch the root window");
    }
    const int xcbFd = xcb_get_file_descriptor(connection);
    fcntl(xcbFd, F_SETFD, FD_CLOEXEC);

    const Clock::time_point started = Clock::now();
    const pid_t pid = fork();
    if (pid < 0)
        fail("fork failed");
    if (pid == 0) {
        dup2(STDERR_FILENO, STDOUT_FILENO); // our stdout carries only the result line
        execvp(argv[first], argv + first);
        std::perror(argv[first]);
        _exit(127);
    }

    const auto deadline = started + std::chrono::seconds(60);
    Clock::time_point mapped;
    bool found = false;
    while (!found) {
        // Blocks until an event arrives; the timeout only notices a child that died first.
        pollfd watch{xcbFd, POLLIN, 0};
        poll(&watch, 1, 200);
        while (xcb_generic_event_t *event = xcb_poll_for_event(connection)) {
            const Clock::time_point received = Clock::now();
            if ((event->response_type & 0x7f) == XCB_MAP_NOTIFY) {
                const auto *map = reinterpret_cast<xcb_map_notify_event_t *>(event);
                if (!found && !map->override_redirect && windowPid(connection, map->window, pidAtom) == pid) {
                    mapped = received;
                    found = true;
                }
            }
            std::free(event);
        }
        if (xcb_connection_has_error(connection))
            fail("lost the X server");
        if (!found && exited(pid))
            fail("the program exited before mapping a window");
        if (!found && Clock::now() > deadline) {
            stop(pid);
            fail("no window mapped within 60 s");
        }
    }

    std::this_thread::sleep_for(std::chrono::duration<double>(settleSeconds));
    if (exited(pid))
        fail("the program exited before its memory was read");
    const long hwmKib = peakRssKib(pid);
    stop(pid);
    xcb_disconnect(connection);

    const double mapMs = std::chrono::duration<double, std::milli>(mapped - started).count();
    std::printf("map_ms=%.1f hwm_kib=%ld\n", mapMs, hwmKib);
    return hwmKib > 0 ? 0 : 1;
}
