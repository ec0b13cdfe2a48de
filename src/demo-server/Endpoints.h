// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// A group of routes: exact paths, the methods each allows, and the answer. A path of the group
// asked with another method gets 405, like Meshery's router.
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace MesheryTest {

class Endpoints
{
public:
    virtual ~Endpoints() = default;
    // Nothing when the path is not one of this group's.
    std::optional<HttpResponse> handle(const HttpRequest &request) const;

protected:
    using Answer = std::function<HttpResponse(const HttpRequest &)>;
    void addRoute(const QString &path, const QList<QByteArray> &methods, Answer answer);

private:
    struct Route {
        QString path;
        QList<QByteArray> methods;
        Answer answer;
    };
    QList<Route> m_routes;
};

} // namespace MesheryTest
