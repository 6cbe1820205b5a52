// A full repaint of the stem-cell view at 300 % text: the guide's window at 1280×900 (offscreen), the view and every
// widget in it painted again into the window's backing store, as a reader's scrolling or coming back to the view
// asks for. Twice per language: at the top of the page, and scrolled to the evidence ladder, the view's heaviest
// picture. Also the same view grabbed into an image (grab()), and the ladder's layout for a new width.

#include "Content.h"
#include "EvidenceLadderWidget.h"
#include "EvidenceView.h"
#include "MainWindow.h"
#include "ReadingBrowser.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QWindow>

#include <algorithm>
#include <functional>
#include <vector>

using namespace als;

namespace {

void settle()
{
    for (int i = 0; i < 30; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
}

std::vector<double> time(int runs, const std::function<void()> &work)
{
    for (int i = 0; i < 5; ++i)
        work();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms;
}

double percentile(const std::vector<double> &sorted, double p)
{
    return sorted.at(std::min(sorted.size() - 1, size_t(p * sorted.size())));
}

// repaint() paints the widget itself, not the opaque widgets inside it (the text's viewport, the picture): mark
// every one of them first, then paint them all at once.
void repaintAll(QWidget *view)
{
    for (QWidget *w : view->findChildren<QWidget *>())
        w->update();
    view->repaint();
}

struct PaintCounter : QObject
{
    int paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("BIZ UDPGothic"), font.family()});
    QApplication::setFont(font);
    (void)baseApplicationFont();
    const int runs =
        qEnvironmentVariableIntValue("REPAINT_RUNS") > 0 ? qEnvironmentVariableIntValue("REPAINT_RUNS") : 50;
    QTextStream out(stdout);

    QTemporaryDir dir;
    for (Language language : allLanguages()) {
        Settings settings(dir.filePath(QStringLiteral("settings-%1.ini").arg(languageCode(language))));
        Translations translations;
        translations.install(language);
        settings.setLanguage(language);
        MainWindow window(Content::builtIn(), settings, translations);
        window.resize(1280, 900);
        window.show();
        window.activateWindow();
        for (int i = 0; i < 400 && !(window.windowHandle() && window.windowHandle()->isExposed()); ++i)
            settle();
        window.setTextScale(300);
        window.showSection(QStringLiteral("stem-cells"));
        settle();
        auto *view = qobject_cast<EvidenceView *>(window.currentView());
        if (!view)
            return 1;
        const QString code = languageCode(language);

        QScrollBar *bar = view->browser()->verticalScrollBar();
        const int ladderTop = view->ladder()->mapTo(view->browser()->viewport(), QPoint(0, 0)).y() + bar->value();
        for (const auto &[where, position] : {std::pair {"top", 0}, std::pair {"ladder", ladderTop}}) {
            bar->setValue(position);
            settle();
            // Counted, so that a repaint that painted nothing can never pass for a fast one.
            PaintCounter counter;
            view->browser()->viewport()->installEventFilter(&counter);
            const std::vector<double> repaint = time(runs, [view] { repaintAll(view); });
            view->browser()->viewport()->removeEventFilter(&counter);
            if (counter.paints < runs) {
                out << "repaint_ms " << code << ' ' << where << ": the text was painted " << counter.paints
                    << " times in " << runs << " repaints\n";
                return 1;
            }
            const std::vector<double> grab = time(runs, [view] { (void)view->grab(); });
            out << "repaint_ms " << code << ' ' << where << " p50 " << percentile(repaint, 0.5) << " p95 "
                << percentile(repaint, 0.95) << " max " << repaint.back() << "  (target < 16)\n";
            out << "grab_ms " << code << ' ' << where << " p50 " << percentile(grab, 0.5) << " p95 "
                << percentile(grab, 0.95) << '\n';
            out.flush();
        }
        // A new width (the window resized): the ladder lays itself out again, trying its arrangements.
        const int width = view->ladder()->width();
        int step = 0;
        const std::vector<double> layout =
            time(runs, [&] { (void)view->ladder()->heightForWidth(width - 1 - (step++ % 300)); });
        out << "ladder_layout_ms " << code << " p50 " << percentile(layout, 0.5) << " p95 " << percentile(layout, 0.95)
            << "  (a new width)\n";
    }
    return 0;
}
