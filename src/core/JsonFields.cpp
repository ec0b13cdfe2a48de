// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace MesheryAuth {

JsonParse parseServerJson(const QByteArray &json)
{
    int containers = 0;
    int separators = 0; // one fewer than the values in a list: "0,0,0," costs memory too
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i; // an escaped character, a quote included
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if ((c == '{' || c == '[') && ++containers > MaxJsonContainers) {
            return {{}, QStringLiteral("more than %1 objects and arrays").arg(MaxJsonContainers)};
        } else if (c == ',' && ++separators > MaxJsonValues) {
            return {{}, QStringLiteral("more than %1 values").arg(MaxJsonValues)};
        }
    }
    QJsonParseError error;
    JsonParse parsed{QJsonDocument::fromJson(json, &error), {}};
    if (error.error != QJsonParseError::NoError)
        parsed.error = QStringLiteral("malformed JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
    return parsed;
}

QJsonValue firstField(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    for (const QLatin1String name : names) {
        const QJsonValue value = object.value(name);
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool hasAnyField(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    for (const QLatin1String name : names) {
        if (object.contains(name))
            return true;
    }
    return false;
}

QString stringField(const QJsonObject &object, std::initializer_list<QLatin1String> names, const QString &fallback)
{
    const QJsonValue value = firstField(object, names);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Integral values without exponent or ".0", as the server meant them.
        if (std::abs(number) < 9.0e15 && number == std::trunc(number))
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    return fallback;
}

int intField(const QJsonObject &object, std::initializer_list<QLatin1String> names, int fallback)
{
    const QJsonValue value = firstField(object, names);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::trunc(number) && number >= std::numeric_limits<int>::min()
            && number <= std::numeric_limits<int>::max())
            return static_cast<int>(number);
        return fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

bool boolField(const QJsonObject &object, std::initializer_list<QLatin1String> names, bool fallback)
{
    const QJsonValue value = firstField(object, names);
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare("false"_L1, Qt::CaseInsensitive) == 0)
            return false;
    }
    return fallback;
}

QStringList stringListField(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    const QJsonValue value = firstField(object, names);
    QStringList list;
    if (value.isString()) {
        list.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            if (element.isString())
                list.append(element.toString());
        }
    }
    return list;
}

QDateTime dateTimeField(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    const QJsonValue value = firstField(object, names);
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isObject()) {
        const QJsonObject nullTime = value.toObject();
        if (!nullTime.value("Valid"_L1).toBool())
            return {};
        text = nullTime.value("Time"_L1).toString();
    }
    const QDateTime parsed = parseRfc3339(text);
    if (parsed.isValid() && parsed.date() == QDate(1, 1, 1) && parsed.time() == QTime(0, 0))
        return {};
    return parsed;
}

QDateTime parseRfc3339(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};

    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    // Nanoseconds are truncated to milliseconds: QDateTime holds no more.
    const int millis = match.capturedView(7).left(3).toString().leftJustified(3, u'0').toInt();
    const QTime time(number(4), number(5), number(6), millis);
    if (!date.isValid() || !time.isValid())
        return {};

    int offsetSeconds = 0;
    if (match.capturedView(8).isEmpty()) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 60 + minutes) * 60;
        if (match.capturedView(9) == u"-")
            offsetSeconds = -offsetSeconds;
    }
    // Local time minus its offset is UTC; works for any offset RFC 3339 allows.
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace MesheryAuth
