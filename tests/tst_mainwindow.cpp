// What a reader does: open every view from the keyboard, switch language at runtime, search and land on the
// match, follow a statement to its study, and find the window as they left it.

#include "CanSayView.h"
#include "Content.h"
#include "Dialogs.h"
#include "EvidenceLadderWidget.h"
#include "EvidenceView.h"
#include "HandoutDialog.h"
#include "MainWindow.h"
#include "ReadingBrowser.h"
#include "SearchPanel.h"
#include "Settings.h"
#include "Translations.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

#include <memory>

using namespace als;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    const Content &c = Content::builtIn();
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<MainWindow> m_window;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    void open(Language language)
    {
        m_window.reset();
        m_settings = std::make_unique<Settings>(settingsFile());
        // The guide as a clinic sets it up; without a clinic the form is the reader's own list (tested below).
        ClinicProfile clinic;
        clinic.name = QStringLiteral("Test Clinic");
        m_settings->setClinicProfile(clinic);
        m_translations = std::make_unique<Translations>();
        m_translations->install(language);
        m_window = std::make_unique<MainWindow>(c, *m_settings, *m_translations);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    QString currentId() const { return m_window->currentView() ? m_window->currentView()->sectionId() : QString(); }

    static QString accessibleText(QWidget *w, QAccessible::Text what)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        return iface ? iface->text(what) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Dialogs::setAutomatic(true);
        (void)baseApplicationFont();
    }

    void init() { open(Language::Japanese); }
    void cleanup()
    {
        m_window.reset();
        QFile::remove(settingsFile());
    }

    void titleNamesTheApp()
    {
        QVERIFY2(m_window->windowTitle().contains(QStringLiteral("ALSエビデンスガイド")), qPrintable(m_window->windowTitle()));
        QCOMPARE(m_window->tabs()->count(), c.sections().size());
        for (int i = 0; i < c.sections().size(); ++i)
            QCOMPARE(m_window->tabs()->tabText(i), c.sections().at(i).title.ja);
    }

    // At home nobody receives the form's text: the tab, the button and the window title name it the reader's own
    // questions, and a clinic's name, once set, turns it back into the clinic's form.
    void withoutAClinicTheFormIsTheReadersOwnList()
    {
        m_settings->setClinicProfile({});
        int index = 0;
        while (index < c.sections().size() && c.sections().at(index).id != QLatin1String("consultation"))
            ++index;
        QVERIFY(index < c.sections().size());
        QCOMPARE(m_window->tabs()->tabText(index), QStringLiteral("医師に聞きたいこと"));
        auto *contents = m_window->findChild<QTreeWidget *>();
        QVERIFY(contents);
        QCOMPARE(contents->topLevelItem(index)->text(0), QStringLiteral("医師に聞きたいこと"));
        m_window->showSection(QStringLiteral("consultation"));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("医師に聞きたいこと")));
        ClinicProfile clinic;
        clinic.name = QStringLiteral("さくら神経内科");
        m_settings->setClinicProfile(clinic);
        QCOMPARE(m_window->tabs()->tabText(index), c.sections().at(index).title.ja);
        QCOMPARE(contents->topLevelItem(index)->text(0), c.sections().at(index).title.ja);
        QVERIFY(m_window->windowTitle().startsWith(c.sections().at(index).title.ja));
    }

    void everyViewOpensByNumberedShortcut()
    {
        for (int i = c.sections().size() - 1; i >= 0; --i) {
            press(Qt::Key_1 + i, Qt::ControlModifier);
            const SectionInfo &section = c.sections().at(i);
            QTRY_COMPARE(currentId(), section.id);
            const QString text = m_window->currentView()->visibleText();
            QVERIFY2(text.contains(section.title.ja), qPrintable(section.id));
            QVERIFY2(text.size() > 150, qPrintable(section.id));
            QVERIFY(m_window->windowTitle().startsWith(section.title.ja));
        }
        // What each evidence view must say, as shown on screen.
        press(Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(currentId(), QStringLiteral("stem-cells"));
        for (const char *figure : {"220", "196", "189", "NCT03280056"})
            QVERIFY2(m_window->currentView()->visibleText().contains(QLatin1String(figure)), figure);
        press(Qt::Key_4, Qt::ControlModifier);
        QTRY_COMPARE(currentId(), QStringLiteral("conditioned-medium"));
        QVERIFY(m_window->currentView()->visibleText().contains(QLatin1String("NCT06608719")));
    }

    void nextAndPreviousSectionByKeyboard()
    {
        press(Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(m_window->tabs()->currentIndex(), 0);
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(m_window->tabs()->currentIndex(), 1);
        press(Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(m_window->tabs()->currentIndex(), 2);
        press(Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(m_window->tabs()->currentIndex(), 1);
        press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_window->tabs()->currentIndex(), 0);
        press(Qt::Key_PageUp, Qt::ControlModifier);  // wraps round to the last view
        QTRY_COMPARE(m_window->tabs()->currentIndex(), c.sections().size() - 1);
    }

    void languageSwitchesAtRuntime()
    {
        press(Qt::Key_1, Qt::ControlModifier);
        const QString jaText = m_window->currentView()->visibleText();
        auto *english = m_window->findChild<QAction *>(QStringLiteral("languageEnglish"));
        QVERIFY(english);
        english->trigger();
        QCOMPARE(m_window->language(), Language::English);
        QTRY_VERIFY(m_window->windowTitle().endsWith(QLatin1String("ALS Evidence Guide")));
        for (int i = 0; i < c.sections().size(); ++i)
            QCOMPARE(m_window->tabs()->tabText(i), c.sections().at(i).title.en);
        const QString enText = m_window->currentView()->visibleText();
        QVERIFY(enText != jaText);
        QVERIFY(enText.contains(QLatin1String("Overview")));
        QTRY_COMPARE(m_window->searchPanel()->field()->accessibleName(), QStringLiteral("Search the guide"));
        QCOMPARE(m_settings->language(), Language::English);

        // Views built before the switch follow too, and statements and study summaries change language.
        m_window->showSection(QStringLiteral("can-say"));
        auto *canSay = qobject_cast<CanSayView *>(m_window->currentView());
        QVERIFY(canSay);
        QVERIFY(canSay->canPanel()->toPlainText().contains(c.statements().constFirst().text.en.left(30)));

        m_window->findChild<QAction *>(QStringLiteral("languageJapanese"))->trigger();
        QTRY_VERIFY(m_window->windowTitle().endsWith(QStringLiteral("ALSエビデンスガイド")));
        QTRY_COMPARE(m_window->searchPanel()->field()->accessibleName(), QStringLiteral("ガイド内を検索"));
        QVERIFY(canSay->canPanel()->toPlainText().contains(c.statements().constFirst().text.ja.left(20)));
    }

    void evidenceLadderPaintsAndHasATextAlternative()
    {
        m_window->showSection(QStringLiteral("conditioned-medium"));
        auto *view = qobject_cast<EvidenceView *>(m_window->currentView());
        QVERIFY(view);
        EvidenceLadderWidget *ladder = view->ladder();
        QTRY_VERIFY(ladder->isVisible() && ladder->height() > 100);
        const QImage image = ladder->grab().toImage();
        int positive = 0;
        int negative = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb px = image.pixel(x, y) & 0xffffff;
                positive += px == 0x0072b2;
                negative += px == 0xd55e00;
            }
        }
        QVERIFY2(positive > 20 && negative > 20, qPrintable(QStringLiteral("%1 %2").arg(positive).arg(negative)));

        const QString description = accessibleText(ladder, QAccessible::Description);
        QVERIFY(!accessibleText(ladder, QAccessible::Name).isEmpty());
        QVERIFY2(description.contains(QStringLiteral("リルゾール：")), qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("幹細胞上清液：")));
        QVERIFY(view->browser()->toPlainText().contains(c.label(QStringLiteral("ladderTableHeading"), Language::Japanese)));

        m_window->setLanguage(Language::English);
        QTRY_VERIFY(accessibleText(ladder, QAccessible::Description)
                        .contains(QLatin1String("Riluzole: Strongest evidence in people: Large randomised trials. What it found on its main goal: Main goal met. Regulatory status: Approved (US 1995, EU 1996).")));
    }

    void searchOpensTheViewAtTheMatch()
    {
        press(Qt::Key_1, Qt::ControlModifier);
        press(Qt::Key_F, Qt::ControlModifier);
        QLineEdit *field = m_window->searchPanel()->field();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("ENDURANCE"));
        QTRY_VERIFY(m_window->searchPanel()->results()->isVisible());
        QVERIFY(m_window->searchPanel()->results()->count() > 0);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(currentId(), m_window->searchPanel()->hits().constFirst().target.sectionId);
        auto *browser = qobject_cast<QTextBrowser *>(QApplication::focusWidget());
        QVERIFY(browser);
        QCOMPARE(browser->textCursor().selectedText(), QStringLiteral("ENDURANCE"));

        // Down into the results, choose a later one with Enter.
        field->setFocus();
        field->clear();
        // Japanese arrives through the input method, committed a word at a time.
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("上清液"));
        QApplication::sendEvent(field, &commit);
        QTRY_VERIFY(m_window->searchPanel()->results()->count() > 2);
        QTest::keyClick(field, Qt::Key_Down);
        QTRY_VERIFY(m_window->searchPanel()->results()->hasFocus());
        QTest::keyClick(m_window->searchPanel()->results(), Qt::Key_Down);
        QTest::keyClick(m_window->searchPanel()->results(), Qt::Key_Return);
        const SearchHit second = m_window->searchPanel()->hits().at(1);
        QTRY_COMPARE(currentId(), second.target.sectionId);
        browser = qobject_cast<QTextBrowser *>(QApplication::focusWidget());
        QVERIFY(browser);
        QCOMPARE(browser->textCursor().selectedText(), second.target.needle);
    }

    void statementLinkShowsItsStudy()
    {
        m_window->showSection(QStringLiteral("can-say"));
        auto *view = qobject_cast<CanSayView *>(m_window->currentView());
        QVERIFY(view);
        ReadingBrowser *panel = view->cannotPanel();
        panel->setFocus();
        QTRY_VERIFY(panel->hasFocus());
        QTest::keyClick(panel, Qt::Key_Tab);  // the first link in the panel
        QVERIFY(panel->textCursor().charFormat().isAnchor());
        QTest::keyClick(panel, Qt::Key_Return);
        QTRY_VERIFY(!view->shownStudy().isEmpty());
        const Study *study = c.study(view->shownStudy());
        QVERIFY(study);
        QVERIFY(view->studyPanel()->toPlainText().contains(study->summary.ja));
        // Certainty is given in words, never by colour alone.
        QVERIFY(panel->toPlainText().contains(c.certaintyLabel(Certainty::VeryLow, Language::Japanese)));
    }

    void officialStatementShowsItsSources()
    {
        // A statement about the law is marked as confirmed in official documents, and its source opens below.
        m_window->showSection(QStringLiteral("can-say"));
        auto *view = qobject_cast<CanSayView *>(m_window->currentView());
        QVERIFY(view);
        ReadingBrowser *panel = view->cannotPanel();
        QVERIFY(panel->toPlainText().contains(c.label(QStringLiteral("officialRecord"), Language::Japanese)));
        const Source *act = c.source(QStringLiteral("regenerative-medicine-act-2013"));
        QVERIFY(act);
        const QString name = act->shortName.ja;
        QVERIFY(panel->toPlainText().contains(name));
        // Tab through the panel's links until the one for the Act, then open it from the keyboard.
        panel->setFocus();
        QTRY_VERIFY(panel->hasFocus());
        bool found = false;
        for (int i = 0; i < 80 && !found; ++i) {
            QTest::keyClick(panel, Qt::Key_Tab);
            found = panel->textCursor().charFormat().anchorHref() == QLatin1String("source:regenerative-medicine-act-2013");
        }
        QVERIFY(found);
        QTest::keyClick(panel, Qt::Key_Return);
        QTRY_VERIFY(view->studyPanel()->toPlainText().contains(act->note.ja));
        QVERIFY(view->studyPanel()->toPlainText().contains(act->citation.title.left(20)));
    }

    void studyLinkInATableOpensTheReference()
    {
        m_window->showSection(QStringLiteral("stem-cells"));
        auto *view = qobject_cast<EvidenceView *>(m_window->currentView());
        QVERIFY(view);
        Q_EMIT view->browser()->anchorClicked(QUrl(QStringLiteral("study:nurown-phase3-2022")));
        QTRY_COMPARE(currentId(), QStringLiteral("references"));
        auto *browser = qobject_cast<QTextBrowser *>(QApplication::focusWidget());
        QVERIFY(browser);
        QVERIFY(browser->textCursor().block().text().contains(QLatin1String("Cudkowicz")));
    }

    void everyFocusableControlHasAName()
    {
        for (int i = 0; i < c.sections().size(); ++i) {
            m_window->tabs()->setCurrentIndex(i);
            for (QWidget *w : m_window->findChildren<QWidget *>()) {
                if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
                    continue;
                QVERIFY2(!accessibleText(w, QAccessible::Name).trimmed().isEmpty(),
                         qPrintable(QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
            }
        }
    }

    void handoutOfChosenSectionsFromTheKeyboard()
    {
        m_window->showSection(QStringLiteral("stem-cells"));
        press(Qt::Key_P, Qt::ControlModifier);
        auto *dialog = m_window->findChild<HandoutDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        // The current view comes ticked; the others wait to be chosen, in reading order.
        QVERIFY(dialog->sectionBox(QStringLiteral("stem-cells"))->isChecked());
        QVERIFY(!dialog->sectionBox(QStringLiteral("overview"))->isChecked());
        QVERIFY(!dialog->sectionBox(QStringLiteral("consultation")));
        dialog->sectionBox(QStringLiteral("overview"))->setFocus();
        QTest::keyClick(dialog->sectionBox(QStringLiteral("overview")), Qt::Key_Space);
        QVERIFY(dialog->sectionBox(QStringLiteral("overview"))->isChecked());
        dialog->languageBox()->setCurrentIndex(1);  // English
        QCOMPARE(dialog->options().sections, (QStringList{QStringLiteral("overview"), QStringLiteral("stem-cells")}));
        QCOMPARE(dialog->options().language, Language::English);

        const QString path = m_dir.filePath(QStringLiteral("handouts/chosen.pdf"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        Dialogs::setNextTexts({path});
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("handoutSavePdf")), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.contains(QLatin1String("Stem cells")));
        QVERIFY(text.contains(QLatin1String("What is ALS")) || text.contains(QLatin1String("Overview")));
        QVERIFY(!text.contains(QLatin1String("CENTAUR")));  // standard care was not chosen
        QVERIFY(!text.contains(QStringLiteral("幹細胞治療")));
        QCOMPARE(m_settings->handoutFolder(), QFileInfo(path).absolutePath());  // the folder is remembered

        // Preview and print paint the same handout onto a printer.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(dialog->paintOn(&printer) >= 3);
        // The print job carries the handout's name (a print queue shows it; here, the PDF's title).
        QCOMPARE(printer.docName(), Handout(Content::builtIn(), dialog->options()).documentTitle());
        QVERIFY(printer.docName().contains(QLatin1String("Stem cells")));
        dialog->close();
    }

    void textSizeAndPlaceAreRemembered()
    {
        const qreal before = QApplication::font().pointSizeF();
        press(Qt::Key_Plus, Qt::ControlModifier);
        QTRY_COMPARE(m_window->textScale(), 125);
        press(Qt::Key_Equal, Qt::ControlModifier);
        QTRY_COMPARE(m_window->textScale(), 150);
        QVERIFY(QApplication::font().pointSizeF() > before * 1.4);
        press(Qt::Key_Minus, Qt::ControlModifier);
        QTRY_COMPARE(m_window->textScale(), 125);
        m_window->showSection(QStringLiteral("references"));
        m_window->resize(900, 700);
        m_window->close();
        m_settings->sync();

        open(Language::Japanese);
        QCOMPARE(m_window->textScale(), 125);
        QCOMPARE(currentId(), QStringLiteral("references"));
        QCOMPARE(m_window->size(), QSize(900, 700));
        press(Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(m_window->textScale(), 100);
        QCOMPARE(QApplication::font().pointSizeF(), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
