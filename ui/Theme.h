#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QWidget;

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
    // The paragraph being read aloud: pale yellow under the normal text in a light theme, the high-contrast
    // highlight (black on yellow) in high contrast, dark amber under light text in a dark theme; all past 7:1.
    static QColor readAloudBackground(const QPalette &palette);
    static QColor readAloudText(const QPalette &palette);
    // A light wash of the accent over the window colour (a dark one in a dark theme).
    static QColor tint(const QPalette &palette, const QColor &accent);

    // The text size the reader chose, as a factor of the size the guide started with (1.0 to 3.0).
    static qreal textScale();
    // The guide's reading size for body text (design::kBodyPx at 100 %, times the text size), in font's family.
    static QFont readingFont(const QFont &font);
    // A heading font of the type scale (level 1 to 4) for widgets that show a heading outside a document.
    static QFont headingFont(const QFont &font, int level);

    // Buttons marked with setProperty("role", "primary") (the one action a form is for) or "destructive" (one that
    // throws something away) take their colours here: every such button under root. SectionView and the inbox
    // call it when shown and when the palette changes; in high contrast the theme's style sheet draws them.
    static void applyButtonRoles(QWidget *root);
    static constexpr const char *kRoleProperty = "role";
};

} // namespace als
