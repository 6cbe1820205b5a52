#pragma once

#include "ConsultationRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace als {

class Content;

// Every column of a stored request, written once, in the order the exports show them: the database column's name,
// the heading the CSV and Excel files give it (none: not exported) and the cell it shows. Both export formats take
// their headings and rows from here and only here, so a CSV file and a workbook of the same list always hold the
// same columns; the tests hold the database's own columns to this table.
struct RequestColumn
{
    const char *name;     // the column in the database
    const char *heading;  // the exports' heading, translated in context "RequestColumns"; nullptr: not exported
    QString (*cell)(const StoredRequest &request, const Content &content);
};

class RequestColumns final
{
public:
    static const QList<RequestColumn> &all();

    // The exported columns' headings, in the current language, and one request's cells under them.
    static QStringList exportHeader();
    static QStringList exportRow(const StoredRequest &request, const Content &content);

    // The words the form offers and the inbox and the exports show for a stored value (the value itself if unknown).
    static QString statusLabel(const QString &status);
    static QString writerLabel(const QString &writer);
    static QString sexLabel(const QString &sex);
    // A prefecture's name in the language of the moment (the id if the content has no such prefecture).
    static QString prefectureLabel(const Content &content, const QString &id);
    // When a request came, in full and the same in every language (2026/11/24 18:45): a date must never be cut.
    static QString receivedText(const QDateTime &createdAt);
};

}  // namespace als
