// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Job.h"

namespace MesheryAuth {

Job::Job(QObject *parent)
    : QObject(parent)
{
    QMetaObject::invokeMethod(
        this, [this] { start(); }, Qt::QueuedConnection);
}

bool Job::settle()
{
    if (m_finished)
        return false;
    m_finished = true;
    deleteLater();
    return true;
}

} // namespace MesheryAuth
