#pragma once

#include "Language.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTextEdit;

namespace als {

class SectionView;
class Settings;
class SpeechEngine;

// One paragraph as it is read aloud: the words the voice gets, and where they are shown (marked while read).
struct ReadAloudParagraph
{
    QString text;
    QPointer<QTextEdit> view;  // where it is shown; null for words shown outside a text (none so far)
    int from = 0;              // its characters in the view's document
    int to = 0;
};

// Reads a reading view aloud, paragraph by paragraph, from the place the reader has scrolled to: marks the
// paragraph being read and keeps it in view; pauses, resumes, stops; remembers the speed. One for the window: it
// stops when the view or the language changes or the desk clears (MainWindow calls stop()). The voice is a
// SpeechEngine, made on first use: the real one (QtSpeechEngine) unless a test gives its own.
class ReadAloud final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloud)

public:
    // Starting: waiting to learn whether the language has a voice (the real engine asks speech-dispatcher).
    enum class State { Stopped, Starting, Reading, Paused };
    Q_ENUM(State)
    using EngineFactory = std::function<SpeechEngine *(QObject *parent)>;

    // settings: where the speed is remembered (may be null: the speed is then forgotten at exit).
    explicit ReadAloud(Settings *settings, QObject *parent = nullptr);
    ~ReadAloud() override;

    // The reading aloud of this window (the ReadAloud that is a child of the widget's window), or null.
    static ReadAloud *of(const QWidget *widget);

    // Tests: the engine to make on first use instead of the real one.
    void setEngineFactory(EngineFactory factory) { m_factory = std::move(factory); }
    SpeechEngine *engine() const { return m_engine; }  // null until first used

    // Reads the view from its current place. Returns false, with problem() saying why, when there is nothing to
    // read; where the language turns out to have no voice, reading stops and problem() says why.
    bool read(SectionView *view);
    bool read(const QList<ReadAloudParagraph> &paragraphs, Language language);
    // Read aloud, pause or resume, whichever comes next (the shortcut and the first button).
    void toggle(SectionView *view);
    void pause();
    void resume();
    void stop();

    State state() const { return m_state; }
    SectionView *view() const { return m_view; }
    const QList<ReadAloudParagraph> &paragraphs() const { return m_paragraphs; }
    int current() const { return m_current; }  // the paragraph being read; -1 when stopped
    QString problem() const { return m_problem; }

    // Speed steps, Settings::kMinReadAloudSpeed … kMaxReadAloudSpeed; 0 is the voice's own pace.
    int speed() const { return m_speed; }
    void setSpeed(int step);

    // The window's "Read aloud" action with its shortcut (Ctrl+Shift+R): reads the view the callback returns.
    QAction *createAction(QWidget *window, std::function<SectionView *()> currentView);

    // The paragraphs of a text from a position on, as read aloud: each paragraph's shown words (readings in
    // brackets once: see speakable()), each table row as one sentence ("heading: cell; heading: cell.").
    static QList<ReadAloudParagraph> paragraphsOf(QTextEdit *view, int from = 0);
    // Where a text's reader is: the start of the first paragraph (or table row) at the top of its view.
    static int placeOf(const QTextEdit *view);
    // The words a voice gets for shown words: a reading in brackets after a word in kanji is dropped, so that the
    // word is said once. (The voice gets the word, not the reading: a reading may cover only the end of the word
    // (幹細胞上清液（じょうせいえき）), so putting it in the word's place would drop the rest, and Open JTalk's
    // dictionary reads these words itself.) Brackets in katakana are glosses, not readings (活性酸素（フリーラジカル）)
    // and are kept. Line breaks become spaces; pictures' placeholders go.
    static QString speakable(const QString &shown);

Q_SIGNALS:
    void stateChanged(ReadAloud::State state);
    void paragraphStarted(int index);
    // Why reading aloud could not start (empty once it can).
    void problemChanged(const QString &problem);

private:
    SpeechEngine *ensureEngine();
    bool begin(const QList<ReadAloudParagraph> &paragraphs, Language language, SectionView *view);
    void voiceChecked(Language language, const QString &missing);
    void speak(int index);
    void advance();
    void mark(int index);
    void unmark();
    void setState(State state);
    void setProblem(const QString &problem);

    Settings *m_settings = nullptr;
    EngineFactory m_factory;
    SpeechEngine *m_engine = nullptr;
    QPointer<SectionView> m_view;
    QList<ReadAloudParagraph> m_paragraphs;
    Language m_language = Language::Japanese;
    int m_current = -1;
    int m_speed = 0;
    State m_state = State::Stopped;
    QString m_problem;
    QPointer<QTextEdit> m_marked;
};

// The controls at the top of every reading view: Read aloud (pause, resume), Stop, the speed, and a line saying
// why when there is no voice for the language. They work the window's ReadAloud on their view.
class ReadAloudBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloudBar)

public:
    explicit ReadAloudBar(SectionView *view);

    QPushButton *readButton() const { return m_read; }
    QPushButton *stopButton() const { return m_stop; }
    QComboBox *speedBox() const { return m_speed; }
    QLabel *problemLabel() const { return m_problem; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ReadAloud *controller();
    void refresh();
    void retranslate();

    SectionView *m_view;
    QPointer<ReadAloud> m_controller;
    QPushButton *m_read = nullptr;
    QPushButton *m_stop = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_problem = nullptr;
};

}  // namespace als
