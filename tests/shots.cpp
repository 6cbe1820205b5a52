// A look at what the guide shows: every view as the reader sees it, in both languages, at 100 % and 300 % text
// and in high contrast, written as PNG files for review (not a test: `als-shots OUTDIR [section ...]`, run with
// QT_QPA_PLATFORM=offscreen). The window is 1280×900 as in the GUI tests.

#include "Clock.h"
#include "GuideFixture.h"
#include "SectionView.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace als;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        fprintf(stderr, "usage: als-shots OUTDIR [section ...] [--overdue]\n");
        return 2;
    }
    const QString out = args.first();
    QDir().mkpath(out);
    QStringList sections;
    for (const QString &a : args.mid(1)) {
        if (a == QLatin1String("--overdue"))
            Clock::setToday(Content::builtIn().nextReview().addDays(1));
        else
            sections << a;
    }
    if (sections.isEmpty()) {
        for (const SectionInfo &s : Content::builtIn().sections())
            sections << s.id;
    }
    for (Language language : allLanguages()) {
        for (const auto &[scale, contrast] : {std::pair{100, false}, std::pair{300, false}, std::pair{100, true}}) {
            GuideFixture guide;
            if (!guide.start(language, false))
                return 1;
            guide.window->setTextScale(scale);
            guide.window->setHighContrast(contrast);
            for (const QString &id : sections) {
                guide.window->showSection(id);
                QTest::qWait(200);
                const QString name = QStringLiteral("%1/%2-%3-%4%5.png")
                                         .arg(out, id, languageCode(language))
                                         .arg(scale)
                                         .arg(contrast ? QStringLiteral("-hc") : QString());
                guide.window->grab().save(name);
                printf("%s\n", qPrintable(name));
            }
            guide.stop();
        }
    }
    return 0;
}
