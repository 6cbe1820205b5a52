#include "StartScreen.h"

#include "Design.h"
#include "Theme.h"

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace als {

namespace {

// Every gap of the screen is a step of the design's rhythm, grown with the text.
int spacing(design::Space step)
{
    return int(std::lround(design::space(step) * Theme::textScale()));
}

// The least width and height of every button: 44 px at 100 % (WCAG 2.5.5, and for hands with ALS), grown with the text.
int targetSize()
{
    return int(std::lround(44 * Theme::textScale()));
}

// A font `factor` times the body size at 100 %. Larger text adds to it what it adds to the body, no more: at 300 %
// the title stays a title without pushing the two choices off the screen.
QFont sizedFont(const QFont &family, qreal factor)
{
    QFont font = family;
    font.setPixelSize(int(std::lround(design::kBodyPx * (Theme::textScale() + factor - 1))));
    return font;
}

QLabel *textLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter);
    return label;
}

QPushButton *choiceButton(const QString &name)
{
    auto *button = new QPushButton;
    button->setObjectName(name);
    button->setAutoDefault(false);
    button->setCheckable(true);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

QList<int> StartScreen::textScaleChoices()
{
    return {100, 150, 200};
}

StartScreen::StartScreen(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startScreen"));
    // The screen scrolls rather than cut anything off, at 300 % text on a small screen.
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("startScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    auto *canvas = new QWidget;
    auto *canvasLayout = new QHBoxLayout(canvas);
    m_column = new QWidget;
    m_column->setObjectName(QStringLiteral("startColumn"));
    canvasLayout->addStretch(1);
    canvasLayout->addWidget(m_column, 100);
    canvasLayout->addStretch(1);
    m_scroll->setWidget(canvas);

    auto *column = new QVBoxLayout(m_column);
    m_title = textLabel("startTitle");
    m_subtitle = textLabel("startSubtitle");
    m_welcome = textLabel("startWelcome");

    // The two ways on, made in the order the keyboard takes them.
    m_read = new QPushButton;
    m_read->setObjectName(QStringLiteral("startRead"));
    m_ask = new QPushButton;
    m_ask->setObjectName(QStringLiteral("startAsk"));
    for (QPushButton *b : {m_read, m_ask}) {
        b->setAutoDefault(false);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // The accent the guide gives its one way to a person: here both choices are the screen's purpose.
        b->setProperty(Theme::kRoleProperty, QStringLiteral("primary"));
    }
    connect(m_read, &QPushButton::clicked, this, &StartScreen::readChosen);
    connect(m_ask, &QPushButton::clicked, this, &StartScreen::askChosen);
    auto *ways = new QBoxLayout(QBoxLayout::LeftToRight);
    ways->addWidget(m_read);
    ways->addWidget(m_ask);

    m_languageLabel = textLabel("startLanguageLabel");
    m_japanese = choiceButton(QStringLiteral("startJapanese"));
    m_english = choiceButton(QStringLiteral("startEnglish"));
    // Each language named in itself, whatever the screen is in now, so that a reader of the other finds theirs.
    m_japanese->setText(QStringLiteral("日本語"));
    m_english->setText(QStringLiteral("English"));
    m_japanese->setAccessibleName(QStringLiteral("日本語"));
    m_english->setAccessibleName(QStringLiteral("English"));
    // Not in a QButtonGroup: there checkable buttons share one stop for Tab, like radio buttons, and each choice
    // here is a large button of its own. The pressed one is the choice in use, as MainWindow says after each press.
    connect(m_japanese, &QPushButton::clicked, this, [this] {
        Q_EMIT languageChosen(Language::Japanese);
        retranslate();
    });
    connect(m_english, &QPushButton::clicked, this, [this] {
        Q_EMIT languageChosen(Language::English);
        retranslate();
    });
    auto *languageRow = new QBoxLayout(QBoxLayout::LeftToRight);
    languageRow->addWidget(m_japanese);
    languageRow->addWidget(m_english);

    m_sizeLabel = textLabel("startSizeLabel");
    auto *sizeRow = new QBoxLayout(QBoxLayout::LeftToRight);
    for (int percent : textScaleChoices()) {
        QPushButton *b = choiceButton(QStringLiteral("startSize%1").arg(percent));
        m_sizes << b;
        sizeRow->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, percent] {
            Q_EMIT textScaleChosen(percent);
            retranslate();
        });
    }

    auto *languageGroup = new QVBoxLayout;
    languageGroup->addWidget(m_languageLabel);
    languageGroup->addLayout(languageRow);
    auto *sizeGroup = new QVBoxLayout;
    sizeGroup->addWidget(m_sizeLabel);
    sizeGroup->addLayout(sizeRow);
    auto *choices = new QBoxLayout(QBoxLayout::LeftToRight);
    choices->addLayout(languageGroup, 2);
    choices->addLayout(sizeGroup, 3);

    m_contact = textLabel("startContact");

    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_subtitle);
    column->addWidget(m_welcome);
    column->addLayout(ways);
    column->addSpacing(spacing(design::Space::L));
    column->addLayout(choices);
    column->addStretch(1);
    column->addWidget(m_contact);
    // Inner rows first: whether a group fits beside another depends on how its own buttons are laid out.
    m_rows = {languageRow, sizeRow, choices, ways};

    Theme::applyButtonRoles(this);
    retranslate();
    applySizes();
}

StartScreen::~StartScreen() = default;

void StartScreen::setClinicProfile(const ClinicProfile &profile)
{
    m_clinic = profile;
    retranslate();
}

void StartScreen::setLanguage(Language language)
{
    m_language = language;
    retranslate();
}

void StartScreen::setTextScale(int percent)
{
    m_textScale = percent;
    retranslate();
    applySizes();
}

void StartScreen::focusFirstChoice()
{
    m_scroll->ensureWidgetVisible(m_read);
    m_read->setFocus(Qt::OtherFocusReason);
}

void StartScreen::retranslate()
{
    setAccessibleName(tr("Start"));
    const QString guide = tr("ALS Evidence Guide");
    m_title->setText(m_clinic.isSet() ? m_clinic.name.trimmed() : guide);
    m_subtitle->setText(guide);
    m_subtitle->setVisible(m_clinic.isSet());
    m_welcome->setText(tr("Welcome. What would you like to do?"));
    m_read->setText(tr("Read the guide"));
    m_read->setAccessibleName(m_read->text());
    m_read->setAccessibleDescription(tr("What is known about ALS and its treatments, in plain words."));
    m_ask->setText(tr("Ask a question"));
    m_ask->setAccessibleName(m_ask->text());
    m_ask->setAccessibleDescription(m_clinic.isSet()
                                        ? tr("Write down your question for %1.").arg(m_clinic.name.trimmed())
                                        : tr("Write down your question."));

    // Both languages in the heading, so that someone who reads only the other one still knows what this row is.
    m_languageLabel->setText(tr("Language / 言語"));
    m_japanese->setChecked(m_language == Language::Japanese);
    m_english->setChecked(m_language == Language::English);

    const bool known = textScaleChoices().contains(m_textScale);
    m_sizeLabel->setText(known ? tr("Text size") : tr("Text size (now %1 %)").arg(m_textScale));
    const QStringList names = {tr("Standard"), tr("Larger"), tr("Largest")};
    const QList<int> percents = textScaleChoices();
    for (int i = 0; i < percents.size(); ++i) {
        QPushButton *b = m_sizes.at(i);
        b->setChecked(percents.at(i) == m_textScale);
        b->setAccessibleName(tr("Text size: %1").arg(names.at(i)));
    }
    // The choice in use carries a mark and bold type as well as its pressed look, which high contrast does not show.
    const auto mark = [](QPushButton *b, const QString &text) {
        b->setText(b->isChecked() ? QStringLiteral("✓ ") + text : text);
        QFont font = b->font();
        font.setBold(b->isChecked());
        b->setFont(font);
        // A minimum of our own replaces the button's: it must still hold the whole text.
        b->setMinimumWidth(std::max(targetSize(), b->sizeHint().width()));
    };
    mark(m_japanese, QStringLiteral("日本語"));
    mark(m_english, QStringLiteral("English"));
    for (int i = 0; i < percents.size(); ++i)
        mark(m_sizes.at(i), names.at(i));

    const QStringList lines = m_clinic.contactLines();
    m_contact->setText(lines.join(QLatin1Char('\n')));
    m_contact->setAccessibleName(m_contact->text());
    m_contact->setVisible(!lines.isEmpty());
    arrangeRows();
}

void StartScreen::applySizes()
{
    const qreal scale = Theme::textScale();
    const int target = targetSize();
    const QFont base = font();
    const QFont body = Theme::readingFont(base);

    QFont title = sizedFont(base, design::headingScale(1));
    title.setBold(true);
    m_title->setFont(title);
    m_subtitle->setFont(sizedFont(base, design::headingScale(4)));
    QFont welcome = sizedFont(base, design::headingScale(4));
    welcome.setBold(true);
    m_welcome->setFont(welcome);

    QFont big = sizedFont(base, design::headingScale(2));
    big.setBold(true);
    const int bigLine = QFontMetrics(big).height();
    for (QPushButton *b : {m_read, m_ask}) {
        b->setFont(big);
        // Two lines' height or more: a large target for an unsteady hand, found at a glance.
        b->setMinimumHeight(std::max(target, bigLine * 2));
    }

    QFont label = body;
    label.setBold(true);
    m_languageLabel->setFont(label);
    m_sizeLabel->setFont(label);
    const int choiceHeight = std::max(target, QFontMetrics(body).height() + spacing(design::Space::L));
    QList<QPushButton *> choices = m_sizes;
    choices << m_japanese << m_english;
    for (QPushButton *b : std::as_const(choices)) {
        QFont f = body;
        f.setBold(b->isChecked());
        b->setFont(f);
        b->setMinimumSize(std::max(target, b->sizeHint().width()), choiceHeight);
    }

    // The small print: smaller than the body, still growing with it.
    QFont small = body;
    small.setPixelSize(std::max(1, int(std::lround(14 * scale))));
    m_contact->setFont(small);

    // The gaps grow less than the text: at 300 % both choices still fit on a 768 px high screen.
    const int gap = std::min(spacing(design::Space::L), int(design::space(design::Space::XL)));
    auto *column = static_cast<QVBoxLayout *>(m_column->layout());
    column->setSpacing(gap);
    column->setContentsMargins(gap, gap, gap, gap);
    for (QBoxLayout *row : std::as_const(m_rows))
        row->setSpacing(gap);
    // About 48 characters of body text across: the choices stay together on a wide screen.
    m_column->setMaximumWidth(int(std::lround(design::kBodyPx * scale * 48)));
    arrangeRows();
}

void StartScreen::arrangeRows()
{
    if (m_rows.isEmpty())
        return;
    // The column's width inside the scroll area, with room kept for a vertical scroll bar that may yet appear.
    const QMargins column = m_column->layout()->contentsMargins();
    const QMargins canvas = m_scroll->widget()->layout()->contentsMargins();
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width()
        + style()->pixelMetric(QStyle::PM_ScrollView_ScrollBarSpacing, nullptr, m_scroll);
    const int available = std::min(width() - scrollBar - canvas.left() - canvas.right(), m_column->maximumWidth())
        - column.left() - column.right();
    for (QBoxLayout *row : std::as_const(m_rows)) {
        int wanted = row->spacing() * std::max(0, row->count() - 1);
        for (int i = 0; i < row->count(); ++i) {
            QLayoutItem *item = row->itemAt(i);
            // A group's own width when its buttons sit side by side: its widest member.
            wanted += item->layout() ? item->layout()->sizeHint().width() : item->sizeHint().width();
        }
        const auto direction = wanted <= available ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
        if (row->direction() != direction)
            row->setDirection(direction);
    }
}

void StartScreen::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        Theme::applyButtonRoles(this);
        break;
    default:
        break;
    }
}

void StartScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeRows();
}

} // namespace als
