#include "AppSettings.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
void installTranslations(QApplication &app)
{
    // Ours are embedded under :/i18n. English first, for its plural forms ("1 day", "2 days");
    // the user's language, installed later, takes precedence where it has a translation.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/meshery-auth_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("meshery-auth"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && ours->language() != english->language())
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
} // namespace

int main(int argc, char *argv[])
{
    // The embedded browser is a plugin loaded on demand; WebEngine needs this set before the
    // application object exists even then.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("meshery-auth"));
    QApplication::setApplicationDisplayName(QStringLiteral("Meshery Auth"));
    QApplication::setOrganizationName(QStringLiteral("meshery-auth"));
    QApplication::setApplicationVersion(QStringLiteral(MESHERY_AUTH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.meshery.MesheryAuth"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/meshery-auth.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Sign in to Meshery and manage your tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QApplication::translate("main", "Meshery server address to open."),
                                          QApplication::translate("main", "url"));
    parser.addOption(serverOption);
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Start the built-in demo server and open it."));
    parser.addOption(demoOption);
    parser.process(app);

    const auto settings = MesheryAuth::AppSettings::open();
    MesheryAuth::MainWindow window(settings.get());
    if (parser.isSet(serverOption))
        window.openServer(parser.value(serverOption));
    if (parser.isSet(demoOption))
        window.startDemoServer();
    window.show();
    return app.exec();
}
