#include "LadderPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace als {

namespace {

constexpr int kRungCount = int(Rung::LargeRct) + 1;

bool isHiragana(QChar c)
{
    return c.unicode() >= 0x3041 && c.unicode() <= 0x309f;
}

// Japanese line-breaking by phrase: a line may not start with closing punctuation, a small kana or a long-vowel
// mark; it may break after a comma, a middle dot or a closing bracket, before an opening bracket, and after the
// particle that ends a phrase (人の|研究, 大きな|ランダム化試験, 目標を|達成), but not inside 取り下げ.
bool noBreakBefore(QChar c)
{
    return c.isSpace()
        || QStringView(u"、。，．）」』】・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ,.;:!?)%").contains(c);
}

bool breakAfter(QChar c)
{
    return QStringView(u"、。，）」』】・").contains(c);
}

bool breakBefore(QChar c)
{
    return QStringView(u"（「『【").contains(c);
}

bool isParticle(QChar c)
{
    return QStringView(u"のにをはがでともへなや").contains(c);
}

QString trimEnd(QString text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

} // namespace

struct LadderPainter::Metrics
{
    explicit Metrics(const LadderPainter &p)
        : h(p.m_fm->height())
        , ascent(p.m_fm->ascent())
        , boldHeight(p.m_boldFm->height())
        , boldAscent(p.m_boldFm->ascent())
        , step(std::max(p.m_fm->lineSpacing(), p.m_boldFm->lineSpacing()) * 1.2)
    { }
    const qreal h;
    const qreal ascent;
    const qreal boldHeight;
    const qreal boldAscent;
    const qreal step;  // from one line of a wrapped text to the next
    qreal margin() const { return h * 0.5; }
    qreal mark() const { return h * 1.1; }
    qreal indent() const { return mark() * 1.35; }  // words after a mark start here
    qreal gap() const { return h * 0.8; }  // between the rungs and the regulators' column
    qreal labelGap() const { return h * 0.25; }  // between the names of two rungs
    qreal pad() const { return h * 0.4; }  // above and below a row's words
    qreal bar() const { return h * 0.45; }  // thickness of the bar along a row's track
};

LadderPainter::LadderPainter(const EvidenceLadder &ladder, const LadderStyle &style, const QStringList &highlighted,
                             QPaintDevice *device)
    : m_ladder(ladder)
    , m_style(style)
    , m_highlighted(highlighted)
    , m_bold(style.font)
{
    m_bold.setBold(true);
    m_fm = std::make_unique<QFontMetricsF>(m_style.font, device);
    m_boldFm = std::make_unique<QFontMetricsF>(m_bold, device);
}

LadderPainter::~LadderPainter() = default;

QStringList LadderPainter::breakUnits(const QString &text)
{
    QStringList units;
    int start = 0;
    int hiraganaRun = 0;
    for (int i = 1; i < text.size(); ++i) {
        const QChar prev = text.at(i - 1);
        const QChar cur = text.at(i);
        hiraganaRun = isHiragana(prev) ? hiraganaRun + 1 : 0;
        bool brk = false;
        if (prev.isSpace())
            brk = !cur.isSpace() && !cur.isDigit();  // "US 1995" and "米国 1995" stay together
        else if (!noBreakBefore(cur))
            brk = breakAfter(prev) || breakBefore(cur)
                || (hiraganaRun > 0 && !isHiragana(cur) && (hiraganaRun >= 2 || isParticle(prev)));
        if (brk) {
            units << text.mid(start, i - start);
            start = i;
        }
    }
    if (start < text.size())
        units << text.mid(start);
    return units;
}

qreal LadderPainter::advance(const QString &text, bool bold) const
{
    QHash<QString, qreal> &cache = m_advances[bold ? 1 : 0];
    const auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return *it;
    const qreal w = (bold ? m_boldFm : m_fm)->horizontalAdvance(text);
    cache.insert(text, w);
    return w;
}

qreal LadderPainter::widestUnit(const QString &text, bool bold) const
{
    qreal widest = 0;
    for (const QString &unit : breakUnits(text))
        widest = std::max(widest, advance(trimEnd(unit), bold));
    return widest;
}

QStringList LadderPainter::wrap(const QString &text, bool bold, qreal width) const
{
    QStringList lines;
    QString line;
    qreal lineWidth = 0;
    for (const QString &unit : breakUnits(text)) {
        if (!line.isEmpty() && lineWidth + advance(trimEnd(unit), bold) > width + 0.01) {
            lines << trimEnd(line);
            line.clear();
            lineWidth = 0;
        }
        line += unit;
        lineWidth += advance(unit, bold);
    }
    if (!line.isEmpty())
        lines << trimEnd(line);

    // A piece wider than the whole width (only in the narrowest pictures) breaks between characters rather than
    // run out of the picture.
    QStringList fitted;
    const QFontMetricsF &fm = bold ? *m_boldFm : *m_fm;
    for (const QString &l : std::as_const(lines)) {
        if (advance(l, bold) <= width + 0.01) {
            fitted << l;
            continue;
        }
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, l);
        QString part;
        int from = 0;
        for (int to = graphemes.toNextBoundary(); to != -1; to = graphemes.toNextBoundary()) {
            const QString piece = l.mid(from, to - from);
            if (!part.isEmpty() && fm.horizontalAdvance(part + piece) > width) {
                fitted << trimEnd(part);
                part.clear();
            }
            part += piece;
            from = to;
        }
        if (!part.isEmpty())
            fitted << trimEnd(part);
    }
    return fitted;
}

qreal LadderPainter::linesHeight(const QString &text, bool bold, qreal width) const
{
    return text.isEmpty() ? 0 : wrap(text, bold, width).size() * Metrics(*this).step;
}

qreal LadderPainter::addLines(Layout *l, const QString &text, bool bold, qreal left, qreal top, qreal width,
                              Align align, qreal centreX) const
{
    if (text.isEmpty())
        return 0;
    const Metrics m(*this);
    const QStringList lines = wrap(text, bold, width);
    qreal y = top;
    for (const QString &line : lines) {
        const qreal w = advance(line, bold);
        qreal x = left;
        if (align == Align::Right)
            x = left + width - w;
        else if (align == Align::Centre)
            x = std::max(left, std::min(centreX - w / 2, left + width - w));
        l->texts.append({line, QRectF(x, y, w, bold ? m.boldHeight : m.h), bold});
        y += m.step;
    }
    return y - top;
}

QList<LadderPainter::LegendItem> LadderPainter::legendItems() const
{
    const Content &content = m_ladder.content();
    const Language language = m_ladder.language();
    QList<LegendItem> items;
    for (Result r : {Result::Positive, Result::Negative, Result::Inconclusive})
        items.append({MarkKind::Result, int(r), content.resultLabel(r, language)});
    for (RegulatoryStatus s : {RegulatoryStatus::Approved, RegulatoryStatus::ConditionalApproval,
                               RegulatoryStatus::ApprovedThenWithdrawn, RegulatoryStatus::NotApproved})
        items.append({MarkKind::Status, int(s), content.statusLabel(s, language)});
    items.append({MarkKind::OtherRung, 0, content.label(QStringLiteral("ladderOtherRung"), language)});
    bool anyHighlighted = false;
    for (const LadderRow &row : m_ladder.rows())
        anyHighlighted = anyHighlighted || m_highlighted.contains(row.therapy);
    if (anyHighlighted)
        items.append({MarkKind::Highlight, 0, content.label(QStringLiteral("ladderThisPage"), language)});
    return items;
}

bool LadderPainter::arrange(qreal width, Arrangement arrangement, Header header, Split split, bool force,
                            Layout *out) const
{
    *out = Layout();
    Layout &l = *out;
    l.arrangement = arrangement;
    l.header = header;
    l.width = width;

    const Content &content = m_ladder.content();
    const Language language = m_ladder.language();
    const QList<LadderRow> &rows = m_ladder.rows();
    const Metrics m(*this);
    const qreal h = m.h;
    const qreal x0 = m.margin();
    const qreal inner = std::max(width - 2 * m.margin(), h);

    QStringList rungLabels;
    for (int r = 0; r < kRungCount; ++r)
        rungLabels << content.rungLabel(Rung(r), language);
    const QString statusHeading = content.label(QStringLiteral("ladderStatusHeading"), language);
    const QString weaker = content.label(QStringLiteral("ladderWeaker"), language);
    const QString stronger = content.label(QStringLiteral("ladderStronger"), language);
    const QString axisTitle = content.label(QStringLiteral("ladderAxis"), language);

    // The widest piece no line break can split, and the width on one line, of every kind of text in a row.
    qreal nameMin = 0, nameOne = 0, resultMin = 0, resultOne = 0, statusMin = 0, statusOne = 0, rungMin = 0;
    for (const LadderRow &row : rows) {
        nameMin = std::max(nameMin, widestUnit(row.label, true));
        nameOne = std::max(nameOne, advance(row.label, true));
        resultMin = std::max(resultMin, widestUnit(m_ladder.resultText(row), false));
        resultOne = std::max(resultOne, advance(m_ladder.resultText(row), false));
        statusMin = std::max(statusMin, widestUnit(m_ladder.statusText(row), false));
        statusOne = std::max(statusOne, advance(m_ladder.statusText(row), false));
    }
    for (const QString &label : std::as_const(rungLabels))
        rungMin = std::max(rungMin, widestUnit(label, false));
    const qreal axisMin = advance(weaker, false) + advance(stronger, false) + 2 * h;
    // Over its own column a rung's name needs its widest piece; staggered it may use up to two columns (one and a
    // half at the edges); a staircase gives the names room enough (checked once the columns are known).
    qreal columnMin = std::max(m.mark() * 2, axisMin / kRungCount);
    if (header == Header::OneLine)
        columnMin = std::max(columnMin, rungMin + 2 * m.labelGap());
    else if (header == Header::TwoTiers)
        columnMin = std::max(columnMin, (rungMin + 2 * m.labelGap()) / 1.5);
    const qreal rightPad = h * 0.4;

    qreal labelWidth = 0;  // the names' column (none when stacked)
    qreal statusWidth = 0;  // the regulators' column (only in columns)
    qreal columnWidth = 0;
    switch (arrangement) {
    case Arrangement::Columns: {
        const qreal labelMin = std::max(nameMin, m.indent() + resultMin) + rightPad;
        const qreal labelOne = std::max(nameOne, m.indent() + resultOne) + rightPad;
        const qreal statusColumnMin = std::max(m.indent() + statusMin, widestUnit(statusHeading, true));
        const qreal statusColumnOne = std::max(m.indent() + statusOne, advance(statusHeading, true));
        if (!force && labelMin + kRungCount * columnMin + m.gap() + statusColumnMin > inner)
            return false;
        // What is left over the minimums: a share to the rungs, and of the rest a share to the names, the
        // remainder to the regulators' words (neither more than it needs to stand on one line).
        const qreal surplus = inner - (labelMin + kRungCount * columnMin + m.gap() + statusColumnMin);
        const qreal forWords = surplus * (1 - split.columns);
        labelWidth = labelMin + std::min(forWords * split.names, labelOne - labelMin);
        statusWidth = statusColumnMin + std::min(forWords - (labelWidth - labelMin), statusColumnOne - statusColumnMin);
        columnWidth = (inner - labelWidth - m.gap() - statusWidth) / kRungCount;
        break;
    }
    case Arrangement::StatusUnderName: {
        const qreal labelMin = std::max({nameMin, m.indent() + resultMin, m.indent() + statusMin}) + rightPad;
        const qreal labelOne = std::max({nameOne, m.indent() + resultOne, m.indent() + statusOne}) + rightPad;
        if (!force && labelMin + kRungCount * columnMin > inner)
            return false;
        labelWidth = std::max(labelMin, std::min(labelOne, inner * 0.45));
        if (inner - labelWidth < kRungCount * columnMin)
            labelWidth = std::max(labelMin, inner - kRungCount * columnMin);
        columnWidth = (inner - labelWidth) / kRungCount;
        break;
    }
    case Arrangement::Stacked:
        if (!force
            && (std::max({nameMin, m.indent() + resultMin, m.indent() + statusMin}) > inner
                || kRungCount * columnMin > inner))
            return false;
        columnWidth = inner / kRungCount;
        break;
    }

    const qreal trackLeft = x0 + labelWidth;
    const qreal trackRight = trackLeft + kRungCount * columnWidth;
    const qreal trackWidth = trackRight - trackLeft;
    const qreal statusLeft = trackRight + m.gap();
    for (int r = 0; r < kRungCount; ++r)
        l.columnCentres << trackLeft + columnWidth * (r + 0.5);

    // The axis over the rungs: which way is stronger, in words at both ends and an arrow between them; its title
    // in the gap when there is room, on a line above when not.
    qreal y = m.margin();
    const qreal weakerWidth = advance(weaker, false);
    const qreal strongerWidth = advance(stronger, false);
    const qreal titleWidth = advance(axisTitle, false);
    const bool titleInline = weakerWidth + strongerWidth + titleWidth + 5 * h <= trackWidth;
    if (!titleInline)
        y += addLines(&l, axisTitle, false, trackLeft, y, trackWidth, Align::Centre, (trackLeft + trackRight) / 2);
    const bool endsOnOneLine = weakerWidth + strongerWidth + 2 * h <= trackWidth;
    l.texts.append({weaker, QRectF(trackLeft, y, weakerWidth, h), false});
    const qreal axisY = y + h / 2;
    const qreal arrowLeft = trackLeft + weakerWidth + h * 0.5;
    const qreal arrowRight = endsOnOneLine ? trackRight - strongerWidth - h * 0.5 : trackRight;
    if (titleInline) {
        const qreal middle = (arrowLeft + arrowRight) / 2;
        l.texts.append({axisTitle, QRectF(middle - titleWidth / 2, y, titleWidth, h), false});
        l.axis << QLineF(arrowLeft, axisY, middle - titleWidth / 2 - h * 0.4, axisY)
               << QLineF(middle + titleWidth / 2 + h * 0.4, axisY, arrowRight, axisY);
    } else {
        l.axis << QLineF(arrowLeft, axisY, arrowRight, axisY);
    }
    const qreal head = h * 0.35;
    l.axis << QLineF(arrowRight, axisY, arrowRight - head, axisY - head * 0.7)
           << QLineF(arrowRight, axisY, arrowRight - head, axisY + head * 0.7);
    if (endsOnOneLine) {
        l.texts.append({stronger, QRectF(trackRight - strongerWidth, y, strongerWidth, h), false});
    } else {
        y += m.step;
        l.texts.append({stronger, QRectF(trackRight - strongerWidth, y, strongerWidth, h), false});
    }
    y += m.step;
    y += h * 0.2;

    // The rungs' names over their columns, weaker on the left: each over its own column when it fits; else
    // staggered on two lines, each name then using up to two columns' width, a thin line leading down from the
    // upper names to their columns; else a staircase, one name a line with the strongest on top, each name free
    // to run left over the weaker columns and leading down (and across, when it ends short) to its own.
    const qreal headerTop = y;
    const qreal leftBound = x0;
    const qreal rightBound = arrangement == Arrangement::Columns ? trackRight : x0 + inner;
    struct Box
    {
        qreal left;
        qreal right;
        qreal height;
    };
    QList<Box> boxes;
    for (int r = 0; r < kRungCount; ++r) {
        const qreal c = l.columnCentres.at(r);
        Box box {c - columnWidth / 2 + m.labelGap(), c + columnWidth / 2 - m.labelGap(), 0};
        if (header == Header::TwoTiers)
            box = {std::max(leftBound, c - columnWidth + m.labelGap()),
                   std::min(rightBound, c + columnWidth - m.labelGap()), 0};
        else if (header == Header::Staircase)
            box = {leftBound, r + 1 < kRungCount ? l.columnCentres.at(r + 1) - m.labelGap() * 2 : rightBound, 0};
        if (!force && widestUnit(rungLabels.at(r), false) > box.right - box.left)
            return false;
        box.height = linesHeight(rungLabels.at(r), false, box.right - box.left);
        boxes << box;
    }
    auto placeRung = [&](int r, qreal bottom, Align align) {
        const Box &b = boxes.at(r);
        addLines(&l, rungLabels.at(r), false, b.left, bottom - b.height, b.right - b.left, align,
                 l.columnCentres.at(r));
    };
    qreal headerHeight = 0;
    switch (header) {
    case Header::OneLine:
        for (const Box &b : std::as_const(boxes))
            headerHeight = std::max(headerHeight, b.height);
        for (int r = 0; r < kRungCount; ++r)
            placeRung(r, headerTop + headerHeight, Align::Centre);
        break;
    case Header::TwoTiers: {
        const qreal upper = std::max(boxes.at(0).height, boxes.at(2).height);
        const qreal lower = std::max(boxes.at(1).height, boxes.at(3).height);
        headerHeight = upper + h * 0.3 + lower;
        placeRung(0, headerTop + upper, Align::Centre);
        placeRung(2, headerTop + upper, Align::Centre);
        placeRung(1, headerTop + headerHeight, Align::Centre);
        placeRung(3, headerTop + headerHeight, Align::Centre);
        for (int r : {0, 2})
            l.leaders << QLineF(l.columnCentres.at(r), headerTop + upper + h * 0.05, l.columnCentres.at(r),
                                headerTop + headerHeight + h * 0.3);
        break;
    }
    case Header::Staircase: {
        qreal bottom = headerTop;
        for (int r = kRungCount - 1; r >= 0; --r) {
            bottom += boxes.at(r).height;
            const int first = int(l.texts.size());
            placeRung(r, bottom, Align::Left);
            // Its last line ends before its column: a short line across to it, then down.
            const QRectF last = l.texts.constLast().rect;
            const qreal c = l.columnCentres.at(r);
            qreal from = bottom - m.step + h + h * 0.05;
            if (last.right() + h * 0.3 < c) {
                from = last.center().y();
                l.leaders << QLineF(last.right() + h * 0.2, from, c, from);
            } else {
                for (int t = first; t < l.texts.size(); ++t)
                    from = std::max(from, l.texts.at(t).rect.bottom() + h * 0.05);
            }
            l.leaders << QLineF(c, from, c, -1);  // down to the rows; the end is set below
            bottom += h * 0.15;
        }
        headerHeight = bottom - headerTop;
        break;
    }
    }
    if (arrangement == Arrangement::Columns) {
        const qreal headingHeight = linesHeight(statusHeading, true, statusWidth);
        headerHeight = std::max(headerHeight, headingHeight);
        addLines(&l, statusHeading, true, statusLeft, headerTop + headerHeight - headingHeight, statusWidth);
    }
    y = headerTop + headerHeight + h * 0.3;
    const qreal rowsTop = y;
    for (QLineF &leader : l.leaders) {
        if (leader.y2() < 0)
            leader.setP2(QPointF(leader.x2(), rowsTop));
    }
    l.rules << QLineF(x0, rowsTop, x0 + inner, rowsTop);

    // The rows. Each says in words what its marks show: the name, what the strongest studies found, and what the
    // regulators decided (beside, under the name, or above the track, as the width allows).
    const qreal textWidth = arrangement == Arrangement::Stacked ? inner : labelWidth - rightPad;
    const qreal statusTextWidth = (arrangement == Arrangement::Columns ? statusWidth : textWidth) - m.indent();
    const qreal small = h * 0.15;
    for (int i = 0; i < rows.size(); ++i) {
        const LadderRow &row = rows.at(i);
        const QString result = m_ladder.resultText(row);
        const QString status = m_ladder.statusText(row);
        const qreal nameHeight = linesHeight(row.label, true, textWidth);
        const qreal resultHeight = linesHeight(result, false, textWidth - m.indent());
        const qreal statusHeight = linesHeight(status, false, statusTextWidth);
        qreal wordsHeight = nameHeight + small + resultHeight;
        if (arrangement != Arrangement::Columns)
            wordsHeight += small + statusHeight;
        const qreal trackBand = m.mark() * 1.8;
        qreal inside = std::max(wordsHeight, m.mark() * 1.3);
        if (arrangement == Arrangement::Columns)
            inside = std::max(inside, statusHeight);
        else if (arrangement == Arrangement::Stacked)
            inside = wordsHeight + trackBand;
        const qreal rowHeight = inside + 2 * m.pad();

        Row r;
        r.index = i;
        r.highlighted = m_highlighted.contains(row.therapy);
        r.band = QRectF(x0 - m.margin() * 0.8, y, inner + m.margin() * 1.6, rowHeight);
        r.trackY =
            arrangement == Arrangement::Stacked ? y + m.pad() + wordsHeight + trackBand / 2 : r.band.center().y();
        l.rows << r;

        qreal ty = y + m.pad() + (arrangement == Arrangement::Stacked ? 0 : (inside - wordsHeight) / 2);
        ty += addLines(&l, row.label, true, x0, ty, textWidth) + small;
        l.marks.append(
            {MarkKind::Result, int(row.resultAtHighest), QPointF(x0 + m.mark() / 2, ty + h / 2), m.mark() * 0.8});
        ty += addLines(&l, result, false, x0 + m.indent(), ty, textWidth - m.indent()) + small;
        if (arrangement == Arrangement::Columns) {
            const qreal sy = y + m.pad() + (inside - statusHeight) / 2;
            l.marks.append(
                {MarkKind::Status, int(row.status), QPointF(statusLeft + m.mark() / 2, sy + h / 2), m.mark()});
            addLines(&l, status, false, statusLeft + m.indent(), sy, statusTextWidth);
        } else {
            l.marks.append({MarkKind::Status, int(row.status), QPointF(x0 + m.mark() / 2, ty + h / 2), m.mark() * 0.8});
            addLines(&l, status, false, x0 + m.indent(), ty, statusTextWidth);
        }

        // On the track: the marker on the strongest rung, a ring on every other rung with studies.
        for (Rung reached : row.reached) {
            if (reached != row.highest)
                l.marks.append(
                    {MarkKind::OtherRung, 0, QPointF(l.columnCentres.at(int(reached)), r.trackY), m.bar() * 1.4});
        }
        l.marks.append({MarkKind::Result, int(row.resultAtHighest),
                        QPointF(l.columnCentres.at(int(row.highest)), r.trackY), m.mark()});
        y += rowHeight;
    }
    if (arrangement == Arrangement::Columns)
        l.rules << QLineF(statusLeft - m.gap() / 2, headerTop, statusLeft - m.gap() / 2, y);

    // The legend: every mark the picture uses, with its words, flowing over as many lines as the width needs.
    y += h * 0.6;
    qreal x = 0;
    qreal lineHeight = 0;
    const qreal first = std::max(h, m.mark());  // a legend line's first line of words, centred on its mark
    for (const LegendItem &item : legendItems()) {
        const QStringList lines = wrap(item.text, false, inner - m.indent());
        qreal wordsWidth = 0;
        for (const QString &line : lines)
            wordsWidth = std::max(wordsWidth, advance(line, false));
        const qreal itemWidth = m.indent() + wordsWidth;
        const qreal itemHeight = first + (lines.size() - 1) * m.step;
        if (x > 0 && x + itemWidth > inner) {
            y += lineHeight + h * 0.35;
            x = 0;
            lineHeight = 0;
        }
        const QPointF centre(x0 + x + m.mark() / 2, y + first / 2);
        l.marks.append(
            {item.kind, item.value, centre, item.kind == MarkKind::OtherRung ? m.bar() * 1.4 : m.mark() * 0.9});
        addLines(&l, item.text, false, x0 + x + m.indent(), centre.y() - h / 2, inner - m.indent());
        x += itemWidth + h * 1.2;
        lineHeight = std::max(lineHeight, itemHeight);
    }
    y += lineHeight;
    l.height = y + m.margin();
    return true;
}

const LadderPainter::Layout &LadderPainter::layout(qreal width) const
{
    if (m_layout.width == width)
        return m_layout;
    // Of the arrangements that hold every word whole, the shortest; of about equal ones, the one most like a chart
    // (names, rungs and regulators side by side).
    const std::pair<Arrangement, Header> tries[] = {
        {Arrangement::Columns, Header::OneLine},           {Arrangement::Columns, Header::TwoTiers},
        {Arrangement::StatusUnderName, Header::OneLine},   {Arrangement::StatusUnderName, Header::TwoTiers},
        {Arrangement::StatusUnderName, Header::Staircase}, {Arrangement::Stacked, Header::OneLine},
        {Arrangement::Stacked, Header::TwoTiers},          {Arrangement::Stacked, Header::Staircase},
    };
    // Side by side, the names and the regulators' words share the width left over the rungs: try a few ways.
    static const Split columnSplits[] = {{0, 0}, {0.25, 0},   {0.5, 0},   {0.75, 0},
                                         {1, 0}, {0.25, 0.3}, {0.5, 0.3}, {0.75, 0.3}};
    static const Split otherSplit[] = {{0.5, 0}};
    QList<Layout> fitting;
    for (const auto &[arrangement, header] : tries) {
        Layout best;
        bool any = false;
        for (const Split &split : arrangement == Arrangement::Columns
                 ? QList<Split>(std::begin(columnSplits), std::end(columnSplits))
                 : QList<Split>(std::begin(otherSplit), std::end(otherSplit))) {
            Layout candidate;
            if (!arrange(width, arrangement, header, split, false, &candidate))
                continue;
            if (!any || candidate.height < best.height)
                best = candidate;
            any = true;
        }
        if (any)
            fitting << best;
    }
    Layout l;
    if (fitting.isEmpty()) {
        arrange(width, Arrangement::Stacked, Header::Staircase, {}, true, &l);
    } else {
        qreal shortest = fitting.constFirst().height;
        for (const Layout &candidate : std::as_const(fitting))
            shortest = std::min(shortest, candidate.height);
        l = *std::find_if(fitting.cbegin(), fitting.cend(),
                          [&](const Layout &candidate) { return candidate.height <= shortest * 1.03; });
    }
    m_layout = l;
    return m_layout;
}

qreal LadderPainter::heightForWidth(qreal width) const
{
    return layout(width).height;
}

LadderPainter::Arrangement LadderPainter::arrangementForWidth(qreal width) const
{
    return layout(width).arrangement;
}

LadderPainter::Header LadderPainter::headerForWidth(qreal width) const
{
    return layout(width).header;
}

QColor LadderPainter::colourFor(Result result) const
{
    switch (result) {
    case Result::Positive:
        return m_style.positive;
    case Result::Negative:
        return m_style.negative;
    case Result::Inconclusive:
        return m_style.inconclusive;
    }
    return m_style.inconclusive;
}

void LadderPainter::drawMarker(QPainter *painter, const QPointF &centre, qreal size, Result result) const
{
    const qreal h = size / 2;
    QPainterPath shape;
    switch (result) {
    case Result::Positive:  // circle
        shape.addEllipse(centre, h, h);
        break;
    case Result::Negative:  // square
        shape.addRect(QRectF(centre.x() - h, centre.y() - h, size, size));
        break;
    case Result::Inconclusive:  // diamond
        shape.moveTo(centre.x(), centre.y() - h * 1.2);
        shape.lineTo(centre.x() + h * 1.2, centre.y());
        shape.lineTo(centre.x(), centre.y() + h * 1.2);
        shape.lineTo(centre.x() - h * 1.2, centre.y());
        shape.closeSubpath();
        break;
    }
    painter->setPen(QPen(m_style.text, 1));
    painter->setBrush(colourFor(result));
    painter->drawPath(shape);
    // The symbol keeps to the marker, however small the marker is drawn.
    QFont symbolFont = m_bold;
    const qreal scale = size / (m_fm->height() * 1.1);
    if (symbolFont.pointSizeF() > 0)
        symbolFont.setPointSizeF(symbolFont.pointSizeF() * scale);
    else
        symbolFont.setPixelSize(std::max(1, qRound(symbolFont.pixelSize() * scale)));
    painter->setFont(symbolFont);
    painter->setPen(m_style.symbol);
    painter->drawText(QRectF(centre.x() - h, centre.y() - h, size, size), Qt::AlignCenter,
                      m_ladder.content().resultSymbol(result));
}

// A badge of its own shape family (rounded squares), so it is never mistaken for a study result: filled with a
// tick for approved, hollow with a tick for approved on conditions, hollow with a cross for withdrawn, hollow with
// a dash for never approved. The words beside it say the same.
void LadderPainter::drawStatusMark(QPainter *painter, const QPointF &centre, qreal size, RegulatoryStatus status) const
{
    const qreal h = size / 2;
    const QRectF box(centre.x() - h, centre.y() - h, size, size);
    const bool filled = status == RegulatoryStatus::Approved;
    painter->setPen(QPen(m_style.bar, std::max<qreal>(1.5, size / 10)));
    painter->setBrush(filled ? m_style.bar : m_style.background);
    painter->drawRoundedRect(box, size * 0.25, size * 0.25);
    QPen glyph(filled ? m_style.background : m_style.bar, std::max<qreal>(1.8, size / 8), Qt::SolidLine, Qt::RoundCap,
               Qt::RoundJoin);
    painter->setPen(glyph);
    painter->setBrush(Qt::NoBrush);
    const qreal q = size * 0.25;
    switch (status) {
    case RegulatoryStatus::Approved:
    case RegulatoryStatus::ConditionalApproval: {
        QPainterPath tick;
        tick.moveTo(centre.x() - q, centre.y());
        tick.lineTo(centre.x() - q * 0.2, centre.y() + q * 0.8);
        tick.lineTo(centre.x() + q * 1.1, centre.y() - q * 0.9);
        painter->drawPath(tick);
        break;
    }
    case RegulatoryStatus::ApprovedThenWithdrawn:
        painter->drawLine(QPointF(centre.x() - q, centre.y() - q), QPointF(centre.x() + q, centre.y() + q));
        painter->drawLine(QPointF(centre.x() - q, centre.y() + q), QPointF(centre.x() + q, centre.y() - q));
        break;
    case RegulatoryStatus::NotApproved:
        painter->drawLine(QPointF(centre.x() - q, centre.y()), QPointF(centre.x() + q, centre.y()));
        break;
    }
}

void LadderPainter::drawMark(QPainter *painter, const Mark &mark) const
{
    const qreal half = mark.size / 2;
    switch (mark.kind) {
    case MarkKind::Result:
        drawMarker(painter, mark.centre, mark.size, Result(mark.value));
        break;
    case MarkKind::Status:
        drawStatusMark(painter, mark.centre, mark.size, RegulatoryStatus(mark.value));
        break;
    case MarkKind::OtherRung:
        painter->setBrush(m_style.background);
        painter->setPen(QPen(m_style.bar, 2));
        painter->drawEllipse(mark.centre, half, half);
        break;
    case MarkKind::Highlight: {
        // The same swatch as a highlighted row: its colour and the bar at its left edge.
        const QRectF swatch(mark.centre.x() - half, mark.centre.y() - half, mark.size, mark.size);
        painter->fillRect(swatch, m_style.highlight);
        painter->fillRect(QRectF(swatch.topLeft(), QSizeF(std::max<qreal>(2, mark.size * 0.22), mark.size)),
                          m_style.bar);
        painter->setPen(QPen(m_style.grid, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(swatch);
        break;
    }
    }
}

void LadderPainter::paint(QPainter *painter, const QRectF &rect, QList<Drawn> *drawn) const
{
    const Layout &l = layout(rect.width());
    const Metrics m(*this);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, m_style.background);
    painter->translate(rect.topLeft());

    // Row bands: this page's rows highlighted, with a bar at their left edge that does not depend on colour;
    // the others striped.
    for (const Row &row : l.rows) {
        if (row.highlighted) {
            painter->fillRect(row.band, m_style.highlight);
            painter->fillRect(QRectF(row.band.topLeft(), QSizeF(std::max<qreal>(2, m.h * 0.18), row.band.height())),
                              m_style.bar);
        } else if (row.index % 2 == 1) {
            painter->fillRect(row.band, m_style.stripe);
        }
    }

    // Each row's track across all rungs and its bar up to the strongest one reached.
    const QList<qreal> &c = l.columnCentres;
    for (const Row &row : l.rows) {
        const LadderRow &data = m_ladder.rows().at(row.index);
        painter->setPen(QPen(m_style.grid, 1, Qt::DotLine));
        painter->drawLine(QPointF(c.first(), row.trackY), QPointF(c.last(), row.trackY));
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style.bar);
        const qreal bar = m.bar();
        painter->drawRoundedRect(QRectF(QPointF(c.first() - bar / 2, row.trackY - bar / 2),
                                        QPointF(c.at(int(data.highest)) + bar / 2, row.trackY + bar / 2)),
                                 bar / 2, bar / 2);
    }

    painter->setPen(QPen(m_style.grid, 1));
    for (const QLineF &line : l.rules)
        painter->drawLine(line);
    for (const QLineF &line : l.leaders)
        painter->drawLine(line);
    painter->setPen(QPen(m_style.text, std::max<qreal>(1.2, m.h / 12), Qt::SolidLine, Qt::RoundCap));
    for (const QLineF &line : l.axis)
        painter->drawLine(line);

    for (const Mark &mark : l.marks)
        drawMark(painter, mark);

    painter->setPen(m_style.text);
    for (const Text &text : l.texts) {
        painter->setFont(text.bold ? m_bold : m_style.font);
        painter->drawText(QPointF(text.rect.left(), text.rect.top() + (text.bold ? m.boldAscent : m.ascent)),
                          text.text);
    }
    painter->restore();

    if (drawn) {
        for (const Text &text : l.texts)
            drawn->append({text.text, text.rect.translated(rect.topLeft())});
        for (const Mark &mark : l.marks) {
            const qreal size = mark.kind == MarkKind::Result && Result(mark.value) == Result::Inconclusive
                ? mark.size * 1.2
                : mark.size;
            drawn->append({QString(),
                           QRectF(mark.centre.x() - size / 2, mark.centre.y() - size / 2, size, size)
                               .translated(rect.topLeft())});
        }
    }
}

} // namespace als
