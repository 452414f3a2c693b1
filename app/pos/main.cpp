// nexus-pos: the counter client. Parses the command line and hands over to nexus::PosApplication.
#include "app/languagemanager.h"
#include "app/posapplication.h"
#include "app/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("nexus"));
    QCoreApplication::setApplicationName(QStringLiteral("nexus-pos"));
    QCoreApplication::setApplicationVersion(nexus::PosApplication::version());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Nexus POS"));
    QGuiApplication::setDesktopFileName(QStringLiteral("nexus-pos"));

    // Spanish (Mexico) unless told otherwise: installed before parsing so --help is translated too.
    nexus::LanguageManager languages;
    languages.setLanguage(nexus::LanguageManager::kDefaultLanguage);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Nexus POS counter client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(
        QStringLiteral("data"), QCoreApplication::translate("main", "Folder with this device's nexus.db and catalog.db."),
        QStringLiteral("dir"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QCoreApplication::translate("main", "Server to enrol with, e.g. https://127.0.0.1:8443."),
        QStringLiteral("url"));
    const QCommandLineOption codeOption(QStringLiteral("enroll-code"),
                                       QCoreApplication::translate("main", "One-time enrollment code."),
                                       QStringLiteral("code"));
    const QCommandLineOption caOption(QStringLiteral("ca"),
                                      QCoreApplication::translate("main", "PEM certificate of the server to trust."),
                                      QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Interface language: es_MX or en."),
                                        QStringLiteral("code"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save the first window as a PNG once it is shown, then quit."),
        QStringLiteral("file.png"));
    parser.addOptions({dataOption, serverOption, codeOption, caOption, langOption, screenshotOption});
    parser.process(app);

    nexus::PosOptions options;
    options.dataDir = parser.value(dataOption);
    options.serverUrl = parser.value(serverOption);
    options.enrollCode = parser.value(codeOption);
    options.caFile = parser.value(caOption);
    options.language = parser.value(langOption);
    options.screenshotPath = parser.value(screenshotOption);
    if (!options.language.isEmpty() && !languages.setLanguage(options.language)) {
        std::fputs(qPrintable(QCoreApplication::translate("main", "Unknown language \"%1\": use es_MX or en.\n")
                                  .arg(options.language)),
                   stderr);
        return 2;
    }

    nexus::Theme::apply(app);
    nexus::PosApplication pos(options, languages);
    if (std::optional<int> exitCode = pos.start())
        return *exitCode;
    return QApplication::exec();
}
