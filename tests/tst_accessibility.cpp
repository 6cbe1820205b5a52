// Keyboard and screen-reader use of every view, the inbox and the handout dialog: the Tab chain reaches every
// control, never loops and always gets back; every control has a name in both languages; at 200 % text nothing
// is clipped; the high-contrast colours reach 7:1.

#include "Content.h"
#include "Dialogs.h"
#include "FocusRing.h"
#include "GuideFixture.h"
#include "HandoutDialog.h"
#include "InboxWindow.h"
#include "MainWindow.h"
#include "RequestStore.h"
#include "SearchPanel.h"
#include "SectionView.h"
#include "Settings.h"
#include "StaffAuth.h"
#include "Theme.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QTableView>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace als;

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    const Content &c = Content::builtIn();
    GuideFixture m_guide;
    std::unique_ptr<Settings> &m_settings = m_guide.settings;
    std::unique_ptr<Translations> &m_translations = m_guide.translations;
    std::unique_ptr<RequestStore> &m_store = m_guide.store;
    std::unique_ptr<MainWindow> &m_window = m_guide.window;

    static QList<QWidget *> focusable(QWidget *window)
    {
        QList<QWidget *> list;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && w->window() == window
                && !qobject_cast<FocusRing *>(w) && !w->focusProxy())
                list << w;
        }
        return list;
    }

    static QString describe(QWidget *w)
    {
        return w ? QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                 : QStringLiteral("nothing");
    }

    // Presses Tab (or Shift+Tab) until focus comes back to where it started: nothing visited twice on the way.
    static QStringList walk(QWidget *window, QWidget *start, bool backwards, QList<QWidget *> *visited)
    {
        QStringList problems;
        start->setFocus(Qt::TabFocusReason);
        QTest::qWait(0);
        if (QApplication::focusWidget() != start)
            return {QStringLiteral("could not focus the start ") + describe(start)};
        QWidget *previous = start;
        visited->append(start);
        for (int i = 0; i < 600; ++i) {
            QTest::keyClick(QApplication::focusWidget(), backwards ? Qt::Key_Backtab : Qt::Key_Tab,
                            backwards ? Qt::ShiftModifier : Qt::NoModifier);
            QWidget *now = QApplication::focusWidget();
            if (!now || now->window() != window)
                return {QStringLiteral("focus left the window after ") + describe(previous)};
            if (now == previous)
                continue;  // moving between the links inside one text view
            if (now == start)
                return problems;
            if (visited->contains(now))
                return {QStringLiteral("a loop: ") + describe(now) + QStringLiteral(" again, after ") + describe(previous)};
            visited->append(now);
            previous = now;
        }
        return {QStringLiteral("focus never came back to ") + describe(start)};
    }

    void checkChain(QWidget *window, QWidget *start)
    {
        for (bool backwards : {false, true}) {
            QList<QWidget *> visited;
            const QStringList problems = walk(window, start, backwards, &visited);
            if (qEnvironmentVariableIsSet("ALS_DEBUG_WALK")) {
                QStringList names;
                for (QWidget *w : visited)
                    names << describe(w);
                qWarning().noquote() << names.join(QLatin1String(" > "));
            }
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            for (QWidget *w : focusable(window)) {
                // A focus proxy's target stands in for it, and a text view with no link keeps Tab for itself.
                QVERIFY2(visited.contains(w), qPrintable(QStringLiteral("never reached: ") + describe(w)
                                                          + (backwards ? QStringLiteral(" (Shift+Tab)") : QString())));
            }
        }
    }

    static void checkNames(QWidget *window, const QString &where)
    {
        for (QWidget *w : focusable(window)) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY2(iface && !iface->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(where + QStringLiteral(": no name for ") + describe(w)));
            QVERIFY2(iface->role() != QAccessible::NoRole, qPrintable(where + QStringLiteral(": no role for ") + describe(w)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setAutomatic(true);
        (void)baseApplicationFont();
    }

    void init() { QVERIFY(m_guide.start(Language::Japanese, true)); }
    void cleanup()
    {
        m_guide.stop();
        Theme::apply(false);
    }

    void tabChainOfEveryView_data()
    {
        QTest::addColumn<QString>("section");
        for (const SectionInfo &s : c.sections())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }
    void tabChainOfEveryView()
    {
        QFETCH(QString, section);
        m_window->showSection(section);
        QTRY_VERIFY(m_window->view(section)->isVisible());
        checkChain(m_window.get(), m_window->searchPanel()->field());
    }

    void tabChainOfTheInboxAndTheHandoutDialog()
    {
        QVERIFY(m_store->setPassphraseHash(StaffAuth::hash(QStringLiteral("correct horse battery staple"))));
        QVERIFY(m_store->submit([] {
            ConsultationRequest r;
            r.writer = QStringLiteral("patient");
            r.name = QStringLiteral("A");
            r.age = QStringLiteral("50");
            r.question = QStringLiteral("Q");
            r.email = QStringLiteral("a@example.jp");
            r.consent = true;
            return r;
        }()));
        Dialogs::setNextTexts({QStringLiteral("correct horse battery staple")});
        InboxWindow *inbox = m_window->openInbox();
        QVERIFY(inbox);
        inbox->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(inbox));
        inbox->table()->selectRow(0);
        checkChain(inbox, inbox->findChild<QWidget *>(QStringLiteral("inboxStatusFilter")));
        checkNames(inbox, QStringLiteral("inbox"));
        inbox->close();

        HandoutDialog *handout = m_window->openHandoutDialog();
        handout->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(handout));
        checkChain(handout, handout->sectionBox(QStringLiteral("overview")));
        checkNames(handout, QStringLiteral("handout dialog"));
        handout->close();
    }

    void everyControlIsNamedInBothLanguages()
    {
        for (Language language : allLanguages()) {
            m_window->setLanguage(language);
            QTest::qWait(0);
            for (const SectionInfo &s : c.sections()) {
                m_window->showSection(s.id);
                QTRY_VERIFY(m_window->view(s.id)->isVisible());
                checkNames(m_window.get(), languageCode(language) + QLatin1Char('/') + s.id);
            }
        }
    }

    void nothingIsClippedAt200Percent_data()
    {
        QTest::addColumn<QString>("section");
        for (const SectionInfo &s : c.sections())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }
    void nothingIsClippedAt200Percent()
    {
        QFETCH(QString, section);
        m_window->setTextScale(200);
        m_window->showSection(section);
        QTRY_VERIFY(m_window->view(section)->isVisible());
        // Layouts settle a moment after the font changes (longer on a busy machine): wait for them, then judge.
        auto clipped = [this]() -> QString {
            for (QWidget *w : m_window->findChildren<QWidget *>()) {
                if (!w->isVisible() || w->visibleRegion().isEmpty())
                    continue;
                if (auto *label = qobject_cast<QLabel *>(w)) {
                    if (label->text().isEmpty())
                        continue;
                    const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
                    if (needed > label->height() + 1)
                        return QStringLiteral("label clipped: %1 needs %2 px, has %3").arg(label->text().left(30)).arg(needed).arg(label->height());
                    if (!label->wordWrap() && label->sizeHint().width() > label->width() + 1)
                        return QStringLiteral("label cut: ") + label->text().left(30);
                } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                    if (!button->text().isEmpty()
                        && (button->sizeHint().height() > button->height() + 1 || button->sizeHint().width() > button->width() + 1))
                        return QStringLiteral("button clipped: ") + button->text();
                }
            }
            return {};
        };
        QTRY_VERIFY2_WITH_TIMEOUT(clipped().isEmpty(), qPrintable(clipped()), 10000);
        // Body text reflows: no reading view scrolls sideways.
        for (QTextBrowser *browser : m_window->currentView()->findChildren<QTextBrowser *>()) {
            if (browser->isVisible())
                QVERIFY2(browser->horizontalScrollBar()->maximum() == 0, qPrintable(browser->objectName()));
        }
        // The main navigation keeps its large targets at any size.
        QTabBar *tabs = m_window->tabs()->tabBar();
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY(tabs->tabRect(i).height() >= 44);
        m_window->setTextScale(100);
    }

    void formAndNavigationTargetsAreLarge()
    {
        m_window->showSection(QStringLiteral("consultation"));
        QWidget *form = m_window->currentView();
        QTRY_VERIFY(form->isVisible());
        int checked = 0;
        for (QWidget *w : form->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QLabel *>(w))
                continue;
            QVERIFY2(w->height() >= 44 && w->width() >= 44,
                     qPrintable(QStringLiteral("%1 is %2×%3").arg(describe(w)).arg(w->width()).arg(w->height())));
            ++checked;
        }
        QVERIFY(checked >= 15);
        QVERIFY(m_window->searchPanel()->field()->height() >= 44);
        QTabBar *tabs = m_window->tabs()->tabBar();
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY(tabs->tabRect(i).height() >= 44 && tabs->tabRect(i).width() >= 44);
    }

    void textSizeRunsFrom100To300Percent()
    {
        const qreal base = baseApplicationFont().pointSizeF();
        m_window->setTextScale(300);
        QCOMPARE(QApplication::font().pointSizeF(), base * 3);
        QTRY_COMPARE(m_window->view(QStringLiteral("overview"))->font().pointSizeF(), base * 3);
        m_window->setTextScale(1000);
        QCOMPARE(m_window->textScale(), 300);
        m_window->setTextScale(100);
        QCOMPARE(QApplication::font().pointSizeF(), base);
    }

    void highContrastReachesSevenToOne_data()
    {
        QTest::addColumn<int>("foreground");
        QTest::addColumn<int>("background");
        QTest::addColumn<int>("group");
        for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
            const char *name = g == QPalette::Active ? "active" : "inactive";
            QTest::addRow("%s text on base", name) << int(QPalette::Text) << int(QPalette::Base) << int(g);
            QTest::addRow("%s window text on window", name) << int(QPalette::WindowText) << int(QPalette::Window) << int(g);
            QTest::addRow("%s button text on button", name) << int(QPalette::ButtonText) << int(QPalette::Button) << int(g);
            QTest::addRow("%s selection", name) << int(QPalette::HighlightedText) << int(QPalette::Highlight) << int(g);
            QTest::addRow("%s link on base", name) << int(QPalette::Link) << int(QPalette::Base) << int(g);
            QTest::addRow("%s placeholder on base", name) << int(QPalette::PlaceholderText) << int(QPalette::Base) << int(g);
            QTest::addRow("%s tooltip", name) << int(QPalette::ToolTipText) << int(QPalette::ToolTipBase) << int(g);
        }
        QTest::addRow("disabled text") << int(QPalette::Text) << int(QPalette::Base) << int(QPalette::Disabled);
    }
    void highContrastReachesSevenToOne()
    {
        QFETCH(int, foreground);
        QFETCH(int, background);
        QFETCH(int, group);
        const QPalette p = Theme::highContrastPalette();
        const double ratio = Theme::contrastRatio(p.color(QPalette::ColorGroup(group), QPalette::ColorRole(foreground)),
                                                  p.color(QPalette::ColorGroup(group), QPalette::ColorRole(background)));
        QVERIFY2(ratio >= 7.0, qPrintable(QString::number(ratio)));
        QVERIFY(Theme::contrastRatio(Theme::errorColour(p), p.color(QPalette::Base)) >= 7.0);
        const QPalette light = Theme::standardPalette();
        QVERIFY(Theme::contrastRatio(Theme::errorColour(light), Qt::white) >= 7.0);
        QCOMPARE(Theme::contrastRatio(Qt::black, Qt::white), 21.0);
    }

    void highContrastIsSwitchableAndRemembered()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("highContrast"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(Theme::isHighContrast());
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(m_settings->highContrast(), std::optional<bool>(true));
        m_window.reset();
        m_window = std::make_unique<MainWindow>(c, *m_settings, *m_translations);
        QVERIFY(Theme::isHighContrast());
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("highContrast"))->isChecked());
    }

    void focusIsVisibleEverywhere()
    {
        // The ring follows focus into text views, tables and the ladder, which draw no frame of their own.
        m_window->showSection(QStringLiteral("stem-cells"));
        auto *ring = m_window->findChild<FocusRing *>();
        QVERIFY(ring);
        for (const char *name : {"evidenceLadder", "stem-cellsText", "searchField"}) {
            QWidget *w = m_window->currentView()->findChild<QWidget *>(QLatin1String(name));
            if (!w)
                w = m_window->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(w, name);
            w->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(ring->target(), w);
            QVERIFY2(ring->isVisible(), name);
            const QRect visible = w->visibleRegion().boundingRect();
            const QRect around = QRect(w->mapTo(m_window.get(), visible.topLeft()), visible.size())
                                     .adjusted(-FocusRing::kWidth, -FocusRing::kWidth, FocusRing::kWidth, FocusRing::kWidth)
                & m_window->rect();
            QCOMPARE(ring->geometry(), around);
        }
        // Tab down a long form: the area scrolls, and the ring goes with the field.
        m_window->showSection(QStringLiteral("consultation"));
        QWidget *form = m_window->currentView();
        QTRY_VERIFY(form->isVisible());
        QWidget *phone = form->findChild<QWidget *>(QStringLiteral("phoneField"));
        QWidget *consent = form->findChild<QWidget *>(QStringLiteral("consentField"));
        phone->setFocus(Qt::TabFocusReason);
        QTest::keyClick(phone, Qt::Key_Tab);
        QTRY_COMPARE(ring->target(), consent);
        QTRY_VERIFY(!consent->visibleRegion().isEmpty());
        const QRect visible = consent->visibleRegion().boundingRect();
        QTRY_VERIFY(ring->geometry().intersects(QRect(consent->mapTo(m_window.get(), visible.topLeft()), visible.size())));
        QTRY_COMPARE(ring->geometry().center(),
                     QRect(consent->mapTo(m_window.get(), visible.topLeft()), visible.size()).center());
    }

    void readingPositionSurvivesARestart()
    {
        m_window->showSection(QStringLiteral("standard-care"));
        SectionView *view = m_window->view(QStringLiteral("standard-care"));
        QTRY_VERIFY(view->isVisible());
        auto *browser = view->findChild<QTextBrowser *>();
        QTRY_VERIFY(browser->verticalScrollBar()->maximum() > 500);
        browser->verticalScrollBar()->setValue(480);
        m_window->close();
        m_window.reset();
        m_window = std::make_unique<MainWindow>(c, *m_settings, *m_translations);
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->currentView()->sectionId(), QStringLiteral("standard-care"));
        browser = m_window->currentView()->findChild<QTextBrowser *>();
        QTRY_COMPARE(browser->verticalScrollBar()->value(), 480);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
