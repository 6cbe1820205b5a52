#include "RequestColumns.h"

#include "Content.h"
#include "StoredTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace als {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RequestColumns", text);
}

// A text the visitor typed, shown as typed.
template<QString ConsultationRequest::*field> QString typed(const StoredRequest &s, const Content &)
{
    return s.request.*field;
}

const QList<RequestColumn> kColumns = {
    {"reference", QT_TRANSLATE_NOOP("RequestColumns", "Reference"),
     [](const StoredRequest &s, const Content &) { return s.reference; }, nullptr,
     [](const StoredRequest &s) -> QVariant { return s.reference; },
     [](StoredRequest &s, const QVariant &v) { s.reference = v.toString(); }},
    {"created_at", QT_TRANSLATE_NOOP("RequestColumns", "Received"),
     [](const StoredRequest &s, const Content &) { return RequestColumns::receivedText(s.createdAt); }, nullptr,
     [](const StoredRequest &s) -> QVariant { return isoUtc(s.createdAt); },
     [](StoredRequest &s, const QVariant &v) { s.createdAt = fromIso(v.toString()); }},
    {"status", QT_TRANSLATE_NOOP("RequestColumns", "Status"),
     [](const StoredRequest &s, const Content &) { return RequestColumns::statusLabel(s.status); }, nullptr,
     [](const StoredRequest &s) -> QVariant { return s.status; },
     [](StoredRequest &s, const QVariant &v) { s.status = v.toString(); }},
    {"writer", QT_TRANSLATE_NOOP("RequestColumns", "Who wrote"),
     [](const StoredRequest &s, const Content &) { return RequestColumns::writerLabel(s.request.writer); },
     &ConsultationRequest::writer},
    {"name", QT_TRANSLATE_NOOP("RequestColumns", "Name"), typed<&ConsultationRequest::name>,
     &ConsultationRequest::name},
    // No age (a reader's own question needs none) is stored as no value, never as -1.
    {"age", QT_TRANSLATE_NOOP("RequestColumns", "Age"), typed<&ConsultationRequest::age>, nullptr,
     [](const StoredRequest &s) {
         const int age = s.request.ageValue();
         return age >= 0 ? QVariant(age) : QVariant(QMetaType::fromType<int>());
     },
     [](StoredRequest &s, const QVariant &v) { s.request.age = v.isNull() ? QString() : QString::number(v.toInt()); }},
    {"sex", QT_TRANSLATE_NOOP("RequestColumns", "Sex"),
     [](const StoredRequest &s, const Content &) { return RequestColumns::sexLabel(s.request.sex); },
     &ConsultationRequest::sex},
    {"prefecture", QT_TRANSLATE_NOOP("RequestColumns", "Prefecture"),
     [](const StoredRequest &s, const Content &c) { return RequestColumns::prefectureLabel(c, s.request.prefecture); },
     &ConsultationRequest::prefecture},
    {"medical_history", QT_TRANSLATE_NOOP("RequestColumns", "Medical history"),
     typed<&ConsultationRequest::medicalHistory>, &ConsultationRequest::medicalHistory},
    {"current_problem", QT_TRANSLATE_NOOP("RequestColumns", "Current problem"),
     typed<&ConsultationRequest::currentProblem>, &ConsultationRequest::currentProblem},
    {"problem_since", QT_TRANSLATE_NOOP("RequestColumns", "Since"), typed<&ConsultationRequest::problemSince>,
     &ConsultationRequest::problemSince},
    {"treatments", QT_TRANSLATE_NOOP("RequestColumns", "Treatments so far"), typed<&ConsultationRequest::treatments>,
     &ConsultationRequest::treatments},
    {"current_condition", QT_TRANSLATE_NOOP("RequestColumns", "Current condition"),
     typed<&ConsultationRequest::currentCondition>, &ConsultationRequest::currentCondition},
    {"question", QT_TRANSLATE_NOOP("RequestColumns", "Question"), typed<&ConsultationRequest::question>,
     &ConsultationRequest::question},
    {"email", QT_TRANSLATE_NOOP("RequestColumns", "Email"), typed<&ConsultationRequest::email>,
     &ConsultationRequest::email},
    {"phone", QT_TRANSLATE_NOOP("RequestColumns", "Phone"), typed<&ConsultationRequest::phone>,
     &ConsultationRequest::phone},
    // Consent is a condition of being stored at a clinic at all: every exported request has it.
    {"consent", nullptr, nullptr, nullptr, [](const StoredRequest &s) -> QVariant { return s.request.consent ? 1 : 0; },
     [](StoredRequest &s, const QVariant &v) { s.request.consent = v.toInt() != 0; }},
    {"language", QT_TRANSLATE_NOOP("RequestColumns", "Language"), typed<&ConsultationRequest::language>,
     &ConsultationRequest::language},
};

}  // namespace

bool RequestColumn::isAsked() const
{
    return text || qstrcmp(name, "age") == 0 || qstrcmp(name, "consent") == 0;
}

QVariant RequestColumn::value(const StoredRequest &request) const
{
    return text ? QVariant(request.request.*text) : get(request);
}

const QList<RequestColumn> &RequestColumns::all()
{
    return kColumns;
}

QStringList RequestColumns::exportHeader()
{
    QStringList header;
    for (const RequestColumn &column : kColumns) {
        if (column.heading)
            header << translated(column.heading);
    }
    return header;
}

QStringList RequestColumns::exportRow(const StoredRequest &request, const Content &content)
{
    QStringList row;
    for (const RequestColumn &column : kColumns) {
        if (column.heading)
            row << column.cell(request, content);
    }
    return row;
}

QString RequestColumns::statusLabel(const QString &status)
{
    if (status == QLatin1String("new"))
        return QCoreApplication::translate("RequestColumns", "New");
    if (status == QLatin1String("in-progress"))
        return QCoreApplication::translate("RequestColumns", "In progress");
    if (status == QLatin1String("answered"))
        return QCoreApplication::translate("RequestColumns", "Answered");
    if (status == QLatin1String("closed"))
        return QCoreApplication::translate("RequestColumns", "Closed");
    return status;
}

QString RequestColumns::writerLabel(const QString &writer)
{
    if (writer == QLatin1String("patient"))
        return QCoreApplication::translate("RequestColumns", "Person with ALS");
    if (writer == QLatin1String("family"))
        return QCoreApplication::translate("RequestColumns", "Family");
    if (writer == QLatin1String("other"))
        return QCoreApplication::translate("RequestColumns", "Other");
    return writer;
}

QString RequestColumns::sexLabel(const QString &sex)
{
    if (sex == QLatin1String("female"))
        return QCoreApplication::translate("RequestColumns", "Female");
    if (sex == QLatin1String("male"))
        return QCoreApplication::translate("RequestColumns", "Male");
    if (sex == QLatin1String("other"))
        return QCoreApplication::translate("RequestColumns", "Other");
    if (sex == QLatin1String("unanswered"))
        return QCoreApplication::translate("RequestColumns", "Prefer not to say");
    return sex;
}

QString RequestColumns::prefectureLabel(const Content &content, const QString &id)
{
    const Language language = QLocale().language() == QLocale::Japanese ? Language::Japanese : Language::English;
    for (const Choice &c : content.prefectures()) {
        if (c.id == id)
            return c.label.in(language);
    }
    return id;
}

QString RequestColumns::receivedText(const QDateTime &createdAt)
{
    return createdAt.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm"));
}

}  // namespace als
