#include "DocumentView.h"

#include "DocumentBuilder.h"
#include "ReadingBrowser.h"

#include <QEvent>
#include <QVBoxLayout>

namespace als {

DocumentView::DocumentView(const Content &content, const QString &sectionId, QWidget *parent)
    : SectionView(content, sectionId, parent)
    , m_browser(new ReadingBrowser(this))
{
    m_browser->setObjectName(sectionId + QStringLiteral("Text"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    setFocusProxy(m_browser);
    connect(m_browser, &ReadingBrowser::internalLinkActivated, this,
            [this](const QUrl &url) { Q_EMIT studyRequested(url.path()); });
    retranslate();
}

void DocumentView::build()
{
    m_browser->rebuild([this](QTextDocument *doc) { DocumentBuilder(content(), language()).buildSection(doc, sectionId()); });
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
