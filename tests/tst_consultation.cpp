// A visitor fills in the consultation form from the keyboard: specific inline messages, nothing lost on errors,
// a reference number on success, and nothing left behind for the next person.

#include "ConsultationView.h"
#include "Content.h"
#include "Dialogs.h"
#include "GuideFixture.h"
#include "MainWindow.h"
#include "RequestStore.h"
#include "Settings.h"
#include "Translations.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
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

private Q_SLOTS:
    void initTestCase() { Dialogs::setAutomatic(true); }

    void init()
    {
        QVERIFY(m_guide.start(Language::Japanese, false));
        m_view = qobject_cast<ConsultationView *>(m_window->view(QStringLiteral("consultation")));
        QVERIFY(m_view);
        // The form is a view like any other: reached from the keyboard.
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + m_window->tabs()->indexOf(m_view->parentWidget())), Qt::ControlModifier);
        QTRY_VERIFY(m_view->isVisible());
    }
    void cleanup() { m_guide.stop(); }

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
        QCOMPARE(m_store->isOpen(), false);  // nothing was written
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
        // A damaged database file: a clear message naming it, the text kept, the file never overwritten.
        QDir().mkpath(QFileInfo(dbPath()).absolutePath());
        QFile junk(dbPath());
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray("garbage, not a database ").repeated(200));
        junk.close();

        field<QRadioButton>(F::Writer)->setChecked(true);
        typeJapanese(field<QLineEdit>(F::Name), QStringLiteral("田中"));
        field<QLineEdit>(F::Age)->setText(QStringLiteral("70"));
        typeJapanese(field<QPlainTextEdit>(F::Question), QStringLiteral("質問です"));
        field<QLineEdit>(F::Phone)->setText(QStringLiteral("090-1234-5678"));
        field<QCheckBox>(F::Consent)->setChecked(true);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);

        QVERIFY(m_view->banner()->isVisible());
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
        QVERIFY(m_view->banner()->text().contains(QStringLiteral(".damaged-")));
        const QStringList kept = QDir(QFileInfo(dbPath()).absolutePath()).entryList({QStringLiteral("requests.db.damaged-*")});
        QCOMPARE(kept.size(), 1);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(m_view->showingReceipt());
        QVERIFY(m_store->findByReference(m_view->receiptReference()));
    }

    void fullDiskKeepsEverythingTyped()
    {
        QVERIFY(m_store->open(m_store->location()));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        // SQLite's page limit behaves like a full disk: SQLITE_FULL on the next write.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt())));
        field<QRadioButton>(F::Writer)->setChecked(true);
        field<QLineEdit>(F::Name)->setText(QStringLiteral("Full Disk"));
        field<QLineEdit>(F::Age)->setText(QStringLiteral("44"));
        const QString longText = QString(4000, QChar(0x3042));
        field<QPlainTextEdit>(F::MedicalHistory)->setPlainText(longText);
        field<QPlainTextEdit>(F::Question)->setPlainText(longText);
        field<QLineEdit>(F::Email)->setText(QStringLiteral("full@example.jp"));
        field<QCheckBox>(F::Consent)->setChecked(true);
        QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
        QVERIFY(m_view->banner()->isVisible());
        QVERIFY2(m_view->banner()->text().contains(QStringLiteral("いっぱい")), qPrintable(m_view->banner()->text()));
        QVERIFY(!m_view->showingReceipt());
        QCOMPARE(field<QPlainTextEdit>(F::Question)->toPlainText(), longText);
        QCOMPARE(field<QPlainTextEdit>(F::MedicalHistory)->toPlainText(), longText);
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
};

QTEST_MAIN(TestConsultation)
#include "tst_consultation.moc"
