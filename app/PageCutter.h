#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace als {

// A stretch of the continuous layout, top to bottom, in device pixels.
struct PageSpan
{
    qreal top = 0;
    qreal bottom = 0;
    qreal height() const { return bottom - top; }
};

// One thing on the handout's continuous column, as the page cutter sees it: no fonts, no text, only where it is.
struct PageBlock
{
    enum class Kind {
        Paragraph,   // a paragraph outside a table (a heading, a picture, a line of a callout or a stacked row too)
        TableRow,    // a table row, padding included; its lines are the lines of its cells
        StackedRow,  // a table row printed as blocks (its blocks are Paragraphs of their own)
        Callout,     // a boxed callout (its paragraphs are Paragraphs of their own)
    };
    Kind kind = Kind::Paragraph;
    PageSpan span;
    QList<PageSpan> lines;  // Paragraph and TableRow: each line, where it is
    // Kept on one page with what follows, down to here. A heading: the bottom of the first line after it; a table's
    // heading row: the bottom of its first row; a stacked row: the bottom of its heading line and first cell.
    std::optional<qreal> keepWithNextUntil;
    // A picture: kept on one page with the heading that introduces it, from that heading's top.
    std::optional<qreal> keepFromAbove;
    bool sectionStart = false;  // a section starts here, at the top of a page

    static PageBlock of(Kind kind, qreal top, qreal bottom, QList<PageSpan> lines = {})
    {
        PageBlock block;
        block.kind = kind;
        block.span = {top, bottom};
        block.lines = std::move(lines);
        return block;
    }
};

// Cuts the handout's continuous column into pages. Never inside a line; never inside a paragraph or a table row
// that fits on a page; never between a heading and the line after it, a table's heading row and its first row, or
// a picture and its heading, where they fit on a page together; a short callout box stays whole; every section
// starts a page. Something taller than a page gives way at the start of a row or paragraph inside it, and only
// then between two lines.
class PageCutter final
{
public:
    // A paragraph shorter than this share of a page is never cut; a taller one may be cut between its lines (it
    // would otherwise push most of a page's worth of empty space ahead of it).
    static constexpr qreal kWholeParagraphShare = 0.6;
    // A heading is kept with the line after it only up to this share of a page, so a heading followed by a huge
    // first block (a tall picture) cannot move a half-empty page ahead of it.
    static constexpr qreal kHeadingKeepShare = 0.5;
    // A row printed as blocks stays whole up to this share of a page; a longer one breaks between its cells (a
    // page for each long row would leave half of many pages empty in large print).
    static constexpr qreal kStackedRowWholeShare = 1.0 / 3.0;
    // A callout box stays whole up to this share of a page; a longer one is cut between its lines.
    static constexpr qreal kCalloutWholeShare = 0.4;
    // A cut must move at least this far past the page's top (one device pixel): a cut at the top would make an
    // empty page, and rounding in the layout puts the next thing's top a fraction below the last cut.
    static constexpr qreal kMinimumAdvance = 1;
    // The last page may end this short of the column's end (half a pixel of rounding is no page of its own).
    static constexpr qreal kEndSlack = 0.5;
    // Two spans that touch within this are neighbours, not overlapping (layout coordinates are not exact).
    static constexpr qreal kTouchSlack = 0.01;
    // Padded rows of neighbouring table rows overlap by up to twice the padding; one more pixel for rounding. A row
    // start within that of another row's edge is that row's neighbour, not inside it.
    static constexpr qreal kRowEdgeSlack = 1;

    // pageHeight: the text area of one page; end: the bottom of the column; rowPadding: a table's cell padding plus
    // its border (how far a padded row reaches past its text).
    PageCutter(qreal pageHeight, qreal end, qreal rowPadding = 0);

    // Where each page begins and ends: 0, then the bottom of each page; the last is the end of the column.
    QList<qreal> cut(const QList<PageBlock> &blocks) const;

private:
    qreal m_pageHeight;
    qreal m_end;
    qreal m_rowPadding;
};

}  // namespace als
