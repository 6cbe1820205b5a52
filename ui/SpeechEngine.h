#pragma once

#include "Language.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

class QTextToSpeech;

namespace als {

// What reading aloud needs from a voice: whether a language has one (and if not, why, in words a reader and the
// clinic's IT understand), say one text, pause, resume, stop, a speed. ReadAloud drives it; the tests drive
// ReadAloud with an engine of their own that records what it was given.
class SpeechEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeechEngine)

public:
    using QObject::QObject;

    // Finds out whether the language can be read aloud here and answers with voiceChecked(), at once or later.
    virtual void checkVoice(Language language) = 0;
    virtual void say(const QString &text, Language language) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    // -1.0 (slowest) … 1.0 (fastest), 0 the voice's own pace.
    virtual void setRate(double rate) = 0;

Q_SIGNALS:
    // missing: empty when the language has a voice; otherwise why not, and what would make it possible.
    void voiceChecked(als::Language language, const QString &missing);
    // The text last given to say() has been spoken to the end (not stopped).
    void finished();
    // The voice failed while speaking: why, in plain words.
    void failed(const QString &why);
};

// The real voice: Qt TextToSpeech through speech-dispatcher, made on first use (the speech plugin, its library and
// the connection to speech-dispatcher cost nothing until someone presses Read aloud), on a thread of its own:
// speech-dispatcher lists every voice of every module when the plugin connects, which takes seconds with
// espeak-ng's thousands, and the window must not freeze meanwhile.
//
// English goes to speech-dispatcher's espeak-ng. Japanese goes only to Open JTalk, through the module this guide
// ships (resources/speech-dispatcher/open-jtalk-generic.conf, whose voice is called kOpenJTalkVoice), and only
// where an HTS voice file for it exists: espeak-ng reads every kanji as "Chinese letter", so its "Japanese" voices
// are never used.
class QtSpeechEngine final : public SpeechEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtSpeechEngine)

public:
    explicit QtSpeechEngine(QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    // The voice name the shipped Open JTalk module gives speech-dispatcher (its AddVoice line).
    static constexpr const char *kOpenJTalkVoice = "open-jtalk";
    // Where an HTS voice file for Open JTalk is found: the usual install paths of hts-voice-nitech-jp-atr503-m001
    // (Debian's non-free archive and Ubuntu), then MMDAgent's "Mei". The module's command searches the same list.
    static QStringList htsVoiceFiles();
    static QString installedHtsVoice();
    // Why a language cannot be read aloud (empty: it can), from what speech-dispatcher offers: whether it answers,
    // the names of its voices for the language, and whether an HTS voice file is installed. Japanese needs the Open
    // JTalk module's voice and a voice file; any other voice for Japanese (espeak-ng's) does not count.
    static QString missingVoiceReason(Language language, bool speechWorks, const QStringList &voiceNames,
                                      bool htsVoiceInstalled);

    void checkVoice(Language language) override;
    void say(const QString &text, Language language) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void setRate(double rate) override;

private:
    // Runs work on the speech thread, with the QTextToSpeech made there on first use.
    template<typename Work> void onSpeechThread(Work work);
    QTextToSpeech *speech();              // on the speech thread only
    bool useVoiceFor(Language language);  // on the speech thread only
    void stateChanged(int state);

    QThread m_thread;
    QObject *m_worker = nullptr;        // lives on m_thread
    QTextToSpeech *m_speech = nullptr;  // made and used on m_thread
    int m_voiceLanguage = -1;           // on m_thread: the language whose voice is set
    std::atomic<double> m_rate = 0;
    bool m_speaking = false;  // a text was given and has not ended
    bool m_started = false;   // ... and speech-dispatcher has begun it (an end before that is an old text's)
};

}  // namespace als
