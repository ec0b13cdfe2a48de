#include <QCommandLineParser>
#include <QCoreApplication>

// The companion command-line tool. Commands arrive with the CLI issue; for now it answers
// --help and --version so scripts can detect it.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meshery-auth-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("meshery-auth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHERY_AUTH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Meshery Auth from the terminal: sign in to Meshery and print tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    if (!parser.positionalArguments().isEmpty()) {
        fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "Unknown command \"%1\". See --help.")
                               .arg(parser.positionalArguments().constFirst())));
        return 2;
    }
    parser.showHelp(0);
}
