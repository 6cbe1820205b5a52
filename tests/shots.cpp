// A look at what the guide shows: every view as the reader sees it, in both languages, at 100 % and 300 % text
// and in high contrast, written as PNG files for review (not a test: `als-shots OUTDIR [section ...]`, run with
// QT_QPA_PLATFORM=offscreen). The window is 1280×900 as in the GUI tests. The view "start" is desk mode's start
// screen, on a small desk screen of 1024×768.

#include "Clock.h"
#include "GuideFixture.h"
#include "SectionView.h"
#include "StaffAuth.h"
#include "StartScreen.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
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
        sections << QStringLiteral("start");
    }
    for (Language language : allLanguages()) {
        for (const auto &[scale, contrast] : {std::pair{100, false}, std::pair{300, false}, std::pair{100, true}}) {
            GuideFixture guide;
            if (!guide.start(language, true))
                return 1;
            guide.window->setTextScale(scale);
            guide.window->setHighContrast(contrast);
            for (const QString &id : sections) {
                const bool desk = id == QLatin1String("start");
                if (desk) {
                    // A clinic's desk, as staff would set it, so that its name and contact lines show.
                    ClinicProfile clinic;
                    clinic.name = QStringLiteral("さくら神経内科クリニック 相談窓口");
                    clinic.phone = QStringLiteral("03-1234-5678");
                    clinic.email = QStringLiteral("soudan@sakura-clinic.example.jp");
                    clinic.address = QStringLiteral("東京都千代田区神田1-2-3");
                    clinic.hours = QStringLiteral("月〜金 9:00〜17:00");
                    guide.settings->setClinicProfile(clinic);
                    // A desk starts only with a staff passphrase; full screen would be the offscreen screen's size.
                    if (!guide.store->setPassphraseHash(StaffAuth::hash(QStringLiteral("shots passphrase 2026")))
                        || !guide.window->setDeskMode(true))
                        return 1;
                    guide.window->showNormal();
                    guide.window->resize(1024, 768);
                } else {
                    guide.window->showSection(id);
                }
                QTest::qWait(200);
                const QString name = QStringLiteral("%1/%2-%3-%4%5.png")
                                         .arg(out, id, languageCode(language))
                                         .arg(scale)
                                         .arg(contrast ? QStringLiteral("-hc") : QString());
                guide.window->grab().save(name);
                printf("%s\n", qPrintable(name));
                if (desk) {
                    // And its end, where large text needs scrolling to reach the choices and the contact lines.
                    auto *scroll = guide.window->startScreen()->findChild<QScrollArea *>();
                    if (scroll && scroll->verticalScrollBar()->maximum() > 0) {
                        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
                        QTest::qWait(100);
                        const QString end = QString(name).replace(QLatin1String(".png"), QLatin1String("-end.png"));
                        guide.window->grab().save(end);
                        printf("%s\n", qPrintable(end));
                    }
                    // And the guide as a visitor at the desk sees it: no menu bar, a way back to the start.
                    guide.window->startScreen()->readButton()->click();
                    QTest::qWait(200);
                    const QString read = QString(name).replace(QLatin1String(".png"), QLatin1String("-guide.png"));
                    guide.window->grab().save(read);
                    printf("%s\n", qPrintable(read));
                    guide.window->setDeskMode(false);
                    guide.window->resize(1280, 900);
                    guide.settings->setClinicProfile({});
                }
            }
            guide.stop();
        }
    }
    return 0;
}
