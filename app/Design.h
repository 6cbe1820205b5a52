#pragma once

// The guide's design tokens, in one place for the screen and for paper: the reading size and line height, the
// heading scale, the spacing rhythm, the reading measure, the one accent colour, the callout tints, the table
// style and the button colours, each with its high-contrast variant.
//
// Sizes are CSS pixels (1/96 inch) at 100 % text. The screen multiplies them by the text scale; paper takes the
// same ratios to its own body size (Qt's text layout turns pixels into device units on a printer).

#include <QColor>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace als::design {

// ---- Type ----

// Body text at 100 %: the guide's own reading size, whatever the desktop's font size is.
inline constexpr qreal kBodyPx = 16;
// Japanese needs a tall line (about 1.7); English reads well with it too.
inline constexpr int kLineHeightPercent = 170;
inline constexpr int kHeadingLineHeightPercent = 135;
inline constexpr int kTableLineHeightPercent = 150;

// Heading sizes as multiples of the body size, level 1 to 4 (a gentle, clearly stepped scale).
inline constexpr qreal headingScale(int level)
{
    return level <= 1 ? 1.75 : level == 2 ? 1.4 : level == 3 ? 1.2 : 1.05;
}

// ---- Spacing rhythm ----

// Every gap is a whole number of quarter-body units: 4, 8, 12, 16, 24 and 32 px at 100 %.
enum class Space { XS = 1, S = 2, M = 3, L = 4, XL = 6, XXL = 8 };
inline constexpr qreal space(Space step, qreal bodyPx = kBodyPx)
{
    return int(step) * bodyPx / 4;
}

// ---- Reading measure ----

// A comfortable line: about 40–45 Japanese characters, about 70 Latin ones.
inline constexpr int kMeasureJapanese = 42;
inline constexpr int kMeasureLatin = 70;
// The least room either side of the text on a narrow window, as a multiple of the body size (and never under
// kMinSideMarginPx).
inline constexpr qreal kMinSideMarginEm = 0.75;
inline constexpr qreal kMinSideMarginPx = 16;
// A table of many columns may be wider than the text column, up to this multiple of it (and the window).
inline constexpr qreal kWideTableFactor = 1.6;
inline constexpr int kWideTableColumns = 4;

// ---- Tables: one style everywhere ----

inline constexpr qreal kCellPaddingEm = 0.45;  // about 7 px at 100 %
inline constexpr qreal kRuleWidthPx = 1;

// ---- Callouts ----

enum class Callout { None = 0, KeyPoints = 1, Warning = 2 };
inline constexpr qreal kCalloutBorderPx = 1;
inline constexpr qreal kCalloutBorderHighContrastPx = 3;

// ---- Colour ----

// The accent: a calm, deep blue (7.6:1 on white), used for links, the key-point callouts and primary buttons.
inline constexpr QColor kAccent(0x1a, 0x55, 0x90);
// Its light variant for dark backgrounds.
inline constexpr QColor kAccentOnDark(0x9c, 0xc8, 0xff);
// Warnings: amber.
inline constexpr QColor kWarningAccent(0xb0, 0x5a, 0x00);
inline constexpr QColor kDestructive(0xa4, 0x26, 0x2c);  // white on it: 7.3:1
inline constexpr qreal kMinContrast = 7.0;               // WCAG 1.4.6, for every text colour

inline qreal relativeLuminance(const QColor &colour)
{
    auto channel = [](int value) {
        const qreal c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue());
}

inline qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// amount 0 gives a, 1 gives b.
inline QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    auto channel = [amount](int x, int y) { return int(std::lround(x + (y - x) * amount)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

inline bool isDark(const QColor &background)
{
    return relativeLuminance(background) < 0.18;
}

// The colour itself if it reaches the ratio on that background, else the least change towards black (on a light
// background) or white (on a dark one) that does.
inline QColor withContrast(const QColor &colour, const QColor &background, qreal ratio = kMinContrast)
{
    const QColor pole = isDark(background) ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = mix(colour, pole, step / 20.0);
        if (contrastRatio(candidate, background) >= ratio)
            return candidate;
    }
    return pole;
}

// Every colour a reading text uses, for one palette (screen) or for paper.
struct Colours
{
    QColor text;
    QColor background;
    QColor link;
    QColor rule;            // table rules: single and light
    QColor headerShade;     // a table's heading row
    QColor keyPointsTint;   // 「この章の要点」 boxes
    QColor keyPointsEdge;
    QColor warningTint;     // 「注意」 boxes
    QColor warningEdge;
    qreal calloutBorder = kCalloutBorderPx;
    bool highContrast = false;

    QColor tint(Callout kind) const { return kind == Callout::Warning ? warningTint : keyPointsTint; }
    QColor edge(Callout kind) const { return kind == Callout::Warning ? warningEdge : keyPointsEdge; }

    // A text colour that reaches 7:1 on every background a reading text has (the page, the table heading row and
    // both callout tints).
    QColor readable(const QColor &colour) const
    {
        QColor c = colour;
        for (int round = 0; round < 3; ++round) {
            for (const QColor &bg : {background, headerShade, keyPointsTint, warningTint})
                c = withContrast(c, bg);
        }
        return c;
    }

    static Colours forPalette(const QPalette &palette, bool highContrast)
    {
        Colours c;
        c.background = palette.color(QPalette::Base);
        c.highContrast = highContrast;
        const bool dark = isDark(c.background);
        if (highContrast) {
            c.rule = QColor(0xc0, 0xc0, 0xc0);
            c.headerShade = QColor(0x1a, 0x1a, 0x1a);
            c.keyPointsTint = QColor(0x00, 0x1c, 0x38);
            c.keyPointsEdge = QColor(Qt::white);
            c.warningTint = QColor(0x2a, 0x22, 0x00);
            c.warningEdge = QColor(0xff, 0xff, 0x00);
            c.calloutBorder = kCalloutBorderHighContrastPx;
        } else {
            const QColor ink = palette.color(QPalette::Text);
            c.rule = mix(c.background, ink, dark ? 0.35 : 0.22);
            c.headerShade = mix(c.background, ink, dark ? 0.12 : 0.06);
            c.keyPointsTint = mix(c.background, dark ? kAccentOnDark : kAccent, dark ? 0.16 : 0.09);
            c.keyPointsEdge = dark ? kAccentOnDark : kAccent;
            c.warningTint = dark ? QColor(0x2a, 0x22, 0x00) : QColor(0xff, 0xf2, 0xcc);
            c.warningEdge = dark ? QColor(0xff, 0xc8, 0x60) : kWarningAccent;
        }
        c.text = c.readable(palette.color(QPalette::Text));
        // High contrast keeps its own link colour (yellow); otherwise links take the accent.
        c.link = c.readable(highContrast ? palette.color(QPalette::Link) : dark ? kAccentOnDark : kAccent);
        return c;
    }

    // Paper: black on white, light tints that still read on a grey-scale printer.
    static Colours paper()
    {
        Colours c;
        c.text = QColor(Qt::black);
        c.background = QColor(Qt::white);
        c.link = QColor(Qt::black);
        c.rule = QColor(0xa8, 0xa8, 0xa8);
        c.headerShade = QColor(0xec, 0xec, 0xec);
        c.keyPointsTint = QColor(0xea, 0xf1, 0xf8);
        c.keyPointsEdge = kAccent;
        c.warningTint = QColor(0xff, 0xf2, 0xcc);
        c.warningEdge = kWarningAccent;
        return c;
    }
};

// Buttons: the one action a form is for, and the one that throws something away.
struct ButtonColours
{
    QColor primary;
    QColor primaryText;
    QColor destructive;
    QColor destructiveText;
    QColor destructiveBorder;

    static ButtonColours forPalette(const QPalette &palette, bool highContrast)
    {
        ButtonColours b;
        if (highContrast) {
            b.primary = QColor(0xff, 0xff, 0x00);
            b.primaryText = QColor(Qt::black);
            b.destructive = QColor(Qt::black);
            b.destructiveText = QColor(0xff, 0xb0, 0x80);
            b.destructiveBorder = b.destructiveText;
            return b;
        }
        const bool dark = isDark(palette.color(QPalette::Window));
        b.primary = dark ? kAccentOnDark : kAccent;
        b.primaryText = dark ? QColor(Qt::black) : QColor(Qt::white);
        b.destructive = dark ? QColor(0xff, 0xb0, 0xa8) : kDestructive;
        b.destructiveText = dark ? QColor(Qt::black) : QColor(Qt::white);
        b.destructiveBorder = b.destructive;
        return b;
    }
};

} // namespace als::design
