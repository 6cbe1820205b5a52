// Form validation: the bytes are a whole form. The first byte chooses consent, mode and how the rest is decoded
// (UTF-8, or raw UTF-16 so that lone surrogates occur); the rest is split at 0xFF (never part of UTF-8 text) into
// the form's text fields in their order.

#include "ConsultationRequest.h"
#include "FuzzSupport.h"

using namespace als;
using F = ConsultationRequest::Field;

namespace {

QString describe(const QList<FieldError> &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << ConsultationRequest::fieldKey(e.field) + QLatin1String(": ") + e.message;
    return parts.join(QLatin1String(" | "));
}

bool sameErrors(const QList<FieldError> &a, const QList<FieldError> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).field != b.at(i).field || a.at(i).message != b.at(i).message)
            return false;
    }
    return true;
}

// The form's policy: NUL, the other C0 controls except tab, newline and carriage return (a pasted line end), and
// lone surrogates are refused in the field that holds them.
bool hasForbiddenCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            return true;
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
            else
                return true;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QList<QByteArray> parts = fuzz::bytes(data + 1, size - 1).split('\xff');

    ConsultationRequest request;
    const std::pair<F, QString *> fields[] = {
        {F::Writer, &request.writer},
        {F::Name, &request.name},
        {F::Age, &request.age},
        {F::Sex, &request.sex},
        {F::Prefecture, &request.prefecture},
        {F::MedicalHistory, &request.medicalHistory},
        {F::CurrentProblem, &request.currentProblem},
        {F::ProblemSince, &request.problemSince},
        {F::Treatments, &request.treatments},
        {F::CurrentCondition, &request.currentCondition},
        {F::Question, &request.question},
        {F::Email, &request.email},
        {F::Phone, &request.phone},
    };
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(fields)); ++i)
        *fields[i].second = (flags & 8) ? fuzz::utf16(parts.at(i)) : QString::fromUtf8(parts.at(i));
    request.consent = flags & 1;
    request.language = (flags & 4) ? QStringLiteral("en") : QStringLiteral("ja");
    const RequestMode mode = (flags & 2) ? RequestMode::OwnQuestions : RequestMode::Clinic;

    const QList<FieldError> errors = validateRequest(request, mode);
    const QList<F> known = ConsultationRequest::allFields();
    for (const FieldError &e : errors) {
        ALS_FUZZ_CHECK(known.contains(e.field), describe(errors));
        ALS_FUZZ_CHECK(!e.message.trimmed().isEmpty(), describe(errors));
    }
    ALS_FUZZ_CHECK(sameErrors(errors, validateRequest(request, mode)), describe(errors));

    // What was accepted stays accepted once normalised, as it is stored.
    if (errors.isEmpty())
        ALS_FUZZ_CHECK(validateRequest(request.normalised(), mode).isEmpty(), describe(validateRequest(request.normalised(), mode)));

    for (const auto &[field, text] : fields) {
        if (!hasForbiddenCharacter(*text))
            continue;
        bool named = false;
        for (const FieldError &e : errors)
            named = named || e.field == field;
        const QByteArray check = "control-characters:" + ConsultationRequest::fieldKey(field).toLatin1();
        ALS_FUZZ_CHECK_NAMED(check.constData(), named, ConsultationRequest::fieldKey(field) + QLatin1String(" holds a control character or lone "
                                                                                   "surrogate and was accepted: ")
                                  + describe(errors));
    }
    return 0;
}
