// The program: parse the command line, then either answer it without a window or start the guide.

#include "BenchmarkProbe.h"
#include "CommandLine.h"
#include "Content.h"
#include "ExportTarget.h"
#include "Handout.h"
#include "MainWindow.h"
#include "RequestSchema.h"
#include "RequestStore.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "Version.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
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

// The text answers and the export speak in one clear line; Qt's own chatter (a missing runtime folder and the
// like) would only get in the way of a script reading stderr.
void quietQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            QTextStream(stderr) << message << Qt::endl;
    });
}

// The arguments as the system passed them, bytes and all: decoding is the parser's job, so that a name that is not
// valid text is refused rather than changed.
QList<QByteArray> rawArguments(int argc, char **argv)
{
    QList<QByteArray> arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QByteArray(argv[i]);
    return arguments;
}

// What every run without a window sets up once its application object exists: the language (command line,
// then settings, then system), its translation, and the command line parsed again so its texts are translated.
struct TextRun
{
    als::Settings settings;
    als::Translations translations;
    als::Language language = als::Language::Japanese;
    als::CommandLineOptions options;

    TextRun(const als::CommandLineOptions &first, int argc, char **argv)
    {
        setApplicationIdentity();
        language = startLanguage(first, settings);
        translations.install(language);
        options = als::parseCommandLine(rawArguments(argc, argv));
    }
};

// One line on stderr, with any user input in it (a path, a value) made visible rather than obeyed.
void complain(const QString &message)
{
    QTextStream(stderr) << als::visibleText(QStringLiteral("als-evidence-guide: ") + message) << Qt::endl;
}

// Text-only answers (help, version, section list, errors) need no display: they run on QCoreApplication.
int answerWithoutWindow(int argc, char **argv, const als::CommandLineOptions &first)
{
    quietQtMessages();
    QCoreApplication app(argc, argv);
    const TextRun run(first, argc, argv);
    const als::CommandLineOptions &options = run.options;
    const als::Language language = run.language;

    QTextStream out(stdout);
    switch (options.action) {
    case als::CommandLineOptions::Action::Error:
        QTextStream(stderr) << options.message << Qt::endl;  // one line, user input already made visible
        return 2;
    case als::CommandLineOptions::Action::ShowHelp:
    case als::CommandLineOptions::Action::ShowVersion:
        out << options.message << Qt::endl;
        return 0;
    case als::CommandLineOptions::Action::ListSections: {
        // Exactly the ids --sections takes: the consultation form is a section of the guide, not of a handout.
        const als::Content &content = als::Content::builtIn();
        const QStringList printable = als::Handout::printableSections(content);
        for (const als::SectionInfo &section : content.sections()) {
            if (printable.contains(section.id))
                out << section.id << '\t' << section.title.in(language) << '\n';
        }
        out.flush();
        return 0;
    }
    case als::CommandLineOptions::Action::MigrateOnly: {
        // The owner's one command after installing or updating: no window, a line saying what was done.
        QString said;
        const int status = als::RequestSchema::migrateOnly(
            options.database.isEmpty() ? run.settings.databaseUrl() : options.database, &said);
        if (status == 0)
            out << said << Qt::endl;
        else
            complain(said);
        return status;
    }
    case als::CommandLineOptions::Action::RunGui:
    case als::CommandLineOptions::Action::ExportPdf:
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

// A handout needs fonts and a paint engine but no screen: it runs on the offscreen platform whatever the caller has.
int exportHandout(int argc, char **argv, const als::CommandLineOptions &first)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    quietQtMessages();
    QGuiApplication app(argc, argv);
    const TextRun run(first, argc, argv);
    const als::CommandLineOptions &options = run.options;
    const als::Language language = run.language;
    // Refused before any work: a device, a pipe, a folder or a link is never replaced by the PDF.
    if (const QString problem = als::exportTargetProblem(options.exportPath); !problem.isEmpty()) {
        complain(QCoreApplication::translate("main", "cannot write %1: %2").arg(options.exportPath, problem));
        return 1;
    }
    if (!QFontDatabase::hasFamily(als::Handout::fontFamily()))
        complain(QCoreApplication::translate(
                     "main", "the font %1 is not installed; Japanese text may not copy correctly from the PDF.")
                     .arg(als::Handout::fontFamily()));

    als::HandoutOptions handoutOptions;
    handoutOptions.language = language;
    handoutOptions.sections = options.sections;
    handoutOptions.largePrint = options.largePrint;
    handoutOptions.pageSize = options.letterPaper ? QPageSize::Letter : QPageSize::A4;
    handoutOptions.clinic = run.settings.clinicProfile();
    als::Handout handout(als::Content::builtIn(), handoutOptions);

    // Written to a temporary file beside the target and renamed at the end: no half-written PDF is ever left.
    QString problem;
    if (!als::saveExport(
            options.exportPath,
            [&handout](QIODevice *device, QString *error) { return handout.writePdf(device, error); }, &problem)) {
        complain(QCoreApplication::translate("main", "cannot write %1: %2").arg(options.exportPath, problem));
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const als::CommandLineOptions first = als::parseCommandLine(rawArguments(argc, argv));
    if (first.action == als::CommandLineOptions::Action::ExportPdf)
        return exportHandout(argc, argv, first);
    if (first.action != als::CommandLineOptions::Action::RunGui)
        return answerWithoutWindow(argc, argv, first);

    QApplication app(argc, argv);
    setApplicationIdentity();
    // The installed theme icon's picture: task bars show the window with the icon its launcher has.
    QIcon icon(QStringLiteral(":/icons/256x256/als-evidence-guide.png"));
    icon.addFile(QStringLiteral(":/icons/64x64/als-evidence-guide.png"));
    QApplication::setWindowIcon(icon);
    preferLegibleFont();
    (void)als::baseApplicationFont();

    als::Settings settings;
    als::Translations translations;
    const als::Language language = startLanguage(first, settings);
    translations.install(language);

    // One window per user: a second start could otherwise open a guide beside a desk, or stand in for it. It
    // brings the first to the front and goes, before it changes any setting.
    als::SingleInstance instance(als::SingleInstance::defaultDirectory(), QStringLiteral("als-evidence-guide"));
    switch (instance.claim()) {
    case als::SingleInstance::Claim::First:
        break;
    case als::SingleInstance::Claim::AlreadyRunning:
        QTextStream(stderr) << "als-evidence-guide: "
                            << (instance.reachedFirst()
                                    ? QCoreApplication::translate(
                                          "main", "the guide is already open; its window has been brought to the front.")
                                    : QCoreApplication::translate("main", "the guide is already open."))
                            << Qt::endl;
        return 0;
    case als::SingleInstance::Claim::Unguarded:
        QTextStream(stderr) << "als-evidence-guide: "
                            << QCoreApplication::translate("main", "cannot make sure the guide runs only once (%1).")
                                   .arg(instance.errorString())
                            << Qt::endl;
        break;
    }
    settings.setLanguage(language);

    // The store opens when the first request is saved, so a database problem never keeps a reader from reading.
    QString problem;
    const QString url = !first.database.isEmpty() ? first.database : settings.databaseUrl();
    std::optional<als::DatabaseLocation> location = url.isEmpty() ? als::DatabaseLocation::defaultSqlite()
                                                                  : als::DatabaseLocation::parse(url, &problem);
    als::RequestStore store;
    // On PostgreSQL a desk and the staff inbox sign in with different rights; the store checks its role's at opening.
    store.setRole(first.kiosk ? als::RequestStore::Role::Desk : als::RequestStore::Role::Staff);
    if (location) {
        store.setLocation(*location);
    } else {
        // Never fall back to another database behind staff's back: requests would be kept where no inbox looks.
        complain(problem);
        store.setUnusable(problem);
    }

    als::MainWindow window(als::Content::builtIn(), settings, translations);
    window.setRequestStore(&store);
    QObject::connect(&instance, &als::SingleInstance::activationRequested, &window, [&window] {
        // To the front as it is: full screen at a desk, else as the reader left it (unminimised).
        if (window.isMinimized())
            window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.raise();
        window.activateWindow();
    });
    // Desk mode starts only once a staff passphrase exists; if staff do not set one, the guide opens as usual.
    if (!first.kiosk || !window.setDeskMode(true))
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
