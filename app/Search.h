#pragma once

#include "Content.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace als {

// Where a search hit lives and how a view finds it again.
struct SearchTarget
{
    QString sectionId;  // the view to open
    QString anchor;     // an anchor in that view's text to start from (studies, statements); may be empty
    QString blockText;  // the paragraph the match is in, as the view shows it
    QString needle;     // the matched text, exactly as shown (original case and width)
    int occurrence = 0; // which paragraph with that text: 0 the first in the view (a table cell and a heading
                        // may read the same)
};

struct SearchHit
{
    enum class Kind { Section, Study, Statement, Source };
    Kind kind = Kind::Section;
    SearchTarget target;
    QString title;    // the section the hit is in, as its tab names it
    QString heading;  // where in the section: the heading above the paragraph, a study's short name; may be empty
    QString snippet;  // the match with some words around it, starting at a sentence or a word
    int snippetMatchStart = 0;  // the match inside the snippet, for highlighting
    int snippetMatchLength = 0;
    int score = 0;
};

// An in-memory index over all content of one language: every paragraph of every section (as rendered, tables
// included), every study, statement and source. Small enough to scan in well under a millisecond per query, so
// it searches as the reader types without a separate inverted index.
class SearchIndex final
{
public:
    SearchIndex(const Content &content, Language language);

    Language language() const { return m_language; }
    int entryCount() const { return int(m_entries.size()); }

    // All query words must match (case- and width-insensitive). A therapy's name matches in either script
    // (its English name finds its Japanese one and back, from the vocabulary's therapy labels). Best first: headings and titles, then whole phrases, then earlier
    // in the guide's reading order. Hits that would open the same place are given once.
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    // The names a folded query word or phrase also goes by: the therapy names of vocabulary.json in both
    // languages, folded. Empty if it names no therapy.
    QStringList aliases(const QString &foldedTerm) const;

    // Case folding plus NFKC, so that full-width "ＡＬＳ" finds "ALS"; offsets map back to the original.
    static QString fold(const QString &text, QVector<int> *originalOffsets = nullptr);

private:
    struct Entry
    {
        SearchHit::Kind kind;
        QString sectionId;
        QString anchor;
        QString title;
        QString heading;
        QString text;
        QString folded;
        QVector<int> offsets;
        bool isHeading = false;
        int order = 0;
        int occurrence = 0;
    };
    // One query term: it matches if any of its alternatives does, and an alternative matches if all its words do.
    using Term = QList<QStringList>;
    QList<Term> parse(const QString &foldedQuery) const;
    void add(SearchHit::Kind kind, const QString &sectionId, const QString &anchor, const QString &title,
             const QString &heading, const QString &text, bool isHeading, int occurrence = 0);

    Language m_language;
    QVector<Entry> m_entries;
    // Each therapy's names, folded, when its Japanese and English names differ.
    QList<QStringList> m_aliases;
};

} // namespace als
