#include "LadderPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace als {

namespace {
constexpr int kRungCount = int(Rung::LargeRct) + 1;
constexpr int kWrap = Qt::TextWordWrap;
}

LadderPainter::LadderPainter(const EvidenceLadder &ladder, const LadderStyle &style, const QStringList &highlighted,
                             QPaintDevice *device)
    : m_ladder(ladder)
    , m_style(style)
    , m_highlighted(highlighted)
    , m_device(device)
{
}

QString LadderPainter::resultLine(const LadderRow &row) const
{
    return m_ladder.content().resultSymbol(row.resultAtHighest) + QLatin1Char(' ') + m_ladder.resultText(row);
}

LadderPainter::Layout LadderPainter::layout(qreal width) const
{
    const QFontMetricsF fm(m_style.font, m_device);
    QFont bold = m_style.font;
    bold.setBold(true);
    const QFontMetricsF boldFm(bold, m_device);
    const Content &content = m_ladder.content();
    const Language language = m_ladder.language();
    Layout l;
    l.margin = fm.height() * 0.5;
    const qreal inner = std::max<qreal>(width - 2 * l.margin, 10);
    qreal widest = 0;
    for (const LadderRow &row : m_ladder.rows())
        widest = std::max({widest, boldFm.horizontalAdvance(row.label), fm.horizontalAdvance(resultLine(row))});
    // The labels, four rungs and the regulators' column share the width; the gap keeps approval apart.
    l.labelWidth = std::min(widest + fm.height(), inner * 0.28);
    l.statusWidth = inner * 0.22;
    const qreal gap = fm.height() * 0.8;
    l.columnWidth = (inner - l.labelWidth - l.statusWidth - gap) / kRungCount;
    l.statusLeft = l.margin + l.labelWidth + l.columnWidth * kRungCount + gap;

    auto wrappedHeight = [&](const QFontMetricsF &metrics, qreal w, const QString &text) {
        return metrics.boundingRect(QRectF(0, 0, std::max<qreal>(w, 4), 100000), kWrap, text).height();
    };
    l.axisHeight = fm.lineSpacing() * 1.6;
    for (int r = 0; r < kRungCount; ++r)
        l.headerHeight = std::max(l.headerHeight, wrappedHeight(fm, l.columnWidth - 4, content.rungLabel(Rung(r), language)));
    l.headerHeight = std::max(l.headerHeight, wrappedHeight(boldFm, l.statusWidth, content.label(QStringLiteral("ladderStatusHeading"), language)));
    l.headerHeight += fm.height() * 0.6;
    const qreal markSize = fm.height() * 1.1;
    for (const LadderRow &row : m_ladder.rows()) {
        const qreal left = wrappedHeight(boldFm, l.labelWidth - fm.height() * 0.3, row.label)
            + wrappedHeight(fm, l.labelWidth - fm.height() * 0.3, resultLine(row));
        const qreal right = wrappedHeight(fm, l.statusWidth - markSize * 1.5, m_ladder.statusText(row));
        l.rowHeights << std::max(left, right) + fm.height() * 0.7;
    }
    l.legendHeight = flowLegend(inner, nullptr) + fm.height() * 0.6;
    return l;
}

qreal LadderPainter::heightForWidth(qreal width) const
{
    const Layout l = layout(width);
    qreal rows = 0;
    for (qreal h : l.rowHeights)
        rows += h;
    return 2 * l.margin + l.axisHeight + l.headerHeight + rows + l.legendHeight;
}

QList<LadderPainter::LegendItem> LadderPainter::legendItems() const
{
    const Content &content = m_ladder.content();
    const Language language = m_ladder.language();
    QList<LegendItem> items;
    for (Result r : {Result::Positive, Result::Negative, Result::Inconclusive})
        items.append({LegendItem::Result, int(r), content.resultLabel(r, language)});
    for (RegulatoryStatus s : {RegulatoryStatus::Approved, RegulatoryStatus::ConditionalApproval,
                               RegulatoryStatus::ApprovedThenWithdrawn, RegulatoryStatus::NotApproved})
        items.append({LegendItem::Status, int(s), content.statusLabel(s, language)});
    items.append({LegendItem::OtherRung, 0, content.label(QStringLiteral("ladderOtherRung"), language)});
    bool anyHighlighted = false;
    for (const LadderRow &row : m_ladder.rows())
        anyHighlighted = anyHighlighted || m_highlighted.contains(row.therapy);
    if (anyHighlighted)
        items.append({LegendItem::Highlight, 0, content.label(QStringLiteral("ladderThisPage"), language)});
    return items;
}

qreal LadderPainter::flowLegend(qreal width, QList<QPointF> *positions) const
{
    const QFontMetricsF fm(m_style.font, m_device);
    const qreal markSize = fm.height() * 1.1;
    const qreal line = std::max(fm.lineSpacing(), markSize) * 1.35;
    qreal x = 0;
    qreal y = 0;
    for (const LegendItem &item : legendItems()) {
        const qreal itemWidth = markSize * 1.5 + fm.horizontalAdvance(item.text) + fm.height();
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += line;
        }
        if (positions)
            positions->append(QPointF(x, y));
        x += itemWidth;
    }
    return y + line;
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
    QFont symbolFont = m_style.font;
    symbolFont.setBold(true);
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

void LadderPainter::paint(QPainter *painter, const QRectF &rect) const
{
    const Layout l = layout(rect.width());
    const Content &content = m_ladder.content();
    const Language language = m_ladder.language();
    const QFontMetricsF fm(m_style.font, m_device);
    QFont bold = m_style.font;
    bold.setBold(true);
    const QFontMetricsF boldFm(bold, m_device);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, m_style.background);

    const qreal left = rect.left() + l.margin;
    const qreal gridLeft = left + l.labelWidth;
    const qreal gridRight = gridLeft + l.columnWidth * kRungCount;
    const qreal statusLeft = rect.left() + l.statusLeft;
    const qreal top = rect.top() + l.margin;
    const qreal markSize = fm.height() * 1.1;
    auto columnCentre = [&](int rung) { return gridLeft + l.columnWidth * (rung + 0.5); };

    // The axis: which way is stronger, in words at both ends and an arrow between them, over the rungs only.
    const qreal axisY = top + l.axisHeight * 0.5;
    const QString weaker = content.label(QStringLiteral("ladderWeaker"), language);
    const QString stronger = content.label(QStringLiteral("ladderStronger"), language);
    const QString axis = content.label(QStringLiteral("ladderAxis"), language);
    painter->setPen(m_style.text);
    painter->setFont(m_style.font);
    painter->drawText(QRectF(gridLeft, top, l.columnWidth * kRungCount, l.axisHeight), Qt::AlignLeft | Qt::AlignVCenter, weaker);
    painter->drawText(QRectF(gridLeft, top, l.columnWidth * kRungCount, l.axisHeight), Qt::AlignRight | Qt::AlignVCenter, stronger);
    const qreal axisTextWidth = fm.horizontalAdvance(axis) + fm.height();
    const qreal arrowLeft = gridLeft + fm.horizontalAdvance(weaker) + fm.height() * 0.5;
    const qreal arrowRight = gridRight - fm.horizontalAdvance(stronger) - fm.height() * 0.5;
    const qreal middle = (arrowLeft + arrowRight) / 2;
    const bool axisFits = arrowRight - arrowLeft > axisTextWidth + fm.height() * 2;
    if (axisFits)
        painter->drawText(QRectF(middle - axisTextWidth / 2, top, axisTextWidth, l.axisHeight), Qt::AlignCenter, axis);
    painter->setPen(QPen(m_style.text, std::max<qreal>(1.2, fm.height() / 12)));
    if (arrowRight > arrowLeft + fm.height()) {
        const qreal gapHalf = axisFits ? axisTextWidth / 2 : 0;
        painter->drawLine(QPointF(arrowLeft, axisY), QPointF(middle - gapHalf, axisY));
        painter->drawLine(QPointF(middle + gapHalf, axisY), QPointF(arrowRight, axisY));
        const qreal head = fm.height() * 0.35;
        painter->drawLine(QPointF(arrowRight, axisY), QPointF(arrowRight - head, axisY - head * 0.7));
        painter->drawLine(QPointF(arrowRight, axisY), QPointF(arrowRight - head, axisY + head * 0.7));
    }

    // Column headings: the kinds of study, weaker on the left; then the regulators' column, set apart.
    const qreal headerTop = top + l.axisHeight;
    painter->setFont(m_style.font);
    painter->setPen(m_style.text);
    for (int r = 0; r < kRungCount; ++r) {
        const QRectF cell(gridLeft + l.columnWidth * r + 2, headerTop, l.columnWidth - 4, l.headerHeight);
        painter->drawText(cell, kWrap | Qt::AlignHCenter | Qt::AlignBottom, content.rungLabel(Rung(r), language));
    }
    painter->setFont(bold);
    painter->drawText(QRectF(statusLeft, headerTop, l.statusWidth, l.headerHeight), kWrap | Qt::AlignLeft | Qt::AlignBottom,
                      content.label(QStringLiteral("ladderStatusHeading"), language));

    qreal rowTop = headerTop + l.headerHeight;
    const qreal rowsTop = rowTop;
    for (int i = 0; i < m_ladder.rows().size(); ++i) {
        const LadderRow &row = m_ladder.rows().at(i);
        const qreal height = l.rowHeights.at(i);
        const QRectF band(left - l.margin / 2, rowTop, rect.width() - l.margin, height);
        const bool highlighted = m_highlighted.contains(row.therapy);
        if (highlighted)
            painter->fillRect(band, m_style.highlight);
        else if (i % 2 == 1)
            painter->fillRect(band, m_style.stripe);

        // Therapy name (bold when it is this page's), and what the strongest studies found, in words.
        const qreal pad = fm.height() * 0.35;
        const qreal textWidth = l.labelWidth - fm.height() * 0.3;
        painter->setPen(m_style.text);
        painter->setFont(bold);
        const QRectF nameRect = painter->boundingRect(QRectF(left, rowTop + pad, textWidth, height), kWrap, row.label);
        painter->drawText(QRectF(left, rowTop + pad, textWidth, height), kWrap | Qt::AlignLeft | Qt::AlignTop, row.label);
        painter->setFont(m_style.font);
        painter->drawText(QRectF(left, nameRect.bottom(), textWidth, height), kWrap | Qt::AlignLeft | Qt::AlignTop,
                          resultLine(row));

        // The track across all rungs, the bar up to the strongest one, a ring on every other rung with studies.
        const qreal centreY = band.center().y();
        painter->setPen(QPen(m_style.grid, 1, Qt::DotLine));
        painter->drawLine(QPointF(columnCentre(0), centreY), QPointF(columnCentre(kRungCount - 1), centreY));
        const qreal barHeight = fm.height() * 0.45;
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style.bar);
        painter->drawRoundedRect(QRectF(QPointF(columnCentre(0) - barHeight / 2, centreY - barHeight / 2),
                                        QPointF(columnCentre(int(row.highest)), centreY + barHeight / 2)),
                                 barHeight / 2, barHeight / 2);
        for (Rung r : row.reached) {
            if (r == row.highest)
                continue;
            painter->setBrush(m_style.background);
            painter->setPen(QPen(m_style.bar, 2));
            painter->drawEllipse(QPointF(columnCentre(int(r)), centreY), barHeight * 0.7, barHeight * 0.7);
        }
        drawMarker(painter, QPointF(columnCentre(int(row.highest)), centreY), markSize, row.resultAtHighest);

        // The regulators' decision: its own mark and its words, with where and when.
        drawStatusMark(painter, QPointF(statusLeft + markSize / 2, centreY), markSize, row.status);
        painter->setFont(m_style.font);
        painter->setPen(m_style.text);
        painter->drawText(QRectF(statusLeft + markSize * 1.5, rowTop, l.statusWidth - markSize * 1.5, height),
                          kWrap | Qt::AlignLeft | Qt::AlignVCenter, m_ladder.statusText(row));
        rowTop += height;
    }
    // A rule between the evidence and the regulators' column: approval is not a higher rung.
    painter->setPen(QPen(m_style.grid, 1));
    const qreal ruleX = statusLeft - fm.height() * 0.4;
    painter->drawLine(QPointF(ruleX, headerTop), QPointF(ruleX, rowTop));
    painter->drawLine(QPointF(left, rowsTop), QPointF(rect.right() - l.margin, rowsTop));

    // Legend: every mark the picture uses, with its words, flowing over as many lines as the width needs.
    QList<QPointF> positions;
    flowLegend(rect.width() - 2 * l.margin, &positions);
    const QList<LegendItem> items = legendItems();
    const qreal legendTop = rowTop + fm.height() * 0.6;
    const qreal line = std::max(fm.lineSpacing(), markSize) * 1.35;
    for (int i = 0; i < items.size(); ++i) {
        const LegendItem &item = items.at(i);
        const QPointF origin(left + positions.at(i).x(), legendTop + positions.at(i).y());
        const QPointF centre(origin.x() + markSize / 2, origin.y() + line / 2);
        switch (item.kind) {
        case LegendItem::Result:
            drawMarker(painter, centre, markSize * 0.9, Result(item.value));
            break;
        case LegendItem::Status:
            drawStatusMark(painter, centre, markSize * 0.9, RegulatoryStatus(item.value));
            break;
        case LegendItem::OtherRung: {
            const qreal barHeight = fm.height() * 0.45;
            painter->setBrush(m_style.background);
            painter->setPen(QPen(m_style.bar, 2));
            painter->drawEllipse(centre, barHeight * 0.7, barHeight * 0.7);
            break;
        }
        case LegendItem::Highlight:
            painter->fillRect(QRectF(centre.x() - markSize / 2, centre.y() - markSize / 2, markSize, markSize), m_style.highlight);
            painter->setPen(QPen(m_style.grid, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(centre.x() - markSize / 2, centre.y() - markSize / 2, markSize, markSize));
            break;
        }
        painter->setFont(m_style.font);
        painter->setPen(m_style.text);
        painter->drawText(QRectF(origin.x() + markSize * 1.5, origin.y(), rect.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          item.text);
    }
    painter->restore();
}

} // namespace als
