#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace als {

// What a visitor asks, as the form collects it. Plain data: the form fills it, the validator checks it, the store
// keeps it byte for byte.
struct ConsultationRequest
{
    enum class Field {
        Writer, Name, Age, Sex, Prefecture, MedicalHistory, CurrentProblem, ProblemSince, Treatments,
        CurrentCondition, Question, Email, Phone, Consent
    };

    QString writer;          // "patient", "family", "other"
    QString name;
    QString age;             // as typed; validated as a whole number 0–120 (full-width digits accepted)
    QString sex;             // "female", "male", "other", "unanswered" or empty
    QString prefecture;      // a prefecture id from the content, or empty
    QString medicalHistory;
    QString currentProblem;
    QString problemSince;
    QString treatments;      // treatments so far and their effect
    QString currentCondition;
    QString question;
    QString email;
    QString phone;
    bool consent = false;
    QString language;        // the language the visitor used, "ja" or "en"

    static QList<Field> allFields();
    static QString fieldKey(Field field);  // stable, for storage and object names
    static QStringList writerChoices();
    static QStringList sexChoices();
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxTextLength = 5000;

    // The age as a number once valid; -1 otherwise.
    int ageValue() const;
    // Email and phone with full-width characters and surrounding spaces normalised, as stored.
    ConsultationRequest normalised() const;
};

struct FieldError
{
    ConsultationRequest::Field field;
    QString message;  // specific and actionable, in the current UI language
};

// Who reads what is saved. A clinic answers requests, so it needs to know who is asking, how to reply and that it
// may keep the health information. On a computer with no clinic (a home computer) nobody receives anything: the
// form keeps the reader's own questions to take to a doctor, and only the question itself is required.
enum class RequestMode { Clinic, OwnQuestions };

// Every rule in one place; an empty list means the request may be saved. Messages go through tr() (context
// "Validation"), so install the translator for the language the visitor reads.
//
// Characters: every text field is kept byte for byte, with one exception, refused with a message naming the field
// and the character: C0 control characters other than tab and line feed (NUL, ESC, …), a carriage return that is
// not part of a CRLF line end, DEL (U+007F), and lone surrogates (half of a UTF-16 pair, no character at all).
// They are never typed, only pasted or injected; they hide text on screens and in spreadsheets, and a NUL cuts a
// PostgreSQL statement short. Everything else is accepted as it is: C1 controls, a byte-order mark, zero-width and
// bidirectional characters, any script.
QList<FieldError> validateRequest(const ConsultationRequest &request, RequestMode mode = RequestMode::Clinic);

// A stored request: what was asked, plus what the desk and staff know about it.
struct StoredRequest
{
    qint64 id = 0;
    QString reference;
    QDateTime createdAt;  // UTC
    QString status;       // new, in-progress, answered, closed
    ConsultationRequest request;
};

struct StatusChange
{
    QDateTime changedAt;  // UTC
    QString status;
    QString note;
};

QStringList requestStatuses();  // new, in-progress, answered, closed: the order of their life

} // namespace als
