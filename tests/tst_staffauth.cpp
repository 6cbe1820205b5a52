// The staff passphrase's lock-out, decided in the core: the wait after wrong passphrases grows 1, 2, 4 … 60 s, is
// timed by the database's clock, and a clock set back never makes it longer than the delay.

#include "StaffAuth.h"

#include <QTest>

#include <limits>

using namespace als;

namespace {
constexpr qint64 kNone = std::numeric_limits<qint64>::min();
}

class TestStaffAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWaitGrowsThenStaysAtAMinute()
    {
        QList<int> waits;
        for (int failures = 0; failures <= 9; ++failures)
            waits << StaffAuth::delaySeconds(failures);
        QCOMPARE(waits, (QList<int>{0, 1, 2, 4, 8, 16, 32, 60, 60, 60}));
        QCOMPARE(StaffAuth::delaySeconds(-1), 0);
        QCOMPARE(StaffAuth::delaySeconds(1000000), 60);
    }

    void aTryIsAllowedOnceTheWaitIsOver_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("since");  // kNone: no time recorded
        QTest::addColumn<int>("wait");
        QTest::newRow("no failure") << 0 << kNone << 0;
        QTest::newRow("no failure, long ago") << 0 << qint64(5) << 0;
        QTest::newRow("one failure, just now") << 1 << qint64(0) << 1;
        QTest::newRow("one failure, a second ago") << 1 << qint64(1) << 0;
        QTest::newRow("three failures, a second ago") << 3 << qint64(1) << 3;
        QTest::newRow("three failures, four seconds ago") << 3 << qint64(4) << 0;
        QTest::newRow("many failures, half a minute ago") << 12 << qint64(30) << 30;
        QTest::newRow("many failures, an hour ago") << 12 << qint64(3600) << 0;
        QTest::newRow("stamped in the future") << 12 << qint64(-600) << 60;
        QTest::newRow("no time recorded") << 5 << kNone << 0;
    }
    void aTryIsAllowedOnceTheWaitIsOver()
    {
        QFETCH(int, failures);
        QFETCH(qint64, since);
        QFETCH(int, wait);
        const std::optional<qint64> elapsed = since == kNone ? std::nullopt : std::optional<qint64>(since);
        QCOMPARE(StaffAuth::secondsToWait(failures, elapsed), wait);
    }

    void onlyTheRightPassphraseVerifies()
    {
        const QString hash = StaffAuth::hash(QStringLiteral("correct horse battery staple"));
        QVERIFY(StaffAuth::isArgon2id(hash));
        QVERIFY(!hash.contains(QLatin1String("horse")));
        QVERIFY(StaffAuth::verify(hash, QStringLiteral("correct horse battery staple")));
        QVERIFY(!StaffAuth::verify(hash, QStringLiteral("correct horse battery stapl")));
        QVERIFY(!StaffAuth::verify(QStringLiteral("plain text"), QStringLiteral("plain text")));
    }
};

QTEST_GUILESS_MAIN(TestStaffAuth)
#include "tst_staffauth.moc"
