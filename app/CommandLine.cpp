#include "CommandLine.h"

#include "Content.h"
#include "DatabaseLocation.h"
#include "ExportTarget.h"
#include "Handout.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace als {

namespace {

const QString program = QStringLiteral("als-evidence-guide");

// One line, "als-evidence-guide: … Try --help.", with whatever the user typed in it made visible.
CommandLineOptions usageError(CommandLineOptions options, const QString &message)
{
    options.action = CommandLineOptions::Action::Error;
    // Whatever option quoted what was typed, a database password in it is never repeated.
    options.message = visibleText(
        DatabaseLocation::withoutPasswords(program + QStringLiteral(": ") + message + QLatin1Char(' ')
                                           + QCoreApplication::translate("CommandLine", "Try --help.")));
    return options;
}

// Bytes as a person can read them back: the valid UTF-8 as text, every other byte as \xHH.
QString shownBytes(const QByteArray &bytes)
{
    QString shown;
    for (qsizetype i = 0; i < bytes.size();) {
        qsizetype length = 0;  // of the valid UTF-8 character at i, if there is one
        for (qsizetype n = 1; n <= 4 && i + n <= bytes.size() && length == 0; ++n) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString piece = decoder(bytes.mid(i, n));
            if (!decoder.hasError()) {
                shown += piece;
                length = n;
            }
        }
        if (length == 0) {
            shown += QStringLiteral("\\x")
                + QString::number(uchar(bytes.at(i)), 16).toUpper().rightJustified(2, QLatin1Char('0'));
            length = 1;
        }
        i += length;
    }
    return shown;
}

}  // namespace

CommandLineOptions parseCommandLine(const QList<QByteArray> &arguments)
{
    QStringList decoded;
    std::optional<QByteArray> undecodable;
    for (const QByteArray &argument : arguments) {
        QStringDecoder decoder(QStringDecoder::System, QStringDecoder::Flag::Stateless);
        decoded << decoder(argument);
        if (decoder.hasError() && !undecodable)
            undecodable = argument;
    }
    if (!undecodable)
        return parseCommandLine(decoded);
    // Refused, but in the language asked for if the rest says which.
    CommandLineOptions refused;
    refused.language = parseCommandLine(decoded).language;
    return usageError(refused,
                      QCoreApplication::translate("CommandLine",
                                                  "'%1' is not valid text (UTF-8), so it cannot be used as it "
                                                  "is; rename the file or choose another name.")
                          .arg(shownBytes(*undecodable)));
}

CommandLineOptions parseCommandLine(const QStringList &arguments)
{
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
    const QCommandLineOption exportPdf(QStringLiteral("export-pdf"),
                                       QCoreApplication::translate("CommandLine", "Write a handout as PDF to this file, without opening a window, and exit."),
                                       QStringLiteral("file"));
    const QCommandLineOption sections(QStringLiteral("sections"),
                                      QCoreApplication::translate("CommandLine", "With --export-pdf: the sections to include, as ids separated by commas "
                                         "(see --list-sections). Default: all."),
                                      QStringLiteral("ids"));
    const QCommandLineOption largePrint(QStringLiteral("large-print"),
                                        QCoreApplication::translate("CommandLine", "With --export-pdf: large print (16 pt text, wider spacing)."));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   QCoreApplication::translate("CommandLine", "With --export-pdf: the paper size, a4 (default) or letter."),
                                   QStringLiteral("a4|letter"));
    const QCommandLineOption migrateOnly(
        QStringLiteral("migrate-only"),
        QCoreApplication::translate("CommandLine",
                                    "Upgrade the requests database (--database, or the one in the settings) to this "
                                    "version and give the roles als_desk and als_staff their rights, then exit. Run "
                                    "once as the owner of the database after installing or updating."));
    parser.addOptions(
        {help, version, lang, listSections, database, kiosk, exportPdf, sections, largePrint, paper, migrateOnly});

    CommandLineOptions options;
    auto error = [&](const QString &message) { return usageError(options, message); };

    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return error(QCoreApplication::translate("CommandLine", "Unexpected argument '%1'.")
                         .arg(parser.positionalArguments().constFirst()));
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

    const bool exporting = parser.isSet(exportPdf);
    for (const QCommandLineOption *needsExport : {&sections, &largePrint, &paper}) {
        if (parser.isSet(*needsExport) && !exporting)
            return error(QCoreApplication::translate("CommandLine", "--%1 goes with --export-pdf.").arg(needsExport->names().constFirst()));
    }
    if (exporting) {
        options.exportPath = parser.value(exportPdf);
        if (options.exportPath.trimmed().isEmpty())
            return error(QCoreApplication::translate("CommandLine", "--export-pdf needs a file name."));
        // "-" is no file a reader means to create; a PDF on standard output is not offered.
        if (options.exportPath == QLatin1String("-"))
            return error(QCoreApplication::translate(
                "CommandLine",
                "--export-pdf does not write to standard output ('-'); give a file name (./- for a file named -)."));
        if (parser.isSet(sections)) {
            for (const QString &id : parser.value(sections).split(QLatin1Char(','), Qt::SkipEmptyParts))
                options.sections << id.trimmed();
            if (options.sections.isEmpty())
                return error(QCoreApplication::translate("CommandLine", "--sections needs at least one section id."));
            const QStringList unknown = Handout::unknownSections(Content::builtIn(), options.sections);
            if (!unknown.isEmpty())
                return error(QCoreApplication::translate("CommandLine", "Unknown section '%1': --list-sections shows the ids.").arg(unknown.constFirst()));
        }
        options.largePrint = parser.isSet(largePrint);
        if (parser.isSet(paper)) {
            const QString value = parser.value(paper).toLower();
            if (value != QLatin1String("a4") && value != QLatin1String("letter"))
                return error(QCoreApplication::translate("CommandLine", "--paper must be a4 or letter, not '%1'.").arg(parser.value(paper)));
            options.letterPaper = value == QLatin1String("letter");
        }
    }

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
    } else if (exporting) {
        options.action = CommandLineOptions::Action::ExportPdf;
    } else if (parser.isSet(migrateOnly)) {
        if (options.kiosk)
            return error(QCoreApplication::translate("CommandLine",
                                                     "--migrate-only opens no window: it does not go with --kiosk."));
        options.action = CommandLineOptions::Action::MigrateOnly;
    }
    return options;
}

} // namespace als
