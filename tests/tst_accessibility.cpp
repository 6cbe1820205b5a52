// Keyboard and screen-reader use of every view, the inbox and the handout dialog: the Tab chain reaches every
// control, never loops and always gets back; every control has a name in both languages; at 200 % text nothing
// is clipped, nor at 300 % on a 1024×700 screen, where nothing scrolls sideways either; radio and check marks and
// the tab row's scroll buttons grow with the text; the high-contrast colours reach 7:1.

#include "ConsultationView.h"
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
#include <QComboBox>
#include <QDir>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyleOption>
#include <QToolButton>
#include <QTableView>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace als;

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    // How long a check after a change of text size or language waits for the layouts to settle. It returns as soon
    // as they have; the bound is only reached when something really is wrong (or the machine is very busy).
    static constexpr int kSettle = 10000;

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

    // The first control with no accessible name or role, empty when there is none.
    static QString unnamed(QWidget *window, const QString &where)
    {
        for (QWidget *w : focusable(window)) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                return where + QStringLiteral(": no name for ") + describe(w);
            if (iface->role() == QAccessible::NoRole)
                return where + QStringLiteral(": no role for ") + describe(w);
        }
        return {};
    }

    // A language change reaches the widgets through posted events: judged once they have all arrived.
    static void checkNames(QWidget *window, const QString &where)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(unnamed(window, where).isEmpty(), qPrintable(unnamed(window, where)), kSettle);
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
        QTRY_COMPARE(m_window->currentView()->font().pointSizeF(), baseApplicationFont().pointSizeF() * 2);
        // Layouts settle a moment after the font changes, and a long text is laid out in steps (longer on a busy
        // machine or with more fonts installed): every check below is judged once they have, never right away.
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
        QTRY_VERIFY2_WITH_TIMEOUT(clipped().isEmpty(), qPrintable(clipped()), kSettle);
        // Body text reflows: no reading view scrolls sideways.
        auto sideways = [this]() -> QString {
            for (QTextBrowser *browser : m_window->currentView()->findChildren<QTextBrowser *>()) {
                if (browser->isVisible() && browser->horizontalScrollBar()->maximum() > 0)
                    return QStringLiteral("%1 scrolls sideways by %2 px")
                        .arg(describe(browser))
                        .arg(browser->horizontalScrollBar()->maximum());
            }
            return {};
        };
        QTRY_VERIFY2_WITH_TIMEOUT(sideways().isEmpty(), qPrintable(sideways()), kSettle);
        // The main navigation keeps its large targets at any size (the consultation's tab is hidden: its button
        // stands at the end of the row instead).
        auto smallTab = [this]() -> QString {
            QTabBar *tabs = m_window->tabs()->tabBar();
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i) && tabs->tabRect(i).height() < 44)
                    return QStringLiteral("tab %1 is %2 px high").arg(tabs->tabText(i)).arg(tabs->tabRect(i).height());
            }
            return {};
        };
        QTRY_VERIFY2_WITH_TIMEOUT(smallTab().isEmpty(), qPrintable(smallTab()), kSettle);
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
            QVERIFY(!tabs->isTabVisible(i) || (tabs->tabRect(i).height() >= 44 && tabs->tabRect(i).width() >= 44));
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

private:
    static constexpr QSize kSmallScreen{1024, 700};

    // What a reader would find cut at this size: text needing more room than it has, a widget reaching past its
    // parent's side, an area that scrolls sideways, a window wider than the screen. Empty when nothing is.
    static QString clipping(QWidget *window, QSize screen)
    {
        if (window->width() > screen.width() || window->height() > screen.height())
            return QStringLiteral("the window is %1×%2 px, the screen %3×%4")
                .arg(window->width())
                .arg(window->height())
                .arg(screen.width())
                .arg(screen.height());
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->isWindow() || w->visibleRegion().isEmpty())
                continue;
            const QWidget *parent = w->parentWidget();
            if (w->x() < 0 || w->x() + w->width() > parent->width())
                return QStringLiteral("%1 reaches past the side of %2 (%3..%4 of %5 px)")
                    .arg(describe(w), describe(const_cast<QWidget *>(parent)))
                    .arg(w->x())
                    .arg(w->x() + w->width())
                    .arg(parent->width());
            if (auto *area = qobject_cast<QAbstractScrollArea *>(w); area && area->horizontalScrollBar()->maximum() > 0)
                return QStringLiteral("%1 scrolls sideways by %2 px")
                    .arg(describe(w))
                    .arg(area->horizontalScrollBar()->maximum());
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->text().isEmpty())
                    continue;
                const int needed
                    = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
                if (needed > label->height() + 1)
                    return QStringLiteral("label clipped: %1 needs %2 px, has %3")
                        .arg(label->text().left(30))
                        .arg(needed)
                        .arg(label->height());
                if (!label->wordWrap() && label->sizeHint().width() > label->width() + 1)
                    return QStringLiteral("label cut: ") + label->text().left(30);
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                if (!button->text().isEmpty()
                    && (button->sizeHint().height() > button->height() + 1
                        || button->sizeHint().width() > button->width() + 1))
                    return QStringLiteral("button clipped: %1 needs %2×%3, has %4×%5")
                        .arg(button->text())
                        .arg(button->sizeHint().width())
                        .arg(button->sizeHint().height())
                        .arg(button->width())
                        .arg(button->height());
            } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                if (combo->sizeHint().width() > combo->width() + 1)
                    return QStringLiteral("choice cut: ") + describe(w);
            }
        }
        return {};
    }

    // Radio and check indicators as tall as (nine tenths of) a line of their text, and inside their button.
    static QString smallIndicator(QWidget *window)
    {
        for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
            const bool radio = qobject_cast<QRadioButton *>(b);
            if (!b->isVisible() || (!radio && !qobject_cast<QCheckBox *>(b)))
                continue;
            QStyleOptionButton option;
            option.initFrom(b);
            const int line = b->fontMetrics().height();
            const int metric = b->style()->pixelMetric(
                radio ? QStyle::PM_ExclusiveIndicatorHeight : QStyle::PM_IndicatorHeight, &option, b);
            const QRect rect = b->style()->subElementRect(
                radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option, b);
            if (metric < 0.9 * line || rect.height() < 0.9 * line || rect.width() < 0.9 * line)
                return QStringLiteral("%1: indicator %2 px (%3×%4) for a %5 px line")
                    .arg(describe(b))
                    .arg(metric)
                    .arg(rect.width())
                    .arg(rect.height())
                    .arg(line);
            if (!b->rect().contains(rect))
                return QStringLiteral("%1: indicator cut by its button").arg(describe(b));
        }
        return {};
    }

    // Every scroll button of every tab row in the window that shows: at least 44×44 px.
    static QString smallScrollButton(QWidget *window)
    {
        for (QTabBar *bar : window->findChildren<QTabBar *>()) {
            if (!bar->isVisible())
                continue;
            int shown = 0;
            for (QToolButton *b : bar->findChildren<QToolButton *>()) {
                if (!b->isVisible())
                    continue;
                ++shown;
                if (b->width() < 44 || b->height() < 44)
                    return QStringLiteral("%1 of %2 is %3×%4")
                        .arg(describe(b), describe(bar))
                        .arg(b->width())
                        .arg(b->height());
            }
            // A row that does not fit must offer its two buttons.
            if (bar->usesScrollButtons() && bar->sizeHint().width() > bar->width() && shown != 2)
                return QStringLiteral("%1 does not fit and shows %2 scroll buttons").arg(describe(bar)).arg(shown);
        }
        return {};
    }

    // ALS_SHOTS_DIR=dir keeps a picture of what a test judged (for a person to look at, not compared).
    static void keepShot(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ALS_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void nothingIsClippedAt300PercentOn1024x700_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("language");
        QTest::addColumn<bool>("highContrast");
        for (Language language : allLanguages()) {
            for (const SectionInfo &s : c.sections())
                QTest::addRow("%s %s", qPrintable(s.id), qPrintable(languageCode(language)))
                    << s.id << int(language) << false;
            // High contrast widens every field and button by its edge and padding: the form has the most of them.
            QTest::addRow("consultation %s high contrast", qPrintable(languageCode(language)))
                << QStringLiteral("consultation") << int(language) << true;
        }
    }
    void nothingIsClippedAt300PercentOn1024x700()
    {
        QFETCH(QString, section);
        QFETCH(int, language);
        QFETCH(bool, highContrast);
        m_window->setLanguage(Language(language));
        m_window->setHighContrast(highContrast);
        m_window->setTextScale(300);
        m_window->resize(1024, 700);
        m_window->showSection(section);
        QTRY_VERIFY(m_window->view(section)->isVisible());
        // A picture of what was judged, passed or not (with ALS_SHOTS_DIR set).
        const auto shot = qScopeGuard([&] {
            keepShot(
                m_window.get(),
                QStringLiteral("%1-%2-300-1024%3")
                    .arg(section, languageCode(Language(language)), highContrast ? QStringLiteral("-hc") : QString()));
        });
        // Judged only once the whole window has the new size (the new font reaches widgets a moment later here).
        const qreal size = baseApplicationFont().pointSizeF() * 3;
        QTRY_COMPARE(m_window->font().pointSizeF(), size);
        QTRY_COMPARE(m_window->currentView()->font().pointSizeF(), size);
        QTRY_VERIFY2_WITH_TIMEOUT(clipping(m_window.get(), kSmallScreen).isEmpty(),
                                  qPrintable(clipping(m_window.get(), kSmallScreen)), kSettle);
        QTRY_VERIFY2_WITH_TIMEOUT(smallIndicator(m_window.get()).isEmpty(), qPrintable(smallIndicator(m_window.get())),
                                  kSettle);
        QTRY_VERIFY2_WITH_TIMEOUT(smallScrollButton(m_window.get()).isEmpty(),
                                  qPrintable(smallScrollButton(m_window.get())), kSettle);
    }

    void theWholeFormFitsAt300PercentOn1024x700()
    {
        // Scrolled to its end, with every message shown: the consent and the buttons are not cut either.
        m_window->resize(1024, 700);
        m_window->setTextScale(300);
        m_window->showSection(QStringLiteral("consultation"));
        auto *form = qobject_cast<ConsultationView *>(m_window->currentView());
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        QTRY_COMPARE(m_window->font().pointSizeF(), baseApplicationFont().pointSizeF() * 3);
        QTRY_COMPARE(form->submitButton()->font().pointSizeF(), baseApplicationFont().pointSizeF() * 3);
        QTest::mouseClick(form->submitButton(), Qt::LeftButton);
        QVERIFY(form->errorLabel(ConsultationRequest::Field::Consent)->isVisible());
        auto *scroll = form->findChild<QScrollArea *>(QStringLiteral("consultationScroll"));
        for (const char *name : {"consultationIntro", "consentStatement", "consentField", "submitRequest"}) {
            QWidget *w = form->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(w, name);
            scroll->ensureWidgetVisible(w);
            QTRY_VERIFY2_WITH_TIMEOUT(clipping(m_window.get(), kSmallScreen).isEmpty(),
                                      qPrintable(clipping(m_window.get(), kSmallScreen)), kSettle);
            keepShot(m_window.get(), QStringLiteral("form-%1-300-1024").arg(QLatin1String(name)));
        }
        // The form's column never outgrows the window: its right edge is inside the area, with the fields'.
        QWidget *column = scroll->widget();
        QTRY_VERIFY_WITH_TIMEOUT(column->width() <= scroll->viewport()->width(), kSettle);
        for (const char *name : {"nameField", "emailField", "questionField", "consultationIntro"}) {
            QWidget *w = form->findChild<QWidget *>(QLatin1String(name));
            QTRY_VERIFY2_WITH_TIMEOUT(w->mapTo(column, QPoint(w->width(), 0)).x() <= column->width(), name, kSettle);
        }
        // The notice is read, not edited: no caret in it, and a screen reader hears its text with its name.
        auto *intro = form->findChild<QLabel *>(QStringLiteral("consultationIntro"));
        QVERIFY(!(intro->textInteractionFlags() & Qt::TextSelectableByKeyboard));
        QVERIFY(intro->accessibleDescription().contains(QStringLiteral("臨床試験")));

        // And the receipt that follows a sent request.
        form->findChild<QRadioButton *>(QStringLiteral("writer-patient"))->setChecked(true);
        form->findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("A"));
        form->findChild<QLineEdit *>(QStringLiteral("ageField"))->setText(QStringLiteral("50"));
        form->findChild<QPlainTextEdit *>(QStringLiteral("questionField"))->setPlainText(QStringLiteral("Q"));
        form->findChild<QLineEdit *>(QStringLiteral("emailField"))->setText(QStringLiteral("a@example.jp"));
        form->findChild<QCheckBox *>(QStringLiteral("consentField"))->setChecked(true);
        form->submit();
        QTRY_VERIFY(form->showingReceipt());
        const auto receiptShot = qScopeGuard([&] { keepShot(m_window.get(), QStringLiteral("receipt-300-1024")); });
        QTRY_VERIFY2_WITH_TIMEOUT(clipping(m_window.get(), kSmallScreen).isEmpty(),
                                  qPrintable(clipping(m_window.get(), kSmallScreen)), kSettle);
        // Its buttons are below the fold at this size: the page scrolls to them.
        auto *receiptScroll = form->findChild<QScrollArea *>(QStringLiteral("receiptScroll"));
        QWidget *done = form->findChild<QWidget *>(QStringLiteral("receiptDone"));
        QVERIFY(receiptScroll && done);
        done->setFocus(Qt::TabFocusReason);
        receiptScroll->ensureWidgetVisible(done);
        QTRY_COMPARE(done->visibleRegion().boundingRect(), done->rect());
    }

    void indicatorsGrowWithTheText_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("highContrast");
        for (int scale : {100, 200, 300}) {
            for (bool highContrast : {false, true})
                QTest::addRow("%d%%%s", scale, highContrast ? " high contrast" : "") << scale << highContrast;
        }
    }
    void indicatorsGrowWithTheText()
    {
        QFETCH(int, scale);
        QFETCH(bool, highContrast);
        m_window->setHighContrast(highContrast);
        m_window->setTextScale(scale);
        m_window->showSection(QStringLiteral("consultation"));
        QWidget *form = m_window->currentView();
        QTRY_VERIFY(form->isVisible());
        auto *consent = form->findChild<QCheckBox *>(QStringLiteral("consentField"));
        auto *radio = form->findChildren<QRadioButton *>().value(0);
        QVERIFY(consent && radio);
        consent->setChecked(true);
        radio->setChecked(true);
        const qreal base = baseApplicationFont().pointSizeF();
        QTRY_COMPARE(consent->font().pointSizeF(), base * scale / 100);
        QTRY_VERIFY2_WITH_TIMEOUT(smallIndicator(m_window.get()).isEmpty(), qPrintable(smallIndicator(m_window.get())),
                                  kSettle);
        if (scale >= 200)
            QTRY_VERIFY_WITH_TIMEOUT(radio->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, radio)
                                         >= 0.9 * radio->fontMetrics().height(),
                                     kSettle);
        // In high contrast the marks keep the theme's colours at any size: a white edge, a yellow mark on black.
        auto *scroll = form->findChild<QScrollArea *>(QStringLiteral("consultationScroll"));
        for (QAbstractButton *b : {static_cast<QAbstractButton *>(consent), static_cast<QAbstractButton *>(radio)}) {
            scroll->ensureWidgetVisible(b);
            QStyleOptionButton option;
            option.initFrom(b);
            const bool isRadio = b == radio;
            const QRect rect = b->style()->subElementRect(
                isRadio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option, b);
            QTRY_VERIFY(!b->visibleRegion().isEmpty());
            const QImage image = b->grab(rect).toImage().convertToFormat(QImage::Format_RGB32);
            int white = 0;
            int yellow = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor colour = image.pixelColor(x, y);
                    white += colour.red() > 230 && colour.green() > 230 && colour.blue() > 230;
                    yellow += colour.red() > 230 && colour.green() > 230 && colour.blue() < 60;
                }
            }
            if (highContrast) {
                QVERIFY2(white >= rect.height() * 2, qPrintable(QStringLiteral("%1 white pixels").arg(white)));
                QVERIFY2(yellow >= rect.height() * rect.width() / 10,
                         qPrintable(QStringLiteral("%1 yellow pixels").arg(yellow)));
            } else {
                QCOMPARE(yellow, 0);
            }
            keepShot(b,
                     QStringLiteral("indicator-%1-%2%3")
                         .arg(b->objectName())
                         .arg(scale)
                         .arg(highContrast ? QStringLiteral("-hc") : QString()));
        }
    }

    void tabScrollButtonsAreLargeTargets_data()
    {
        QTest::addColumn<int>("scale");
        for (int scale : {100, 200, 300})
            QTest::addRow("%d%%", scale) << scale;
    }
    void tabScrollButtonsAreLargeTargets()
    {
        QFETCH(int, scale);
        m_window->setTextScale(scale);
        QTRY_COMPARE(m_window->font().pointSizeF(), baseApplicationFont().pointSizeF() * scale / 100);
        // A row of tabs far too long for its width, as the guide's own row is at 300 % on a small screen.
        QTabBar bar;
        bar.setUsesScrollButtons(true);
        for (const SectionInfo &s : c.sections())
            bar.addTab(s.title.in(Language::Japanese));
        bar.setMinimumHeight(44);
        bar.resize(bar.sizeHint().width() / 3, 44);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QTRY_VERIFY(bar.sizeHint().width() > bar.width());
        // Its buttons are placed when the row lays its tabs out: judged once they stand.
        QTRY_VERIFY2_WITH_TIMEOUT(smallScrollButton(&bar).isEmpty(), qPrintable(smallScrollButton(&bar)), kSettle);
        const QList<QToolButton *> buttons = bar.findChildren<QToolButton *>();
        int shown = 0;
        for (QToolButton *b : buttons) {
            if (!b->isVisible())
                continue;
            ++shown;
            QVERIFY2(b->width() >= 44 && b->height() >= 44,
                     qPrintable(QStringLiteral("%1×%2").arg(b->width()).arg(b->height())));
            QVERIFY(b->width() >= bar.fontMetrics().height());  // and they grow with the text
        }
        QCOMPARE(shown, 2);
        keepShot(&bar, QStringLiteral("tab-scroll-%1").arg(scale));
        // The guide's own row: whenever it scrolls, with the same large buttons.
        m_window->resize(1024, 700);
        QTRY_VERIFY2_WITH_TIMEOUT(smallScrollButton(m_window.get()).isEmpty(),
                                  qPrintable(smallScrollButton(m_window.get())), kSettle);
    }

    void handoutDialogFitsAt300PercentOn1024x700()
    {
        m_window->resize(1024, 700);
        m_window->setTextScale(300);
        HandoutDialog *handout = m_window->openHandoutDialog();
        QVERIFY(QTest::qWaitForWindowExposed(handout));
        QTRY_COMPARE(handout->font().pointSizeF(), baseApplicationFont().pointSizeF() * 3);
        const auto shot = qScopeGuard([&] { keepShot(handout, QStringLiteral("handout-300-1024")); });
        // Its choices scroll and its options stand one a row, so it fits a 1024×700 screen at 300 %.
        const auto tooBig = [handout]() -> QString {
            const QSize needed = handout->minimumSizeHint();
            if (needed.width() <= 1024 && needed.height() <= 700)
                return {};
            return QStringLiteral("%1×%2").arg(needed.width()).arg(needed.height());
        };
        QTRY_VERIFY2_WITH_TIMEOUT(tooBig().isEmpty(), qPrintable(tooBig()), kSettle);
        const QSize needed = handout->minimumSizeHint();
        // At the size it asks for, nothing in it is cut, and its check boxes grew with the text.
        handout->resize(handout->sizeHint().expandedTo(needed));
        QTRY_VERIFY2_WITH_TIMEOUT(clipping(handout, handout->size()).isEmpty(),
                                  qPrintable(clipping(handout, handout->size())), kSettle);
        QTRY_VERIFY2_WITH_TIMEOUT(smallIndicator(handout).isEmpty(), qPrintable(smallIndicator(handout)), kSettle);
        handout->close();
    }

    void textSizeChangesInHighContrast()
    {
        // A style sheet (high contrast has one) must not pin widgets to the size they had when it was applied.
        m_window->setHighContrast(true);
        m_window->showSection(QStringLiteral("consultation"));
        QWidget *form = m_window->currentView();
        QTRY_VERIFY(form->isVisible());
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameField"));
        const qreal base = baseApplicationFont().pointSizeF();
        for (int scale : {300, 150, 100}) {
            m_window->setTextScale(scale);
            QTRY_COMPARE(name->font().pointSizeF(), base * scale / 100);
            QTRY_COMPARE(form->findChild<QCheckBox *>(QStringLiteral("consentField"))->font().pointSizeF(),
                         base * scale / 100);
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
