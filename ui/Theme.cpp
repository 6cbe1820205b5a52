#include "Theme.h"

#include "Design.h"
#include "MainWindow.h"

#include <QApplication>
#include <QPushButton>
#include <QStyle>

#include <cmath>
#include <optional>

namespace als {

namespace {
bool g_highContrast = false;
std::optional<QPalette> g_original;  // the desktop's palette, as found before high contrast replaced it

} // namespace

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    return design::contrastRatio(a, b);
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
    // The style sheet goes first: taking it away gives widgets back the palettes they had when it came (a tinted
    // panel's black one, say), and the new palette must be the last word on them.
    const bool hadSheet = !qApp->styleSheet().isEmpty();
    if (!highContrast && hadSheet)
        qApp->setStyleSheet(QString());
    QApplication::setPalette(target);
    if (!highContrast) {
        // Widgets made while the style sheet was there got back its era's palette when it went, and keep it even
        // though they follow the application's: ask them to follow it again.
        if (hadSheet) {
            for (QWidget *w : QApplication::allWidgets()) {
                if (!w->testAttribute(Qt::WA_SetPalette))
                    w->setPalette(QPalette());
            }
        }
        return;
    }
    // On black, the style's dark frames vanish: every field and button gets a plain white edge instead. (Radio and
    // check indicators are drawn by ScalingStyle, in these colours and as large as the text.)
    qApp->setStyleSheet(QStringLiteral(
                            "QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QListWidget, QTableView, QPushButton "
                            "{ border: 2px solid #ffffff; }"
                            "QPushButton { padding: 6px 14px; }"
                            "QPushButton[role=\"primary\"] { background: #ffff00; color: #000000; "
                            "border: 2px solid #ffff00; }"
                            "QPushButton[role=\"destructive\"] { color: #ffb080; border: 3px solid #ffb080; }"));
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
    // The same test the reading text's colours use, so the ladder, the notice and the text agree on a mid grey.
    return design::isDark(palette.color(QPalette::Window));
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

QColor Theme::readAloudBackground(const QPalette &palette)
{
    if (isHighContrast())
        return palette.color(QPalette::Highlight);
    return isDark(palette) ? QColor(0x5c, 0x45, 0x00) : QColor(0xff, 0xf1, 0xa8);
}

QColor Theme::readAloudText(const QPalette &palette)
{
    if (isHighContrast())
        return palette.color(QPalette::HighlightedText);
    return isDark(palette) ? QColor(0xff, 0xff, 0xff) : QColor(0x1a, 0x1a, 0x1a);
}

QColor Theme::tint(const QPalette &palette, const QColor &accent)
{
    const QColor base = palette.color(QPalette::Window);
    const double a = isDark(palette) ? 0.25 : 0.12;
    return QColor(int(base.red() * (1 - a) + accent.red() * a), int(base.green() * (1 - a) + accent.green() * a),
                  int(base.blue() * (1 - a) + accent.blue() * a));
}

qreal Theme::textScale()
{
    const QFont base = baseApplicationFont();
    const QFont now = QApplication::font();
    if (base.pointSizeF() > 0 && now.pointSizeF() > 0)
        return now.pointSizeF() / base.pointSizeF();
    if (base.pixelSize() > 0 && now.pixelSize() > 0)
        return qreal(now.pixelSize()) / base.pixelSize();
    return 1.0;
}

QFont Theme::readingFont(const QFont &font)
{
    QFont body = font;
    body.setPixelSize(std::max(1, int(std::lround(design::kBodyPx * textScale()))));
    return body;
}

QFont Theme::headingFont(const QFont &font, int level)
{
    QFont heading = font;
    heading.setPixelSize(std::max(1, int(std::lround(design::kBodyPx * design::headingScale(level) * textScale()))));
    heading.setBold(true);
    return heading;
}

void Theme::applyButtonRoles(QWidget *root)
{
    if (!root)
        return;
    const design::ButtonColours colours = design::ButtonColours::forPalette(QApplication::palette(), isHighContrast());
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        const QString role = button->property(kRoleProperty).toString();
        if (role.isEmpty())
            continue;
        const bool primary = role == QLatin1String("primary");
        QPalette palette = QApplication::palette();
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::Button, primary ? colours.primary : colours.destructive);
            palette.setColor(group, QPalette::ButtonText, primary ? colours.primaryText : colours.destructiveText);
        }
        // Colour only: a font of its own would stop the button following the text size everywhere it should.
        if (button->palette() != palette)
            button->setPalette(palette);
    }
}

} // namespace als
