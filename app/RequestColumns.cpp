#include "RequestColumns.h"

#include "Content.h"

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
     [](const StoredRequest &s, const Content &) { return s.reference; }},
    {"created_at", QT_TRANSLATE_NOOP("RequestColumns", "Received"),
     [](const StoredRequest &s, const Content &) { return RequestColumns::receivedText(s.createdAt); }},
    {"status", QT_TRANSLATE_NOOP("RequestColumns", "Status"),
     [](const StoredRequest &s, const Content &) { return RequestColumns::statusLabel(s.status); }},
    {"writer", QT_TRANSLATE_NOOP("RequestColumns", "Who wrote"),
     [](const StoredRequest &s, const Content &) { return RequestColumns::writerLabel(s.request.writer); }},
    {"name", QT_TRANSLATE_NOOP("RequestColumns", "Name"), typed<&ConsultationRequest::name>},
    {"age", QT_TRANSLATE_NOOP("RequestColumns", "Age"), typed<&ConsultationRequest::age>},
    {"sex", QT_TRANSLATE_NOOP("RequestColumns", "Sex"),
     [](const StoredRequest &s, const Content &) { return RequestColumns::sexLabel(s.request.sex); }},
    {"prefecture", QT_TRANSLATE_NOOP("RequestColumns", "Prefecture"),
     [](const StoredRequest &s, const Content &c) { return RequestColumns::prefectureLabel(c, s.request.prefecture); }},
    {"medical_history", QT_TRANSLATE_NOOP("RequestColumns", "Medical history"),
     typed<&ConsultationRequest::medicalHistory>},
    {"current_problem", QT_TRANSLATE_NOOP("RequestColumns", "Current problem"),
     typed<&ConsultationRequest::currentProblem>},
    {"problem_since", QT_TRANSLATE_NOOP("RequestColumns", "Since"), typed<&ConsultationRequest::problemSince>},
    {"treatments", QT_TRANSLATE_NOOP("RequestColumns", "Treatments so far"), typed<&ConsultationRequest::treatments>},
    {"current_condition", QT_TRANSLATE_NOOP("RequestColumns", "Current condition"),
     typed<&ConsultationRequest::currentCondition>},
    {"question", QT_TRANSLATE_NOOP("RequestColumns", "Question"), typed<&ConsultationRequest::question>},
    {"email", QT_TRANSLATE_NOOP("RequestColumns", "Email"), typed<&ConsultationRequest::email>},
    {"phone", QT_TRANSLATE_NOOP("RequestColumns", "Phone"), typed<&ConsultationRequest::phone>},
    // Consent is a condition of being stored at a clinic at all: every exported request has it.
    {"consent", nullptr, nullptr},
    {"language", QT_TRANSLATE_NOOP("RequestColumns", "Language"), typed<&ConsultationRequest::language>},
};

}  // namespace

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
