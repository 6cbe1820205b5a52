// Reading aloud, as a reader uses it: press Read aloud (or Ctrl+Shift+R) in a reading view and the voice gets the
// paragraphs shown, in order, from where the reader has scrolled to; readings in brackets once, table rows as
// sentences, the evidence ladder from its description; the paragraph being read is marked and kept in view; pause,
// resume, stop and the speed (remembered); it stops when the view or the language changes or the desk clears; where
// a language has no voice, the bar says why. The voice here is a test engine that records what it is given.

#include "DeskMode.h"
#include "EvidenceLadderWidget.h"
#include "EvidenceView.h"
#include "GuideFixture.h"
#include "ReadAloud.h"
#include "ReadingBrowser.h"
#include "SpeechEngine.h"
#include "StaffAuth.h"
#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextTable>

using namespace als;

namespace {

// Records everything it is asked to do; the test says when a text has been spoken.
class TestEngine final : public SpeechEngine
{
public:
    using SpeechEngine::SpeechEngine;
    QStringList said;
    QList<Language> languages;
    QStringList calls;  // pause, resume, stop
    double rate = 0;
    QHash<int, QString> missing;  // by language: the engine's reason there is no voice
    bool answerLater = false;     // as the real engine, which asks speech-dispatcher on its own thread
    QList<Language> asked;

    void checkVoice(Language language) override
    {
        asked << language;
        if (!answerLater)
            answer();
    }
    void answer() { Q_EMIT voiceChecked(asked.last(), missing.value(int(asked.last()))); }
    void say(const QString &text, Language language) override
    {
        said << text;
        languages << language;
    }
    void pause() override { calls << QStringLiteral("pause"); }
    void resume() override { calls << QStringLiteral("resume"); }
    void stop() override { calls << QStringLiteral("stop"); }
    void setRate(double r) override { rate = r; }
    void finish() { Q_EMIT finished(); }
};

// The shown paragraphs as a reader sees them, written out independently of ReadAloud: each line of the plain text,
// readings (kana in brackets after kanji) left out, spaces tidied.
QStringList shownParagraphs(const QString &plain)
{
    static const QRegularExpression reading(QStringLiteral("(?<=[\\p{Han}々])（[\\p{Hiragana}ー]+）"));
    QStringList out;
    for (QString line : plain.split(QLatin1Char('\n'))) {
        line.remove(QChar::ObjectReplacementCharacter);
        line.remove(reading);
        line = line.simplified();
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

}  // namespace

class TestReadAloud : public QObject
{
    Q_OBJECT

private:
    GuideFixture m_guide;
    TestEngine *m_engine = nullptr;

    MainWindow *window() const { return m_guide.window.get(); }
    ReadAloud *reader() const { return ReadAloud::of(window()); }

    bool start(Language language = Language::Japanese)
    {
        if (!m_guide.start(language, true))
            return false;
        m_engine = nullptr;
        ReadAloud *r = reader();
        if (!r)
            return false;
        r->setEngineFactory([this](QObject *parent) { return m_engine = new TestEngine(parent); });
        return true;
    }

    DocumentView *showDocument(const QString &id)
    {
        window()->showSection(id);
        auto *view = qobject_cast<DocumentView *>(window()->currentView());
        if (view) {
            QTest::qWait(0);
            QCoreApplication::processEvents();
        }
        return view;
    }

    // Scrolls so that this paragraph starts at the top of the view.
    static void scrollTo(ReadingBrowser *browser, const QTextBlock &block)
    {
        const QRectF rect = browser->document()->documentLayout()->blockBoundingRect(block);
        browser->verticalScrollBar()->setValue(int(std::ceil(rect.top())));
    }

    static ReadAloudBar *barOf(SectionView *view) { return view->readAloudBar(); }

private Q_SLOTS:
    void init() { QVERIFY(start()); }
    void cleanup() { m_guide.stop(); }

    void readsTheShownParagraphsInOrderFromWhereTheReaderIs()
    {
        DocumentView *view = showDocument(QStringLiteral("overview"));
        QVERIFY(view);
        ReadingBrowser *browser = view->browser();
        // A paragraph a third of the way down, scrolled to the top.
        QTextBlock block = browser->document()->findBlock(browser->document()->characterCount() / 3);
        while (block.isValid() && block.text().trimmed().isEmpty())
            block = block.next();
        QVERIFY(block.isValid());
        scrollTo(browser, block);
        QVERIFY(browser->verticalScrollBar()->value() > 0);
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
            QVERIFY2(!QTextCursor(b).currentTable(), "the overview is expected to have no table (see tableRows…)");

        QVERIFY(!reader()->engine());  // nothing made before the first press
        QTest::mouseClick(barOf(view)->readButton(), Qt::LeftButton);
        QVERIFY(m_engine);
        QCOMPARE(reader()->state(), ReadAloud::State::Reading);
        // Each text is spoken to the end: the next follows, until the last.
        for (int i = 0; i < 500 && reader()->state() == ReadAloud::State::Reading; ++i)
            m_engine->finish();
        QCOMPARE(reader()->state(), ReadAloud::State::Stopped);

        QTextCursor rest(block);
        rest.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        const QStringList expected = shownParagraphs(rest.selection().toPlainText());
        QCOMPARE(m_engine->said, expected);
        QVERIFY(m_engine->languages.count(Language::Japanese) == m_engine->said.size());
    }

    void readingsInBracketsAreReadOnce()
    {
        // The overview names the illness with its reading: the voice gets the word once.
        DocumentView *view = showDocument(QStringLiteral("overview"));
        const QString shown = view->visibleText();
        QVERIFY(shown.contains(QStringLiteral("筋萎縮性側索硬化症（きんいしゅくせいそくさくこうかしょう）")));
        QTest::mouseClick(barOf(view)->readButton(), Qt::LeftButton);
        for (int i = 0; i < 500 && reader()->state() == ReadAloud::State::Reading; ++i)
            m_engine->finish();
        const QString all = m_engine->said.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("筋萎縮性側索硬化症")));
        QVERIFY(!all.contains(QStringLiteral("きんいしゅくせいそくさくこうかしょう")));
        // A reading that covers only the end of a word leaves the word whole; a gloss in katakana is kept.
        QCOMPARE(ReadAloud::speakable(QStringLiteral("幹細胞上清液（じょうせいえき）の研究")),
                 QStringLiteral("幹細胞上清液の研究"));
        QCOMPARE(ReadAloud::speakable(QStringLiteral("活性酸素（フリーラジカル）")),
                 QStringLiteral("活性酸素（フリーラジカル）"));
        QCOMPARE(ReadAloud::speakable(QStringLiteral("ALS (amyotrophic lateral sclerosis)")),
                 QStringLiteral("ALS (amyotrophic lateral sclerosis)"));
    }

    void tableRowsAreReadAsSentences()
    {
        DocumentView *view = showDocument(QStringLiteral("standard-care"));
        ReadingBrowser *browser = view->browser();
        QTextTable *table = nullptr;
        for (QTextBlock b = browser->document()->begin(); b.isValid() && !table; b = b.next())
            table = QTextCursor(b).currentTable();
        QVERIFY(table);
        QVERIFY(table->rows() >= 2);
        browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->maximum());
        scrollTo(browser, browser->document()->findBlock(table->cellAt(1, 0).firstPosition()));
        QCoreApplication::processEvents();
        QTest::mouseClick(barOf(view)->readButton(), Qt::LeftButton);
        QVERIFY(m_engine && !m_engine->said.isEmpty());

        const auto cell = [table](int row, int column) {
            QTextCursor c = table->cellAt(row, column).firstCursorPosition();
            c.setPosition(table->cellAt(row, column).lastCursorPosition().position(), QTextCursor::KeepAnchor);
            return c.selectedText().simplified();
        };
        QStringList parts;
        for (int c = 0; c < table->columns(); ++c)
            parts << cell(0, c) + QStringLiteral(": ") + cell(1, c);
        QString sentence = parts.join(QStringLiteral("; "));
        if (!sentence.endsWith(QChar(0x3002)) && !sentence.endsWith(QLatin1Char('.')))
            sentence += QLatin1Char('.');
        QCOMPARE(m_engine->said.first(), sentence);
        // The next row follows as its own sentence.
        m_engine->finish();
        QVERIFY(m_engine->said.at(1).startsWith(cell(0, 0) + QStringLiteral(": ") + cell(2, 0)));
    }

    void theLadderIsReadFromItsDescription()
    {
        window()->showSection(QStringLiteral("stem-cells"));
        auto *view = qobject_cast<EvidenceView *>(window()->currentView());
        QVERIFY(view);
        QCoreApplication::processEvents();
        view->browser()->verticalScrollBar()->setValue(0);
        QTest::mouseClick(barOf(view)->readButton(), Qt::LeftButton);
        for (int i = 0; i < 20 && reader()->state() == ReadAloud::State::Reading; ++i)
            m_engine->finish();
        const QString description = ReadAloud::speakable(view->ladder()->accessibleDescription());
        QVERIFY(!description.isEmpty());
        const qsizetype at = m_engine->said.indexOf(description);
        QVERIFY2(at > 0, qPrintable(m_engine->said.join(QLatin1Char('\n'))));
        // Under the section's title, after the picture's heading and caption, as they are shown.
        const auto shown = [](const QLabel *label) {
            return ReadAloud::speakable(QTextDocumentFragment::fromHtml(label->text()).toPlainText());
        };
        QCOMPARE(m_engine->said.first(), shownParagraphs(view->browser()->document()->begin().text()).value(0));
        QCOMPARE(m_engine->said.at(at - 1), shown(view->ladderCaption()));
        QCOMPARE(m_engine->said.at(at - 2), shown(view->findChild<QLabel *>(QStringLiteral("evidenceLadderHeading"))));
    }

    void theParagraphReadIsMarkedAndKeptInView()
    {
        DocumentView *view = showDocument(QStringLiteral("overview"));
        ReadingBrowser *browser = view->browser();
        QTest::mouseClick(barOf(view)->readButton(), Qt::LeftButton);
        for (int i = 0; i < 30; ++i)
            m_engine->finish();
        QCOMPARE(reader()->state(), ReadAloud::State::Reading);
        const ReadAloudParagraph &p = reader()->paragraphs().at(reader()->current());
        QCOMPARE(p.text, m_engine->said.last());
        const QList<QTextEdit::ExtraSelection> marks = browser->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectionStart(), p.from);
        QCOMPARE(marks.first().cursor.selectionEnd(), p.to);
        QCOMPARE(marks.first().format.background().color(), Theme::readAloudBackground(browser->palette()));
        const QRectF rect = browser->document()->documentLayout()->blockBoundingRect(
            browser->document()->findBlock(p.from));
        const int top = browser->verticalScrollBar()->value();
        QVERIFY2(top > 0, "thirty paragraphs down, the view has followed");
        QVERIFY(rect.top() >= top && rect.top() < top + browser->viewport()->height());
        // In high contrast the mark is the theme's highlight: black on yellow.
        window()->setHighContrast(true);
        m_engine->finish();
        QCOMPARE(browser->extraSelections().first().format.background().color(), QColor(255, 255, 0));
        QCOMPARE(browser->extraSelections().first().format.foreground().color(), QColor(0, 0, 0));
        window()->setHighContrast(false);
        // Stopped: the mark goes.
        QTest::mouseClick(barOf(view)->stopButton(), Qt::LeftButton);
        QVERIFY(browser->extraSelections().isEmpty());
    }

    void pauseResumeAndStop()
    {
        DocumentView *view = showDocument(QStringLiteral("overview"));
        QPushButton *read = barOf(view)->readButton();
        QTest::mouseClick(read, Qt::LeftButton);
        QCOMPARE(m_engine->said.size(), 1);
        QCOMPARE(read->text(), ReadAloudBar::tr("Pause"));
        QTest::mouseClick(read, Qt::LeftButton);
        QCOMPARE(reader()->state(), ReadAloud::State::Paused);
        QCOMPARE(m_engine->calls, QStringList{QStringLiteral("pause")});
        QCOMPARE(read->text(), ReadAloudBar::tr("Resume"));
        QTest::mouseClick(read, Qt::LeftButton);
        QCOMPARE(reader()->state(), ReadAloud::State::Reading);
        QCOMPARE(m_engine->calls.last(), QStringLiteral("resume"));
        m_engine->finish();
        QCOMPARE(m_engine->said.size(), 2);
        QVERIFY(barOf(view)->stopButton()->isEnabled());
        QTest::mouseClick(barOf(view)->stopButton(), Qt::LeftButton);
        QCOMPARE(reader()->state(), ReadAloud::State::Stopped);
        QCOMPARE(m_engine->calls.last(), QStringLiteral("stop"));
        m_engine->finish();  // a late "finished" reads nothing more
        QCOMPARE(m_engine->said.size(), 2);
        QCOMPARE(read->text(), ReadAloudBar::tr("Read aloud"));
        QVERIFY(!barOf(view)->stopButton()->isEnabled());
    }

    void stopsWhenTheViewChanges()
    {
        showDocument(QStringLiteral("overview"));
        QVERIFY(reader()->read(window()->currentView()));
        window()->tabs()->setCurrentIndex(window()->tabs()->currentIndex() + 1);
        QCOMPARE(reader()->state(), ReadAloud::State::Stopped);
        QCOMPARE(m_engine->calls.last(), QStringLiteral("stop"));
    }

    void stopsWhenTheLanguageChanges()
    {
        showDocument(QStringLiteral("overview"));
        QVERIFY(reader()->read(window()->currentView()));
        window()->setLanguage(Language::English);
        QCOMPARE(reader()->state(), ReadAloud::State::Stopped);
        QCOMPARE(m_engine->calls.last(), QStringLiteral("stop"));
        // Read again: English now, to the English voice.
        QVERIFY(reader()->read(window()->currentView()));
        QCOMPARE(m_engine->languages.last(), Language::English);
        QVERIFY(!m_engine->said.last().isEmpty());
        QVERIFY2(!m_engine->said.last().contains(QRegularExpression(QStringLiteral("[\\p{Han}\\p{Hiragana}]"))),
                 qPrintable(m_engine->said.last()));
    }

    void stopsWhenTheDeskClears()
    {
        QVERIFY(m_guide.store->setPassphraseHash(StaffAuth::hash(QStringLiteral("correct horse battery staple"))));
        QVERIFY(window()->setDeskMode(true));
        showDocument(QStringLiteral("overview"));
        QVERIFY(reader()->read(window()->currentView()));
        window()->deskMode()->resetVisitor();  // as the idle clearing does
        QCOMPARE(reader()->state(), ReadAloud::State::Stopped);
        QCOMPARE(m_engine->calls.last(), QStringLiteral("stop"));
    }

    void withoutAJapaneseVoiceTheBarSaysWhy()
    {
        DocumentView *view = showDocument(QStringLiteral("overview"));
        ReadAloudBar *bar = barOf(view);
        // The real engine's reason, from what speech-dispatcher offers on a machine with only espeak-ng: its
        // "Japanese" voices never count.
        const QString why = QtSpeechEngine::missingVoiceReason(
            Language::Japanese, true, {QStringLiteral("Japanese"), QStringLiteral("Japanese+Adam")}, false);
        QVERIFY(why.contains(QLatin1String("open-jtalk")));
        QVERIFY(!QtSpeechEngine::missingVoiceReason(Language::Japanese, true, {QStringLiteral("Japanese")}, true)
                     .isEmpty());
        QVERIFY(QtSpeechEngine::missingVoiceReason(Language::Japanese, true,
                                                   {QStringLiteral("Japanese"), QStringLiteral("open-jtalk")}, true)
                    .isEmpty());
        QVERIFY(
            QtSpeechEngine::missingVoiceReason(Language::English, true, {QStringLiteral("English (America)")}, false)
                .isEmpty());
        QVERIFY(!QtSpeechEngine::missingVoiceReason(Language::English, false, {}, false).isEmpty());

        QTest::mouseClick(bar->readButton(), Qt::LeftButton);  // makes the engine
        QTest::mouseClick(bar->stopButton(), Qt::LeftButton);
        m_engine->missing.insert(int(Language::Japanese), why);
        m_engine->said.clear();
        QTest::mouseClick(bar->readButton(), Qt::LeftButton);
        QVERIFY(m_engine->said.isEmpty());
        QCOMPARE(reader()->state(), ReadAloud::State::Stopped);
        QVERIFY(bar->problemLabel()->isVisible());
        QCOMPARE(bar->problemLabel()->text(), why);
        QCOMPARE(bar->readButton()->accessibleDescription(), why);
        // English has its voice: reading goes on there, and the message goes.
        window()->setLanguage(Language::English);
        QVERIFY(!bar->problemLabel()->isVisible());
        QTest::mouseClick(bar->readButton(), Qt::LeftButton);
        QCOMPARE(m_engine->said.size(), 1);
    }

    void theVoiceMayTakeAMomentToStart()
    {
        DocumentView *view = showDocument(QStringLiteral("overview"));
        ReadAloudBar *bar = barOf(view);
        QTest::mouseClick(bar->readButton(), Qt::LeftButton);
        QTest::mouseClick(bar->stopButton(), Qt::LeftButton);
        m_engine->answerLater = true;
        m_engine->said.clear();
        QTest::mouseClick(bar->readButton(), Qt::LeftButton);
        QCOMPARE(reader()->state(), ReadAloud::State::Starting);
        QCOMPARE(bar->readButton()->text(), ReadAloudBar::tr("Starting the voice…"));
        QVERIFY(bar->stopButton()->isEnabled());
        QVERIFY(m_engine->said.isEmpty());
        m_engine->answer();
        QCOMPARE(reader()->state(), ReadAloud::State::Reading);
        QCOMPARE(m_engine->said.size(), 1);
        // Stopped while the voice starts: its late answer starts nothing.
        QTest::mouseClick(bar->stopButton(), Qt::LeftButton);
        QTest::mouseClick(bar->readButton(), Qt::LeftButton);
        QTest::mouseClick(bar->stopButton(), Qt::LeftButton);
        m_engine->answer();
        QCOMPARE(reader()->state(), ReadAloud::State::Stopped);
        QCOMPARE(m_engine->said.size(), 1);
        // And the view changed meanwhile: the same.
        QTest::mouseClick(bar->readButton(), Qt::LeftButton);
        window()->showSection(QStringLiteral("about"));
        m_engine->answer();
        QCOMPARE(reader()->state(), ReadAloud::State::Stopped);
        QCOMPARE(m_engine->said.size(), 1);
    }

    void theShortcutAndTheButtonsWorkFromTheKeyboard()
    {
        DocumentView *view = showDocument(QStringLiteral("overview"));
        view->browser()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(view->browser(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_engine);
        QCOMPARE(reader()->state(), ReadAloud::State::Reading);
        QTest::keyClick(view->browser(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(reader()->state(), ReadAloud::State::Paused);
        QTest::keyClick(view->browser(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(reader()->state(), ReadAloud::State::Reading);
        // The buttons take the keyboard focus and Space presses them.
        ReadAloudBar *bar = barOf(view);
        bar->stopButton()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(bar->stopButton(), Qt::Key_Space);
        QCOMPARE(reader()->state(), ReadAloud::State::Stopped);
        bar->readButton()->setFocus(Qt::TabFocusReason);
        QVERIFY(bar->readButton()->hasFocus());
        QTest::keyClick(bar->readButton(), Qt::Key_Space);
        QCOMPARE(reader()->state(), ReadAloud::State::Reading);
        // The speed, chosen with the arrow keys, is used at once and remembered.
        bar->speedBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(bar->speedBox(), Qt::Key_Down);
        QCOMPARE(m_guide.settings->readAloudSpeed(), 1);
        QVERIFY(m_engine->rate > 0);
        ReadAloud fresh(m_guide.settings.get());
        QCOMPARE(fresh.speed(), 1);
        // A view that is not for reading has no bar; every reading view has one.
        for (const QString &id : {QStringLiteral("overview"), QStringLiteral("standard-care"),
                                  QStringLiteral("stem-cells"), QStringLiteral("conditioned-medium"),
                                  QStringLiteral("can-say"), QStringLiteral("references"), QStringLiteral("about")}) {
            window()->showSection(id);
            QVERIFY2(window()->currentView()->readAloudBar(), qPrintable(id));
            QVERIFY2(window()->currentView()->readAloudBar()->readButton()->isVisible(), qPrintable(id));
        }
        window()->showSection(QStringLiteral("consultation"));
        QVERIFY(!window()->currentView()->readAloudBar());
    }

    void everyControlHasAnAccessibleName()
    {
        DocumentView *view = showDocument(QStringLiteral("overview"));
        ReadAloudBar *bar = barOf(view);
        for (QWidget *w : {static_cast<QWidget *>(bar->readButton()), static_cast<QWidget *>(bar->stopButton()),
                           static_cast<QWidget *>(bar->speedBox())}) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a);
            QVERIFY2(!a->text(QAccessible::Name).isEmpty(), qPrintable(w->objectName()));
            QVERIFY(w->focusPolicy() & Qt::TabFocus);
        }
        QCOMPARE(QAccessible::queryAccessibleInterface(bar->readButton())->text(QAccessible::Name),
                 ReadAloudBar::tr("Read aloud"));
        window()->setLanguage(Language::English);
        QCOMPARE(QAccessible::queryAccessibleInterface(bar->readButton())->text(QAccessible::Name),
                 QStringLiteral("Read aloud"));
    }

    void theCanSayViewReadsItsPanelsInOrder()
    {
        window()->showSection(QStringLiteral("can-say"));
        SectionView *view = window()->currentView();
        QCoreApplication::processEvents();
        QVERIFY(reader()->read(view));
        for (int i = 0; i < 500 && reader()->state() == ReadAloud::State::Reading; ++i)
            m_engine->finish();
        const QString all = m_engine->said.join(QLatin1Char('\n'));
        const qsizetype can = all.indexOf(m_guide.window->findChild<ReadingBrowser *>(QStringLiteral("canSayPanel"))
                                              ->document()
                                              ->begin()
                                              .text()
                                              .simplified());
        const qsizetype cannot = all.indexOf(
            m_guide.window->findChild<ReadingBrowser *>(QStringLiteral("cannotSayPanel"))
                ->document()
                ->begin()
                .text()
                .simplified());
        QVERIFY(can >= 0 && cannot > can);
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
