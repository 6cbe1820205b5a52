// A visitor fills in the consultation form from the keyboard: specific inline messages, nothing lost on errors,
// a reference number on success, and nothing left behind for the next person.

#include "ClinicProfileDialog.h"
#include "ConsultationView.h"
#include "Content.h"
#include "Dialogs.h"
#include "GuideFixture.h"
#include "HandoutDialog.h"
#include "MainWindow.h"
#include "RequestStore.h"
#include "Settings.h"
#include "StorageWorker.h"
#include "Translations.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QWheelEvent>

#include <memory>

using namespace als;
using F = ConsultationRequest::Field;

namespace {

// Counts the times a widget gains focus: each one makes a screen reader read the field (and its message) again.
class FocusCounter final : public QObject
{
public:
    explicit FocusCounter(QWidget *w) { w->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn)
            ++count;
        return false;
    }
};

// A notch of the mouse wheel, downwards, with the pointer over the middle of w.
void wheelDown(QWidget *w)
{
    const QPointF pos = QRectF(w->rect()).center();
    QWheelEvent wheel(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &wheel);
}

// A clinic as its IT would deploy it, for every account.
ClinicProfile testClinic()
{
    ClinicProfile p;
    p.name = QStringLiteral("みなと脳神経内科 相談窓口");
    p.phone = QStringLiteral("03-1234-5678");
    p.email = QStringLiteral("soudan@minato-clinic.example.jp");
    p.address = QStringLiteral("東京都港区1-2-3\nみなとビル4階");
    p.hours = QStringLiteral("月〜金 9:00〜17:00");
    p.replyBy = QStringLiteral("電話かメール");
    p.replyWithin = QStringLiteral("3営業日以内");
    p.privacyContact = QStringLiteral("個人情報窓口 03-1234-0000");
    return p;
}

// Every access key (Alt+letter) a person can use in the window now, with the texts that carry it.
QMultiHash<QString, QString> accessKeys(QWidget *window)
{
    QMultiHash<QString, QString> keys;
    const auto add = [&keys](const QString &text) {
        const QString key = QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
        if (!key.isEmpty())
            keys.insert(key, text);
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title());
    }
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->menuBar()->isVisibleTo(window)) {
        for (QAction *menu : main->menuBar()->actions()) {
            if (menu->isVisible())
                add(menu->text());
        }
    }
    return keys;
}

QString clashes(QWidget *window)
{
    const QMultiHash<QString, QString> keys = accessKeys(window);
    QStringList out;
    for (const QString &key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            out << key + QStringLiteral(": ") + QStringList(keys.values(key)).join(QStringLiteral(" | "));
    }
    return out.join(QLatin1Char('\n'));
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Pictures of what a test saw, for a person to look at: only when ALS_CLINIC_SHOTS names a folder.
void keepShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ALS_CLINIC_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestConsultation : public QObject
{
    Q_OBJECT

private:
    const Content &c = Content::builtIn();
    GuideFixture m_guide;
    std::unique_ptr<RequestStore> &m_store = m_guide.store;
    std::unique_ptr<MainWindow> &m_window = m_guide.window;
    ConsultationView *m_view = nullptr;

    QString dbPath() const { return m_guide.dbPath(); }

    template<typename T>
    T *field(F f) const
    {
        return qobject_cast<T *>(m_view->fieldWidget(f));
    }

    // Japanese arrives through the input method, committed a phrase at a time.
    static void typeJapanese(QWidget *w, const QString &text)
    {
        w->setFocus();
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(w, &commit);
    }

    void key(int k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(k), m);
    }

    QString error(F f) const { return m_view->errorLabel(f)->isVisible() ? m_view->errorLabel(f)->text() : QString(); }

    static QString ui(const char *text, int n = -1)
    {
        return QCoreApplication::translate("als::ConsultationView", text, nullptr, n);
    }

    // As the main window hands it over: the profile the settings hold, with the system-wide file under it.
    void useClinicFromSettings()
    {
        m_view->setClinicProfile(m_guide.settings->clinicProfile());
    }

    // The system-wide file IT deploys (/etc/xdg/… in real life), here in a scratch folder.
    void deploySystemClinic(const ClinicProfile &p)
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, m_systemDir.path());
        QSettings system(QSettings::NativeFormat, QSettings::SystemScope, QCoreApplication::organizationName(),
                         QCoreApplication::applicationName());
        system.clear();
        if (!p.isEmpty()) {
            system.setValue(QStringLiteral("clinic/name"), p.name);
            system.setValue(QStringLiteral("clinic/phone"), p.phone);
            system.setValue(QStringLiteral("clinic/email"), p.email);
            system.setValue(QStringLiteral("clinic/address"), p.address);
            system.setValue(QStringLiteral("clinic/hours"), p.hours);
            system.setValue(QStringLiteral("clinic/replyBy"), p.replyBy);
            system.setValue(QStringLiteral("clinic/replyWithin"), p.replyWithin);
            system.setValue(QStringLiteral("clinic/privacyContact"), p.privacyContact);
        }
        system.sync();
    }

    void fillValidRequest()
    {
        field<QRadioButton>(F::Writer)->setChecked(true);
        field<QLineEdit>(F::Name)->setText(QStringLiteral("Ito"));
        field<QLineEdit>(F::Age)->setText(QStringLiteral("60"));
        field<QPlainTextEdit>(F::Question)->setPlainText(QStringLiteral("質問です"));
        field<QLineEdit>(F::Phone)->setText(QStringLiteral("090-1234-5678"));
        field<QCheckBox>(F::Consent)->setChecked(true);
    }

    QTemporaryDir m_systemDir;

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setAutomatic(true);
        QVERIFY(m_systemDir.isValid());
        deploySystemClinic({});
    }

    void init()
    {
        QVERIFY(m_guide.start(Language::Japanese, false));
        m_view = qobject_cast<ConsultationView *>(m_window->view(QStringLiteral("consultation")));
        QVERIFY(m_view);
        // The tests of the request form run at a clinic; those of the reader's own questions take it away.
        m_guide.settings->setClinicProfile(testClinic());
        useClinicFromSettings();
        // The form is a view like any other: reached from the keyboard.
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + m_window->tabs()->indexOf(m_view->parentWidget())), Qt::ControlModifier);
        QTRY_VERIFY(m_view->isVisible());
    }
    void cleanup()
    {
        m_guide.stop();
        deploySystemClinic({});
    }

    void formSaysWhatItIsFor()
    {
        const QString text = m_view->visibleText();
        QVERIFY(text.contains(QStringLiteral("臨床試験")));  // no trial referrals
        QVERIFY(text.contains(QStringLiteral("診断")));      // information, not a diagnosis
        QVERIFY(text.contains(QStringLiteral("同意")));      // why consent is asked
    }

    void emptyFormGivesSpecificMessagesAndFocusesTheFirst()
    {
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QVERIFY(error(F::Writer).contains(QStringLiteral("記入される方")));
        QVERIFY(error(F::Name).contains(QStringLiteral("お名前")));
        QVERIFY(error(F::Age).contains(QStringLiteral("0から120")));
        QVERIFY(error(F::Question).contains(QStringLiteral("ご質問")));
        QVERIFY(error(F::Email).contains(QStringLiteral("name@example.jp")));
        QVERIFY(error(F::Consent).contains(QStringLiteral("同意")));
        QVERIFY(error(F::Sex).isEmpty());
        QTRY_COMPARE(QApplication::focusWidget(), m_view->fieldWidget(F::Writer));
        // A screen reader hears the message with the field.
        QCOMPARE(m_view->fieldWidget(F::Age)->accessibleDescription(), error(F::Age).mid(2));
        QVERIFY(!QFileInfo::exists(dbPath()));  // nothing was written
    }

    void typingFixingAndSendingByKeyboard()
    {
        auto *name = field<QLineEdit>(F::Name);
        auto *age = field<QLineEdit>(F::Age);
        auto *question = field<QPlainTextEdit>(F::Question);
        auto *email = field<QLineEdit>(F::Email);

        m_view->fieldWidget(F::Writer)->setFocus();
        key(Qt::Key_Right);  // "a family member"
        key(Qt::Key_Space);
        typeJapanese(name, QStringLiteral("鈴木 一郎"));
        age->setFocus();
        QTest::keyClicks(age, QStringLiteral("130"));
        typeJapanese(question, QStringLiteral("上清液の点滴を勧められました。効果はありますか？"));
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("ichiro.example.jp"));
        QTest::keyClick(email, Qt::Key_Return);  // Enter sends, as the default button

        QVERIFY2(error(F::Age).contains(QStringLiteral("0から120")), qPrintable(error(F::Age)));
        QVERIFY(error(F::Email).contains(QStringLiteral("@")));
        QVERIFY(error(F::Consent).contains(QStringLiteral("同意")));
        QVERIFY(error(F::Name).isEmpty());
        QVERIFY(error(F::Writer).isEmpty());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(age));
        // Nothing typed is lost.
        QCOMPARE(name->text(), QStringLiteral("鈴木 一郎"));
        QCOMPARE(question->toPlainText(), QStringLiteral("上清液の点滴を勧められました。効果はありますか？"));

        age->selectAll();
        QTest::keyClicks(age, QStringLiteral("58"));
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("ichiro@example.jp"));
        field<QCheckBox>(F::Consent)->setFocus();
        key(Qt::Key_Space);
        QVERIFY(field<QCheckBox>(F::Consent)->isChecked());
        m_view->submitButton()->setFocus();
        key(Qt::Key_Space);

        QTRY_VERIFY(m_view->showingReceipt());
        const QString reference = m_view->receiptReference();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}-[0-9A-Z]{4}$")).match(reference).hasMatch());
        QVERIFY(m_view->visibleText().contains(reference));
        QVERIFY(m_store->open(m_store->location()));
        const auto stored = m_store->findByReference(reference);
        QVERIFY(stored);
        QCOMPARE(stored->request.name, QStringLiteral("鈴木 一郎"));
        QCOMPARE(stored->request.writer, QStringLiteral("family"));
        QCOMPARE(stored->request.age, QStringLiteral("58"));
        QCOMPARE(stored->request.question, QStringLiteral("上清液の点滴を勧められました。効果はありますか？"));
        QCOMPARE(stored->request.language, QStringLiteral("ja"));

        // The receipt tells the reference and what happens next, nothing of the request.
        const QString receipt = m_view->receiptDocument()->toPlainText();
        QVERIFY(receipt.contains(reference));
        QVERIFY(!receipt.contains(QStringLiteral("鈴木")));
        QVERIFY(!receipt.contains(QStringLiteral("上清液の点滴")));
        QVERIFY(!receipt.contains(QStringLiteral("ichiro@")));

        // The form behind the receipt is already empty, with no undo history to bring the text back.
        QVERIFY(name->text().isEmpty());
        QVERIFY(question->toPlainText().isEmpty());
        QVERIFY(!name->isUndoAvailable());
        QVERIFY(!question->document()->isUndoAvailable());
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("receiptDone")), Qt::LeftButton);
        QVERIFY(!m_view->showingReceipt());
        QVERIFY(m_view->receiptReference().isEmpty());
        QVERIFY(!m_view->visibleText().contains(reference));
    }

    void storageErrorKeepsEverythingTyped()
    {
        // A damaged database file (an SQLite header, then garbage): a clear message naming it, the text kept, the
        // file never overwritten. (A file without the header is "not a requests database" and is never offered to be
        // moved aside: tst_store.)
        QDir().mkpath(QFileInfo(dbPath()).absolutePath());
        QFile junk(dbPath());
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray("SQLite format 3", 16) + QByteArray("garbage, not a database ").repeated(200));
        junk.close();

        field<QRadioButton>(F::Writer)->setChecked(true);
        typeJapanese(field<QLineEdit>(F::Name), QStringLiteral("田中"));
        field<QLineEdit>(F::Age)->setText(QStringLiteral("70"));
        typeJapanese(field<QPlainTextEdit>(F::Question), QStringLiteral("質問です"));
        field<QLineEdit>(F::Phone)->setText(QStringLiteral("090-1234-5678"));
        field<QCheckBox>(F::Consent)->setChecked(true);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);

        QTRY_VERIFY(m_view->banner()->isVisible());
        QVERIFY2(m_view->banner()->text().contains(dbPath()), qPrintable(m_view->banner()->text()));
        QVERIFY(m_view->banner()->text().contains(QStringLiteral("壊れて")));
        QVERIFY(!m_view->showingReceipt());
        QCOMPARE(field<QLineEdit>(F::Name)->text(), QStringLiteral("田中"));
        QCOMPARE(field<QPlainTextEdit>(F::Question)->toPlainText(), QStringLiteral("質問です"));
        QVERIFY(field<QCheckBox>(F::Consent)->isChecked());

        // Staff confirm: the file is kept aside, a new one started, and the same text then saves.
        auto *fresh = m_view->findChild<QPushButton *>(QStringLiteral("startFreshDatabase"));
        QVERIFY(fresh->isVisible());
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(fresh, Qt::LeftButton);
        QTRY_VERIFY(m_view->banner()->text().contains(QStringLiteral(".damaged-")));
        const QStringList kept = QDir(QFileInfo(dbPath()).absolutePath()).entryList({QStringLiteral("requests.db.damaged-*")});
        QCOMPARE(kept.size(), 1);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(m_view->showingReceipt());
        QVERIFY(m_store->open(m_store->location()));
        QVERIFY(m_store->findByReference(m_view->receiptReference()));
    }

    void fullDiskKeepsEverythingTyped()
    {
        // SQLite's page limit behaves like a full disk: SQLITE_FULL on the next write. It holds for one connection:
        // the one the window saves through, on its storage thread.
        bool limited = false;
        m_window->storageWorker()->run(
            m_view,
            [](RequestStore &store) {
                if (!store.open(store.location()))
                    return false;
                QSqlQuery q(store.database());
                return q.exec(QStringLiteral("PRAGMA page_count")) && q.next()
                    && q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt()));
            },
            [&limited](bool done, const RequestStore::Error &) { limited = done; });
        QTRY_VERIFY(limited);
        field<QRadioButton>(F::Writer)->setChecked(true);
        field<QLineEdit>(F::Name)->setText(QStringLiteral("Full Disk"));
        field<QLineEdit>(F::Age)->setText(QStringLiteral("44"));
        const QString longText = QString(4000, QChar(0x3042));
        field<QPlainTextEdit>(F::MedicalHistory)->setPlainText(longText);
        field<QPlainTextEdit>(F::Question)->setPlainText(longText);
        field<QLineEdit>(F::Email)->setText(QStringLiteral("full@example.jp"));
        field<QCheckBox>(F::Consent)->setChecked(true);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(m_view->banner()->isVisible());
        QVERIFY2(m_view->banner()->text().contains(QStringLiteral("いっぱい")), qPrintable(m_view->banner()->text()));
        QVERIFY(!m_view->showingReceipt());
        QCOMPARE(field<QPlainTextEdit>(F::Question)->toPlainText(), longText);
        QCOMPARE(field<QPlainTextEdit>(F::MedicalHistory)->toPlainText(), longText);
        QVERIFY(m_store->open(m_store->location()));
        QCOMPARE(m_store->count({}), 0);
    }

    void messagesFollowTheLanguage()
    {
        m_window->setLanguage(Language::English);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QVERIFY2(error(F::Age).contains(QLatin1String("Enter an age between 0 and 120")), qPrintable(error(F::Age)));
        QVERIFY(error(F::Email).contains(QLatin1String("name@example.jp or a phone number")));
        QVERIFY(m_view->visibleText().contains(QLatin1String("clinical trials")));
    }

    void wheelOverAChoiceScrollsTheFormInstead()
    {
        m_window->resize(1000, 600);  // a form longer than the window, as on any screen
        auto *scroll = m_view->findChild<QScrollArea *>(QStringLiteral("consultationScroll"));
        QVERIFY(scroll);
        auto *sex = field<QComboBox>(F::Sex);
        auto *prefecture = field<QComboBox>(F::Prefecture);
        field<QLineEdit>(F::Name)->setFocus();
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        for (QComboBox *combo : {sex, prefecture}) {
            QCOMPARE(combo->focusPolicy(), Qt::StrongFocus);  // the wheel never gives it focus
            scroll->ensureWidgetVisible(combo);
            scroll->verticalScrollBar()->setValue(std::max(0, scroll->verticalScrollBar()->value() - 50));
            const int before = scroll->verticalScrollBar()->value();
            QVERIFY(before < scroll->verticalScrollBar()->maximum());
            wheelDown(combo);
            QCOMPARE(combo->currentIndex(), 0);
            QVERIFY2(scroll->verticalScrollBar()->value() > before, qPrintable(combo->objectName()));
            QVERIFY(!combo->hasFocus());
        }
        // Chosen on purpose (clicked or tabbed to), the wheel still turns the choice.
        sex->setFocus();
        QTRY_VERIFY(sex->hasFocus());
        wheelDown(sex);
        QCOMPARE(sex->currentIndex(), 1);
    }

    void eachErrorClearsAsSoonAsItsFieldIsFixed()
    {
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        auto *name = field<QLineEdit>(F::Name);
        auto *age = field<QLineEdit>(F::Age);
        QVERIFY(!error(F::Name).isEmpty());
        QCOMPARE(name->accessibleDescription(), error(F::Name).mid(2));

        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Ito"));
        QVERIFY(error(F::Name).isEmpty());
        QVERIFY(name->accessibleDescription().isEmpty());
        QVERIFY(!error(F::Age).isEmpty());  // the others stay until they are fixed
        QVERIFY(!error(F::Question).isEmpty());

        age->setFocus();
        QTest::keyClicks(age, QStringLiteral("abc"));  // still wrong: the message stays, and says what is wrong now
        QVERIFY(error(F::Age).contains(QStringLiteral("0から120")));
        QCOMPARE(age->accessibleDescription(), error(F::Age).mid(2));
        age->selectAll();
        QTest::keyClicks(age, QStringLiteral("5"));
        QVERIFY(error(F::Age).isEmpty());
        QVERIFY(age->accessibleDescription().isEmpty());

        // Email or phone: giving a phone number fixes the message under the email field.
        QVERIFY(!error(F::Email).isEmpty());
        field<QLineEdit>(F::Phone)->setFocus();
        QTest::keyClicks(field<QLineEdit>(F::Phone), QStringLiteral("090-1234-5678"));
        QVERIFY(error(F::Email).isEmpty());
        QVERIFY(field<QLineEdit>(F::Email)->accessibleDescription().isEmpty());

        auto *consent = field<QCheckBox>(F::Consent);
        QVERIFY(!error(F::Consent).isEmpty());
        consent->setFocus();
        key(Qt::Key_Space);
        QVERIFY(error(F::Consent).isEmpty());
        QVERIFY(!consent->accessibleDescription().isEmpty());  // back to what is agreed to
        QVERIFY(consent->accessibleDescription() != error(F::Consent));

        m_view->fieldWidget(F::Writer)->setFocus();
        key(Qt::Key_Space);
        QVERIFY(error(F::Writer).isEmpty());
        QVERIFY(!error(F::Question).isEmpty());  // nothing typed there yet
    }

    void enterInAWrongFieldIsAnnouncedAsSendIs()
    {
        field<QRadioButton>(F::Writer)->setChecked(true);
        field<QLineEdit>(F::Name)->setText(QStringLiteral("Ito"));
        auto *age = field<QLineEdit>(F::Age);
        FocusCounter focus(age);
        age->setFocus();
        QTRY_VERIFY(age->hasFocus());
        QTest::keyClicks(age, QStringLiteral("abc"));
        const int before = focus.count;
        QTest::keyClick(age, Qt::Key_Return);
        QVERIFY(error(F::Age).contains(QStringLiteral("0から120")));
        // Focus came back to the field, so it is read again, with its message.
        QTRY_VERIFY(focus.count > before);
        QVERIFY(age->hasFocus());
        QCOMPARE(age->accessibleDescription(), error(F::Age).mid(2));
        QCOMPARE(age->text(), QStringLiteral("abc"));

        // The Send button lands in the same place.
        m_view->submitButton()->setFocus();
        const int fromButton = focus.count;
        key(Qt::Key_Space);
        QTRY_VERIFY(focus.count > fromButton);
        QVERIFY(age->hasFocus());
    }

    void clearAsksFirstAndIsSecondary()
    {
        auto *clear = m_view->findChild<QPushButton *>(QStringLiteral("clearForm"));
        QVERIFY(clear);
        QVERIFY(m_view->submitButton()->isDefault());
        QVERIFY(!clear->isDefault());
        QVERIFY(!clear->autoDefault());
        auto *name = field<QLineEdit>(F::Name);
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Ito"));
        field<QCheckBox>(F::Consent)->setChecked(true);

        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(!Dialogs::lastText().isEmpty());  // it asked
        QCOMPARE(name->text(), QStringLiteral("Ito"));
        QVERIFY(field<QCheckBox>(F::Consent)->isChecked());

        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(name->text().isEmpty());
        QVERIFY(!field<QCheckBox>(F::Consent)->isChecked());
    }

    void receiptAndIntroAreReadOut()
    {
        QAccessibleInterface *intro =
            QAccessible::queryAccessibleInterface(m_view->findChild<QLabel *>(QStringLiteral("consultationIntro")));
        QVERIFY(intro);
        QVERIFY(intro->text(QAccessible::Description).contains(QStringLiteral("臨床試験")));

        field<QRadioButton>(F::Writer)->setChecked(true);
        field<QLineEdit>(F::Name)->setText(QStringLiteral("Ito"));
        field<QLineEdit>(F::Age)->setText(QStringLiteral("60"));
        field<QPlainTextEdit>(F::Question)->setPlainText(QStringLiteral("質問です"));
        field<QLineEdit>(F::Phone)->setText(QStringLiteral("090-1234-5678"));
        field<QCheckBox>(F::Consent)->setChecked(true);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(m_view->showingReceipt());
        const QString reference = m_view->receiptReference();
        QVERIFY(!reference.isEmpty());

        auto *receipt = m_view->findChild<QLabel *>(QStringLiteral("receiptText"));
        QVERIFY(receipt->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
        QVERIFY(receipt->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(receipt));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(receipt);
        QVERIFY(iface);
        QVERIFY2(iface->text(QAccessible::Name).contains(reference), qPrintable(iface->text(QAccessible::Name)));
        const QString description = iface->text(QAccessible::Description);
        QVERIFY(description.contains(reference));
        QVERIFY(description.contains(QCoreApplication::translate("Receipt", "What happens next")));
        QVERIFY(!description.contains(QStringLiteral("質問です")));

        // Done: nothing of the number is left for the next visitor's screen reader.
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("receiptDone")), Qt::LeftButton);
        QVERIFY(!iface->text(QAccessible::Name).contains(reference));
        QVERIFY(!iface->text(QAccessible::Description).contains(reference));
    }

    void everyFieldHasAnAccessibleName()
    {
        for (F f : ConsultationRequest::allFields()) {
            QWidget *w = m_view->fieldWidget(f);
            QVERIFY(w);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(), qPrintable(ConsultationRequest::fieldKey(f)));
        }
    }
    void systemClinicShowsInTheNoticeAndTheReceipt()
    {
        // IT deployed the clinic for every account; this account set nothing of its own.
        Settings fresh(m_guide.dir->filePath(QStringLiteral("fresh.ini")));
        deploySystemClinic(testClinic());
        QVERIFY(fresh.clinicProfileFromSystem());
        QCOMPARE(fresh.clinicProfile(), testClinic());
        m_view->setClinicProfile(fresh.clinicProfile());
        QVERIFY(!m_view->ownQuestionsMode());

        const QString notice = m_view->noticeText();
        QVERIFY2(notice.contains(QStringLiteral("みなと脳神経内科 相談窓口")), qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("3営業日以内")));
        QVERIFY(notice.contains(QStringLiteral("電話かメール")));
        QVERIFY(notice.contains(QStringLiteral("個人情報窓口 03-1234-0000")));
        QVERIFY(m_view->notice()->isVisible());
        // Where a screen reader starts, it hears whom the request goes to.
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("consultationIntro"))->accessibleDescription()
                    .contains(QStringLiteral("みなと脳神経内科")));
        keepShot(m_window.get(), QStringLiteral("clinic-form-ja"));

        fillValidRequest();
        field<QPlainTextEdit>(F::Question)->setPlainText(QStringLiteral("胃ろうについて知りたい"));
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(m_view->showingReceipt());
        keepShot(m_window.get(), QStringLiteral("clinic-receipt-ja"));
        const QString receipt = m_view->receiptDocument()->toPlainText();
        // Who answers, how, how soon, and the telephone to call; still nothing of the request itself.
        for (const char *part : {"みなと脳神経内科 相談窓口", "電話かメール", "3営業日以内", "03-1234-5678", "月〜金 9:00〜17:00"})
            QVERIFY2(receipt.contains(QString::fromUtf8(part)), part);
        QVERIFY(receipt.contains(m_view->receiptReference()));
        QVERIFY(!receipt.contains(QStringLiteral("胃ろう")));
        QVERIFY(!receipt.contains(QStringLiteral("090-1234-5678")));
        QVERIFY(!receipt.contains(QStringLiteral("Ito")));
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("receiptText"))->accessibleDescription()
                    .contains(QStringLiteral("03-1234-5678")));

        // The same in English, with the reply in the clinic's own words.
        m_window->setLanguage(Language::English);
        QVERIFY(m_view->receiptDocument()->toPlainText().contains(QStringLiteral("みなと脳神経内科 相談窓口")));
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("receiptDone")), Qt::LeftButton);
        QTRY_COMPARE(m_view->noticeText().section(QLatin1Char('\n'), 0, 0),
                 testClinic().destinationSentence(Language::English) + QLatin1Char(' ')
                     + testClinic().replySentence(Language::English));
    }

    void missingPartsOfTheProfileAreLeftOut_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("within");
        QTest::addColumn<QString>("expected");
        QTest::newRow("both") << QStringLiteral("by phone") << QStringLiteral("within 2 days")
                              << QStringLiteral("Your request goes to North Clinic. They answer by phone within 2 days.");
        QTest::newRow("how only") << QStringLiteral("by phone") << QString()
                                  << QStringLiteral("Your request goes to North Clinic. They answer by phone.");
        QTest::newRow("how soon only") << QString() << QStringLiteral("within 2 days")
                                       << QStringLiteral("Your request goes to North Clinic. They usually answer within 2 days.");
        QTest::newRow("neither") << QString() << QString() << QStringLiteral("Your request goes to North Clinic.");
    }
    void missingPartsOfTheProfileAreLeftOut()
    {
        QFETCH(QString, by);
        QFETCH(QString, within);
        QFETCH(QString, expected);
        m_window->setLanguage(Language::English);
        ClinicProfile p;
        p.name = QStringLiteral("North Clinic");
        p.replyBy = by;
        p.replyWithin = within;
        m_view->setClinicProfile(p);
        QCOMPARE(m_view->noticeText(), expected);  // no privacy contact: no line for it
    }

    void atTheDeskWithoutAProfileTheStaffReceiveIt()
    {
        m_view->setClinicProfile({});
        QVERIFY(m_view->ownQuestionsMode());
        m_view->setDeskMode(true);
        QVERIFY(!m_view->ownQuestionsMode());
        QCOMPARE(m_view->noticeText(), ui("Your request goes to the staff at this desk."));
        QVERIFY(m_view->fieldWidget(F::Email)->isVisible());
        QVERIFY(m_view->fieldWidget(F::Consent)->isVisible());
        QVERIFY(!m_view->ownQuestionsList()->isVisible());
        QCOMPARE(m_view->submitButton()->text(), ui("Sen&d the request"));
    }

    void withoutAClinicTheReaderKeepsOwnQuestions()
    {
        m_guide.settings->setClinicProfile({});
        useClinicFromSettings();
        QVERIFY(m_view->ownQuestionsMode());
        // Plainly said: kept here, sent nowhere.
        QCOMPARE(m_view->noticeText(), ui("What you type here is kept only on this computer.")
                                           + ui("It is not sent to anyone, and nobody will answer it. Print it, or "
                                                "save it as a PDF, and take it to your doctor."));
        QVERIFY(m_view->visibleText().contains(ui("My questions for the doctor")));
        QCOMPARE(m_view->submitButton()->text(), ui("&Keep this question"));
        // Only what a doctor needs: no one to reply to, nobody to consent to.
        for (F f : {F::Writer, F::Name, F::Age, F::Sex, F::Prefecture, F::Email, F::Phone, F::Consent})
            QVERIFY2(!m_view->fieldWidget(f)->isVisible(), qPrintable(ConsultationRequest::fieldKey(f)));
        for (F f : {F::Question, F::CurrentProblem, F::ProblemSince, F::Treatments, F::CurrentCondition, F::MedicalHistory})
            QVERIFY2(m_view->fieldWidget(f)->isVisible(), qPrintable(ConsultationRequest::fieldKey(f)));
        // The question comes first, also for Tab.
        auto *question = field<QPlainTextEdit>(F::Question);
        QTRY_VERIFY(question->mapTo(m_view, QPoint()).y() < m_view->fieldWidget(F::MedicalHistory)->mapTo(m_view, QPoint()).y());
        question->setFocus();
        QTRY_VERIFY(question->hasFocus());
        QTest::keyClick(question, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), m_view->fieldWidget(F::MedicalHistory));
        QCOMPARE(m_view->ownQuestionsList()->count(), 0);
        keepShot(m_window.get(), QStringLiteral("own-empty-ja"));

        // Nothing typed: one thing to fix, the question.
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QCOMPARE(m_view->errorSummaryLinks().size(), 1);
        QVERIFY(!error(F::Question).isEmpty());
        QVERIFY(error(F::Name).isEmpty());
        QVERIFY(!QFileInfo::exists(dbPath()));

        typeJapanese(question, QStringLiteral("リルゾールは私に合いますか？\n副作用も知りたい"));
        QVERIFY(!m_view->errorSummary()->isVisible());
        typeJapanese(field<QPlainTextEdit>(F::CurrentProblem), QStringLiteral("箸が使いにくい"));
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QVERIFY(!m_view->showingReceipt());  // nothing was sent: no reference number to write down
        QTRY_COMPARE(m_view->ownQuestionsList()->count(), 1);
        QVERIFY(question->toPlainText().isEmpty());
        const QString first = m_view->ownQuestionsList()->item(0)->text();
        QVERIFY2(first.contains(QStringLiteral("リルゾールは私に合いますか？")), qPrintable(first));
        QVERIFY(!first.contains(QStringLiteral("副作用")));  // the first line only
        QVERIFY(first.contains(QString::number(QDate::currentDate().year()) + QStringLiteral("年")));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_view->ownQuestionsList()));
        // In the same local database, as a request is.
        QVERIFY(m_store->open(m_store->location()));
        QCOMPARE(m_store->count({}), 1);

        QTest::qWait(1100);  // a later second, so "newest first" is not a tie
        question->setFocus();
        typeJapanese(question, QStringLiteral("呼吸の検査はいつ受けるべき？"));
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(m_view->ownQuestionsList()->count(), 2);
        QVERIFY(m_view->ownQuestionsList()->item(0)->text().contains(QStringLiteral("呼吸の検査")));
        QVERIFY(m_view->visibleText().contains(QStringLiteral("呼吸の検査")));
        keepShot(m_window.get(), QStringLiteral("own-list-ja"));

        // Printed to a PDF through the file question's seam: the whole question, with what the reader added.
        m_view->ownQuestionsList()->setCurrentRow(1);
        const QString pdf = m_guide.dir->filePath(QStringLiteral("my-question.pdf"));
        Dialogs::setNextTexts({pdf});
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("saveOwnQuestionPdf")), Qt::LeftButton);
        QTRY_VERIFY(QFileInfo::exists(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("リルゾールは私に合いますか？")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("副作用も知りたい")));
        QVERIFY(text.contains(QStringLiteral("箸が使いにくい")));
        QVERIFY(!text.contains(QStringLiteral("呼吸の検査")));

        // Deleting asks first; No keeps it.
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("deleteOwnQuestion")), Qt::LeftButton);
        QVERIFY(Dialogs::lastText().contains(QStringLiteral("リルゾール")));
        QCOMPARE(m_view->ownQuestionsList()->count(), 2);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("deleteOwnQuestion")), Qt::LeftButton);
        QTRY_COMPARE(m_view->ownQuestionsList()->count(), 1);
        QCOMPARE(m_store->count({}), 1);
        QVERIFY(m_view->ownQuestionsList()->item(0)->text().contains(QStringLiteral("呼吸の検査")));

        // A clinic set later turns the page back into a request to it; the reader's list is not shown there.
        m_view->setClinicProfile(testClinic());
        QVERIFY(!m_view->ownQuestionsList()->isVisible());
        QVERIFY(m_view->fieldWidget(F::Consent)->isVisible());
    }

    void ownQuestionsInEnglish()
    {
        m_view->setClinicProfile({});
        m_window->setLanguage(Language::English);
        QTRY_VERIFY2(m_view->noticeText().contains(QLatin1String("kept only on this computer")), qPrintable(m_view->noticeText()));
        QVERIFY(m_view->visibleText().contains(QLatin1String("My questions for the doctor")));
        keepShot(m_window.get(), QStringLiteral("own-empty-en"));
        m_window->setTextScale(300);
        QTest::qWait(200);
        keepShot(m_window.get(), QStringLiteral("own-empty-en-300"));

        // At 300 % the list and its buttons stay inside the column: nothing runs off to the right.
        field<QPlainTextEdit>(F::Question)->setPlainText(QStringLiteral("Should I start non-invasive ventilation "
                                                                        "now, or wait for the next breathing test?"));
        m_view->submit();
        QTRY_COMPARE(m_view->ownQuestionsList()->count(), 1);
        auto *scroll = m_view->findChild<QScrollArea *>(QStringLiteral("consultationScroll"));
        QWidget *column = scroll->widget();
        for (const char *name : {"ownQuestionsList", "printOwnQuestion", "saveOwnQuestionPdf", "deleteOwnQuestion"}) {
            QWidget *w = m_view->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(w->isVisible() && w->mapTo(column, QPoint(w->width(), 0)).x() <= column->width(), name);
            QVERIFY2(w->height() >= 44, name);
        }
        QVERIFY(column->width() <= scroll->viewport()->width());
        scroll->ensureWidgetVisible(m_view->findChild<QWidget *>(QStringLiteral("deleteOwnQuestion")));
        keepShot(m_window.get(), QStringLiteral("own-list-en-300"));
    }

    void summaryAt300Percent()
    {
        m_window->setTextScale(300);
        m_window->resize(1024, 700);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        auto *scroll = m_view->findChild<QScrollArea *>(QStringLiteral("consultationScroll"));
        QTest::qWait(200);
        scroll->ensureWidgetVisible(m_view->errorSummary());
        QTRY_VERIFY(!m_view->errorSummary()->visibleRegion().isEmpty());
        // Long messages wrap inside the box instead of running past the window's edge.
        for (QLabel *link : m_view->errorSummaryLinks())
            QVERIFY(link->mapTo(scroll->widget(), QPoint(link->width(), 0)).x() <= scroll->viewport()->width());
        keepShot(m_window.get(), QStringLiteral("summary-ja-300"));
    }

    void errorSummaryListsLeadsAndGoes()
    {
        QSignalSpy announced(m_view, &ConsultationView::announced);
        m_window->setLanguage(Language::English);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QWidget *summary = m_view->errorSummary();
        QVERIFY(summary->isVisible());
        const QList<QLabel *> links = m_view->errorSummaryLinks();
        QCOMPARE(links.size(), 6);  // who, name, age, question, email or phone, consent
        auto *title = summary->findChild<QLabel *>(QStringLiteral("errorSummaryTitle"));
        QCOMPARE(title->text(), ui("%n thing(s) to fix:", 6));
        QVERIFY2(title->text().contains(QLatin1String("6")) && !title->text().contains(QLatin1String("%n")),
                 qPrintable(title->text()));
        QVERIFY(links.at(2)->text().contains(QLatin1String("between 0 and 120")));
        // Announced: an alert on the summary, whose name says how many and whose description says what.
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.first().first().value<QWidget *>(), summary);
        QCOMPARE(summary->accessibleName(), title->text());
        QVERIFY(summary->accessibleDescription().contains(QLatin1String("between 0 and 120")));
        keepShot(m_window.get(), QStringLiteral("summary-en"));

        // Following a link, from the keyboard, puts the cursor in its field.
        QLabel *age = links.at(2);
        m_view->findChild<QScrollArea *>(QStringLiteral("consultationScroll"))->ensureWidgetVisible(age);
        age->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(age->hasFocus());
        QTest::keyClick(age, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), m_view->fieldWidget(F::Age));
        // And by a click on the question's.
        QLabel *question = m_view->errorSummaryLinks().at(3);
        Q_EMIT question->linkActivated(QStringLiteral("question"));
        QTRY_COMPARE(QApplication::focusWidget(), m_view->fieldWidget(F::Question));

        // Fixing a field takes it off the list; the count follows; the last fix clears the summary.
        field<QLineEdit>(F::Age)->setText(QStringLiteral("61"));
        QCOMPARE(m_view->errorSummaryLinks().size(), 5);
        QCOMPARE(title->text(), ui("%n thing(s) to fix:", 5));
        fillValidRequest();
        QVERIFY(!summary->isVisible());
        QVERIFY(m_view->errorSummaryLinks().isEmpty());
        field<QCheckBox>(F::Consent)->setChecked(false);
        QVERIFY(!summary->isVisible());  // nothing new appears before the next Send
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QCOMPARE(m_view->errorSummaryLinks().size(), 1);
        QCOMPARE(title->text(), ui("%n thing(s) to fix:", 1));

        // In Japanese too, the number is written out.
        m_window->setLanguage(Language::Japanese);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QVERIFY2(!title->text().contains(QLatin1String("%n")) && title->text().contains(QLatin1String("1")),
                 qPrintable(title->text()));
    }

    void accessKeysAreUnique_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<bool>("clinic");
        QTest::newRow("ja clinic") << int(Language::Japanese) << true;
        QTest::newRow("en clinic") << int(Language::English) << true;
        QTest::newRow("ja own questions") << int(Language::Japanese) << false;
        QTest::newRow("en own questions") << int(Language::English) << false;
    }
    void accessKeysAreUnique()
    {
        QFETCH(int, language);
        QFETCH(bool, clinic);
        m_window->setLanguage(Language(language));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);  // every window's texts, now
        m_view->setClinicProfile(clinic ? testClinic() : ClinicProfile());
        // With every message and the summary shown, and the reader's list filled.
        if (!clinic) {
            field<QPlainTextEdit>(F::Question)->setPlainText(QStringLiteral("Q"));
            m_view->submit();
            QTRY_COMPARE(m_view->ownQuestionsList()->count(), 1);
        }
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        const QMultiHash<QString, QString> keys = accessKeys(m_window.get());
        QVERIFY2(clashes(m_window.get()).isEmpty(), qPrintable(clashes(m_window.get())));
        // The form's own keys are there: Send (or Keep) and the question, none taken by the search field.
        QVERIFY(keys.contains(QStringLiteral("Alt+Q")));
        QVERIFY(keys.contains(clinic ? QStringLiteral("Alt+D") : QStringLiteral("Alt+K")));
        QCOMPARE(keys.values(QStringLiteral("Alt+Q")).size(), 1);

        if (clinic) {
            fillValidRequest();
            m_view->submit();
            QTRY_VERIFY(m_view->showingReceipt());
            QVERIFY2(clashes(m_window.get()).isEmpty(), qPrintable(clashes(m_window.get())));
        }

        HandoutDialog dialog(c, *m_guide.settings, Language(language), QStringLiteral("overview"), m_window.get());
        dialog.setClinicProfile(testClinic());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(clashes(&dialog).isEmpty(), qPrintable(clashes(&dialog)));
        QVERIFY(accessKeys(&dialog).size() >= 6);
        // Enter prints: the default button is a safe one.
        QPushButton *defaultButton = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->isDefault())
                defaultButton = b;
        }
        QVERIFY(defaultButton);
        QVERIFY2(defaultButton->text().contains(QCoreApplication::translate("als::HandoutDialog", "&Print…")),
                 qPrintable(defaultButton->text()));

        ClinicProfileDialog profile(*m_guide.settings, m_window.get());
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        QVERIFY2(clashes(&profile).isEmpty(), qPrintable(clashes(&profile)));
        QVERIFY(accessKeys(&profile).size() >= 9);  // eight fields and Save
    }

    void handoutDialogPrintsTheClinic()
    {
        HandoutDialog dialog(c, *m_guide.settings, Language::Japanese, QStringLiteral("overview"), m_window.get());
        QVERIFY(!dialog.options().clinic.isSet());
        dialog.setClinicProfile(testClinic());
        QCOMPARE(dialog.options().clinic, testClinic());
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("handoutClinic"));
        dialog.show();
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(testClinic().name));
        const QString pdf = m_guide.dir->filePath(QStringLiteral("overview.pdf"));
        Dialogs::setNextTexts({pdf});
        QVERIFY(dialog.saveAsPdf());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(testClinic().name), qPrintable(text.left(400)));
        QVERIFY(text.contains(testClinic().phone));
    }

    void staffSetTheClinicByTyping()
    {
        // What IT deployed shows, and says where it comes from; what staff type here is this account's own.
        Settings staff(m_guide.dir->filePath(QStringLiteral("staff.ini")));
        ClinicProfile system = testClinic();
        system.email.clear();
        deploySystemClinic(system);
        ClinicProfileDialog dialog(staff, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("clinicName"));
        auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("clinicEmail"));
        auto *address = dialog.findChild<QPlainTextEdit *>(QStringLiteral("clinicAddress"));
        auto *systemNote = dialog.findChild<QLabel *>(QStringLiteral("clinicFromSystem"));
        QVERIFY(name && email && address && systemNote);
        QCOMPARE(name->text(), system.name);
        QCOMPARE(address->toPlainText(), system.address);
        QVERIFY(systemNote->isVisible());
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());  // nothing changed yet
        keepShot(&dialog, QStringLiteral("clinic-profile-dialog-ja"));

        // A wrong email: a specific message next to it, the text kept, nothing saved.
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("soudan.example.jp"));
        QVERIFY(save->isEnabled());
        QTest::keyClick(email, Qt::Key_Return);
        auto *emailError = dialog.findChild<QLabel *>(QStringLiteral("clinicEmailError"));
        QVERIFY(emailError->isVisible());
        QVERIFY(emailError->text().contains(QLatin1String("@")));
        QCOMPARE(email->text(), QStringLiteral("soudan.example.jp"));
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(email));
        QCOMPARE(email->accessibleDescription(), emailError->text().mid(2));
        keepShot(&dialog, QStringLiteral("clinic-profile-dialog-error-ja"));

        // No name while other things are filled in: said next to the name.
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("soudan@minato.example.jp"));
        QVERIFY(!emailError->isVisible());  // fixed, gone
        QTest::mouseClick(save, Qt::LeftButton);
        auto *nameError = dialog.findChild<QLabel *>(QStringLiteral("clinicNameError"));
        QVERIFY(nameError->isVisible());
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
        QTest::keyClicks(name, QStringLiteral("Minato Clinic"));
        QVERIFY(!nameError->isVisible());

        QSignalSpy changed(&staff, &Settings::clinicProfileChanged);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        const ClinicProfile saved = staff.clinicProfile();
        QCOMPARE(saved.name, QStringLiteral("Minato Clinic"));
        QCOMPARE(saved.email, QStringLiteral("soudan@minato.example.jp"));
        QCOMPARE(saved.phone, system.phone);  // kept as it was shown
        QVERIFY(!staff.clinicProfileFromSystem());  // this account now has its own
        // Written to this account's file, never to the system's.
        QSettings own(staff.fileName(), QSettings::IniFormat);
        QCOMPARE(own.value(QStringLiteral("clinic/name")).toString(), QStringLiteral("Minato Clinic"));
        QSettings deployed(QSettings::NativeFormat, QSettings::SystemScope, QCoreApplication::organizationName(),
                           QCoreApplication::applicationName());
        QCOMPARE(deployed.value(QStringLiteral("clinic/name")).toString(), system.name);

        // Cancel (and Escape) change nothing.
        ClinicProfileDialog again(staff, m_window.get());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        auto *phone = again.findChild<QLineEdit *>(QStringLiteral("clinicPhone"));
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("9"));
        QTest::keyClick(phone, Qt::Key_Escape);
        QCOMPARE(staff.clinicProfile().phone, system.phone);
    }
};

QTEST_MAIN(TestConsultation)
#include "tst_consultation.moc"
