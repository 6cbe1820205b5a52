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

// Draws the evidence ladder: one row per therapy, the rungs from left (weakest) to right (strongest), a bar up
// to the highest rung reached and a marker whose shape, symbol and word give the result there. Lives in the
// core so that the widget and printed handouts draw the same picture.
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
        qreal headerHeight = 0;
        qreal rowHeight = 0;
        qreal legendHeight = 0;
    };
    Layout layout(qreal width) const;
    void drawMarker(QPainter *painter, const QPointF &centre, qreal size, Result result) const;
    QColor colourFor(Result result) const;

    const EvidenceLadder &m_ladder;
    LadderStyle m_style;
    QStringList m_highlighted;
    QPaintDevice *m_device = nullptr;
};

} // namespace als
