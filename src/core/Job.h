// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace MesheryAuth {

// The shape of every operation that takes time (ApiCall has it too): a job runs once made, emits
// finished(Result) exactly once and never inside the call that made it, then deletes itself. A
// job dies with its parent (the service that made it) without a word; callers connect with a
// context object, so no answer reaches an object that is gone.
// Each result type has its own subclass that declares finished() and finish(): signals cannot be
// templates.
class Job : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }

protected:
    explicit Job(QObject *parent);
    // The first step. Called on the next turn of the event loop, so whoever made the job has
    // connected to finished() by then.
    virtual void start() = 0;
    // True the first time only, and the job is deleted once the event loop is back: the caller
    // emits finished() then. Every later answer (a late timer, a late backend) is ignored.
    bool settle();

private:
    bool m_finished = false;
};

} // namespace MesheryAuth
