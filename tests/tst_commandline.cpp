// The command line: parsed in one pure function, and the real binary answers without a window.

#include "CommandLine.h"
#include "Content.h"
#include "FileNodes.h"
#include "Handout.h"
#include "RequestStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace als;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &platform = QString(),
            const QString &program = QStringLiteral(ALS_BINARY), const QString &workingDirectory = QString())
    {
        QProcess process;
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The text answers must not need a display at all.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (platform.isEmpty())
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        else
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    // Finding 1: a device, pipe, folder or link (to anything) is refused with one line and a non-zero exit, and is
    // still there, unchanged, afterwards; no temporary file is left beside it.
    void finding1_exportPdfRefusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"folder", "pipe", "device", "link to a device", "link to a pipe", "link to a file",
                                 "link to a folder", "dangling link"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void finding1_exportPdfRefusesWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("handout.pdf"));
        const QString victim = dir.filePath(QStringLiteral("victim"));
        const QString pipe = dir.filePath(QStringLiteral("pipe"));
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(target));
        } else if (kind == QLatin1String("pipe")) {
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        } else if (kind == QLatin1String("device")) {
            // A private null device in the scratch folder; never a system path.
            if (::mknod(QFile::encodeName(target).constData(), S_IFCHR | 0600, makedev(1, 3)) != 0)
                QSKIP("cannot make a device node here (no permission)");
        } else if (kind == QLatin1String("link to a device")) {
            // Only looked at (lstat), never opened: the refusal comes before anything is written.
            QVERIFY(QFile::link(QStringLiteral("/dev/null"), target));
        } else if (kind == QLatin1String("link to a pipe")) {
            QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
            QVERIFY(QFile::link(pipe, target));
        } else if (kind == QLatin1String("link to a file")) {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
            f.close();
            QVERIFY(QFile::link(victim, target));
        } else if (kind == QLatin1String("link to a folder")) {
            QVERIFY(QDir().mkpath(victim));
            QVERIFY(QFile::link(victim, target));
        } else {
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), target));
        }
        const QString before = nodeAt(target);
        const QString victimBefore = nodeAt(victim);
        const QStringList filesBefore = everythingIn(dir.path());

        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-pdf"), target,
                           QStringLiteral("--sections"), QStringLiteral("overview")});
        QCOMPARE_NE(r.exitCode, 0);
        QCOMPARE_NE(r.exitCode, -1);  // it finished
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("als-evidence-guide: cannot write ")), qPrintable(r.err));
        QCOMPARE(nodeAt(target), before);
        QCOMPARE(nodeAt(victim), victimBefore);
        QCOMPARE(everythingIn(dir.path()), filesBefore);
    }

    // The owner's command after installing or updating: the database made or upgraded, said in one line, no window
    // (no display here at all); a database it cannot use is named on stderr with a non-zero exit.
    void migrateOnlyUpgradesTheDatabaseAndExits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("requests.db"));
        const Run made = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--migrate-only"),
                              QStringLiteral("--database"), QStringLiteral("sqlite://") + path});
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.out.contains(QStringLiteral("is at schema %1").arg(RequestStore::currentSchemaVersion())),
                 qPrintable(made.out + made.err));
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());  // the owner's alone

        const QString notADatabase = dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(notADatabase);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a database\n");
        notes.close();
        const Run refused = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--migrate-only"),
                                 QStringLiteral("--database"), QStringLiteral("sqlite://") + notADatabase});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("not a requests database")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
    }

    // Finding 14: what --list-sections prints is exactly what --sections takes, in both directions.
    void finding14_listSectionsAndSectionsAgree()
    {
        const Run r = run({QStringLiteral("--list-sections"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QStringList listed;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            listed << line.section(QLatin1Char('\t'), 0, 0);
        QVERIFY(!listed.isEmpty());
        const auto accepted = [](const QString &id) {
            return parseCommandLine({QStringLiteral("als-evidence-guide"), QStringLiteral("--export-pdf"),
                                     QStringLiteral("out.pdf"), QStringLiteral("--sections"), id})
                       .action
                == CommandLineOptions::Action::ExportPdf;
        };
        for (const QString &id : listed)
            QVERIFY2(accepted(id), qPrintable(id + QStringLiteral(" is listed but refused")));
        for (const SectionInfo &section : Content::builtIn().sections()) {
            if (!listed.contains(section.id))
                QVERIFY2(!accepted(section.id), qPrintable(section.id + QStringLiteral(" is taken but not listed")));
        }
        QVERIFY(!listed.contains(QLatin1String("consultation")));
        QCOMPARE(listed, Handout::printableSections(Content::builtIn()));
    }

    // Finding 15: "-" is not a file name anyone means to create; it is refused, and no file "-" appears.
    void finding15_exportPdfToDashIsRefused()
    {
        const CommandLineOptions options = parseCommandLine(
            {QStringLiteral("als-evidence-guide"), QStringLiteral("--export-pdf"), QStringLiteral("-")});
        QCOMPARE(int(options.action), int(CommandLineOptions::Action::Error));
        QVERIFY2(options.message.contains(QLatin1String("standard output")), qPrintable(options.message));
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--lang=en"), QStringLiteral("--export-pdf"), QStringLiteral("-")}, {},
                          QStringLiteral(ALS_BINARY), dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(everythingIn(dir.path()).isEmpty());
        // A file really named "-" can still be asked for.
        QCOMPARE(int(parseCommandLine(
                         {QStringLiteral("als-evidence-guide"), QStringLiteral("--export-pdf"), QStringLiteral("./-")})
                         .action),
                 int(CommandLineOptions::Action::ExportPdf));
    }

    // Finding 15: a name that is not valid UTF-8 is refused, with its bytes shown, not written as "��.pdf".
    void finding15_invalidUtf8PathIsRefused()
    {
        const CommandLineOptions options = parseCommandLine(
            QList<QByteArray>{"als-evidence-guide", "--export-pdf", "\xff\xfe\xe3\x81\x82.pdf"});
        QCOMPARE(int(options.action), int(CommandLineOptions::Action::Error));
        QVERIFY2(options.message.contains(QStringLiteral("\\xFF\\xFE\u3042.pdf")), qPrintable(options.message));
        QVERIFY(!options.message.contains(QChar(QChar::ReplacementCharacter)));
        // Said in the language asked for.
        QCOMPARE(parseCommandLine(QList<QByteArray>{"als-evidence-guide", "--lang", "en", "--export-pdf", "\xff.pdf"})
                     .language,
                 std::optional<Language>(Language::English));
        // Valid bytes parse as before.
        QCOMPARE(
            int(parseCommandLine(QList<QByteArray>{"als-evidence-guide", "--export-pdf", "\xe3\x81\x82.pdf"}).action),
            int(CommandLineOptions::Action::ExportPdf));
        // The real binary, given the raw bytes by the shell.
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("-c"),
                           QStringLiteral("exec \"$0\" --lang en --export-pdf \"$(printf '\\377\\376.pdf')\""),
                           QStringLiteral(ALS_BINARY)},
                          {}, QStringLiteral("/bin/sh"), dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("\\xFF\\xFE.pdf")), qPrintable(r.err));
        QVERIFY(everythingIn(dir.path()).isEmpty());
    }

    // Finding 15: what the user typed is quoted in an error as visible escapes: one line, no terminal control.
    void finding15_userInputInErrorsIsShownNotObeyed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("shown");
        QTest::newRow("newline in --lang")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("x\ny")} << QStringLiteral("x\\ny");
        QTest::newRow("terminal escape") << QStringList{QStringLiteral("--lang"), QStringLiteral("\x1b[2J\x1b[31mja")}
                                         << QStringLiteral("\\x1B[2J\\x1B[31mja");
        QTest::newRow("bidi override") << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("out.pdf"),
                                                      QStringLiteral("--paper"), QStringLiteral("\u202Efdp.exe")}
                                       << QStringLiteral("\\u202Efdp.exe");
        QTest::newRow("stray argument with CR")
            << QStringList{QStringLiteral("over\rview")} << QStringLiteral("over\\rview");
        QTest::newRow("unknown option with NEL")
            << QStringList{QStringLiteral("--x\u0085y")} << QStringLiteral("x\\u0085y");
    }
    void finding15_userInputInErrorsIsShownNotObeyed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, shown);
        const CommandLineOptions options = parseCommandLine(QStringList{QStringLiteral("als-evidence-guide")}
                                                            + arguments);
        QCOMPARE(int(options.action), int(CommandLineOptions::Action::Error));
        QVERIFY2(options.message.contains(shown), qPrintable(options.message));
        for (const QChar c : options.message)
            QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                     qPrintable(options.message));
        const Run r = run(QStringList{QStringLiteral("--lang=en")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(shown), qPrintable(r.err));
        QVERIFY(!r.err.contains(QChar(0x1B)) && !r.err.contains(QChar(0x202E)) && !r.err.contains(QLatin1Char('\r')));
    }

    void parses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("language");
        using A = CommandLineOptions::Action;
        QTest::newRow("nothing") << QStringList{} << int(A::RunGui) << QString();
        QTest::newRow("--lang ja") << QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} << int(A::RunGui) << QStringLiteral("ja");
        QTest::newRow("--lang=en") << QStringList{QStringLiteral("--lang=en")} << int(A::RunGui) << QStringLiteral("en");
        QTest::newRow("--lang EN (any case)") << QStringList{QStringLiteral("--lang"), QStringLiteral("EN")} << int(A::RunGui) << QStringLiteral("en");
        QTest::newRow("--list-sections") << QStringList{QStringLiteral("--list-sections")} << int(A::ListSections) << QString();
        QTest::newRow("--list-sections --lang en") << QStringList{QStringLiteral("--list-sections"), QStringLiteral("--lang"), QStringLiteral("en")} << int(A::ListSections) << QStringLiteral("en");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << int(A::ShowVersion) << QString();
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << int(A::ShowHelp) << QString();
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << int(A::ShowHelp) << QString();
        QTest::newRow("--migrate-only") << QStringList{QStringLiteral("--migrate-only")} << int(A::MigrateOnly)
                                        << QString();
        QTest::newRow("--migrate-only --kiosk")
            << QStringList{QStringLiteral("--migrate-only"), QStringLiteral("--kiosk")} << int(A::Error) << QString();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << int(A::Error) << QString();
        QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << int(A::Error) << QString();
        QTest::newRow("missing value") << QStringList{QStringLiteral("--lang")} << int(A::Error) << QString();
        QTest::newRow("stray argument") << QStringList{QStringLiteral("overview")} << int(A::Error) << QString();
    }
    void parses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, action);
        QFETCH(QString, language);
        const CommandLineOptions options = parseCommandLine(QStringList{QStringLiteral("als-evidence-guide")} + arguments);
        QCOMPARE(int(options.action), action);
        QCOMPARE(options.language ? languageCode(*options.language) : QString(), language);
        if (options.action == CommandLineOptions::Action::Error) {
            QVERIFY(options.message.startsWith(QLatin1String("als-evidence-guide: ")));
            QVERIFY2(!options.message.contains(QLatin1Char('\n')), "one line");
        }
    }

    void versionNamesTheProgram()
    {
        const auto options = parseCommandLine({QStringLiteral("als-evidence-guide"), QStringLiteral("--version")});
        QCOMPARE(options.message, QStringLiteral("als-evidence-guide " ALS_VERSION));
    }

    void helpListsEveryOption()
    {
        const auto options = parseCommandLine({QStringLiteral("/some/path/als-evidence-guide"), QStringLiteral("--help")});
        for (const char *option : {"--lang", "--list-sections", "--version", "--help"})
            QVERIFY2(options.message.contains(QLatin1String(option)), option);
    }

    void binaryListsSections()
    {
        const Run r = run({QStringLiteral("--list-sections"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const Content &c = Content::builtIn();
        QList<SectionInfo> printable;
        for (const SectionInfo &section : c.sections()) {
            if (Handout::printableSections(c).contains(section.id))
                printable << section;
        }
        QCOMPARE(lines.size(), printable.size());
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i), printable.at(i).id + QLatin1Char('\t') + printable.at(i).title.en);
        const Run ja = run({QStringLiteral("--list-sections"), QStringLiteral("--lang=ja")});
        QCOMPARE(ja.exitCode, 0);
        QVERIFY(ja.out.startsWith(QStringLiteral("overview\t概要\n")));
    }

    void binaryAnswersVersionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("als-evidence-guide " ALS_VERSION));
        const Run help = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--list-sections")));
        QVERIFY(help.out.contains(QLatin1String("Show the version and exit.")));
        const Run helpJa = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("ja")});
        QCOMPARE(helpJa.exitCode, 0);
        QVERIFY2(helpJa.out.contains(QStringLiteral("バージョン")), qPrintable(helpJa.out));
    }

    void binaryRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("--lang=en")} << QStringLiteral("frobnicate");
        QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("fr");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--lang")} << QStringLiteral("lang");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--lang=en"), QStringLiteral("overview")} << QStringLiteral("overview");
    }
    void binaryRejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run r = run(arguments);
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("als-evidence-guide: ")), qPrintable(r.err));
        QVERIFY2(lines.first().contains(mentions), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
