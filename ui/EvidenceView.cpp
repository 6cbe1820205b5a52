#include "EvidenceView.h"

#include "EvidenceLadderWidget.h"
#include "ReadingBrowser.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace als {

EvidenceView::EvidenceView(const Content &content, const QString &sectionId, QWidget *parent)
    : DocumentView(content, sectionId, parent)
{
    const SectionInfo *section = content.section(sectionId);
    m_ladder = new EvidenceLadderWidget(content, section ? section->therapies : QStringList());
    auto *ladderArea = new QScrollArea;
    ladderArea->setObjectName(QStringLiteral("evidenceLadderArea"));
    ladderArea->setWidgetResizable(true);
    ladderArea->setFrameShape(QFrame::NoFrame);
    ladderArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    ladderArea->setWidget(m_ladder);
    ladderArea->setFocusPolicy(Qt::NoFocus);

    m_ladderCaption = new QLabel;
    m_ladderCaption->setObjectName(QStringLiteral("evidenceLadderCaption"));
    m_ladderCaption->setWordWrap(true);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 0);
    topLayout->addWidget(m_ladderCaption);
    topLayout->addWidget(ladderArea, 1);

    // The document view's text moves below the picture.
    layout()->removeWidget(browser());
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(browser());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    layout()->addWidget(m_splitter);
    setFocusProxy(m_ladder);
    retranslateCaption();
}

void EvidenceView::build()
{
    m_ladder->setLanguage(language());
    DocumentView::build();
    retranslateCaption();
    // The picture gets the room it needs up to about half the view; the text takes the rest.
    const int wanted = m_ladder->heightForWidth(std::max(width(), 600)) + m_ladderCaption->sizeHint().height() + 12;
    const int total = std::max(height(), 600);
    const int top = std::min(wanted, total / 2);
    m_splitter->setSizes({top, total - top});
}

QString EvidenceView::visibleText() const
{
    return m_ladderCaption->text() + QLatin1Char('\n') + m_ladder->textAlternative() + QLatin1Char('\n')
        + DocumentView::visibleText();
}

void EvidenceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateCaption();
    DocumentView::changeEvent(event);
}

void EvidenceView::retranslateCaption()
{
    const QString heading = content().label(QStringLiteral("ladderHeading"), language());
    const QString intro = content().label(QStringLiteral("ladderIntro"), language());
    m_ladderCaption->setText(QStringLiteral("<b>%1</b> %2").arg(heading.toHtmlEscaped(), intro.toHtmlEscaped()));
}

} // namespace als
