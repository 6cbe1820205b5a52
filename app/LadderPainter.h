#pragma once

#include "EvidenceLadder.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <memory>

class QFontMetricsF;
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
// and words give what those studies found on their main goal; apart from the rungs, the regulators' decision with
// a mark of its own; below, a legend for every mark. Lives in the core so that the widget and printed handouts
// draw the same picture.
//
// The picture is read, so it never cuts or elides a word: text wraps at word and phrase boundaries, and when the
// width is too small for names, four rungs and the regulators' column side by side, the arrangement changes
// (rung names take two staggered lines or a staircase, the decision moves under each name, and at the narrowest
// each row puts its words above its track). The height for a width and the painting come from one layout.
class LadderPainter final
{
public:
    // From the widest arrangement to the narrowest.
    enum class Arrangement {
        Columns,  // names | four rungs | regulators' column
        StatusUnderName,  // names with the regulators' decision under them | four rungs
        Stacked,  // each row: its words across the width, then its track across the width
    };
    // How the rungs' names sit over their columns, from the most compact to the roomiest.
    enum class Header {
        OneLine,  // each name over its column
        TwoTiers,  // staggered on two lines, each name with up to two columns' width
        Staircase,  // one name a line, the strongest on top, each leading down to its column
    };

    // Something the picture drew, where it drew it; text is empty for a mark. For tests that check that every
    // word is there, inside the picture and clear of everything else.
    struct Drawn
    {
        QString text;
        QRectF rect;
    };

    // device: where the picture will be drawn (a PDF page, a printer), for font metrics; nullptr for the screen.
    LadderPainter(const EvidenceLadder &ladder, const LadderStyle &style, const QStringList &highlighted = {},
                  QPaintDevice *device = nullptr);
    ~LadderPainter();
    LadderPainter(const LadderPainter &) = delete;
    LadderPainter &operator=(const LadderPainter &) = delete;

    qreal heightForWidth(qreal width) const;
    Arrangement arrangementForWidth(qreal width) const;
    Header headerForWidth(qreal width) const;
    void paint(QPainter *painter, const QRectF &rect, QList<Drawn> *drawn = nullptr) const;

    // Where a line of text may break: between words and, in Japanese, after a particle or a punctuation mark and
    // before an opening bracket, never inside a word. Joined, the pieces give the text back.
    static QStringList breakUnits(const QString &text);

private:
    struct Metrics;
    struct Text
    {
        QString text;
        QRectF rect;  // from the picture's top left; as wide as the text's advance, as tall as a line
        bool bold = false;
    };
    enum class MarkKind { Result, Status, OtherRung, Highlight };
    struct Mark
    {
        MarkKind kind = MarkKind::Result;
        int value = 0;
        QPointF centre;
        qreal size = 0;
    };
    struct Row
    {
        QRectF band;
        qreal trackY = 0;
        int index = 0;
        bool highlighted = false;
    };
    struct Layout
    {
        Arrangement arrangement = Arrangement::Columns;
        Header header = Header::OneLine;
        qreal width = -1;
        qreal height = 0;
        QList<qreal> columnCentres;
        QList<Row> rows;
        QList<Text> texts;
        QList<Mark> marks;
        QList<QLineF> rules;  // the header's underline and the line that sets the regulators' column apart
        QList<QLineF> leaders;  // from a rung's name to its column, when the names are not right over it
        QList<QLineF> axis;  // the arrow's shaft (one or two pieces) and its head
    };

    const Layout &layout(qreal width) const;
    // How the width left over the minimums is shared out in the widest arrangement.
    struct Split
    {
        qreal names = 0.5;  // of what the rungs leave, the names' share (the rest to the regulators' words)
        qreal columns = 0;  // the rungs' share
    };
    bool arrange(qreal width, Arrangement arrangement, Header header, Split split, bool force, Layout *out) const;
    qreal advance(const QString &text, bool bold) const;
    qreal widestUnit(const QString &text, bool bold) const;
    QStringList wrap(const QString &text, bool bold, qreal width) const;
    // Lays out wrapped lines from top, aligned left, centred on centreX or right; returns the height used.
    enum class Align { Left, Centre, Right };
    qreal addLines(Layout *l, const QString &text, bool bold, qreal left, qreal top, qreal width,
                   Align align = Align::Left, qreal centreX = 0) const;
    qreal linesHeight(const QString &text, bool bold, qreal width) const;

    struct LegendItem
    {
        MarkKind kind = MarkKind::Result;
        int value = 0;
        QString text;
    };
    QList<LegendItem> legendItems() const;
    void drawMarker(QPainter *painter, const QPointF &centre, qreal size, Result result) const;
    void drawStatusMark(QPainter *painter, const QPointF &centre, qreal size, RegulatoryStatus status) const;
    void drawMark(QPainter *painter, const Mark &mark) const;
    QColor colourFor(Result result) const;

    const EvidenceLadder &m_ladder;
    LadderStyle m_style;
    QStringList m_highlighted;
    QFont m_bold;
    std::unique_ptr<QFontMetricsF> m_fm;
    std::unique_ptr<QFontMetricsF> m_boldFm;
    // The same words are measured again for every width tried: remember them, and the last layout.
    mutable QHash<QString, qreal> m_advances[2];
    mutable Layout m_layout;
};

} // namespace als
