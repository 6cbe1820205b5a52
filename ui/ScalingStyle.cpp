#include "ScalingStyle.h"

#include "Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabBar>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace als {

namespace {

QPointer<ScalingStyle> g_installed;

// The high-contrast look has always had indicators of at least this size, whatever the text.
constexpr int kHighContrastIndicator = 22;

QFontMetrics metricsFor(const QStyleOption *option, const QWidget *widget)
{
    if (widget)
        return widget->fontMetrics();
    if (option)
        return option->fontMetrics;
    return QFontMetrics(QApplication::font());
}

bool isTabScrollButton(const QWidget *widget)
{
    return qobject_cast<const QToolButton *>(widget) && qobject_cast<const QTabBar *>(widget->parentWidget());
}

// A solid triangle pointing the arrow's way, about half a line of text high.
void drawArrow(QStyle::PrimitiveElement element, const QStyleOption *option, QPainter *painter,
               const QFontMetrics &metrics)
{
    const QRectF r = option->rect;
    const qreal size = std::clamp(metrics.height() * 0.5, 8.0, std::min(r.width(), r.height()) * 0.7);
    const qreal half = size / 2;
    const QPointF c = r.center();
    QPolygonF triangle;
    switch (element) {
    case QStyle::PE_IndicatorArrowLeft:
        triangle << QPointF(c.x() - half / 2, c.y()) << QPointF(c.x() + half / 2, c.y() - half)
                 << QPointF(c.x() + half / 2, c.y() + half);
        break;
    case QStyle::PE_IndicatorArrowRight:
        triangle << QPointF(c.x() + half / 2, c.y()) << QPointF(c.x() - half / 2, c.y() - half)
                 << QPointF(c.x() - half / 2, c.y() + half);
        break;
    case QStyle::PE_IndicatorArrowUp:
        triangle << QPointF(c.x(), c.y() - half / 2) << QPointF(c.x() - half, c.y() + half / 2)
                 << QPointF(c.x() + half, c.y() + half / 2);
        break;
    default:
        triangle << QPointF(c.x(), c.y() + half / 2) << QPointF(c.x() - half, c.y() - half / 2)
                 << QPointF(c.x() + half, c.y() - half / 2);
        break;
    }
    const bool enabled = option->state & QStyle::State_Enabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option->palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
    painter->drawPolygon(triangle);
    painter->restore();
}

// High contrast: a white (text-coloured) edge on black, and a yellow (highlight) mark when chosen, at any size.
void drawHighContrastIndicator(QStyle::PrimitiveElement element, const QStyleOption *option, QPainter *painter)
{
    const bool enabled = option->state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = enabled ? QPalette::Active : QPalette::Disabled;
    const QColor edge = option->palette.color(group, QPalette::WindowText);
    const QColor fill = option->palette.color(group, QPalette::Base);
    const QColor mark = option->palette.color(group, QPalette::Highlight);
    const QColor onMark = option->palette.color(group, QPalette::HighlightedText);
    const qreal side = std::min(option->rect.width(), option->rect.height());
    const qreal pen = std::max(2.0, std::round(side / 11));
    QRectF box(0, 0, side - pen, side - pen);
    box.moveCenter(QRectF(option->rect).center());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge, pen));
    painter->setBrush(fill);
    const bool radio = element == QStyle::PE_IndicatorRadioButton;
    if (radio)
        painter->drawEllipse(box);
    else
        painter->drawRect(box);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mark);
    const QRectF inner = box.adjusted(pen * 1.25, pen * 1.25, -pen * 1.25, -pen * 1.25);
    if (radio && (option->state & QStyle::State_On)) {
        painter->drawEllipse(inner);
    } else if (!radio && (option->state & QStyle::State_NoChange)) {
        painter->drawRect(QRectF(inner.left(), inner.center().y() - pen, inner.width(), 2 * pen));
    } else if (!radio && (option->state & QStyle::State_On)) {
        painter->drawRect(inner);
        QPainterPath tick;
        tick.moveTo(inner.left() + inner.width() * 0.18, inner.top() + inner.height() * 0.52);
        tick.lineTo(inner.left() + inner.width() * 0.42, inner.top() + inner.height() * 0.76);
        tick.lineTo(inner.left() + inner.width() * 0.84, inner.top() + inner.height() * 0.26);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(onMark, std::max(2.0, pen * 1.2), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter->drawPath(tick);
    }
    painter->restore();
}

} // namespace

ScalingStyle::ScalingStyle(QStyle *base)
    : QProxyStyle(base)
{
}

void ScalingStyle::followTextSize()
{
    if (!g_installed) {
        // The same style the application has now (by its name: the one in use may be wrapped by a style sheet).
        auto *style = new ScalingStyle(QStyleFactory::create(QApplication::style()->name()));
        g_installed = style;
        QApplication::setStyle(style);
    }
    if (const QString sheet = qApp->styleSheet(); !sheet.isEmpty())
        qApp->setStyleSheet(sheet);
    for (QWidget *w : QApplication::allWidgets()) {
        if (const QString sheet = w->styleSheet(); !sheet.isEmpty())
            w->setStyleSheet(sheet);
    }
}

int ScalingStyle::indicatorSize(const QFontMetrics &metrics, int styleSize)
{
    return std::max({styleSize, metrics.height(), Theme::isHighContrast() ? kHighContrastIndicator : 0});
}

int ScalingStyle::scrollButtonWidth(const QFontMetrics &metrics, int styleWidth)
{
    return std::max({styleWidth, kMinTarget, int(std::lround(metrics.height() * 1.2))});
}

int ScalingStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return indicatorSize(metricsFor(option, widget), base);
    case PM_TabBarScrollButtonWidth:
        return scrollButtonWidth(metricsFor(option, widget), base);
    case PM_CheckBoxLabelSpacing:
    case PM_RadioButtonLabelSpacing:
        // The gap between a larger mark and its label grows with them, so the two do not run together.
        return std::max(base, int(std::lround(metricsFor(option, widget).height() * 0.3)));
    default:
        return base;
    }
}

void ScalingStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    switch (element) {
    case PE_IndicatorArrowLeft:
    case PE_IndicatorArrowRight:
    case PE_IndicatorArrowUp:
    case PE_IndicatorArrowDown:
        if (isTabScrollButton(widget)) {
            drawArrow(element, option, painter, metricsFor(option, widget));
            return;
        }
        break;
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton:
        if (Theme::isHighContrast()) {
            drawHighContrastIndicator(element, option, painter);
            return;
        }
        break;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace als
