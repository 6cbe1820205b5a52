#include "DocumentView.h"

#include "DocumentBuilder.h"
#include "ReadingBrowser.h"

#include <QEvent>
#include <QScrollBar>
#include <QVBoxLayout>

namespace als {

DocumentView::DocumentView(const Content &content, const QString &sectionId, QWidget *parent)
    : SectionView(content, sectionId, parent)
    , m_browser(new ReadingBrowser(this))
{
    m_browser->setObjectName(sectionId + QStringLiteral("Text"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeReadAloudBar());
    layout->addWidget(m_browser);
    setFocusProxy(m_browser);
    connect(m_browser, &ReadingBrowser::internalLinkActivated, this,
            [this](const QUrl &url) { Q_EMIT studyRequested(url.path()); });
    retranslate();
}

int DocumentView::readingPosition() const
{
    return m_pendingPosition >= 0 ? m_pendingPosition : m_browser->verticalScrollBar()->value();
}

void DocumentView::setReadingPosition(int position)
{
    m_pendingPosition = std::max(0, position);
    applyPendingPosition();
}

void DocumentView::forgetPendingPosition()
{
    m_pendingPosition = -1;
}

void DocumentView::applyPendingPosition()
{
    // The text is laid out a piece at a time: wait until it reaches the saved place, then go there.
    if (m_pendingPosition < 0)
        return;
    QScrollBar *bar = m_browser->verticalScrollBar();
    if (bar->maximum() >= m_pendingPosition) {
        bar->setValue(m_pendingPosition);
        m_pendingPosition = -1;
    }
}

void DocumentView::build()
{
    m_browser->setMeasureLanguage(language());
    m_browser->rebuild([this](QTextDocument *doc) { DocumentBuilder(content(), language()).buildSection(doc, sectionId()); });
    connect(m_browser->verticalScrollBar(), &QScrollBar::rangeChanged, this, &DocumentView::applyPendingPosition,
            Qt::UniqueConnection);
    // Once the reader scrolls, their own place wins over the one saved last time.
    connect(m_browser->verticalScrollBar(), &QScrollBar::actionTriggered, this, &DocumentView::forgetPendingPosition,
            Qt::UniqueConnection);
    retranslate();
}

bool DocumentView::reveal(const SearchTarget &target)
{
    ensureBuilt();
    if (!m_browser->reveal(target))
        return false;
    m_browser->setFocus(Qt::OtherFocusReason);
    return true;
}

bool DocumentView::showStudy(const QString &studyId)
{
    ensureBuilt();
    return m_browser->scrollToNamedAnchor(DocumentBuilder::studyAnchor(studyId));
}

QList<ReadAloudParagraph> DocumentView::readAloudParagraphs() const
{
    return ReadAloud::paragraphsOf(m_browser, ReadAloud::placeOf(m_browser));
}

QString DocumentView::visibleText() const
{
    return m_browser->toPlainText();
}

void DocumentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SectionView::changeEvent(event);
}

void DocumentView::retranslate()
{
    m_browser->setAccessibleName(tr("%1: text").arg(content().sectionTitle(sectionId(), language())));
}

} // namespace als
