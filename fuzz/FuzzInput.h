// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: the input as a QByteArray, a check that stops the run like a
// crash (so that libFuzzer keeps the input), and a private folder for targets that read files.
namespace MesheryAuth::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property of the code under test that this input broke.
inline void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz property broken: %s\n", what);
        std::abort();
    }
}

// A throw-away folder for the whole run, removed at exit.
inline QString scratchFolder()
{
    static const QTemporaryDir folder;
    require(folder.isValid(), "a temporary folder can be made");
    return folder.path();
}

// The input as the file `name` in the scratch folder, for the readers that take a path.
inline QString inputFile(const char *name, const uint8_t *data, size_t size)
{
    const QString path = QDir(scratchFolder()).filePath(QString::fromLatin1(name));
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the scratch file opens");
    require(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size), "the input is written");
    return path;
}

} // namespace MesheryAuth::Fuzz
