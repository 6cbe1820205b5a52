// Every rule of the consultation form, with the message a visitor reads, in Japanese and in English.

#include "ConsultationRequest.h"
#include "Translations.h"

#include <QTest>

using namespace als;
using F = ConsultationRequest::Field;

Q_DECLARE_METATYPE(als::ConsultationRequest)

namespace {

ConsultationRequest valid()
{
    ConsultationRequest r;
    r.writer = QStringLiteral("family");
    r.name = QStringLiteral("佐藤 一郎");
    r.age = QStringLiteral("67");
    r.question = QStringLiteral("上清液の治療を勧められました。");
    r.email = QStringLiteral("ichiro@example.jp");
    r.consent = true;
    return r;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private:
    Translations m_translations;

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<ConsultationRequest>("request");
        QTest::addColumn<int>("field");      // -1: no error expected
        QTest::addColumn<QString>("message"); // a part of the message the visitor must see

        struct Case
        {
            const char *name;
            std::function<void(ConsultationRequest &)> change;
            int field;
            const char *ja;
            const char *en;
        };
        const QList<Case> cases{
            {"a complete request passes", [](ConsultationRequest &) {}, -1, "", ""},
            {"phone only is enough", [](ConsultationRequest &r) { r.email.clear(); r.phone = QStringLiteral("090-1234-5678"); }, -1, "", ""},
            {"full-width digits are accepted", [](ConsultationRequest &r) { r.age = QStringLiteral("６７"); r.phone = QStringLiteral("０３－１２３４－５６７８"); }, -1, "", ""},
            {"age 0 is allowed", [](ConsultationRequest &r) { r.age = QStringLiteral("0"); }, -1, "", ""},
            {"age 120 is allowed", [](ConsultationRequest &r) { r.age = QStringLiteral("120"); }, -1, "", ""},
            {"who is writing is missing", [](ConsultationRequest &r) { r.writer.clear(); }, int(F::Writer), "記入される方", "who is writing"},
            {"name is empty", [](ConsultationRequest &r) { r.name = QStringLiteral("   "); }, int(F::Name), "お名前", "Enter a name"},
            {"name is too long", [](ConsultationRequest &r) { r.name = QString(101, QLatin1Char('a')); }, int(F::Name), "100文字以内", "at most 100 characters"},
            {"age is empty", [](ConsultationRequest &r) { r.age.clear(); }, int(F::Age), "0から120", "between 0 and 120"},
            {"age is 121", [](ConsultationRequest &r) { r.age = QStringLiteral("121"); }, int(F::Age), "0から120", "between 0 and 120"},
            {"age is negative", [](ConsultationRequest &r) { r.age = QStringLiteral("-3"); }, int(F::Age), "0から120", "between 0 and 120"},
            {"age is words", [](ConsultationRequest &r) { r.age = QStringLiteral("sixty"); }, int(F::Age), "0から120", "between 0 and 120"},
            {"age has decimals", [](ConsultationRequest &r) { r.age = QStringLiteral("61.5"); }, int(F::Age), "0から120", "whole years"},
            {"sex is not a choice", [](ConsultationRequest &r) { r.sex = QStringLiteral("x"); }, int(F::Sex), "回答しない", "Prefer not to say"},
            {"question is empty", [](ConsultationRequest &r) { r.question = QStringLiteral("\n "); }, int(F::Question), "ご質問", "Write your question"},
            {"question is too long", [](ConsultationRequest &r) { r.question = QString(5001, QChar(0x3042)); }, int(F::Question), "5000文字以内", "5001"},
            {"history is too long", [](ConsultationRequest &r) { r.medicalHistory = QString(5001, QLatin1Char('x')); }, int(F::MedicalHistory), "現在5001文字", "at most 5000"},
            {"no way to reply", [](ConsultationRequest &r) { r.email.clear(); }, int(F::Email), "電話番号", "or a phone number"},
            {"email without @", [](ConsultationRequest &r) { r.email = QStringLiteral("ichiro.example.jp"); }, int(F::Email), "name@example.jp", "name@example.jp"},
            {"email without domain", [](ConsultationRequest &r) { r.email = QStringLiteral("ichiro@localhost"); }, int(F::Email), "ドメイン", "a domain"},
            {"phone too short", [](ConsultationRequest &r) { r.phone = QStringLiteral("1234"); }, int(F::Phone), "10〜15桁", "10 to 15 digits"},
            {"phone with letters", [](ConsultationRequest &r) { r.phone = QStringLiteral("03-CALL-NOW"); }, int(F::Phone), "03-1234-5678", "03-1234-5678"},
            {"no consent", [](ConsultationRequest &r) { r.consent = false; }, int(F::Consent), "同意", "agree"},
        };
        for (const Case &c : cases) {
            ConsultationRequest r = valid();
            c.change(r);
            QTest::addRow("ja: %s", c.name) << QStringLiteral("ja") << r << c.field << QString::fromUtf8(c.ja);
            QTest::addRow("en: %s", c.name) << QStringLiteral("en") << r << c.field << QString::fromUtf8(c.en);
        }
    }
    void rules()
    {
        QFETCH(QString, language);
        QFETCH(ConsultationRequest, request);
        QFETCH(int, field);
        QFETCH(QString, message);
        QVERIFY(m_translations.install(*languageFromCode(language)));
        const QList<FieldError> errors = validateRequest(request);
        if (field < 0) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().message));
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(int(errors.first().field), field);
        QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().message));
    }

    void ownQuestions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<ConsultationRequest>("request");
        QTest::addColumn<int>("field");       // -1: no error expected
        QTest::addColumn<QString>("message");

        // A home computer: no clinic answers, so only the question is needed; what is typed is still checked.
        ConsultationRequest question;
        question.question = QStringLiteral("リルゾールの副作用は？");
        struct Case
        {
            const char *name;
            std::function<void(ConsultationRequest &)> change;
            int field;
            const char *ja;
            const char *en;
        };
        const QList<Case> cases{
            {"a question alone is enough", [](ConsultationRequest &) {}, -1, "", ""},
            {"no writer, name, age, reply or consent needed", [](ConsultationRequest &r) { r.writer.clear(); r.name.clear(); r.consent = false; }, -1, "", ""},
            {"the question is empty", [](ConsultationRequest &r) { r.question = QStringLiteral(" \n"); }, int(F::Question), "医師に聞きたいこと", "question for the doctor"},
            {"the question is too long", [](ConsultationRequest &r) { r.question = QString(5001, QChar(0x3042)); }, int(F::Question), "5000文字以内", "5001"},
            {"a treatment text too long", [](ConsultationRequest &r) { r.treatments = QString(5001, QLatin1Char('x')); }, int(F::Treatments), "5000文字以内", "at most 5000"},
            {"an age typed anyway must be an age", [](ConsultationRequest &r) { r.age = QStringLiteral("abc"); }, int(F::Age), "0から120", "between 0 and 120"},
            {"an email typed anyway must be an email", [](ConsultationRequest &r) { r.email = QStringLiteral("x.example.jp"); }, int(F::Email), "name@example.jp", "name@example.jp"},
        };
        for (const Case &c : cases) {
            ConsultationRequest r = question;
            c.change(r);
            // The Japanese message is checked once the Japanese translation holds it; until then it is the English.
            QTest::addRow("ja: %s", c.name) << QStringLiteral("ja") << r << c.field << QString::fromUtf8(c.ja);
            QTest::addRow("en: %s", c.name) << QStringLiteral("en") << r << c.field << QString::fromUtf8(c.en);
        }
    }
    void ownQuestions()
    {
        QFETCH(QString, language);
        QFETCH(ConsultationRequest, request);
        QFETCH(int, field);
        QFETCH(QString, message);
        QVERIFY(m_translations.install(*languageFromCode(language)));
        const QList<FieldError> errors = validateRequest(request, RequestMode::OwnQuestions);
        if (field < 0) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().message));
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(int(errors.first().field), field);
        const QString source = QStringLiteral("Write your question for the doctor, so that there is something to keep.");
        const bool untranslated = errors.first().message == source;
        QVERIFY2(errors.first().message.contains(message) || (language == QLatin1String("ja") && untranslated),
                 qPrintable(errors.first().message));
        // The same request is not enough for a clinic, which must know who asks and how to reply.
        QVERIFY(validateRequest(request, RequestMode::Clinic).size() > errors.size());
    }

    void everyMissingFieldIsReportedAtOnce()
    {
        m_translations.install(Language::English);
        const QList<FieldError> errors = validateRequest(ConsultationRequest());
        QList<F> fields;
        for (const FieldError &e : errors)
            fields << e.field;
        QCOMPARE(fields, (QList<F>{F::Writer, F::Name, F::Age, F::Question, F::Email, F::Consent}));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
