#include "Theme.h"

#include <QApplication>
#include <QStyle>

#include <cmath>
#include <optional>

namespace als {

namespace {
bool g_highContrast = false;
std::optional<QPalette> g_original;  // the desktop's palette, as found before high contrast replaced it

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}
} // namespace

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette Theme::highContrastPalette()
{
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    const QColor yellow(255, 255, 0);
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, yellow);
        p.setColor(group, QPalette::LinkVisited, QColor(0xff, 0xc0, 0xff));
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
    }
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(QPalette::Disabled, role, black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xb0, 0xb0, 0xb0));  // 9.6:1: dimmed, still readable
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x80, 0x80, 0x00));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return p;
}

QPalette Theme::standardPalette()
{
    return g_original ? *g_original : QApplication::palette();
}

void Theme::apply(bool highContrast)
{
    if (highContrast && !g_highContrast)
        g_original = QApplication::palette();
    const QPalette target = highContrast ? highContrastPalette() : standardPalette();
    g_highContrast = highContrast;
    QApplication::setPalette(target);
    // On black, the style's dark frames vanish: every field and button gets a plain white edge instead.
    if (!highContrast && qApp->styleSheet().isEmpty())
        return;
    qApp->setStyleSheet(highContrast ? QStringLiteral(
                            "QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QListWidget, QTableView, QPushButton "
                            "{ border: 2px solid #ffffff; }"
                            "QPushButton { padding: 6px 14px; }"
                            "QRadioButton::indicator, QCheckBox::indicator { width: 22px; height: 22px; "
                            "border: 2px solid #ffffff; background: #000000; }"
                            "QRadioButton::indicator { border-radius: 13px; }"
                            "QRadioButton::indicator:checked, QCheckBox::indicator:checked { background: #ffff00; "
                            "border: 5px solid #ffffff; }")
                                     : QString());
}

bool Theme::isHighContrast()
{
    return g_highContrast;
}

bool Theme::systemPrefersHighContrast()
{
    const QString gtk = qEnvironmentVariable("GTK_THEME");
    return gtk.contains(QLatin1String("HighContrast"), Qt::CaseInsensitive)
        || gtk.contains(QLatin1String("ContrastHigh"), Qt::CaseInsensitive);
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 100;
}

QColor Theme::errorColour(const QPalette &palette)
{
    // Dark orange-red on light (7.1:1 on white), light orange on dark (11:1 on black).
    return isDark(palette) ? QColor(0xff, 0xb0, 0x80) : QColor(0x9a, 0x2c, 0x00);
}

QColor Theme::warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xff, 0x00) : QColor(0x4a, 0x24, 0x00);
}

QColor Theme::warningBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x2a, 0x22, 0x00) : QColor(0xff, 0xf0, 0xc0);
}

QColor Theme::tint(const QPalette &palette, const QColor &accent)
{
    const QColor base = palette.color(QPalette::Window);
    const double a = isDark(palette) ? 0.25 : 0.12;
    return QColor(int(base.red() * (1 - a) + accent.red() * a), int(base.green() * (1 - a) + accent.green() * a),
                  int(base.blue() * (1 - a) + accent.blue() * a));
}

} // namespace als
