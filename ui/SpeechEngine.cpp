#include "SpeechEngine.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextToSpeech>
#include <QVoice>

namespace als {

namespace {

QLocale localeOf(Language language)
{
    return language == Language::Japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                          : QLocale(QLocale::English, QLocale::UnitedStates);
}

}  // namespace

QtSpeechEngine::QtSpeechEngine(QObject *parent)
    : SpeechEngine(parent)
{
    m_thread.setObjectName(QStringLiteral("speech"));
}

QtSpeechEngine::~QtSpeechEngine()
{
    if (!m_thread.isRunning())
        return;
    // The voice is made, used and ended on its own thread.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            if (m_speech)
                m_speech->stop();
            delete m_speech;
            m_speech = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;  // its thread has ended
}

QStringList QtSpeechEngine::htsVoiceFiles()
{
    return {QStringLiteral("/usr/share/hts-voice/nitech-jp-atr503-m001/nitech_jp_atr503_m001.htsvoice"),
            QStringLiteral("/usr/share/hts-voice/mei/mei_normal.htsvoice"),
            QStringLiteral("/usr/local/share/hts-voice/nitech-jp-atr503-m001/nitech_jp_atr503_m001.htsvoice"),
            QStringLiteral("/usr/local/share/hts-voice/mei/mei_normal.htsvoice")};
}

QString QtSpeechEngine::installedHtsVoice()
{
    for (const QString &path : htsVoiceFiles()) {
        if (QFileInfo(path).isReadable())
            return path;
    }
    return {};
}

QString QtSpeechEngine::missingVoiceReason(Language language, bool speechWorks, const QStringList &voiceNames,
                                           bool htsVoiceInstalled)
{
    if (!speechWorks) {
        return tr("Reading aloud needs speech-dispatcher, which is not working on this computer. The clinic's IT can "
                  "install the packages speech-dispatcher, speech-dispatcher-espeak-ng and qt6-speech-speechd-plugin.");
    }
    if (language == Language::Japanese) {
        if (!htsVoiceInstalled) {
            return tr("No Japanese voice is installed on this computer, so Japanese cannot be read aloud. The "
                      "clinic's IT can install Open JTalk (the packages open-jtalk and open-jtalk-mecab-naist-jdic) "
                      "and a Japanese voice file (hts-voice-nitech-jp-atr503-m001).");
        }
        if (!voiceNames.contains(QLatin1String(kOpenJTalkVoice))) {
            return tr("A Japanese voice file is installed, but Open JTalk is not set up for speech-dispatcher. The "
                      "clinic's IT can install the packages open-jtalk and open-jtalk-mecab-naist-jdic and this "
                      "guide's package, then restart speech-dispatcher.");
        }
        return {};
    }
    if (voiceNames.isEmpty()) {
        return tr("No English voice is installed on this computer. The clinic's IT can install the package "
                  "speech-dispatcher-espeak-ng.");
    }
    return {};
}

template<typename Work> void QtSpeechEngine::onSpeechThread(Work work)
{
    if (!m_thread.isRunning()) {
        m_worker = new QObject;
        m_worker->moveToThread(&m_thread);
        m_thread.start();
    }
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

QTextToSpeech *QtSpeechEngine::speech()
{
    if (m_speech)
        return m_speech;
    m_speech = new QTextToSpeech(QStringLiteral("speechd"));
    m_speech->setRate(m_rate);
    connect(
        m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) { stateChanged(state); },
        Qt::QueuedConnection);
    return m_speech;
}

void QtSpeechEngine::stateChanged(int state)
{
    if (state == QTextToSpeech::Speaking && m_speaking) {
        m_started = true;
    } else if (state == QTextToSpeech::Ready && m_speaking && m_started) {
        m_speaking = false;
        Q_EMIT finished();
    } else if (state == QTextToSpeech::Error && m_speaking) {
        m_speaking = false;
        Q_EMIT failed(tr("The voice stopped with an error."));
    }
}

void QtSpeechEngine::checkVoice(Language language)
{
    onSpeechThread([this, language] {
        QTextToSpeech *tts = speech();
        const bool works = tts->state() != QTextToSpeech::Error && !tts->engine().isEmpty();
        QStringList names;
        if (works) {
            const QLocale wanted = localeOf(language);
            tts->setLocale(wanted);
            m_voiceLanguage = -1;
            if (tts->locale().language() == wanted.language()) {
                const QList<QVoice> voices = tts->availableVoices();
                for (const QVoice &voice : voices)
                    names << voice.name();
            }
        }
        const QString missing = missingVoiceReason(language, works, names, !installedHtsVoice().isEmpty());
        QMetaObject::invokeMethod(
            this, [this, language, missing] { Q_EMIT voiceChecked(language, missing); }, Qt::QueuedConnection);
    });
}

bool QtSpeechEngine::useVoiceFor(Language language)
{
    if (m_voiceLanguage == int(language))
        return true;
    QTextToSpeech *tts = speech();
    tts->setLocale(localeOf(language));
    if (language == Language::Japanese) {
        const QList<QVoice> voices = tts->availableVoices();
        const auto it = std::find_if(voices.cbegin(), voices.cend(),
                                     [](const QVoice &v) { return v.name() == QLatin1String(kOpenJTalkVoice); });
        if (it == voices.cend())
            return false;  // never another voice for Japanese
        tts->setVoice(*it);
    }
    m_voiceLanguage = int(language);
    return true;
}

void QtSpeechEngine::say(const QString &text, Language language)
{
    m_speaking = true;
    m_started = false;
    onSpeechThread([this, text, language] {
        if (useVoiceFor(language))
            speech()->say(text);
        else
            QMetaObject::invokeMethod(
                this, [this] { stateChanged(QTextToSpeech::Error); }, Qt::QueuedConnection);
    });
}

void QtSpeechEngine::pause()
{
    onSpeechThread([this] { speech()->pause(); });
}

void QtSpeechEngine::resume()
{
    onSpeechThread([this] { speech()->resume(); });
}

void QtSpeechEngine::stop()
{
    m_speaking = false;
    onSpeechThread([this] { speech()->stop(); });
}

void QtSpeechEngine::setRate(double rate)
{
    m_rate = rate;
    if (m_thread.isRunning())
        onSpeechThread([this, rate] { speech()->setRate(rate); });
}

}  // namespace als
