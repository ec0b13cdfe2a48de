// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <initializer_list>

// Lenient readers for JSON bodies from Meshery servers. Field names changed spelling between
// server versions (providerName / provider_name), so every reader takes the candidate names in
// order of preference. A field that is absent or of the wrong type reads as the fallback: one odd
// field must not make a whole response unusable.
namespace MesheryAuth {

// The result of parsing a response body: a value, or a short technical reason it was unusable.
template<typename T> struct Parsed {
    T value;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// A server's JSON body, parsed only after a scan that allocates nothing has counted its objects
// and arrays (each costs a few hundred bytes once parsed, so 8 MiB of "{}," would take ~700 MB)
// and its values (8 MiB of "0," would take over 64 MB). No Meshery answer comes near either.
inline constexpr int MaxJsonContainers = 20000;
inline constexpr int MaxJsonValues = 200000; // a page of 1000 organizations has some 30,000
struct JsonParse {
    QJsonDocument document;
    QString error; // empty when parsed: "malformed JSON ..." or "more than N objects and arrays"
};
JsonParse parseServerJson(const QByteArray &json);

// The first of `names` present with a non-null value; undefined when none is.
QJsonValue firstField(const QJsonObject &object, std::initializer_list<QLatin1String> names);
bool hasAnyField(const QJsonObject &object, std::initializer_list<QLatin1String> names);

// Strings; a number is accepted and written out (ids are numbers on some servers).
QString stringField(const QJsonObject &object, std::initializer_list<QLatin1String> names,
                    const QString &fallback = {});
// Integers; integral numbers in int range or decimal strings.
int intField(const QJsonObject &object, std::initializer_list<QLatin1String> names, int fallback = 0);
// Booleans; also the strings "true" / "false".
bool boolField(const QJsonObject &object, std::initializer_list<QLatin1String> names, bool fallback = false);
// An array of strings (other elements skipped), or a single string as a one-element list.
QStringList stringListField(const QJsonObject &object, std::initializer_list<QLatin1String> names);
// An RFC 3339 string, or Go's sql.NullTime shape {"Time": ..., "Valid": true}. Go's zero time
// (0001-01-01T00:00:00Z) means "not set" there, so it reads as an invalid QDateTime.
QDateTime dateTimeField(const QJsonObject &object, std::initializer_list<QLatin1String> names);

// RFC 3339 date-time: "2021-08-28T07:12:44.896604896Z", "2024-03-16T01:39:35+01:00". Takes up to
// 9 fractional digits (Go writes nanoseconds; Qt's ISODate parser stops at milliseconds) and
// returns UTC, truncated to milliseconds; invalid when the text is not such a date-time.
QDateTime parseRfc3339(const QString &text);

} // namespace MesheryAuth
