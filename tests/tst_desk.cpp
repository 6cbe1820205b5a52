// The consultation desk: desk mode leaves nothing of one visitor for the next, the staff passphrase guards the
// inbox and the way out of desk mode, and the inbox keeps an audit trail and exports CSV a spreadsheet cannot run.

#include "ConsultationView.h"
#include "EvidenceView.h"
#include "GuideFixture.h"
#include "Content.h"
#include "CsvExport.h"
#include "DeskMode.h"
#include "Dialogs.h"
#include "InboxWindow.h"
#include "MainWindow.h"
#include "ReadingBrowser.h"
#include "RequestListModel.h"
#include "RequestStore.h"
#include "SearchPanel.h"
#include "Settings.h"
#include "StaffAuth.h"
#include "StaffGate.h"
#include "Translations.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <memory>

using namespace als;
using F = ConsultationRequest::Field;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");
}

class TestDesk : public QObject
{
    Q_OBJECT

private:
    GuideFixture m_guide;
    std::unique_ptr<RequestStore> &m_store = m_guide.store;
    std::unique_ptr<MainWindow> &m_window = m_guide.window;
    std::unique_ptr<QTemporaryDir> &m_dir = m_guide.dir;
    ConsultationView *m_form = nullptr;

    void fillForm(const QString &name, const QString &question)
    {
        qobject_cast<QRadioButton *>(m_form->fieldWidget(F::Writer))->setChecked(true);
        qobject_cast<QLineEdit *>(m_form->fieldWidget(F::Name))->setText(name);
        qobject_cast<QLineEdit *>(m_form->fieldWidget(F::Age))->setText(QStringLiteral("64"));
        qobject_cast<QPlainTextEdit *>(m_form->fieldWidget(F::Question))->setPlainText(question);
        qobject_cast<QLineEdit *>(m_form->fieldWidget(F::Email))->setText(QStringLiteral("visitor@example.jp"));
        qobject_cast<QCheckBox *>(m_form->fieldWidget(F::Consent))->setChecked(true);
    }

    // A desk starts only once staff have set a passphrase (see deskModeStartsOnlyWithAPassphrase).
    bool startDesk()
    {
        return m_store->setPassphraseHash(StaffAuth::hash(kPassphrase)) && m_window->setDeskMode(true);
    }

    // A web link on the shown page, scrolled into view: its browser, its address and a point on it in the viewport.
    bool findWebLink(ReadingBrowser **browser, QUrl *url, QPoint *at)
    {
        for (ReadingBrowser *b : m_window->findChildren<ReadingBrowser *>()) {
            if (!b->isVisible())
                continue;
            for (QTextBlock block = b->document()->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextFragment f = it.fragment();
                    const QString href = f.charFormat().anchorHref();
                    if (!f.isValid() || f.length() < 2 || !href.startsWith(QLatin1String("http")))
                        continue;
                    QTextCursor cursor(b->document());
                    cursor.setPosition(f.position() + f.length() / 2);
                    b->setTextCursor(cursor);
                    b->ensureCursorVisible();
                    *browser = b;
                    *url = QUrl(href);
                    *at = b->cursorRect(cursor).center();
                    return true;
                }
            }
        }
        return false;
    }

    QString nameText() const { return qobject_cast<QLineEdit *>(m_form->fieldWidget(F::Name))->text(); }

    ConsultationRequest request(const QString &name, const QString &question)
    {
        ConsultationRequest r;
        r.writer = QStringLiteral("other");
        r.name = name;
        r.age = QStringLiteral("50");
        r.question = question;
        r.phone = QStringLiteral("03-1234-5678");
        r.consent = true;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { Dialogs::setAutomatic(true); }

    void init()
    {
        QVERIFY(m_guide.start(Language::Japanese, true));
        m_form = qobject_cast<ConsultationView *>(m_window->view(QStringLiteral("consultation")));
        m_window->showSection(QStringLiteral("consultation"));
    }
    void cleanup()
    {
        if (m_window && m_window->isDeskMode())
            m_window->setDeskMode(false);
        m_guide.stop();
        Dialogs::setNextTexts({});
    }

    void passphraseIsSetOnceAndStoredOnlyAsAHash()
    {
        Dialogs::setNextTexts({QStringLiteral("short")});
        QVERIFY(!m_window->openInbox());  // too short: nothing set
        QCOMPARE(m_store->passphraseHash().value_or(QStringLiteral("error")), QString());
        Dialogs::setNextTexts({kPassphrase, kPassphrase + QLatin1Char('x')});
        QVERIFY(!m_window->openInbox());  // the two differ: nothing set
        QCOMPARE(m_store->passphraseHash().value_or(QStringLiteral("error")), QString());
        Dialogs::setNextTexts({kPassphrase, kPassphrase});
        QVERIFY(m_window->openInbox());
        const QString hash = m_store->passphraseHash().value_or(QString());
        QVERIFY(StaffAuth::isArgon2id(hash));
        QVERIFY(!hash.contains(kPassphrase));
        QVERIFY(StaffAuth::verify(hash, kPassphrase));
        QVERIFY(!StaffAuth::verify(hash, QStringLiteral("correct horse battery stapler")));
    }

    void inboxOpensOnlyWithTheRightPassphrase()
    {
        QVERIFY(m_store->setPassphraseHash(StaffAuth::hash(kPassphrase)));
        Dialogs::setNextTexts({QStringLiteral("wrong passphrase!")});
        QVERIFY(!m_window->openInbox());
        QCOMPARE(m_store->failedAttempts(), 1);
        // A second try straight away is refused without even checking: wrong attempts slow down.
        Dialogs::setNextTexts({kPassphrase});
        QVERIFY(!m_window->openInbox());
        QVERIFY(m_window->staffGate()->lastMessage().contains(QStringLiteral("秒")));
        m_window->staffGate()->forgetWait();
        Dialogs::setNextTexts({QStringLiteral("wrong again....")});
        QVERIFY(!m_window->openInbox());
        QCOMPARE(StaffAuth::delaySeconds(m_store->failedAttempts()), 2);
        m_window->staffGate()->forgetWait();
        Dialogs::setNextTexts({kPassphrase});
        InboxWindow *inbox = m_window->openInbox();
        QVERIFY(inbox);
        QVERIFY(inbox->isVisible());
        QCOMPARE(m_store->failedAttempts(), 0);
        QCOMPARE(StaffAuth::delaySeconds(0), 0);
        QCOMPARE(StaffAuth::delaySeconds(30), 60);
    }

    void inboxListsFiltersAndKeepsAnAuditTrail()
    {
        QVERIFY(m_store->setPassphraseHash(StaffAuth::hash(kPassphrase)));
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_store->submit(request(QStringLiteral("来訪者%1").arg(i), i == 2 ? QStringLiteral("上清液について") : QStringLiteral("リルゾール"))));
        Dialogs::setNextTexts({kPassphrase});
        InboxWindow *inbox = m_window->openInbox();
        QVERIFY(inbox);
        QCOMPARE(inbox->model()->rowCount(), 5);
        QCOMPARE(inbox->model()->row(0)->name, QStringLiteral("来訪者4"));  // newest first

        inbox->table()->setFocus();
        inbox->table()->selectRow(2);
        QTRY_VERIFY(inbox->detail()->toPlainText().contains(QStringLiteral("上清液について")));
        QVERIFY(inbox->changeStatus(QStringLiteral("in-progress"), QStringLiteral("医師が確認中")));
        QVERIFY(inbox->changeStatus(QStringLiteral("answered"), QStringLiteral("メールで回答")));
        QVERIFY(inbox->detail()->toPlainText().contains(QStringLiteral("医師が確認中")));
        QVERIFY(inbox->detail()->toPlainText().contains(QStringLiteral("メールで回答")));
        QCOMPARE(m_store->history(inbox->currentId()).size(), 3);

        auto *status = inbox->findChild<QComboBox *>(QStringLiteral("inboxStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("answered")));
        QCOMPARE(inbox->model()->rowCount(), 1);
        status->setCurrentIndex(0);
        auto *search = inbox->findChild<QLineEdit *>(QStringLiteral("inboxSearch"));
        search->setText(QStringLiteral("リルゾール"));
        QTRY_COMPARE(inbox->model()->rowCount(), 4);

        // Every control of the inbox has a name a screen reader can say.
        for (QWidget *w : inbox->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY2(iface && !iface->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        }

        // Deleting asks first; "Cancel" keeps the request.
        inbox->table()->selectRow(0);
        QTRY_VERIFY(inbox->currentId() != 0);
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!inbox->deleteCurrent());
        QCOMPARE(m_store->count({}), 5);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(inbox->deleteCurrent());
        QCOMPARE(m_store->count({}), 4);

        // Closing the inbox, even with Escape, leaves nothing of a request on screen or in the list.
        inbox->table()->selectRow(0);
        QTRY_VERIFY(inbox->detail()->toPlainText().contains(QStringLiteral("来訪者")));
        QTest::keyClick(inbox, Qt::Key_Escape);
        QTRY_VERIFY(!inbox->isVisible());
        QVERIFY(!inbox->detail()->toPlainText().contains(QStringLiteral("来訪者")));
        QCOMPARE(inbox->model()->rowCount(), 0);
    }

    void csvExportNeutralisesFormulas()
    {
        QVERIFY(m_store->setPassphraseHash(StaffAuth::hash(kPassphrase)));
        QVERIFY(m_store->submit(request(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"), QStringLiteral("+1+1"))));
        QVERIFY(m_store->submit(request(QStringLiteral("@SUM(A1:A9)"), QStringLiteral("-2+3"))));
        QVERIFY(m_store->submit(request(QStringLiteral("\t=1"), QStringLiteral("\r=2"))));
        QVERIFY(m_store->submit(request(QStringLiteral("＝全角"), QStringLiteral("普通の \"引用\" と, カンマ"))));
        Dialogs::setNextTexts({kPassphrase});
        InboxWindow *inbox = m_window->openInbox();
        QVERIFY(inbox);
        const QString path = m_dir->filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY2(inbox->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));  // Excel then reads UTF-8 Japanese correctly
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")));
        QVERIFY(text.contains(QStringLiteral("\"'+1+1\"")));
        QVERIFY(text.contains(QStringLiteral("\"'@SUM(A1:A9)\"")));
        QVERIFY(text.contains(QStringLiteral("\"'-2+3\"")));
        QVERIFY(text.contains(QStringLiteral("\"'\t=1\"")));
        QVERIFY(text.contains(QStringLiteral("\"'\r=2\"")));
        QVERIFY(text.contains(QStringLiteral("\"'＝全角\"")));
        QVERIFY(text.contains(QStringLiteral("\"普通の \"\"引用\"\" と, カンマ\"")));
        // No cell anywhere starts with a formula character.
        for (const QString &cell : text.split(QStringLiteral("\",\""))) {
            const QString bare = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
            QVERIFY2(bare.isEmpty() || !QStringLiteral("=+-@").contains(bare.at(0)), qPrintable(cell));
        }
        QCOMPARE(CsvExport::neutralise(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvExport::neutralise(QStringLiteral("03-1234")), QStringLiteral("03-1234"));
    }

    void deskModeClearsTheFormAfterASubmission()
    {
        QVERIFY(startDesk());
        m_window->deskMode()->setIdleTimeout(0);
        m_window->showSection(QStringLiteral("consultation"));
        fillForm(QStringLiteral("前の来訪者"), QStringLiteral("とても個人的な質問"));
        QTest::keyClicks(m_window->searchPanel()->field(), QStringLiteral("tofersen"));
        QGuiApplication::clipboard()->setText(QStringLiteral("コピーした病歴"));
        QTest::mouseClick(m_form->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(m_form->showingReceipt());
        // The request's traces elsewhere go with it: the search (with no undo) and the clipboard.
        QVERIFY(m_window->searchPanel()->field()->text().isEmpty());
        QVERIFY(!m_window->searchPanel()->field()->isUndoAvailable());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(nameText().isEmpty());
        QVERIFY(!qobject_cast<QLineEdit *>(m_form->fieldWidget(F::Name))->isUndoAvailable());
        // The visitor takes the number and leaves: "Done" clears the receipt too.
        QTest::mouseClick(m_form->findChild<QPushButton *>(QStringLiteral("receiptDone")), Qt::LeftButton);
        QVERIFY(!m_form->showingReceipt());
        QVERIFY(!m_form->visibleText().contains(QStringLiteral("前の来訪者")));
        QCOMPARE(m_store->count({}), 1);
    }

    void deskModeWarnsThenClearsWhenIdle()
    {
        QVERIFY(startDesk());
        QVERIFY(m_window->isFullScreen() || m_window->windowState() & Qt::WindowFullScreen);
        DeskMode *desk = m_window->deskMode();
        desk->setWarningLead(1500);
        desk->setIdleTimeout(2500);
        m_window->showSection(QStringLiteral("consultation"));
        fillForm(QStringLiteral("途中の来訪者"), QStringLiteral("書きかけの質問"));
        m_window->searchPanel()->field()->setText(QStringLiteral("幹細胞"));
        QGuiApplication::clipboard()->setText(QStringLiteral("コピーした病歴"));

        QTRY_VERIFY_WITH_TIMEOUT(desk->isWarningShown(), 3000);
        QVERIFY(desk->warning()->accessibleName().contains(QStringLiteral("秒")));
        QCOMPARE(nameText(), QStringLiteral("途中の来訪者"));  // the warning comes first; nothing cleared yet
        QCOMPARE(QApplication::focusWidget(), desk->warning()->findChild<QPushButton *>(QStringLiteral("idleContinue")));

        QTRY_VERIFY_WITH_TIMEOUT(!desk->isWarningShown(), 4000);
        QVERIFY(nameText().isEmpty());
        QVERIFY(m_window->searchPanel()->field()->text().isEmpty());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QCOMPARE(m_window->tabs()->currentIndex(), 0);
    }

    void eachVisitorStartsFromTheDesksOwnSettings()
    {
        // The staff's choices when the desk starts are what every visitor gets; a visitor's are never saved.
        QVERIFY(startDesk());
        m_guide.settings->sync();
        const auto savedLanguage = m_guide.settings->language();
        const int scale = m_window->textScale();
        const bool contents = m_window->isContentsShown();
        m_window->showSection(QStringLiteral("stem-cells"));
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("largerTextButton")), Qt::LeftButton);
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("largerTextButton")), Qt::LeftButton);
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("englishButton")), Qt::LeftButton);
        m_window->setHighContrast(true);
        auto *evidence = qobject_cast<EvidenceView *>(m_window->view(QStringLiteral("stem-cells")));
        QVERIFY(evidence);
        evidence->setLadderShown(false);
        QTRY_VERIFY(m_window->textScale() > scale);
        QTRY_COMPARE(m_window->windowTitle().endsWith(QStringLiteral("ALS Evidence Guide")), true);

        m_window->clearVisitor();
        QCOMPARE(m_window->textScale(), scale);
        QTRY_VERIFY(m_window->windowTitle().endsWith(QStringLiteral("ALSエビデンスガイド")));
        QVERIFY(!m_window->isHighContrast());
        QCOMPARE(m_window->isContentsShown(), contents);
        QVERIFY(evidence->isLadderShown());
        // Nothing the visitor chose reached the settings file.
        m_guide.settings->sync();
        QCOMPARE(m_guide.settings->textScale(), scale);
        QCOMPARE(m_guide.settings->language(), savedLanguage);
        QVERIFY(!m_guide.settings->highContrast().value_or(false));
    }

    void continueKeepsTheVisitorsWork()
    {
        QVERIFY(startDesk());
        DeskMode *desk = m_window->deskMode();
        desk->setWarningLead(1000);
        desk->setIdleTimeout(1500);
        m_window->showSection(QStringLiteral("consultation"));
        fillForm(QStringLiteral("ゆっくり入力する方"), QStringLiteral("視線入力で書いています"));
        QTRY_VERIFY_WITH_TIMEOUT(desk->isWarningShown(), 3000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);  // the large "Continue" button has focus
        QVERIFY(!desk->isWarningShown());
        QTest::qWait(700);
        QCOMPARE(nameText(), QStringLiteral("ゆっくり入力する方"));
        desk->setIdleTimeout(0);  // staff can turn the clearing off
        QTest::qWait(1800);
        QVERIFY(!desk->isWarningShown());
        QCOMPARE(nameText(), QStringLiteral("ゆっくり入力する方"));
    }

    void deskModeStartsOnlyWithAPassphrase()
    {
        // Without a passphrase nobody could ever leave the desk: staff are asked to set one first.
        QAction *quit = m_window->findChild<QAction *>(QStringLiteral("quit"));
        QVERIFY(quit);
        Dialogs::setNextTexts({QString()});  // setup cancelled
        QVERIFY(!m_window->setDeskMode(true));
        QVERIFY(!m_window->isDeskMode());
        QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
        QVERIFY(quit->isEnabled());
        QVERIFY(Dialogs::lastText().contains(QStringLiteral("窓口モード")));
        QCOMPARE(m_store->passphraseHash().value_or(QStringLiteral("error")), QString());
        Dialogs::setNextTexts({QStringLiteral("short")});  // setup failed: too short
        QVERIFY(!m_window->setDeskMode(true));
        QVERIFY(!m_window->isDeskMode());
        QCOMPARE(m_store->passphraseHash().value_or(QStringLiteral("error")), QString());

        Dialogs::setNextTexts({kPassphrase, kPassphrase});
        QVERIFY(m_window->setDeskMode(true));
        QVERIFY(m_window->isDeskMode());
        QVERIFY(!quit->isEnabled());
        QVERIFY(StaffAuth::verify(m_store->passphraseHash().value_or(QString()), kPassphrase));

        // Should the passphrase go from the database behind the desk's back, a visitor still cannot choose one.
        QVERIFY(m_store->setPassphraseHash(QStringLiteral("")));
        Dialogs::setNextTexts({QStringLiteral("visitor's own passphrase"), QStringLiteral("visitor's own passphrase")});
        QVERIFY(!m_window->leaveDeskMode());
        QVERIFY(m_window->isDeskMode());
        QCOMPARE(m_store->passphraseHash().value_or(QStringLiteral("error")), QString());
        QVERIFY(m_window->staffGate()->lastMessage().contains(QLatin1String("--kiosk")));
        Dialogs::setNextTexts({});
    }

    void linksOpenNothingAtTheDesk()
    {
        QVERIFY(startDesk());
        QSignalSpy swallowed(m_window->deskMode(), &DeskMode::urlSwallowed);
        ReadingBrowser *browser = nullptr;
        QUrl url;
        QPoint at;
        m_window->showSection(QStringLiteral("references"));
        QTRY_VERIFY(findWebLink(&browser, &url, &at));
        QSignalSpy withheld(browser, &ReadingBrowser::externalLinkWithheld);
        auto *address = m_window->findChild<QLabel *>(QStringLiteral("linkAddress"));
        QVERIFY(address);
        QVERIFY(!address->isVisible());

        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(withheld.size(), 1);
        QCOMPARE(withheld.first().first().toUrl(), url);
        QCOMPARE(swallowed.size(), 0);  // nothing even asked the system to open it
        QVERIFY(address->isVisible());
        QVERIFY(address->text().contains(url.toDisplayString()));
        QCOMPARE(address->accessibleName(), address->text());

        // Whatever else asks for a web page at the desk reaches the desk's handler, which opens nothing.
        QVERIFY(QDesktopServices::openUrl(QUrl(QStringLiteral("https://example.org/elsewhere"))));
        QCOMPARE(swallowed.size(), 1);
        QVERIFY(address->text().contains(QLatin1String("https://example.org/elsewhere")));

        // The next visitor does not see where the last one went.
        m_window->clearVisitor();
        QVERIFY(!address->isVisible());
        QVERIFY(address->text().isEmpty());

        // Away from the desk, links open again and the handler is gone.
        m_window->staffGate()->forgetWait();
        Dialogs::setNextTexts({kPassphrase});
        QVERIFY(m_window->leaveDeskMode());
        QVERIFY(ReadingBrowser::linksOpen());
    }

    void noAboutQtNorQuittingAtTheDesk()
    {
        QAction *aboutQt = m_window->findChild<QAction *>(QStringLiteral("aboutQt"));
        QAction *quit = m_window->findChild<QAction *>(QStringLiteral("quit"));
        QVERIFY(aboutQt && quit);
        QVERIFY(aboutQt->isVisible() && aboutQt->isEnabled());
        QVERIFY(startDesk());
        QVERIFY(!aboutQt->isVisible());
        QVERIFY(!aboutQt->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("printHandout"))->isVisible());
        aboutQt->trigger();
        quit->trigger();
        QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_F4, Qt::AltModifier);
        QVERIFY(!m_window->close());
        QTest::qWait(50);
        QVERIFY(m_window->isDeskMode());
        QVERIFY(m_window->isVisible());
        QVERIFY(!QApplication::activeModalWidget());
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY2(top == m_window.get() || !top->isVisible(),
                     qPrintable(QString::fromLatin1(top->metaObject()->className())));
    }

    void wrongPassphraseWaitSurvivesARestart()
    {
        QVERIFY(m_store->setPassphraseHash(StaffAuth::hash(kPassphrase)));
        Dialogs::setNextTexts({QStringLiteral("wrong passphrase!")});
        QVERIFY(!m_window->openInbox());
        // A new program on the same database still makes the next try wait.
        StaffGate fresh;
        fresh.setStore(m_store.get());
        Dialogs::setNextTexts({kPassphrase});
        QVERIFY(!fresh.authorize(nullptr));
        QVERIFY(fresh.lastMessage().contains(QStringLiteral("秒")));
        QVERIFY(m_store->lastFailedAttempt().isValid());
        Dialogs::setNextTexts({});
    }

    void leavingDeskModeNeedsThePassphrase()
    {
        QVERIFY(m_store->setPassphraseHash(StaffAuth::hash(kPassphrase)));
        QVERIFY(m_window->setDeskMode(true));
        QVERIFY(!m_window->openInbox());  // no inbox at the desk, whatever the passphrase
        QCloseEvent close;
        QApplication::sendEvent(m_window.get(), &close);
        QVERIFY(!close.isAccepted());
        Dialogs::setNextTexts({QStringLiteral("not the passphrase")});
        QVERIFY(!m_window->leaveDeskMode());
        QVERIFY(m_window->isDeskMode());
        m_window->staffGate()->forgetWait();
        Dialogs::setNextTexts({kPassphrase});
        QVERIFY(m_window->leaveDeskMode());
        QVERIFY(!m_window->isDeskMode());
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
