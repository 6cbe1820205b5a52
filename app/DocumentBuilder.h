#pragma once

#include "Content.h"
#include "Design.h"

#include <QString>

class QTextCharFormat;
class QTextDocument;
class QTextFrame;

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
    // A source (a law, a notice, a web page) often has no authors: its citation then leaves them out, where a
    // study's says they are not confirmed.
    QString citationHtml(const Citation &citation, bool isSource = false) const;

    // Markdown the guide's way: a passage between "<!-- callout: key-points -->" (or "warning") and
    // "<!-- /callout -->", each marker on a line of its own, becomes a tinted box; a table's first row is its
    // heading row. (The markers are HTML comments: any other Markdown reader shows the passage as it is.)
    static void setMarkdown(QTextDocument *doc, const QString &markdown);

    // Comfortable reading from the design tokens: the body line height, the heading scale and the spacing rhythm
    // (all sized from the document's default font), one table style, and the callout boxes. Safe to repeat after
    // the font or the palette changes: it restyles what is there. Without colours, it styles for paper.
    static void applyReadingLayout(QTextDocument *doc);
    static void applyReadingLayout(QTextDocument *doc, const design::Colours &colours);

    // The reading column on a screen width pageWidth: the text and the callouts centred in a measure of
    // columnWidth; a table of many columns (or a frame marked kWideFrameProperty) as wide as wideTableWidth; no
    // less than minMargin either side. Only the top level: a box or a table keeps its own contents as they are.
    static void applyColumn(QTextDocument *doc, qreal pageWidth, qreal columnWidth, qreal wideTableWidth,
                            qreal minMargin);

    // What kind of callout a frame is (design::Callout::None for any other frame).
    static design::Callout calloutKind(const QTextFrame *frame);

    // The ladder picture's object format carries the therapies to highlight under this property.
    static constexpr int kLadderTherapiesProperty = 0x100000 + 1;  // QTextFormat::UserProperty + 1
    // A callout's frame carries its design::Callout here.
    static constexpr int kCalloutProperty = 0x100000 + 2;
    // A frame (not a table) with this set true is as wide as a wide table in the reading column (a picture, say).
    static constexpr int kWideFrameProperty = 0x100000 + 6;

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
