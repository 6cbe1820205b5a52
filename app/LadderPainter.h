#pragma once

#include "EvidenceLadder.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace als {

struct LadderStyle
{
    QFont font;
    QColor text = QColor(0x1a, 0x1a, 0x1a);
    QColor background = Qt::white;
    QColor stripe = QColor(0xf2, 0xf2, 0xf2);
    QColor highlight = QColor(0xfd, 0xf3, 0xd0);
    QColor grid = QColor(0xb0, 0xb0, 0xb0);
    QColor bar = QColor(0x44, 0x55, 0x66);
    // Okabe–Ito colours, told apart by shape and word as well, never by colour alone.
    QColor positive = QColor(0x00, 0x72, 0xb2);
    QColor negative = QColor(0xd5, 0x5e, 0x00);
    QColor inconclusive = QColor(0x6b, 0x6b, 0x6b);
    QColor symbol = Qt::white;  // the +, − or ? inside a marker
};

// Draws the evidence ladder: one row per therapy, the kinds of study in people from left (weaker) to right
// (stronger) under an axis that says so, a bar up to the strongest kind reached and a marker whose shape, symbol
// and words give what those studies found on their main goal; apart from the rungs, a column with the regulators'
// decision; below, a legend for every mark. Lives in the core so that the widget and printed handouts draw the
// same picture.
class LadderPainter final
{
public:
    // device: where the picture will be drawn (a PDF page, a printer), for font metrics; nullptr for the screen.
    LadderPainter(const EvidenceLadder &ladder, const LadderStyle &style, const QStringList &highlighted = {},
                  QPaintDevice *device = nullptr);

    qreal heightForWidth(qreal width) const;
    void paint(QPainter *painter, const QRectF &rect) const;

private:
    struct Layout
    {
        qreal margin = 0;
        qreal labelWidth = 0;
        qreal columnWidth = 0;
        qreal statusLeft = 0;  // from the picture's left edge
        qreal statusWidth = 0;
        qreal axisHeight = 0;
        qreal headerHeight = 0;
        QList<qreal> rowHeights;
        qreal legendHeight = 0;
    };
    struct LegendItem
    {
        enum Kind { Result, Status, OtherRung, Highlight } kind = Result;
        int value = 0;
        QString text;
    };
    Layout layout(qreal width) const;
    QList<LegendItem> legendItems() const;
    // Where each legend item goes when they flow in lines across the given width; returns the height used.
    qreal flowLegend(qreal width, QList<QPointF> *positions) const;
    void drawMarker(QPainter *painter, const QPointF &centre, qreal size, Result result) const;
    void drawStatusMark(QPainter *painter, const QPointF &centre, qreal size, RegulatoryStatus status) const;
    QColor colourFor(Result result) const;
    QString resultLine(const LadderRow &row) const;

    const EvidenceLadder &m_ladder;
    LadderStyle m_style;
    QStringList m_highlighted;
    QPaintDevice *m_device = nullptr;
};

} // namespace als
