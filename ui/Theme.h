#pragma once

#include <QColor>
#include <QPalette>

namespace als {

// The two looks of the guide: the standard one, and high contrast (white and yellow on black, every text colour
// at least 7:1 against its background, WCAG 1.4.6). Colours that widgets pick themselves come from here too, so
// they follow the theme.
class Theme final
{
public:
    static QPalette highContrastPalette();
    static QPalette standardPalette();
    static void apply(bool highContrast);
    static bool isHighContrast();
    // The desktop asks for high contrast (as far as Qt 6.4 lets us know: GTK's HighContrast themes).
    static bool systemPrefersHighContrast();

    static double contrastRatio(const QColor &a, const QColor &b);
    static bool isDark(const QPalette &palette);
    static QColor errorColour(const QPalette &palette);
    // The notice that the content is past its review date: dark brown on pale amber in a light theme, yellow on a
    // dark amber in a dark or high-contrast one; both far past 7:1.
    static QColor warningText(const QPalette &palette);
    static QColor warningBackground(const QPalette &palette);
    // A light wash of the accent over the window colour (a dark one in a dark theme).
    static QColor tint(const QPalette &palette, const QColor &accent);
};

} // namespace als
