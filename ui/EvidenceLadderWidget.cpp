#include "EvidenceLadderWidget.h"

#include "LadderPainter.h"
#include "Theme.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <utility>

namespace als {

namespace {

LadderStyle styleFor(const QWidget *widget)
{
    LadderStyle style;
    style.font = widget->font();
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
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateAccessibleText();
}

EvidenceLadderWidget::~EvidenceLadderWidget() = default;

void EvidenceLadderWidget::setLanguage(Language language)
{
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

int EvidenceLadderWidget::heightForWidth(int width) const
{
    return int(LadderPainter(*m_ladder, styleFor(this), m_highlighted).heightForWidth(width)) + 1;
}

QSize EvidenceLadderWidget::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 90;
    return {width, heightForWidth(width)};
}

QSize EvidenceLadderWidget::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 40;
    return {width, heightForWidth(width)};
}

void EvidenceLadderWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    LadderPainter(*m_ladder, styleFor(this), m_highlighted).paint(&painter, QRectF(rect()));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void EvidenceLadderWidget::resizeEvent(QResizeEvent *event)
{
    // Inside a scroll area this makes the picture as tall as its width needs, scrolling rather than clipping.
    setMinimumHeight(heightForWidth(width()));
    QWidget::resizeEvent(event);
}

void EvidenceLadderWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleText();
    if (event->type() == QEvent::FontChange) {
        setMinimumHeight(heightForWidth(width()));
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace als
