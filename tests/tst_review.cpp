// The content's review date, as a reader meets it: from the day after the next review date, a notice with that date
// stands above every view, the consultation form included, in the reader's language and in colours that hold 7:1 in
// both looks; on the date itself there is none. The day comes from Clock, which each test moves and puts back.

#include "Clock.h"
#include "Content.h"
#include "Dialogs.h"
#include "GuideFixture.h"
#include "MainWindow.h"
#include "SearchPanel.h"
#include "SectionView.h"
#include "Theme.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace als;

class TestReview : public QObject
{
    Q_OBJECT

private:
    const Content &c = Content::builtIn();
    GuideFixture m_guide;

    MainWindow *window() const { return m_guide.window.get(); }
    QLabel *notice() const { return window()->findChild<QLabel *>(QStringLiteral("overdueNotice")); }
    QString currentId() const { return window()->currentView() ? window()->currentView()->sectionId() : QString(); }

    void press(int key, Qt::KeyboardModifiers modifiers)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    static QString accessibleText(QWidget *w, QAccessible::Text what)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        return iface ? iface->text(what) : QString();
    }

    // Visible, drawn, and above the view the reader is in.
    QString noticeProblem() const
    {
        QLabel *n = notice();
        if (!n || !n->isVisible() || n->visibleRegion().isEmpty())
            return QStringLiteral("no notice shown over ") + currentId();
        const QWidget *view = window()->currentView();
        if (!view || !view->isVisible())
            return QStringLiteral("no view shown");
        if (n->mapTo(window(), QPoint(0, n->height())).y() > view->mapTo(window(), QPoint(0, 0)).y())
            return QStringLiteral("the notice is not above ") + currentId();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setAutomatic(true);
        (void)baseApplicationFont();
    }

    void cleanup()
    {
        m_guide.stop();
        Clock::setToday({});
        Theme::apply(false);
    }

    void clockIsMovedAndPutBack()
    {
        const QDate fixed(2031, 2, 3);
        Clock::setToday(fixed);
        QCOMPARE(Clock::today(), fixed);
        Clock::setToday({});
        QCOMPARE(Clock::today(), QDate::currentDate());
    }

    void overdueFromTheDayAfterTheReviewDate_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("overdue");
        const QDate next = c.nextReview();
        QTest::newRow("the day it was reviewed") << c.reviewed() << false;
        QTest::newRow("the day before") << next.addDays(-1) << false;
        QTest::newRow("the review date itself") << next << false;
        QTest::newRow("the day after") << next.addDays(1) << true;
        QTest::newRow("a year later") << next.addYears(1) << true;
        QTest::newRow("no date") << QDate() << false;
    }
    void overdueFromTheDayAfterTheReviewDate()
    {
        QFETCH(QDate, today);
        QFETCH(bool, overdue);
        QCOMPARE(c.isOverdue(today), overdue);
    }

    void noticeTextNamesTheDateInBothLanguages()
    {
        for (Language l : allLanguages()) {
            const QString text = c.overdueNotice(l);
            QVERIFY2(text.contains(Content::formatDate(c.nextReview(), l)), qPrintable(text));
            QVERIFY(text.startsWith(c.label(QStringLiteral("overdueNotice"), l).section(QStringLiteral("%1"), 0, 0)));
            QVERIFY(!text.contains(QLatin1String("%1")));
        }
        QVERIFY(c.overdueNotice(Language::Japanese).contains(QStringLiteral("見直し")));
        QVERIFY(c.overdueNotice(Language::English).contains(QLatin1String("past its review date")));
    }

    void noticeAboveEveryViewWhenOverdue_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("ja") << int(Language::Japanese);
        QTest::newRow("en") << int(Language::English);
    }
    void noticeAboveEveryViewWhenOverdue()
    {
        QFETCH(int, language);
        const Language l = Language(language);
        Clock::setToday(c.nextReview().addDays(1));
        QVERIFY(m_guide.start(l, true));
        QVERIFY(notice());
        QCOMPARE(notice()->text(), c.overdueNotice(l));
        QVERIFY(notice()->text().contains(Content::formatDate(c.nextReview(), l)));
        QCOMPARE(accessibleText(notice(), QAccessible::Name), c.overdueNotice(l));
        const QString description = accessibleText(notice(), QAccessible::Description);
        QVERIFY2(description.contains(c.label(QStringLiteral("nextReview"), l))
                     && description.contains(Content::formatDate(c.nextReview(), l)),
                 qPrintable(description));

        // Every view, reached as a reader reaches it: the first by Ctrl+1, the rest by Ctrl+Page Down.
        press(Qt::Key_1, Qt::ControlModifier);
        QSet<QString> seen;
        for (int i = 0; i < c.sections().size(); ++i) {
            const QString id = c.sections().at(i).id;
            QTRY_COMPARE(currentId(), id);
            QTRY_VERIFY2(noticeProblem().isEmpty(), qPrintable(noticeProblem()));
            seen << id;
            press(Qt::Key_PageDown, Qt::ControlModifier);
        }
        QCOMPARE(seen.size(), c.sections().size());
        QVERIFY(seen.contains(QStringLiteral("consultation")));
        // And by its tab.
        const int consultation = window()->tabs()->indexOf(window()->view(QStringLiteral("consultation"))->parentWidget());
        QVERIFY(consultation >= 0);
        window()->tabs()->setCurrentIndex(consultation);
        QTRY_COMPARE(currentId(), QStringLiteral("consultation"));
        QTRY_VERIFY2(noticeProblem().isEmpty(), qPrintable(noticeProblem()));
    }

    void noticeFollowsTheLanguage()
    {
        Clock::setToday(c.nextReview().addMonths(2));
        QVERIFY(m_guide.start(Language::Japanese, true));
        QCOMPARE(notice()->text(), c.overdueNotice(Language::Japanese));
        window()->findChild<QAction *>(QStringLiteral("languageEnglish"))->trigger();
        QTRY_COMPARE(notice()->text(), c.overdueNotice(Language::English));
        QVERIFY(notice()->text().contains(Content::formatDate(c.nextReview(), Language::English)));
        QCOMPARE(accessibleText(notice(), QAccessible::Name), c.overdueNotice(Language::English));
        QVERIFY(accessibleText(notice(), QAccessible::Description).contains(c.label(QStringLiteral("reviewed"), Language::English)));
        QVERIFY(notice()->isVisible());
        window()->findChild<QAction *>(QStringLiteral("languageJapanese"))->trigger();
        QTRY_COMPARE(notice()->text(), c.overdueNotice(Language::Japanese));
        QVERIFY(accessibleText(notice(), QAccessible::Description).contains(c.label(QStringLiteral("reviewed"), Language::Japanese)));
    }

    void noNoticeUpToTheReviewDate_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("the review date") << c.nextReview();
        QTest::newRow("the day it was reviewed") << c.reviewed();
    }
    void noNoticeUpToTheReviewDate()
    {
        QFETCH(QDate, today);
        Clock::setToday(today);
        QVERIFY(m_guide.start(Language::Japanese, true));
        for (Language l : allLanguages()) {
            window()->setLanguage(l);
            for (const SectionInfo &s : c.sections()) {
                window()->showSection(s.id);
                QTRY_VERIFY(window()->view(s.id)->isVisible());
                QVERIFY2(notice() && !notice()->isVisible(), qPrintable(s.id));
            }
        }
    }

    void noticeAppearsAfterMidnight()
    {
        Clock::setToday(c.nextReview());
        QVERIFY(m_guide.start(Language::English, true));
        QVERIFY(!notice()->isVisible());
        // The window asks again just after the next midnight, by the system's clock.
        auto *check = window()->findChild<QTimer *>(QStringLiteral("reviewCheck"));
        QVERIFY(check);
        QVERIFY(check->isActive());
        QVERIFY(check->isSingleShot());
        const QDateTime now = QDateTime::currentDateTime();
        const qint64 toMidnight = now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0)));
        // (A second after midnight, give or take the few milliseconds between two clocks.)
        QVERIFY2(check->remainingTime() > 0 && check->remainingTime() <= toMidnight + 1100,
                 qPrintable(QStringLiteral("%1 ms, midnight in %2 ms").arg(check->remainingTime()).arg(toMidnight)));
        QVERIFY(check->remainingTime() >= toMidnight - 60000);

        // Midnight comes: the next day is past the review date.
        Clock::setToday(c.nextReview().addDays(1));
        check->start(0);
        QTRY_VERIFY(notice()->isVisible());
        QCOMPARE(notice()->text(), c.overdueNotice(Language::English));
        QTRY_VERIFY(check->isActive());  // and it keeps asking, day after day
        QVERIFY(check->remainingTime() > 1000);
    }

    void noticeKeepsSevenToOneInBothLooks_data()
    {
        QTest::addColumn<bool>("highContrast");
        QTest::newRow("standard") << false;
        QTest::newRow("high contrast") << true;
    }
    void noticeKeepsSevenToOneInBothLooks()
    {
        QFETCH(bool, highContrast);
        Clock::setToday(c.nextReview().addDays(1));
        QVERIFY(m_guide.start(Language::Japanese, true));
        window()->setHighContrast(highContrast);
        QCOMPARE(Theme::isHighContrast(), highContrast);
        const QPalette app = QApplication::palette();
        const QColor text = Theme::warningText(app);
        const QColor background = Theme::warningBackground(app);
        QVERIFY2(Theme::contrastRatio(text, background) >= 7.0, qPrintable(QString::number(Theme::contrastRatio(text, background))));
        QCOMPARE(notice()->palette().color(QPalette::WindowText), text);
        QCOMPARE(notice()->palette().color(QPalette::Window), background);
        // As drawn: the warning background inside, its text colour in the frame.
        QTRY_VERIFY(notice()->isVisible() && notice()->height() > 20);
        const QImage image = notice()->grab().toImage();
        QCOMPARE(QColor(image.pixel(5, image.height() / 2)), background);
        QCOMPARE(QColor(image.pixel(0, image.height() / 2)), text);
        // The bar stands out from the window around it.
        QVERIFY(background != app.color(QPalette::Window) || highContrast);
        // Both looks, back and forth: the notice follows.
        window()->setHighContrast(!highContrast);
        QCOMPARE(notice()->palette().color(QPalette::Window), Theme::warningBackground(QApplication::palette()));
        QVERIFY(Theme::contrastRatio(notice()->palette().color(QPalette::WindowText), notice()->palette().color(QPalette::Window)) >= 7.0);
    }

    void noticeGrowsWithTheTextAndIsNeverCut()
    {
        Clock::setToday(c.nextReview().addDays(1));
        QVERIFY(m_guide.start(Language::English, true));
        QVERIFY(notice()->font().bold());
        for (int scale : {100, 200, 300}) {
            window()->setTextScale(scale);
            QTRY_COMPARE(notice()->font().pointSizeF(), QApplication::font().pointSizeF());
            QVERIFY(notice()->font().bold());
            QVERIFY(notice()->wordWrap());
            QTRY_VERIFY2(notice()->height() >= notice()->heightForWidth(notice()->width()),
                         qPrintable(QStringLiteral("%1 %: %2 px, needs %3").arg(scale).arg(notice()->height()).arg(notice()->heightForWidth(notice()->width()))));
            QVERIFY(notice()->width() <= window()->width());
        }
        window()->setTextScale(100);
    }

    void noticeIsNoStopInTheTabChain()
    {
        Clock::setToday(c.nextReview().addDays(1));
        QVERIFY(m_guide.start(Language::Japanese, true));
        QCOMPARE(notice()->focusPolicy(), Qt::NoFocus);
        for (const char *section : {"overview", "consultation"}) {
            window()->showSection(QLatin1String(section));
            QWidget *start = window()->searchPanel()->field();
            start->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), start);
            int steps = 0;
            do {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QVERIFY(QApplication::focusWidget() && QApplication::focusWidget() != notice());
            } while (QApplication::focusWidget() != start && ++steps < 400);
            QVERIFY2(QApplication::focusWidget() == start, section);
        }
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
