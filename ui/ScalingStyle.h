#pragma once

#include <QProxyStyle>

namespace als {

// The parts of the desktop's style that stay a fixed size while the text grows: radio and check indicators, and
// the tab bar's scroll buttons. Here they follow the text instead, so at 300 % a box is as tall as its label's
// line and the tab row's arrows are large targets (at least 44 px, for hands with ALS) with arrows one can see.
// In high contrast the indicators are drawn in the theme's own colours (white edge on black, yellow mark), so
// they keep 7:1 at any size.
class ScalingStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScalingStyle)

public:
    static constexpr int kMinTarget = 44;

    // base: the style to scale (owned); nullptr for the desktop's default style.
    explicit ScalingStyle(QStyle *base = nullptr);

    // Puts the style under the whole application, once, and makes every widget take the application font again:
    // to be called each time the text size changes. (Under a style sheet Qt 6.4 leaves widgets polished by it at
    // their old font when only the application font changes; re-applying the sheet brings them along.)
    static void followTextSize();

    // How big an indicator is for text in this font: the height of one line, never less than the style's own
    // (nor, in high contrast, than the 22 px that look has always had).
    static int indicatorSize(const QFontMetrics &metrics, int styleSize);
    // The width of each tab bar scroll button for text in this font.
    static int scrollButtonWidth(const QFontMetrics &metrics, int styleWidth);

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace als
