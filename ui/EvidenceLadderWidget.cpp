#include "EvidenceLadderWidget.h"

#include "Theme.h"

#include <QEvent>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <cmath>
#include <utility>

namespace als {

namespace {

LadderStyle styleFor(const QWidget *widget)
{
    LadderStyle style;
    // The words of the picture are read like the text around it: the reading size, following the text size.
    style.font = Theme::readingFont(widget->font());
    const QPalette &p = widget->palette();
    style.text = p.color(QPalette::Text);
    style.background = p.color(QPalette::Base);
    style.stripe = p.color(QPalette::AlternateBase);
    if (Theme::isDark(p)) {
        // The same hues, lighter, so every mark stands out on a dark ground; words and shapes still carry them.
        style.bar = QColor(0xd0, 0xd0, 0xd0);
        style.grid = QColor(0x90, 0x90, 0x90);
        style.highlight = QColor(0x40, 0x40, 0x00);
        style.positive = QColor(0x56, 0xb4, 0xe9);
        style.negative = QColor(0xe6, 0x9f, 0x00);
        style.inconclusive = QColor(0xbb, 0xbb, 0xbb);
        style.symbol = Qt::black;
    }
    return style;
}

} // namespace

EvidenceLadderWidget::EvidenceLadderWidget(const Content &content, QStringList highlighted, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_highlighted(std::move(highlighted))
    , m_ladder(std::make_unique<EvidenceLadder>(content, Language::Japanese))
{
    setObjectName(QStringLiteral("evidenceLadder"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateAccessibleText();
}

EvidenceLadderWidget::~EvidenceLadderWidget() = default;

void EvidenceLadderWidget::setLanguage(Language language)
{
    if (language == m_ladder->language())
        return;
    m_painter.reset();
    m_ladder = std::make_unique<EvidenceLadder>(m_content, language);
    updateAccessibleText();
    updateGeometry();
    update();
}

QString EvidenceLadderWidget::textAlternative() const
{
    return m_ladder->textAlternative();
}

void EvidenceLadderWidget::updateAccessibleText()
{
    setAccessibleName(tr("Evidence ladder: how far each treatment has climbed"));
    setAccessibleDescription(textAlternative());
}

const LadderPainter &EvidenceLadderWidget::painter() const
{
    if (!m_painter)
        m_painter = std::make_unique<LadderPainter>(*m_ladder, styleFor(this), m_highlighted);
    return *m_painter;
}

int EvidenceLadderWidget::heightForWidth(int width) const
{
    return int(std::ceil(painter().heightForWidth(width)));
}

QSize EvidenceLadderWidget::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 90;
    return {width, heightForWidth(width)};
}

QSize EvidenceLadderWidget::minimumSizeHint() const
{
    // The picture rearranges itself down to a narrow column rather than ask for width it may not get.
    const int width = fontMetrics().averageCharWidth() * 20;
    return {width, heightForWidth(width)};
}

LadderPainter::Arrangement EvidenceLadderWidget::arrangement() const
{
    return painter().arrangementForWidth(width());
}

QList<LadderPainter::Drawn> EvidenceLadderWidget::drawnItems() const
{
    QImage image(size(), QImage::Format_RGB32);
    QPainter p(&image);
    QList<LadderPainter::Drawn> drawn;
    painter().paint(&p, QRectF(rect()), &drawn);
    return drawn;
}

void EvidenceLadderWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    painter().paint(&p, QRectF(rect()));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void EvidenceLadderWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        updateAccessibleText();
        break;
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        m_painter.reset();
        updateGeometry();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace als
