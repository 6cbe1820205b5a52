// Finding one's way: the contents panel from the keyboard (going to a heading of another view, the place marked
// while reading, hiding and showing it), the keyboard going into each view the reader switches to (so that a
// screen reader says where they are), a caret in the reading text, the size and language buttons in sight, the
// consultation form apart from the reading views, and a first window that fits the screen.

#include "Content.h"
#include "ContentsPanel.h"
#include "Dialogs.h"
#include "DocumentView.h"
#include "GuideFixture.h"
#include "MainWindow.h"
#include "ReadingBrowser.h"
#include "SearchPanel.h"
#include "SectionView.h"
#include "Settings.h"
#include "Translations.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextLayout>
#include <QTest>

#include <memory>

using namespace als;

namespace {

// Which widgets were given the keyboard: each such focus-in is what Qt reports to AT-SPI as a focus event, and what
// a screen reader announces. (The offscreen platform has no accessibility bridge to listen to directly.)
class FocusLog final : public QObject
{
public:
    QList<QObject *> gained;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn && watched->isWidgetType())
            gained << watched;
        return false;
    }
};

} // namespace

class TestNavigation : public QObject
{
    Q_OBJECT

private:
    const Content &c = Content::builtIn();
    GuideFixture m_guide;
    std::unique_ptr<MainWindow> &m_window = m_guide.window;
    FocusLog m_focusLog;

    ContentsPanel *contents() const { return m_window->contentsPanel(); }
    static QWidget *focus() { return QApplication::focusWidget(); }
    QString currentId() const { return m_window->currentView() ? m_window->currentView()->sectionId() : QString(); }
    template<typename T = QPushButton>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    bool focusIsInCurrentView() const
    {
        SectionView *v = m_window->currentView();
        return v && focus() && (focus() == v || v->isAncestorOf(focus()));
    }
    ReadingBrowser *browserOf(const QString &section) const
    {
        auto *document = qobject_cast<DocumentView *>(m_window->view(section));
        return document ? document->browser() : nullptr;
    }
    // The n-th ## or ### heading block of a reading text, counted as the contents panel counts them.
    static QTextBlock headingBlock(const QTextDocument *doc, int n)
    {
        int index = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const int level = b.blockFormat().headingLevel();
            if ((level == 2 || level == 3) && index++ == n)
                return b;
        }
        return {};
    }
    static int blockTop(const QTextBlock &block)
    {
        return int(block.document()->documentLayout()->blockBoundingRect(block).top());
    }
    int headingIndex(const QString &section, const QString &text)
    {
        const QList<ContentsHeading> list = contents()->headings(section);
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).text == text)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setAutomatic(true);
        (void)baseApplicationFont();
        qApp->installEventFilter(&m_focusLog);
    }
    void init()
    {
        QVERIFY(m_guide.start(Language::Japanese, true));
        m_focusLog.gained.clear();
    }
    void cleanup() { m_guide.stop(); }

    void contentsListEverySectionAndItsHeadings()
    {
        QTreeWidget *tree = contents()->tree();
        QCOMPARE(tree->topLevelItemCount(), c.sections().size());
        for (int i = 0; i < c.sections().size(); ++i)
            QCOMPARE(tree->topLevelItem(i)->text(0), c.sections().at(i).title.ja);
        // The headings are those the view shows: the start-here summary first in the overview, the drugs in
        // standard care, the table of studies that the stem-cell view adds to its text.
        const QList<ContentsHeading> overview = contents()->headings(QStringLiteral("overview"));
        QVERIFY(overview.size() >= 10);
        QCOMPARE(overview.first().text, QStringLiteral("まずはここから"));
        QCOMPARE(overview.first().level, 2);
        QVERIFY(headingIndex(QStringLiteral("standard-care"), QStringLiteral("リルゾール")) > 0);
        const QString studies = c.label(QStringLiteral("studiesHeading"), Language::Japanese);
        QVERIFY(headingIndex(QStringLiteral("stem-cells"), studies) > 0);
        QVERIFY(contents()->headings(QStringLiteral("consultation")).isEmpty());
        QVERIFY(!contents()->tree()->accessibleName().isEmpty());
    }

    void contentsPanelByKeyboard()
    {
        // F6 from the search field: the keyboard lands on the reader's place in the list.
        m_window->searchPanel()->focusField();
        QTest::keyClick(focus(), Qt::Key_F6);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(contents()->tree()));
        QCOMPARE(contents()->tree()->currentItem(),
                 contents()->item(QStringLiteral("overview"), contents()->currentHeading()));

        // Down to the next section, Right opens it, Down through its headings to エダラボン, Enter goes there.
        const QString target = QStringLiteral("standard-care");
        const int wanted = headingIndex(target, QStringLiteral("エダラボン"));
        QVERIFY(wanted > 0);
        QTreeWidget *tree = contents()->tree();
        for (int i = 0; i < 100 && tree->currentItem() != contents()->item(target); ++i)
            QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tree->currentItem(), contents()->item(target));
        QTest::keyClick(tree, Qt::Key_Right);
        QVERIFY(tree->currentItem()->isExpanded());
        for (int i = 0; i < 100 && tree->currentItem() != contents()->item(target, wanted); ++i)
            QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("エダラボン"));
        QTest::keyClick(tree, Qt::Key_Return);

        QTRY_COMPARE(currentId(), target);
        ReadingBrowser *browser = browserOf(target);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(browser));
        const QTextBlock heading = headingBlock(browser->document(), wanted);
        QCOMPARE(heading.text(), QStringLiteral("エダラボン"));
        QCOMPARE(browser->textCursor().block().text(), heading.text());
        // The heading at the top of the viewport, and marked as the current place.
        QTRY_VERIFY2(qAbs(browser->verticalScrollBar()->value() - blockTop(heading)) <= 2,
                     qPrintable(QStringLiteral("scrolled to %1, heading at %2")
                                    .arg(browser->verticalScrollBar()->value())
                                    .arg(blockTop(heading))));
        QCOMPARE(contents()->currentSection(), target);
        QCOMPARE(contents()->currentHeading(), wanted);

        // F6 goes to the list and F6 again back to the text, as between a browser's panes.
        QTest::keyClick(focus(), Qt::Key_F6);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(tree));
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("エダラボン"));
        QTest::keyClick(focus(), Qt::Key_F6);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(browser));
        QTest::keyClick(focus(), Qt::Key_F6);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(tree));

        // Space works as Enter does: back to the top of the overview.
        tree->setCurrentItem(contents()->item(QStringLiteral("overview")));
        QTest::keyClick(tree, Qt::Key_Space);
        QTRY_COMPARE(currentId(), QStringLiteral("overview"));
        QTRY_COMPARE(focus(), static_cast<QWidget *>(browserOf(QStringLiteral("overview"))));
        QCOMPARE(browserOf(QStringLiteral("overview"))->verticalScrollBar()->value(), 0);
    }

    void currentPlaceFollowsTheReading()
    {
        m_window->showSection(QStringLiteral("overview"));
        ReadingBrowser *browser = browserOf(QStringLiteral("overview"));
        QTRY_VERIFY(browser->isVisible());
        QCOMPARE(contents()->currentSection(), QStringLiteral("overview"));
        QCOMPARE(contents()->currentHeading(), -1);  // the title and above the first heading
        QTreeWidgetItem *section = contents()->item(QStringLiteral("overview"));
        QVERIFY(!section->data(0, Qt::AccessibleDescriptionRole).toString().isEmpty());

        // Scroll (as the wheel or the scroll bar does) until the fourth heading is at the top.
        QTextDocument *doc = browser->document();
        doc->documentLayout()->blockBoundingRect(doc->lastBlock());
        const QTextBlock fourth = headingBlock(doc, 3);
        QTRY_VERIFY(browser->verticalScrollBar()->maximum() >= blockTop(fourth));
        browser->verticalScrollBar()->setValue(blockTop(fourth));
        QTRY_COMPARE(contents()->currentHeading(), 3);
        QTreeWidgetItem *marked = contents()->item(QStringLiteral("overview"), 3);
        QCOMPARE(marked->text(0), fourth.text());
        QVERIFY(marked->font(0).bold());
        QVERIFY(!marked->data(0, Qt::AccessibleDescriptionRole).toString().isEmpty());
        // The list, not in use, keeps the place in sight, and the keyboard starts there when it comes in.
        QVERIFY(contents()->tree()->viewport()->rect().intersects(contents()->tree()->visualItemRect(marked)));
        contents()->tree()->setFocus(Qt::TabFocusReason);
        QCOMPARE(contents()->tree()->currentItem(), marked);
        QVERIFY(marked->isSelected());
        browser->setFocus(Qt::TabFocusReason);
        QVERIFY(contents()->tree()->selectedItems().isEmpty());

        // A little further, but short of the next heading: still the same place. Back to the top: no heading.
        browser->verticalScrollBar()->setValue(blockTop(fourth) + 10);
        QTRY_COMPARE(contents()->currentHeading(), 3);
        browser->verticalScrollBar()->setValue(0);
        QTRY_COMPARE(contents()->currentHeading(), -1);
        QVERIFY(!marked->font(0).bold());
        QVERIFY(marked->data(0, Qt::AccessibleDescriptionRole).toString().isEmpty());

        // Another view: that section is the place.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(contents()->currentSection(), QStringLiteral("stem-cells"));
        QVERIFY(section->data(0, Qt::AccessibleDescriptionRole).toString().isEmpty());
        QTreeWidgetItem *now = contents()->item(QStringLiteral("stem-cells"));
        QVERIFY(!now->data(0, Qt::AccessibleDescriptionRole).toString().isEmpty());
    }

    void contentsCollapseAndExpandAndAreRemembered()
    {
        auto *button = child("contentsButton");
        QVERIFY(button);
        QVERIFY(m_window->isContentsShown());
        QVERIFY(button->isChecked());
        QVERIFY(button->height() >= 44 && button->width() >= 44);
        QVERIFY(!button->accessibleName().isEmpty());
        auto *action = m_window->findChild<QAction *>(QStringLiteral("showContents"));
        QVERIFY(action && action->isChecked());

        // Its button, from the keyboard.
        button->setFocus(Qt::TabFocusReason);
        QTest::keyClick(button, Qt::Key_Space);
        QVERIFY(!m_window->isContentsShown());
        QVERIFY(!contents()->isVisible());
        QVERIFY(!button->isChecked());
        QVERIFY(!action->isChecked());
        QCOMPARE(m_guide.settings->contentsShown(), false);
        QTest::keyClick(button, Qt::Key_Space);
        QVERIFY(contents()->isVisible());
        QVERIFY(button->isChecked() && action->isChecked());

        // Hidden from the View menu while the list has the keyboard: the keyboard goes to the text, not nowhere.
        m_window->focusContents();
        QTRY_COMPARE(focus(), static_cast<QWidget *>(contents()->tree()));
        action->trigger();
        QVERIFY(!contents()->isVisible());
        QVERIFY(!button->isChecked());
        QTRY_VERIFY(focusIsInCurrentView());
        QCOMPARE(m_guide.settings->contentsShown(), false);
        action->trigger();
        QVERIFY(contents()->isVisible());
        action->trigger();
        QVERIFY(!contents()->isVisible());
        m_window->searchPanel()->focusField();
        QTest::keyClick(focus(), Qt::Key_F6);
        QTRY_VERIFY(contents()->isVisible());
        QTRY_COMPARE(focus(), static_cast<QWidget *>(contents()->tree()));
        QVERIFY(button->isChecked());

        // Hidden, it stays hidden at the next start.
        m_window->setContentsShown(false);
        m_guide.window.reset();
        m_guide.window = std::make_unique<MainWindow>(c, *m_guide.settings, *m_guide.translations);
        m_window->show();
        QVERIFY(!m_window->isContentsShown());
        QVERIFY(!child("contentsButton")->isChecked());
    }

    void aVisitorsOpenedSectionsAreClosedForTheNext()
    {
        contents()->item(QStringLiteral("standard-care"))->setExpanded(true);
        contents()->item(QStringLiteral("references"))->setExpanded(true);
        m_window->showSection(QStringLiteral("about"));
        m_window->clearVisitor();
        QTRY_COMPARE(currentId(), QStringLiteral("overview"));
        for (int i = 0; i < contents()->tree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *section = contents()->tree()->topLevelItem(i);
            QCOMPARE(section->isExpanded(), i == 0);
        }
    }

    void contentsStepAsideWhereTheWindowIsNarrowForTheText()
    {
        // 300 % text in a 1024 px window: the reading text gets the whole width, the reader's choice is kept.
        m_window->resize(1024, 700);
        QVERIFY(m_window->isContentsShown());
        m_window->setTextScale(300);
        QTRY_VERIFY(!m_window->isContentsShown());
        QVERIFY(!child("contentsButton")->isChecked());
        QVERIFY(m_guide.settings->contentsShown());
        // Asked for, it comes (F6 or its button), and goes again without changing what is remembered.
        m_window->searchPanel()->focusField();
        QTest::keyClick(focus(), Qt::Key_F6);
        QTRY_VERIFY(m_window->isContentsShown());
        QTRY_COMPARE(focus(), static_cast<QWidget *>(contents()->tree()));
        QTest::mouseClick(child("contentsButton"), Qt::LeftButton);
        QVERIFY(!m_window->isContentsShown());
        QVERIFY(m_guide.settings->contentsShown());
        // Back to ordinary text: it is there again.
        m_window->setTextScale(100);
        QTRY_VERIFY(m_window->isContentsShown());
    }

    void switchingViewsMovesTheKeyboardIntoTheView_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("expected");
        const int ctrl = int(Qt::ControlModifier);
        const int ctrlShift = int(Qt::ControlModifier | Qt::ShiftModifier);
        QTest::newRow("Ctrl+Tab") << int(Qt::Key_Tab) << ctrl << QStringLiteral("standard-care");
        QTest::newRow("Ctrl+PgDn") << int(Qt::Key_PageDown) << ctrl << QStringLiteral("standard-care");
        QTest::newRow("Ctrl+Shift+Tab") << int(Qt::Key_Backtab) << ctrlShift << QStringLiteral("about");
        QTest::newRow("Ctrl+PgUp") << int(Qt::Key_PageUp) << ctrl << QStringLiteral("about");
        QTest::newRow("Ctrl+3") << int(Qt::Key_3) << ctrl << QStringLiteral("stem-cells");
        QTest::newRow("Ctrl+5") << int(Qt::Key_5) << ctrl << QStringLiteral("can-say");
        QTest::newRow("Ctrl+6") << int(Qt::Key_6) << ctrl << QStringLiteral("consultation");
        QTest::newRow("Ctrl+7") << int(Qt::Key_7) << ctrl << QStringLiteral("references");
    }
    void switchingViewsMovesTheKeyboardIntoTheView()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, expected);
        QCOMPARE(currentId(), QStringLiteral("overview"));
        m_window->searchPanel()->focusField();
        QTRY_COMPARE(focus(), static_cast<QWidget *>(m_window->searchPanel()->field()));
        m_focusLog.gained.clear();
        QTest::keyClick(focus(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QTRY_COMPARE(currentId(), expected);
        QTRY_VERIFY2(focusIsInCurrentView(), qPrintable(focus() ? focus()->objectName() : QStringLiteral("nothing")));
        // It was given the keyboard (Qt tells AT-SPI so), and it has a name for the screen reader to say.
        QVERIFY(m_focusLog.gained.contains(focus()));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(focus());
        QVERIFY(iface && !iface->text(QAccessible::Name).trimmed().isEmpty());
    }

    void aTabClickAndTheContentsMoveTheKeyboardToo()
    {
        m_window->searchPanel()->focusField();
        QTabBar *bar = m_window->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(2).center());
        QTRY_COMPARE(currentId(), QStringLiteral("stem-cells"));
        QTRY_VERIFY(focusIsInCurrentView());

        // Arrow keys on the tabs go on choosing tabs: the keyboard stays there.
        bar->setFocus(Qt::TabFocusReason);
        QTest::keyClick(bar, Qt::Key_Right);
        QTRY_COMPARE(currentId(), QStringLiteral("conditioned-medium"));
        QCOMPARE(focus(), static_cast<QWidget *>(bar));

        // A section chosen in the contents.
        m_window->focusContents();
        contents()->tree()->setCurrentItem(contents()->item(QStringLiteral("references")));
        QTest::keyClick(contents()->tree(), Qt::Key_Enter);
        QTRY_COMPARE(currentId(), QStringLiteral("references"));
        QTRY_VERIFY(focusIsInCurrentView());
    }

    void theConsultationFormIsSetApart()
    {
        int ask = -1;
        for (int i = 0; i < c.sections().size(); ++i) {
            if (c.sections().at(i).id == QLatin1String("consultation"))
                ask = i;
        }
        QVERIFY(ask >= 0);
        QTabWidget *tabs = m_window->tabs();
        QVERIFY(!tabs->isTabVisible(ask));
        for (int i = 0; i < tabs->count(); ++i)
            QCOMPARE(tabs->isTabVisible(i), i != ask);
        auto *button = child("askUsButton");
        QVERIFY(button && button->isVisible());
        QCOMPARE(tabs->cornerWidget(Qt::TopRightCorner), button);
        QCOMPARE(button->text(), QStringLiteral("ご相談"));
        QCOMPARE(button->accessibleName(), QStringLiteral("ご相談"));
        QVERIFY(button->height() >= 44 && button->width() >= 44);
        QVERIFY(button->sizeHint().height() <= button->height() + 1);
        QVERIFY(!button->isChecked());

        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(currentId(), QStringLiteral("consultation"));
        QTRY_VERIFY(focusIsInCurrentView());
        QVERIFY(button->isChecked());
        QTest::keyClick(focus(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(currentId(), QStringLiteral("overview"));
        QVERIFY(!button->isChecked());
        // Its number and Ctrl+Tab reach it as before.
        QTest::keyClick(focus(), Qt::Key(Qt::Key_1 + ask), Qt::ControlModifier);
        QTRY_COMPARE(currentId(), QStringLiteral("consultation"));
        QVERIFY(button->isChecked());
        QTest::keyClick(focus(), Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(currentId(), c.sections().at(ask + 1).id);

        m_window->setLanguage(Language::English);
        QTRY_COMPARE(button->text(), QStringLiteral("Ask us"));
        QCOMPARE(button->accessibleName(), QStringLiteral("Ask us"));
    }

    void readingTextHasACaretThatMovesLineByLine()
    {
        m_window->showSection(QStringLiteral("overview"));
        ReadingBrowser *browser = browserOf(QStringLiteral("overview"));
        QTRY_VERIFY(browser->isVisible());
        QVERIFY(browser->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(browser->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
        // A paragraph long enough to wrap onto several lines.
        QTextBlock paragraph;
        for (QTextBlock b = browser->document()->begin(); b.isValid() && !paragraph.isValid(); b = b.next()) {
            if (b.layout() && b.layout()->lineCount() >= 3)
                paragraph = b;
        }
        QVERIFY(paragraph.isValid());
        browser->setTextCursor(QTextCursor(paragraph));
        browser->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(browser));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(browser);
        QVERIFY(iface && iface->textInterface());
        for (int line = 1; line <= 2; ++line) {
            QTest::keyClick(browser, Qt::Key_Down);
            const QTextCursor cursor = browser->textCursor();
            QCOMPARE(cursor.block(), paragraph);
            const QTextLine shown = paragraph.layout()->lineForTextPosition(cursor.positionInBlock());
            QCOMPARE(shown.lineNumber(), line);
            // What a screen reader asks for at the caret: the line the eyes see there.
            QCOMPARE(iface->textInterface()->cursorPosition(), cursor.position());
            int start = 0;
            int end = 0;
            const QString said =
                iface->textInterface()->textAtOffset(cursor.position(), QAccessible::LineBoundary, &start, &end);
            QCOMPARE(said.trimmed(), paragraph.text().mid(shown.textStart(), shown.textLength()).trimmed());
        }
        QTest::keyClick(browser, Qt::Key_Up);
        QCOMPARE(paragraph.layout()->lineForTextPosition(browser->textCursor().positionInBlock()).lineNumber(), 1);
    }

    void theCaretStartsWhereTheReaderLooks()
    {
        m_window->showSection(QStringLiteral("standard-care"));
        ReadingBrowser *browser = browserOf(QStringLiteral("standard-care"));
        QTRY_VERIFY(browser->isVisible());
        browser->setTextCursor(QTextCursor(browser->document()));
        QTextDocument *doc = browser->document();
        doc->documentLayout()->blockBoundingRect(doc->lastBlock());
        QTRY_VERIFY(browser->verticalScrollBar()->maximum() > 2000);
        browser->verticalScrollBar()->setValue(1500);  // as the mouse wheel does: the caret stays at the top
        QTest::keyClick(browser, Qt::Key_Down);
        QVERIFY2(qAbs(browser->verticalScrollBar()->value() - 1500) < browser->viewport()->height(),
                 qPrintable(QString::number(browser->verticalScrollBar()->value())));
        QVERIFY(browser->viewport()->rect().intersects(browser->cursorRect()));
    }

    void sizeAndLanguageButtonsAreInSight()
    {
        auto *larger = child("largerTextButton");
        auto *smaller = child("smallerTextButton");
        auto *japanese = child("japaneseButton");
        auto *english = child("englishButton");
        for (QPushButton *b : {larger, smaller, japanese, english}) {
            QVERIFY(b && b->isVisible());
            QVERIFY2(b->height() >= 44 && b->width() >= 44, qPrintable(b->objectName()));
            QVERIFY(b->focusPolicy() & Qt::TabFocus);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(b);
            QVERIFY2(iface && !iface->text(QAccessible::Name).isEmpty(), qPrintable(b->objectName()));
        }
        QVERIFY(larger->text().contains(QStringLiteral("大きく")));
        QVERIFY(smaller->text().contains(QStringLiteral("小さく")));
        QCOMPARE(japanese->text(), QStringLiteral("日本語"));
        QCOMPARE(english->text(), QStringLiteral("English"));
        QVERIFY(japanese->isChecked() && !english->isChecked());

        QCOMPARE(m_window->textScale(), 100);
        QTest::mouseClick(larger, Qt::LeftButton);
        QCOMPARE(m_window->textScale(), 125);
        larger->setFocus(Qt::TabFocusReason);
        QTest::keyClick(larger, Qt::Key_Space);
        QCOMPARE(m_window->textScale(), 150);
        QTest::mouseClick(smaller, Qt::LeftButton);
        QCOMPARE(m_window->textScale(), 125);
        QTest::mouseClick(smaller, Qt::LeftButton);
        QTest::mouseClick(smaller, Qt::LeftButton);  // no smaller than 100 %
        QCOMPARE(m_window->textScale(), 100);

        QTest::mouseClick(english, Qt::LeftButton);
        QCOMPARE(m_window->language(), Language::English);
        QTRY_VERIFY(larger->text().contains(QLatin1String("Larger")));
        QCOMPARE(larger->accessibleName(), QStringLiteral("Larger text"));
        QCOMPARE(contents()->tree()->topLevelItem(0)->text(0), QStringLiteral("Overview"));
        QVERIFY(english->isChecked() && !japanese->isChecked());
        QTest::mouseClick(english, Qt::LeftButton);  // pressing the chosen one again changes nothing
        QVERIFY(english->isChecked());
        QCOMPARE(m_window->language(), Language::English);
        QTest::mouseClick(japanese, Qt::LeftButton);
        QCOMPARE(m_window->language(), Language::Japanese);
        QTRY_VERIFY(larger->text().contains(QStringLiteral("大きく")));
        QVERIFY(japanese->isChecked() && !english->isChecked());
    }

    void theReadmeListsEveryShortcutAndNoOther()
    {
        QFile file(QStringLiteral(ALS_SOURCE_DIR "/README.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(file.readAll());
        // Every key combination written in the README (`Ctrl+…`, `F6`; "`Ctrl+1` … `Ctrl+8`" stands for the range),
        // but not the keys that controls handle themselves (`Tab`, `Shift+Tab`, arrows, `Enter`).
        QSet<QString> written;
        static const QRegularExpression key(QStringLiteral("`((?:Ctrl|Alt)\\+[^`]+|F[0-9]+)`"));
        for (auto it = key.globalMatch(readme); it.hasNext();)
            written << it.next().captured(1).replace(QStringLiteral("PgDn"), QStringLiteral("PgDown"));
        static const QRegularExpression range(QStringLiteral("`Ctrl\\+1` … `Ctrl\\+([0-9])`"));
        const QRegularExpressionMatch r = range.match(readme);
        QVERIFY(r.hasMatch());
        for (int n = 1; n <= r.captured(1).toInt(); ++n)
            written << QStringLiteral("Ctrl+%1").arg(n);
        // Every shortcut of the window's actions (Shift+Backtab is how some keyboards send Shift+Tab: not news).
        QSet<QString> real;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &sequence : action->shortcuts()) {
                const QString text = sequence.toString(QKeySequence::PortableText);
                if (!text.contains(QLatin1String("Backtab")))
                    real << text;
            }
        }
        QVERIFY(real.contains(QStringLiteral("F6")));
        QVERIFY(real.contains(QStringLiteral("Ctrl+%1").arg(c.sections().size())));
        for (const QString &s : std::as_const(real))
            QVERIFY2(written.contains(s), qPrintable(QStringLiteral("the README does not list ") + s));
        for (const QString &s : std::as_const(written))
            QVERIFY2(real.contains(s),
                     qPrintable(QStringLiteral("the README lists ") + s + QStringLiteral(", which does nothing")));
    }

    void theReadmesShortcutsDoWhatItSays()
    {
        QWidget *text = browserOf(QStringLiteral("overview"));
        for (Qt::Key k : {Qt::Key_F, Qt::Key_K}) {
            text->setFocus(Qt::OtherFocusReason);
            QTest::keyClick(text, k, Qt::ControlModifier);
            QTRY_COMPARE(focus(), static_cast<QWidget *>(m_window->searchPanel()->field()));
        }
        QTest::keyClick(focus(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(m_window->textScale(), 125);
        QTest::keyClick(focus(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(m_window->textScale(), 150);
        QTest::keyClick(focus(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_window->textScale(), 125);
        QTest::keyClick(focus(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_window->textScale(), 100);
        QTest::keyClick(focus(), Qt::Key_8, Qt::ControlModifier);
        QTRY_COMPARE(currentId(), QStringLiteral("about"));
        QTest::keyClick(focus(), Qt::Key_F6);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(contents()->tree()));
    }

    void firstWindowFitsTheScreen_data()
    {
        QTest::addColumn<QSize>("available");
        QTest::newRow("1024×700") << QSize(1024, 700);
        QTest::newRow("1024×768 less a panel") << QSize(1024, 740);
        QTest::newRow("1280×800") << QSize(1280, 800);
        QTest::newRow("1920×1080") << QSize(1920, 1080);
    }
    void firstWindowFitsTheScreen()
    {
        QFETCH(QSize, available);
        const QSize size = MainWindow::firstWindowSize(available);
        // With the frame and title bar a desktop adds (a few px a side, some 30–40 px on top), it still fits.
        QVERIFY2(size.width() + 16 <= available.width() && size.height() + 48 <= available.height(),
                 qPrintable(QStringLiteral("%1×%2").arg(size.width()).arg(size.height())));
        QVERIFY(size.width() >= available.width() * 9 / 10 || size.width() == 1100);
        QVERIFY(size.height() >= available.height() * 8 / 10 || size.height() == 800);
        QVERIFY(size.width() <= 1100 && size.height() <= 800);
    }
    void firstWindowUsesTheScreenItOpensOn()
    {
        m_guide.window.reset();
        Settings fresh(m_guide.dir->filePath(QStringLiteral("fresh.ini")));
        MainWindow window(c, fresh, *m_guide.translations);
        const QRect available = window.screen()->availableGeometry();
        QCOMPARE(window.size(), MainWindow::firstWindowSize(available.size()));
        QVERIFY(available.contains(window.geometry()));
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
