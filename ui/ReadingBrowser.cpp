#include "ReadingBrowser.h"

#include "Design.h"
#include "DocumentBuilder.h"
#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QEvent>
#include <QFontMetricsF>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

namespace als {

namespace {
constexpr qreal kWrapSlackEm = 0.5;
}

bool ReadingBrowser::s_linksOpen = true;

ReadingBrowser::ReadingBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTabChangesFocus(true);
    // The text is laid out a little narrower than the view (see applyColumn()).
    setLineWrapMode(QTextEdit::FixedPixelWidth);
    // The scroll bar's room is kept from the start: a bar that appears once the text is longer than the view would
    // narrow the page and lay the whole text out a second time (7 ms of every start), and move every line sideways.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // Caret browsing: arrow keys move a visible caret line by line, and a screen reader reads the line it reaches.
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == DocumentBuilder::studyLinkScheme() || url.scheme() == DocumentBuilder::sourceLinkScheme())
            Q_EMIT internalLinkActivated(url);
        else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
            if (s_linksOpen)
                QDesktopServices::openUrl(url);
            else
                Q_EMIT externalLinkWithheld(url);
        }
    });
}

int ReadingBrowser::anchorPosition(const QString &anchor) const
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().anchorNames().contains(anchor))
                return f.position();
        }
    }
    return -1;
}

bool ReadingBrowser::hasBlock(const QString &text) const
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (b.text() == text)
            return true;
    }
    return false;
}

bool ReadingBrowser::scrollToNamedAnchor(const QString &anchor)
{
    const int pos = anchorPosition(anchor);
    if (pos < 0)
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(pos);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    scrollToAnchor(anchor);
    return true;
}

bool ReadingBrowser::reveal(const SearchTarget &target)
{
    QTextDocument *doc = document();
    int from = 0;
    if (!target.anchor.isEmpty()) {
        from = std::max(0, anchorPosition(target.anchor));
    } else if (!target.blockText.isEmpty()) {
        int skip = target.occurrence;  // a heading may read the same as a table cell above it
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text() == target.blockText && skip-- == 0) {
                from = b.position();
                break;
            }
        }
    }
    QTextCursor found = doc->find(target.needle, from);
    if (found.isNull())
        found = doc->find(target.needle);
    if (found.isNull())
        return false;
    setTextCursor(found);
    ensureCursorVisible();
    // Place the match in the upper third of the view, not on its last line, so that the words after it are in
    // sight. The text is laid out a piece at a time: lay it out to the end first so that the scroll range allows it.
    doc->documentLayout()->blockBoundingRect(doc->lastBlock());
    QTextCursor matchStart(found);
    matchStart.setPosition(found.selectionStart());
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + cursorRect(matchStart).top() - viewport()->height() / 4);
    return true;
}

void ReadingBrowser::setMeasureLanguage(Language language)
{
    if (language == m_measureLanguage)
        return;
    m_measureLanguage = language;
    applyColumn(document(), true);
}

QFont ReadingBrowser::readingFont() const
{
    return Theme::readingFont(font());
}

qreal ReadingBrowser::columnWidth(const QFont &body, qreal pageWidth) const
{
    const QFontMetricsF metrics(body);
    qreal measure = 0;
    if (m_measureLanguage == Language::Japanese) {
        measure = design::kMeasureJapanese * metrics.horizontalAdvance(QChar(0x3042));  // あ: a full-width character
    } else {
        // The average English letter, space and punctuation, from ordinary prose rather than the font's tables.
        static const QString sample = QStringLiteral(
            "Every drug has side effects and burdens, such as hospital visits. Knowing the burdens matters as much "
            "as knowing the benefits.");
        measure = design::kMeasureLatin * metrics.horizontalAdvance(sample) / sample.size();
    }
    const qreal minMargin = std::max(design::kMinSideMarginPx, design::kMinSideMarginEm * body.pixelSize());
    return std::min(measure, pageWidth - 2 * minMargin);
}

void ReadingBrowser::restyle(QTextDocument *doc)
{
    if (!doc || m_restyling)
        return;
    m_restyling = true;
    const QFont body = readingFont();
    if (doc->defaultFont() != body)
        doc->setDefaultFont(body);
    DocumentBuilder::applyReadingLayout(doc, design::Colours::forPalette(palette(), Theme::isHighContrast()));
    doc->setDocumentMargin(design::space(design::Space::L, body.pixelSize()));
    applyColumn(doc, true);
    m_restyling = false;
}

void ReadingBrowser::applyColumn(QTextDocument *doc, bool force)
{
    if (!doc)
        return;
    // Qt lets a line run a little past its width where it may not break (before a closing bracket, a small kana,
    // a long sound mark): laid out half a character narrower than the view, such a line never scrolls the page
    // sideways.
    const int slack = std::max(2, int(std::lround(kWrapSlackEm * doc->defaultFont().pixelSize())));
    const int width = std::max(1, viewport()->width() - slack);
    if (lineWrapColumnOrWidth() != width)
        setLineWrapColumnOrWidth(width);
    const qreal column = columnWidth(doc->defaultFont(), width);
    if (!force && m_column == QSizeF(width, column))
        return;
    m_column = QSizeF(width, column);
    const qreal pixel = doc->defaultFont().pixelSize();
    const qreal minMargin = std::max(design::kMinSideMarginPx, design::kMinSideMarginEm * pixel);
    DocumentBuilder::applyColumn(doc, width, column, column * design::kWideTableFactor, minMargin);
}

void ReadingBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The text control has just set the document in the widget's font (the interface size): the reading size
    // replaces it. A new palette brings new link, text and tint colours.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        restyle(document());
}

void ReadingBrowser::resizeEvent(QResizeEvent *event)
{
    applyColumn(document(), false);
    QTextBrowser::resizeEvent(event);
}

} // namespace als
