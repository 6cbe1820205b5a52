#include "CommandLine.h"

#include "RequestStore.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace als {

CommandLineOptions parseCommandLine(const QStringList &arguments)
{
    const QString program = QStringLiteral("als-evidence-guide");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine", "ALS Evidence Guide: an honest, offline guide to ALS treatments and the "
                                        "evidence behind them."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("CommandLine", "Language of the interface and the content: ja (Japanese) or en (English)."),
                                  QStringLiteral("ja|en"));
    const QCommandLineOption listSections(QStringLiteral("list-sections"),
                                          QCoreApplication::translate("CommandLine", "Print one line per section, its id then its title, and exit."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("CommandLine", "Where consultation requests are kept: sqlite:///path/file.db or "
                                         "postgresql://user@host:port/dbname."),
                                      QStringLiteral("url"));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"),
                                   QCoreApplication::translate("CommandLine", "Desk mode: full screen, the reading views and the request form only, "
                                      "cleared after each visitor."));
    parser.addOptions({help, version, lang, listSections, database, kiosk});

    CommandLineOptions options;
    auto error = [&](const QString &message) {
        options.action = CommandLineOptions::Action::Error;
        options.message = program + QStringLiteral(": ") + message + QLatin1Char(' ') + QCoreApplication::translate("CommandLine", "Try --help.");
        return options;
    };

    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return error(QCoreApplication::translate("CommandLine", "Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(lang)) {
        const QStringList values = parser.values(lang);
        options.language = languageFromCode(values.constLast());
        if (!options.language)
            return error(QCoreApplication::translate("CommandLine", "--lang must be ja or en, not '%1'.").arg(values.constLast()));
    }

    if (parser.isSet(database)) {
        QString problem;
        options.database = parser.value(database);
        if (!DatabaseLocation::parse(options.database, &problem))
            return error(problem);
    }
    options.kiosk = parser.isSet(kiosk);

    if (parser.isSet(help)) {
        options.action = CommandLineOptions::Action::ShowHelp;
        options.message = parser.helpText();
        // QCommandLineParser names the binary from the running process; tests run it from elsewhere.
        if (!arguments.isEmpty())
            options.message.replace(arguments.constFirst(), program);
    } else if (parser.isSet(version)) {
        options.action = CommandLineOptions::Action::ShowVersion;
        options.message = program + QLatin1Char(' ') + applicationVersion();
    } else if (parser.isSet(listSections)) {
        options.action = CommandLineOptions::Action::ListSections;
    }
    return options;
}

} // namespace als
