#pragma once

#include "Content.h"

#include <QString>

class QTextDocument;

namespace als {

// Turns content into rich text: a section's Markdown plus the tables generated from the studies file. The
// views, the search index and (later) the handouts build from here, so all of them show the same words.
class DocumentBuilder final
{
public:
    DocumentBuilder(const Content &content, Language language);

    // Fills doc with the whole reading text of a section (its Markdown, then any generated tables).
    void buildSection(QTextDocument *doc, const QString &sectionId) const;

    QString studiesTableHtml(const QStringList &therapies) const;
    QString statementsHtml(Statement::Panel panel) const;
    QString studyDetailHtml(const Study &study) const;
    QString referencesHtml() const;

    QString studyShortName(const Study &study) const;
    QString citationHtml(const Citation &citation) const;

    // Comfortable reading: wider line spacing, room around headings and the page edge.
    static void applyReadingLayout(QTextDocument *doc);

    static QString studyAnchor(const QString &studyId) { return QStringLiteral("study-") + studyId; }
    static QString statementAnchor(const QString &id) { return QStringLiteral("statement-") + id; }
    // Links between views use this scheme: "study:<id>".
    static QString studyLinkScheme() { return QStringLiteral("study"); }

private:
    QString label(const char *key) const;
    QString participantsText(const Study &study) const;
    QString certaintyText(Certainty certainty) const;

    const Content &m_content;
    Language m_language;
};

} // namespace als
