// Remembered choices: typed, clamped, persisted; the first-start language follows the system locale.

#include "Language.h"
#include "Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace als;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Japanese system") << QStringLiteral("ja_JP") << QStringLiteral("ja");
        QTest::newRow("English (US) system") << QStringLiteral("en_US") << QStringLiteral("en");
        QTest::newRow("English (GB) system") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("French system falls back to Japanese") << QStringLiteral("fr_FR") << QStringLiteral("ja");
        QTest::newRow("C locale falls back to Japanese") << QStringLiteral("C") << QStringLiteral("ja");
    }
    void firstStartLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(languageCode(languageForLocale(QLocale(locale))), expected);
    }

    void persistsAcrossInstances()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings s(file);
            QVERIFY(!s.language());
            QCOMPARE(s.textScale(), 100);
            QSignalSpy languageSpy(&s, &Settings::languageChanged);
            QSignalSpy scaleSpy(&s, &Settings::textScaleChanged);
            s.setLanguage(Language::English);
            s.setLanguage(Language::English);  // no change, no signal
            s.setTextScale(175);
            s.setLastView(QStringLiteral("stem-cells"));
            s.setWindowGeometry(QByteArray("geometry"));
            QCOMPARE(languageSpy.count(), 1);
            QCOMPARE(scaleSpy.count(), 1);
        }
        Settings again(file);
        QCOMPARE(again.language(), Language::English);
        QCOMPARE(again.textScale(), 175);
        QCOMPARE(again.lastView(), QStringLiteral("stem-cells"));
        QCOMPARE(again.windowGeometry(), QByteArray("geometry"));
    }

    void textScaleIsClamped_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("stored");
        QTest::newRow("below 100%") << 40 << 100;
        QTest::newRow("in range") << 250 << 250;
        QTest::newRow("above 300%") << 1000 << 300;
    }
    void textScaleIsClamped()
    {
        QFETCH(int, requested);
        QFETCH(int, stored);
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        s.setTextScale(requested);
        QCOMPARE(s.textScale(), stored);
    }

    void garbageInTheFileIsIgnored()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("reader/language"), QStringLiteral("klingon"));
            raw.setValue(QStringLiteral("reader/textScale"), QStringLiteral("huge"));
        }
        Settings s(file);
        QVERIFY(!s.language());
        QCOMPARE(s.textScale(), 100);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
