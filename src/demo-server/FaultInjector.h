// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Which paths should fail, and what each kind of failure looks like on the wire.
#pragma once

#include "Fault.h"
#include "HttpResponse.h"

#include <QHash>
#include <QString>

#include <optional>

namespace MesheryTest {

class FaultInjector
{
public:
    // path without query, or "*" for every path; FaultKind::None removes the path's fault.
    void set(const QString &path, Fault fault);
    void clear() { m_faults.clear(); }
    // A path's own fault wins over the "*" one.
    std::optional<Fault> faultFor(const QString &path) const;

    // The answer a fault gives instead of the normal one; nothing for None and Delay, which answer
    // normally.
    static std::optional<HttpResponse> responseFor(const Fault &fault);

    static constexpr qsizetype OversizedBodyBytes = 9 * 1024 * 1024;
    static constexpr qint64 UnannouncedHugeBodyBytes = 20 * 1024 * 1024;
    static constexpr int HugePageItems = 200000;

private:
    QHash<QString, Fault> m_faults;
};

} // namespace MesheryTest
