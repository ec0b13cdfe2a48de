// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "BrowserLoginLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace MesheryAuth {

QStringList BrowserLoginLoader::searchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("MESHERY_AUTH_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        paths << fromEnvironment;
    const QString appDir = QCoreApplication::applicationDirPath();
    paths << appDir << QDir(appDir).filePath(QStringLiteral("../lib/meshery-auth"))
          << QStringLiteral(MESHERY_AUTH_PLUGIN_INSTALL_DIR);
    return paths;
}

BrowserLoginFactory *BrowserLoginLoader::factory(QString *error)
{
    static QPluginLoader *loaded = nullptr;
    if (loaded)
        return qobject_cast<BrowserLoginFactory *>(loaded->instance());

    QStringList problems;
    const QStringList paths = searchPaths();
    for (const QString &path : paths) {
        const QString file = QDir(path).filePath(QStringLiteral("lib%1.so").arg(QLatin1String(PluginBaseName)));
        if (!QFileInfo::exists(file))
            continue;
        auto *loader = new QPluginLoader(file, QCoreApplication::instance());
        if (auto *factory = qobject_cast<BrowserLoginFactory *>(loader->instance())) {
            loaded = loader;
            return factory;
        }
        problems << loader->errorString();
        delete loader;
    }
    if (error) {
        *error = problems.isEmpty()
            ? tr("The embedded browser is not installed. Log in with your system browser instead.")
            : tr("The embedded browser could not be started (%1). Log in with your system browser instead.")
                  .arg(problems.join(QStringLiteral("; ")));
    }
    return nullptr;
}

} // namespace MesheryAuth
