#include "SectionView.h"

#include <utility>

namespace als {

SectionView::SectionView(const Content &content, QString sectionId, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_sectionId(std::move(sectionId))
{
    setObjectName(m_sectionId + QStringLiteral("View"));
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
    ensureBuilt();
    QWidget::showEvent(event);
}

} // namespace als
