#include "Search.h"

#include "DocumentBuilder.h"

#include <QHash>
#include <QSet>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>
#include <array>

namespace als {

namespace {

// How much context a snippet shows around its match, in columns: a Japanese character takes two.
constexpr int snippetBefore = 40;
constexpr int snippetAfter = 80;
// A name being typed stands for the therapy from this many characters on ("tof", "トフ").
constexpr int aliasPrefixLatin = 3;
constexpr int aliasPrefixOther = 2;

// Hangul, kana, kanji and full-width forms take two columns; near enough for choosing how much to show.
int columns(QChar c)
{
    return c.unicode() >= 0x1100 ? 2 : 1;
}

// The position reached from position by going back (step -1) or on (step 1) over at most budget columns.
int walk(const QString &text, int position, int step, int budget)
{
    for (int used = 0;;) {
        const int crossed = step < 0 ? position - 1 : position;
        if (crossed < 0 || crossed >= text.size())
            return position;
        used += columns(text.at(crossed));
        if (used > budget)
            return position;
        position += step;
    }
}

bool isClauseEnd(QChar c)
{
    static const QString marks = QStringLiteral("。、，．！？；：」）』】");
    return marks.contains(c);
}

bool isSentenceEnd(QChar c)
{
    static const QString marks = QStringLiteral(".!?。！？");
    return marks.contains(c);
}

// Where a snippet may start at or after from (and before limit): after a space in Latin text, after a clause
// mark in Japanese, or else at the next word the Unicode rules find.
int snippetStart(const QString &text, int from, int limit)
{
    if (from == 0 || text.at(from - 1).isSpace() || isClauseEnd(text.at(from - 1)))
        return from;
    for (int i = from; i < limit; ++i) {
        if (text.at(i).isSpace() || isClauseEnd(text.at(i)))
            return i + 1;
    }
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(from);
    while (words.position() >= 0 && words.position() < limit
           && !(words.boundaryReasons() & QTextBoundaryFinder::StartOfItem))
        words.toNextBoundary();
    return words.position() >= 0 && words.position() <= limit ? words.position() : limit;
}

// Where a snippet may end at or before to (and after limit): before a space, after a clause mark, or at a word end.
int snippetEnd(const QString &text, int to, int limit)
{
    for (int i = to; i > limit; --i) {
        if (text.at(i).isSpace())
            return i;
        if (isClauseEnd(text.at(i - 1)))
            return i;
    }
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(to);
    while (words.position() > limit && !(words.boundaryReasons() & QTextBoundaryFinder::EndOfItem))
        words.toPreviousBoundary();
    return words.position() > limit ? words.position() : to;
}

// The match with some words around it: from the start of its sentence when that is near, else from a word
// start; to a word end. Runs of white space become one space; *matchStart and *matchLength follow the match.
QString makeSnippet(const QString &text, int start, int length, int *matchStart, int *matchLength)
{
    QTextBoundaryFinder sentences(QTextBoundaryFinder::Sentence, text);
    sentences.setPosition(start);
    if (!sentences.isAtBoundary())
        sentences.toPreviousBoundary();
    int from = 0;
    const int earliest = walk(text, start, -1, snippetBefore);
    if (sentences.position() >= earliest)
        from = sentences.position();
    else if (earliest > 0)
        from = snippetStart(text, earliest, start);
    // A snippet that starts a sentence needs no mark that something came before.
    int previous = from - 1;
    while (previous >= 0 && text.at(previous).isSpace())
        --previous;
    const bool atSentence = previous < 0 || isSentenceEnd(text.at(previous));
    int to = walk(text, start + length, 1, snippetAfter);
    if (to < text.size())
        to = snippetEnd(text, to, start + length);

    QString out;
    out.reserve(to - from + 2);
    if (from > 0 && !atSentence)
        out += QChar(0x2026);
    const int lead = int(out.size());
    int matchFrom = -1;
    int matchTo = -1;
    bool space = false;
    for (int i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == QChar::ObjectReplacementCharacter) {
            space = true;
        } else {
            if (space && out.size() > lead)
                out += QLatin1Char(' ');
            space = false;
            if (i == start || (i > start && matchFrom < 0))
                matchFrom = int(out.size());
            out += c;
        }
        if (i + 1 == start + length)
            matchTo = int(out.size());
    }
    if (to < text.size())
        out += QChar(0x2026);
    *matchStart = std::max(0, matchFrom);
    *matchLength = std::max(0, (matchTo < 0 ? int(out.size()) : matchTo) - *matchStart);
    return out;
}

bool isLatin(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

SearchIndex::SearchIndex(const Content &content, Language language)
    : m_language(language)
{
    for (const TherapyInfo &therapy : content.therapies()) {
        QStringList names{fold(therapy.label.ja).simplified(), fold(therapy.label.en).simplified()};
        names.removeDuplicates();
        names.removeAll(QString());
        if (names.size() > 1)
            m_aliases.append(names);
    }

    const DocumentBuilder builder(content, language);
    for (const SectionInfo &section : content.sections()) {
        const QString title = section.title.in(language);
        QTextDocument doc;
        // The references are indexed as studies and sources below, with anchors to land on.
        if (section.id == QLatin1String("references"))
            doc.setMarkdown(content.sectionMarkdown(section.id, language));
        else
            builder.buildSection(&doc, section.id);
        // The heading each paragraph sits under, so that a result says where it is.
        std::array<QString, 7> headings;
        QHash<QString, int> occurrences;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const int level = std::clamp(b.blockFormat().headingLevel(), 0, 6);
            QString under;
            for (int l = (level > 0 ? level : 7) - 1; l > 0 && under.isEmpty(); --l)
                under = headings.at(l);
            if (under.simplified() == title.simplified())
                under.clear();
            add(SearchHit::Kind::Section, section.id, {}, title, under.simplified(), b.text(), level > 0,
                occurrences[b.text()]++);
            if (level > 0) {
                headings.at(level) = b.text();
                for (int l = level + 1; l <= 6; ++l)
                    headings.at(l).clear();
            }
        }
    }
    const QString canSay = QStringLiteral("can-say");
    for (const Statement &s : content.statements()) {
        const QString panel = s.panel == Statement::Panel::CanSay ? QStringLiteral("statementsCan")
                                                                  : QStringLiteral("statementsCannot");
        add(SearchHit::Kind::Statement, canSay, DocumentBuilder::statementAnchor(s.id),
            content.sectionTitle(canSay, language), content.label(panel, language), s.text.in(language), false);
    }
    const QString references = QStringLiteral("references");
    const QString referencesTitle = content.sectionTitle(references, language);
    for (const Study &s : content.studies()) {
        const QString anchor = DocumentBuilder::studyAnchor(s.id);
        const QString name = builder.studyShortName(s);
        add(SearchHit::Kind::Study, references, anchor, referencesTitle, name, s.summary.in(language), false);
        add(SearchHit::Kind::Study, references, anchor, referencesTitle, name,
            QTextDocumentFragment::fromHtml(builder.citationHtml(s.citation)).toPlainText(), false);
    }
    const QString otherSources = content.label(QStringLiteral("otherSources"), language);
    for (const Source &s : content.sources())
        add(SearchHit::Kind::Source, references, {}, referencesTitle, otherSources,
            QTextDocumentFragment::fromHtml(builder.citationHtml(s.citation)).toPlainText(), false);
}

void SearchIndex::add(SearchHit::Kind kind, const QString &sectionId, const QString &anchor, const QString &title,
                      const QString &heading, const QString &text, bool isHeading, int occurrence)
{
    if (text.trimmed().isEmpty())
        return;
    Entry e{kind, sectionId, anchor, title, heading, text, {}, {}, isHeading, int(m_entries.size()), occurrence};
    e.folded = fold(text, &e.offsets);
    m_entries.append(std::move(e));
}

QString SearchIndex::fold(const QString &text, QVector<int> *originalOffsets)
{
    QString out;
    out.reserve(text.size());
    if (originalOffsets) {
        originalOffsets->clear();
        originalOffsets->reserve(text.size() + 1);
    }
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        QString piece;
        if (c.unicode() < 0x80) {
            piece = QString(c.toLower());
        } else if (c.isHighSurrogate() && i + 1 < text.size()) {
            piece = text.mid(i, 2);
        } else {
            piece = QString(c).normalized(QString::NormalizationForm_KC).toCaseFolded();
        }
        out += piece;
        if (originalOffsets) {
            for (int k = 0; k < piece.size(); ++k)
                originalOffsets->append(i);
        }
        if (c.isHighSurrogate() && i + 1 < text.size())
            ++i;
    }
    if (originalOffsets)
        originalOffsets->append(text.size());
    return out;
}

QStringList SearchIndex::aliases(const QString &foldedTerm) const
{
    for (const QStringList &names : m_aliases) {
        if (names.contains(foldedTerm))
            return names;
    }
    return {};
}

QList<SearchIndex::Term> SearchIndex::parse(const QString &foldedQuery) const
{
    const QStringList words = foldedQuery.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<Term> terms;
    for (int i = 0; i < words.size();) {
        // The longest run of words from here that is a therapy's name. At the end, a name still being typed
        // counts too, but only in the other script ("tof" in the Japanese guide): the reader's own words, such as
        // 幹細胞, should not stand for the longer names they begin (幹細胞上清液).
        const QString rest = words.mid(i).join(QLatin1Char(' '));
        const bool otherScript = isLatin(rest) == (m_language == Language::Japanese);
        const int restMinimum = isLatin(rest) ? aliasPrefixLatin : aliasPrefixOther;
        int taken = 0;
        QStringList names;
        for (const QStringList &group : m_aliases) {
            for (const QString &name : group) {
                const int count = int(name.count(QLatin1Char(' '))) + 1;
                int length = 0;
                if (i + count <= words.size() && words.mid(i, count).join(QLatin1Char(' ')) == name)
                    length = count;
                else if (otherScript && rest.size() >= restMinimum && name.startsWith(rest))
                    length = int(words.size()) - i;
                if (length == 0 || length < taken)
                    continue;
                if (length > taken)
                    names.clear();
                taken = length;
                names << group;
            }
        }
        if (taken == 0) {
            terms.append(Term{QStringList{words.at(i)}});
            ++i;
            continue;
        }
        // The words as typed still match on their own (all of them, anywhere in the paragraph); each name as a
        // phrase.
        Term term{words.mid(i, taken)};
        names.removeDuplicates();
        for (const QString &name : std::as_const(names)) {
            if (QStringList{name} != term.constFirst())
                term.append(QStringList{name});
        }
        terms.append(term);
        i += taken;
    }
    return terms;
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    const QString foldedQuery = fold(query).simplified();
    if (foldedQuery.isEmpty())
        return {};
    const QList<Term> terms = parse(foldedQuery);

    struct Candidate
    {
        int entry;
        int pos;
        int length;
        int score;
    };
    QVector<Candidate> candidates;
    for (int index = 0; index < m_entries.size(); ++index) {
        const Entry &e = m_entries.at(index);
        int firstPos = -1;
        int firstLen = 0;
        bool all = true;
        bool wholeName = false;  // a one-term query found as one piece: the query itself or one of its names
        for (const Term &term : terms) {
            int termPos = -1;
            int termLen = 0;
            for (const QStringList &alternative : term) {
                int altPos = -1;
                int altLen = 0;
                for (const QString &w : alternative) {
                    const int pos = int(e.folded.indexOf(w));
                    if (pos < 0) {
                        altPos = -1;
                        break;
                    }
                    if (altPos < 0 || pos < altPos) {
                        altPos = pos;
                        altLen = int(w.size());
                    }
                }
                if (altPos >= 0 && (termPos < 0 || altPos < termPos)) {
                    termPos = altPos;
                    termLen = altLen;
                    wholeName = terms.size() == 1 && alternative.size() == 1;
                }
            }
            if (termPos < 0) {
                all = false;
                break;
            }
            if (firstPos < 0 || termPos < firstPos) {
                firstPos = termPos;
                firstLen = termLen;
            }
        }
        if (!all)
            continue;

        int score = 0;
        const int phrasePos = int(e.folded.indexOf(foldedQuery));
        if (phrasePos >= 0) {
            firstPos = phrasePos;
            firstLen = int(foldedQuery.size());
        }
        if (phrasePos >= 0 || wholeName)
            score += 40;
        if (e.isHeading)
            score += 60;
        if (e.folded.size() == firstLen && (phrasePos == 0 || wholeName))
            score += 30;
        if (firstPos == 0)
            score += 10;
        // Japanese has no spaces: a match at a word start only means something for Latin text.
        if (firstPos > 0 && !e.folded.at(firstPos - 1).isLetterOrNumber())
            score += 5;
        candidates.append({index, firstPos, firstLen, score * 100000 - e.order});  // ties: reading order
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });

    // Hits that would read the same in the list are one row, the best of them: "Tofersen" as a heading and as a
    // table cell under the same heading open the heading; the same words in two table cells open the first.
    QList<SearchHit> hits;
    QSet<QString> seen;
    for (const Candidate &c : std::as_const(candidates)) {
        if (hits.size() >= limit)
            break;
        const Entry &e = m_entries.at(c.entry);
        const int start = e.offsets.at(c.pos);
        const int end = e.offsets.at(std::min<int>(c.pos + c.length, int(e.offsets.size()) - 1));
        const QString needle = e.text.mid(start, std::max(1, end - start));
        const QString key = e.sectionId + QChar(0x1f) + e.anchor + QChar(0x1f) + e.heading + QChar(0x1f) + e.text
            + QChar(0x1f) + needle;
        if (seen.contains(key))
            continue;
        seen.insert(key);

        SearchHit hit;
        hit.kind = e.kind;
        hit.title = e.title;
        hit.heading = e.heading;
        hit.score = c.score;
        hit.target = {e.sectionId, e.anchor, e.text, needle, e.occurrence};
        hit.snippet = makeSnippet(e.text, start, int(needle.size()), &hit.snippetMatchStart, &hit.snippetMatchLength);
        hits.append(hit);
    }
    return hits;
}

} // namespace als
