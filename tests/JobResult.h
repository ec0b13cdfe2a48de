// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one way every test waits for a job (src/core/Job.h, ApiCall too): a QSignalSpy on its
// finished signal, which must fire exactly once.

#include <QCoreApplication>
#include <QSignalSpy>

#include <optional>

namespace TestSupport {

// The job's result; nullopt when it did not finish within the time limit, or finished twice.
template<typename Result, typename JobType> std::optional<Result> resultOf(JobType *job, int timeoutMs = 60000)
{
    QSignalSpy finished(job, &JobType::finished);
    if (!finished.wait(timeoutMs))
        return std::nullopt;
    QCoreApplication::processEvents(); // a second, queued finished() would land here
    if (finished.count() != 1)
        return std::nullopt;
    return finished.constFirst().constFirst().template value<Result>();
}

} // namespace TestSupport
