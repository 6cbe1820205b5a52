#include "ConsultationRequest.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace als {

namespace {

// Visitors in Japan often type full-width digits and symbols (４５, ０９０－…, ｎａｍｅ＠…).
QString narrow(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

} // namespace

QList<ConsultationRequest::Field> ConsultationRequest::allFields()
{
    return {Field::Writer, Field::Name, Field::Age, Field::Sex, Field::Prefecture, Field::MedicalHistory,
            Field::CurrentProblem, Field::ProblemSince, Field::Treatments, Field::CurrentCondition, Field::Question,
            Field::Email, Field::Phone, Field::Consent};
}

QString ConsultationRequest::fieldKey(Field field)
{
    switch (field) {
    case Field::Writer: return QStringLiteral("writer");
    case Field::Name: return QStringLiteral("name");
    case Field::Age: return QStringLiteral("age");
    case Field::Sex: return QStringLiteral("sex");
    case Field::Prefecture: return QStringLiteral("prefecture");
    case Field::MedicalHistory: return QStringLiteral("medicalHistory");
    case Field::CurrentProblem: return QStringLiteral("currentProblem");
    case Field::ProblemSince: return QStringLiteral("problemSince");
    case Field::Treatments: return QStringLiteral("treatments");
    case Field::CurrentCondition: return QStringLiteral("currentCondition");
    case Field::Question: return QStringLiteral("question");
    case Field::Email: return QStringLiteral("email");
    case Field::Phone: return QStringLiteral("phone");
    case Field::Consent: return QStringLiteral("consent");
    }
    return {};
}

QStringList ConsultationRequest::writerChoices()
{
    return {QStringLiteral("patient"), QStringLiteral("family"), QStringLiteral("other")};
}

QStringList ConsultationRequest::sexChoices()
{
    return {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other"), QStringLiteral("unanswered")};
}

QStringList requestStatuses()
{
    return {QStringLiteral("new"), QStringLiteral("in-progress"), QStringLiteral("answered"), QStringLiteral("closed")};
}

int ConsultationRequest::ageValue() const
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
    const QString a = narrow(age);
    if (!digits.match(a).hasMatch())
        return -1;
    const int value = a.toInt();
    return value <= 120 ? value : -1;
}

ConsultationRequest ConsultationRequest::normalised() const
{
    ConsultationRequest r = *this;
    r.email = narrow(email);
    r.phone = narrow(phone);
    r.age = narrow(age);
    return r;
}

QList<FieldError> validateRequest(const ConsultationRequest &input, RequestMode mode)
{
    const bool clinic = mode == RequestMode::Clinic;
    using F = ConsultationRequest::Field;
    const ConsultationRequest r = input.normalised();
    QList<FieldError> errors;
    auto fail = [&](F field, const QString &message) { errors.append({field, message}); };

    // Own questions: nobody answers them, so who writes, a name, an age and a way to reply are not needed; what is
    // typed into those fields anyway is still checked, so that nothing wrong is kept.
    if (clinic && !ConsultationRequest::writerChoices().contains(r.writer))
        fail(F::Writer, QCoreApplication::translate("Validation", "Choose who is writing: the person with ALS, a family member, or someone else."));

    if (clinic && r.name.trimmed().isEmpty())
        fail(F::Name, QCoreApplication::translate("Validation", "Enter a name, so that we know how to address our answer."));
    else if (r.name.size() > ConsultationRequest::kMaxNameLength)
        fail(F::Name, QCoreApplication::translate("Validation", "The name is too long: use at most %1 characters.").arg(ConsultationRequest::kMaxNameLength));

    if ((clinic || !r.age.isEmpty()) && r.ageValue() < 0)
        fail(F::Age, QCoreApplication::translate("Validation", "Enter an age between 0 and 120, in whole years (for example 58)."));

    if (!r.sex.isEmpty() && !ConsultationRequest::sexChoices().contains(r.sex))
        fail(F::Sex, QCoreApplication::translate("Validation", "Choose one of the answers for sex, or \"Prefer not to say\"."));

    const std::pair<F, const QString *> texts[] = {
        {F::MedicalHistory, &r.medicalHistory}, {F::CurrentProblem, &r.currentProblem},
        {F::ProblemSince, &r.problemSince},     {F::Treatments, &r.treatments},
        {F::CurrentCondition, &r.currentCondition}, {F::Question, &r.question},
    };
    for (const auto &[field, text] : texts) {
        if (text->size() > ConsultationRequest::kMaxTextLength)
            fail(field, QCoreApplication::translate("Validation", "This text is too long: use at most %1 characters (it now has %2).")
                            .arg(ConsultationRequest::kMaxTextLength)
                            .arg(text->size()));
    }
    if (r.question.trimmed().isEmpty()) {
        fail(F::Question, clinic ? QCoreApplication::translate("Validation", "Write your question, so that we know what you would like us to answer.")
                                 : QCoreApplication::translate("Validation", "Write your question for the doctor, so that there is something to keep."));
    }

    static const QRegularExpression emailPattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    static const QRegularExpression phoneAllowed(QStringLiteral("^\\+?[0-9 ()\\-]+$"));
    const bool hasEmail = !r.email.isEmpty();
    const bool hasPhone = !r.phone.isEmpty();
    if (clinic && !hasEmail && !hasPhone) {
        fail(F::Email, QCoreApplication::translate("Validation", "Enter an email address like name@example.jp or a phone number, so that we can reply."));
    } else {
        if (hasEmail && (!emailPattern.match(r.email).hasMatch() || r.email.size() > 254))
            fail(F::Email, QCoreApplication::translate("Validation", "Enter an email address like name@example.jp (it needs one @ and a domain)."));
        if (hasPhone) {
            const int digitCount = int(r.phone.count(QRegularExpression(QStringLiteral("\\d"))));
            if (!phoneAllowed.match(r.phone).hasMatch() || digitCount < 10 || digitCount > 15)
                fail(F::Phone, QCoreApplication::translate("Validation", "Enter a phone number like 03-1234-5678 or 090-1234-5678 (10 to 15 digits)."));
        }
    }

    if (clinic && !r.consent)
        fail(F::Consent, QCoreApplication::translate("Validation", "Tick the box to agree that we keep this information to answer you. Without it we "
                            "cannot store your request."));
    return errors;
}

} // namespace als
