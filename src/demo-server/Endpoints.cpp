// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Endpoints.h"

namespace MesheryTest {

std::optional<HttpResponse> Endpoints::handle(const HttpRequest &request) const
{
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        if (route.path != request.path)
            continue;
        if (route.methods.contains(request.method))
            return route.answer(request);
        allowed += route.methods;
    }
    if (allowed.isEmpty())
        return std::nullopt;
    HttpResponse response = HttpResponse::text("405 method not allowed", 405);
    response.setHeader("Allow", allowed.join(", "));
    return response;
}

void Endpoints::addRoute(const QString &path, const QList<QByteArray> &methods, Answer answer)
{
    m_routes.append(Route{path, methods, std::move(answer)});
}

} // namespace MesheryTest
