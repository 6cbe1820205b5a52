#include "EvidenceView.h"

#include "DocumentBuilder.h"
#include "EvidenceLadderWidget.h"
#include "ReadingBrowser.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace als {

EvidenceView::EvidenceView(const Content &content, const QString &sectionId, QWidget *parent)
    : SectionView(content, sectionId, parent)
{
    const SectionInfo *section = content.section(sectionId);
    m_ladder = new EvidenceLadderWidget(content, section ? section->therapies : QStringList());
    m_ladderArea = new QScrollArea;
    m_ladderArea->setObjectName(QStringLiteral("evidenceLadderArea"));
    m_ladderArea->setWidgetResizable(true);
    m_ladderArea->setFrameShape(QFrame::NoFrame);
    m_ladderArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ladderArea->setWidget(m_ladder);
    m_ladderArea->setFocusPolicy(Qt::NoFocus);

    m_ladderCaption = new QLabel;
    m_ladderCaption->setObjectName(QStringLiteral("evidenceLadderCaption"));
    m_ladderCaption->setWordWrap(true);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 0);
    topLayout->addWidget(m_ladderCaption);
    topLayout->addWidget(m_ladderArea, 1);

    m_browser = new ReadingBrowser;
    m_browser->setObjectName(sectionId + QStringLiteral("Text"));
    connect(m_browser, &ReadingBrowser::internalLinkActivated, this,
            [this](const QUrl &url) { Q_EMIT studyRequested(url.path()); });

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_browser);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_ladder);
    retranslate();
}

void EvidenceView::build()
{
    m_ladder->setLanguage(language());
    m_browser->rebuild([this](QTextDocument *doc) { DocumentBuilder(content(), language()).buildSection(doc, sectionId()); });
    retranslate();
    // The picture gets the room it needs up to about half the view; the text takes the rest.
    const int wanted = m_ladder->heightForWidth(std::max(width(), 600)) + m_ladderCaption->sizeHint().height() + 12;
    const int total = std::max(height(), 600);
    m_splitter->setSizes({std::min(wanted, total / 2), total - std::min(wanted, total / 2)});
}

bool EvidenceView::reveal(const SearchTarget &target)
{
    ensureBuilt();
    if (!m_browser->reveal(target))
        return false;
    m_browser->setFocus(Qt::OtherFocusReason);
    return true;
}

QString EvidenceView::visibleText() const
{
    return m_ladderCaption->text() + QLatin1Char('\n') + m_ladder->textAlternative() + QLatin1Char('\n')
        + m_browser->toPlainText();
}

void EvidenceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SectionView::changeEvent(event);
}

void EvidenceView::retranslate()
{
    const QString ladderHeading = content().label(QStringLiteral("ladderHeading"), language());
    const QString intro = content().label(QStringLiteral("ladderIntro"), language());
    m_ladderCaption->setText(QStringLiteral("<b>%1</b> %2").arg(ladderHeading.toHtmlEscaped(), intro.toHtmlEscaped()));
    m_browser->setAccessibleName(tr("%1: text").arg(content().sectionTitle(sectionId(), language())));
}

} // namespace als
