#pragma once

#include "ConsultationRequest.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace als {

class Content;

// Every column of a stored request, written once, in the order the exports show them: the database column's name,
// the heading the CSV and Excel files give it (none: not exported), the cell it shows and how the store keeps it.
// The store's INSERT, SELECT, reading back by name and its check of what may be stored, and both export formats,
// take their columns from here and only here; the tests hold the database's own columns to this table.
struct RequestColumn
{
    const char *name;     // the column in the database
    const char *heading;  // the exports' heading, translated in context "RequestColumns"; nullptr: not exported
    QString (*cell)(const StoredRequest &request, const Content &content);
    // How the store keeps it. A text field of the request is stored exactly as typed; otherwise get and set say
    // how the value is written and read back.
    QString ConsultationRequest::*text = nullptr;
    QVariant (*get)(const StoredRequest &) = nullptr;
    void (*set)(StoredRequest &, const QVariant &) = nullptr;

    // Whether it holds what was asked, as opposed to what the store adds (reference, time, status).
    bool isAsked() const;
    // The value the store writes for a request.
    QVariant value(const StoredRequest &request) const;
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
