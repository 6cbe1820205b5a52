#include "LadderPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace als {

namespace {
constexpr int kRungCount = int(Rung::Approval) + 1;
}

LadderPainter::LadderPainter(const EvidenceLadder &ladder, const LadderStyle &style, const QStringList &highlighted,
                             QPaintDevice *device)
    : m_ladder(ladder)
    , m_style(style)
    , m_highlighted(highlighted)
    , m_device(device)
{
}

LadderPainter::Layout LadderPainter::layout(qreal width) const
{
    const QFontMetricsF fm(m_style.font, m_device);
    const Content &content = m_ladder.content();
    const Language language = m_ladder.language();
    Layout l;
    l.margin = fm.height() * 0.5;
    qreal widest = 0;
    for (const LadderRow &row : m_ladder.rows()) {
        widest = std::max(widest, fm.horizontalAdvance(row.label));
        const QString result = content.resultSymbol(row.resultAtHighest) + QLatin1Char(' ')
            + content.resultLabel(row.resultAtHighest, language);
        widest = std::max(widest, fm.horizontalAdvance(result));
    }
    const qreal inner = std::max<qreal>(width - 2 * l.margin, 10);
    l.labelWidth = std::min(widest + fm.height(), inner * 0.34);
    l.columnWidth = (inner - l.labelWidth) / kRungCount;
    for (int r = 0; r < kRungCount; ++r) {
        const QRectF bound = fm.boundingRect(QRectF(0, 0, std::max<qreal>(l.columnWidth - 4, 4), 10000),
                                             Qt::TextWordWrap | Qt::AlignHCenter,
                                             content.rungLabel(Rung(r), language));
        l.headerHeight = std::max(l.headerHeight, bound.height());
    }
    l.headerHeight += fm.height() * 0.6;
    l.rowHeight = fm.lineSpacing() * 2 + fm.height() * 0.5;
    l.legendHeight = fm.lineSpacing() * 2.4;
    return l;
}

qreal LadderPainter::heightForWidth(qreal width) const
{
    const Layout l = layout(width);
    return 2 * l.margin + l.headerHeight + l.rowHeight * m_ladder.rows().size() + l.legendHeight;
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

void LadderPainter::paint(QPainter *painter, const QRectF &rect) const
{
    const Layout l = layout(rect.width());
    const Content &content = m_ladder.content();
    const Language language = m_ladder.language();
    const QFontMetricsF fm(m_style.font, m_device);
    QFont bold = m_style.font;
    bold.setBold(true);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, m_style.background);

    const qreal left = rect.left() + l.margin;
    const qreal gridLeft = left + l.labelWidth;
    const qreal top = rect.top() + l.margin;
    auto columnCentre = [&](int rung) { return gridLeft + l.columnWidth * (rung + 0.5); };

    // Column headings: the rungs, weakest on the left.
    painter->setFont(m_style.font);
    painter->setPen(m_style.text);
    for (int r = 0; r < kRungCount; ++r) {
        const QRectF cell(gridLeft + l.columnWidth * r + 2, top, l.columnWidth - 4, l.headerHeight);
        painter->drawText(cell, Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignBottom,
                          content.rungLabel(Rung(r), language));
    }

    const qreal rowsTop = top + l.headerHeight;
    const qreal rowsBottom = rowsTop + l.rowHeight * m_ladder.rows().size();
    const qreal markerSize = fm.height() * 1.1;
    for (int i = 0; i < m_ladder.rows().size(); ++i) {
        const LadderRow &row = m_ladder.rows().at(i);
        const QRectF band(left - l.margin / 2, rowsTop + l.rowHeight * i,
                          l.labelWidth + l.columnWidth * kRungCount + l.margin, l.rowHeight);
        const bool highlighted = m_highlighted.contains(row.therapy);
        if (highlighted)
            painter->fillRect(band, m_style.highlight);
        else if (i % 2 == 1)
            painter->fillRect(band, m_style.stripe);

        // Therapy name, and the result at the top rung in words.
        const qreal centreY = band.center().y();
        painter->setPen(m_style.text);
        painter->setFont(highlighted ? bold : m_style.font);
        painter->drawText(QRectF(left, band.top(), l.labelWidth, band.height() / 2 + fm.height() * 0.1),
                          Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(row.label, Qt::ElideRight, l.labelWidth));
        painter->setFont(m_style.font);
        painter->setPen(m_style.text);
        const QString result = content.resultSymbol(row.resultAtHighest) + QLatin1Char(' ')
            + content.resultLabel(row.resultAtHighest, language);
        painter->drawText(QRectF(left, centreY + fm.height() * 0.1, l.labelWidth, band.height() / 2),
                          Qt::AlignLeft | Qt::AlignTop, fm.elidedText(result, Qt::ElideRight, l.labelWidth));

        // The track across all rungs, the bar up to the highest one, a dot on every rung with evidence.
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
        drawMarker(painter, QPointF(columnCentre(int(row.highest)), centreY), markerSize, row.resultAtHighest);
    }

    // Legend: the three shapes with their words, and which way is stronger.
    const qreal legendY = rowsBottom + l.legendHeight * 0.5;
    qreal x = gridLeft;
    painter->setFont(m_style.font);
    for (Result r : {Result::Positive, Result::Negative, Result::Inconclusive}) {
        drawMarker(painter, QPointF(x + markerSize / 2, legendY), markerSize * 0.9, r);
        painter->setFont(m_style.font);
        painter->setPen(m_style.text);
        const QString word = content.resultLabel(r, language);
        painter->drawText(QPointF(x + markerSize * 1.3, legendY + fm.ascent() / 2 - fm.descent() / 2), word);
        x += markerSize * 2 + fm.horizontalAdvance(word);
    }
    const QString arrow = content.label(QStringLiteral("ladderWeaker"), language) + QStringLiteral("  →  ")
        + content.label(QStringLiteral("ladderStronger"), language);
    painter->setPen(m_style.text);
    painter->drawText(QRectF(gridLeft, legendY + fm.height() * 0.4, l.columnWidth * kRungCount, fm.height() * 1.2),
                      Qt::AlignRight | Qt::AlignVCenter, arrow);
    painter->restore();
}

} // namespace als
