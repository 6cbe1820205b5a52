#pragma once

#include "Content.h"

#include <QString>

class QTextCharFormat;
class QTextDocument;

namespace als {

// What a section holds beyond the screen view's text, for print: the screen shows the statements in their own
// panels and the ladder as a widget, a handout has them inline.
struct SectionExtras
{
    bool statements = false;                         // "can say" / "can't say" under the section's text
    const QTextCharFormat *ladderPicture = nullptr;  // an object format that draws the ladder, before the tables
};

// Turns content into rich text: a section's Markdown plus the tables generated from the studies file. The
// views, the search index and (later) the handouts build from here, so all of them show the same words.
class DocumentBuilder final
{
public:
    DocumentBuilder(const Content &content, Language language);

    // Fills doc with the whole reading text of a section (its Markdown, then any generated tables).
    void buildSection(QTextDocument *doc, const QString &sectionId, const SectionExtras &extras = SectionExtras()) const;

    QString studiesTableHtml(const QStringList &therapies) const;
    QString statementsHtml(Statement::Panel panel) const;
    QString studyDetailHtml(const Study &study) const;
    QString sourceDetailHtml(const Source &source) const;
    QString studyReferencesHtml() const;
    QString sourceReferencesHtml() const;

    // Appending to a document: a heading that really is one (heading level set, as Markdown's are), and HTML
    // in a block of its own, so that neither merges into the paragraph before it.
    static void appendHeading(QTextDocument *doc, const QString &text, int level);
    static void appendHtml(QTextDocument *doc, const QString &html);

    QString studyShortName(const Study &study) const;
    QString sourceShortName(const Source &source) const;
    QString citationHtml(const Citation &citation) const;

    // Comfortable reading: wider line spacing, room around headings and the page edge.
    static void applyReadingLayout(QTextDocument *doc);

    // The ladder picture's object format carries the therapies to highlight under this property.
    static constexpr int kLadderTherapiesProperty = 0x100000 + 1;  // QTextFormat::UserProperty + 1

    static QString studyAnchor(const QString &studyId) { return QStringLiteral("study-") + studyId; }
    static QString sourceAnchor(const QString &sourceId) { return QStringLiteral("source-") + sourceId; }
    static QString statementAnchor(const QString &id) { return QStringLiteral("statement-") + id; }
    // Links between views use this scheme: "study:<id>".
    static QString studyLinkScheme() { return QStringLiteral("study"); }
    // … and "source:<id>" for a guideline, law, notice or regulator's record.
    static QString sourceLinkScheme() { return QStringLiteral("source"); }

private:
    QString label(const char *key) const;
    QString participantsText(const Study &study) const;
    QString certaintyText(Certainty certainty) const;

    const Content &m_content;
    Language m_language;
};

} // namespace als
