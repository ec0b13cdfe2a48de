// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Turns SIGTERM and SIGINT into a Qt signal, so the executable leaves its event loop and shuts
// down cleanly instead of dying mid-write. Uses the self-pipe trick: the handler only writes a byte.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace MesheryTest {

class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // Installs the handlers; false (with errno set) if the pipe or a handler could not be set up.
    bool watchTerminationSignals();

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace MesheryTest
