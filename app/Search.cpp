#include "Search.h"

#include "DocumentBuilder.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>

namespace als {

SearchIndex::SearchIndex(const Content &content, Language language)
    : m_language(language)
{
    const DocumentBuilder builder(content, language);
    for (const SectionInfo &section : content.sections()) {
        // The references are indexed as studies and sources below, with anchors to land on.
        if (section.id == QLatin1String("references")) {
            QTextDocument doc;
            doc.setMarkdown(content.sectionMarkdown(section.id, language));
            for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
                add(SearchHit::Kind::Section, section.id, {}, section.title.in(language), b.text(),
                    b.blockFormat().headingLevel() > 0);
            continue;
        }
        QTextDocument doc;
        builder.buildSection(&doc, section.id);
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            add(SearchHit::Kind::Section, section.id, {}, section.title.in(language), b.text(),
                b.blockFormat().headingLevel() > 0);
    }
    const QString canSay = QStringLiteral("can-say");
    for (const Statement &s : content.statements())
        add(SearchHit::Kind::Statement, canSay, DocumentBuilder::statementAnchor(s.id),
            content.sectionTitle(canSay, language), s.text.in(language), false);
    const QString references = QStringLiteral("references");
    for (const Study &s : content.studies()) {
        const QString anchor = DocumentBuilder::studyAnchor(s.id);
        const QString name = builder.studyShortName(s);
        add(SearchHit::Kind::Study, references, anchor, name, s.summary.in(language), false);
        add(SearchHit::Kind::Study, references, anchor, name,
            QTextDocumentFragment::fromHtml(builder.citationHtml(s.citation)).toPlainText(), false);
    }
    for (const Source &s : content.sources())
        add(SearchHit::Kind::Source, references, {}, content.sectionTitle(references, language),
            QTextDocumentFragment::fromHtml(builder.citationHtml(s.citation)).toPlainText(), false);
}

void SearchIndex::add(SearchHit::Kind kind, const QString &sectionId, const QString &anchor, const QString &title,
                      const QString &text, bool heading)
{
    if (text.trimmed().isEmpty())
        return;
    Entry e{kind, sectionId, anchor, title, text, {}, {}, heading, int(m_entries.size())};
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

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    const QString foldedQuery = fold(query).simplified();
    if (foldedQuery.isEmpty())
        return {};
    const QStringList words = foldedQuery.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    QList<SearchHit> hits;
    for (const Entry &e : m_entries) {
        int firstPos = -1;
        int firstLen = 0;
        bool all = true;
        for (const QString &w : words) {
            const int pos = e.folded.indexOf(w);
            if (pos < 0) {
                all = false;
                break;
            }
            if (firstPos < 0 || pos < firstPos) {
                firstPos = pos;
                firstLen = int(w.size());
            }
        }
        if (!all)
            continue;

        int score = 0;
        const int phrasePos = words.size() > 1 ? e.folded.indexOf(foldedQuery) : firstPos;
        if (phrasePos >= 0) {
            score += 40;
            firstPos = phrasePos;
            firstLen = int(foldedQuery.size());
        }
        if (e.heading)
            score += 60;
        if (e.folded == foldedQuery)
            score += 30;
        if (firstPos == 0)
            score += 10;
        // Japanese has no spaces: a match at a word start only means something for Latin text.
        if (firstPos > 0 && !e.folded.at(firstPos - 1).isLetterOrNumber())
            score += 5;

        SearchHit hit;
        hit.kind = e.kind;
        hit.title = e.title;
        hit.score = score;
        const int start = e.offsets.at(firstPos);
        const int end = e.offsets.at(std::min<int>(firstPos + firstLen, int(e.offsets.size()) - 1));
        hit.target = {e.sectionId, e.anchor, e.text, e.text.mid(start, std::max(1, end - start))};
        const int from = std::max(0, start - 30);
        hit.snippet = (from > 0 ? QStringLiteral("…") : QString()) + e.text.mid(from, 90).simplified()
            + (from + 90 < e.text.size() ? QStringLiteral("…") : QString());
        hit.score = score * 100000 - e.order;  // ties: reading order
        hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.erase(hits.begin() + limit, hits.end());
    return hits;
}

} // namespace als
