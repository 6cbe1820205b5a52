// Japanese first, English complete: every UI string is translated, and stays so as the code grows.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Counts
    {
        int messages = 0;
        int unfinished = 0;
        QStringList untranslated;
    };

    static Counts count(const QString &path)
    {
        Counts counts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return counts;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++counts.messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("unfinished"))
                    ++counts.unfinished;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.trimmed().isEmpty() && type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                    counts.untranslated << source;
            }
        }
        return counts;
    }

private Q_SLOTS:
    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ja") << QStringLiteral(ALS_SOURCE_DIR "/translations/als-evidence-guide_ja.ts");
        QTest::newRow("en") << QStringLiteral(ALS_SOURCE_DIR "/translations/als-evidence-guide_en.ts");
    }
    void tsFilesAreComplete()
    {
        QFETCH(QString, file);
        const Counts counts = count(file);
        QVERIFY(counts.messages >= 30);
        QCOMPARE(counts.unfinished, 0);
        QVERIFY2(counts.untranslated.isEmpty(), qPrintable(counts.untranslated.join(QLatin1String(" | "))));
    }

    void everyStringInTheCodeIsTranslated()
    {
        // Run lupdate over today's sources into a copy: a new tr() without a translation shows up as unfinished.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("ja.ts"));
        QVERIFY(QFile::copy(QStringLiteral(ALS_SOURCE_DIR "/translations/als-evidence-guide_ja.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(ALS_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(ALS_SOURCE_DIR "/app"), QStringLiteral(ALS_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const Counts counts = count(copy);
        QVERIFY2(counts.unfinished == 0 && counts.untranslated.isEmpty(),
                 qPrintable(QStringLiteral("untranslated: ") + counts.untranslated.join(QLatin1String(" | "))));
    }

    void compiledTranslationsLoad()
    {
        QTranslator ja;
        QVERIFY(ja.load(QStringLiteral(":/i18n/als-evidence-guide_ja")));
        QCOMPARE(ja.translate("als::MainWindow", "ALS Evidence Guide"), QStringLiteral("ALSエビデンスガイド"));
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/als-evidence-guide_en")));
        QCOMPARE(en.translate("als::SearchPanel", "%n result(s)", nullptr, 2), QStringLiteral("%n results"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
