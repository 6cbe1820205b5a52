#include "PageCutter.h"

#include <algorithm>

namespace als {

PageCutter::PageCutter(qreal pageHeight, qreal end, qreal rowPadding)
    : m_pageHeight(pageHeight)
    , m_end(end)
    , m_rowPadding(rowPadding)
{
}

QList<qreal> PageCutter::cut(const QList<PageBlock> &blocks) const
{
    if (m_pageHeight <= kMinimumAdvance)
        return {0, m_end};

    // What must not be cut (keep), what gives way only to a row or paragraph start (hard), every line (the fallback
    // for something taller than a page), and where sections start.
    QList<PageSpan> keep;
    QList<PageSpan> hard;
    QList<PageSpan> lineSpans;
    QList<qreal> forced;
    for (const PageBlock &block : blocks) {
        const PageSpan &span = block.span;
        lineSpans << block.lines;
        if (block.sectionStart)
            forced << span.top;
        switch (block.kind) {
        case PageBlock::Kind::Paragraph:
            // A paragraph is kept whole where it can be: a page drawn from a block draws all its lines into the
            // PDF's text layer, even those clipped away, so a cut inside one would repeat its lines on two pages.
            if (span.height() < m_pageHeight * kWholeParagraphShare) {
                keep << span;
                hard << span;
            } else {
                keep << block.lines;
            }
            if (block.keepWithNextUntil)
                keep << PageSpan{span.top,
                                 std::min(*block.keepWithNextUntil, span.top + m_pageHeight * kHeadingKeepShare)};
            if (block.keepFromAbove && span.bottom - *block.keepFromAbove <= m_pageHeight)
                keep << PageSpan{*block.keepFromAbove, span.bottom};
            break;
        case PageBlock::Kind::TableRow:
            keep << span;
            hard << span;
            if (block.keepWithNextUntil && *block.keepWithNextUntil - span.top <= m_pageHeight)
                keep << PageSpan{span.top, *block.keepWithNextUntil};
            break;
        case PageBlock::Kind::StackedRow:
            if (span.height() <= m_pageHeight * kStackedRowWholeShare) {
                keep << span;
                hard << span;
            } else if (block.keepWithNextUntil) {
                keep << PageSpan{span.top, *block.keepWithNextUntil};
            }
            break;
        case PageBlock::Kind::Callout:
            if (span.height() <= m_pageHeight * kCalloutWholeShare)
                keep << span;
            break;
        }
    }

    // Merge the spans, then cut each page at the last free point that fits.
    std::sort(keep.begin(), keep.end(), [](const PageSpan &a, const PageSpan &b) {
        return a.top < b.top || (a.top == b.top && a.bottom < b.bottom);
    });
    QList<PageSpan> merged;
    for (const PageSpan &span : std::as_const(keep)) {
        if (!merged.isEmpty() && span.top < merged.last().bottom - kTouchSlack)
            merged.last().bottom = std::max(merged.last().bottom, span.bottom);
        else
            merged << span;
    }
    std::sort(forced.begin(), forced.end());
    const qreal rowEdge = 2 * m_rowPadding + kRowEdgeSlack;
    QList<qreal> cuts{0};
    while (cuts.last() < m_end - kEndSlack) {
        const qreal start = cuts.last();
        qreal limit = std::min(start + m_pageHeight, m_end);
        for (qreal f : std::as_const(forced)) {
            if (f > start + kMinimumAdvance && f < limit) {
                limit = f;
                break;
            }
        }
        qreal cut = limit;
        for (const PageSpan &span : std::as_const(merged)) {
            if (span.top < limit && span.bottom > limit) {
                // The limit falls inside something: cut before it. Something taller than a whole page is cut at
                // the start of a row or paragraph inside it, and only then at the last gap between its lines that
                // fits, never through a line. (Keeping a heading with what follows gives way here; a row or a
                // paragraph does not.)
                if (span.top > start + kMinimumAdvance) {
                    cut = span.top;
                } else {
                    qreal best = -1;
                    for (const PageSpan &part : std::as_const(hard)) {
                        if (part.top > start + kMinimumAdvance && part.top <= limit && part.top > best) {
                            // Not the start of something inside another row or paragraph that fits on a page.
                            const bool inside = std::any_of(hard.cbegin(), hard.cend(), [&](const PageSpan &other) {
                                return other.top < part.top - rowEdge && other.bottom > part.top + rowEdge
                                    && other.height() <= m_pageHeight;
                            });
                            if (!inside)
                                best = part.top;
                        }
                    }
                    if (best > start + kMinimumAdvance) {
                        cut = best;
                        break;
                    }
                    for (const PageSpan &line : std::as_const(lineSpans)) {
                        if (line.bottom <= limit && line.bottom > start + kMinimumAdvance && line.bottom > best) {
                            const bool insideAnother = std::any_of(lineSpans.cbegin(), lineSpans.cend(),
                                                                   [&](const PageSpan &other) {
                                                                       return other.top < line.bottom - kTouchSlack
                                                                           && other.bottom > line.bottom + kTouchSlack;
                                                                   });
                            if (!insideAnother)
                                best = line.bottom;
                        }
                    }
                    cut = best > start + kMinimumAdvance ? best : limit;
                }
                break;
            }
        }
        cuts << cut;
    }
    return cuts;
}

}  // namespace als
