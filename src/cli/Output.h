// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CliError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace MesheryAuth::Cli {

// Where everything a command says goes: results on stdout (text or one JSON document),
// progress and errors on stderr. Every write is flushed at once, because scripts and the
// tests read stdout while the command is still waiting (login --print-url).
class Output
{
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::Cli::Output)

public:
    void setJson(bool json) { m_json = json; }
    bool isJson() const { return m_json; }

    void line(const QString &text = {}) const; // stdout, one line
    void bytes(const QByteArray &data) const; // stdout, exactly as given
    void note(const QString &text) const; // stderr, one line
    void document(const QJsonObject &object) const; // stdout, indented JSON

    // Columns padded to the widest cell; the last column is not padded.
    void table(const QStringList &header, const QList<QStringList> &rows) const;
    // "Label:  value" lines, the values aligned.
    void fields(const QList<QPair<QString, QString>> &labelled) const;

    // The error on stderr only: for commands whose JSON document already reports it.
    void explain(const CliError &error) const;
    // The error on stderr and, with --json, as {"error": {...}} on stdout.
    void error(const CliError &error) const;

    // "" becomes null in JSON documents: absent values are null, never empty strings.
    static QJsonValue orNull(const QString &text);

private:
    bool m_json = false;
};

} // namespace MesheryAuth::Cli
