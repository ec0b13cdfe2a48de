// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "Output.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace MesheryAuth::Cli {

namespace {
void write(FILE *stream, const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stream);
    std::fflush(stream);
}
} // namespace

void Output::line(const QString &text) const
{
    write(stdout, text.toUtf8() + '\n');
}

void Output::bytes(const QByteArray &data) const
{
    write(stdout, data);
}

void Output::note(const QString &text) const
{
    write(stderr, text.toUtf8() + '\n');
}

void Output::document(const QJsonObject &object) const
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void Output::table(const QStringList &header, const QList<QStringList> &rows) const
{
    QList<QStringList> all{header};
    all += rows;
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(all)) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    for (const QStringList &row : std::as_const(all)) {
        QString text;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            text += last ? row[column] : row[column].leftJustified(widths.value(column) + 2);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        line(text);
    }
}

void Output::fields(const QList<QPair<QString, QString>> &labelled) const
{
    qsizetype width = 0;
    for (const auto &field : labelled)
        width = std::max(width, field.first.size() + 1);
    for (const auto &field : labelled)
        line((field.first + QLatin1Char(':')).leftJustified(width + 2) + field.second);
}

void Output::explain(const CliError &error) const
{
    note(tr("Error: %1").arg(error.toDisplayString()));
}

void Output::error(const CliError &error) const
{
    explain(error);
    if (m_json)
        document({{QStringLiteral("error"), error.toJson()}});
}

QJsonValue Output::orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace MesheryAuth::Cli
