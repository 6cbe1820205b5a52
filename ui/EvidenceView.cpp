#include "EvidenceView.h"

#include "Design.h"
#include "DocumentBuilder.h"
#include "EvidenceLadderWidget.h"
#include "ReadingBrowser.h"
#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTimer>
#include <QToolButton>

#include <cmath>
#include <functional>

namespace als {

// The picture's heading and caption over the text column, the button that hides and shows the picture, and the
// picture itself at its whole height, as wide as a wide table. It lies on an empty box in the text, as tall as it
// is, and scrolls with the text.
class LadderPanel final : public QWidget
{
public:
    explicit LadderPanel(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("evidenceLadderPanel"));
    }

    void setParts(QLabel *heading, QLabel *caption, QToolButton *toggle, EvidenceLadderWidget *ladder)
    {
        m_heading = heading;
        m_caption = caption;
        m_toggle = toggle;
        m_ladder = ladder;
    }

    // Where the text column is, from the panel's left edge: the words line up with the text around them.
    void setColumn(int left, int width)
    {
        m_columnLeft = left;
        m_columnWidth = width;
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(width, false); }

    // Lays the parts out for this width (or only measures them); returns the height they take.
    int arrange(int width, bool place) const
    {
        const int left = std::max(0, std::min(m_columnLeft, width - 1));
        const int column = std::max(1, std::min(m_columnWidth, width - left));
        int y = space(design::Space::XL);
        auto put = [&](QWidget *part, int x, int partWidth, int partHeight, int after) {
            if (place)
                part->setGeometry(x, y, partWidth, partHeight);
            y += partHeight + after;
        };
        put(m_heading, left, column, m_heading->heightForWidth(column), space(design::Space::M));
        put(m_caption, left, column, m_caption->heightForWidth(column), space(design::Space::M));
        const QSize button = m_toggle->sizeHint().expandedTo(m_toggle->minimumSize());
        put(m_toggle, left, std::min(button.width(), width - left), button.height(), space(design::Space::S));
        if (!m_ladder->isHidden())
            put(m_ladder, 0, width, m_ladder->heightForWidth(width), 0);
        return y + space(design::Space::L);
    }

    std::function<void()> sizeChanged;  // its height for a width has changed

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        arrange(width(), true);
        QWidget::resizeEvent(event);
    }

    void changeEvent(QEvent *event) override
    {
        QWidget::changeEvent(event);
        if ((event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) && sizeChanged)
            sizeChanged();
    }

    // The button and the picture lie in the text browser's viewport, and a text browser takes Tab for its own
    // links: go on along the window's focus chain instead.
    bool focusNextPrevChild(bool next) override
    {
        QWidget *from = QApplication::focusWidget();
        if (!from || !isAncestorOf(from))
            from = this;
        for (QWidget *w = next ? from->nextInFocusChain() : from->previousInFocusChain(); w && w != from;
             w = next ? w->nextInFocusChain() : w->previousInFocusChain()) {
            if (w->window() == window() && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
                && !w->focusProxy()) {
                w->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                return true;
            }
        }
        return false;
    }

private:
    int space(design::Space step) const { return qRound(design::space(step, Theme::readingFont(font()).pixelSize())); }

    QLabel *m_heading = nullptr;
    QLabel *m_caption = nullptr;
    QToolButton *m_toggle = nullptr;
    EvidenceLadderWidget *m_ladder = nullptr;
    int m_columnLeft = 0;
    int m_columnWidth = 1;
};

EvidenceView::EvidenceView(const Content &content, const QString &sectionId, QWidget *parent)
    : DocumentView(content, sectionId, parent)
{
    const SectionInfo *section = content.section(sectionId);
    m_panel = new LadderPanel(browser()->viewport());
    m_heading = new QLabel(m_panel);
    m_heading->setObjectName(QStringLiteral("evidenceLadderHeading"));
    m_caption = new QLabel(m_panel);
    m_caption->setObjectName(QStringLiteral("evidenceLadderCaption"));
    for (QLabel *label : {m_heading, m_caption}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setForegroundRole(QPalette::Text);  // as the text around it, on the text's background
    }
    m_toggle = new QToolButton(m_panel);
    m_toggle->setObjectName(QStringLiteral("evidenceLadderToggle"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_toggle->setMinimumHeight(44);
    m_ladder = new EvidenceLadderWidget(content, section ? section->therapies : QStringList(), m_panel);
    m_panel->setParts(m_heading, m_caption, m_toggle, m_ladder);
    m_panel->hide();  // until the text has a place for it

    // The box is fitted again (to a new width, column or text size) once the change has reached every part and
    // the text has been laid out for it: a new text size, for one, reaches the labels, the button, the picture and
    // the text one after another.
    m_refit = new QTimer(this);
    m_refit->setSingleShot(true);
    m_refit->setInterval(0);
    connect(m_refit, &QTimer::timeout, this, [this] {
        fitPlace();
        placePanel();
    });
    m_panel->sizeChanged = [this] { m_refit->start(); };
    m_ladder->installEventFilter(this);
    m_toggle->installEventFilter(this);
    browser()->viewport()->installEventFilter(this);

    connect(m_toggle, &QToolButton::clicked, this, [this] { setLadderShown(!m_shown); });
    connect(browser()->verticalScrollBar(), &QScrollBar::valueChanged, this, &EvidenceView::followScroll);
    connect(browser()->horizontalScrollBar(), &QScrollBar::valueChanged, this, &EvidenceView::followScroll);
    retranslate();
}

EvidenceView::~EvidenceView() = default;

void EvidenceView::build()
{
    // The view's keyboard focus goes to its text, as in every reading view, so that the caret starts at the title.
    // The button and the picture come after the text in the Tab order: they lie inside the text's viewport, and
    // Tab into the view lands on the text. (Set here, in the window: joining it rearranges the chain.)
    QWidget::setTabOrder(browser(), m_toggle);
    QWidget::setTabOrder(m_toggle, m_ladder);
    m_ladder->setLanguage(language());
    DocumentView::build();
    retranslate();
    insertPlace(browser()->document());
}

void EvidenceView::insertPlace(QTextDocument *doc)
{
    if (!doc)
        return;
    // Under the section's title (the text's first heading), else at the top: an empty box with no border or
    // padding, as tall as the panel (set by fitPlace); its one empty line takes no room of its own.
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    const QTextBlock first = doc->begin();
    cursor.setPosition(first.blockFormat().headingLevel() == 1 ? first.position() + first.length() - 1 : 0);
    QTextFrameFormat box;
    box.setProperty(DocumentBuilder::kWideFrameProperty, true);
    box.setBorder(0);
    box.setPadding(0);
    box.setMargin(0);
    box.setHeight(QTextLength(QTextLength::FixedLength, 1));
    m_place = cursor.insertFrame(box);
    QTextCharFormat tiny;
    tiny.setFontPointSize(1);
    cursor.setBlockCharFormat(tiny);
    cursor.endEditBlock();

    m_placedIn = doc;
    m_hasPlace = true;
    connect(doc->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, &EvidenceView::placePanel,
            Qt::UniqueConnection);
    connect(doc->documentLayout(), &QAbstractTextDocumentLayout::update, this, &EvidenceView::placePanel,
            Qt::UniqueConnection);
    // The box takes its place in the reading column (as wide as a wide table) like the rest of the text.
    browser()->restyle();
    fitPlace();
    placePanel();
}

QRect EvidenceView::placeRect() const
{
    // The box's one line spans its width and starts at its top: so does the panel.
    QTextDocument *doc = browser()->document();
    if (!m_place || doc != m_placedIn)
        return {};
    const QRectF line = doc->documentLayout()->blockBoundingRect(doc->findBlock(m_place->firstPosition()));
    return QRect(qRound(line.left()), qRound(line.top()), int(std::floor(line.width())), 0);
}

void EvidenceView::fitPlace()
{
    const QRect place = placeRect();
    if (place.width() <= 0)
        return;
    const int column = int(browser()->columnWidth(browser()->viewport()->width()));
    m_panel->setColumn((browser()->viewport()->width() - column) / 2 - place.left(), column);
    const qreal height = m_panel->heightForWidth(place.width());
    QTextFrameFormat box = m_place->frameFormat();
    if (box.height().type() == QTextLength::FixedLength && box.height().rawValue() == height)
        return;
    box.setHeight(QTextLength(QTextLength::FixedLength, height));
    m_place->setFrameFormat(box);
    // A new format alone does not lay out an empty frame again: mark it, borders included, as changed.
    const int from = m_place->firstPosition() - 1;
    m_placedIn->markContentsDirty(from, m_place->lastPosition() + 1 - from + 1);
}

void EvidenceView::followScroll()
{
    // Scrolling moves the panel with the text and changes nothing in it: no need to measure and lay it out again.
    const QRect place = placeRect();
    if (place.width() <= 0 || m_panel->isHidden() || m_panel->width() != place.width()) {
        placePanel();
        return;
    }
    const QPoint scrolled(browser()->horizontalScrollBar()->value(), browser()->verticalScrollBar()->value());
    m_panel->move(place.topLeft() - scrolled);
}

void EvidenceView::placePanel()
{
    const QRect place = placeRect();
    if (place.width() <= 0) {
        m_panel->hide();
        return;
    }
    const int height = m_panel->heightForWidth(place.width());
    const QPoint scrolled(browser()->horizontalScrollBar()->value(), browser()->verticalScrollBar()->value());
    m_panel->setGeometry(QRect(place.topLeft() - scrolled, QSize(place.width(), height)));
    m_panel->arrange(place.width(), true);
    m_panel->show();
    // A new width (or column) needs a box of another height: fit it once this layout is done.
    if (m_place->frameFormat().height().rawValue() != height)
        m_refit->start();
}

void EvidenceView::setLadderShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    m_ladder->setVisible(shown);
    retranslate();
    fitPlace();
    placePanel();
}

void EvidenceView::scrollToPanelChild(QWidget *child)
{
    // Reached with Tab while scrolled away: bring it into view, its top first when it is taller than the view.
    const QRect rect(child->mapTo(browser()->viewport(), QPoint(0, 0)), child->size());
    const int height = browser()->viewport()->height();
    const int room = fontMetrics().height();
    QScrollBar *bar = browser()->verticalScrollBar();
    if (rect.top() < 0 || rect.height() > height)
        bar->setValue(bar->value() + rect.top() - room);
    else if (rect.bottom() > height)
        bar->setValue(bar->value() + rect.bottom() - height + room);
}

bool EvidenceView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == browser()->viewport()) {
        if (event->type() == QEvent::Resize) {
            m_refit->start();
        } else if (event->type() == QEvent::Paint && m_hasPlace && browser()->document() != m_placedIn) {
            // The text was replaced without this view building it: give the new one its place too.
            QTimer::singleShot(0, this, [this] {
                if (browser()->document() != m_placedIn)
                    insertPlace(browser()->document());
            });
        }
    } else if ((watched == m_ladder || watched == m_toggle) && event->type() == QEvent::FocusIn) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason)
            scrollToPanelChild(static_cast<QWidget *>(watched));
    }
    return DocumentView::eventFilter(watched, event);
}

QList<ReadAloudParagraph> EvidenceView::readAloudParagraphs() const
{
    QList<ReadAloudParagraph> paragraphs = DocumentView::readAloudParagraphs();
    if (!m_place || browser()->document() != m_placedIn)
        return paragraphs;
    const int place = m_place->firstPosition();
    const int from = ReadAloud::placeOf(browser());
    if (from > place)
        return paragraphs;  // scrolled past the picture
    // The heading and caption are rich text labels: their words only. The picture: its text alternative.
    QStringList words{QTextDocumentFragment::fromHtml(m_heading->text()).toPlainText(),
                      QTextDocumentFragment::fromHtml(m_caption->text()).toPlainText()};
    if (m_shown)
        words << m_ladder->accessibleDescription();
    QList<ReadAloudParagraph> ladder;
    for (const QString &w : std::as_const(words)) {
        const QString text = ReadAloud::speakable(w);
        if (!text.isEmpty())
            ladder << ReadAloudParagraph{text, browser(), place, place};
    }
    auto at = std::find_if(paragraphs.begin(), paragraphs.end(),
                           [place](const ReadAloudParagraph &p) { return p.from > place; });
    const qsizetype index = at - paragraphs.begin();
    for (qsizetype i = 0; i < ladder.size(); ++i)
        paragraphs.insert(index + i, ladder.at(i));
    return paragraphs;
}

QString EvidenceView::visibleText() const
{
    return m_heading->text() + QLatin1Char('\n') + m_caption->text() + QLatin1Char('\n') + m_ladder->textAlternative()
        + QLatin1Char('\n') + DocumentView::visibleText();
}

void EvidenceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    DocumentView::changeEvent(event);
}

void EvidenceView::retranslate()
{
    // The heading and caption in the text's own type: a second-level heading, and body text at the reading size
    // and line height.
    m_heading->setFont(Theme::headingFont(font(), 2));
    m_caption->setFont(Theme::readingFont(font()));
    m_heading->setText(content().label(QStringLiteral("ladderHeading"), language()).toHtmlEscaped());
    m_caption->setText(QStringLiteral("<p style=\"line-height:%1%\">%2</p>")
                           .arg(design::kLineHeightPercent)
                           .arg(content().label(QStringLiteral("ladderIntro"), language()).toHtmlEscaped()));
    m_toggle->setText(m_shown ? tr("Hide the evidence ladder") : tr("Show the evidence ladder"));
    m_toggle->setArrowType(m_shown ? Qt::DownArrow : Qt::RightArrow);
    m_refit->start();
}

} // namespace als
