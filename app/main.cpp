// The program: parse the command line, then either answer it without a window or start the guide.

#include "BenchmarkProbe.h"
#include "CommandLine.h"
#include "Content.h"
#include "MainWindow.h"
#include "RequestStore.h"
#include "Settings.h"
#include "Translations.h"
#include "Version.h"

#include <QApplication>
#include <QTabWidget>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("als-evidence-guide"));
    QCoreApplication::setApplicationName(QStringLiteral("als-evidence-guide"));
    QCoreApplication::setApplicationVersion(als::applicationVersion());
    QGuiApplication::setDesktopFileName(als::applicationId());
}

als::Language startLanguage(const als::CommandLineOptions &options, const als::Settings &settings)
{
    if (options.language)
        return *options.language;
    if (const auto saved = settings.language())
        return *saved;
    return als::languageForLocale(QLocale::system());
}

// Text-only answers (help, version, section list, errors) need no display: they run on QCoreApplication.
int answerWithoutWindow(int argc, char **argv, const als::CommandLineOptions &first)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    als::Settings settings;
    als::Translations translations;
    const als::Language language = startLanguage(first, settings);
    translations.install(language);
    const als::CommandLineOptions options = als::parseCommandLine(QCoreApplication::arguments());

    QTextStream out(stdout);
    switch (options.action) {
    case als::CommandLineOptions::Action::Error:
        QTextStream(stderr) << options.message << Qt::endl;
        return 2;
    case als::CommandLineOptions::Action::ShowHelp:
    case als::CommandLineOptions::Action::ShowVersion:
        out << options.message << Qt::endl;
        return 0;
    case als::CommandLineOptions::Action::ListSections:
        for (const als::SectionInfo &section : als::Content::builtIn().sections())
            out << section.id << '\t' << section.title.in(language) << '\n';
        out.flush();
        return 0;
    case als::CommandLineOptions::Action::RunGui:
        break;
    }
    return 0;
}

void preferLegibleFont()
{
    // BIZ UDPGothic is a universal-design typeface with Latin and Japanese; use it when the system has it.
    // Not checked with QFontDatabase::hasFamily(): that loads the whole font database before the first paint.
    // Where the family is missing, fontconfig falls back to the system's sans-serif.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("BIZ UDPGothic"), font.family()});
    QApplication::setFont(font);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const als::CommandLineOptions first = als::parseCommandLine(arguments);
    if (first.action != als::CommandLineOptions::Action::RunGui)
        return answerWithoutWindow(argc, argv, first);

    QApplication app(argc, argv);
    setApplicationIdentity();
    preferLegibleFont();
    (void)als::baseApplicationFont();

    als::Settings settings;
    als::Translations translations;
    const als::Language language = startLanguage(first, settings);
    translations.install(language);
    settings.setLanguage(language);

    // The store opens when the first request is saved, so a database problem never keeps a reader from reading.
    QString problem;
    const QString url = !first.database.isEmpty() ? first.database : settings.databaseUrl();
    std::optional<als::DatabaseLocation> location = url.isEmpty() ? als::DatabaseLocation::defaultSqlite()
                                                                  : als::DatabaseLocation::parse(url, &problem);
    if (!location) {
        QTextStream(stderr) << "als-evidence-guide: " << problem << Qt::endl;
        location = als::DatabaseLocation::defaultSqlite();
    }
    als::RequestStore store;
    store.setLocation(*location);

    als::MainWindow window(als::Content::builtIn(), settings, translations);
    window.setRequestStore(&store);
    if (first.kiosk)
        window.setDeskMode(true);
    else
        window.show();
    als::BenchmarkProbe::installIfRequested([&window] {
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            window.repaint();
            QCoreApplication::processEvents();
        }
    });
    return QApplication::exec();
}
