#pragma once

#include "Content.h"

#include <QList>
#include <QString>
#include <QVector>

namespace als {

// Where a search hit lives and how a view finds it again.
struct SearchTarget
{
    QString sectionId;  // the view to open
    QString anchor;     // an anchor in that view's text to start from (studies, statements); may be empty
    QString blockText;  // the paragraph the match is in, as the view shows it
    QString needle;     // the matched text, exactly as shown (original case and width)
};

struct SearchHit
{
    enum class Kind { Section, Study, Statement, Source };
    Kind kind = Kind::Section;
    SearchTarget target;
    QString title;    // what the hit belongs to: a section title, a study's short name
    QString snippet;  // the surrounding text, shortened
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

    // All query words must match (case- and width-insensitive). Best first: headings and titles, then whole
    // phrases, then earlier in the guide's reading order.
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    // Case folding plus NFKC, so that full-width "ＡＬＳ" finds "ALS"; offsets map back to the original.
    static QString fold(const QString &text, QVector<int> *originalOffsets = nullptr);

private:
    struct Entry
    {
        SearchHit::Kind kind;
        QString sectionId;
        QString anchor;
        QString title;
        QString text;
        QString folded;
        QVector<int> offsets;
        bool heading = false;
        int order = 0;
    };
    void add(SearchHit::Kind kind, const QString &sectionId, const QString &anchor, const QString &title,
             const QString &text, bool heading);

    Language m_language;
    QVector<Entry> m_entries;
};

} // namespace als
