// Read aloud: the time from pressing the button to the first text handed to the speech engine, in each reading
// view, from the top and scrolled halfway, in Japanese and English (the guide's window at 1280×900, offscreen). The
// engine records when say() is called; it is the test engine, so this is the guide's own share (finding the place,
// splitting the shown text into paragraphs, marking the first). The first press of a run also makes the engine:
// reported on its own. With --real, the real engine (Qt TextToSpeech through speech-dispatcher) instead, for the
// first press only: how long the press itself takes (the window must not wait), and how long until the voice
// answers whether the language can be read (the speech plugin loaded and every voice listed, on its own thread),
// and, where it can, how long the first paragraph takes to be spoken. --english: in English.

#include "Content.h"
#include "MainWindow.h"
#include "ReadAloud.h"
#include "ReadingBrowser.h"
#include "SectionView.h"
#include "Settings.h"
#include "SpeechEngine.h"
#include "Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <vector>

using namespace als;

namespace {

QElapsedTimer g_clock;

class TimingEngine final : public SpeechEngine
{
public:
    using SpeechEngine::SpeechEngine;
    qint64 saidAt = -1;
    void checkVoice(Language language) override { Q_EMIT voiceChecked(language, QString()); }
    void say(const QString &, Language) override
    {
        if (saidAt < 0)
            saidAt = g_clock.nsecsElapsed();
    }
    void pause() override {}
    void resume() override {}
    void stop() override {}
    void setRate(double) override {}
};

void settle()
{
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
}

double percentile(const std::vector<double> &sorted, double p)
{
    return sorted.at(std::min(sorted.size() - 1, size_t(p * sorted.size())));
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool real = app.arguments().contains(QStringLiteral("--real"));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Translations translations;
    translations.install(Language::Japanese);
    MainWindow window(Content::builtIn(), settings, translations);
    window.resize(1280, 900);
    window.show();
    settle();
    ReadAloud *reader = ReadAloud::of(&window);
    TimingEngine *engine = nullptr;
    if (!real)
        reader->setEngineFactory([&engine](QObject *parent) { return engine = new TimingEngine(parent); });
    g_clock.start();
    QTextStream out(stdout);

    const QStringList views{QStringLiteral("overview"),   QStringLiteral("standard-care"),
                            QStringLiteral("stem-cells"), QStringLiteral("conditioned-medium"),
                            QStringLiteral("can-say"),    QStringLiteral("references"),
                            QStringLiteral("about")};
    std::vector<double> ms;
    bool first = true;
    const QList<Language> languages = real && app.arguments().contains(QStringLiteral("--english"))
        ? QList<Language>{Language::English}
        : QList<Language>{Language::Japanese, Language::English};
    for (Language language : languages) {
        window.setLanguage(language);
        for (const QString &id : views) {
            window.showSection(id);
            settle();
            SectionView *view = window.currentView();
            for (bool halfway : {false, true}) {
                for (ReadingBrowser *b : view->findChildren<ReadingBrowser *>())
                    b->verticalScrollBar()->setValue(halfway ? b->verticalScrollBar()->maximum() / 2 : 0);
                QCoreApplication::processEvents();
                for (int run = 0; run < (real ? 1 : 15); ++run) {
                    reader->stop();
                    if (engine)
                        engine->saidAt = -1;
                    const qint64 pressed = g_clock.nsecsElapsed();
                    view->readAloudBar()->readButton()->click();
                    const qint64 done = g_clock.nsecsElapsed();
                    if (real) {
                        // The press returns at once; the voice answers from its own thread.
                        while (reader->state() == ReadAloud::State::Starting && g_clock.nsecsElapsed() - pressed < 60e9)
                            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                        const qint64 answered = g_clock.nsecsElapsed();
                        out << "readaloud_real_first_press_blocks_ms " << (done - pressed) / 1e6 << "\n"
                            << "readaloud_real_first_answer_ms " << (answered - pressed) / 1e6 << " (" << id << ", "
                            << (reader->problem().isEmpty() ? QStringLiteral("reading") : reader->problem()) << ")\n";
                        if (reader->state() == ReadAloud::State::Reading) {
                            // The first paragraph spoken to its end, and the second begun.
                            while (reader->current() < 1 && reader->state() == ReadAloud::State::Reading
                                   && g_clock.nsecsElapsed() - pressed < 120e9)
                                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                            out << "readaloud_real_first_paragraph_spoken_ms "
                                << (g_clock.nsecsElapsed() - answered) / 1e6 << " ("
                                << reader->paragraphs().value(0).text.size() << " characters; "
                                << (reader->current() >= 1 ? "second paragraph begun" : "did not finish") << ")\n";
                        }
                        reader->stop();
                        return 0;
                    }
                    const double t = (engine->saidAt - pressed) / 1e6;
                    if (first)
                        out << "readaloud_first_press_ms " << t << " (engine made on this press)\n";
                    else
                        ms.push_back(t);
                    first = false;
                }
            }
        }
    }
    reader->stop();
    std::sort(ms.begin(), ms.end());
    out << "readaloud_press_to_first_text_ms median " << percentile(ms, 0.5) << " p95 " << percentile(ms, 0.95)
        << " max " << ms.back() << " (" << ms.size()
        << " presses, 7 views, top and halfway, ja and en; target <= 50)\n";
    return 0;
}
