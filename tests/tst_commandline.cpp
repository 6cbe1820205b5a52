// The command line: parsed in one pure function, and the real binary answers without a window.

#include "CommandLine.h"
#include "Content.h"

#include <QProcess>
#include <QTest>

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
    Run run(const QStringList &arguments, const QString &platform = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The text answers must not need a display at all.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (platform.isEmpty())
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        else
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ALS_BINARY), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
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
        QCOMPARE(lines.size(), c.sections().size());
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i), c.sections().at(i).id + QLatin1Char('\t') + c.sections().at(i).title.en);
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
