#include "ConsultationRequest.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace als {

namespace {

// Visitors in Japan often type full-width digits and symbols (４５, ０９０－…, ｎａｍｅ＠…).
QString narrow(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

// The first character a text field may not hold (see validateRequest), as a code point, or -1.
qint32 firstRefusedCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return c;
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue;
        if ((c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7F)
            return c;
    }
    return -1;
}

// How the messages about characters name a field, as the start of a sentence.
QString fieldName(ConsultationRequest::Field field)
{
    using F = ConsultationRequest::Field;
    switch (field) {
    case F::Name:
        return QCoreApplication::translate("Validation", "The name");
    case F::Age:
        return QCoreApplication::translate("Validation", "The age");
    case F::Prefecture:
        return QCoreApplication::translate("Validation", "The prefecture");
    case F::MedicalHistory:
        return QCoreApplication::translate("Validation", "The medical history");
    case F::CurrentProblem:
        return QCoreApplication::translate("Validation", "The current problem");
    case F::ProblemSince:
        return QCoreApplication::translate("Validation", "The answer to \"Since when?\"");
    case F::Treatments:
        return QCoreApplication::translate("Validation", "The treatments so far");
    case F::CurrentCondition:
        return QCoreApplication::translate("Validation", "The current condition");
    case F::Question:
        return QCoreApplication::translate("Validation", "The question");
    case F::Email:
        return QCoreApplication::translate("Validation", "The email address");
    case F::Phone:
        return QCoreApplication::translate("Validation", "The phone number");
    case F::Writer:
    case F::Sex:
    case F::Consent:
        break;  // choices, checked against their lists
    }
    return {};
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
    // Own questions have no writer at all (that is what tells them from a visitor's request in the same database).
    if (clinic ? !ConsultationRequest::writerChoices().contains(r.writer) : !r.writer.isEmpty())
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

    // Checked on the text as given, before normalising: what is stored is what was typed.
    const std::pair<F, const QString *> everyText[] = {
        {F::Name, &input.name},
        {F::Age, &input.age},
        {F::Prefecture, &input.prefecture},
        {F::MedicalHistory, &input.medicalHistory},
        {F::CurrentProblem, &input.currentProblem},
        {F::ProblemSince, &input.problemSince},
        {F::Treatments, &input.treatments},
        {F::CurrentCondition, &input.currentCondition},
        {F::Question, &input.question},
        {F::Email, &input.email},
        {F::Phone, &input.phone},
    };
    for (const auto &[field, text] : everyText) {
        const qint32 refused = firstRefusedCharacter(*text);
        if (refused < 0)
            continue;
        const QString code = QStringLiteral("U+%1").arg(refused, 4, 16, QLatin1Char('0')).toUpper();
        fail(field,
             QChar::isSurrogate(char32_t(refused))
                 ? QCoreApplication::translate("Validation",
                                               "%1 contains a broken character (%2, half of a pair that belongs "
                                               "together). Remove it and try again.")
                       .arg(fieldName(field), code)
                 : QCoreApplication::translate(
                       "Validation",
                       "%1 contains a control character (%2) that cannot be kept. Remove it and try again.")
                       .arg(fieldName(field), code));
    }
    // In the form's order, so the summary and the first field focused follow the page.
    std::stable_sort(errors.begin(), errors.end(),
                     [](const FieldError &a, const FieldError &b) { return int(a.field) < int(b.field); });
    return errors;
}

} // namespace als
