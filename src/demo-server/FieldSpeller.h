// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
// Writes a JSON field name as the configured server generation spells it: newer servers use
// camelCase, older ones snake_case ("pageSize" -> "page_size").
#pragma once

#include "ServerOptions.h"

#include <QString>

namespace MesheryTest {

class FieldSpeller
{
public:
    explicit FieldSpeller(FieldSpelling spelling)
        : m_spelling(spelling)
    {
    }

    QString operator()(const char *camelCaseName) const;
    FieldSpelling spelling() const { return m_spelling; }
    static QString toSnakeCase(const QString &camelCaseName);

private:
    FieldSpelling m_spelling;
};

} // namespace MesheryTest
