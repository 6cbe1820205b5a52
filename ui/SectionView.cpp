#include "SectionView.h"

#include "Theme.h"

#include <QCoreApplication>
#include <QEvent>

#include <utility>

namespace als {

SectionView::SectionView(const Content &content, QString sectionId, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_sectionId(std::move(sectionId))
{
    setObjectName(m_sectionId + QStringLiteral("View"));
}

QList<ReadAloudParagraph> SectionView::readAloudParagraphs() const
{
    return {};
}

ReadAloudBar *SectionView::makeReadAloudBar()
{
    if (!m_readAloudBar)
        m_readAloudBar = new ReadAloudBar(this);
    return m_readAloudBar;
}

void SectionView::setLanguage(Language language)
{
    if (language == m_language && m_built)
        return;
    m_language = language;
    m_built = false;
    setAccessibleName(m_content.sectionTitle(m_sectionId, language));
    if (isVisible())
        ensureBuilt();
}

void SectionView::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
}

void SectionView::showEvent(QShowEvent *event)
{
    // Before the first build the window's layouts settle, so that the text is laid out once, at the width it is
    // shown in; a view already built is only shown again.
    if (!m_built)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    ensureBuilt();
    Theme::applyButtonRoles(this);
    QWidget::showEvent(event);
}

void SectionView::changeEvent(QEvent *event)
{
    // Primary and destructive buttons take the new palette's colours.
    if (event->type() == QEvent::PaletteChange)
        Theme::applyButtonRoles(this);
    QWidget::changeEvent(event);
}

} // namespace als
