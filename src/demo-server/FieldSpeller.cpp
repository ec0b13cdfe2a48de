// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "FieldSpeller.h"

namespace MesheryTest {

QString FieldSpeller::operator()(const char *camelCaseName) const
{
    const QString name = QString::fromLatin1(camelCaseName);
    return m_spelling == FieldSpelling::SnakeCase ? toSnakeCase(name) : name;
}

QString FieldSpeller::toSnakeCase(const QString &camelCaseName)
{
    QString snake;
    for (const QChar c : camelCaseName) {
        if (c.isUpper()) {
            if (!snake.isEmpty())
                snake += QLatin1Char('_');
            snake += c.toLower();
        } else {
            snake += c;
        }
    }
    return snake;
}

} // namespace MesheryTest
